#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "git/OpenSshTransport.h"
#include "git/SshAskpass.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"
#include "SshServer.h"

#include <QFile>
#include <QProcess>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

/// A SecretStore in memory, standing in for the keychain (tst_keychainsecretstore covers the real one).
class MemorySecretStore : public SecretStore
{
public:
    Result<void> write(const QString& key, const SecureBuffer& secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Result<std::optional<SecureBuffer>> read(const QString& key) override
    {
        if (!m_secrets.contains(key))
            return std::optional<SecureBuffer>();
        return std::optional<SecureBuffer>(m_secrets.value(key));
    }
    Result<void> remove(const QString& key) override
    {
        m_secrets.remove(key);
        return {};
    }
    QHash<QString, SecureBuffer> m_secrets;
};

GitOperationResult lastResult(const QSignalSpy& spy)
{
    return spy.isEmpty() ? GitOperationResult() : spy.last().at(0).value<GitOperationResult>();
}

} // namespace

class TestGitWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cloneReportsAndRefreshesTheNewRepository();
    void missingCredentialsAreAskedForThenRememberedForTheRetry();
    void conflictDuringPullIsReportedAndAbortRestores();
    void trustOnceAnswersOneOperationAndTrustAlwaysRecordsTheKey();

private:
    std::unique_ptr<GitTestHome> m_home;
};

void TestGitWorker::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestGitWorker::cleanupTestCase()
{
    m_home.reset();
}

void TestGitWorker::cloneReportsAndRefreshesTheNewRepository()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    auto repository = GitRepository::init(source);
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));

    GitWorker worker;
    QSignalSpy results(&worker, &GitWorker::operationFinished);
    QSignalSpy changes(&worker, &GitWorker::changesReady);
    const QString target = dir.filePath(QStringLiteral("clone"));
    worker.clone(source, target);
    QCOMPARE(results.size(), 1);
    QVERIFY2(lastResult(results).ok(), qPrintable(lastResult(results).message));
    QCOMPARE(lastResult(results).repository, target);
    QCOMPARE(changes.size(), 1);
    const auto cloned = changes.last().at(0).value<GitChanges>();
    QCOMPARE(cloned.status.branch, QStringLiteral("main"));
    QCOMPARE(cloned.status.upstream, QStringLiteral("origin/main"));
    QVERIFY(cloned.status.isClean());
}

void TestGitWorker::missingCredentialsAreAskedForThenRememberedForTheRetry()
{
    GitHttpServer server({QStringLiteral("deployer"), QStringLiteral("tok-123"), {}, {}});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createRepository(QStringLiteral("platform")));
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    const auto commit = repository->commitStaged(QStringLiteral("Start"));
    QVERIFY(commit);
    const QString url = server.url(QStringLiteral("platform"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}).ok());

    MemorySecretStore secrets;
    GitWorker worker(&secrets);
    QSignalSpy results(&worker, &GitWorker::operationFinished);
    worker.push(dir.path());
    QCOMPARE(lastResult(results).errorCode, QStringLiteral("git.credentials.required"));
    QCOMPARE(lastResult(results).credentialUrl, url);

    // The UI asks the user, hands the answer over and sends the request again.
    worker.provideCredential(lastResult(results).credentialUrl, QStringLiteral("deployer"), QStringLiteral("tok-123"), true);
    worker.push(dir.path());
    QVERIFY2(lastResult(results).ok(), qPrintable(lastResult(results).message));
    QCOMPARE(GitCli::output(server.repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);
    // Remembered: a new worker (a new session) finds it in the store.
    QCOMPARE(secrets.m_secrets.size(), 1);
    QVERIFY(!secrets.m_secrets.begin().key().contains(QLatin1String("tok-123"))); // the key names the host only
    GitWorker nextSession(&secrets);
    QSignalSpy nextResults(&nextSession, &GitWorker::operationFinished);
    nextSession.pull(dir.path());
    QVERIFY2(lastResult(nextResults).ok(), qPrintable(lastResult(nextResults).message));
}

void TestGitWorker::conflictDuringPullIsReportedAndAbortRestores()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("origin.git"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), bare}).ok());
    const QString ours = dir.filePath(QStringLiteral("ours"));
    auto repository = GitRepository::init(ours);
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    QVERIFY(GitCli::run(ours, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare}).ok());
    QVERIFY(GitCli::run(ours, {QStringLiteral("push"), QStringLiteral("-qu"), QStringLiteral("origin"), QStringLiteral("main")}).ok());
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), bare, theirs}).ok());
    QFile theirFile(theirs + QStringLiteral("/a.yaml"));
    QVERIFY(theirFile.open(QIODevice::WriteOnly));
    theirFile.write("a: theirs\n");
    theirFile.close();
    QVERIFY(GitCli::run(theirs, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Theirs")}).ok());
    QVERIFY(GitCli::run(theirs, {QStringLiteral("push"), QStringLiteral("-q")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: ours\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Ours")));
    const QString head = GitCli::output(ours, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    GitWorker worker;
    QSignalSpy results(&worker, &GitWorker::operationFinished);
    QSignalSpy changes(&worker, &GitWorker::changesReady);
    worker.pull(ours);
    QCOMPARE(lastResult(results).errorCode, QStringLiteral("git.rebase.conflict"));
    QCOMPARE(lastResult(results).conflictedFiles, QStringList{QStringLiteral("a.yaml")});
    QVERIFY(changes.last().at(0).value<GitChanges>().status.rebaseInProgress);
    worker.abortRebase(ours);
    QVERIFY(lastResult(results).ok());
    QVERIFY(!changes.last().at(0).value<GitChanges>().status.rebaseInProgress);
    QCOMPARE(GitCli::output(ours, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(GitCli::output(ours, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
}

void TestGitWorker::trustOnceAnswersOneOperationAndTrustAlwaysRecordsTheKey()
{
    if (!SshServer::isInstalled() || !OpenSshTransport::isAvailable())
        QSKIP("sshd or ssh is missing: install the Debian packages openssh-server and openssh-client");
    SshServer server;
    QTemporaryDir work;
    const QString key = work.filePath(QStringLiteral("id_ed25519"));
    QVERIFY(generateSshKey(key, QStringLiteral("ed25519")));
    QVERIFY(server.authorize(key + QStringLiteral(".pub")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString bare = server.directory() + QStringLiteral("/repos/platform.git");
    QVERIFY(GitCli::run(work.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                      QStringLiteral("--initial-branch=main"), bare})
                .ok());
    const QString clone = work.filePath(QStringLiteral("clone"));
    auto repository = GitRepository::init(clone);
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    QVERIFY(GitCli::run(clone, {QStringLiteral("push"), QStringLiteral("-q"), bare, QStringLiteral("main")}).ok());
    QVERIFY(GitCli::run(clone, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), server.url(bare)}).ok());
    QVERIFY(GitCli::run(clone, {QStringLiteral("fetch"), QStringLiteral("-q"), bare, QStringLiteral("main:refs/remotes/origin/main")}).ok());
    QVERIFY(GitCli::run(clone, {QStringLiteral("branch"), QStringLiteral("-q"), QStringLiteral("--set-upstream-to=origin/main")}).ok());

    const QString knownHosts = work.filePath(QStringLiteral("known_hosts"));
    {
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("git.example.test ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFtXr0V2mBqM6LRrFAn3rpeDmTiNUq1sVBoAG0Gnk1u+\n");
    }
    const auto readKnownHosts = [&knownHosts] {
        QFile file(knownHosts);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = readKnownHosts();
    GitRemoteCallbacks defaults;
    defaults.sshTransport = GitRemoteCallbacks::SshTransport::OpenSsh;
    defaults.knownHostsFile = knownHosts;
    defaults.sshArguments = {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                             QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-i"), key};
    GitWorker worker;
    worker.setRemoteDefaults(defaults);
    QSignalSpy results(&worker, &GitWorker::operationFinished);

    worker.pull(clone);
    QCOMPARE(lastResult(results).errorCode, QStringLiteral("ssh.hostkey.unknown"));
    QVERIFY(lastResult(results).hostKeyPending);
    const QString fingerprint = lastResult(results).hostKeyFingerprint;
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));

    // Trust Once: the operation sent again goes through; nothing is recorded, and the next one asks again.
    worker.approveHostKey(fingerprint, false);
    worker.pull(clone);
    QVERIFY2(lastResult(results).ok(), qPrintable(lastResult(results).message));
    QCOMPARE(readKnownHosts(), before);
    worker.pull(clone);
    QCOMPARE(lastResult(results).errorCode, QStringLiteral("ssh.hostkey.unknown"));
    QCOMPARE(lastResult(results).hostKeyFingerprint, fingerprint);
    QCOMPARE(readKnownHosts(), before);

    // Trust Always: recorded in the user's known_hosts, and not asked again.
    worker.approveHostKey(fingerprint, true);
    worker.pull(clone);
    QVERIFY2(lastResult(results).ok(), qPrintable(lastResult(results).message));
    QVERIFY(readKnownHosts().startsWith(before));
    QVERIFY(readKnownHosts().size() > before.size());
    GitWorker nextSession;
    nextSession.setRemoteDefaults(defaults);
    QSignalSpy nextResults(&nextSession, &GitWorker::operationFinished);
    nextSession.pull(clone);
    QVERIFY2(lastResult(nextResults).ok(), qPrintable(lastResult(nextResults).message));
}

int main(int argc, char** argv)
{
    // ssh runs this executable as its askpass helper, as it runs `fleetdesk --askpass` in the app.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestGitWorker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gitworker.moc"
