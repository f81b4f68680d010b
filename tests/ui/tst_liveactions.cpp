#include "dialogs/ConfirmActionDialog.h"
#include "dialogs/SettingsDialog.h"
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "models/FleetFilterProxyModel.h"
#include "models/FleetTreeModel.h"
#include "views/ActionLogPane.h"
#include "views/ConnectionIndicator.h"
#include "views/LiveActions.h"
#include "views/MainWindow.h"
#include "views/NotificationBanner.h"
#include "views/Notifier.h"
#include "views/Theme.h"
#include "flux/ActionLog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace fleetdesk;

namespace {

const QString AppliedRevision = QStringLiteral("main@sha1:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
const QString NewerRevision = QStringLiteral("main@sha1:9f8e7d6c5b4a39281706f5e4d3c2b1a098765432");

std::shared_ptr<FleetNode> makeNode(const QString& key, NodeKind nodeKind, const QString& name,
                                    const QString& cluster = {})
{
    auto node = std::make_shared<FleetNode>();
    node->key = key;
    node->nodeKind = nodeKind;
    node->name = name;
    node->cluster = cluster;
    return node;
}

/// A live Flux object as LiveOverlay leaves it.
std::shared_ptr<FleetNode> fluxObject(const QString& parentKey, const QString& cluster, const QString& tenant,
                                      const QString& kind, const QString& name, ReconcileState state,
                                      Presence presence = Presence::Both)
{
    auto node = makeNode(parentKey + QLatin1Char('/') + kind + QLatin1Char('/') + name, NodeKind::FluxObject, name, cluster);
    node->kind = kind;
    node->apiVersion = kind == QLatin1String("Kustomization") ? QStringLiteral("kustomize.toolkit.fluxcd.io/v1")
                                                               : QStringLiteral("source.toolkit.fluxcd.io/v1");
    node->ns = QStringLiteral("tenant-") + tenant;
    node->tenant = tenant;
    node->presence = presence;
    if (presence == Presence::GitOnly)
        return node;
    node->state = state;
    node->liveSuspended = state == ReconcileState::Suspended;
    node->stateReason = state == ReconcileState::Failed ? QStringLiteral("BuildFailed")
                                                        : QStringLiteral("ReconciliationSucceeded");
    node->stateMessage = state == ReconcileState::Failed ? QStringLiteral("kustomize build failed: missing resource")
                                                         : QStringLiteral("Applied revision: ") + AppliedRevision;
    node->liveRevision = AppliedRevision;
    if (kind == QLatin1String("Kustomization")) {
        node->source = QStringLiteral("GitRepository/%1/%2").arg(node->ns, tenant);
        node->sourceRevision = AppliedRevision;
    }
    node->lastReconcile = QDateTime::currentDateTimeUtc().addSecs(-5 * 60).toString(Qt::ISODate);
    return node;
}

/// Two clusters: prod-eu with tenant acme (apps ready, infra suspended, its GitRepository, a Kustomization only in
/// Git) and prod-us with tenant globex (apps ready, but its source has moved on).
FleetSnapshotPtr liveSnapshot(quint64 generation, ReconcileState appsState = ReconcileState::Ready)
{
    auto root = makeNode(QStringLiteral("ws"), NodeKind::Workspace, QStringLiteral("fleet"));
    const auto addCluster = [&](const QString& clusterName, const QString& tenantName,
                                const std::function<void(const QString&, std::shared_ptr<FleetNode>&)>& fill) {
        auto cluster = makeNode(QStringLiteral("ws/") + clusterName, NodeKind::Cluster, clusterName, clusterName);
        auto tenants = makeNode(cluster->key + QStringLiteral("/tenants"), NodeKind::Tenants, QStringLiteral("tenants"),
                                clusterName);
        auto tenant = makeNode(tenants->key + QLatin1Char('/') + tenantName, NodeKind::Tenant, tenantName, clusterName);
        tenant->tenant = tenantName;
        tenant->ns = QStringLiteral("tenant-") + tenantName;
        fill(tenant->key, tenant);
        tenants->children.push_back(tenant);
        cluster->children.push_back(tenants);
        root->children.push_back(cluster);
    };
    addCluster(QStringLiteral("prod-eu"), QStringLiteral("acme"), [&](const QString& key, std::shared_ptr<FleetNode>& t) {
        t->children.push_back(fluxObject(key, QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"),
                                         QStringLiteral("apps"), appsState));
        t->children.push_back(fluxObject(key, QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"),
                                         QStringLiteral("infra"), ReconcileState::Suspended));
        t->children.push_back(fluxObject(key, QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("GitRepository"),
                                         QStringLiteral("acme"), ReconcileState::Ready));
        t->children.push_back(fluxObject(key, QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"),
                                         QStringLiteral("draft"), ReconcileState::Unknown, Presence::GitOnly));
    });
    addCluster(QStringLiteral("prod-us"), QStringLiteral("globex"), [&](const QString& key, std::shared_ptr<FleetNode>& t) {
        auto apps = fluxObject(key, QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"),
                               QStringLiteral("apps"), ReconcileState::Ready);
        apps->sourceRevision = NewerRevision;
        t->children.push_back(apps);
    });
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = generation;
    snapshot->workspaceRoot = QStringLiteral("/fleet");
    snapshot->root = root;
    return snapshot;
}

QString keyOf(const QString& cluster, const QString& tenant, const QString& kind = {}, const QString& name = {})
{
    QString key = QStringLiteral("ws/%1/tenants/%2").arg(cluster, tenant);
    if (!kind.isEmpty())
        key += QStringLiteral("/%1/%2").arg(kind, name);
    return key;
}

/// Answers the next modal ConfirmActionDialog: records its targets and accepts or rejects it.
void answerConfirmation(bool accept, QStringList* targets, QString* question, const QString& reason = {})
{
    QTimer::singleShot(0, [=]() {
        auto* dialog = qobject_cast<ConfirmActionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return answerConfirmation(accept, targets, question, reason); // not shown yet
        const auto* list = dialog->findChild<QListWidget*>(QStringLiteral("targetList"));
        for (int row = 0; row < list->count(); ++row)
            targets->append(list->item(row)->text());
        *question = dialog->findChild<QLabel*>(QStringLiteral("questionLabel"))->text();
        if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")))
            edit->setText(reason);
        accept ? dialog->accept() : dialog->reject();
    });
}

} // namespace

/// The live parts of the window: status, revision and last-reconcile columns, the connection indicator, the Flux
/// actions (enabling, confirmation, shortcuts, running on the engine's thread), notifications, the action log and
/// the context mapping in the settings.
class TestLiveActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortRevisionReadsEveryFluxRevisionForm_data();
    void shortRevisionReadsEveryFluxRevisionForm();
    void relativeTimeReadsLikeAClock();
    void theStatusColumnShowsTheStateWithIconAndText();
    void theRevisionColumnMarksASourceThatMovedOn();
    void theLastReconcileColumnIsRelativeWithTheExactTimeInTheTooltip();
    void theRevisionSaysHowFarTheAppliedCommitIsBehindTheCheckout();
    void clusterNodesShowTheirFluxControllersHealth();
    void theModelStaysConsistentUnderTheTesterAcrossLiveChanges();
    void clusterNodesAndTheStatusBarShowTheConnectionWithItsReason();
    void actionsAreEnabledOnlyWhereTheyApply();
    void aSingleObjectRunsWithoutConfirmation();
    void aMultiSelectionAsksFirstAndListsEveryTarget();
    void aTenantStandsForItsLiveKustomizations();
    void cancellingTheConfirmationRunsNothing();
    void theActionsAreInTheMenuToolbarAndContextMenuWithShortcuts();
    void aShortcutTriggersTheActionOnTheSelection();
    void theEngineRunsTheActionAndTheOutcomeIsNotifiedAndLogged();
    void stateChangesNotifyOnceAndRecoveriesToo();
    void undoSuspendResumesWhatTheLastSuspendSuspended();
    void theSettingsStoreTheContextMappingAndTheEngineAppliesIt();
    void theScreenshotShowsLiveStatusAndActions();

private:
    bool showSnapshot(const FleetSnapshotPtr& snapshot);
    void select(const QStringList& keys);
    QModelIndex sourceIndex(const QString& key, int column) const;

    QTemporaryDir m_home;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestLiveActions::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and the action log go to this test's own folders, never the developer's.
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("KUBECONFIG", QDir(m_home.path()).filePath(QStringLiteral("no-kubeconfig")).toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QDir(m_home.path()).filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("FleetdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_liveactions"));
}

void TestLiveActions::init()
{
    QSettings().clear();
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/actions.jsonl"));
    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->engine());
    m_window->resize(1500, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLiveActions::cleanup()
{
    m_window.reset();
    m_engine.reset();
}

bool TestLiveActions::showSnapshot(const FleetSnapshotPtr& snapshot)
{
    m_window->applySnapshot(snapshot);
    m_window->fleetTree()->expandAll();
    return m_window->fleetModel()->generation() == snapshot->generation;
}

QModelIndex TestLiveActions::sourceIndex(const QString& key, int column) const
{
    return m_window->fleetModel()->indexForKey(key).siblingAtColumn(column);
}

void TestLiveActions::select(const QStringList& keys)
{
    QTreeView* tree = m_window->fleetTree();
    tree->selectionModel()->clearSelection();
    for (const QString& key : keys) {
        const QModelIndex index = m_window->filterModel()->mapFromSource(m_window->fleetModel()->indexForKey(key));
        QVERIFY2(index.isValid(), qPrintable(key));
        tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

void TestLiveActions::shortRevisionReadsEveryFluxRevisionForm_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("shown");
    QTest::newRow("branch@sha1") << AppliedRevision << QStringLiteral("main@1a2b3c4");
    QTest::newRow("legacy branch/commit") << QStringLiteral("main/1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d")
                                         << QStringLiteral("main@1a2b3c4");
    QTest::newRow("tag@sha1") << QStringLiteral("v1.2.0@sha1:abcdef0123456789abcdef0123456789abcdef01")
                              << QStringLiteral("v1.2.0@abcdef0");
    QTest::newRow("OCI digest") << QStringLiteral("latest@sha256:0123456789abcdef0123456789abcdef")
                                << QStringLiteral("latest@sha256:0123456789ab");
    QTest::newRow("bare sha1") << QStringLiteral("sha1:abcdef0123456789") << QStringLiteral("abcdef0");
    QTest::newRow("chart version") << QStringLiteral("6.3.0") << QStringLiteral("6.3.0");
    QTest::newRow("empty") << QString() << QString();
}

void TestLiveActions::shortRevisionReadsEveryFluxRevisionForm()
{
    QFETCH(QString, revision);
    QFETCH(QString, shown);
    QCOMPARE(FleetTreeModel::shortRevision(revision), shown);
}

void TestLiveActions::relativeTimeReadsLikeAClock()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    QCOMPARE(FleetTreeModel::relativeTime(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(FleetTreeModel::relativeTime(now.addSecs(-5 * 60 - 10), now), QStringLiteral("5 min ago"));
    QCOMPARE(FleetTreeModel::relativeTime(now.addSecs(-3 * 3600), now), QStringLiteral("3 h ago"));
    QCOMPARE(FleetTreeModel::relativeTime(now.addDays(-2), now), QStringLiteral("2 d ago"));
    QCOMPARE(FleetTreeModel::relativeTime(QDateTime(), now), QString());
}

void TestLiveActions::theStatusColumnShowsTheStateWithIconAndText()
{
    QVERIFY(showSnapshot(liveSnapshot(1, ReconcileState::Failed)));
    const QModelIndex apps = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
                                         FleetTreeModel::StatusColumn);
    QCOMPARE(apps.data().toString(), QStringLiteral("Failed"));
    QVERIFY(!apps.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(apps.data(Qt::ToolTipRole).toString().contains(QStringLiteral("kustomize build failed")));
    const QModelIndex infra = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("infra")),
                                          FleetTreeModel::StatusColumn);
    QCOMPARE(infra.data().toString(), QStringLiteral("Suspended"));
    const QModelIndex draft = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("draft")),
                                          FleetTreeModel::StatusColumn);
    QCOMPARE(draft.data().toString(), QStringLiteral("Not applied"));
    QVERIFY(draft.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m_window->fleetModel()->headerData(FleetTreeModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestLiveActions::theRevisionColumnMarksASourceThatMovedOn()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    const QModelIndex same = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
                                         FleetTreeModel::RevisionColumn);
    QCOMPARE(same.data().toString(), QStringLiteral("main@1a2b3c4"));
    QCOMPARE(same.data(FleetTreeModel::RevisionDiffersRole).toBool(), false);
    const QModelIndex moved = sourceIndex(keyOf(QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
                                          FleetTreeModel::RevisionColumn);
    QCOMPARE(moved.data().toString(), QStringLiteral("main@1a2b3c4 ≠ main@9f8e7d6"));
    QCOMPARE(moved.data(FleetTreeModel::RevisionDiffersRole).toBool(), true);
    QCOMPARE(moved.data(Qt::ForegroundRole).value<QColor>(), Theme::instance()->color(Theme::Color::Warning));
    const QString tip = moved.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(AppliedRevision) && tip.contains(NewerRevision), qPrintable(tip));
}

void TestLiveActions::theLastReconcileColumnIsRelativeWithTheExactTimeInTheTooltip()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    const QModelIndex apps = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
                                         FleetTreeModel::LastReconcileColumn);
    QCOMPARE(apps.data().toString(), QStringLiteral("5 min ago"));
    const QDateTime when = apps.data(FleetTreeModel::LastReconcileRole).toDateTime();
    QVERIFY(when.isValid());
    QVERIFY(apps.data(Qt::ToolTipRole).toString().contains(when.toUTC().toString(Qt::ISODate)));
}

void TestLiveActions::theRevisionSaysHowFarTheAppliedCommitIsBehindTheCheckout()
{
    FleetSnapshotPtr snapshot = liveSnapshot(1);
    // prod-eu / tenants / acme / apps: the checkout's branch has three commits the cluster has not applied.
    auto tenant = std::const_pointer_cast<FleetNode>(snapshot->root->children.at(0)->children.at(0)->children.at(0));
    auto apps = std::make_shared<FleetNode>(*tenant->children.at(0));
    apps->behindBy = 3;
    tenant->children[0] = apps;
    QVERIFY(showSnapshot(snapshot));
    const QModelIndex revision = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"),
                                                   QStringLiteral("Kustomization"), QStringLiteral("apps")),
                                             FleetTreeModel::RevisionColumn);
    QCOMPARE(revision.data().toString(), QStringLiteral("main@1a2b3c4 · 3 behind"));
    QVERIFY(revision.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 commit(s) ahead")));
    // Not behind, or unknown (-1): the revision alone.
    const QModelIndex infra = sourceIndex(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"),
                                                QStringLiteral("Kustomization"), QStringLiteral("infra")),
                                          FleetTreeModel::RevisionColumn);
    QCOMPARE(infra.data().toString(), QStringLiteral("main@1a2b3c4"));
}

void TestLiveActions::clusterNodesShowTheirFluxControllersHealth()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    FleetTreeModel* model = m_window->fleetModel();
    model->setClusterConnection(QStringLiteral("prod-eu"), QStringLiteral("connected"), {});
    const QModelIndex status = model->indexForKey(QStringLiteral("ws/prod-eu")).siblingAtColumn(FleetTreeModel::StatusColumn);
    const QString connectedOnly = status.data().toString();

    ClusterControllerHealth health;
    ControllerStatus source;
    source.name = QStringLiteral("source-controller");
    source.health = ControllerStatus::Health::Healthy;
    source.version = QStringLiteral("v1.9.0");
    ControllerStatus kustomize;
    kustomize.name = QStringLiteral("kustomize-controller");
    kustomize.health = ControllerStatus::Health::Failed;
    kustomize.message = QStringLiteral("0 of 1 replicas available");
    ControllerStatus helm;
    helm.name = QStringLiteral("helm-controller");
    helm.health = ControllerStatus::Health::NotInstalled;
    health.controllers = {source, kustomize, helm};
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->setClusterControllers(QStringLiteral("prod-eu"), health);
    QCOMPARE(changed.size(), 1);
    // The worst installed controller shows next to the connection; every controller is in the tooltip.
    QCOMPARE(status.data().toString(), connectedOnly + QStringLiteral(" · controllers failed"));
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("source-controller: healthy v1.9.0"))
                 && tip.contains(QStringLiteral("kustomize-controller: failed — 0 of 1 replicas available"))
                 && tip.contains(QStringLiteral("helm-controller: not installed")),
             qPrintable(tip));
    // The same health again changes nothing; healthy controllers leave the connection alone.
    model->setClusterControllers(QStringLiteral("prod-eu"), health);
    QCOMPARE(changed.size(), 1);
    health.controllers[1].health = ControllerStatus::Health::Healthy;
    model->setClusterControllers(QStringLiteral("prod-eu"), health);
    QCOMPARE(status.data().toString(), connectedOnly);
}

void TestLiveActions::theModelStaysConsistentUnderTheTesterAcrossLiveChanges()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(liveSnapshot(1));
    model.applySnapshot(liveSnapshot(2, ReconcileState::Failed));
    // Only the row that changed state is reported, with every column.
    QCOMPARE(changed.size(), 1);
    const QModelIndex from = changed.at(0).at(0).toModelIndex();
    QCOMPARE(from.data(FleetTreeModel::NodeKeyRole).toString(),
             keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), FleetTreeModel::ColumnCount - 1);
    model.setClusterConnection(QStringLiteral("prod-us"), QStringLiteral("offline"), QStringLiteral("dial tcp: refused"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().data().toString(), QStringLiteral("prod-us"));
}

void TestLiveActions::clusterNodesAndTheStatusBarShowTheConnectionWithItsReason()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    ReconcileEngine* engine = m_engine->engine();
    // The engine's own signal, emitted on its thread, reaches the window through the queued connection.
    QMetaObject::invokeMethod(engine, [engine] {
        Q_EMIT engine->clusterStateChanged(QStringLiteral("prod-eu"), QStringLiteral("connected"), QString());
        Q_EMIT engine->clusterStateChanged(QStringLiteral("prod-us"), QStringLiteral("degraded"),
                                           QStringLiteral("watch of kustomizations: 503 Service Unavailable"));
    });
    QTRY_COMPARE(m_window->connectionIndicator()->state(QStringLiteral("prod-us")), QStringLiteral("degraded"));
    const QModelIndex us = sourceIndex(QStringLiteral("ws/prod-us"), FleetTreeModel::StatusColumn);
    QCOMPARE(us.data().toString(), QStringLiteral("Degraded"));
    QVERIFY(us.data(Qt::ToolTipRole).toString().contains(QStringLiteral("503 Service Unavailable")));
    QVERIFY(!us.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(sourceIndex(QStringLiteral("ws/prod-eu"), FleetTreeModel::StatusColumn).data().toString(), QStringLiteral("Connected"));

    ConnectionIndicator* indicator = m_window->connectionIndicator();
    QCOMPARE(indicator->clusters(), QStringList({QStringLiteral("prod-eu"), QStringLiteral("prod-us")}));
    QVERIFY(indicator->isVisibleTo(m_window.get()));
    const QString tip = indicator->chip(QStringLiteral("prod-us"))->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Degraded")) && tip.contains(QStringLiteral("503 Service Unavailable")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("last known state")));
    for (const QString& state : {QStringLiteral("connecting"), QStringLiteral("forbidden"), QStringLiteral("offline")}) {
        indicator->setClusterState(QStringLiteral("prod-eu"), state, QStringLiteral("reason for ") + state);
        QVERIFY(indicator->chip(QStringLiteral("prod-eu"))->toolTip().contains(QStringLiteral("reason for ") + state));
        QCOMPARE(indicator->state(QStringLiteral("prod-eu")), state);
    }
}

void TestLiveActions::actionsAreEnabledOnlyWhereTheyApply()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    LiveActions* actions = m_window->liveActions();
    const auto enabled = [actions] {
        return QList<bool>{actions->reconcileAction()->isEnabled(), actions->reconcileWithSourceAction()->isEnabled(),
                           actions->suspendAction()->isEnabled(), actions->resumeAction()->isEnabled()};
    };
    // reconcile, with source, suspend, resume
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    QCOMPARE(enabled(), QList<bool>({true, true, true, false}));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("infra"))});
    QCOMPARE(enabled(), QList<bool>({false, false, false, true}));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("GitRepository"), QStringLiteral("acme"))});
    QCOMPARE(enabled(), QList<bool>({true, false, true, false}));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("draft"))});
    QCOMPARE(enabled(), QList<bool>({false, false, false, false}));
    // A mixed selection: each action is there for the objects it applies to.
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
            keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("infra"))});
    QCOMPARE(enabled(), QList<bool>({true, true, true, true}));
    // Nothing selected, and a snapshot without live data.
    m_window->fleetTree()->selectionModel()->clearSelection();
    QCOMPARE(enabled(), QList<bool>({false, false, false, false}));
}

void TestLiveActions::aSingleObjectRunsWithoutConfirmation()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    QSignalSpy started(m_window->liveActions(), &LiveActions::actionStarted);
    m_window->liveActions()->reconcileWithSourceAction()->trigger();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("Reconcile with source of apps"));
    const FluxActionRequest& request = m_window->liveActions()->lastRequest();
    QCOMPARE(request.action, FluxAction::Reconcile);
    QVERIFY(request.withSource);
    QCOMPARE(request.targets.size(), 1);
    QCOMPARE(request.targets.at(0).cluster, QStringLiteral("prod-eu"));
    QCOMPARE(request.targets.at(0).target,
             (FluxTarget{QStringLiteral("kustomize.toolkit.fluxcd.io"), QStringLiteral("v1"), QStringLiteral("Kustomization"),
                         QStringLiteral("tenant-acme"), QStringLiteral("apps")}));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Reconcile with source of apps")));
}

void TestLiveActions::aMultiSelectionAsksFirstAndListsEveryTarget()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
            keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("GitRepository"), QStringLiteral("acme")),
            keyOf(QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    QStringList listed;
    QString question;
    answerConfirmation(true, &listed, &question, QStringLiteral("maintenance window"));
    QVERIFY(m_window->liveActions()->trigger(FluxAction::Suspend, false));
    QCOMPARE(listed, QStringList({QStringLiteral("prod-eu: Kustomization/tenant-acme/apps"),
                                  QStringLiteral("prod-eu: GitRepository/tenant-acme/acme"),
                                  QStringLiteral("prod-us: Kustomization/tenant-globex/apps")}));
    QCOMPARE(question, QStringLiteral("Suspend 3 Flux objects on 2 clusters?"));
    const FluxActionRequest& request = m_window->liveActions()->lastRequest();
    QCOMPARE(request.action, FluxAction::Suspend);
    QCOMPARE(request.reason, QStringLiteral("maintenance window"));
    QCOMPARE(request.targets.size(), 3);
}

void TestLiveActions::aTenantStandsForItsLiveKustomizations()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"))});
    QVERIFY(m_window->liveActions()->suspendAction()->isEnabled());
    QStringList listed;
    QString question;
    answerConfirmation(true, &listed, &question);
    QSignalSpy started(m_window->liveActions(), &LiveActions::actionStarted);
    QVERIFY(m_window->liveActions()->trigger(FluxAction::Suspend, false));
    // A whole tenant asks even for one object: infra is suspended already, the GitRepository is not a deployer and
    // draft is not in the cluster.
    QCOMPARE(listed, QStringList({QStringLiteral("prod-eu: Kustomization/tenant-acme/apps")}));
    QCOMPARE(question, QStringLiteral("Suspend 1 Flux object on prod-eu?"));
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("Suspend of tenant acme"));
}

void TestLiveActions::cancellingTheConfirmationRunsNothing()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
            keyOf(QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    QStringList listed;
    QString question;
    answerConfirmation(false, &listed, &question);
    QSignalSpy started(m_window->liveActions(), &LiveActions::actionStarted);
    QVERIFY(!m_window->liveActions()->trigger(FluxAction::Reconcile, false));
    QCOMPARE(listed.size(), 2);
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_window->liveActions()->lastRequest().id, quint64(0));
}

void TestLiveActions::theActionsAreInTheMenuToolbarAndContextMenuWithShortcuts()
{
    LiveActions* live = m_window->liveActions();
    const QList<QAction*> actions = live->actions();
    QCOMPARE(live->reconcileAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(live->reconcileWithSourceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(live->suspendAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(live->resumeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    // The menu bar has the Flux menu with all four, the toolbar too; no other action of the window has their keys.
    QMenu* flux = m_window->findChild<QMenu*>(QStringLiteral("fluxMenu"));
    QVERIFY(flux);
    QVERIFY(m_window->menuBar()->actions().contains(flux->menuAction()));
    auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("fluxToolBar"));
    QVERIFY(toolBar && toolBar->isVisible());
    QSet<QKeySequence> keys;
    for (QAction* action : actions) {
        QVERIFY(flux->actions().contains(action));
        QVERIFY(toolBar->actions().contains(action));
        keys.insert(action->shortcut());
    }
    for (QAction* other : m_window->findChildren<QAction*>()) {
        if (!actions.contains(other) && !other->shortcut().isEmpty())
            QVERIFY2(!keys.contains(other->shortcut()), qPrintable(other->objectName()));
    }
    QCOMPARE(m_window->fleetTree()->contextMenuPolicy(), Qt::CustomContextMenu);
    // The context menu shows the same actions.
    QVERIFY(showSnapshot(liveSnapshot(1)));
    const QModelIndex apps = m_window->filterModel()->mapFromSource(
        m_window->fleetModel()->indexForKey(keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps"))));
    QList<QAction*> shown;
    QTimer::singleShot(0, [&shown] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        shown = menu->actions();
        menu->close();
    });
    const QRect rect = m_window->fleetTree()->visualRect(apps);
    Q_EMIT m_window->fleetTree()->customContextMenuRequested(rect.center());
    for (QAction* action : actions)
        QVERIFY(shown.contains(action));
    QCOMPARE(m_window->currentNodeKey(),
             keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")));
}

void TestLiveActions::aShortcutTriggersTheActionOnTheSelection()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    m_window->fleetTree()->setFocus();
    QSignalSpy started(m_window->liveActions(), &LiveActions::actionStarted);
    QTest::keyClick(m_window->fleetTree(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_window->liveActions()->lastRequest().action, FluxAction::Reconcile);
    QVERIFY(!m_window->liveActions()->lastRequest().withSource);
    // Resume does not apply to a running object: its key does nothing.
    QTest::keyClick(m_window->fleetTree(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(started.size(), 1);
}

void TestLiveActions::theEngineRunsTheActionAndTheOutcomeIsNotifiedAndLogged()
{
    QVERIFY(showSnapshot(liveSnapshot(1)));
    select({keyOf(QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    QSignalSpy finished(m_window->liveActions(), &LiveActions::actionFinished);
    QVERIFY(m_window->liveActions()->trigger(FluxAction::Reconcile, false));
    // The engine has no connection to prod-us: it answers on its own thread, and the window shows it.
    QTRY_COMPARE(finished.size(), 1);
    const auto report = finished.at(0).at(0).value<FluxActionReport>();
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.at(0).cluster, QStringLiteral("prod-us"));
    QCOMPARE(report.results.at(0).result.errorCode, QStringLiteral("kube.offline"));
    const QString summary = finished.at(0).at(1).toString();
    QCOMPARE(summary, QStringLiteral("Reconcile of apps failed: Cluster prod-us is not connected"));
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    QCOMPARE(m_window->statusBar()->currentMessage(), summary);
    QCOMPARE(m_window->notifier()->lastNotification(), QStringLiteral("Flux action failed: ") + summary);
    if (!m_window->notifier()->usesSystemTray()) {
        QVERIFY(m_window->notificationBanner()->isVisible());
        QVERIFY(m_window->notificationBanner()->text().contains(QStringLiteral("Cluster prod-us is not connected")));
    }
    // In the action log view, and in the log file the engine appended to.
    QTreeWidget* log = m_window->actionLogPane()->view();
    QCOMPARE(log->topLevelItemCount(), 1);
    QCOMPARE(log->topLevelItem(0)->text(3), QStringLiteral("Kustomization/tenant-globex/apps"));
    const QList<ActionLogEntry> entries = ActionLog().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("reconcile"));
    QCOMPARE(entries.at(0).cluster, QStringLiteral("prod-us"));
    QVERIFY(!entries.at(0).ok);
    const QString exported = QDir(m_home.path()).filePath(QStringLiteral("actions.csv"));
    QString message;
    QVERIFY2(m_window->actionLogPane()->exportTo(exported, QStringLiteral("csv"), &message), qPrintable(message));
    QFile csv(exported);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("Kustomization/tenant-globex/apps"));
}

void TestLiveActions::undoSuspendResumesWhatTheLastSuspendSuspended()
{
    // Without an engine: the reports are fed as the engine would send them.
    FleetTreeModel model;
    model.applySnapshot(liveSnapshot(1));
    QTreeView tree;
    tree.setModel(&model);
    tree.setSelectionMode(QAbstractItemView::ExtendedSelection);
    QWidget window;
    LiveActions actions(nullptr, &model, &tree, &window);
    QAction* undo = actions.undoSuspendAction();
    QCOMPARE(undo->objectName(), QStringLiteral("undoSuspendAction"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());

    const QString apps = keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"),
                               QStringLiteral("apps"));
    tree.selectionModel()->setCurrentIndex(model.indexForKey(apps),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // A suspend asks even for one object, for its reason.
    QStringList listed;
    QString question;
    answerConfirmation(true, &listed, &question, QStringLiteral("upgrade"));
    QVERIFY(actions.trigger(FluxAction::Suspend, false));
    QCOMPARE(listed, QStringList{QStringLiteral("prod-eu: Kustomization/tenant-acme/apps")});
    QCOMPARE(question, QStringLiteral("Suspend 1 Flux object on prod-eu?"));
    const FluxActionRequest suspend = actions.lastRequest();
    QCOMPARE(suspend.reason, QStringLiteral("upgrade"));
    QCOMPARE(suspend.action, FluxAction::Suspend);
    QCOMPARE(suspend.targets.size(), 1);

    // A failed suspend leaves nothing to undo.
    FluxActionReport failed;
    failed.request = suspend;
    failed.results.append({QStringLiteral("prod-eu"), FluxActionResult{suspend.targets.at(0).target, false,
                                                                          QStringLiteral("forbidden"), {}, {}, {}}});
    actions.engineFinished(failed);
    QVERIFY(!undo->isEnabled());

    answerConfirmation(true, &listed, &question);
    QVERIFY(actions.trigger(FluxAction::Suspend, false));
    FluxActionReport done;
    done.request = actions.lastRequest();
    done.results.append({QStringLiteral("prod-eu"), FluxActionResult{suspend.targets.at(0).target, true,
                                                                        QStringLiteral("suspended"), {}, {}, {}}});
    actions.engineFinished(done);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Suspend (Resume 1 Object(s))"));

    // Undo resumes exactly what was suspended, and is spent.
    QSignalSpy started(&actions, &LiveActions::actionStarted);
    undo->trigger();
    QCOMPARE(actions.lastRequest().action, FluxAction::Resume);
    QCOMPARE(actions.lastRequest().targets, suspend.targets);
    QCOMPARE(started.size(), 1);
    QVERIFY(started.at(0).at(0).toString().startsWith(QStringLiteral("Undo Suspend: Resume of ")));
    QVERIFY(!undo->isEnabled());
}

void TestLiveActions::stateChangesNotifyOnceAndRecoveriesToo()
{
    Notifier notifier(nullptr);
    QSignalSpy notified(&notifier, &Notifier::notified);
    notifier.watch(liveSnapshot(1));
    QCOMPARE(notified.size(), 0); // the first picture only records
    notifier.watch(liveSnapshot(2, ReconcileState::Failed));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Kustomization/apps"));
    QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("kustomize build failed")));
    QCOMPARE(notified.at(0).at(2).toBool(), true);
    notifier.watch(liveSnapshot(3, ReconcileState::Failed));
    QCOMPARE(notified.size(), 1); // never twice for the same state
    notifier.watch(liveSnapshot(4, ReconcileState::Ready));
    QCOMPARE(notified.size(), 2);
    QVERIFY(notified.at(1).at(1).toString().startsWith(QStringLiteral("recovered on prod-eu")));
    notifier.setStateNotifications(false);
    notifier.watch(liveSnapshot(5, ReconcileState::Stale));
    QCOMPARE(notified.size(), 2);
}

void TestLiveActions::theSettingsStoreTheContextMappingAndTheEngineAppliesIt()
{
    {
        SettingsDialog dialog({QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")},
                              {QStringLiteral("prod-eu-west-1"), QStringLiteral("kind-us"), QStringLiteral("admin@lab")});
        dialog.setContext(QStringLiteral("prod-us-east-1"), QStringLiteral("kind-us"));
        QCOMPARE(dialog.contextMapping(), (QHash<QString, QString>{{QStringLiteral("prod-us-east-1"), QStringLiteral("kind-us")}}));
        dialog.save();
    }
    QCOMPARE(SettingsDialog::storedContextMapping(),
             (QHash<QString, QString>{{QStringLiteral("prod-us-east-1"), QStringLiteral("kind-us")}}));
    {
        // Shown again, it starts from what was stored; the same-named context is the default.
        SettingsDialog dialog({QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")},
                              {QStringLiteral("prod-eu-west-1"), QStringLiteral("kind-us")});
        QCOMPARE(dialog.contextMapping(), SettingsDialog::storedContextMapping());
    }

    // The engine connects prod-us-east-1 with that context: a kubeconfig with only "kind-us" (a server that is not
    // there) makes it try, and leaves prod-eu-west-1 offline for want of a context.
    QTemporaryDir fleetDir;
    const auto summary = DemoFleetGenerator::generate(fleetDir.path());
    QVERIFY(summary.has_value());
    const QString kubeconfig = QDir(m_home.path()).filePath(QStringLiteral("kubeconfig"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n  cluster:\n    server: https://127.0.0.1:9\n"
               "contexts:\n- name: kind-us\n  context:\n    cluster: lab\n    user: me\n"
               "users:\n- name: me\n  user:\n    token: t\ncurrent-context: kind-us\n");
    file.close();
    qputenv("KUBECONFIG", kubeconfig.toUtf8());
    m_window.reset();
    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->engine()); // sends the stored mapping to the engine
    QSignalSpy states(m_engine->engine(), &ReconcileEngine::clusterStateChanged);
    m_window->openWorkspace(summary->platformPath);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionIndicator()->clusters().size() == 2, 30000);
    QCOMPARE(m_window->connectionIndicator()->state(QStringLiteral("prod-eu-west-1")), QStringLiteral("offline"));
    QVERIFY(m_window->connectionIndicator()->chip(QStringLiteral("prod-eu-west-1"))->toolTip().contains(
        QStringLiteral("No kubeconfig context prod-eu-west-1")));
    // prod-us-east-1 tried kind-us's server: whatever state it is in, it is not for want of a context.
    const QString usTip = m_window->connectionIndicator()->chip(QStringLiteral("prod-us-east-1"))->toolTip();
    QVERIFY2(!usTip.contains(QStringLiteral("No kubeconfig context")), qPrintable(usTip));
    QHash<QString, QString> applied;
    ReconcileEngine* engine = m_engine->engine();
    QMetaObject::invokeMethod(engine, [&applied, engine] { applied = engine->contextMapping(); }, Qt::BlockingQueuedConnection);
    QCOMPARE(applied, SettingsDialog::storedContextMapping());
    m_window.reset();
    m_engine.reset();
    qputenv("KUBECONFIG", QDir(m_home.path()).filePath(QStringLiteral("no-kubeconfig")).toUtf8());
}

void TestLiveActions::theScreenshotShowsLiveStatusAndActions()
{
    QVERIFY(showSnapshot(liveSnapshot(1, ReconcileState::Failed)));
    m_window->connectionIndicator()->setClusterState(QStringLiteral("prod-eu"), QStringLiteral("connected"), {});
    m_window->connectionIndicator()->setClusterState(QStringLiteral("prod-us"), QStringLiteral("degraded"),
                                                     QStringLiteral("watch: 503"));
    m_window->fleetModel()->setClusterConnection(QStringLiteral("prod-eu"), QStringLiteral("connected"), {});
    m_window->fleetModel()->setClusterConnection(QStringLiteral("prod-us"), QStringLiteral("degraded"), QStringLiteral("watch: 503"));
    select({keyOf(QStringLiteral("prod-us"), QStringLiteral("globex"), QStringLiteral("Kustomization"), QStringLiteral("apps"))});
    m_window->notifier()->notify(QStringLiteral("Flux action finished"),
                                 QStringLiteral("Reconcile of tenant acme finished: Ready at ") + AppliedRevision, false);
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("liveactions.png"));
    QFile::remove(path);
    QVERIFY(m_window->saveScreenshot(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    // The Status column draws the state icons: the Ready green and the Failed red both appear in it.
    const QRect status = m_window->fleetTree()->visualRect(m_window->filterModel()->mapFromSource(sourceIndex(
        keyOf(QStringLiteral("prod-eu"), QStringLiteral("acme"), QStringLiteral("Kustomization"), QStringLiteral("apps")),
        FleetTreeModel::StatusColumn)));
    QVERIFY(status.isValid());
    const QPoint topLeft = m_window->fleetTree()->viewport()->mapTo(m_window.get(), status.topLeft());
    const QColor failed = Theme::instance()->color(Theme::Color::Error);
    bool sawFailed = false;
    for (int y = topLeft.y(); y < topLeft.y() + status.height() && !sawFailed; ++y) {
        for (int x = topLeft.x(); x < topLeft.x() + status.width() && !sawFailed; ++x) {
            const QColor c = image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
            sawFailed = qAbs(c.red() - failed.red()) < 40 && qAbs(c.green() - failed.green()) < 40
                && qAbs(c.blue() - failed.blue()) < 40;
        }
    }
    QVERIFY(sawFailed);
    // The status bar shows a chip per cluster.
    QWidget* chip = m_window->connectionIndicator()->chip(QStringLiteral("prod-us"));
    QVERIFY(chip && chip->isVisible());
}

QTEST_MAIN(TestLiveActions)

#include "tst_liveactions.moc"
