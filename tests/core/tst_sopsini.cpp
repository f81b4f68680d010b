// The INI store: go-ini's reading and writing as sops 3.13 inherits it (the layouts below are what the real sops
// prints; tst_sopsinterop checks a generated corpus against the binary), the [sops] section, what is encrypted and
// what enters the MAC, the line editor's value lookup, and hostile input with file and line.
#include "sops/AgeIdentity.h"
#include "sops/Crypto.h"
#include "sops/SopsEditSession.h"
#include "sops/SopsFile.h"
#include "sops/SopsIni.h"

#include <QRegularExpression>
#include <QTest>

using namespace fleetdesk;
using K = SopsNode::Kind;

namespace {

const QString kFile = QStringLiteral("secrets/app.ini");

QByteArray rewritten(const QByteArray& plain)
{
    auto tree = SopsIni::parse(plain, kFile);
    if (!tree)
        return "error: " + tree.error().message.toUtf8();
    return SopsIni::write(*tree).toByteArray();
}

SopsEncryptionSettings settingsFor(const AgeIdentity& identity)
{
    SopsEncryptionSettings s;
    s.keyGroups = {{identity.recipient()}};
    return s;
}

} // namespace

class TestSopsIni : public QObject
{
    Q_OBJECT

    AgeIdentity m_identity = AgeIdentity::generate();

private Q_SLOTS:
    void theExtensionSelectsTheIniStore()
    {
        QCOMPARE(SopsFile::formatForPath(QStringLiteral("a/config.ini")), SopsFile::Format::Ini);
        QCOMPARE(SopsFile::formatForPath(QStringLiteral("CONFIG.INI")), SopsFile::Format::Ini);
        QCOMPARE(SopsFile::formatForPath(QStringLiteral("app.env")), SopsFile::Format::Dotenv);
    }

    void sectionsKeysAndCommentsAreReadAsGoIniReadsThem_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<bool>("stable");
        QTest::addRow("keys before the first section are DEFAULT, written without a header")
            << QByteArray("a=1\n[db]\nuser=admin\n") << QByteArray("a = 1\n\n[db]\nuser = admin\n") << true;
        QTest::addRow("'=' aligned per section, ':' read as a delimiter")
            << QByteArray("[db]\nuser: admin\npassword=x\n") << QByteArray("[db]\nuser     = admin\npassword = x\n") << true;
        QTest::addRow("an inline comment moves above its key")
            << QByteArray("[db]\nuser = admin ; the login\n") << QByteArray("[db]\n; the login\nuser = admin\n") << true;
        QTest::addRow("'#' starts a comment even inside double quotes")
            << QByteArray("[db]\npassword = \"s3cr#et\"\n") << QByteArray("[db]\n; et\"\npassword = \"s3cr\n") << true;
        QTest::addRow("a comment before a section is the section's")
            << QByteArray("# about db\n[db]\nk=v\n") << QByteArray("; about db\n[db]\nk = v\n") << true;
        QTest::addRow("surrounding quotes are stripped, and written back for outer spaces")
            << QByteArray("[s]\na=\"x\"\nb=' y '\n") << QByteArray("[s]\na = x\nb = \" y \"\n") << true;
        QTest::addRow("backticks keep ';' and '#'")
            << QByteArray("[s]\nk=`a;b#c`\n") << QByteArray("[s]\nk = `a;b#c`\n") << true;
        QTest::addRow("triple quotes span lines")
            << QByteArray("[s]\nk=\"\"\"one\ntwo\"\"\"\n") << QByteArray("[s]\nk = \"\"\"one\ntwo\"\"\"\n") << true;
        QTest::addRow("a trailing backslash continues the value")
            << QByteArray("[s]\nk = first \\\n   second\n") << QByteArray("[s]\nk = first second\n") << true;
        QTest::addRow("empty sections are kept, repeated ones stay apart")
            << QByteArray("[a]\n[b]\nk=1\n[a]\nk=2\n") << QByteArray("[a]\n\n[b]\nk = 1\n\n[a]\nk = 2\n") << true;
        QTest::addRow("a repeated key keeps its place and takes the last value")
            << QByteArray("[s]\nk=1\nj=2\nk=3\n") << QByteArray("[s]\nk = 3\nj = 2\n") << true;
        QTest::addRow("'-' keys are numbered per section")
            << QByteArray("[s]\n- = a\n- = b\n") << QByteArray("[s]\n#1 = a\n#2 = b\n")
            << false; // go-ini reads "#1 = a" back as a comment, and so does sops
        QTest::addRow("a key with '=' or ':' is quoted with backticks")
            << QByteArray("[s]\n`a:b` = 1\nc = 2\n") << QByteArray("[s]\n`a:b` = 1\nc     = 2\n") << true;
        QTest::addRow("comments at the end of the file are dropped")
            << QByteArray("[s]\nk=v\n; trailing\n") << QByteArray("[s]\nk = v\n") << true;
        QTest::addRow("an empty value") << QByteArray("[s]\nk=\n") << QByteArray("[s]\nk = \n") << true;
        QTest::addRow("CRLF lines and a UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF[s]\r\nk = v\r\n") << QByteArray("[s]\nk = v\n") << true;
        QTest::addRow("no trailing newline") << QByteArray("[s]\nk = v") << QByteArray("[s]\nk = v\n") << true;
    }

    void sectionsKeysAndCommentsAreReadAsGoIniReadsThem()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, written);
        QFETCH(bool, stable);
        QCOMPARE(rewritten(plain), written);
        // sops's layout is stable: reading its own output again changes nothing.
        if (stable)
            QCOMPARE(rewritten(written), written);
    }

    void theTreeIsSectionsOfStringsWithCommentsAfterTheirKey()
    {
        auto tree = SopsIni::parse("; about\n[db]\nport = 5432 ; default\nratio = 1.5\non = true\n", kFile);
        QVERIFY(tree);
        QCOMPARE(tree->documents.size(), std::size_t(1));
        const SopsNode& root = tree->documents.front();
        QCOMPARE(root.children.size(), std::size_t(2));
        QCOMPARE(root.children[0].key, QStringLiteral("DEFAULT"));
        QVERIFY(root.children[0].value.children.empty());
        const SopsNode& db = root.children[1].value;
        QCOMPARE(db.children.size(), std::size_t(5));
        QVERIFY(db.children[0].value.isComment());
        QCOMPARE(db.children[0].value.text.toByteArray(), QByteArray("about"));
        QCOMPARE(db.children[1].key, QStringLiteral("port"));
        QCOMPARE(db.children[1].value.kind, K::String); // INI values are always strings
        QCOMPARE(db.children[1].value.text.toByteArray(), QByteArray("5432"));
        QVERIFY(db.children[2].value.isComment());
        QCOMPARE(db.children[2].value.text.toByteArray(), QByteArray("default"));
        QCOMPARE(db.children[3].value.kind, K::String);
        QCOMPARE(db.children[4].value.kind, K::String);
    }

    void encryptedFilesCarryTheMetadataAsAFlattenedSopsSection()
    {
        auto enc = SopsFile::encrypt("[db]\nuser = admin\npassword = hunter2\nnote_unencrypted = plain\n",
                                     SopsFile::Format::Ini, settingsFor(m_identity), kFile);
        QVERIFY2(enc, qPrintable(enc ? QString() : enc.error().message));
        const QString text = QString::fromUtf8(*enc);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral(
                     "^user             = ENC\\[AES256_GCM,data:[^,]+,iv:[^,]+,tag:[^,]+,type:str\\]$"),
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("note_unencrypted = plain\n")));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        // The last section; keys sorted, flattened below the top, newlines of the armored key written as "\n".
        const qsizetype sops = text.indexOf(QStringLiteral("\n\n[sops]\n"));
        QVERIFY(sops > 0);
        const QStringList lines = text.mid(sops + 9).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith(QStringLiteral("age__list_0__map_enc       = -----BEGIN AGE ENCRYPTED FILE-----\\n")));
        QVERIFY(lines[0].endsWith(QStringLiteral("\\n-----END AGE ENCRYPTED FILE-----\\n")));
        QCOMPARE(lines[1], QStringLiteral("age__list_0__map_recipient = ") + m_identity.recipient().toString());
        QVERIFY(lines[2].startsWith(QStringLiteral("lastmodified               = ")));
        QVERIFY(lines[3].startsWith(QStringLiteral("mac                        = ENC[AES256_GCM,")));
        QCOMPARE(lines[4], QStringLiteral("unencrypted_suffix         = _unencrypted"));
        QVERIFY(lines[5].startsWith(QStringLiteral("version                    = ")));

        auto plain = SopsFile::decrypt(*enc, SopsFile::Format::Ini, {m_identity}, kFile);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->toByteArray(),
                 QByteArray("[db]\nuser             = admin\npassword         = hunter2\nnote_unencrypted = plain\n"));
    }

    void commentsAreEncryptedButStayOutOfTheMac()
    {
        auto enc = SopsFile::encrypt("[db]\n; rotate me\nuser = admin\n", SopsFile::Format::Ini,
                                     settingsFor(m_identity), kFile);
        QVERIFY(enc);
        QVERIFY(!enc->contains("rotate me"));
        QVERIFY(enc->contains(",type:comment]\n"));
        // A comment changed by hand (a plain comment where the encrypted one was) leaves the MAC intact.
        QByteArray edited = *enc;
        const qsizetype start = edited.indexOf("; ENC[");
        edited.replace(start, edited.indexOf('\n', start) - start, "; a note added by hand");
        auto plain = SopsFile::decrypt(edited, SopsFile::Format::Ini, {m_identity}, kFile);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->toByteArray(), QByteArray("[db]\n; a note added by hand\nuser = admin\n"));
    }

    void unencryptedValuesAreInTheMac()
    {
        auto enc = SopsFile::encrypt("[db]\nuser = admin\nhost_unencrypted = db.local\n", SopsFile::Format::Ini,
                                     settingsFor(m_identity), kFile);
        QVERIFY(enc);
        QByteArray edited = *enc;
        edited.replace("host_unencrypted = db.local", "host_unencrypted = evil.example");
        auto plain = SopsFile::decrypt(edited, SopsFile::Format::Ini, {m_identity}, kFile);
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, QStringLiteral("sops.mac"));
        QVERIFY(plain.error().message.contains(kFile));
    }

    void valuesSwappedBetweenSectionsFailTheAad()
    {
        auto enc = SopsFile::encrypt("[a]\nk = one\n\n[b]\nk = two\n", SopsFile::Format::Ini, settingsFor(m_identity),
                                     kFile);
        QVERIFY(enc);
        QStringList lines = QString::fromUtf8(*enc).split(u'\n');
        const qsizetype a = lines.indexOf(QRegularExpression(QStringLiteral("^k = ENC.*")));
        const qsizetype b = lines.indexOf(QRegularExpression(QStringLiteral("^k = ENC.*")), a + 1);
        QVERIFY(a > 0 && b > a);
        lines.swapItemsAt(a, b);
        auto plain = SopsFile::decrypt(lines.join(u'\n').toUtf8(), SopsFile::Format::Ini, {m_identity}, kFile);
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, QStringLiteral("sops.value"));
        QVERIFY2(plain.error().message.contains(QStringLiteral("a:k:")), qPrintable(plain.error().message));
    }

    void encryptingAFileThatHasASopsSectionIsRefused()
    {
        auto enc = SopsFile::encrypt("[sops]\nversion = 1\n", SopsFile::Format::Ini, settingsFor(m_identity), kFile);
        QVERIFY(!enc);
    }

    void theLineEditorFindsTheValueOfAKeyInItsSection()
    {
        const SecureBuffer text = SecureBuffer::fromString("top = 0\n[a]\nk = one\n[b]\nk : two\n[a]\nk = three\n");
        auto value = SopsEditSession::valueAtLine(text, SopsFile::Format::Ini, 5, kFile);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
        QCOMPARE(value->toByteArray(), QByteArray("two"));
        value = SopsEditSession::valueAtLine(text, SopsFile::Format::Ini, 7, kFile);
        QVERIFY(value);
        QCOMPARE(value->toByteArray(), QByteArray("three"));
        value = SopsEditSession::valueAtLine(text, SopsFile::Format::Ini, 1, kFile);
        QVERIFY(value);
        QCOMPARE(value->toByteArray(), QByteArray("0"));
        QVERIFY(!SopsEditSession::valueAtLine(text, SopsFile::Format::Ini, 2, kFile));
    }

    void hostileInputFailsWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("code");
        QTest::addRow("unclosed section") << QByteArray("[ok]\nk=v\n[broken\n") << 3 << QStringLiteral("ini.syntax");
        QTest::addRow("empty section name") << QByteArray("k=v\n[]\n") << 2 << QStringLiteral("ini.syntax");
        QTest::addRow("no delimiter") << QByteArray("[s]\njust words\n") << 2 << QStringLiteral("ini.syntax");
        QTest::addRow("empty key name") << QByteArray("[s]\n= value\n") << 2 << QStringLiteral("ini.syntax");
        QTest::addRow("quoted empty key name") << QByteArray("[s]\n\"\" = value\n") << 2 << QStringLiteral("ini.syntax");
        QTest::addRow("unclosed key quote") << QByteArray("[s]\n`key = v\n") << 2 << QStringLiteral("ini.syntax");
        QTest::addRow("unclosed triple quote") << QByteArray("[s]\nk = \"\"\"one\ntwo\n") << 2
                                               << QStringLiteral("ini.syntax");
        QTest::addRow("unclosed backtick value") << QByteArray("[s]\na=1\nk = `one\n") << 3
                                                 << QStringLiteral("ini.syntax");
        QTest::addRow("two [sops] sections") << QByteArray("[sops]\nversion=1\n[s]\nk=v\n[sops]\nversion=2\n") << 5
                                             << QStringLiteral("sops.metadata");
        QTest::addRow("a metadata key set twice") << QByteArray("[sops]\nmac=a\nmac=b\n") << 0
                                                  << QString(); // a repeated key is go-ini's "last value wins"
        QTest::addRow("a metadata value that is also a list")
            << QByteArray("[sops]\nage=x\nage__list_0__map_enc=y\nlastmodified=2024-01-01T00:00:00Z\n") << 0
            << QStringLiteral("sops.metadata");
        QTest::addRow("a metadata list with a gap")
            << QByteArray("[sops]\nage__list_1__map_enc=y\nlastmodified=2024-01-01T00:00:00Z\n") << 0
            << QStringLiteral("sops.metadata");
    }

    void hostileInputFailsWithFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, code);
        auto tree = SopsIni::parse(text, kFile);
        if (code.isEmpty()) {
            QVERIFY(tree); // accepted as go-ini accepts it
            return;
        }
        QVERIFY(!tree);
        QCOMPARE(tree.error().code, code);
        QVERIFY2(tree.error().message.startsWith(kFile), qPrintable(tree.error().message));
        if (line > 0) {
            QCOMPARE(tree.error().where.line, line);
            QVERIFY2(tree.error().message.startsWith(kFile + QStringLiteral(":%1:").arg(line)),
                     qPrintable(tree.error().message));
        }
    }

    void anErrorDoesNotEchoTheOffendingLine()
    {
        auto tree = SopsIni::parse("[s]\npassword hunter2\n", kFile);
        QVERIFY(!tree);
        QVERIFY(tree.error().message.startsWith(kFile + QStringLiteral(":2: ")));
        QVERIFY(!tree.error().message.contains(QStringLiteral("hunter2")));
    }

    void truncatedOrForeignCiphertextIsAPreciseError()
    {
        auto enc = SopsFile::encrypt("[db]\npassword = hunter2\n", SopsFile::Format::Ini, settingsFor(m_identity), kFile);
        QVERIFY(enc);
        QByteArray truncated = *enc;
        const qsizetype at = truncated.indexOf("password = ENC[");
        const qsizetype iv = truncated.indexOf(",iv:", at);
        truncated.remove(iv, truncated.indexOf('\n', iv) - iv); // "ENC[AES256_GCM,data:…" and nothing after it
        auto plain = SopsFile::decrypt(truncated, SopsFile::Format::Ini, {m_identity}, kFile);
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(QStringLiteral("db:password:")), qPrintable(plain.error().message));

        auto other = SopsFile::decrypt(*enc, SopsFile::Format::Ini, {AgeIdentity::generate()}, kFile);
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("sops.datakey"));
    }

    void oversizedInputIsRefused()
    {
        const QByteArray big(SopsIni::kMaxInputSize + 1, 'a');
        auto tree = SopsIni::parse(big, kFile);
        QVERIFY(!tree);
        QCOMPARE(tree.error().code, QStringLiteral("limit.size"));
    }

    void arbitraryBytesNeverCrash()
    {
        // A small deterministic fuzz over the characters that steer go-ini's reader.
        const char alphabet[] = "[]=:;#`\"'\\- \t\r\nab\xC2\xA0\xEF\xBB\xBF";
        quint32 state = 2026;
        for (int round = 0; round < 3000; ++round) {
            QByteArray text;
            const int length = int(state % 64);
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                text += alphabet[(state >> 16) % (sizeof(alphabet) - 1)];
            }
            auto tree = SopsIni::parse(text, kFile);
            if (tree) {
                QCOMPARE(tree->documents.size(), std::size_t(1));
                QCOMPARE(tree->documents.front().children.front().key, QStringLiteral("DEFAULT"));
                SopsIni::write(*tree);
            } else {
                QVERIFY2(tree.error().code == QLatin1String("ini.syntax") || tree.error().code == QLatin1String("sops.metadata"),
                         qPrintable(tree.error().code));
                QVERIFY2(tree.error().message.startsWith(kFile + u':'), qPrintable(tree.error().message));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSopsIni)
#include "tst_sopsini.moc"
