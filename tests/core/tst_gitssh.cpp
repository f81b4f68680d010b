#include "git/GitRepository.h"
#include "git/GitSync.h"
#include "git/KnownHosts.h"

#include "GitCli.h"
#include "GitTestHome.h"
#include "SshServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

QString errorText(const Error& error)
{
    return error.toString() + QStringLiteral(" [") + error.code + QLatin1Char(']');
}

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const auto& verified_ = (expression);                                                                  \
        QVERIFY2(verified_.has_value(), qPrintable(verified_ ? QString() : errorText(verified_.error())));     \
    } while (false)

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The SHA256 fingerprint ssh-keygen prints for a public key file.
QString fingerprintOf(const QString& publicKeyFile)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                                 QStringLiteral("-f"), publicKeyFile});
    process.waitForFinished(10000);
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

GitRemoteCallbacks keyFile(const QString& privateKey, const QString& passphrase, const QString& knownHosts)
{
    GitRemoteCallbacks callbacks;
    callbacks.sshTransport = GitRemoteCallbacks::SshTransport::Libssh2;
    callbacks.knownHostsFile = knownHosts;
    callbacks.credentials = [=](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        if (!request.sshKey)
            return std::nullopt;
        return GitCredential{GitCredential::Kind::SshKeyFile, request.username, SecureBuffer::fromView(passphrase.toUtf8()),
                             privateKey, {}};
    };
    return callbacks;
}

} // namespace

/// SSH through libgit2's built-in libssh2 transport (tst_gitopenssh covers the OpenSSH client).
class TestGitSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void cloneCommitAndPushWithAnEd25519KeyFromTheAgent();
    void passphraseOfAKeyFileIsAskedThroughTheCallback();
    void unknownHostAsksWithTheSha256FingerprintAndRemembersTheAnswer();
    void unknownHostThatIsNotTrustedFailsClosed();
    void changedHostKeyIsRefusedWithAWarning();
    void rsaKeyRefusedByTheServerSaysWhyAndWhatToDo();

private:
    QString serverRepository(const QString& name);

    std::unique_ptr<GitTestHome> m_home;
    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_knownHosts;
};

void TestGitSsh::initTestCase()
{
    if (!SshServer::isInstalled())
        QSKIP("/usr/sbin/sshd is missing: install the Debian package openssh-server to run the SSH tests");
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
    qunsetenv("SSH_AUTH_SOCK");
}

void TestGitSsh::init()
{
    m_server = std::make_unique<SshServer>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    QVERIFY(generateSshKey(m_work->filePath(QStringLiteral("id_ed25519")), QStringLiteral("ed25519")));
    QVERIFY(m_server->authorize(m_work->filePath(QStringLiteral("id_ed25519.pub"))));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_knownHosts = m_work->filePath(QStringLiteral("known_hosts"));
    // Most tests start from a known host; the host-key tests change that.
    SshHostKey key;
    key.host = QStringLiteral("127.0.0.1");
    key.port = m_server->port();
    const QList<QByteArray> fields = readFile(m_server->hostPublicKeyFile()).split(' ');
    key.type = QString::fromLatin1(fields.value(0));
    key.blob = QByteArray::fromBase64(fields.value(1));
    VERIFY_OK(KnownHosts::add(m_knownHosts, key));
}

void TestGitSsh::cleanup()
{
    m_server.reset();
    m_work.reset();
}

void TestGitSsh::cleanupTestCase()
{
    m_home.reset();
}

QString TestGitSsh::serverRepository(const QString& name)
{
    const QString path = m_server->directory() + QStringLiteral("/repos/") + name + QStringLiteral(".git");
    const QString seed = m_work->filePath(name + QStringLiteral("-seed"));
    if (QProcess::execute(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                                  QStringLiteral("--initial-branch=main"), path}) != 0)
        return {};
    auto repository = GitRepository::init(seed);
    if (!repository || !repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n") || !repository->stageAll()
        || !repository->commitStaged(QStringLiteral("Seed")))
        return {};
    if (!GitCli::run(seed, {QStringLiteral("push"), QStringLiteral("-q"), path, QStringLiteral("main")}).ok())
        return {};
    return path;
}

void TestGitSsh::cloneCommitAndPushWithAnEd25519KeyFromTheAgent()
{
    const QString socket = m_work->filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFileInfo::exists(socket));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    const auto stopAgent = qScopeGuard([&agent] {
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        agent.waitForFinished();
    });
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-add"), {QStringLiteral("-q"), m_work->filePath(QStringLiteral("id_ed25519"))}), 0);

    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks callbacks;
    callbacks.sshTransport = GitRemoteCallbacks::SshTransport::Libssh2;
    callbacks.knownHostsFile = m_knownHosts;
    int asked = 0;
    callbacks.credentials = [&asked](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        ++asked;
        if (!request.sshKey)
            return std::nullopt;
        return GitCredential{GitCredential::Kind::SshAgent, request.username, {}, {}, {}};
    };
    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto clone = GitSync::clone(m_server->url(bare), path, callbacks);
    VERIFY_OK(clone);
    QVERIFY(asked >= 1);
    QCOMPARE(readFile(path + QStringLiteral("/a.yaml")), QByteArray("a: 1\n"));
    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: over ssh\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Over SSH"));
    VERIFY_OK(commit);
    const auto pushed = GitSync::push(*clone, callbacks);
    VERIFY_OK(pushed);
    QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), *commit);
    QVERIFY2(m_server->log().contains(QLatin1String("Accepted publickey")), qPrintable(m_server->log()));
}

void TestGitSsh::passphraseOfAKeyFileIsAskedThroughTheCallback()
{
    const QString key = m_work->filePath(QStringLiteral("id_locked"));
    QVERIFY(generateSshKey(key, QStringLiteral("ed25519"), QStringLiteral("correct horse")));
    QVERIFY(m_server->authorize(key + QStringLiteral(".pub")));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());

    auto wrong = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("wrong")),
                                keyFile(key, QStringLiteral("battery staple"), m_knownHosts));
    QVERIFY(!wrong);
    QVERIFY2(!wrong.error().message.contains(QLatin1String("battery")), qPrintable(wrong.error().message));

    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")),
                                keyFile(key, QStringLiteral("correct horse"), m_knownHosts));
    VERIFY_OK(clone);
    VERIFY_OK(GitSync::fetch(*clone, keyFile(key, QStringLiteral("correct horse"), m_knownHosts)));
}

void TestGitSsh::unknownHostAsksWithTheSha256FingerprintAndRemembersTheAnswer()
{
    QVERIFY(QFile::remove(m_knownHosts));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks callbacks = keyFile(m_work->filePath(QStringLiteral("id_ed25519")), {}, m_knownHosts);
    QList<SshHostKey> asked;
    callbacks.trustUnknownHost = [&asked](const SshHostKey& key) {
        asked.append(key);
        return true;
    };
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), callbacks);
    VERIFY_OK(clone);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().sha256Fingerprint(), fingerprintOf(m_server->hostPublicKeyFile()));
    QCOMPARE(asked.first().knownHostsName(), QStringLiteral("[127.0.0.1]:%1").arg(m_server->port()));
    QCOMPARE(asked.first().type, QStringLiteral("ssh-ed25519"));

    // Remembered, hashed, and OpenSSH finds the entry too.
    QVERIFY(readFile(m_knownHosts).startsWith("|1|"));
    QProcess lookup;
    lookup.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), asked.first().knownHostsName(), QStringLiteral("-f"), m_knownHosts});
    QVERIFY(lookup.waitForFinished());
    QCOMPARE(lookup.exitCode(), 0);
    QVERIFY(lookup.readAllStandardOutput().contains("found: line 1"));
    VERIFY_OK(GitSync::fetch(*clone, callbacks));
    QCOMPARE(asked.size(), 1);
}

void TestGitSsh::unknownHostThatIsNotTrustedFailsClosed()
{
    QVERIFY(QFile::remove(m_knownHosts));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    for (const bool withCallback : {true, false}) {
        GitRemoteCallbacks callbacks = keyFile(m_work->filePath(QStringLiteral("id_ed25519")), {}, m_knownHosts);
        if (withCallback)
            callbacks.trustUnknownHost = [](const SshHostKey&) { return false; };
        const QString path = m_work->filePath(QStringLiteral("clone"));
        auto clone = GitSync::clone(m_server->url(bare), path, callbacks);
        QVERIFY(!clone);
        QCOMPARE(clone.error().code, QStringLiteral("ssh.hostkey.unknown"));
        QVERIFY2(clone.error().message.contains(fingerprintOf(m_server->hostPublicKeyFile())), qPrintable(clone.error().message));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git")));
        QVERIFY(!QFileInfo::exists(m_knownHosts));
    }
}

void TestGitSsh::changedHostKeyIsRefusedWithAWarning()
{
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    m_server->stop();
    QVERIFY(m_server->regenerateHostKey());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    GitRemoteCallbacks callbacks = keyFile(m_work->filePath(QStringLiteral("id_ed25519")), {}, m_knownHosts);
    int asked = 0;
    callbacks.trustUnknownHost = [&asked](const SshHostKey&) {
        ++asked;
        return true;
    };
    const QByteArray knownBefore = readFile(m_knownHosts);
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), callbacks);
    QVERIFY(!clone);
    QCOMPARE(clone.error().code, QStringLiteral("ssh.hostkey.changed"));
    QCOMPARE(asked, 0);
    QVERIFY2(clone.error().message.contains(QLatin1String("WARNING")), qPrintable(clone.error().message));
    QVERIFY2(clone.error().message.contains(fingerprintOf(m_server->hostPublicKeyFile())), qPrintable(clone.error().message));
    QCOMPARE(clone.error().where.file, m_knownHosts);
    QCOMPARE(clone.error().where.line, 1);
    QCOMPARE(readFile(m_knownHosts), knownBefore);
}

void TestGitSsh::rsaKeyRefusedByTheServerSaysWhyAndWhatToDo()
{
    const QString key = m_work->filePath(QStringLiteral("id_rsa"));
    QVERIFY(generateSshKey(key, QStringLiteral("rsa")));
    QVERIFY(m_server->authorize(key + QStringLiteral(".pub")));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), keyFile(key, {}, m_knownHosts));
    if (clone)
        QSKIP("this libssh2 signs RSA keys with rsa-sha2: nothing to explain");
    QCOMPARE(clone.error().code, QStringLiteral("git.credentials.refused"));
    QVERIFY2(clone.error().message.contains(QLatin1String("ed25519")), qPrintable(clone.error().message));
    QVERIFY2(m_server->log().contains(QLatin1String("ssh-rsa")), qPrintable(m_server->log()));
}

QTEST_GUILESS_MAIN(TestGitSsh)
#include "tst_gitssh.moc"
