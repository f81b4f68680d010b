#include "git/GitRepository.h"
#include "git/GitSync.h"
#include "git/KnownHosts.h"
#include "git/OpenSshTransport.h"
#include "git/SshAskpass.h"

#include "GitCli.h"
#include "GitTestHome.h"
#include "SshServer.h"

#include <QCoreApplication>
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

QString fingerprintOf(const QString& publicKeyFile)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                                 QStringLiteral("-f"), publicKeyFile});
    process.waitForFinished(10000);
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

} // namespace

/// SSH through the system OpenSSH client, with this test executable as its askpass helper (see main()).
class TestGitOpenSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void sshUrlsAndScpStyleAddressesAreParsed_data();
    void sshUrlsAndScpStyleAddressesAreParsed();
    void cloneCommitAndPushWithAnEd25519KeyFromTheAgent();
    void passphraseOfAnRsaKeyIsAnsweredThroughAskpass();
    void scpStyleAddressWorks();
    void unknownHostAsksWithTheFingerprintAndIsRemembered();
    void unknownHostThatIsNotTrustedFailsClosed();
    void changedHostKeyIsRefusedWithAWarning();
    void trustOnceLeavesTheUsersKnownHostsAloneAndTheNextOperationAsksAgain_data();
    void trustOnceLeavesTheUsersKnownHostsAloneAndTheNextOperationAsksAgain();
    void trustAlwaysRecordsTheKeyAsSshWould_data();
    void trustAlwaysRecordsTheKeyAsSshWould();
    void withoutAKnownHostsFileTheUsersSshConfigNamesIt();
    void aChangedKeyIsRefusedAfterTrustAlways();

private:
    QString serverRepository(const QString& name);
    GitRemoteCallbacks callbacks(const QStringList& extraArguments = {}) const;

    std::unique_ptr<GitTestHome> m_home;
    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_knownHosts;
};

void TestGitOpenSsh::initTestCase()
{
    if (!SshServer::isInstalled() || !OpenSshTransport::isAvailable())
        QSKIP("sshd or ssh is missing: install the Debian packages openssh-server and openssh-client");
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
    qunsetenv("SSH_AUTH_SOCK");
}

void TestGitOpenSsh::init()
{
    m_server = std::make_unique<SshServer>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    QVERIFY(generateSshKey(m_work->filePath(QStringLiteral("id_ed25519")), QStringLiteral("ed25519")));
    QVERIFY(m_server->authorize(m_work->filePath(QStringLiteral("id_ed25519.pub"))));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_knownHosts = m_work->filePath(QStringLiteral("known_hosts"));
    SshHostKey key;
    key.host = QStringLiteral("127.0.0.1");
    key.port = m_server->port();
    const QList<QByteArray> fields = readFile(m_server->hostPublicKeyFile()).split(' ');
    key.type = QString::fromLatin1(fields.value(0));
    key.blob = QByteArray::fromBase64(fields.value(1));
    VERIFY_OK(KnownHosts::add(m_knownHosts, key));
}

void TestGitOpenSsh::cleanup()
{
    m_server.reset();
    m_work.reset();
}

void TestGitOpenSsh::cleanupTestCase()
{
    m_home.reset();
}

GitRemoteCallbacks TestGitOpenSsh::callbacks(const QStringList& extraArguments) const
{
    GitRemoteCallbacks result;
    result.sshTransport = GitRemoteCallbacks::SshTransport::OpenSsh;
    result.knownHostsFile = m_knownHosts;
    // No system or user ssh_config: the test decides everything.
    result.sshArguments = QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                                      QStringLiteral("GlobalKnownHostsFile=/dev/null")}
        + extraArguments;
    return result;
}

QString TestGitOpenSsh::serverRepository(const QString& name)
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

void TestGitOpenSsh::sshUrlsAndScpStyleAddressesAreParsed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::newRow("ssh url") << QStringLiteral("ssh://git@git.example.test:2222/fleet/platform.git") << QStringLiteral("git")
                             << QStringLiteral("git.example.test") << 2222 << QStringLiteral("/fleet/platform.git");
    QTest::newRow("ssh url, home") << QStringLiteral("ssh://git.example.test/~/platform.git") << QString()
                                   << QStringLiteral("git.example.test") << 0 << QStringLiteral("~/platform.git");
    QTest::newRow("scp style") << QStringLiteral("git@github.com:fleet/platform.git") << QStringLiteral("git")
                               << QStringLiteral("github.com") << 0 << QStringLiteral("fleet/platform.git");
    QTest::newRow("scp style, absolute") << QStringLiteral("host:/srv/git/x.git") << QString() << QStringLiteral("host") << 0
                                         << QStringLiteral("/srv/git/x.git");
    QTest::newRow("git+ssh") << QStringLiteral("git+ssh://me@h/x.git") << QStringLiteral("me") << QStringLiteral("h") << 0
                             << QStringLiteral("/x.git");
}

void TestGitOpenSsh::sshUrlsAndScpStyleAddressesAreParsed()
{
    QFETCH(QString, url);
    QString user;
    QString host;
    QString path;
    int port = -1;
    QVERIFY(OpenSshTransport::parseUrl(url, &user, &host, &port, &path));
    QTEST(user, "user");
    QTEST(host, "host");
    QTEST(port, "port");
    QTEST(path, "path");
    QVERIFY(!OpenSshTransport::parseUrl(QStringLiteral("/local/path"), &user, &host, &port, &path));
    QVERIFY(!OpenSshTransport::parseUrl(QStringLiteral("./a:b"), &user, &host, &port, &path));
}

void TestGitOpenSsh::cloneCommitAndPushWithAnEd25519KeyFromTheAgent()
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
    GitRemoteCallbacks remote = callbacks();
    int prompts = 0;
    remote.askSecret = [&prompts](const QString&) -> std::optional<SecureBuffer> {
        ++prompts;
        return std::nullopt;
    };
    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto clone = GitSync::clone(m_server->url(bare), path, remote);
    VERIFY_OK(clone);
    QCOMPARE(prompts, 0);
    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: openssh\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Through OpenSSH"));
    VERIFY_OK(commit);
    VERIFY_OK(GitSync::push(*clone, remote));
    QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), *commit);
    QVERIFY2(m_server->log().contains(QLatin1String("Accepted publickey")) && m_server->log().contains(QLatin1String("ED25519")),
             qPrintable(m_server->log()));
}

void TestGitOpenSsh::passphraseOfAnRsaKeyIsAnsweredThroughAskpass()
{
    const QString key = m_work->filePath(QStringLiteral("id_rsa"));
    QVERIFY(generateSshKey(key, QStringLiteral("rsa"), QStringLiteral("rsa passphrase 42")));
    QVERIFY(m_server->authorize(key + QStringLiteral(".pub")));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote =
        callbacks({QStringLiteral("-i"), key, QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes")});
    QStringList prompts;
    remote.askSecret = [&prompts](const QString& prompt) -> std::optional<SecureBuffer> {
        prompts.append(prompt);
        return SecureBuffer::fromString("rsa passphrase 42");
    };
    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto clone = GitSync::clone(m_server->url(bare), path, remote);
    VERIFY_OK(clone);
    QCOMPARE(prompts.size(), 1);
    QVERIFY2(prompts.first().contains(QLatin1String("passphrase")) && prompts.first().contains(key), qPrintable(prompts.first()));
    QVERIFY(clone->writeFile(QStringLiteral("b.yaml"), "b: rsa\n"));
    VERIFY_OK(clone->stage({QStringLiteral("b.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("With RSA"));
    VERIFY_OK(commit);
    VERIFY_OK(GitSync::push(*clone, remote));
    QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), *commit);
    QVERIFY2(m_server->log().contains(QLatin1String("Accepted publickey")) && m_server->log().contains(QLatin1String("RSA")),
             qPrintable(m_server->log()));

    // A wrong passphrase (or none) fails, and says so.
    remote.askSecret = [](const QString&) -> std::optional<SecureBuffer> { return std::nullopt; };
    const auto refused = GitSync::fetch(*clone, remote);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("git.credentials.refused"));
}

void TestGitOpenSsh::scpStyleAddressWorks()
{
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519")),
                                           QStringLiteral("-o"), QStringLiteral("Port=%1").arg(m_server->port())});
    const QString address = QStringLiteral("%1@127.0.0.1:%2").arg(m_server->user(), bare);
    auto clone = GitSync::clone(address, m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(readFile(m_work->filePath(QStringLiteral("clone/a.yaml"))), QByteArray("a: 1\n"));
}

void TestGitOpenSsh::unknownHostAsksWithTheFingerprintAndIsRemembered()
{
    QVERIFY(QFile::remove(m_knownHosts));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519"))});
    QList<SshHostKey> asked;
    remote.trustUnknownHost = [&asked](const SshHostKey& key) {
        asked.append(key);
        return true;
    };
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().sha256Fingerprint(), fingerprintOf(m_server->hostPublicKeyFile()));
    QCOMPARE(asked.first().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(asked.first().port, m_server->port());
    QCOMPARE(asked.first().type, QStringLiteral("ssh-ed25519"));
    VERIFY_OK(GitSync::fetch(*clone, remote));
    QCOMPARE(asked.size(), 1);
    // And the built-in transport trusts what OpenSSH recorded.
    GitRemoteCallbacks builtIn = remote;
    builtIn.sshTransport = GitRemoteCallbacks::SshTransport::Libssh2;
    builtIn.credentials = [this](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        return GitCredential{GitCredential::Kind::SshKeyFile, request.username, {}, m_work->filePath(QStringLiteral("id_ed25519")), {}};
    };
    VERIFY_OK(GitSync::fetch(*clone, builtIn));
    QCOMPARE(asked.size(), 1);
}

void TestGitOpenSsh::unknownHostThatIsNotTrustedFailsClosed()
{
    QVERIFY(QFile::remove(m_knownHosts));
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519"))});
    QString seen;
    remote.trustUnknownHost = [&seen](const SshHostKey& key) {
        seen = key.sha256Fingerprint();
        return false;
    };
    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto clone = GitSync::clone(m_server->url(bare), path, remote);
    QVERIFY(!clone);
    QCOMPARE(clone.error().code, QStringLiteral("ssh.hostkey.unknown"));
    QCOMPARE(seen, fingerprintOf(m_server->hostPublicKeyFile()));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git")));
    QVERIFY(readFile(m_knownHosts).isEmpty());
}

void TestGitOpenSsh::changedHostKeyIsRefusedWithAWarning()
{
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    m_server->stop();
    QVERIFY(m_server->regenerateHostKey());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519"))});
    int asked = 0;
    remote.trustUnknownHost = [&asked](const SshHostKey&) {
        ++asked;
        return true;
    };
    const QByteArray knownBefore = readFile(m_knownHosts);
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    QVERIFY(!clone);
    QCOMPARE(clone.error().code, QStringLiteral("ssh.hostkey.changed"));
    QCOMPARE(asked, 0);
    QVERIFY2(clone.error().message.contains(QLatin1String("WARNING")), qPrintable(clone.error().message));
    QVERIFY2(clone.error().message.contains(fingerprintOf(m_server->hostPublicKeyFile())), qPrintable(clone.error().message));
    QCOMPARE(readFile(m_knownHosts), knownBefore);
}

/// The user's known_hosts with an entry for another host only: the server is unknown, and the file has bytes that
/// must stay as they are.
static QByteArray otherHostsOnly(const QString& file)
{
    QFile output(file);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QByteArray text = "# the user's own notes\n"
                            "git.example.test ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFtXr0V2mBqM6LRrFAn3rpeDmTiNUq1sVBoAG0Gnk1u+\n";
    output.write(text);
    return text;
}

void TestGitOpenSsh::trustOnceLeavesTheUsersKnownHostsAloneAndTheNextOperationAsksAgain_data()
{
    QTest::addColumn<int>("transport");
    QTest::newRow("OpenSSH") << int(GitRemoteCallbacks::SshTransport::OpenSsh);
    QTest::newRow("libssh2") << int(GitRemoteCallbacks::SshTransport::Libssh2);
}

void TestGitOpenSsh::trustOnceLeavesTheUsersKnownHostsAloneAndTheNextOperationAsksAgain()
{
    QFETCH(int, transport);
    const QByteArray before = otherHostsOnly(m_knownHosts);
    QVERIFY(!before.isEmpty());
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519"))});
    remote.sshTransport = GitRemoteCallbacks::SshTransport(transport);
    remote.credentials = [this](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        return GitCredential{GitCredential::Kind::SshKeyFile, request.username, {}, m_work->filePath(QStringLiteral("id_ed25519")), {}};
    };
    QList<SshHostKey> asked;
    remote.trustUnknownHost = [&asked](const SshHostKey& key) {
        asked.append(key);
        return true;
    };
    int remembered = 0;
    remote.rememberTrustedHost = [&remembered](const SshHostKey&) {
        ++remembered;
        return false; // Trust Once
    };

    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().sha256Fingerprint(), fingerprintOf(m_server->hostPublicKeyFile()));
    QCOMPARE(remembered, 1);
    QCOMPARE(readFile(m_knownHosts), before);

    // The next operation does not know the host either, and asks again; a refusal there fails closed.
    VERIFY_OK(GitSync::fetch(*clone, remote));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(readFile(m_knownHosts), before);
    remote.trustUnknownHost = [&asked](const SshHostKey& key) {
        asked.append(key);
        return false;
    };
    const auto refused = GitSync::fetch(*clone, remote);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("ssh.hostkey.unknown"));
    QCOMPARE(asked.size(), 3);
    QCOMPARE(readFile(m_knownHosts), before);
}

void TestGitOpenSsh::trustAlwaysRecordsTheKeyAsSshWould_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::newRow("HashKnownHosts yes") << true;
    QTest::newRow("HashKnownHosts no") << false;
}

void TestGitOpenSsh::trustAlwaysRecordsTheKeyAsSshWould()
{
    QFETCH(bool, hashed);
    const QByteArray before = otherHostsOnly(m_knownHosts);
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519")),
                                           QStringLiteral("-o"),
                                           hashed ? QStringLiteral("HashKnownHosts=yes") : QStringLiteral("HashKnownHosts=no")});
    int asked = 0;
    remote.trustUnknownHost = [&asked](const SshHostKey&) {
        ++asked;
        return true;
    };
    remote.rememberTrustedHost = [](const SshHostKey&) { return true; }; // Trust Always
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(asked, 1);

    const QByteArray after = readFile(m_knownHosts);
    QVERIFY(after.startsWith(before));
    const QList<QByteArray> added = after.mid(before.size()).trimmed().split('\n');
    QCOMPARE(added.size(), 1);
    const QByteArray hostPublicKey = readFile(m_server->hostPublicKeyFile()).split(' ').value(1);
    QVERIFY2(added.first().endsWith(QByteArray("ssh-ed25519 " + hostPublicKey)), added.first().constData());
    const QByteArray name = "[127.0.0.1]:" + QByteArray::number(m_server->port());
    if (hashed)
        QVERIFY2(added.first().startsWith("|1|") && !added.first().contains(name), added.first().constData());
    else
        QVERIFY2(added.first().startsWith(QByteArray(name + ' ')), added.first().constData());
    // ssh-keygen finds it under the host's name, as it would an entry ssh wrote itself.
    QProcess lookup;
    lookup.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QString::fromLatin1(name), QStringLiteral("-f"), m_knownHosts});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);

    // Known now: neither transport asks again.
    VERIFY_OK(GitSync::fetch(*clone, remote));
    GitRemoteCallbacks builtIn = remote;
    builtIn.sshTransport = GitRemoteCallbacks::SshTransport::Libssh2;
    builtIn.credentials = [this](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        return GitCredential{GitCredential::Kind::SshKeyFile, request.username, {}, m_work->filePath(QStringLiteral("id_ed25519")), {}};
    };
    VERIFY_OK(GitSync::fetch(*clone, builtIn));
    QCOMPARE(asked, 1);
    QCOMPARE(readFile(m_knownHosts), after);
}

void TestGitOpenSsh::withoutAKnownHostsFileTheUsersSshConfigNamesIt()
{
    // No knownHostsFile: the transport asks `ssh -G` which files the user's configuration names (here an -o option
    // standing in for ~/.ssh/config), and records a key trusted always in the first of them.
    const QString userFile = m_work->filePath(QStringLiteral("my known hosts"));
    const QByteArray before = otherHostsOnly(userFile);
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519")),
                                           QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=\"%1\"").arg(userFile)});
    remote.knownHostsFile.clear();
    int asked = 0;
    remote.trustUnknownHost = [&asked](const SshHostKey&) {
        ++asked;
        return true;
    };
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(asked, 1);
    const QByteArray after = readFile(userFile);
    QVERIFY(after.startsWith(before));
    QVERIFY(after.size() > before.size());
    VERIFY_OK(GitSync::fetch(*clone, remote));
    QCOMPARE(asked, 1);
}

void TestGitOpenSsh::aChangedKeyIsRefusedAfterTrustAlways()
{
    otherHostsOnly(m_knownHosts);
    const QString bare = serverRepository(QStringLiteral("platform"));
    QVERIFY(!bare.isEmpty());
    GitRemoteCallbacks remote = callbacks({QStringLiteral("-i"), m_work->filePath(QStringLiteral("id_ed25519"))});
    int asked = 0;
    remote.trustUnknownHost = [&asked](const SshHostKey&) {
        ++asked;
        return true;
    };
    auto clone = GitSync::clone(m_server->url(bare), m_work->filePath(QStringLiteral("clone")), remote);
    VERIFY_OK(clone);
    QCOMPARE(asked, 1);

    m_server->stop();
    QVERIFY(m_server->regenerateHostKey());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    const QByteArray knownBefore = readFile(m_knownHosts);
    const auto refused = GitSync::fetch(*clone, remote);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("ssh.hostkey.changed"));
    QCOMPARE(asked, 1);
    QCOMPARE(readFile(m_knownHosts), knownBefore);
}

int main(int argc, char** argv)
{
    // ssh runs this executable as its askpass helper, as it runs `fleetdesk --askpass` in the app.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestGitOpenSsh test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitopenssh.moc"
