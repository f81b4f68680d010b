#include "models/FleetFilterProxyModel.h"
#include "models/FleetTreeModel.h"

#include <QAbstractItemModelTester>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace fleetdesk;

namespace {

/// A compact, hand-built snapshot tree: "cluster/tenants/tenant/object" keys as the engine makes them.
struct NodeSpec
{
    NodeKind nodeKind;
    QString key;
    QString name;
    QString kind;
    std::vector<NodeSpec> children;
};

FleetNodePtr build(const NodeSpec& spec, const QString& cluster = {}, const QString& tenant = {})
{
    auto node = std::make_shared<FleetNode>();
    node->nodeKind = spec.nodeKind;
    node->key = spec.key;
    node->name = spec.name;
    node->kind = spec.kind;
    node->cluster = spec.nodeKind == NodeKind::Cluster ? spec.name : cluster;
    node->tenant = spec.nodeKind == NodeKind::Tenant ? spec.name : tenant;
    for (const NodeSpec& child : spec.children)
        node->children.push_back(build(child, node->cluster, node->tenant));
    return node;
}

NodeSpec object(const QString& parentKey, const QString& kind, const QString& name)
{
    return {NodeKind::FluxObject, parentKey + QStringLiteral("/f:") + kind + u'/' + name, name, kind, {}};
}

NodeSpec tenant(const QString& clusterKey, const QString& name)
{
    const QString key = clusterKey + QStringLiteral("/tenants/t:") + name;
    return {NodeKind::Tenant, key, name, {},
            {object(key, QStringLiteral("GitRepository"), QStringLiteral("tenant-") + name),
             object(key, QStringLiteral("Kustomization"), QStringLiteral("tenant-") + name)}};
}

NodeSpec cluster(const QString& name, const QStringList& tenants)
{
    const QString key = QStringLiteral("c:") + name;
    NodeSpec group{NodeKind::Tenants, key + QStringLiteral("/tenants"), QStringLiteral("Tenants"), {}, {}};
    for (const QString& t : tenants)
        group.children.push_back(tenant(key, t));
    NodeSpec platform{NodeKind::Platform, key + QStringLiteral("/platform"), QStringLiteral("Platform"), {},
                      {object(key + QStringLiteral("/platform"), QStringLiteral("Kustomization"),
                              QStringLiteral("flux-system"))}};
    return {NodeKind::Cluster, key, name, {}, {platform, group}};
}

FleetSnapshotPtr snapshot(quint64 generation, const std::vector<NodeSpec>& clusters,
                          const QString& workspace = QStringLiteral("/fleet/platform-flux"))
{
    NodeSpec root{NodeKind::Workspace, QStringLiteral("workspace"), QStringLiteral("platform-flux"), {}, clusters};
    auto snap = std::make_shared<FleetSnapshot>();
    snap->generation = generation;
    snap->workspaceRoot = workspace;
    snap->root = build(root);
    return snap;
}

/// A snapshot that shares every subtree of `previous` that did not change, the way the engine publishes them.
FleetSnapshotPtr sharing(const FleetSnapshotPtr& previous, FleetSnapshotPtr next)
{
    std::function<FleetNodePtr(const FleetNodePtr&, const FleetNodePtr&)> share =
        [&share](const FleetNodePtr& fresh, const FleetNodePtr& old) -> FleetNodePtr {
        if (!old || old->key != fresh->key)
            return fresh;
        auto copy = std::make_shared<FleetNode>(*fresh);
        bool allSame = copy->sameContent(*old) && fresh->children.size() == old->children.size();
        for (size_t i = 0; i < copy->children.size(); ++i) {
            FleetNodePtr match;
            for (const FleetNodePtr& candidate : old->children) {
                if (candidate->key == fresh->children[i]->key)
                    match = candidate;
            }
            copy->children[i] = share(fresh->children[i], match);
            allSame = allSame && i < old->children.size() && copy->children[i] == old->children[i];
        }
        return allSame ? old : FleetNodePtr(copy);
    };
    auto result = std::make_shared<FleetSnapshot>(*next);
    result->root = share(next->root, previous->root);
    return result;
}

/// The model's tree as "key(name)" lines, depth-first, indented.
QStringList dumpModel(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth * 2, u' ') + index.data(FleetTreeModel::NodeKeyRole).toString() + u'('
                     + index.data().toString() + u')');
        lines += dumpModel(model, index, depth + 1);
    }
    return lines;
}

QStringList dumpSnapshot(const FleetNode& node, int depth = 0)
{
    QStringList lines;
    for (const FleetNodePtr& child : node.children) {
        lines.append(QString(depth * 2, u' ') + child->key + u'(' + child->name + u')');
        lines += dumpSnapshot(*child, depth + 1);
    }
    return lines;
}

const QString eu = QStringLiteral("prod-eu-west-1");
const QString us = QStringLiteral("prod-us-east-1");
const QStringList threeTenants{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")};

} // namespace

class TestFleetTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theModelMirrorsEverySnapshotOfAnEditSequenceUnderTheTester_data();
    void theModelMirrorsEverySnapshotOfAnEditSequenceUnderTheTester();
    void aPlanFromAnotherSnapshotIsIgnored();
    void addingATenantInsertsOneRowWithoutAReset();
    void removingATenantRemovesOneRowWithoutAReset();
    void aChangedNodeEmitsDataChangedForItsRow();
    void staleGenerationsAreDropped();
    void openingAnotherWorkspaceResetsTheModel();
    void expansionAndSelectionSurviveARefresh();
    void persistentIndexesFollowMovedSiblings();
    void indexForKeyAndNodeFindEachOther();
    void rolesExposeTheNodeFields();
    void headersNameTheColumns();
};

void TestFleetTreeModel::theModelMirrorsEverySnapshotOfAnEditSequenceUnderTheTester_data()
{
    QTest::addColumn<bool>("planned");
    QTest::newRow("diffed by the model") << false;
    QTest::newRow("replaying a plan made on a worker") << true;
}

void TestFleetTreeModel::theModelMirrorsEverySnapshotOfAnEditSequenceUnderTheTester()
{
    QFETCH(bool, planned);
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FleetTreeModel::NameColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    std::vector<std::vector<NodeSpec>> steps{
        {cluster(eu, threeTenants), cluster(us, threeTenants)},
        // add a tenant and a cluster
        {cluster(eu, threeTenants + QStringList{QStringLiteral("legacy")}), cluster(us, threeTenants),
         cluster(QStringLiteral("staging"), {QStringLiteral("acme")})},
        // remove tenants from the middle and the front
        {cluster(eu, {QStringLiteral("globex"), QStringLiteral("legacy")}), cluster(us, threeTenants),
         cluster(QStringLiteral("staging"), {QStringLiteral("acme")})},
        // reorder clusters and tenants
        {cluster(QStringLiteral("staging"), {QStringLiteral("acme")}),
         cluster(us, {QStringLiteral("initech"), QStringLiteral("acme"), QStringLiteral("globex")}),
         cluster(eu, {QStringLiteral("legacy"), QStringLiteral("globex")})},
        // clear everything
        {},
        // and fill it again
        {cluster(eu, threeTenants), cluster(us, threeTenants)},
    };
    // A change of name (same key) and a moved object inside a tenant.
    std::vector<NodeSpec> renamed{cluster(eu, threeTenants), cluster(us, threeTenants)};
    renamed[1].children[1].children[0].children[0].name = QStringLiteral("renamed");
    std::swap(renamed[0].children[1].children[2].children[0], renamed[0].children[1].children[2].children[1]);
    steps.push_back(renamed);

    FleetSnapshotPtr previous;
    quint64 generation = 0;
    for (const auto& step : steps) {
        FleetSnapshotPtr next = snapshot(++generation, step);
        if (previous)
            next = sharing(previous, next);
        SnapshotPlanPtr plan;
        if (planned && previous)
            plan = QtConcurrent::run([previous, next] { return SnapshotPlan::between(previous, next); }).result();
        model.applySnapshot(next, plan);
        QCOMPARE(dumpModel(model), dumpSnapshot(*next->root));
        QCOMPARE(model.generation(), generation);
        previous = next;
    }
}

void TestFleetTreeModel::aPlanFromAnotherSnapshotIsIgnored()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto first = snapshot(1, {cluster(eu, threeTenants), cluster(us, threeTenants)});
    model.applySnapshot(first);
    // A plan made from a snapshot the model never showed (here: to the same target) would replay wrong rows.
    const auto other = snapshot(1, {cluster(eu, {QStringLiteral("acme")})});
    const auto next = sharing(first, snapshot(2, {cluster(us, {QStringLiteral("globex")})}));
    model.applySnapshot(next, SnapshotPlan::between(other, next));
    QCOMPARE(dumpModel(model), dumpSnapshot(*next->root));
    QCOMPARE(model.generation(), quint64(2));
}

void TestFleetTreeModel::addingATenantInsertsOneRowWithoutAReset()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto first = snapshot(1, {cluster(eu, threeTenants), cluster(us, threeTenants)});
    model.applySnapshot(first);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    model.applySnapshot(sharing(first, snapshot(2, {cluster(eu, threeTenants + QStringList{QStringLiteral("legacy")}),
                                                    cluster(us, threeTenants)})));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removes.count(), 0);
    QCOMPARE(inserts.count(), 1);
    const QModelIndex parent = inserts.first().at(0).toModelIndex();
    QCOMPARE(parent.data(FleetTreeModel::NodeKeyRole).toString(), QStringLiteral("c:prod-eu-west-1/tenants"));
    QCOMPARE(inserts.first().at(1).toInt(), 3);
    QCOMPARE(inserts.first().at(2).toInt(), 3);
    QCOMPARE(model.index(3, 0, parent).data().toString(), QStringLiteral("legacy"));
    QCOMPARE(model.rowCount(model.index(3, 0, parent)), 2);
}

void TestFleetTreeModel::removingATenantRemovesOneRowWithoutAReset()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto first = snapshot(1, {cluster(eu, threeTenants), cluster(us, threeTenants)});
    model.applySnapshot(first);
    const QPersistentModelIndex globex = model.indexForKey(QStringLiteral("c:prod-us-east-1/tenants/t:globex"));
    const QPersistentModelIndex initech = model.indexForKey(QStringLiteral("c:prod-us-east-1/tenants/t:initech"));
    QVERIFY(globex.isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    const QStringList remaining{QStringLiteral("acme"), QStringLiteral("initech")};
    model.applySnapshot(sharing(first, snapshot(2, {cluster(eu, threeTenants), cluster(us, remaining)})));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removes.count(), 1);
    QCOMPARE(removes.first().at(1).toInt(), 1);
    QVERIFY(!globex.isValid());
    QVERIFY(initech.isValid());
    QCOMPARE(initech.row(), 1);
    QVERIFY(!model.indexForKey(QStringLiteral("c:prod-us-east-1/tenants/t:globex")).isValid());
}

void TestFleetTreeModel::aChangedNodeEmitsDataChangedForItsRow()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto first = snapshot(1, {cluster(eu, threeTenants)});
    model.applySnapshot(first);

    auto edited = std::vector<NodeSpec>{cluster(eu, threeTenants)};
    edited[0].children[1].children[1].children[1].name = QStringLiteral("tenant-globex-v2");
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.applySnapshot(sharing(first, snapshot(2, edited)));

    QCOMPARE(inserts.count(), 0);
    QCOMPARE(changes.count(), 1);
    const QModelIndex topLeft = changes.first().at(0).toModelIndex();
    QCOMPARE(topLeft.data().toString(), QStringLiteral("tenant-globex-v2"));
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(changes.first().at(1).toModelIndex().column(), FleetTreeModel::ColumnCount - 1);
}

void TestFleetTreeModel::staleGenerationsAreDropped()
{
    FleetTreeModel model;
    QSignalSpy applied(&model, &FleetTreeModel::snapshotApplied);
    model.applySnapshot(snapshot(5, {cluster(eu, threeTenants), cluster(us, threeTenants)}));
    model.applySnapshot(snapshot(3, {cluster(eu, {})}));
    model.applySnapshot(snapshot(5, {cluster(us, {})}));

    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).toULongLong(), quint64(5));
    QCOMPARE(model.generation(), quint64(5));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.indexForKey(QStringLiteral("c:prod-us-east-1/tenants/t:acme")).isValid());

    model.applySnapshot(snapshot(6, {cluster(us, {})}));
    QCOMPARE(applied.count(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TestFleetTreeModel::openingAnotherWorkspaceResetsTheModel()
{
    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snapshot(1, {cluster(eu, threeTenants)}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.applySnapshot(snapshot(2, {cluster(eu, threeTenants), cluster(us, {})}));
    QCOMPARE(resets.count(), 0);

    model.applySnapshot(snapshot(3, {cluster(us, threeTenants)}, QStringLiteral("/other/platform")));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(dumpModel(model), dumpSnapshot(*model.snapshot()->root));
}

void TestFleetTreeModel::expansionAndSelectionSurviveARefresh()
{
    FleetTreeModel model;
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(FleetTreeModel::NameColumn, Qt::AscendingOrder);

    const auto first = snapshot(1, {cluster(eu, threeTenants), cluster(us, threeTenants)});
    model.applySnapshot(first);
    const auto proxyIndex = [&](const QString& key) { return proxy.mapFromSource(model.indexForKey(key)); };
    const QString tenantsKey = QStringLiteral("c:prod-us-east-1/tenants");
    const QString initechKey = QStringLiteral("c:prod-us-east-1/tenants/t:initech");
    const QString selectedKey = initechKey + QStringLiteral("/f:Kustomization/tenant-initech");
    view.expand(proxyIndex(QStringLiteral("c:prod-us-east-1")));
    view.expand(proxyIndex(tenantsKey));
    view.expand(proxyIndex(initechKey));
    view.selectionModel()->setCurrentIndex(proxyIndex(selectedKey),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // A refresh that adds a tenant before initech, removes acme, renames the selected object's sibling and adds
    // a cluster that sorts first.
    auto edited = std::vector<NodeSpec>{cluster(QStringLiteral("a-staging"), {QStringLiteral("acme")}),
                                        cluster(eu, threeTenants),
                                        cluster(us, {QStringLiteral("globex"), QStringLiteral("hooli"),
                                                     QStringLiteral("initech")})};
    edited[2].children[1].children[2].children[0].name = QStringLiteral("tenant-initech-source");
    model.applySnapshot(sharing(first, snapshot(2, edited)));

    QVERIFY(view.isExpanded(proxyIndex(QStringLiteral("c:prod-us-east-1"))));
    QVERIFY(view.isExpanded(proxyIndex(tenantsKey)));
    QVERIFY(view.isExpanded(proxyIndex(initechKey)));
    QVERIFY(!view.isExpanded(proxyIndex(QStringLiteral("c:prod-eu-west-1"))));
    QCOMPARE(view.currentIndex().data(FleetTreeModel::NodeKeyRole).toString(), selectedKey);
    QVERIFY(view.selectionModel()->isRowSelected(view.currentIndex().row(), view.currentIndex().parent()));
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
}

void TestFleetTreeModel::persistentIndexesFollowMovedSiblings()
{
    FleetTreeModel model;
    const auto first = snapshot(1, {cluster(eu, threeTenants), cluster(us, threeTenants)});
    model.applySnapshot(first);
    const QPersistentModelIndex usCluster = model.indexForKey(QStringLiteral("c:prod-us-east-1"));
    QCOMPARE(usCluster.row(), 1);

    model.applySnapshot(sharing(first, snapshot(2, {cluster(QStringLiteral("dev"), {}), cluster(eu, threeTenants),
                                                    cluster(us, threeTenants)})));
    QVERIFY(usCluster.isValid());
    QCOMPARE(usCluster.row(), 2);
    QCOMPARE(usCluster.data().toString(), us);
}

void TestFleetTreeModel::indexForKeyAndNodeFindEachOther()
{
    FleetTreeModel model;
    model.applySnapshot(snapshot(1, {cluster(eu, threeTenants)}));
    const QString key = QStringLiteral("c:prod-eu-west-1/tenants/t:globex/f:GitRepository/tenant-globex");
    const QModelIndex index = model.indexForKey(key);
    QVERIFY(index.isValid());
    const FleetNode* node = model.node(index);
    QVERIFY(node);
    QCOMPARE(node->key, key);
    QCOMPARE(node->kind, QStringLiteral("GitRepository"));
    QCOMPARE(model.sharedNode(index).get(), node);
    QVERIFY(!model.indexForKey(QStringLiteral("c:nowhere")).isValid());
    QCOMPARE(model.node(QModelIndex()), nullptr);
}

void TestFleetTreeModel::rolesExposeTheNodeFields()
{
    auto snap = std::make_shared<FleetSnapshot>();
    snap->generation = 1;
    snap->workspaceRoot = QStringLiteral("/fleet/platform-flux");
    auto root = std::make_shared<FleetNode>();
    root->nodeKind = NodeKind::Workspace;
    root->key = QStringLiteral("workspace");
    auto ks = std::make_shared<FleetNode>();
    ks->nodeKind = NodeKind::FluxObject;
    ks->key = QStringLiteral("c:eu/tenants/t:legacy/f:ks");
    ks->name = QStringLiteral("tenant-legacy");
    ks->kind = QStringLiteral("Kustomization");
    ks->ns = QStringLiteral("tenant-legacy");
    ks->source = QStringLiteral("GitRepository/tenant-legacy/tenant-legacy");
    ks->path = QStringLiteral("./clusters/eu");
    ks->cluster = QStringLiteral("eu");
    ks->tenant = QStringLiteral("legacy");
    ks->repositoryRoot = QStringLiteral("/fleet/platform-flux");
    ks->location = {QStringLiteral("clusters/eu/tenants/legacy/sync.yaml"), 12, 1};
    ks->lintErrors = 1;
    ks->lintTotal = 1;
    ks->lintRules = {QStringLiteral("tenant-service-account")};
    ks->state = ReconcileState::Suspended;
    root->children.push_back(ks);
    snap->root = root;

    FleetTreeModel model;
    model.applySnapshot(snap);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(FleetTreeModel::NodeKeyRole).toString(), ks->key);
    QCOMPARE(index.data(FleetTreeModel::NodeKindRole).toInt(), int(NodeKind::FluxObject));
    QCOMPARE(index.data(FleetTreeModel::KindRole).toString(), QStringLiteral("Kustomization"));
    QCOMPARE(index.data(FleetTreeModel::LintRulesRole).toStringList(), ks->lintRules);
    QCOMPARE(index.data(FleetTreeModel::LintCountRole).toInt(), 1);
    QCOMPARE(index.data(FleetTreeModel::TenantRole).toString(), QStringLiteral("legacy"));
    QCOMPARE(index.data(FleetTreeModel::ClusterRole).toString(), QStringLiteral("eu"));
    QCOMPARE(index.data(FleetTreeModel::LocationRole).toString(),
             QStringLiteral("clusters/eu/tenants/legacy/sync.yaml:12:1"));
    QCOMPARE(index.data(FleetTreeModel::FilePathRole).toString(),
             QStringLiteral("/fleet/platform-flux/clusters/eu/tenants/legacy/sync.yaml"));
    QCOMPARE(index.data(FleetTreeModel::LineRole).toInt(), 12);
    QCOMPARE(index.data(FleetTreeModel::StateRole).toInt(), int(ReconcileState::Suspended));
    QCOMPARE(model.index(0, FleetTreeModel::KindColumn).data().toString(), QStringLiteral("Kustomization"));
    QCOMPARE(model.index(0, FleetTreeModel::NamespaceColumn).data().toString(), QStringLiteral("tenant-legacy"));
    QCOMPARE(model.index(0, FleetTreeModel::SourceColumn).data().toString(), ks->source);
    QCOMPARE(model.index(0, FleetTreeModel::PathColumn).data().toString(), ks->path);
    QCOMPARE(model.index(0, FleetTreeModel::LintColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, FleetTreeModel::LintColumn).data(FleetTreeModel::SortRole).toInt(), 1);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!model.index(0, FleetTreeModel::LintColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("tenant-service-account")));
}

void TestFleetTreeModel::headersNameTheColumns()
{
    FleetTreeModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Status"),
                                   QStringLiteral("Revision"), QStringLiteral("Last Reconcile"),
                                   QStringLiteral("Namespace"), QStringLiteral("Source"), QStringLiteral("Path"),
                                   QStringLiteral("Lint"), QStringLiteral("Drift")}));
}

QTEST_MAIN(TestFleetTreeModel)

#include "tst_fleettreemodel.moc"
