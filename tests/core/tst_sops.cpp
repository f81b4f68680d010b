// SOPS: the shared vectors (value, comment and MAC layers with known data keys, age end to end), the value
// cipher's known answer, in-process round trips for every format and rule, and hostile input.
#include "sops/AgeEncryption.h"
#include "sops/AgeKeyFile.h"
#include "sops/Crypto.h"
#include "sops/SopsFile.h"
#include "sops/SopsValueCipher.h"
#include "sops/SopsYaml.h"

#include <QFile>
#include <QTest>

using namespace fleetdesk;
using K = SopsNode::Kind;

namespace {

QString vectorPath(const QString& name)
{
    return qEnvironmentVariable("FLEETDESK_SHARED_DIR") + QStringLiteral("/vectors/sops/") + name;
}

QByteArray readVector(const QString& name)
{
    QFile f(vectorPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (is FLEETDESK_SHARED_DIR set?)", qPrintable(f.fileName()));
    return f.readAll();
}

SecureBuffer hexKey(const char* hex)
{
    return SecureBuffer::fromView(QByteArray::fromHex(hex));
}

QByteArray text(const SopsNode& n)
{
    return n.text.toByteArray();
}

const SopsNode* at(const SopsNode& root, const QStringList& path)
{
    const SopsNode* n = &root;
    for (const QString& p : path) {
        n = n->find(p);
        if (!n)
            return nullptr;
    }
    return n;
}

struct Opened
{
    SopsTree tree;
    SopsMetadata metadata;
};

Result<Opened> openWithKey(const QByteArray& content, const SecureBuffer& key, const QString& name,
                           SopsDecryptOptions options = {})
{
    auto tree = SopsFile::parse(content, SopsFile::formatForPath(name), name);
    if (!tree)
        return std::unexpected(tree.error());
    auto meta = SopsFile::extractMetadata(*tree, name);
    if (!meta)
        return std::unexpected(meta.error());
    if (!*meta)
        return makeError(QStringLiteral("no metadata"));
    if (auto r = SopsFile::decryptTree(*tree, **meta, key, name, options); !r)
        return std::unexpected(r.error());
    return Opened{std::move(*tree), std::move(**meta)};
}

QList<SopsNode> comments(const SopsNode& n)
{
    QList<SopsNode> out;
    for (const SopsEntry& e : n.children) {
        if (e.value.isComment())
            out.append(e.value);
        else if (e.value.isCollection())
            out += comments(e.value);
    }
    return out;
}

const char* kFormatKey = "af5e68dd342b72c6a0475f81a50da4fde898f4b7742c92cbcf1668211411f4e4";
const char* kExampleKey = "8c68886c50b5b72965a3cb99c5172e1d74a8aca27b39ee880b535d6907e59f68";

} // namespace

class TestSops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("FLEETDESK_SHARED_DIR"), "FLEETDESK_SHARED_DIR must point at shared/");
    }

    void valueCipherMatchesTheKnownAnswer()
    {
        SecureBuffer key(32);
        for (int i = 0; i < 32; ++i)
            key[std::size_t(i)] = std::uint8_t(i);
        const QByteArray enc = SopsValueCipher::encryptWithIv(SopsNode::string("bar"), key,
                                                              QStringLiteral("stringData:foo:"), QByteArray(32, 0x11));
        QCOMPARE(enc, QByteArray("ENC[AES256_GCM,data:02u8,iv:ERERERERERERERERERERERERERERERERERERERERERE=,tag:"
                                 "46EiHmKTVMV6KfcE6/tnBA==,type:str]"));
        auto back = SopsValueCipher::decrypt(enc, key, QStringLiteral("stringData:foo:"), QStringLiteral("t"));
        QVERIFY(back);
        QCOMPARE(text(*back), QByteArray("bar"));
    }

    void formatVectorDecryptsFooAndVerifiesTheMac()
    {
        auto opened = openWithKey(readVector(QStringLiteral("format.enc.yaml")), hexKey(kFormatKey),
                                  QStringLiteral("format.enc.yaml"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(text(*at(opened->tree.documents[0], {QStringLiteral("foo")})), QByteArray("bar"));
        // Re-sealing with the stored IV gives the stored ciphertext byte for byte.
        QCOMPARE(SopsValueCipher::encryptWithIv(SopsNode::string("bar"), hexKey(kFormatKey), QStringLiteral("foo:"),
                                                *crypto::base64Decode("tjchf/lmMpXDOA1tLE/N4oY9IqJIzfQ/7NlvQlDUtoA=",
                                                                      true)),
                 QByteArray("ENC[AES256_GCM,data:8CvE,iv:tjchf/lmMpXDOA1tLE/N4oY9IqJIzfQ/7NlvQlDUtoA=,tag:"
                            "1aFCHIRp3j/VPNcCEsE95A==,type:str]"));
    }

    void exampleVectorGivesEveryTypeAndComment()
    {
        auto opened = openWithKey(readVector(QStringLiteral("example.yaml")), hexKey(kExampleKey),
                                  QStringLiteral("example.yaml"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const SopsNode& doc = opened->tree.documents[0];
        const SopsNode* number = at(doc, {QStringLiteral("number")});
        QVERIFY(number);
        QCOMPARE(number->kind, K::Float);
        QCOMPARE(text(*number), QByteArray("1234568000"));
        const SopsNode* bools = at(doc, {QStringLiteral("somebooleans")});
        QVERIFY(bools);
        QCOMPARE(bools->children.size(), std::size_t(2));
        QCOMPARE(bools->children[0].value.kind, K::Bool);
        QCOMPARE(text(bools->children[0].value), QByteArray("True"));
        QCOMPARE(text(bools->children[1].value), QByteArray("False"));
        QCOMPARE(at(doc, {QStringLiteral("an_array")})->children.size(), std::size_t(4));
        QCOMPARE(text(*at(doc, {QStringLiteral("app2"), QStringLiteral("db"), QStringLiteral("user")})),
                 QByteArray("eve"));
        QCOMPARE(text(*at(doc, {QStringLiteral("nested_unencrypted"), QStringLiteral("this"), QStringLiteral("is"),
                                QStringLiteral("all")})),
                 QByteArray("going to remain in clear text"));
        const QList<SopsNode> all = comments(doc);
        QCOMPARE(all.size(), 4);
        for (const SopsNode& c : all)
            QVERIFY2(!SopsValueCipher::looksEncrypted(c.text.byteView()), c.text.chars());
    }

    void commentsVectorDecryptsTopLevelCommentsWithColonAad()
    {
        auto opened = openWithKey(readVector(QStringLiteral("comments.enc.yaml")),
                                  hexKey("61bec946f5783fd4cea3d1b1ce407fce2b6e81fc301cc539c422015e27f6d1be"),
                                  QStringLiteral("comments.enc.yaml"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const QList<SopsNode> all = comments(opened->tree.documents[0]);
        QVERIFY(all.size() >= 2);
        for (const SopsNode& c : all)
            QVERIFY2(!SopsValueCipher::looksEncrypted(c.text.byteView()), c.text.chars());
        QCOMPARE(text(*at(opened->tree.documents[0], {QStringLiteral("lorem")})), QByteArray("ipsum"));
    }

    void multipleKeysVectorVerifies()
    {
        auto opened = openWithKey(readVector(QStringLiteral("multiple_keys.yaml")),
                                  hexKey("1e1db61c6b93c001caa9ce34a9d68448eee8a3c69336697eab36bb92327ce786"),
                                  QStringLiteral("multiple_keys.yaml"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(at(opened->tree.documents[0], {QStringLiteral("message")}));
        QVERIFY(!SopsValueCipher::looksEncrypted(text(*at(opened->tree.documents[0], {QStringLiteral("message")}))));
        QCOMPARE(opened->metadata.keyGroups.first().foreign.size(), std::size_t(1)); // the pgp list, kept verbatim
    }

    void noMacVectorFailsClosedAndNamesTheFile()
    {
        const SecureBuffer key = hexKey("87f9ee7ab041cfd1946fb50e6166b29858fcb4224ae3816186a129248558461f");
        auto opened = openWithKey(readVector(QStringLiteral("no_mac.yaml")), key, QStringLiteral("no_mac.yaml"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("sops.mac"));
        QVERIFY2(opened.error().message.contains(QLatin1String("no_mac.yaml")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QLatin1String("no MAC")));
        SopsDecryptOptions recovery;
        recovery.ignoreMac = true;
        auto recovered = openWithKey(readVector(QStringLiteral("no_mac.yaml")), key, QStringLiteral("no_mac.yaml"),
                                     recovery);
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
    }

    void fluxAgeVectorDecryptsEndToEnd()
    {
        QFile keyFile(vectorPath(QStringLiteral("flux_age.agekey")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        auto ids = AgeKeyFile::parse(SecureBuffer::fromView(keyFile.readAll()), QStringLiteral("flux_age.agekey"));
        QVERIFY(ids);
        auto tree = SopsFile::parse(readVector(QStringLiteral("flux_age.yaml")), SopsFile::Format::Yaml,
                                    QStringLiteral("flux_age.yaml"));
        QVERIFY(tree);
        auto meta = SopsFile::extractMetadata(*tree, QStringLiteral("flux_age.yaml"));
        QVERIFY(meta && *meta);
        QCOMPARE((*meta)->selection.encryptedRegex, QStringLiteral("^(data|stringData)$"));
        auto key = SopsFile::dataKey(**meta, *ids, QStringLiteral("flux_age.yaml"));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->toByteArray().toHex(),
                 QByteArray("558e95c88337865c839703a4e892c03eed324ae6bbcb65c2989558e1a55825bb"));
        QVERIFY(SopsFile::decryptTree(*tree, **meta, *key, QStringLiteral("flux_age.yaml")));
        QCOMPARE(text(*at(tree->documents[0], {QStringLiteral("stringData"), QStringLiteral("key")})),
                 QByteArray("value"));
        auto whole = SopsFile::decrypt(readVector(QStringLiteral("flux_age.yaml")), SopsFile::Format::Yaml, *ids,
                                       QStringLiteral("flux_age.yaml"));
        QVERIFY(whole);
        QVERIFY(whole->view().find("key: value") != std::string_view::npos);
        QVERIFY(whole->view().find("sops") == std::string_view::npos);
    }

    void hostileValuesGivePreciseErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray foo = "ENC[AES256_GCM,data:8CvE,iv:tjchf/lmMpXDOA1tLE/N4oY9IqJIzfQ/7NlvQlDUtoA=,tag:"
                               "1aFCHIRp3j/VPNcCEsE95A==,type:str]";
        QTest::newRow("truncated ENC") << foo << foo.left(40) << "sops.value" << "malformed ENC";
        QTest::newRow("garbage ENC") << foo << QByteArray("ENC[AES256_GCM,data:@@@@,iv:x,tag:y,type:str]")
                                     << "sops.value" << "not valid base64";
        QTest::newRow("wrong tag") << foo << QByteArray(foo).replace("1aFCHIRp", "1aFCHIRq") << "sops.value"
                                   << "authentication failed";
        QTest::newRow("wrong data") << foo << QByteArray(foo).replace("8CvE", "8CvF") << "sops.value"
                                    << "authentication failed";
        QTest::newRow("unknown type") << foo << QByteArray(foo).replace("type:str", "type:blob") << "sops.value"
                                      << "unknown ENC[] type";
        QTest::newRow("plain value where encrypted expected") << foo << QByteArray("bar") << "sops.value"
                                                              << "not encrypted";
        QTest::newRow("tampered mac") << QByteArray("mac: ENC[AES256_GCM,data:t5sI")
                                      << QByteArray("mac: ENC[AES256_GCM,data:t5sJ") << "sops.mac" << "MAC";
        QTest::newRow("tampered lastmodified") << QByteArray("2026-05-22T20:16:23Z")
                                               << QByteArray("2026-05-22T20:16:24Z") << "sops.mac" << "MAC";
    }

    void hostileValuesGivePreciseErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QByteArray content = readVector(QStringLiteral("format.enc.yaml"));
        QVERIFY(content.contains(from));
        content.replace(from, to);
        auto opened = openWithKey(content, hexKey(kFormatKey), QStringLiteral("format.enc.yaml"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, code);
        QVERIFY2(opened.error().message.contains(messagePart), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QLatin1String("format.enc.yaml")), qPrintable(opened.error().message));
    }

    void wrongDataKeyFailsOnTheFirstValue()
    {
        auto opened = openWithKey(readVector(QStringLiteral("format.enc.yaml")), crypto::randomSecret(32),
                                  QStringLiteral("format.enc.yaml"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("sops.value"));
        QVERIFY(opened.error().message.contains(QLatin1String("\"foo:\"")));
    }

    void valuesSwappedBetweenPathsAreCaughtByTheAad()
    {
        QByteArray content = readVector(QStringLiteral("example.yaml"));
        auto tree = SopsFile::parse(content, SopsFile::Format::Yaml, QStringLiteral("example.yaml"));
        QVERIFY(tree);
        SopsNode* db = tree->documents[0].find(QStringLiteral("app2"))->find(QStringLiteral("db"));
        std::swap(db->find(QStringLiteral("user"))->text, db->find(QStringLiteral("password"))->text);
        auto meta = SopsFile::extractMetadata(*tree, QStringLiteral("example.yaml"));
        QVERIFY(meta && *meta);
        auto r = SopsFile::decryptTree(*tree, **meta, hexKey(kExampleKey), QStringLiteral("example.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sops.value"));
        QVERIFY2(r.error().message.contains(QLatin1String("app2:db:user:")), qPrintable(r.error().message));
    }

    void malformedArmorInMetadataNamesTheRecipient()
    {
        QByteArray content = readVector(QStringLiteral("flux_age.yaml"));
        const qsizetype begin = content.indexOf("-----BEGIN AGE ENCRYPTED FILE-----");
        QVERIFY(begin > 0);
        content.insert(begin + 35, "\n");
        QFile keyFile(vectorPath(QStringLiteral("flux_age.agekey")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        auto ids = AgeKeyFile::parse(SecureBuffer::fromView(keyFile.readAll()), QStringLiteral("k"));
        auto r = SopsFile::decrypt(content, SopsFile::Format::Yaml, *ids, QStringLiteral("flux_age.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sops.datakey"));
        QVERIFY2(r.error().message.contains(QLatin1String("armor")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("age1")), qPrintable(r.error().message));
    }

    void oversizedFilesAreRefused()
    {
        const QByteArray big(SopsYaml::kMaxInputSize + 1, 'a');
        auto r = SopsFile::decrypt(big, SopsFile::Format::Yaml, {}, QStringLiteral("big.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("limit.size"));
        QVERIFY(r.error().message.contains(QLatin1String("big.yaml")));
    }

    void plainFileIsNotTakenForEncrypted()
    {
        auto r = SopsFile::decrypt("a: 1\n", SopsFile::Format::Yaml, {}, QStringLiteral("plain.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sops.format"));
    }

    void encryptRefusesAnAlreadyEncryptedFile()
    {
        SopsEncryptionSettings s;
        s.keyGroups = {{AgeIdentity::generate().recipient()}};
        auto r = SopsFile::encrypt(readVector(QStringLiteral("format.enc.yaml")), SopsFile::Format::Yaml, s,
                                   QStringLiteral("format.enc.yaml"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sops.format"));
    }

    void roundTripsEveryFormatAndRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("groups");
        const QByteArray yaml = "# head\napiVersion: v1\nkind: Secret\nmetadata:\n    name: s # inline\n"
                                "stringData:\n    password: hunter2\n    n: 42\n    f: 1.5\n    b: true\n"
                                "    t: 2031-01-01T00:00:00Z\n    list:\n        - a\n        - 7\n    empty: \"\"\n"
                                "    nothing: null\n    secret_unencrypted: visible\n";
        const QByteArray json = "{\n\t\"a\": \"x\",\n\t\"n\": 3,\n\t\"f\": 2.5,\n\t\"nested\": {\n\t\t\"l\": [\n\t\t\t1,\n"
                                "\t\t\ttrue,\n\t\t\tnull\n\t\t]\n\t},\n\t\"uni\": \"h\\u00e9llo \\u003c\\u003e\"\n}\n";
        const QByteArray env = "# comment\nUSER=admin\nPASS=p@ss=word\nMULTI=a\\nb\n";
        for (const char* rule : {"", "unencrypted_suffix=_unencrypted", "encrypted_suffix=word",
                                 "unencrypted_regex=^(kind|apiVersion)$", "encrypted_regex=^(data|stringData)$",
                                 "unencrypted_comment_regex=inline", "encrypted_comment_regex=head", "mac_only"}) {
            QTest::addRow("yaml %s", rule) << "s.yaml" << yaml << rule << "hunter2" << 1;
            QTest::addRow("json %s", rule) << "s.json" << json << rule << "x" << 1;
            QTest::addRow("dotenv %s", rule) << "s.env" << env << rule << "p@ss=word" << 1;
        }
        QTest::addRow("yaml shamir") << "s.yaml" << yaml << "" << "hunter2" << 3;
    }

    void roundTripsEveryFormatAndRule()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, plain);
        QFETCH(QString, rule);
        QFETCH(QString, value);
        QFETCH(int, groups);
        QList<AgeIdentity> ids;
        SopsEncryptionSettings s;
        for (int g = 0; g < groups; ++g) {
            ids.append(AgeIdentity::generate());
            s.keyGroups.append({ids.last().recipient()});
        }
        s.shamirThreshold = groups > 1 ? 2 : 0;
        const QString ruleName = rule.section(QLatin1Char('='), 0, 0);
        const QString ruleValue = rule.section(QLatin1Char('='), 1);
        if (ruleName == QLatin1String("unencrypted_suffix"))
            s.selection.unencryptedSuffix = ruleValue;
        else if (ruleName == QLatin1String("encrypted_suffix"))
            s.selection.encryptedSuffix = ruleValue;
        else if (ruleName == QLatin1String("unencrypted_regex"))
            s.selection.unencryptedRegex = ruleValue;
        else if (ruleName == QLatin1String("encrypted_regex"))
            s.selection.encryptedRegex = ruleValue;
        else if (ruleName == QLatin1String("unencrypted_comment_regex"))
            s.selection.unencryptedCommentRegex = ruleValue;
        else if (ruleName == QLatin1String("encrypted_comment_regex"))
            s.selection.encryptedCommentRegex = ruleValue;
        else if (ruleName == QLatin1String("mac_only"))
            s.selection.macOnlyEncrypted = true;
        const auto format = SopsFile::formatForPath(name);
        auto enc = SopsFile::encrypt(plain, format, s, name);
        QVERIFY2(enc, qPrintable(enc ? QString() : enc.error().message));
        QVERIFY(enc->contains("lastmodified"));
        auto dec = SopsFile::decrypt(*enc, format, groups > 1 ? QList<AgeIdentity>{ids[0], ids[2]} : ids, name);
        QVERIFY2(dec, qPrintable(dec ? QString() : dec.error().message));
        auto before = SopsFile::parse(plain, format, name);
        auto after = SopsFile::parse(dec->byteView(), format, name);
        QVERIFY(before && after);
        QVERIFY2(before->documents[0].sameAs(after->documents[0], true), dec->chars());
        QVERIFY(dec->view().find(value.toStdString()) != std::string_view::npos);
        if (groups > 1) {
            auto one = SopsFile::decrypt(*enc, format, {ids[1]}, name);
            QVERIFY(!one);
            QCOMPARE(one.error().code, QStringLiteral("sops.datakey"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSops)
#include "tst_sops.moc"
