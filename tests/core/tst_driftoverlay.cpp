// DriftOverlay: drift counts on tree nodes, rolled up to tenants and clusters, each object counted once.

#include "drift/DriftOverlay.h"

#include <QtTest>

using namespace fleetdesk;

namespace {

std::shared_ptr<FleetNode> node(NodeKind nodeKind, const QString& key, const QString& kind = {}, const QString& ns = {},
                                const QString& name = {})
{
    auto n = std::make_shared<FleetNode>();
    n->nodeKind = nodeKind;
    n->key = key;
    n->kind = kind;
    n->ns = ns;
    n->name = name;
    n->cluster = QStringLiteral("prod");
    return n;
}

ObjectDrift object(const QString& kind, const QString& ns, const QString& name, DriftKind driftKind)
{
    ObjectDrift o;
    o.id = ObjectId::fromApiVersion(kind == QLatin1String("Deployment") ? "apps/v1" : "v1", kind, ns, name);
    o.kind = driftKind;
    return o;
}

/// prod / tenants / acme / Kustomization acme (Deployment web, ConfigMap cfg, Kustomization acme-db (Secret db))
FleetNodePtr tree()
{
    auto root = node(NodeKind::Workspace, "w");
    auto cluster = node(NodeKind::Cluster, "w/c", {}, {}, "prod");
    auto tenants = node(NodeKind::Tenants, "w/c/t");
    auto tenant = node(NodeKind::Tenant, "w/c/t/acme", {}, {}, "acme");
    auto ks = node(NodeKind::FluxObject, "w/c/t/acme/ks", "Kustomization", "acme", "acme");
    ks->children.push_back(node(NodeKind::Object, "w/c/t/acme/ks/web", "Deployment", "acme", "web"));
    ks->children.push_back(node(NodeKind::Object, "w/c/t/acme/ks/cfg", "ConfigMap", "acme", "cfg"));
    auto child = node(NodeKind::FluxObject, "w/c/t/acme/ks/db", "Kustomization", "acme", "acme-db");
    child->children.push_back(node(NodeKind::Object, "w/c/t/acme/ks/db/secret", "Secret", "acme", "db"));
    ks->children.push_back(child);
    tenant->children.push_back(ks);
    tenants->children.push_back(tenant);
    cluster->children.push_back(tenants);
    cluster->children.push_back(node(NodeKind::Platform, "w/c/p"));
    root->children.push_back(cluster);
    return root;
}

const FleetNode* find(const FleetNodePtr& root, const QString& key)
{
    if (root->key == key)
        return root.get();
    for (const FleetNodePtr& child : root->children) {
        if (const FleetNode* found = find(child, key))
            return found;
    }
    return nullptr;
}

} // namespace

class TestDriftOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsRollUpToTenantsAndClustersCountingEachObjectOnce()
    {
        auto acme = std::make_shared<KustomizationDrift>();
        acme->objects = {object("Deployment", "acme", "web", DriftKind::Change),
                         object("ConfigMap", "acme", "cfg", DriftKind::InSync),
                         object("ConfigMap", "acme", "old", DriftKind::Prune)};
        auto db = std::make_shared<KustomizationDrift>();
        db->objects = {object("Secret", "acme", "db", DriftKind::Change)};
        const QHash<QString, KustomizationDriftPtr> drifts{{DriftOverlay::key("prod", "acme", "acme"), acme},
                                                           {DriftOverlay::key("prod", "acme", "acme-db"), db}};
        const FleetNodePtr folded = DriftOverlay::apply(tree(), drifts);
        QCOMPARE(find(folded, "w/c/t/acme/ks")->drift, 2);
        QCOMPARE(find(folded, "w/c/t/acme/ks/web")->drift, 1);
        QCOMPARE(find(folded, "w/c/t/acme/ks/cfg")->drift, 0);
        QCOMPARE(find(folded, "w/c/t/acme/ks/db")->drift, 1);
        QCOMPARE(find(folded, "w/c/t/acme/ks/db/secret")->drift, 1);
        QCOMPARE(find(folded, "w/c/t/acme/ks")->driftTotal, 3);
        QCOMPARE(find(folded, "w/c/t/acme")->driftTotal, 3);
        QCOMPARE(find(folded, "w/c")->driftTotal, 3);
        QCOMPARE(folded->driftTotal, 3);
        QCOMPARE(find(folded, "w/c/p")->driftTotal, 0);
    }

    void kustomizationsWithoutAReportStayUnknownAndUnchangedTreesAreShared()
    {
        const FleetNodePtr original = tree();
        const FleetNodePtr folded = DriftOverlay::apply(original, {});
        QCOMPARE(find(folded, "w/c/t/acme/ks")->drift, -1);
        QCOMPARE(folded->driftTotal, 0);
        QVERIFY(folded == original);

        auto failed = std::make_shared<KustomizationDrift>();
        failed->error = "render failed";
        const FleetNodePtr withError = DriftOverlay::apply(original, {{DriftOverlay::key("prod", "acme", "acme"), failed}});
        QCOMPARE(find(withError, "w/c/t/acme/ks")->drift, -1);
        QVERIFY(find(withError, "w/c/p") == find(original, "w/c/p"));
    }
};

QTEST_GUILESS_MAIN(TestDriftOverlay)
#include "tst_driftoverlay.moc"
