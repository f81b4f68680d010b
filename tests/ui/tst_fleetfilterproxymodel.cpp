#include "models/FleetFilterProxyModel.h"
#include "models/FleetTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fleetdesk;

namespace {

FleetNodePtr makeNode(NodeKind nodeKind, const QString& key, const QString& name, const QString& kind,
                      const QString& cluster, const QString& tenant, std::vector<FleetNodePtr> children = {},
                      const QStringList& rules = {})
{
    auto node = std::make_shared<FleetNode>();
    node->nodeKind = nodeKind;
    node->key = key;
    node->name = name;
    node->kind = kind;
    node->cluster = cluster;
    node->tenant = tenant;
    node->lintRules = rules;
    node->children = std::move(children);
    return node;
}

/// Two clusters; eu has tenants acme and legacy (with a plain Secret), us has acme; the platform applies an
/// "infrastructure" Kustomization with a HelmRelease below it.
FleetSnapshotPtr fleet()
{
    std::vector<FleetNodePtr> clusters;
    for (const QString& cluster : {QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}) {
        const QString ck = QStringLiteral("c:") + cluster;
        const QString pk = ck + QStringLiteral("/platform");
        auto helm = makeNode(NodeKind::Object, pk + QStringLiteral("/f:infra/o:ingress"),
                             QStringLiteral("ingress-nginx"), QStringLiteral("HelmRelease"), cluster, {});
        auto infra = makeNode(NodeKind::FluxObject, pk + QStringLiteral("/f:infra"), QStringLiteral("infrastructure"),
                              QStringLiteral("Kustomization"), cluster, {}, {helm});
        auto platform = makeNode(NodeKind::Platform, pk, QStringLiteral("Platform"), {}, cluster, {}, {infra});

        std::vector<FleetNodePtr> tenantNodes;
        QStringList tenantNames{QStringLiteral("acme")};
        if (cluster.contains(QLatin1String("eu")))
            tenantNames.append(QStringLiteral("legacy"));
        for (const QString& t : tenantNames) {
            const QString tk = ck + QStringLiteral("/tenants/t:") + t;
            std::vector<FleetNodePtr> objects{makeNode(NodeKind::FluxObject, tk + QStringLiteral("/f:ks"),
                                                       QStringLiteral("tenant-") + t, QStringLiteral("Kustomization"),
                                                       cluster, t)};
            if (t == QLatin1String("legacy")) {
                objects.push_back(makeNode(NodeKind::Object, tk + QStringLiteral("/o:secret"),
                                           QStringLiteral("db-password"), QStringLiteral("Secret"), cluster, t, {},
                                           {QStringLiteral("plain-secret")}));
            }
            tenantNodes.push_back(makeNode(NodeKind::Tenant, tk, t, {}, cluster, t, objects));
        }
        auto tenants = makeNode(NodeKind::Tenants, ck + QStringLiteral("/tenants"), QStringLiteral("Tenants"), {},
                                cluster, {}, tenantNodes);
        clusters.push_back(makeNode(NodeKind::Cluster, ck, cluster, {}, cluster, {}, {platform, tenants}));
    }
    auto snap = std::make_shared<FleetSnapshot>();
    snap->generation = 1;
    snap->workspaceRoot = QStringLiteral("/fleet/platform-flux");
    snap->root = makeNode(NodeKind::Workspace, QStringLiteral("workspace"), {}, {}, {}, {}, clusters);
    return snap;
}

QStringList visibleKeys(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        keys.append(index.data(FleetTreeModel::NodeKeyRole).toString());
        keys += visibleKeys(model, index);
    }
    return keys;
}

} // namespace

class TestFleetFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterMatchesNameKindTenantClusterAndRule_data();
    void filterMatchesNameKindTenantClusterAndRule();
    void anEmptyFilterShowsEverything();
    void theFilterFollowsSnapshotChanges();
    void sortingByLintCountIsNumeric();
};

void TestFleetFilterProxyModel::filterMatchesNameKindTenantClusterAndRule_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    const QString eu = QStringLiteral("c:prod-eu-west-1");
    const QString us = QStringLiteral("c:prod-us-east-1");
    const auto tenantPath = [](const QString& cluster, const QString& tenant) {
        const QString tenantKey = cluster + QStringLiteral("/tenants/t:") + tenant;
        return QStringList{cluster, cluster + QStringLiteral("/tenants"), tenantKey,
                           tenantKey + QStringLiteral("/f:ks")};
    };

    // A tenant name matches the tenant and everything in it, in every cluster, with the ancestors.
    QTest::newRow("tenant") << QStringLiteral("acme")
                            << tenantPath(eu, QStringLiteral("acme")) + tenantPath(us, QStringLiteral("acme"));
    // A lint rule id matches the object that has it; its ancestors stay visible, its siblings do not.
    QTest::newRow("rule") << QStringLiteral("PLAIN-secret")
                          << QStringList{eu, eu + QStringLiteral("/tenants"), eu + QStringLiteral("/tenants/t:legacy"),
                                         eu + QStringLiteral("/tenants/t:legacy/o:secret")};
    // A kind matches case-insensitively.
    QTest::newRow("kind") << QStringLiteral("helmrelease")
                          << QStringList{eu, eu + QStringLiteral("/platform"), eu + QStringLiteral("/platform/f:infra"),
                                         eu + QStringLiteral("/platform/f:infra/o:ingress"), us,
                                         us + QStringLiteral("/platform"), us + QStringLiteral("/platform/f:infra"),
                                         us + QStringLiteral("/platform/f:infra/o:ingress")};
    // A name match keeps its descendants visible even when they match nothing themselves.
    QTest::newRow("name with descendants")
        << QStringLiteral("infrastructure")
        << QStringList{eu, eu + QStringLiteral("/platform"), eu + QStringLiteral("/platform/f:infra"),
                       eu + QStringLiteral("/platform/f:infra/o:ingress"), us, us + QStringLiteral("/platform"),
                       us + QStringLiteral("/platform/f:infra"), us + QStringLiteral("/platform/f:infra/o:ingress")};
    // A cluster name shows that cluster's whole tree.
    QTest::newRow("cluster") << QStringLiteral("us-east")
                             << QStringList{us,
                                            us + QStringLiteral("/platform"),
                                            us + QStringLiteral("/platform/f:infra"),
                                            us + QStringLiteral("/platform/f:infra/o:ingress"),
                                            us + QStringLiteral("/tenants"),
                                            us + QStringLiteral("/tenants/t:acme"),
                                            us + QStringLiteral("/tenants/t:acme/f:ks")};
    // Every word must match.
    QTest::newRow("two words") << QStringLiteral("legacy  secret")
                               << QStringList{eu, eu + QStringLiteral("/tenants"),
                                              eu + QStringLiteral("/tenants/t:legacy"),
                                              eu + QStringLiteral("/tenants/t:legacy/o:secret")};
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QStringList();
}

void TestFleetFilterProxyModel::filterMatchesNameKindTenantClusterAndRule()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);

    FleetTreeModel model;
    model.applySnapshot(fleet());
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.setFilterText(filter);
    QCOMPARE(visibleKeys(proxy), expected);
    QVERIFY(proxy.isFiltering());
}

void TestFleetFilterProxyModel::anEmptyFilterShowsEverything()
{
    FleetTreeModel model;
    model.applySnapshot(fleet());
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("legacy"));
    QVERIFY(visibleKeys(proxy).size() < visibleKeys(model).size());

    proxy.setFilterText(QStringLiteral("   "));
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(visibleKeys(proxy), visibleKeys(model));
}

void TestFleetFilterProxyModel::theFilterFollowsSnapshotChanges()
{
    FleetTreeModel model;
    const FleetSnapshotPtr first = fleet();
    model.applySnapshot(first);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilterText(QStringLiteral("plain-secret"));
    QCOMPARE(visibleKeys(proxy).size(), 4);

    // The next generation fixes the secret (no rule any more): the match disappears.
    auto next = std::make_shared<FleetSnapshot>(*first);
    next->generation = 2;
    auto root = std::make_shared<FleetNode>(*first->root);
    auto eu = std::make_shared<FleetNode>(*root->children[0]);
    auto tenants = std::make_shared<FleetNode>(*eu->children[1]);
    auto legacy = std::make_shared<FleetNode>(*tenants->children[1]);
    auto secret = std::make_shared<FleetNode>(*legacy->children[1]);
    secret->lintRules.clear();
    legacy->children[1] = secret;
    tenants->children[1] = legacy;
    eu->children[1] = tenants;
    root->children[0] = eu;
    next->root = root;
    model.applySnapshot(next);

    QVERIFY(visibleKeys(proxy).isEmpty());
}

void TestFleetFilterProxyModel::sortingByLintCountIsNumeric()
{
    auto snap = std::make_shared<FleetSnapshot>();
    snap->generation = 1;
    auto root = std::make_shared<FleetNode>();
    root->key = QStringLiteral("workspace");
    for (const int count : {9, 10, 2}) {
        auto node = std::make_shared<FleetNode>();
        node->key = QStringLiteral("n%1").arg(count);
        node->name = node->key;
        node->lintTotal = count;
        root->children.push_back(node);
    }
    snap->root = root;
    FleetTreeModel model;
    model.applySnapshot(snap);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FleetTreeModel::LintColumn, Qt::DescendingOrder);

    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, FleetTreeModel::LintColumn).data().toString());
    QCOMPARE(order, QStringList({QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("2")}));
}

QTEST_MAIN(TestFleetFilterProxyModel)

#include "tst_fleetfilterproxymodel.moc"
