#include "git/GitCredentialHelper.h"
#include "git/GitRepository.h"
#include "git/GitSync.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

QString secretText(const GitCredential& credential)
{
    return QString::fromUtf8(credential.secret.chars(), qsizetype(credential.secret.size()));
}

} // namespace

class TestGitCredentialHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void storeHelperIsReadWithoutRunningGit();
    void storeHelperReadsWhatGitItselfStored();
    void cacheHelperIsAskedThroughTheHelperProtocol();
    void helperScopedToAnUrlAppliesOnlyThere();
    void emptyHelperValueResetsTheList();
    void pushUsesTheStoredCredentialWithoutAsking();

private:
    void writeGlobalConfig(const QByteArray& extra);
    void writeFile(const QString& path, const QByteArray& content);

    std::unique_ptr<GitTestHome> m_home;
};

void TestGitCredentialHelper::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestGitCredentialHelper::init()
{
    QFile::remove(m_home->path() + QStringLiteral("/.git-credentials"));
    writeGlobalConfig({});
}

void TestGitCredentialHelper::cleanupTestCase()
{
    m_home.reset();
}

void TestGitCredentialHelper::writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TestGitCredentialHelper::writeGlobalConfig(const QByteArray& extra)
{
    writeFile(m_home->path() + QStringLiteral("/.gitconfig"), GitTestHome::defaultConfig() + extra);
}

void TestGitCredentialHelper::storeHelperIsReadWithoutRunningGit()
{
    writeGlobalConfig("[credential]\n\thelper = store\n");
    writeFile(m_home->path() + QStringLiteral("/.git-credentials"),
              "https://someone:else@other.example.test\nhttps://deployer:p%40ss%2Fword@git.example.test:8443\n");
    const auto found = GitCredentialHelper::fill(nullptr, QStringLiteral("https://git.example.test:8443/tenants/acme.git"));
    QVERIFY(found);
    QCOMPARE(found->kind, GitCredential::Kind::UserPassword);
    QCOMPARE(found->username, QStringLiteral("deployer"));
    QCOMPARE(secretText(*found), QStringLiteral("p@ss/word"));
    QVERIFY(!GitCredentialHelper::fill(nullptr, QStringLiteral("https://git.example.test/x.git")));
    QVERIFY(!GitCredentialHelper::fill(nullptr, QStringLiteral("http://git.example.test:8443/x.git")));
    QVERIFY(!GitCredentialHelper::fill(nullptr, QStringLiteral("https://git.example.test:8443/x.git"), QStringLiteral("bob")));
}

void TestGitCredentialHelper::storeHelperReadsWhatGitItselfStored()
{
    writeGlobalConfig("[credential]\n\thelper = store\n");
    const auto approved = GitCli::run(m_home->path(), {QStringLiteral("credential"), QStringLiteral("approve")},
                                      "protocol=https\nhost=git.example.test\nusername=ci bot\npassword=t0k:en with space\n\n");
    QVERIFY2(approved.ok(), approved.err.constData());
    const auto found = GitCredentialHelper::fill(nullptr, QStringLiteral("https://git.example.test/platform.git"));
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("ci bot"));
    QCOMPARE(secretText(*found), QStringLiteral("t0k:en with space"));
}

void TestGitCredentialHelper::cacheHelperIsAskedThroughTheHelperProtocol()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("cache.sock"));
    writeGlobalConfig("[credential]\n\thelper = cache --timeout=120 --socket=" + QFile::encodeName(socket) + "\n");
    const auto stopCache = qScopeGuard([&socket] {
        QProcess::execute(QStringLiteral("git"), {QStringLiteral("credential-cache"), QStringLiteral("--socket"), socket,
                                                  QStringLiteral("exit")});
    });
    QVERIFY(!GitCredentialHelper::fill(nullptr, QStringLiteral("https://cache.example.test/a.git")));
    GitCredential credential{GitCredential::Kind::UserPassword, QStringLiteral("cached-user"),
                             SecureBuffer::fromString("cached-secret"), {}, {}};
    GitCredentialHelper::approve(nullptr, QStringLiteral("https://cache.example.test/a.git"), credential);
    const auto found = GitCredentialHelper::fill(nullptr, QStringLiteral("https://cache.example.test/b.git"));
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("cached-user"));
    QCOMPARE(secretText(*found), QStringLiteral("cached-secret"));
}

void TestGitCredentialHelper::helperScopedToAnUrlAppliesOnlyThere()
{
    writeGlobalConfig("[credential \"https://scoped.example.test\"]\n"
                      "\thelper = \"!f() { test \\\"$1\\\" = get && echo username=scoped && echo password=from-shell; }; f\"\n");
    QCOMPARE(GitCredentialHelper::helpersFor(nullptr, QStringLiteral("https://other.example.test/x.git")), QStringList());
    const auto found = GitCredentialHelper::fill(nullptr, QStringLiteral("https://scoped.example.test/x.git"));
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("scoped"));
    QCOMPARE(secretText(*found), QStringLiteral("from-shell"));
}

void TestGitCredentialHelper::emptyHelperValueResetsTheList()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    writeGlobalConfig("[credential]\n\thelper = store\n");
    QCOMPARE(GitCredentialHelper::helpersFor(repository->handle(), QStringLiteral("https://x.test/a.git")),
             QStringList{QStringLiteral("store")});
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("--add"), QStringLiteral("credential.helper"), QString()}).ok());
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("--add"), QStringLiteral("credential.helper"), QStringLiteral("cache")}).ok());
    QCOMPARE(GitCredentialHelper::helpersFor(repository->handle(), QStringLiteral("https://x.test/a.git")),
             QStringList{QStringLiteral("cache")});
}

void TestGitCredentialHelper::pushUsesTheStoredCredentialWithoutAsking()
{
    GitHttpServer server({QStringLiteral("deployer"), QStringLiteral("stored-token"), {}, {}});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createRepository(QStringLiteral("platform")));
    const QString url = server.url(QStringLiteral("platform"));
    writeGlobalConfig("[credential]\n\thelper = store\n");
    writeFile(m_home->path() + QStringLiteral("/.git-credentials"),
              url.section(QLatin1Char('/'), 0, 2).replace(QStringLiteral("http://"), QStringLiteral("http://deployer:stored-token@")).toUtf8()
                  + "\n");

    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    const auto commit = repository->commitStaged(QStringLiteral("Stored"));
    QVERIFY(commit);
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}).ok());
    GitRemoteCallbacks callbacks;
    int asked = 0;
    callbacks.credentials = [&asked](const GitCredentialRequest&) -> std::optional<GitCredential> {
        ++asked;
        return std::nullopt;
    };
    const auto pushed = GitSync::push(*repository, callbacks);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(asked, 0);
    QCOMPARE(GitCli::output(server.repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);

    // With helpers turned off, the callback is asked (and has no answer).
    callbacks.useCredentialHelpers = false;
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Asked")));
    const auto refused = GitSync::push(*repository, callbacks);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("git.credentials.required"));
    QCOMPARE(asked, 1);
}

QTEST_GUILESS_MAIN(TestGitCredentialHelper)
#include "tst_gitcredentialhelper.moc"
