#include "editor/ManifestView.h"
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "models/FleetFilterProxyModel.h"
#include "models/FleetTreeModel.h"
#include "models/IssueListModel.h"
#include "views/DetailsPane.h"
#include "views/IssuesPanel.h"
#include "views/MainWindow.h"
#include "git/GitWorker.h"
#include "views/ChangesPanel.h"
#include <QScopeGuard>
#include <QThread>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace fleetdesk;

namespace {

constexpr int LoadTimeout = 60000;

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

QModelIndex childNamed(const QAbstractItemModel& model, const QModelIndex& parent, const QString& name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

/// Drives the real main window with a real engine on its own thread, over a generated demo fleet.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theTreeShowsBothClustersAndTheirTenants();
    void theStatusBarCountsTheFleet();
    void clickingAnIssueSelectsItsNode();
    void enterOnAnIssueSelectsItsNodeEvenWhenFilteredOut();
    void theFilterNarrowsTheTreeAndEscapeClearsIt();
    void keyboardNavigationMovesTheSelectionAndTheFocus();
    void selectionAndExpansionSurviveAReload();
    void openFileAtLineStartsTheEditorAtTheObjectsLine();
    void staleSnapshotsAreDropped();
    void theScreenshotShowsTheWindow();
    void theChangesDockFollowsTheSelectedNodesRepository();
    void theTreeKeepsMostOfTheHeightWithEveryDockAttached();

private:
    /// Opens `platform` in a fresh window and waits for its first snapshot.
    bool openFleet(const QString& platform);
    QModelIndex issueRow(const QString& rule) const;

    QTemporaryDir m_fleetDir;
    QString m_platform;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_fleetDir.isValid());
    const auto summary = DemoFleetGenerator::generate(m_fleetDir.path());
    QVERIFY2(summary.has_value(), summary ? "" : qPrintable(summary.error().toString()));
    m_platform = summary->platformPath;
}

void TestMainWindow::init()
{
    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->engine());
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    qunsetenv("FLEETDESK_EDITOR");
}

bool TestMainWindow::openFleet(const QString& platform)
{
    QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
    m_window->openWorkspace(platform);
    return applied.wait(LoadTimeout) || !applied.isEmpty();
}

QModelIndex TestMainWindow::issueRow(const QString& rule) const
{
    const QAbstractItemModel* model = m_window->issuesPanel()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(IssueListModel::RuleRole).toString() == rule)
            return index;
    }
    return {};
}

void TestMainWindow::theTreeShowsBothClustersAndTheirTenants()
{
    QVERIFY(openFleet(m_platform));
    const QAbstractItemModel& model = *m_window->filterModel();
    QTreeView* tree = m_window->findChild<QTreeView*>(QStringLiteral("fleetTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model(), &model);
    QCOMPARE(childNames(model, {}), QStringList({QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}));

    for (const QString& cluster : {QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}) {
        const QModelIndex clusterIndex = childNamed(model, {}, cluster);
        QVERIFY(tree->isExpanded(clusterIndex));
        QModelIndex tenants;
        for (int row = 0; row < model.rowCount(clusterIndex); ++row) {
            const QModelIndex group = model.index(row, 0, clusterIndex);
            if (group.data(FleetTreeModel::NodeKindRole).toInt() == int(NodeKind::Tenants))
                tenants = group;
        }
        QVERIFY(tenants.isValid());
        QVERIFY(tree->isExpanded(tenants));
        QStringList expected{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")};
        if (cluster == QLatin1String("prod-eu-west-1"))
            expected.append(QStringLiteral("legacy"));
        QStringList names = childNames(model, tenants);
        names.sort();
        QCOMPARE(names, expected);
        // Every tenant row is on screen after expandToTenants().
        for (int row = 0; row < model.rowCount(tenants); ++row)
            QVERIFY(tree->visualRect(model.index(row, 0, tenants)).isValid());
    }
}

void TestMainWindow::theStatusBarCountsTheFleet()
{
    QVERIFY(openFleet(m_platform));
    const QString status = m_window->statusText();
    QVERIFY2(status.contains(QStringLiteral("Clusters: 2")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Tenants: 7")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Generation %1").arg(m_window->fleetModel()->generation())),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Files: ")), qPrintable(status));
    QVERIFY(m_window->issuesPanel()->windowTitle().contains(QStringLiteral("errors: 2")));
}

void TestMainWindow::clickingAnIssueSelectsItsNode()
{
    QVERIFY(openFleet(m_platform));
    QTreeView* issuesView = m_window->findChild<QTreeView*>(QStringLiteral("issuesView"));
    QVERIFY(issuesView);
    const QModelIndex issue = issueRow(QStringLiteral("tenant-service-account"));
    QVERIFY(issue.isValid());
    const QString nodeKey = issue.data(IssueListModel::NodeKeyRole).toString();
    QVERIFY(!nodeKey.isEmpty());

    // Start somewhere else.
    m_window->fleetTree()->setCurrentIndex(m_window->filterModel()->index(1, 0));
    QVERIFY(m_window->currentNodeKey() != nodeKey);

    const QRect rect = issuesView->visualRect(issue.siblingAtColumn(IssueListModel::MessageColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(issuesView->viewport(), Qt::LeftButton, {}, rect.center());

    QTRY_COMPARE(m_window->currentNodeKey(), nodeKey);
    const QModelIndex current = m_window->fleetTree()->currentIndex();
    QCOMPARE(current.data(FleetTreeModel::TenantRole).toString(), QStringLiteral("legacy"));
    QCOMPARE(current.data(FleetTreeModel::KindRole).toString(), QStringLiteral("Kustomization"));
    QVERIFY(m_window->fleetTree()->visualRect(current).isValid());
    QVERIFY(m_window->fleetTree()->selectionModel()->isSelected(current));
    // The details pane follows, with the finding.
    QCOMPARE(m_window->detailsPane()->node()->key, nodeKey);
    auto* findings = m_window->detailsPane()->findChild<QLabel*>(QStringLiteral("lintFindings"));
    QVERIFY(findings);
    QVERIFY(findings->isVisible());
    QVERIFY(findings->text().contains(QStringLiteral("tenant-service-account")));
    auto* manifest = m_window->findChild<ManifestView*>(QStringLiteral("manifestView"));
    QVERIFY(manifest);
    QVERIFY(manifest->toPlainText().contains(QStringLiteral("kind: Kustomization")));
}

void TestMainWindow::enterOnAnIssueSelectsItsNodeEvenWhenFilteredOut()
{
    QVERIFY(openFleet(m_platform));
    m_window->filterEdit()->setText(QStringLiteral("prod-us-east-1"));
    const QModelIndex issue = issueRow(QStringLiteral("plain-secret"));
    QVERIFY(issue.isValid());
    const QString nodeKey = issue.data(IssueListModel::NodeKeyRole).toString();
    QVERIFY(!m_window->filterModel()->mapFromSource(m_window->fleetModel()->indexForKey(nodeKey)).isValid());

    QTreeView* issuesView = m_window->issuesPanel()->view();
    issuesView->setFocus();
    issuesView->setCurrentIndex(issue);
    QTest::keyClick(issuesView, Qt::Key_Return);

    QTRY_COMPARE(m_window->currentNodeKey(), nodeKey);
    QVERIFY(m_window->filterEdit()->text().isEmpty());
    QCOMPARE(m_window->fleetTree()->currentIndex().data(FleetTreeModel::KindRole).toString(), QStringLiteral("Secret"));
    // The manifest shows the line the finding is about.
    const Issue* finding = nullptr;
    for (const Issue& candidate : m_window->issueModel()->issues()) {
        if (candidate.ruleId == QLatin1String("plain-secret"))
            finding = &candidate;
    }
    QVERIFY(finding);
    const ManifestView* manifest = m_window->detailsPane()->manifestView();
    QCOMPARE(manifest->firstLineNumber() + manifest->textCursor().blockNumber(), finding->location.line);
}

void TestMainWindow::theFilterNarrowsTheTreeAndEscapeClearsIt()
{
    QVERIFY(openFleet(m_platform));
    QLineEdit* filter = m_window->findChild<QLineEdit*>(QStringLiteral("fleetFilter"));
    QVERIFY(filter);
    m_window->fleetTree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());

    QTest::keyClicks(filter, QStringLiteral("legacy"));
    const QAbstractItemModel& model = *m_window->filterModel();
    // legacy is a tenant of prod-eu-west-1 only.
    QCOMPARE(childNames(model, {}), QStringList{QStringLiteral("prod-eu-west-1")});
    const QModelIndex cluster = model.index(0, 0);
    QStringList groups = childNames(model, cluster);
    QCOMPARE(groups, QStringList{QStringLiteral("Tenants")});
    QCOMPARE(childNames(model, model.index(0, 0, cluster)), QStringList{QStringLiteral("legacy")});

    // By lint rule id.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("plain-secret"));
    QCOMPARE(childNames(model, {}), QStringList{QStringLiteral("prod-eu-west-1")});

    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(m_window->fleetTree()->hasFocus());
}

void TestMainWindow::keyboardNavigationMovesTheSelectionAndTheFocus()
{
    QVERIFY(openFleet(m_platform));
    QTreeView* tree = m_window->fleetTree();
    const QAbstractItemModel& model = *m_window->filterModel();
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    tree->setCurrentIndex(model.index(0, 0));
    const QString clusterKey = m_window->currentNodeKey();

    QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(m_window->currentNodeKey() != clusterKey);
    QCOMPARE(tree->currentIndex().parent(), model.index(0, 0));
    QCOMPARE(m_window->detailsPane()->node()->key, m_window->currentNodeKey());
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(m_window->currentNodeKey(), clusterKey);
    QTest::keyClick(tree, Qt::Key_Left); // collapses the cluster
    QVERIFY(!tree->isExpanded(model.index(0, 0)));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex(), model.index(1, 0));

    // Enter moves to the details, Escape comes back, Tab walks tree → details → issues.
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY(m_window->detailsPane()->manifestView()->hasFocus());
    QTest::keyClick(m_window->detailsPane()->manifestView(), Qt::Key_Escape);
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Tab);
    QTRY_VERIFY(m_window->detailsPane()->manifestView()->hasFocus());
    QWidget* focus = QApplication::focusWidget();
    for (int step = 0; step < 3 && focus != m_window->issuesPanel()->view(); ++step) {
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    QCOMPARE(focus, m_window->issuesPanel()->view());
}

void TestMainWindow::selectionAndExpansionSurviveAReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto summary = DemoFleetGenerator::generate(dir.path());
    QVERIFY(summary.has_value());
    QVERIFY(openFleet(summary->platformPath));

    // Select acme's Kustomization in prod-eu-west-1 and expand it.
    const QAbstractItemModel& model = *m_window->filterModel();
    const QModelIndex cluster = childNamed(model, {}, QStringLiteral("prod-eu-west-1"));
    QModelIndex tenants;
    for (int row = 0; row < model.rowCount(cluster); ++row) {
        if (model.index(row, 0, cluster).data(FleetTreeModel::NodeKindRole).toInt() == int(NodeKind::Tenants))
            tenants = model.index(row, 0, cluster);
    }
    const QModelIndex acme = childNamed(model, tenants, QStringLiteral("acme"));
    m_window->fleetTree()->expand(acme);
    QModelIndex kustomization;
    for (int row = 0; row < model.rowCount(acme); ++row) {
        if (model.index(row, 0, acme).data(FleetTreeModel::KindRole).toString() == QLatin1String("Kustomization"))
            kustomization = model.index(row, 0, acme);
    }
    QVERIFY(kustomization.isValid());
    m_window->fleetTree()->expand(kustomization);
    m_window->fleetTree()->setCurrentIndex(kustomization);
    const QString selectedKey = m_window->currentNodeKey();
    const QString acmeKey = acme.data(FleetTreeModel::NodeKeyRole).toString();
    const QString kustomizationKey = kustomization.data(FleetTreeModel::NodeKeyRole).toString();
    const quint64 before = m_window->fleetModel()->generation();

    // Change the selected object's manifest on disk and reload with F5.
    const QString file = summary->platformPath + QStringLiteral("/clusters/prod-eu-west-1/tenants/acme/sync.yaml");
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray content = in.readAll();
    in.close();
    QVERIFY(content.contains("interval: 10m0s"));
    content.replace("interval: 10m0s", "interval: 5m0s");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(content);
    out.close();

    QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->fleetModel()->generation() > before
                                 && m_window->detailsPane()->manifestView()->toPlainText().contains(
                                     QStringLiteral("interval: 5m0s")),
                             LoadTimeout);

    QCOMPARE(m_window->currentNodeKey(), selectedKey);
    const auto proxyIndex = [this](const QString& key) {
        return m_window->filterModel()->mapFromSource(m_window->fleetModel()->indexForKey(key));
    };
    QVERIFY(m_window->fleetTree()->isExpanded(proxyIndex(acmeKey)));
    QVERIFY(m_window->fleetTree()->isExpanded(proxyIndex(kustomizationKey)));
    QVERIFY(m_window->fleetTree()->selectionModel()->isSelected(proxyIndex(selectedKey)));
    QVERIFY(m_window->statusText().contains(QStringLiteral("Generation %1").arg(m_window->fleetModel()->generation())));
}

void TestMainWindow::openFileAtLineStartsTheEditorAtTheObjectsLine()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString script = scratch.filePath(QStringLiteral("editor.sh"));
    const QString argsFile = scratch.filePath(QStringLiteral("args.txt"));
    QFile editor(script);
    QVERIFY(editor.open(QIODevice::WriteOnly));
    const QString body = QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1.tmp' && mv '%1.tmp' '%1'\n");
    editor.write(body.arg(argsFile).toUtf8());
    editor.close();
    QVERIFY(editor.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("FLEETDESK_EDITOR", script.toUtf8());

    QVERIFY(openFleet(m_platform));
    const QModelIndex issue = issueRow(QStringLiteral("tenant-service-account"));
    const QString nodeKey = issue.data(IssueListModel::NodeKeyRole).toString();
    QVERIFY(m_window->selectNode(nodeKey));
    const FleetNode* node = m_window->detailsPane()->node();
    QVERIFY(node);
    QVERIFY(node->location.line > 0);

    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("openFileButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argsFile), 10000);
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(args.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, QStringList({QStringLiteral("+%1").arg(node->location.line),
                                 QDir(node->repositoryRoot).filePath(node->location.file)}));
    QVERIFY(QFile::exists(lines.at(1)));
}

void TestMainWindow::staleSnapshotsAreDropped()
{
    QVERIFY(openFleet(m_platform));
    const FleetSnapshotPtr current = m_window->fleetModel()->snapshot();
    QVERIFY(current);
    auto stale = std::make_shared<FleetSnapshot>(*current);
    stale->root = std::make_shared<FleetNode>(*current->root);
    std::const_pointer_cast<FleetNode>(stale->root)->children.clear();

    QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
    m_window->applySnapshot(stale); // same generation: not newer
    QCOMPARE(applied.count(), 0);
    QCOMPARE(m_window->filterModel()->rowCount(), 2);

    auto newer = std::make_shared<FleetSnapshot>(*stale);
    newer->generation = current->generation + 1;
    m_window->applySnapshot(newer);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
}

void TestMainWindow::theScreenshotShowsTheWindow()
{
    QVERIFY(openFleet(m_platform));
    m_window->expandToTenants();
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow.png"));
    QFile::remove(path);
    QVERIFY(m_window->saveScreenshot(path));

    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // Not a blank picture: the tree rows draw many different colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestMainWindow::theChangesDockFollowsTheSelectedNodesRepository()
{
    // The Git worker runs on its own thread, as in the app (there: the engine's).
    QThread gitThread;
    auto* worker = new GitWorker;
    worker->moveToThread(&gitThread);
    connect(&gitThread, &QThread::finished, worker, &QObject::deleteLater);
    gitThread.start();
    const auto stopThread = qScopeGuard([this, &gitThread] {
        m_window.reset(); // disconnects the panel before the worker goes
        gitThread.quit();
        gitThread.wait();
    });
    m_window->attachGitWorker(worker);
    auto* panel = m_window->findChild<ChangesPanel*>();
    QVERIFY(panel);
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("changesDock")));

    const QString legacyRepo = QFileInfo(m_platform).dir().filePath(QStringLiteral("tenants/legacy"));
    QFile note(legacyRepo + QStringLiteral("/NOTES.md"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("an untracked file\n");
    note.close();
    const auto removeNote = qScopeGuard([&note] { note.remove(); });
    // Listening before the fleet opens: the window selects a node (and so a repository) on its first snapshot.
    QSignalSpy changes(worker, &GitWorker::changesReady);
    QVERIFY(openFleet(m_platform));
    // Select the legacy tenant's Secret: its file is in the tenant's own repository.
    const QModelIndex issue = issueRow(QStringLiteral("plain-secret"));
    QVERIFY(issue.isValid());
    QTreeView* issuesView = m_window->findChild<QTreeView*>(QStringLiteral("issuesView"));
    const QRect rect = issuesView->visualRect(issue.siblingAtColumn(IssueListModel::MessageColumn));
    QTest::mouseClick(issuesView->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(QFileInfo(panel->repository()).canonicalFilePath(), QFileInfo(legacyRepo).canonicalFilePath());

    // The worker reports the tenant repository's status, with the untracked file in it.
    const auto sawNote = [&changes, &legacyRepo] {
        for (const QList<QVariant>& arguments : std::as_const(changes)) {
            const auto result = arguments.at(0).value<GitChanges>();
            if (QFileInfo(result.repository).canonicalFilePath() == QFileInfo(legacyRepo).canonicalFilePath()
                && result.status.untrackedPaths().contains(QStringLiteral("NOTES.md")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawNote(), 20000);
}

void TestMainWindow::theTreeKeepsMostOfTheHeightWithEveryDockAttached()
{
    QThread gitThread;
    auto* worker = new GitWorker;
    worker->moveToThread(&gitThread);
    connect(&gitThread, &QThread::finished, worker, &QObject::deleteLater);
    gitThread.start();
    const auto stopThread = qScopeGuard([this, &gitThread] {
        m_window.reset();
        gitThread.quit();
        gitThread.wait();
    });
    m_window->attachGitWorker(worker);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(openFleet(m_platform));

    // The bottom docks (issues, action log, events, drift, changes) are tabs of one area; none of them may push
    // the tree into a strip.
    const auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("fleetTree"));
    QVERIFY(tree);
    const auto* issues = m_window->findChild<QDockWidget*>(QStringLiteral("issuesPanel"));
    QVERIFY(issues);
    QVERIFY2(tree->height() >= m_window->height() / 2,
             qPrintable(QStringLiteral("tree %1 px of a %2 px window").arg(tree->height()).arg(m_window->height())));
    QVERIFY2(issues->height() <= m_window->height() / 3,
             qPrintable(QStringLiteral("bottom docks %1 px").arg(issues->height())));
}

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
