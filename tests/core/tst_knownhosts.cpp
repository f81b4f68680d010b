#include "git/KnownHosts.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

struct KeyPair
{
    QString type;
    QByteArray base64;
    QString publicFile;
};

KeyPair makeKey(const QTemporaryDir& dir, const QString& name, const QString& type = QStringLiteral("ed25519"))
{
    const QString path = dir.filePath(name);
    QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                                                     QString(), QStringLiteral("-f"), path});
    QFile file(path + QStringLiteral(".pub"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return {QString::fromLatin1(fields.value(0)), fields.value(1), path + QStringLiteral(".pub")};
}

SshHostKey hostKey(const KeyPair& key, const QString& host, int port)
{
    return SshHostKey{host, port, key.type, QByteArray::fromBase64(key.base64), {}};
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainEntriesMatchByNameAndPort_data();
    void plainEntriesMatchByNameAndPort();
    void hashedEntriesWrittenByOpenSshAreRecognised();
    void anotherKeyOfTheSameTypeIsAChange();
    void aRevokedKeyIsRefusedEvenWhenListed();
    void aKeyOfAnotherTypeIsUnknownNotChanged();
    void fingerprintMatchesSshKeygen();
    void blobTypeIsReadFromTheWireFormat();

private:
    QTemporaryDir m_dir;
    KeyPair m_key;
    KeyPair m_other;
    KeyPair m_ecdsa;
};

void TestKnownHosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = makeKey(m_dir, QStringLiteral("key"));
    m_other = makeKey(m_dir, QStringLiteral("other"));
    m_ecdsa = makeKey(m_dir, QStringLiteral("ecdsa"), QStringLiteral("ecdsa"));
    QVERIFY(!m_key.base64.isEmpty() && !m_other.base64.isEmpty() && !m_ecdsa.base64.isEmpty());
}

void TestKnownHosts::plainEntriesMatchByNameAndPort_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("known");
    QTest::newRow("name") << QByteArray("git.example.test") << QStringLiteral("git.example.test") << 22 << true;
    QTest::newRow("name, other host") << QByteArray("git.example.test") << QStringLiteral("evil.example.test") << 22 << false;
    QTest::newRow("name, other port") << QByteArray("git.example.test") << QStringLiteral("git.example.test") << 2222 << false;
    QTest::newRow("bracketed port") << QByteArray("[git.example.test]:2222") << QStringLiteral("git.example.test") << 2222 << true;
    QTest::newRow("bracketed port, default port") << QByteArray("[git.example.test]:2222") << QStringLiteral("git.example.test") << 22 << false;
    QTest::newRow("list") << QByteArray("a.test,git.example.test,10.0.0.1") << QStringLiteral("10.0.0.1") << 22 << true;
    QTest::newRow("wildcard") << QByteArray("*.example.test") << QStringLiteral("git.example.test") << 22 << true;
    QTest::newRow("negated") << QByteArray("*.example.test,!git.example.test") << QStringLiteral("git.example.test") << 22 << false;
    QTest::newRow("case") << QByteArray("GIT.Example.test") << QStringLiteral("git.example.TEST") << 22 << true;
}

void TestKnownHosts::plainEntriesMatchByNameAndPort()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, known);
    const QString file = m_dir.filePath(QStringLiteral("plain"));
    QVERIFY(writeFile(file, "# comment\n\n" + pattern + " " + m_key.type.toLatin1() + " " + m_key.base64 + " comment\n"));
    const auto check = KnownHosts::check(file, hostKey(m_key, host, port));
    QVERIFY(check);
    QCOMPARE(check->verdict, known ? KnownHosts::Verdict::Known : KnownHosts::Verdict::Unknown);
    if (known)
        QCOMPARE(check->line, 3);
}

void TestKnownHosts::hashedEntriesWrittenByOpenSshAreRecognised()
{
    const QString file = m_dir.filePath(QStringLiteral("hashed"));
    QVERIFY(writeFile(file, "[git.example.test]:2222 " + m_key.type.toLatin1() + " " + m_key.base64 + "\n"
                                + "plain.example.test " + m_other.type.toLatin1() + " " + m_other.base64 + "\n"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), file}), 0);
    QFile hashed(file);
    QVERIFY(hashed.open(QIODevice::ReadOnly));
    QVERIFY(!hashed.readAll().contains("example.test"));

    QCOMPARE(KnownHosts::check(file, hostKey(m_key, QStringLiteral("git.example.test"), 2222))->verdict, KnownHosts::Verdict::Known);
    QCOMPARE(KnownHosts::check(file, hostKey(m_key, QStringLiteral("git.example.test"), 22))->verdict, KnownHosts::Verdict::Unknown);
    QCOMPARE(KnownHosts::check(file, hostKey(m_other, QStringLiteral("plain.example.test"), 22))->verdict, KnownHosts::Verdict::Known);
    QCOMPARE(KnownHosts::check(file, hostKey(m_key, QStringLiteral("plain.example.test"), 22))->verdict, KnownHosts::Verdict::Changed);

    // What add() writes, OpenSSH reads.
    const QString added = m_dir.filePath(QStringLiteral("added/known_hosts"));
    QVERIFY(KnownHosts::add(added, hostKey(m_key, QStringLiteral("new.example.test"), 2200)));
    QProcess lookup;
    lookup.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("[new.example.test]:2200"), QStringLiteral("-f"), added});
    QVERIFY(lookup.waitForFinished());
    QCOMPARE(lookup.exitCode(), 0);
    QVERIFY(lookup.readAllStandardOutput().contains(m_key.base64));
}

void TestKnownHosts::anotherKeyOfTheSameTypeIsAChange()
{
    const QString file = m_dir.filePath(QStringLiteral("changed"));
    QVERIFY(writeFile(file, "other.test " + m_other.type.toLatin1() + " " + m_key.base64 + "\n"
                                + "git.example.test " + m_other.type.toLatin1() + " " + m_other.base64 + "\n"));
    const auto check = KnownHosts::check(file, hostKey(m_key, QStringLiteral("git.example.test"), 22));
    QVERIFY(check);
    QCOMPARE(check->verdict, KnownHosts::Verdict::Changed);
    QCOMPARE(check->line, 2);
    const Error error = KnownHosts::changedKeyError(file, hostKey(m_key, QStringLiteral("git.example.test"), 22), 2);
    QCOMPARE(error.code, QStringLiteral("ssh.hostkey.changed"));
    QVERIFY(error.message.contains(hostKey(m_key, {}, 22).sha256Fingerprint()));
}

void TestKnownHosts::aRevokedKeyIsRefusedEvenWhenListed()
{
    const QString file = m_dir.filePath(QStringLiteral("revoked"));
    QVERIFY(writeFile(file, "git.example.test " + m_key.type.toLatin1() + " " + m_key.base64 + "\n"
                                + "@revoked * " + m_key.type.toLatin1() + " " + m_key.base64 + "\n"));
    QCOMPARE(KnownHosts::check(file, hostKey(m_key, QStringLiteral("git.example.test"), 22))->verdict, KnownHosts::Verdict::Changed);
}

void TestKnownHosts::aKeyOfAnotherTypeIsUnknownNotChanged()
{
    const QString file = m_dir.filePath(QStringLiteral("types"));
    QVERIFY(writeFile(file, "git.example.test " + m_key.type.toLatin1() + " " + m_key.base64 + "\n"));
    QCOMPARE(KnownHosts::check(file, hostKey(m_ecdsa, QStringLiteral("git.example.test"), 22))->verdict, KnownHosts::Verdict::Unknown);
    QCOMPARE(KnownHosts::check(m_dir.filePath(QStringLiteral("missing")), hostKey(m_key, QStringLiteral("x"), 22))->verdict,
             KnownHosts::Verdict::Unknown);
}

void TestKnownHosts::fingerprintMatchesSshKeygen()
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), m_ecdsa.publicFile});
    QVERIFY(process.waitForFinished());
    const QString expected = QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    QVERIFY(expected.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(hostKey(m_ecdsa, QStringLiteral("h"), 22).sha256Fingerprint(), expected);
}

void TestKnownHosts::blobTypeIsReadFromTheWireFormat()
{
    QCOMPARE(KnownHosts::typeOfBlob(QByteArray::fromBase64(m_key.base64)), QStringLiteral("ssh-ed25519"));
    QCOMPARE(KnownHosts::typeOfBlob(QByteArray::fromBase64(m_ecdsa.base64)), m_ecdsa.type);
    QCOMPARE(KnownHosts::typeOfBlob(QByteArray("\0\0\0", 3)), QString());
    QCOMPARE(KnownHosts::typeOfBlob(QByteArray("\xff\0\0\x01x", 5)), QString());
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
