// age v1 / X25519: keys, header, STREAM payload, armor, key files; the shared vectors and hostile input.
#include "sops/AgeArmor.h"
#include "sops/AgeEncryption.h"
#include "sops/AgeIdentity.h"
#include "sops/AgeKeyFile.h"
#include "sops/Bech32.h"
#include "sops/Crypto.h"

#include <QFile>
#include <QTest>

using namespace fleetdesk;

namespace {

QString vector(const QString& relative)
{
    return qEnvironmentVariable("FLEETDESK_SHARED_DIR") + QStringLiteral("/vectors/") + relative;
}

QByteArray readVector(const QString& relative)
{
    QFile f(vector(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test vector %s (is FLEETDESK_SHARED_DIR set?)", qPrintable(f.fileName()));
    return f.readAll();
}

AgeIdentity identityFrom(const QByteArray& text)
{
    auto ids = AgeKeyFile::parse(SecureBuffer::fromView(text), QStringLiteral("test"));
    if (!ids)
        qFatal("bad identity: %s", qPrintable(ids.error().message));
    return ids->first();
}

QByteArray hex(const SecureBuffer& b)
{
    return b.toByteArray().toHex();
}

SecureBuffer patternBytes(qsizetype size)
{
    SecureBuffer b{std::size_t(size)};
    for (qsizetype i = 0; i < size; ++i)
        b[std::size_t(i)] = std::uint8_t((i * 131 + 7) & 0xff);
    return b;
}

} // namespace

class TestAge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("FLEETDESK_SHARED_DIR"), "FLEETDESK_SHARED_DIR must point at shared/");
    }

    void testKitIdentityGivesTheKnownScalarAndRecipient()
    {
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/cctv_id.txt")));
        QCOMPARE(hex(id.scalar()), QByteArray("ca1626252c53cf1a4dc46695e7fcc46594cb4ccadedb6712dfda0753f3ae355e"));
        QCOMPARE(id.recipient().publicKey().toHex(),
                 QByteArray("36dcec3f5f24739a0c8b36cbb4ffa25729a94a51d41fb205a37419fe7f5adb2a"));
        QCOMPARE(id.recipient().toString(),
                 QStringLiteral("age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"));
        QCOMPARE(QByteArray(id.toSecretString().chars(), 74),
                 readVector(QStringLiteral("age/cctv_id.txt")).trimmed());
    }

    void sopsMockIdentityGivesTheSopsRecipient()
    {
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/mock_identity.txt")));
        QCOMPARE(id.recipient().toString(),
                 QStringLiteral("age1lzd99uklcjnc0e7d860axevet2cz99ce9pq6tzuzd05l5nr28ams36nvun"));
    }

    void hkdfWithEmptySaltGivesTheKnownHeaderKey()
    {
        const SecureBuffer key = crypto::hkdfSha256(SecureBuffer::fromString("YELLOW SUBMARINE"), {}, "header");
        QCOMPARE(hex(key), QByteArray("a4bf3b9f4e908993e678eb71e558faedac5829d1d632c50225217c066fec77d2"));
    }

    void x25519GivesTheKnownSharedSecret()
    {
        const SecureBuffer eph = SecureBuffer::fromView(
            QByteArray::fromHex("ac5d3f3706e55071d3a604204697b9091b35c6e687dd00da3ac379ac9f742c21"));
        QCOMPARE(crypto::x25519PublicKey(eph)->toHex(),
                 QByteArray("4c4885d32a6aafe6e9bdca973720952692fb3aec0f755c0f2fb29011b1433827"));
        const auto ss = crypto::x25519(
            eph, QByteArray::fromHex("36dcec3f5f24739a0c8b36cbb4ffa25729a94a51d41fb205a37419fe7f5adb2a"));
        QVERIFY(ss);
        QCOMPARE(hex(*ss), QByteArray("3e6809a7c389ed0a1462d2e3a283ef87f1e205393ce0036916c2ddca6622a370"));
    }

    void cctvVectorDecryptsToAge()
    {
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/cctv_id.txt")));
        auto plain = AgeEncryption::decrypt(readVector(QStringLiteral("age/cctv_x25519.age")), {id});
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->toByteArray(), QByteArray("age"));
    }

    void sopsMockArmoredKeyDecryptsToData()
    {
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/mock_identity.txt")));
        auto plain = AgeEncryption::decrypt(readVector(QStringLiteral("age/mock.age")), {id});
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->toByteArray(), QByteArray("data"));
    }

    void roundTripsAcrossChunkBoundaries_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armored");
        for (int size : {0, 1, 32, 65535, 65536, 65537, 131072, 200001})
            for (bool armored : {false, true})
                QTest::addRow("%d bytes%s", size, armored ? " armored" : "") << size << armored;
    }

    void roundTripsAcrossChunkBoundaries()
    {
        QFETCH(int, size);
        QFETCH(bool, armored);
        const AgeIdentity a = AgeIdentity::generate();
        const AgeIdentity b = AgeIdentity::generate();
        const SecureBuffer plain = patternBytes(size);
        const QByteArray file = armored ? AgeEncryption::encryptArmored(plain, {a.recipient(), b.recipient()})
                                        : AgeEncryption::encrypt(plain, {a.recipient(), b.recipient()});
        const qsizetype chunks = size == 0 ? 1 : (size + 65535) / 65536;
        if (!armored)
            QCOMPARE(file.size() - AgeEncryption::parseHeader(file)->payloadOffset, 16 + size + 16 * chunks);
        for (const AgeIdentity& id : {a, b}) {
            auto out = AgeEncryption::decrypt(file, {id});
            QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
            QVERIFY(*out == plain);
        }
    }

    void thirtyTwoByteKeyGivesTheSopsSizes()
    {
        const AgeIdentity a = AgeIdentity::generate();
        const QByteArray file = AgeEncryption::encrypt(crypto::randomSecret(32), {a.recipient()});
        QCOMPARE(file.size(), 232);
        const QByteArray armored = AgeArmor::armor(file);
        const QList<QByteArray> lines = armored.split('\n');
        QCOMPARE(lines.size(), 8); // header, 4×64, 56, footer, "" after the final LF
        QCOMPARE(lines[5].size(), 56);
        QVERIFY(armored.endsWith("-----END AGE ENCRYPTED FILE-----\n"));
    }

    void hostileFilesGivePreciseErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good = readVector(QStringLiteral("age/cctv_x25519.age"));
        const qsizetype macLine = good.indexOf("--- ");
        const qsizetype payload = good.indexOf('\n', macLine) + 1;
        auto replaced = [&](const QByteArray& from, const QByteArray& to) {
            QByteArray f = good;
            f.replace(from, to);
            return f;
        };
        QTest::newRow("empty") << QByteArray() << "age.header" << "not an age file";
        QTest::newRow("version") << replaced("age-encryption.org/v1", "age-encryption.org/v2") << "age.header"
                                 << "unsupported version";
        QTest::newRow("header crlf") << replaced("age-encryption.org/v1\n", "age-encryption.org/v1\r\n")
                                     << "age.header" << "";
        QTest::newRow("truncated header") << good.left(macLine) << "age.header" << "truncated";
        QTest::newRow("mac missing") << replaced("--- WyJp9F/9FOZh7gJdheq2WIJcwHgYc8NIVh3ddwhrcNg", "---")
                                     << "age.header" << "MAC";
        QTest::newRow("mac not canonical") << replaced("cNg\n", "cNh\n") << "age.header" << "canonical";
        QTest::newRow("mac bad") << replaced("WyJp9F", "WyJp9G") << "age.mac" << "MAC mismatch";
        QTest::newRow("mac extra space") << replaced("--- Wy", "---  Wy") << "age.header" << "";
        QTest::newRow("stanza no arguments") << replaced("-> X25519 TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc",
                                                         "->")
                                             << "age.header" << "without arguments";
        QTest::newRow("stanza empty argument") << replaced("-> X25519 ", "-> X25519  ") << "age.header"
                                               << "empty stanza argument";
        QTest::newRow("stanza extra argument") << replaced("OCc\n", "OCc extra\n") << "age.header"
                                               << "exactly one argument";
        QTest::newRow("short share") << replaced("TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc",
                                                 "TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDO")
                                     << "age.header" << "share";
        QTest::newRow("padded body") << replaced("FLE\n", "FLE=\n") << "age.header" << "base64";
        QTest::newRow("body spurious cr") << replaced("FLE\n", "FLE\r\n") << "age.header" << "base64";
        QTest::newRow("low order share")
            << replaced("TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc",
                        crypto::base64Encode(QByteArray::fromHex(
                                                 "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f11d7"),
                                             false))
            << "age.header" << "low order";
        QTest::newRow("lowercase type is no match") << replaced("-> X25519", "-> x25519") << "age.no-identity" << "";
        QTest::newRow("bad body tag") << replaced("hjabGX", "hjabGY") << "age.no-identity" << "";
        QTest::newRow("no nonce") << good.left(payload) << "age.payload" << "nonce";
        QTest::newRow("short nonce") << good.left(payload + 10) << "age.payload" << "nonce";
        QTest::newRow("no chunks") << good.left(payload + 16) << "age.payload" << "no chunks";
        QTest::newRow("truncated chunk") << good.left(good.size() - 1) << "age.payload" << "authentication";
        QTest::newRow("short chunk") << good.left(payload + 16 + 10) << "age.payload" << "truncated chunk";
        QTest::newRow("trailing garbage") << good + "x" << "age.payload" << "authentication";
        QByteArray badTag = good;
        badTag[badTag.size() - 1] = char(badTag.back() ^ 1);
        QTest::newRow("bad payload tag") << badTag << "age.payload" << "authentication";
        QTest::newRow("oversized") << QByteArray(AgeEncryption::kMaxInputSize + 1, 'a') << "limit.size" << "";
    }

    void hostileFilesGivePreciseErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/cctv_id.txt")));
        auto out = AgeEncryption::decrypt(file, {id});
        QVERIFY(!out);
        QCOMPARE(out.error().code, code);
        QVERIFY2(out.error().message.contains(messagePart), qPrintable(out.error().message));
    }

    void wrongIdentityIsNoMatch()
    {
        auto out = AgeEncryption::decrypt(readVector(QStringLiteral("age/cctv_x25519.age")),
                                          {AgeIdentity::generate()});
        QVERIFY(!out);
        QCOMPARE(out.error().code, QStringLiteral("age.no-identity"));
    }

    void malformedArmorIsRejected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good = readVector(QStringLiteral("age/mock.age"));
        QByteArray crlf = good;
        crlf.replace("\n", "\r\n");
        QTest::newRow("crlf is fine") << crlf << "";
        QTest::newRow("surrounding whitespace is fine") << "  \n" + good + "\n\n  " << "";
        QTest::newRow("empty line") << QByteArray(good).replace("-----\nYWdl", "-----\n\nYWdl") << "empty line";
        QTest::newRow("garbage before") << "x" + good << "missing";
        QTest::newRow("garbage after") << good + "x\n" << "after the footer";
        QTest::newRow("wrong label") << QByteArray(good).replace("AGE ENCRYPTED FILE-----\nYWdl",
                                                                 "PGP MESSAGE-----\nYWdl")
                                     << "wrong label";
        QTest::newRow("no footer") << good.left(good.indexOf("-----END")) << "footer";
        QTest::newRow("long line") << QByteArray(good).replace("Y3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBvY2t2NkdLUGRvY3l2OGNy\n",
                                                               "Y3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBvY2t2NkdLUGRvY3l2OGNyM\n")
                                   << "";
        QTest::newRow("no padding") << QByteArray(good).replace("dPGb\n", "dPG\n") << "base64";
        QTest::newRow("too much whitespace") << QByteArray(2000, ' ') + good << "whitespace";
    }

    void malformedArmorIsRejected()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        const AgeIdentity id = identityFrom(readVector(QStringLiteral("age/mock_identity.txt")));
        auto out = AgeEncryption::decrypt(text, {id});
        if (messagePart.isEmpty() && QByteArray(QTest::currentDataTag()).contains("fine")) {
            QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
            QCOMPARE(out->toByteArray(), QByteArray("data"));
            return;
        }
        QVERIFY(!out);
        QVERIFY2(out.error().code == QStringLiteral("age.armor") || out.error().code == QStringLiteral("age.header"),
                 qPrintable(out.error().code));
        QVERIFY2(out.error().message.contains(messagePart), qPrintable(out.error().message));
    }

    void bech32RejectsBadEncodings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        const QString good = QStringLiteral("age1lzd99uklcjnc0e7d860axevet2cz99ce9pq6tzuzd05l5nr28ams36nvun");
        QTest::newRow("checksum") << QString(good).replace(QLatin1String("nvun"), QLatin1String("nvuq"))
                                  << "checksum";
        QTest::newRow("mixed case") << QStringLiteral("Age1") + good.mid(4) << "mixed case";
        QTest::newRow("no separator") << QStringLiteral("agelzd") << "separator";
        QTest::newRow("bad character") << QString(good).replace(5, 1, QLatin1Char('b')) << "invalid data character";
        QTest::newRow("wrong prefix") << QString::fromLatin1(Bech32::encode("xyz", SecureBuffer(32)).toByteArray())
                                      << "not an age X25519 recipient";
        QTest::newRow("short key") << QString::fromLatin1(Bech32::encode("age", SecureBuffer(31)).toByteArray())
                                   << "31 bytes";
    }

    void bech32RejectsBadEncodings()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        auto r = AgeRecipient::parse(text);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("age.recipient"));
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void lowercaseIdentityIsRejected()
    {
        const QByteArray text = readVector(QStringLiteral("age/cctv_id.txt")).trimmed().toLower();
        auto id = AgeIdentity::parse(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QLatin1String("upper case")), qPrintable(id.error().message));
    }

    void keyFileSkipsCommentsAndNamesTheBadLine()
    {
        const QByteArray id = readVector(QStringLiteral("age/cctv_id.txt")).trimmed();
        auto ok = AgeKeyFile::parse(SecureBuffer::fromView(QByteArray("# created: x\r\n# public key: y\r\n\r\n" + id + "\r\n")),
                                    QStringLiteral("keys.txt"));
        QVERIFY(ok);
        QCOMPARE(ok->size(), 1);
        auto bad = AgeKeyFile::parse(SecureBuffer::fromView(QByteArray("# c\n" + id + " \n")), QStringLiteral("keys.txt"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("keys.txt, line 2")), qPrintable(bad.error().message));
        auto several = AgeKeyFile::parse(SecureBuffer::fromView(QByteArray(id + " " + id)), QStringLiteral("SOPS_AGE_KEY"), true);
        QVERIFY(several);
        QCOMPARE(several->size(), 2);
        auto none = AgeKeyFile::parse(SecureBuffer::fromView("# only a comment\n"), QStringLiteral("keys.txt"));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QLatin1String("no age identity")));
    }

    void generatedKeyFileParsesBackToTheSameKey()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const SecureBuffer text = AgeKeyFile::format(id, QDateTime::currentDateTime());
        QVERIFY(text.view().starts_with("# created: "));
        QVERIFY(text.view().find("# public key: " + id.recipient().toString().toStdString()) != std::string_view::npos);
        auto back = AgeKeyFile::parse(text, QStringLiteral("generated"));
        QVERIFY(back);
        QVERIFY(back->first().scalar() == id.scalar());
        QCOMPARE(back->first().recipient(), id.recipient());
    }

    void secureBufferComparesAndCopies()
    {
        SecureBuffer a = SecureBuffer::fromString("secret");
        SecureBuffer b = a;
        QVERIFY(a == b);
        b[0] = 'S';
        QVERIFY(!(a == b));
        a.append(std::string_view("-more"));
        QCOMPARE(a.toByteArray(), QByteArray("secret-more"));
    }
};

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
