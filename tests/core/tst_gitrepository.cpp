#include "git/GitError.h"
#include "git/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fleetdesk;

namespace {

QString git(const QString& repository, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repository} + args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("<git failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

GitSignature signature(int hour)
{
    return {QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.test"),
            QDateTime(QDate(2024, 1, 2), QTime(hour, 0), QTimeZone(3600))};
}

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initCreatesAnUnbornBranchWithTheGivenName();
    void initRefusesAnExistingRepository();
    void openReportsAMissingRepositoryWithTheLibgit2ClassAndCode();
    void commitsChainOnTheCurrentBranchWithTheGivenSignature();
    void stageAllRecordsNewChangedAndRemovedFiles();
    void writeFileRefusesPathsOutsideTheWorkTree_data();
    void writeFileRefusesPathsOutsideTheWorkTree();
    void repositoryCanBeMovedAndStaysUsable();
};

void TestGitRepository::initCreatesAnUnbornBranchWithTheGivenName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/repo"));
    auto repository = GitRepository::init(path, QStringLiteral("trunk"));
    QVERIFY2(repository.has_value(), qPrintable(repository ? QString() : repository.error().toString()));

    QCOMPARE(QDir(repository->workdir()).canonicalPath(), QDir(path).canonicalPath());
    QCOMPARE(repository->currentBranch().value_or(QString()), QStringLiteral("trunk"));
    QCOMPARE(repository->commitCount().value_or(-1), 0);
    const auto head = repository->headCommitId();
    QVERIFY(!head.has_value());
    QVERIFY2(head.error().code.startsWith(QLatin1String("git.")), qPrintable(head.error().code));
}

void TestGitRepository::initRefusesAnExistingRepository()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(GitRepository::init(dir.path()).has_value());
    const auto again = GitRepository::init(dir.path());
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, QStringLiteral("git.repository.-4")); // GIT_ERROR_REPOSITORY, GIT_EEXISTS
    QVERIFY2(again.error().message.contains(QDir::toNativeSeparators(dir.path())), qPrintable(again.error().message));
}

void TestGitRepository::openReportsAMissingRepositoryWithTheLibgit2ClassAndCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto opened = GitRepository::open(dir.path());
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, QStringLiteral("git.repository.-3")); // GIT_ERROR_REPOSITORY, GIT_ENOTFOUND
    QVERIFY(!opened.error().message.isEmpty());

    QCOMPARE(GitError::className(4), QStringLiteral("reference"));
    QCOMPARE(GitError::className(999), QStringLiteral("999"));
}

void TestGitRepository::commitsChainOnTheCurrentBranchWithTheGivenSignature()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository.has_value());

    QVERIFY(repository->writeFile(QStringLiteral("a/b.yaml"), "kind: ConfigMap\n").has_value());
    QVERIFY(repository->stageAll().has_value());
    const auto first = repository->commit(QStringLiteral("First"), signature(9));
    QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(repository->writeFile(QStringLiteral("c.txt"), "two\n").has_value());
    QVERIFY(repository->stageAll().has_value());
    const auto second = repository->commit(QStringLiteral("Second"), signature(10));
    QVERIFY(second.has_value());

    QCOMPARE(repository->commitCount().value_or(-1), 2);
    QCOMPARE(repository->headCommitId().value_or(QString()), *second);
    QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), *first);
    QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}),
             repository->headTreeId().value_or(QString()));
    QCOMPARE(git(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae> %ad %s"),
                              QStringLiteral("--date=iso-strict")}),
             QStringLiteral("Ada Lovelace <ada@example.test> 2024-01-02T10:00:00+01:00 Second"));
    QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")}),
             QStringLiteral("main"));
}

void TestGitRepository::stageAllRecordsNewChangedAndRemovedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository.has_value());
    QVERIFY(repository->writeFile(QStringLiteral("keep.yaml"), "a: 1\n").has_value());
    QVERIFY(repository->writeFile(QStringLiteral("gone.yaml"), "b: 1\n").has_value());
    QVERIFY(repository->stageAll().has_value());
    QVERIFY(repository->commit(QStringLiteral("Start"), signature(9)).has_value());

    QVERIFY(repository->writeFile(QStringLiteral("keep.yaml"), "a: 2\n").has_value());
    QVERIFY(repository->writeFile(QStringLiteral("new/file.yaml"), "c: 1\n").has_value());
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("gone.yaml"))));
    QVERIFY(repository->stageAll().has_value());
    QVERIFY(repository->commit(QStringLiteral("Change"), signature(10)).has_value());

    QCOMPARE(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    QCOMPARE(git(dir.path(), {QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("HEAD~1"),
                              QStringLiteral("HEAD")}),
             QStringLiteral("D\tgone.yaml\nM\tkeep.yaml\nA\tnew/file.yaml"));
}

void TestGitRepository::writeFileRefusesPathsOutsideTheWorkTree_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../outside.yaml");
    QTest::newRow("parent after a folder") << QStringLiteral("a/../../outside.yaml");
    QTest::newRow("absolute") << QStringLiteral("/tmp/outside.yaml");
    QTest::newRow("git directory") << QStringLiteral(".git/config");
    QTest::newRow("empty") << QString();
}

void TestGitRepository::writeFileRefusesPathsOutsideTheWorkTree()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repository = GitRepository::init(dir.filePath(QStringLiteral("repo")));
    QVERIFY(repository.has_value());
    const auto written = repository->writeFile(path, "x: 1\n");
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().code, QStringLiteral("git.path"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outside.yaml"))));
}

void TestGitRepository::repositoryCanBeMovedAndStaysUsable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = GitRepository::init(dir.path());
    QVERIFY(created.has_value());
    GitRepository repository = std::move(*created);
    QVERIFY(repository.writeFile(QStringLiteral("a.yaml"), "a: 1\n").has_value());
    QVERIFY(repository.stageAll().has_value());
    QVERIFY(repository.commit(QStringLiteral("Moved"), signature(9)).has_value());
    QCOMPARE(repository.commitCount().value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
