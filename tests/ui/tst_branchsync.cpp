// Ahead/behind on the tree's repository nodes: the real main window opens a demo fleet whose platform and tenant
// checkouts track bare repositories in a temporary folder, with a GitWorker and its GitBranchMonitor on the engine
// thread as in the app. Commits, fetches and pushes are made with the git CLI (and one push through the worker), and
// the Platform and Tenant rows follow through the monitor's file watcher: text, tooltip and colour. A screenshot of
// the tree is saved beside the binary.
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "git/GitAheadBehind.h"
#include "git/GitBranchMonitor.h"
#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "models/FleetTreeModel.h"
#include "views/ChangesPanel.h"
#include "views/MainWindow.h"
#include "views/Theme.h"

#include "GitCli.h"
#include "GitTestHome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <memory>

using namespace fleetdesk;

namespace {

constexpr int Timeout = 30000;

bool git(const QString& directory, const QStringList& arguments)
{
    const auto outcome = GitCli::run(directory, arguments);
    if (!outcome.ok())
        qWarning("git %s in %s failed", qPrintable(arguments.join(u' ')), qPrintable(directory));
    return outcome.ok();
}

/// Commits a new file with the git CLI.
bool commitFile(const QString& checkout, const QString& name)
{
    QFile file(checkout + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write("note: " + name.toUtf8() + '\n') < 0)
        return false;
    file.close();
    return git(checkout, {QStringLiteral("add"), name})
        && git(checkout, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Add ") + name});
}

/// Gives `checkout` an origin: a bare clone of it under `remotes`, fetched, with main tracking origin/main.
QString addOrigin(const QString& checkout, const QString& remotes, const QString& name)
{
    const QString bare = remotes + u'/' + name + QStringLiteral(".git");
    if (!git(remotes, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), checkout, bare})
        || !git(checkout, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare})
        || !git(checkout, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")})
        || !git(checkout, {QStringLiteral("branch"), QStringLiteral("-q"), QStringLiteral("--set-upstream-to=origin/main"),
                           QStringLiteral("main")}))
        return {};
    return bare;
}

} // namespace

class TestBranchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void branchSyncReadsEveryStateFromTheReferences();
    void repositoryNodesFollowCommitsFetchesAndPushes();

private:
    std::unique_ptr<GitTestHome> m_home;
};

void TestBranchSync::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestBranchSync::cleanupTestCase()
{
    m_home.reset();
}

void TestBranchSync::branchSyncReadsEveryStateFromTheReferences()
{
    using State = GitBranchSync::State;
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    QVERIFY(git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--initial-branch=main"), work}));
    auto read = [&work]() {
        auto repository = GitRepository::open(work);
        return repository ? GitAheadBehind::branchSync(*repository) : GitBranchSync{};
    };
    QCOMPARE(read().state, State::Unborn);
    QCOMPARE(read().branch, QStringLiteral("main"));
    QVERIFY(commitFile(work, QStringLiteral("a.yaml")));
    QCOMPARE(read().state, State::NoUpstream);
    QVERIFY(!addOrigin(work, dir.path(), QStringLiteral("origin")).isEmpty());
    GitBranchSync sync = read();
    QCOMPARE(sync.state, State::UpToDate);
    QCOMPARE(sync.upstream, QStringLiteral("origin/main"));
    QVERIFY(commitFile(work, QStringLiteral("b.yaml")));
    QVERIFY(commitFile(work, QStringLiteral("c.yaml")));
    sync = read();
    QCOMPARE(sync.state, State::Ahead);
    QCOMPARE(sync.ahead, 2);
    QCOMPARE(FleetTreeModel::branchSyncLabel(sync), QStringLiteral("main ↑2"));
    QVERIFY(git(work, {QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"), QStringLiteral("HEAD")}));
    QCOMPARE(read().state, State::UpToDate);
    QVERIFY(git(work, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("HEAD~2")}));
    sync = read();
    QCOMPARE(sync.state, State::Behind);
    QCOMPARE(sync.behind, 2);
    QVERIFY(commitFile(work, QStringLiteral("d.yaml")));
    sync = read();
    QCOMPARE(sync.state, State::Diverged);
    QCOMPARE(FleetTreeModel::branchSyncLabel(sync), QStringLiteral("main ↑1 ↓2 · diverged"));
    QVERIFY(git(work, {QStringLiteral("update-ref"), QStringLiteral("-d"), QStringLiteral("refs/remotes/origin/main")}));
    sync = read();
    QCOMPARE(sync.state, State::UpstreamGone);
    QCOMPARE(FleetTreeModel::branchSyncLabel(sync), QStringLiteral("main · upstream gone"));
    QVERIFY(git(work, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")}));
    QCOMPARE(read().state, State::Detached);
    QCOMPARE(FleetTreeModel::branchSyncLabel(read()), QStringLiteral("detached HEAD"));
}

void TestBranchSync::repositoryNodesFollowCommitsFetchesAndPushes()
{
    QTemporaryDir dir;
    DemoFleetOptions options;
    options.clusters = 1;
    options.tenants = 2;
    options.includeLegacyTenant = false;
    const auto fleet = DemoFleetGenerator::generate(dir.filePath(QStringLiteral("fleet")), options);
    QVERIFY2(fleet.has_value(), fleet ? "" : qPrintable(fleet.error().toString()));
    const QString platform = fleet->platformPath;
    const QString tenant = fleet->tenantPaths.first();
    const QString otherTenant = fleet->tenantPaths.at(1);
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("remotes"))));
    const QString remotes = dir.filePath(QStringLiteral("remotes"));
    QVERIFY(!addOrigin(platform, remotes, QStringLiteral("platform-flux")).isEmpty());
    const QString tenantBare = addOrigin(tenant, remotes, fleet->tenants.first());
    QVERIFY(!tenantBare.isEmpty());
    // The second tenant's checkout tracks nothing.

    EngineThread engine;
    MainWindow window(engine.engine());
    window.resize(1360, 700);
    auto* worker = new GitWorker(nullptr);
    worker->moveToThread(engine.engine()->thread());
    connect(engine.engine()->thread(), &QThread::finished, worker, &QObject::deleteLater);
    window.attachGitWorker(worker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FleetTreeModel* model = window.fleetModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&window, &MainWindow::snapshotApplied);
    window.openWorkspace(platform);
    QVERIFY(applied.wait(Timeout) || !applied.isEmpty());

    const QString cluster = fleet->clusters.first();
    const QString clusterKey = QStringLiteral("c:") + cluster;
    const QModelIndex platformNode = model->indexForKey(clusterKey + QStringLiteral("/platform"));
    const QModelIndex tenantNode = model->indexForKey(clusterKey + QStringLiteral("/tenants/t:") + fleet->tenants.first());
    const QModelIndex otherNode = model->indexForKey(clusterKey + QStringLiteral("/tenants/t:") + fleet->tenants.at(1));
    QVERIFY(platformNode.isValid() && tenantNode.isValid() && otherNode.isValid());
    const auto revision = [model](const QModelIndex& node) { return node.siblingAtColumn(FleetTreeModel::RevisionColumn); };
    const auto text = [&revision](const QModelIndex& node) { return revision(node).data().toString(); };
    const auto toolTip = [&revision](const QModelIndex& node) { return revision(node).data(Qt::ToolTipRole).toString(); };

    // Which checkout each repository node stands for.
    QCOMPARE(QFileInfo(platformNode.data(FleetTreeModel::RepositoryRootRole).toString()).canonicalFilePath(),
             QFileInfo(platform).canonicalFilePath());
    QCOMPARE(QFileInfo(tenantNode.data(FleetTreeModel::RepositoryRootRole).toString()).canonicalFilePath(),
             QFileInfo(tenant).canonicalFilePath());
    QCOMPARE(model->repositoryRoots().size(), 3);
    QVERIFY(model->index(0, FleetTreeModel::RevisionColumn).data().toString().isEmpty()); // the cluster row

    QTRY_COMPARE_WITH_TIMEOUT(text(platformNode), QStringLiteral("main · up to date"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(text(tenantNode), QStringLiteral("main · up to date"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(text(otherNode), QStringLiteral("main · no upstream"), Timeout);
    QVERIFY2(toolTip(tenantNode).contains(QStringLiteral("Branch main tracks origin/main")), qPrintable(toolTip(tenantNode)));
    QVERIFY2(toolTip(otherNode).contains(QStringLiteral("tracks no upstream")), qPrintable(toolTip(otherNode)));

    // A local commit (git CLI): ↑1, seen by the file watcher.
    QVERIFY(commitFile(platform, QStringLiteral("NOTES.md")));
    QTRY_COMPARE_WITH_TIMEOUT(text(platformNode), QStringLiteral("main ↑1"), Timeout);
    QVERIFY2(toolTip(platformNode).contains(QStringLiteral("1 commit to push")), qPrintable(toolTip(platformNode)));
    QCOMPARE(text(tenantNode), QStringLiteral("main · up to date"));

    // A commit another clone pushed, fetched here: ↓1.
    const QString otherClone = dir.filePath(QStringLiteral("other-clone"));
    QVERIFY(git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), tenantBare, otherClone}));
    QVERIFY(commitFile(otherClone, QStringLiteral("FROM-A-COLLEAGUE.md")));
    QVERIFY(git(otherClone, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")}));
    QCOMPARE(text(tenantNode), QStringLiteral("main · up to date")); // nothing fetched yet
    QVERIFY(git(tenant, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")}));
    QTRY_COMPARE_WITH_TIMEOUT(text(tenantNode), QStringLiteral("main ↓1"), Timeout);
    QVERIFY2(toolTip(tenantNode).contains(QStringLiteral("1 commit to pull")), qPrintable(toolTip(tenantNode)));

    // And a local commit on top: diverged, in the warning colour.
    QVERIFY(commitFile(tenant, QStringLiteral("LOCAL.md")));
    QTRY_COMPARE_WITH_TIMEOUT(text(tenantNode), QStringLiteral("main ↑1 ↓1 · diverged"), Timeout);
    QVERIFY2(toolTip(tenantNode).contains(QStringLiteral("have diverged")), qPrintable(toolTip(tenantNode)));
    QCOMPARE(revision(tenantNode).data(Qt::ForegroundRole).value<QColor>(), Theme::instance()->color(Theme::Color::Warning));
    QCOMPARE(tenantNode.data(FleetTreeModel::BranchSyncRole).toInt(), int(GitBranchSync::State::Diverged));

    // The screenshot: every row expanded down to the tenants, the Revision column beside the others.
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTree"));
    QVERIFY(tree);
    window.expandToTenants();
    QTest::qWait(50); // let the view lay out the expanded rows before grabbing
    const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/branchsync.png");
    QVERIFY(window.grab().save(shot, "PNG"));
    qInfo("screenshot: %s", qPrintable(shot));

    // A push through Fleetdesk's own worker brings the platform back to up to date.
    QSignalSpy finished(worker, &GitWorker::operationFinished);
    const QString platformRoot = platformNode.data(FleetTreeModel::RepositoryRootRole).toString();
    QMetaObject::invokeMethod(worker, [worker, platformRoot] { worker->push(platformRoot); }, Qt::QueuedConnection);
    QVERIFY(finished.wait(Timeout));
    const auto result = finished.first().first().value<GitOperationResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QTRY_COMPARE_WITH_TIMEOUT(text(platformNode), QStringLiteral("main · up to date"), Timeout);

    // File > Forget Saved Git Credentials acts on the Changes panel's repository (nothing is remembered here; the
    // keychain side is in tst_gitprompts).
    auto* changes = window.findChild<ChangesPanel*>();
    QVERIFY(changes);
    changes->setRepository(platformRoot);
    finished.clear();
    auto* forget = window.findChild<QAction*>(QStringLiteral("forgetCredentialsAction"));
    QVERIFY(forget);
    forget->trigger();
    QVERIFY(finished.wait(Timeout));
    const auto forgot = finished.first().first().value<GitOperationResult>();
    QCOMPARE(forgot.operation, QStringLiteral("forget-credentials"));
    QCOMPARE(forgot.repository, platformRoot);
    QVERIFY2(forgot.ok(), qPrintable(forgot.message));

    // A branch without an upstream.
    QVERIFY(git(platform, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")}));
    QTRY_COMPARE_WITH_TIMEOUT(text(platformNode), QStringLiteral("feature · no upstream"), Timeout);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestBranchSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_branchsync.moc"
