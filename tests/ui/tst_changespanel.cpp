#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "views/ChangesPanel.h"

#include "GitCli.h"
#include "GitTestHome.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fleetdesk;

namespace {

QByteArray numbered(int from, int to)
{
    QByteArray text;
    for (int i = from; i <= to; ++i)
        text += "line " + QByteArray::number(i) + "\n";
    return text;
}

QTreeWidgetItem* fileItem(QTreeWidget* view, const QString& group, const QString& path)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = view->topLevelItem(i);
        if (top->text(0) != group)
            continue;
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->text(0) == path)
                return top->child(j);
    }
    return nullptr;
}

/// The panel wired to a worker on the same thread, as the app wires it to the engine thread (queued there).
void connectWorker(ChangesPanel* panel, GitWorker* worker)
{
    QObject::connect(panel, &ChangesPanel::refreshRequested, worker, &GitWorker::refresh);
    QObject::connect(panel, &ChangesPanel::stageFilesRequested, worker, &GitWorker::stageFiles);
    QObject::connect(panel, &ChangesPanel::unstageFilesRequested, worker, &GitWorker::unstageFiles);
    QObject::connect(panel, &ChangesPanel::stageHunkRequested, worker, &GitWorker::stageHunk);
    QObject::connect(panel, &ChangesPanel::unstageHunkRequested, worker, &GitWorker::unstageHunk);
    QObject::connect(panel, &ChangesPanel::commitRequested, worker, &GitWorker::commit);
    QObject::connect(panel, &ChangesPanel::amendRequested, worker, &GitWorker::amend);
    QObject::connect(worker, &GitWorker::changesReady, panel, &ChangesPanel::showChanges);
    QObject::connect(worker, &GitWorker::operationFinished, panel, &ChangesPanel::showResult);
}

} // namespace

class TestChangesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void messageChecksSummaryLengthAndTheBlankSecondLine_data();
    void messageChecksSummaryLengthAndTheBlankSecondLine();
    void filesAreGroupedByKindWithTheBranch();
    void stagingASelectedHunkStagesOnlyThatHunk();
    void commitButtonFollowsTheMessageCheckAndCommits();
    void commitTemplateFillsAnEmptyMessage();
    void refreshOfReportedPathsUpdatesThePanel();

private:
    std::unique_ptr<GitTestHome> m_home;
};

void TestChangesPanel::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestChangesPanel::cleanupTestCase()
{
    m_home.reset();
}

void TestChangesPanel::messageChecksSummaryLengthAndTheBlankSecondLine_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("warned");
    QTest::newRow("short") << QStringLiteral("Bump acme replicas") << true << false;
    QTest::newRow("with body") << QStringLiteral("Bump acme replicas\n\nThe HPA needs room.") << true << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("only comments") << QStringLiteral("# Please enter a message\n#\n") << false << false;
    QTest::newRow("long, warned") << QString(60, QLatin1Char('a')) << true << true;
    QTest::newRow("too long") << QString(73, QLatin1Char('a')) << false << false;
    QTest::newRow("no blank second line") << QStringLiteral("Summary\nbody right away") << false << false;
    QTest::newRow("template comments stripped") << QStringLiteral("Summary\n# comment\n\nBody") << true << false;
}

void TestChangesPanel::messageChecksSummaryLengthAndTheBlankSecondLine()
{
    QFETCH(QString, message);
    QFETCH(bool, ok);
    QFETCH(bool, warned);
    const CommitMessageCheck check = ChangesPanel::checkMessage(message);
    QCOMPARE(check.ok(), ok);
    QCOMPARE(!check.warning.isEmpty(), warned);
}

void TestChangesPanel::filesAreGroupedByKindWithTheBranch()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->stage({QStringLiteral("a.yaml")}));
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 2\n"));
    QVERIFY(repository->writeFile(QStringLiteral("new.yaml"), "n: 1\n"));

    GitWorker worker;
    ChangesPanel panel;
    connectWorker(&panel, &worker);
    panel.setRepository(dir.path());
    QCOMPARE(panel.branchLabel()->text(), QStringLiteral("main"));
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Staged"), QStringLiteral("a.yaml")));
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("b.yaml")));
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Untracked"), QStringLiteral("new.yaml")));
    QVERIFY(!fileItem(panel.fileView(), QStringLiteral("Staged"), QStringLiteral("b.yaml")));
    QVERIFY(panel.fileView()->topLevelItem(0)->isHidden()); // no conflicts

    // Activating an unstaged file stages it.
    panel.fileView()->setCurrentItem(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("b.yaml")));
    Q_EMIT panel.fileView()->itemActivated(panel.fileView()->currentItem(), 0);
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Staged"), QStringLiteral("b.yaml")));
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
             QStringLiteral("a.yaml\nb.yaml"));
}

void TestChangesPanel::stagingASelectedHunkStagesOnlyThatHunk()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("f.txt"), numbered(1, 20)));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    QByteArray edited = numbered(1, 20);
    edited.replace("line 2\n", "line two\n");
    edited.replace("line 18\n", "line eighteen\n");
    QVERIFY(repository->writeFile(QStringLiteral("f.txt"), edited));

    GitWorker worker;
    ChangesPanel panel;
    connectWorker(&panel, &worker);
    panel.setRepository(dir.path());
    panel.fileView()->setCurrentItem(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("f.txt")));
    QCOMPARE(panel.hunkView()->count(), 2);
    QVERIFY(panel.hunkView()->item(1)->text().contains(QLatin1String("+line eighteen")));
    panel.hunkView()->setCurrentRow(1);
    QVERIFY(panel.stageHunkButton()->isEnabled());
    QVERIFY(!panel.unstageHunkButton()->isEnabled());
    QTest::mouseClick(panel.stageHunkButton(), Qt::LeftButton);

    const QString cached = GitCli::output(dir.path(), {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("-U0")});
    QVERIFY2(cached.contains(QLatin1String("+line eighteen")) && !cached.contains(QLatin1String("line two")), qPrintable(cached));
    // The panel shows the file on both sides now; the staged side offers unstaging.
    panel.fileView()->setCurrentItem(fileItem(panel.fileView(), QStringLiteral("Staged"), QStringLiteral("f.txt")));
    QCOMPARE(panel.hunkView()->count(), 1);
    QVERIFY(panel.unstageHunkButton()->isEnabled());
    QTest::mouseClick(panel.unstageHunkButton(), Qt::LeftButton);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("diff"), QStringLiteral("--cached")}), QString());
}

void TestChangesPanel::commitButtonFollowsTheMessageCheckAndCommits()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    GitWorker worker;
    ChangesPanel panel;
    connectWorker(&panel, &worker);
    panel.setRepository(dir.path());

    panel.messageEdit()->setPlainText(QStringLiteral("Nothing staged yet"));
    QVERIFY(!panel.commitButton()->isEnabled());
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    worker.stageFiles(dir.path(), {QStringLiteral("a.yaml")});
    QVERIFY(panel.commitButton()->isEnabled());
    panel.messageEdit()->setPlainText(QString(80, QLatin1Char('x')));
    QVERIFY(!panel.commitButton()->isEnabled());
    QVERIFY(panel.messageCheckLabel()->text().contains(QLatin1String("80")));
    panel.messageEdit()->setPlainText(QStringLiteral("Raise a\n\nBecause."));
    QVERIFY(panel.commitButton()->isEnabled());
    QTest::mouseClick(panel.commitButton(), Qt::LeftButton);
    QCOMPARE(GitCli::output(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
             QStringLiteral("Raise a\n\nBecause."));
    QVERIFY(panel.messageEdit()->toPlainText().isEmpty());
    QVERIFY(panel.resultLabel()->text().startsWith(QLatin1String("Committed")));
    QVERIFY(!panel.commitButton()->isEnabled());
}

void TestChangesPanel::commitTemplateFillsAnEmptyMessage()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral(".gitmessage"), "tenant: \n\n# Say which tenant and why.\n"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("commit.template"), QStringLiteral(".gitmessage")}).ok());
    GitWorker worker;
    ChangesPanel panel;
    connectWorker(&panel, &worker);
    panel.setRepository(dir.path());
    QCOMPARE(panel.messageEdit()->toPlainText(), QStringLiteral("tenant: \n\n# Say which tenant and why.\n"));
    QCOMPARE(ChangesPanel::cleanMessage(panel.messageEdit()->toPlainText()), QStringLiteral("tenant: "));
}

void TestChangesPanel::refreshOfReportedPathsUpdatesThePanel()
{
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 1\n"));
    QVERIFY(repository->stageAll());
    QVERIFY(repository->commitStaged(QStringLiteral("Start")));
    GitWorker worker;
    ChangesPanel panel;
    connectWorker(&panel, &worker);
    QSignalSpy changes(&worker, &GitWorker::changesReady);
    panel.setRepository(dir.path());
    QCOMPARE(changes.size(), 1);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 2\n"));
    QVERIFY(repository->writeFile(QStringLiteral("b.yaml"), "b: 2\n"));
    worker.refreshPaths(dir.path(), {QStringLiteral("a.yaml")}); // only a was reported
    QCOMPARE(changes.size(), 2);
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("a.yaml")));
    QVERIFY(!fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("b.yaml")));
    panel.fileView()->setCurrentItem(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("a.yaml")));
    QCOMPARE(panel.hunkView()->count(), 1);
    worker.refreshPaths(dir.path(), {QStringLiteral("b.yaml")});
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("a.yaml")));
    QVERIFY(fileItem(panel.fileView(), QStringLiteral("Unstaged"), QStringLiteral("b.yaml")));
}

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
