// Live cluster state folded into the Git tree: in Git only, in the cluster only, or both, with live status.

#include "TestData.h"
#include "engine/LiveOverlay.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace fleetdesk;

namespace {

FleetNodePtr fluxNode(const QString& parent, const QString& kind, const QString& ns, const QString& name)
{
    auto node = std::make_shared<FleetNode>();
    node->nodeKind = NodeKind::FluxObject;
    node->key = parent + QStringLiteral("/f:") + kind + QLatin1Char('/') + ns + QLatin1Char('/') + name;
    node->kind = kind;
    node->ns = ns;
    node->name = name;
    node->cluster = QStringLiteral("prod-eu-west-1");
    return node;
}

FleetNodePtr gitTree()
{
    auto root = std::make_shared<FleetNode>();
    root->nodeKind = NodeKind::Workspace;
    root->key = QStringLiteral("workspace");
    auto cluster = std::make_shared<FleetNode>();
    cluster->nodeKind = NodeKind::Cluster;
    cluster->key = QStringLiteral("c:prod-eu-west-1");
    cluster->name = QStringLiteral("prod-eu-west-1");
    cluster->cluster = cluster->name;
    cluster->children.push_back(fluxNode(cluster->key, QStringLiteral("Kustomization"), {}, QStringLiteral("flux-system")));
    cluster->children.push_back(fluxNode(cluster->key, QStringLiteral("Kustomization"), QStringLiteral("acme"),
                                         QStringLiteral("acme")));
    root->children.push_back(cluster);
    return root;
}

LiveObject liveFrom(const QString& file, const QDateTime& now)
{
    QFile f(test::dataPath(QStringLiteral("flux-status/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject metadata = o.value(QStringLiteral("metadata")).toObject();
    LiveObject live;
    live.apiVersion = o.value(QStringLiteral("apiVersion")).toString();
    live.kind = o.value(QStringLiteral("kind")).toString();
    live.ns = metadata.value(QStringLiteral("namespace")).toString();
    live.name = metadata.value(QStringLiteral("name")).toString();
    live.status = FluxStatus::derive(o, now);
    return live;
}

const FleetNode* find(const FleetNodePtr& node, const QString& key)
{
    if (node->key == key)
        return node.get();
    for (const FleetNodePtr& child : node->children) {
        if (const FleetNode* found = find(child, key))
            return found;
    }
    return nullptr;
}

} // namespace

class TestLiveOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodesAreMarkedInGitOnlyInClusterOnlyOrBoth()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-27T22:50:00Z"), Qt::ISODate);
        LiveClusterView view;
        view.synced = true;
        const LiveObject ready = liveFrom(QStringLiteral("kustomization-v1-ready.json"), now);
        const LiveObject failing = liveFrom(QStringLiteral("kustomization-v1-failed-path.json"), now);
        view.objects.insert(LiveOverlay::objectKey(ready.kind, ready.ns, ready.name), ready);
        view.objects.insert(LiveOverlay::objectKey(failing.kind, failing.ns, failing.name), failing);

        const FleetNodePtr git = gitTree();
        const FleetNodePtr tree = LiveOverlay::apply(git, {{QStringLiteral("prod-eu-west-1"), view}});

        const FleetNode* both = find(tree, QStringLiteral("c:prod-eu-west-1/f:Kustomization//flux-system"));
        QVERIFY(both);
        QCOMPARE(both->presence, Presence::Both);
        QCOMPARE(both->state, ReconcileState::Ready);
        QCOMPARE(both->liveRevision, QStringLiteral("main@sha1:668c83c2948545f03619a1d765a0300f097f7d67"));
        QCOMPARE(both->lastReconcile, QStringLiteral("2026-11-27T22:44:15Z"));

        const FleetNode* gitOnly = find(tree, QStringLiteral("c:prod-eu-west-1/f:Kustomization/acme/acme"));
        QVERIFY(gitOnly);
        QCOMPARE(gitOnly->presence, Presence::GitOnly);

        const FleetNode* clusterOnly = find(tree, QStringLiteral("c:prod-eu-west-1/live:Kustomization/sample/badpath"));
        QVERIFY(clusterOnly);
        QCOMPARE(clusterOnly->presence, Presence::ClusterOnly);
        QCOMPARE(clusterOnly->state, ReconcileState::Failed);
        QCOMPARE(clusterOnly->stateReason, QStringLiteral("ArtifactFailed"));

        // The Git tree itself is untouched.
        QCOMPARE(find(git, QStringLiteral("c:prod-eu-west-1/f:Kustomization/acme/acme"))->presence, Presence::Unknown);
    }

    void aClusterThatHasNotListedYetLeavesPresenceUnknown()
    {
        LiveClusterView view; // not synced
        const FleetNodePtr tree = LiveOverlay::apply(gitTree(), {{QStringLiteral("prod-eu-west-1"), view}});
        const FleetNode* node = find(tree, QStringLiteral("c:prod-eu-west-1/f:Kustomization/acme/acme"));
        QVERIFY(node);
        QCOMPARE(node->presence, Presence::Unknown);
        QCOMPARE(tree->children.front()->children.size(), size_t(2));
    }

    void staleObjectsAreShownStale()
    {
        const QDateTime later = QDateTime::fromString(QStringLiteral("2026-11-28T01:00:00Z"), Qt::ISODate);
        LiveClusterView view;
        view.synced = true;
        const LiveObject ready = liveFrom(QStringLiteral("kustomization-v1-ready.json"), later);
        view.objects.insert(LiveOverlay::objectKey(ready.kind, ready.ns, ready.name), ready);
        const FleetNodePtr tree = LiveOverlay::apply(gitTree(), {{QStringLiteral("prod-eu-west-1"), view}});
        QCOMPARE(find(tree, QStringLiteral("c:prod-eu-west-1/f:Kustomization//flux-system"))->state, ReconcileState::Stale);
    }
};

QTEST_GUILESS_MAIN(TestLiveOverlay)
#include "tst_liveoverlay.moc"
