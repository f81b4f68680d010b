#include "git/GitRepository.h"

#include "GitCli.h"
#include "GitTestHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
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

QByteArray numbered(int from, int to, const QByteArray& suffix = "\n")
{
    QByteArray text;
    for (int i = from; i <= to; ++i)
        text += "line " + QByteArray::number(i) + suffix;
    return text;
}

/// Twenty lines with changes near lines 2, 10 and 18: three hunks.
QByteArray threeHunkEdit()
{
    QByteArray text;
    for (int i = 1; i <= 20; ++i) {
        if (i == 2)
            text += "line 2 changed\n";
        else if (i == 10)
            text += "inserted before 10\nline 10\n";
        else if (i == 18)
            continue; // removed
        else
            text += "line " + QByteArray::number(i) + "\n";
    }
    return text;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool copyTree(const QString& from, const QString& to)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
}

} // namespace

class TestGitChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusReportsStagedUnstagedAndUntrackedFiles();
    void statusReportsConflictedFiles();
    void statusReportsTheUpstreamAndHowFarApartItIs();
    void statusOfChosenPathsMergesIntoTheFullStatus();
    void unstagedDiffHasHunksWithLineNumbers();
    void stagingOneHunkMatchesGitAddPatch_data();
    void stagingOneHunkMatchesGitAddPatch();
    void unstagingOneHunkMatchesGitResetPatch_data();
    void unstagingOneHunkMatchesGitResetPatch();
    void stagingAStaleHunkFails();
    void stagingWholeFilesMatchesGitAdd();
    void stagingTheHunkOfANewFileAddsIt();
    void commitUsesTheRepositoryIdentityBeforeTheGlobalOne();
    void commitRefusesAnEmptyMessage();
    void amendReplacesTheLastCommitAndKeepsItsAuthor();
    void amendRefusesACommitTheUpstreamHas();
    void discardKeepsTheContentInARecoveryStash_data();
    void discardKeepsTheContentInARecoveryStash();
    void commitIsSignedWithAnSshKeyWhenTheConfigAsks();
    void commitIsSignedWithOpenPgpWhenTheConfigAsks();
    void unsupportedSigningSetupCommitsNothing_data();
    void unsupportedSigningSetupCommitsNothing();

private:
    /// A repository in `dir` with one commit of `files`.
    std::optional<GitRepository> makeRepository(const QString& dir, const QList<QPair<QString, QByteArray>>& files);

    std::unique_ptr<GitTestHome> m_home;
};

void TestGitChanges::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestGitChanges::cleanupTestCase()
{
    m_home.reset();
}

std::optional<GitRepository> TestGitChanges::makeRepository(const QString& dir,
                                                            const QList<QPair<QString, QByteArray>>& files)
{
    auto repository = GitRepository::init(dir);
    if (!repository)
        return std::nullopt;
    for (const auto& [path, content] : files)
        if (!repository->writeFile(path, content))
            return std::nullopt;
    if (!repository->stageAll() || !repository->commitStaged(QStringLiteral("Start")))
        return std::nullopt;
    return std::move(*repository);
}

void TestGitChanges::statusReportsStagedUnstagedAndUntrackedFiles()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"},
                                                  {QStringLiteral("b.yaml"), "b: 1\n"},
                                                  {QStringLiteral("c.yaml"), "c: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 3\n")); // staged and unstaged
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 2\n"));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("c.yaml"))));
    QVERIFY(repository->writeFile(QStringLiteral("new/d.yaml"), "d: 1\n"));

    const auto status = repository->status();
    VERIFY_OK(status);
    QCOMPARE(status->branch, QStringLiteral("main"));
    QVERIFY(status->upstream.isEmpty());
    QCOMPARE(status->stagedPaths(), QStringList{QStringLiteral("a.yaml")});
    QCOMPARE(status->unstagedPaths(), (QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml"),
                                                   QStringLiteral("c.yaml")}));
    QCOMPARE(status->untrackedPaths(), QStringList{QStringLiteral("new/d.yaml")});
    QVERIFY(status->conflictedPaths().isEmpty());
    QCOMPARE(status->files.at(2).unstaged, GitChange::Deleted);
    // The same picture as git's.
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")}),
             QStringLiteral("MM a.yaml\n M b.yaml\n D c.yaml\n?? new/d.yaml"));
}

void TestGitChanges::statusReportsConflictedFiles()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    const QString path = dir.path();
    QVERIFY(GitCli::run(path, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                               QStringLiteral("other")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: other\n"));
    QVERIFY(GitCli::run(path, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("other")}).ok());
    QVERIFY(GitCli::run(path, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: main\n"));
    QVERIFY(GitCli::run(path, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("main")}).ok());
    QVERIFY(!GitCli::run(path, {QStringLiteral("merge"), QStringLiteral("other")}).ok());

    const auto status = repository->status();
    VERIFY_OK(status);
    QCOMPARE(status->conflictedPaths(), QStringList{QStringLiteral("a.yaml")});
    QVERIFY(status->stagedPaths().isEmpty());

    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: resolved\n"));
    VERIFY_OK(repository->stage({QStringLiteral("a.yaml")}));
    QVERIFY(repository->status()->conflictedPaths().isEmpty());
}

void TestGitChanges::statusReportsTheUpstreamAndHowFarApartItIs()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("origin.git"));
    const QString work = dir.filePath(QStringLiteral("work"));
    const QString other = dir.filePath(QStringLiteral("other"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), bare}).ok());
    auto repository = makeRepository(work, {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(GitCli::run(work, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare}).ok());
    QVERIFY(GitCli::run(work, {QStringLiteral("push"), QStringLiteral("-qu"), QStringLiteral("origin"),
                               QStringLiteral("main")}).ok());
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), bare, other}).ok());
    QVERIFY(GitCli::run(other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                                QStringLiteral("-m"), QStringLiteral("theirs")}).ok());
    QVERIFY(GitCli::run(other, {QStringLiteral("push"), QStringLiteral("-q")}).ok());
    for (int i = 0; i < 2; ++i) {
        QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: " + QByteArray::number(i + 2) + "\n"));
        QVERIFY(repository->stageAll());
        VERIFY_OK(repository->commitStaged(QStringLiteral("ours %1").arg(i)));
    }
    QVERIFY(GitCli::run(work, {QStringLiteral("fetch"), QStringLiteral("-q")}).ok());

    const auto status = repository->status();
    VERIFY_OK(status);
    QCOMPARE(status->upstream, QStringLiteral("origin/main"));
    QCOMPARE(status->ahead, 2);
    QCOMPARE(status->behind, 1);
    QVERIFY(status->isClean());
}

void TestGitChanges::statusOfChosenPathsMergesIntoTheFullStatus()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"},
                                                  {QStringLiteral("b.yaml"), "b: 1\n"},
                                                  {QStringLiteral("c/d.yaml"), "d: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    auto merged = repository->status();
    VERIFY_OK(merged);
    QCOMPARE(merged->unstagedPaths(), QStringList{QStringLiteral("a.yaml")});

    // What a file watcher would report next: b changed, c/d staged, e new, a reverted.
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 2\n"));
    QVERIFY(repository->writeFile(QStringLiteral("c/d.yaml"), "d: 2\n"));
    VERIFY_OK(repository->stage({QStringLiteral("c/d.yaml")}));
    QVERIFY(repository->writeFile(QStringLiteral("e.yaml"), "e: 1\n"));
    const QStringList reported{QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c/d.yaml"),
                               QStringLiteral("e.yaml")};
    const auto partial = repository->status(reported.mid(1));
    VERIFY_OK(partial);
    QCOMPARE(partial->files.size(), 3); // only what was asked for
    const auto partialWithA = repository->status(reported);
    VERIFY_OK(partialWithA);
    merged->replacePaths(reported, *partialWithA);
    const auto full = repository->status();
    VERIFY_OK(full);
    QCOMPARE(merged->files, full->files);
    QCOMPARE(merged->branch, full->branch);
}

void TestGitChanges::unstagedDiffHasHunksWithLineNumbers()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("f.txt"), numbered(1, 20)}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("f.txt"), threeHunkEdit()));

    const auto diff = repository->unstagedDiff();
    VERIFY_OK(diff);
    QCOMPARE(diff->size(), 1);
    const GitFileDiff& file = diff->first();
    QCOMPARE(file.path, QStringLiteral("f.txt"));
    QCOMPARE(file.hunks.size(), 3);
    QCOMPARE(file.hunks.at(0).header, QStringLiteral("@@ -1,5 +1,5 @@"));
    const GitDiffLine removed = file.hunks.at(0).lines.at(1);
    QCOMPARE(removed.origin, '-');
    QCOMPARE(removed.oldLine, 2);
    QCOMPARE(removed.newLine, 0);
    QCOMPARE(removed.content, QByteArray("line 2\n"));
    const GitDiffLine added = file.hunks.at(0).lines.at(2);
    QCOMPARE(added.origin, '+');
    QCOMPARE(added.newLine, 2);
    QCOMPARE(added.content, QByteArray("line 2 changed\n"));
    QCOMPARE(file.hunks.at(1).newStart, 7);
    QCOMPARE(file.hunks.at(2).oldStart, 15);
    // What git shows for the same change.
    const QString cli = GitCli::output(dir.path(), {QStringLiteral("diff"), QStringLiteral("--no-color")});
    for (const GitDiffHunk& hunk : file.hunks)
        QVERIFY2(cli.contains(hunk.header), qPrintable(hunk.header));
}

void TestGitChanges::stagingOneHunkMatchesGitAddPatch_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("hunk");
    QTest::addColumn<int>("hunkCount");
    QTest::newRow("first of three") << numbered(1, 20) << threeHunkEdit() << 0 << 3;
    QTest::newRow("middle of three (an insertion)") << numbered(1, 20) << threeHunkEdit() << 1 << 3;
    QTest::newRow("last of three (a removal)") << numbered(1, 20) << threeHunkEdit() << 2 << 3;
    QByteArray noNewline = numbered(1, 19) + "line 20";
    QByteArray noNewlineEdited = noNewline;
    noNewlineEdited.replace("line 3\n", "line three\n");
    noNewlineEdited.replace("line 20", "line twenty");
    QTest::newRow("last line without a final newline") << noNewline << noNewlineEdited << 1 << 2;
    QTest::newRow("first line without a final newline") << noNewline << noNewlineEdited << 0 << 2;
    QTest::newRow("appending a final newline") << noNewline << (noNewline + "\n") << 0 << 1;
}

void TestGitChanges::stagingOneHunkMatchesGitAddPatch()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, hunk);
    QFETCH(int, hunkCount);
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours"));
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    {
        auto repository = makeRepository(ours, {{QStringLiteral("f.txt"), before}, {QStringLiteral("g.txt"), "g\n"}});
        QVERIFY(repository);
        QVERIFY(repository->writeFile(QStringLiteral("f.txt"), after));
        QVERIFY(repository->writeFile(QStringLiteral("g.txt"), "g changed\n"));
    }
    QVERIFY(copyTree(ours, theirs));

    auto repository = GitRepository::open(ours);
    VERIFY_OK(repository);
    const auto diff = repository->unstagedDiff({QStringLiteral("f.txt")});
    VERIFY_OK(diff);
    QCOMPARE(diff->size(), 1);
    QCOMPARE(diff->first().hunks.size(), hunkCount);
    VERIFY_OK(repository->stageHunk(QStringLiteral("f.txt"), diff->first().hunks.at(hunk)));

    QByteArray answers;
    for (int i = 0; i < hunkCount; ++i)
        answers += i == hunk ? "y\n" : "n\n";
    const auto added = GitCli::run(theirs, {QStringLiteral("add"), QStringLiteral("-p"), QStringLiteral("--"),
                                            QStringLiteral("f.txt")}, answers);
    QVERIFY2(added.ok(), added.err.constData());

    const QStringList cached{QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--no-color")};
    const QString expected = GitCli::output(theirs, cached);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(GitCli::output(ours, cached), expected);
    QCOMPARE(GitCli::output(ours, {QStringLiteral("ls-files"), QStringLiteral("-s")}),
             GitCli::output(theirs, {QStringLiteral("ls-files"), QStringLiteral("-s")}));
    // The work tree is untouched, and git sees the rest as unstaged.
    QCOMPARE(readFile(ours + QStringLiteral("/f.txt")), after);
    QCOMPARE(GitCli::output(ours, {QStringLiteral("diff"), QStringLiteral("--no-color")}),
             GitCli::output(theirs, {QStringLiteral("diff"), QStringLiteral("--no-color")}));
}

void TestGitChanges::unstagingOneHunkMatchesGitResetPatch_data()
{
    QTest::addColumn<int>("hunk");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << 1;
    QTest::newRow("last") << 2;
}

void TestGitChanges::unstagingOneHunkMatchesGitResetPatch()
{
    QFETCH(int, hunk);
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours"));
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    {
        auto repository = makeRepository(ours, {{QStringLiteral("f.txt"), numbered(1, 20)}});
        QVERIFY(repository);
        QVERIFY(repository->writeFile(QStringLiteral("f.txt"), threeHunkEdit()));
        VERIFY_OK(repository->stage({QStringLiteral("f.txt")}));
    }
    QVERIFY(copyTree(ours, theirs));

    auto repository = GitRepository::open(ours);
    VERIFY_OK(repository);
    const auto diff = repository->stagedDiff({QStringLiteral("f.txt")});
    VERIFY_OK(diff);
    QCOMPARE(diff->first().hunks.size(), 3);
    VERIFY_OK(repository->unstageHunk(QStringLiteral("f.txt"), diff->first().hunks.at(hunk)));

    QByteArray answers;
    for (int i = 0; i < 3; ++i)
        answers += i == hunk ? "y\n" : "n\n";
    const auto reset = GitCli::run(theirs, {QStringLiteral("reset"), QStringLiteral("-p"), QStringLiteral("--"),
                                            QStringLiteral("f.txt")}, answers);
    QVERIFY2(reset.ok(), reset.err.constData());
    const QStringList cached{QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--no-color")};
    QCOMPARE(GitCli::output(ours, cached), GitCli::output(theirs, cached));
    QCOMPARE(GitCli::output(ours, {QStringLiteral("ls-files"), QStringLiteral("-s")}),
             GitCli::output(theirs, {QStringLiteral("ls-files"), QStringLiteral("-s")}));
}

void TestGitChanges::stagingAStaleHunkFails()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("f.txt"), numbered(1, 20)}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("f.txt"), threeHunkEdit()));
    const auto diff = repository->unstagedDiff();
    VERIFY_OK(diff);
    QVERIFY(repository->writeFile(QStringLiteral("f.txt"), numbered(1, 19)));
    const auto staged = repository->stageHunk(QStringLiteral("f.txt"), diff->first().hunks.first());
    QVERIFY(!staged);
    QCOMPARE(staged.error().code, QStringLiteral("git.stale"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("diff"), QStringLiteral("--cached")}), QString());
}

void TestGitChanges::stagingWholeFilesMatchesGitAdd()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"},
                                                  {QStringLiteral("b.yaml"), "b: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.yaml"))));
    QVERIFY(repository->writeFile(QStringLiteral("c.yaml"), "c: 1\n"));
    VERIFY_OK(repository->stage({QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c.yaml")}));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("M  a.yaml\nD  b.yaml\nA  c.yaml"));
    VERIFY_OK(repository->unstage({QStringLiteral("a.yaml"), QStringLiteral("b.yaml"), QStringLiteral("c.yaml")}));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral(" M a.yaml\n D b.yaml\n?? c.yaml"));
}

void TestGitChanges::stagingTheHunkOfANewFileAddsIt()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("new.yaml"), "n: 1\nm: 2\n"));
    const auto diff = repository->unstagedDiff({QStringLiteral("new.yaml")});
    VERIFY_OK(diff);
    QCOMPARE(diff->first().hunks.size(), 1);
    VERIFY_OK(repository->stageHunk(QStringLiteral("new.yaml"), diff->first().hunks.first()));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("A  new.yaml"));
    const auto staged = repository->stagedDiff();
    VERIFY_OK(staged);
    VERIFY_OK(repository->unstageHunk(QStringLiteral("new.yaml"), staged->first().hunks.first()));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QStringLiteral("?? new.yaml"));
}

void TestGitChanges::commitUsesTheRepositoryIdentityBeforeTheGlobalOne()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>|%cn <%ce>")}),
             QStringLiteral("Global Tester <global@example.test>|Global Tester <global@example.test>"));

    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Repo Person")}).ok());
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("repo@example.test")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    const auto id = repository->commitStaged(QStringLiteral("Second\n\nWith a body.  \n"));
    VERIFY_OK(id);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), *id);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>|%cn <%ce>|%B")}),
             QStringLiteral("Repo Person <repo@example.test>|Repo Person <repo@example.test>|Second\n\nWith a body."));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("reflog"), QStringLiteral("-1"), QStringLiteral("--format=%gs")}),
             QStringLiteral("commit: Second"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")}), QString());
}

void TestGitChanges::commitRefusesAnEmptyMessage()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    const QString head = repository->headCommitId().value_or(QString());
    const auto id = repository->commitStaged(QStringLiteral("  \n\n"));
    QVERIFY(!id);
    QCOMPARE(id.error().code, QStringLiteral("git.message"));
    QCOMPARE(repository->headCommitId().value_or(QString()), head);
}

void TestGitChanges::amendReplacesTheLastCommitAndKeepsItsAuthor()
{
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 1\n"));
    QVERIFY(repository->stage({QStringLiteral("b.yaml")}));
    const auto first = repository->commitStaged(QStringLiteral("Add b"));
    VERIFY_OK(first);
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Amender")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 2\n"));
    QVERIFY(repository->stage({QStringLiteral("b.yaml")}));

    const auto amended = repository->amendLastCommit(QStringLiteral("Add b, fixed"));
    VERIFY_OK(amended);
    QVERIFY(*amended != *first);
    QCOMPARE(repository->commitCount().value_or(-1), 2);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%cn|%s")}),
             QStringLiteral("Global Tester|Amender|Add b, fixed"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("show"), QStringLiteral("HEAD:b.yaml")}), QStringLiteral("b: 2"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("reflog"), QStringLiteral("-1"), QStringLiteral("--format=%gs")}),
             QStringLiteral("commit (amend): Add b, fixed"));
    // The old commit is still reachable from the reflog: nothing is lost.
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD@{1}")}), *first);
}

void TestGitChanges::amendRefusesACommitTheUpstreamHas()
{
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("origin.git"));
    const QString work = dir.filePath(QStringLiteral("work"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), bare}).ok());
    auto repository = makeRepository(work, {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(GitCli::run(work, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare}).ok());
    QVERIFY(GitCli::run(work, {QStringLiteral("push"), QStringLiteral("-qu"), QStringLiteral("origin"),
                               QStringLiteral("main")}).ok());
    const QString head = repository->headCommitId().value_or(QString());
    const auto amended = repository->amendLastCommit(QStringLiteral("Rewritten"));
    QVERIFY(!amended);
    QCOMPARE(amended.error().code, QStringLiteral("git.amend.pushed"));
    QVERIFY2(amended.error().message.contains(QLatin1String("origin/main")), qPrintable(amended.error().message));
    QCOMPARE(repository->headCommitId().value_or(QString()), head);
}

void TestGitChanges::discardKeepsTheContentInARecoveryStash_data()
{
    QTest::addColumn<bool>("all");
    QTest::newRow("work tree") << false;
    QTest::newRow("index and work tree") << true;
}

void TestGitChanges::discardKeepsTheContentInARecoveryStash()
{
    QFETCH(bool, all);
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"},
                                                  {QStringLiteral("keep.yaml"), "k: 1\n"}});
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: staged\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: precious work\n"));
    QVERIFY(repository->writeFile(QStringLiteral("untracked.yaml"), "u: 1\n"));
    QVERIFY(repository->writeFile(QStringLiteral("keep.yaml"), "k: not discarded\n"));

    const auto stash = repository->discard({QStringLiteral("a.yaml"), QStringLiteral("untracked.yaml")},
                                           all ? GitRepository::DiscardScope::All : GitRepository::DiscardScope::WorkTree);
    VERIFY_OK(stash);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("a.yaml"))), all ? QByteArray("a: 1\n") : QByteArray("a: staged\n"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("untracked.yaml"))));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("keep.yaml"))), QByteArray("k: not discarded\n"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             all ? QStringLiteral(" M keep.yaml") : QStringLiteral("M  a.yaml\n M keep.yaml"));

    // git sees a stash entry, and applying it brings the discarded content back.
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("stash@{0}")}), *stash);
    QVERIFY(GitCli::output(dir.path(), {QStringLiteral("stash"), QStringLiteral("list")})
                .contains(QLatin1String("Fleetdesk discarded a.yaml, untracked.yaml")));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral(".")}).ok());
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard")}).ok());
    const auto applied = GitCli::run(dir.path(), {QStringLiteral("stash"), QStringLiteral("apply"), QStringLiteral("--index")});
    QVERIFY2(applied.ok(), applied.err.constData());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("a.yaml"))), QByteArray("a: precious work\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("untracked.yaml"))), QByteArray("u: 1\n"));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("show"), QStringLiteral(":a.yaml")}), QStringLiteral("a: staged"));
}

void TestGitChanges::commitIsSignedWithAnSshKeyWhenTheConfigAsks()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("signing_ed25519"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                              QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                                              QStringLiteral("signer"), QStringLiteral("-f"), key}),
             0);
    const QString work = dir.filePath(QStringLiteral("work"));
    auto repository = makeRepository(work, {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    for (const auto& [name, value] : {std::pair{QStringLiteral("commit.gpgsign"), QStringLiteral("true")},
                                      std::pair{QStringLiteral("gpg.format"), QStringLiteral("ssh")},
                                      std::pair{QStringLiteral("user.signingkey"), key}})
        QVERIFY(GitCli::run(work, {QStringLiteral("config"), name, value}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: signed\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(repository->commitStaged(QStringLiteral("Signed with SSH")));

    QFile allowed(dir.filePath(QStringLiteral("allowed_signers")));
    QVERIFY(allowed.open(QIODevice::WriteOnly));
    allowed.write("global@example.test " + readFile(key + QStringLiteral(".pub")));
    allowed.close();
    const auto verified = GitCli::run(work, {QStringLiteral("-c"), QStringLiteral("gpg.ssh.allowedSignersFile=") + allowed.fileName(),
                                             QStringLiteral("verify-commit"), QStringLiteral("HEAD")});
    QVERIFY2(verified.ok(), verified.err.constData());
    QVERIFY2(verified.err.contains("Good \"git\" signature"), verified.err.constData());
}

void TestGitChanges::commitIsSignedWithOpenPgpWhenTheConfigAsks()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
        QSKIP("gpg is not installed: the OpenPGP path cannot be exercised here");
    QTemporaryDir gnupgHome(QDir::tempPath() + QStringLiteral("/gpg-XXXXXX")); // short: gpg-agent socket paths
    QVERIFY(gnupgHome.isValid());
    QFile::setPermissions(gnupgHome.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("GNUPGHOME", QFile::encodeName(gnupgHome.path()));
    const auto stopAgent = qScopeGuard([] {
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        qunsetenv("GNUPGHOME");
    });
    QCOMPARE(QProcess::execute(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--quiet"),
                                                       QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                                                       QStringLiteral("Global Tester <global@example.test>"),
                                                       QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("never")}),
             0);
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("true")}).ok());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: signed\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    VERIFY_OK(repository->commitStaged(QStringLiteral("Signed with OpenPGP")));
    const auto verified = GitCli::run(dir.path(), {QStringLiteral("verify-commit"), QStringLiteral("HEAD")});
    QVERIFY2(verified.ok(), verified.err.constData());
    QVERIFY2(verified.err.contains("Good signature from \"Global Tester"), verified.err.constData());
}

void TestGitChanges::unsupportedSigningSetupCommitsNothing_data()
{
    QTest::addColumn<QStringList>("config");
    QTest::addColumn<QString>("code");
    QTest::newRow("x509") << QStringList{QStringLiteral("gpg.format"), QStringLiteral("x509")}
                          << QStringLiteral("git.signing.unsupported");
    QTest::newRow("no gpg program") << QStringList{QStringLiteral("gpg.program"), QStringLiteral("/nonexistent/gpg")}
                                    << QStringLiteral("git.signing.unsupported");
    QTest::newRow("ssh without a key") << QStringList{QStringLiteral("gpg.format"), QStringLiteral("ssh")}
                                       << QStringLiteral("git.signing.unsupported");
    QTest::newRow("ssh with a missing key file")
        << QStringList{QStringLiteral("gpg.format"), QStringLiteral("ssh"), QStringLiteral("user.signingkey"),
                       QStringLiteral("/nonexistent/key")}
        << QStringLiteral("git.signing.failed");
}

void TestGitChanges::unsupportedSigningSetupCommitsNothing()
{
    QFETCH(QStringList, config);
    QFETCH(QString, code);
    QTemporaryDir dir;
    auto repository = makeRepository(dir.path(), {{QStringLiteral("a.yaml"), "a: 1\n"}});
    QVERIFY(repository);
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("true")}).ok());
    for (qsizetype i = 0; i + 1 < config.size(); i += 2)
        QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), config.at(i), config.at(i + 1)}).ok());
    const QString head = repository->headCommitId().value_or(QString());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));

    const auto committed = repository->commitStaged(QStringLiteral("Must be signed"));
    QVERIFY(!committed);
    QCOMPARE(committed.error().code, code);
    QVERIFY(!committed.error().message.isEmpty());
    QCOMPARE(repository->headCommitId().value_or(QString()), head);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QStringLiteral("M  a.yaml"));
    // Amending is held to the same rule.
    QVERIFY(!repository->amendLastCommit(QStringLiteral("Also must be signed")));
    QCOMPARE(repository->headCommitId().value_or(QString()), head);
}

QTEST_GUILESS_MAIN(TestGitChanges)
#include "tst_gitchanges.moc"
