#include "git/GitRepository.h"
#include "git/GitSync.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

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

const QString user = QStringLiteral("operator");
const QString password = QStringLiteral("s3cret-token-7f2a");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeExecutable(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

GitRemoteCallbacks basicAuth(const QString& name = user, const QString& secret = password)
{
    GitRemoteCallbacks callbacks;
    callbacks.credentials = [name, secret](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        if (!request.userPassword)
            return std::nullopt;
        return GitCredential{GitCredential::Kind::UserPassword, name, SecureBuffer::fromView(secret.toUtf8()), {}, {}};
    };
    return callbacks;
}

} // namespace

class TestGitSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void cloneCommitAndPushWithBasicAuthReportsProgress();
    void wrongPasswordFailsWithoutShowingIt();
    void missingCredentialsFailWithATypedError();
    void cancelStopsAClone();
    void pullFastForwardsAndRebasesLocalCommits();
    void twoClonesPushConcurrentlyAndTheLoserRebases();
    void conflictingChangeStopsAndAbortRestoresTheExactState();
    void resolvedConflictContinuesAndPushes();
    void hookRejectionShowsTheServerMessage();
    void serverKilledMidPushLosesNothingAndARetrySucceeds();
    void redactionRemovesUserInformationFromUrls();

private:
    /// Seeds the server's repository NAME with one commit and returns a clone of it in `dir`.
    std::optional<GitRepository> seedAndClone(const QString& name, const QString& dir);

    std::unique_ptr<GitTestHome> m_home;
    std::unique_ptr<GitHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestGitSync::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestGitSync::init()
{
    m_server = std::make_unique<GitHttpServer>(GitHttpServer::Options{user, password, {}, {}});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void TestGitSync::cleanup()
{
    m_server.reset();
    m_work.reset();
}

void TestGitSync::cleanupTestCase()
{
    m_home.reset();
}

std::optional<GitRepository> TestGitSync::seedAndClone(const QString& name, const QString& dir)
{
    if (!QFileInfo::exists(m_server->repositoryPath(name))) {
        if (!m_server->createRepository(name))
            return std::nullopt;
        const QString seed = m_work->filePath(name + QStringLiteral("-seed"));
        auto repository = GitRepository::init(seed);
        if (!repository || !repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n")
            || !repository->writeFile(QStringLiteral("b.yaml"), "b: 1\n") || !repository->stageAll()
            || !repository->commitStaged(QStringLiteral("Seed")))
            return std::nullopt;
        if (!GitCli::run(seed, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), m_server->url(name)}).ok())
            return std::nullopt;
        auto pushed = GitSync::push(*repository, basicAuth());
        if (!pushed) {
            qWarning() << errorText(pushed.error());
            return std::nullopt;
        }
    }
    auto cloned = GitSync::clone(m_server->url(name), dir, basicAuth());
    if (!cloned) {
        qWarning() << errorText(cloned.error());
        return std::nullopt;
    }
    return std::move(*cloned);
}

void TestGitSync::cloneCommitAndPushWithBasicAuthReportsProgress()
{
    auto clone = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("clone")));
    QVERIFY(clone);
    QCOMPARE(readFile(m_work->filePath(QStringLiteral("clone/a.yaml"))), QByteArray("a: 1\n"));
    const auto status = clone->status();
    VERIFY_OK(status);
    QCOMPARE(status->upstream, QStringLiteral("origin/main"));

    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Bump a"));
    VERIFY_OK(commit);
    QCOMPARE(clone->status()->ahead, 1);

    GitRemoteCallbacks callbacks = basicAuth();
    int progressCalls = 0;
    GitTransferProgress last;
    callbacks.progress = [&](const GitTransferProgress& progress) {
        ++progressCalls;
        last = progress;
    };
    const auto pushed = GitSync::push(*clone, callbacks);
    VERIFY_OK(pushed);
    QCOMPARE(pushed->attempts, 1);
    QVERIFY(progressCalls > 0);
    QVERIFY(last.totalToSend > 0);
    QCOMPARE(last.sentObjects, last.totalToSend);
    QCOMPARE(GitCli::output(m_server->repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);
    QCOMPARE(clone->status()->ahead, 0);
}

void TestGitSync::wrongPasswordFailsWithoutShowingIt()
{
    QVERIFY(seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("first"))));
    const QString wrong = QStringLiteral("wrong-password-91c");
    GitRemoteCallbacks callbacks = basicAuth(user, wrong);
    int asked = 0;
    auto inner = callbacks.credentials;
    callbacks.credentials = [&](const GitCredentialRequest& request) {
        ++asked;
        return inner(request);
    };
    const QString urlWithSecret = m_server->url(QStringLiteral("platform"))
                                      .replace(QStringLiteral("http://"), QStringLiteral("http://%1:%2@").arg(user, wrong));
    const auto cloned = GitSync::clone(urlWithSecret, m_work->filePath(QStringLiteral("second")), callbacks);
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().code, QStringLiteral("git.credentials.refused"));
    QCOMPARE(asked, 3);
    QVERIFY2(!cloned.error().message.contains(wrong), qPrintable(cloned.error().message));
    QVERIFY2(!cloned.error().message.contains(user + QLatin1Char('@')), qPrintable(cloned.error().message));
    QVERIFY(!QFileInfo::exists(m_work->filePath(QStringLiteral("second/.git"))));
}

void TestGitSync::missingCredentialsFailWithATypedError()
{
    QVERIFY(seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("first"))));
    const auto cloned = GitSync::clone(m_server->url(QStringLiteral("platform")), m_work->filePath(QStringLiteral("second")), {});
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().code, QStringLiteral("git.credentials.required"));
}

void TestGitSync::cancelStopsAClone()
{
    QVERIFY(seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("first"))));
    GitRemoteCallbacks callbacks = basicAuth();
    callbacks.isCancelled = [] { return true; };
    const auto cloned = GitSync::clone(m_server->url(QStringLiteral("platform")), m_work->filePath(QStringLiteral("second")), callbacks);
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().code, QStringLiteral("git.cancelled"));
}

void TestGitSync::pullFastForwardsAndRebasesLocalCommits()
{
    auto ours = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("ours")));
    auto theirs = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("theirs")));
    QVERIFY(ours && theirs);
    auto pulled = GitSync::pull(*ours, basicAuth());
    VERIFY_OK(pulled);
    QCOMPARE(pulled->outcome, GitPullResult::Outcome::UpToDate);

    QVERIFY(theirs->writeFile(QStringLiteral("b.yaml"), "b: theirs\n"));
    VERIFY_OK(theirs->stage({QStringLiteral("b.yaml")}));
    VERIFY_OK(theirs->commitStaged(QStringLiteral("Theirs 1")));
    VERIFY_OK(GitSync::push(*theirs, basicAuth()));
    pulled = GitSync::pull(*ours, basicAuth());
    VERIFY_OK(pulled);
    QCOMPARE(pulled->outcome, GitPullResult::Outcome::FastForward);
    QCOMPARE(readFile(m_work->filePath(QStringLiteral("ours/b.yaml"))), QByteArray("b: theirs\n"));
    QCOMPARE(ours->headCommitId().value_or(QString()), theirs->headCommitId().value_or(QStringLiteral("x")));

    QVERIFY(theirs->writeFile(QStringLiteral("b.yaml"), "b: theirs again\n"));
    VERIFY_OK(theirs->stage({QStringLiteral("b.yaml")}));
    VERIFY_OK(theirs->commitStaged(QStringLiteral("Theirs 2")));
    VERIFY_OK(GitSync::push(*theirs, basicAuth()));
    QVERIFY(ours->writeFile(QStringLiteral("a.yaml"), "a: ours\n"));
    VERIFY_OK(ours->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(ours->commitStaged(QStringLiteral("Ours 1")));
    QVERIFY(ours->writeFile(QStringLiteral("untracked.txt"), "stays\n"));
    pulled = GitSync::pull(*ours, basicAuth());
    VERIFY_OK(pulled);
    QCOMPARE(pulled->outcome, GitPullResult::Outcome::Rebased);
    const QString oursPath = m_work->filePath(QStringLiteral("ours"));
    QCOMPARE(GitCli::output(oursPath, {QStringLiteral("log"), QStringLiteral("--format=%s")}),
             QStringLiteral("Ours 1\nTheirs 2\nTheirs 1\nSeed"));
    QCOMPARE(readFile(oursPath + QStringLiteral("/b.yaml")), QByteArray("b: theirs again\n"));
    QCOMPARE(readFile(oursPath + QStringLiteral("/a.yaml")), QByteArray("a: ours\n"));
    QCOMPARE(ours->status()->ahead, 1);
    QCOMPARE(ours->status()->behind, 0);
    QCOMPARE(GitCli::output(oursPath, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QStringLiteral("?? untracked.txt"));
}

void TestGitSync::twoClonesPushConcurrentlyAndTheLoserRebases()
{
    auto first = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("first")));
    auto second = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("second")));
    QVERIFY(first && second);
    QVERIFY(first->writeFile(QStringLiteral("a.yaml"), "a: first\n"));
    VERIFY_OK(first->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(first->commitStaged(QStringLiteral("From the first clone")));
    QVERIFY(second->writeFile(QStringLiteral("b.yaml"), "b: second\n"));
    VERIFY_OK(second->stage({QStringLiteral("b.yaml")}));
    VERIFY_OK(second->commitStaged(QStringLiteral("From the second clone")));

    // Each clone pushes from its own thread, as two engine threads would; each repository stays on one thread.
    Result<GitPushResult> firstResult = makeError(QStringLiteral("not run"));
    Result<GitPushResult> secondResult = makeError(QStringLiteral("not run"));
    std::atomic<int> ready = 0;
    auto run = [&ready](const GitRepository& repository, Result<GitPushResult>& result) {
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        result = GitSync::push(repository, basicAuth());
    };
    std::thread firstThread(run, std::cref(*first), std::ref(firstResult));
    std::thread secondThread(run, std::cref(*second), std::ref(secondResult));
    firstThread.join();
    secondThread.join();
    VERIFY_OK(firstResult);
    VERIFY_OK(secondResult);
    QCOMPARE(firstResult->attempts + secondResult->attempts, 3); // one went through at once, the other retried
    QVERIFY(firstResult->rebased != secondResult->rebased);

    const QString server = m_server->repositoryPath(QStringLiteral("platform"));
    const QStringList subjects =
        GitCli::output(server, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}).split(QLatin1Char('\n'));
    QCOMPARE(subjects.size(), 3);
    QVERIFY(subjects.contains(QStringLiteral("From the first clone")));
    QVERIFY(subjects.contains(QStringLiteral("From the second clone")));
    QCOMPARE(GitCli::output(server, {QStringLiteral("show"), QStringLiteral("main:a.yaml")}), QStringLiteral("a: first"));
    QCOMPARE(GitCli::output(server, {QStringLiteral("show"), QStringLiteral("main:b.yaml")}), QStringLiteral("b: second"));
}

void TestGitSync::conflictingChangeStopsAndAbortRestoresTheExactState()
{
    auto ours = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("ours")));
    auto theirs = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("theirs")));
    QVERIFY(ours && theirs);
    QVERIFY(theirs->writeFile(QStringLiteral("a.yaml"), "a: theirs\n"));
    VERIFY_OK(theirs->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(theirs->commitStaged(QStringLiteral("Theirs")));
    VERIFY_OK(GitSync::push(*theirs, basicAuth()));

    const QString path = m_work->filePath(QStringLiteral("ours"));
    QVERIFY(ours->writeFile(QStringLiteral("a.yaml"), "a: ours\n"));
    VERIFY_OK(ours->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(ours->commitStaged(QStringLiteral("Ours")));
    QVERIFY(ours->writeFile(QStringLiteral("notes.txt"), "untracked work\n"));
    QVERIFY(ours->writeFile(QStringLiteral("b.yaml"), "b: 1\n")); // unchanged content, rewritten: stat differs
    const QString headBefore = GitCli::output(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const QString indexBefore = GitCli::output(path, {QStringLiteral("ls-files"), QStringLiteral("-s")});
    const QString statusBefore = GitCli::output(path, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")});
    const QString symbolicBefore = GitCli::output(path, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")});

    const auto pushed = GitSync::push(*ours, basicAuth());
    VERIFY_OK(pushed);
    QVERIFY(pushed->conflicted);
    QCOMPARE(pushed->conflictedFiles, QStringList{QStringLiteral("a.yaml")});
    const auto status = ours->status();
    VERIFY_OK(status);
    QVERIFY(status->rebaseInProgress);
    QCOMPARE(status->conflictedPaths(), QStringList{QStringLiteral("a.yaml")});
    QVERIFY(readFile(path + QStringLiteral("/a.yaml")).contains("<<<<<<<"));
    // Nothing reached the server.
    QCOMPARE(GitCli::output(m_server->repositoryPath(QStringLiteral("platform")), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}),
             QStringLiteral("Theirs"));

    VERIFY_OK(GitSync::abortRebase(*ours));
    QCOMPARE(GitCli::output(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), headBefore);
    QCOMPARE(GitCli::output(path, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}), symbolicBefore);
    QCOMPARE(GitCli::output(path, {QStringLiteral("ls-files"), QStringLiteral("-s")}), indexBefore);
    QCOMPARE(GitCli::output(path, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")}), statusBefore);
    QCOMPARE(readFile(path + QStringLiteral("/a.yaml")), QByteArray("a: ours\n"));
    QCOMPARE(readFile(path + QStringLiteral("/notes.txt")), QByteArray("untracked work\n"));
    QVERIFY(!ours->status()->rebaseInProgress);
    QVERIFY(GitCli::run(path, {QStringLiteral("fsck"), QStringLiteral("--strict")}).ok());
}

void TestGitSync::resolvedConflictContinuesAndPushes()
{
    auto ours = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("ours")));
    auto theirs = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("theirs")));
    QVERIFY(ours && theirs);
    QVERIFY(theirs->writeFile(QStringLiteral("a.yaml"), "a: theirs\n"));
    VERIFY_OK(theirs->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(theirs->commitStaged(QStringLiteral("Theirs")));
    VERIFY_OK(GitSync::push(*theirs, basicAuth()));
    QVERIFY(ours->writeFile(QStringLiteral("a.yaml"), "a: ours\n"));
    VERIFY_OK(ours->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(ours->commitStaged(QStringLiteral("Ours")));

    const auto pulled = GitSync::pull(*ours, basicAuth());
    VERIFY_OK(pulled);
    QCOMPARE(pulled->outcome, GitPullResult::Outcome::Conflicted);
    QVERIFY(ours->writeFile(QStringLiteral("a.yaml"), "a: both\n"));
    VERIFY_OK(ours->stage({QStringLiteral("a.yaml")}));
    const auto continued = GitSync::continueRebase(*ours);
    VERIFY_OK(continued);
    QCOMPARE(continued->outcome, GitPullResult::Outcome::Rebased);
    VERIFY_OK(GitSync::push(*ours, basicAuth()));
    QCOMPARE(GitCli::output(m_server->repositoryPath(QStringLiteral("platform")), {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
             QStringLiteral("Ours\nTheirs\nSeed"));
}

void TestGitSync::hookRejectionShowsTheServerMessage()
{
    auto clone = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("clone")));
    QVERIFY(clone);
    QVERIFY(writeExecutable(m_server->repositoryPath(QStringLiteral("platform")) + QStringLiteral("/hooks/pre-receive"),
                            "#!/bin/sh\necho 'Branch protection: main needs a reviewed merge request' >&2\nexit 1\n"));
    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: direct\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(clone->commitStaged(QStringLiteral("Direct to main")));
    const auto pushed = GitSync::push(*clone, basicAuth());
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, QStringLiteral("git.push.rejected"));
    QVERIFY2(pushed.error().message.contains(QLatin1String("Branch protection: main needs a reviewed merge request")),
             qPrintable(pushed.error().message));
    QVERIFY2(pushed.error().message.contains(QLatin1String("pre-receive hook declined")), qPrintable(pushed.error().message));
    QCOMPARE(clone->status()->ahead, 1); // the local commit is kept
}

void TestGitSync::serverKilledMidPushLosesNothingAndARetrySucceeds()
{
    auto clone = seedAndClone(QStringLiteral("platform"), m_work->filePath(QStringLiteral("clone")));
    QVERIFY(clone);
    const QString server = m_server->repositoryPath(QStringLiteral("platform"));
    const QString marker = m_work->filePath(QStringLiteral("push-arrived"));
    // The first push parks in the hook until the server is killed; later pushes go through.
    QVERIFY(writeExecutable(server + QStringLiteral("/hooks/pre-receive"),
                            QStringLiteral("#!/bin/sh\nif [ ! -e '%1' ]; then touch '%1'; sleep 60; exit 1; fi\nexit 0\n")
                                .arg(marker).toUtf8()));
    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: survives\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Survives a crash"));
    VERIFY_OK(commit);

    Result<GitPushResult> interrupted = makeError(QStringLiteral("not run"));
    std::thread pusher([&] { interrupted = GitSync::push(*clone, basicAuth()); });
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 30000);
    m_server->kill();
    pusher.join();
    QVERIFY(!interrupted);

    const QString path = m_work->filePath(QStringLiteral("clone"));
    const auto fsck = GitCli::run(path, {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-dangling")});
    QVERIFY2(fsck.ok(), fsck.err.constData());
    QCOMPARE(GitCli::output(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), *commit);
    QCOMPARE(GitCli::output(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());

    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    const auto retried = GitSync::push(*clone, basicAuth());
    VERIFY_OK(retried);
    QCOMPARE(GitCli::output(server, {QStringLiteral("rev-parse"), QStringLiteral("main")}), *commit);
}

void TestGitSync::redactionRemovesUserInformationFromUrls()
{
    QCOMPARE(GitSync::redactCredentials(QStringLiteral("cannot fetch https://bob:tok3n@git.example.test/x.git: 401")),
             QStringLiteral("cannot fetch https://git.example.test/x.git: 401"));
    QCOMPARE(GitSync::redactCredentials(QStringLiteral("http://ghp_abc123@127.0.0.1:8080/x.git")),
             QStringLiteral("http://127.0.0.1:8080/x.git"));
    QCOMPARE(GitSync::redactCredentials(QStringLiteral("ssh://git:pw@host/x.git and ssh://git@host/y.git")),
             QStringLiteral("ssh://git@host/x.git and ssh://git@host/y.git"));
}

QTEST_GUILESS_MAIN(TestGitSync)
#include "tst_gitsync.moc"
