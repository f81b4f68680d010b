#include "LiveOverlay.h"

#include <QSet>

namespace fleetdesk {

namespace {

void fill(FleetNode& node, const LiveObject& live)
{
    node.presence = Presence::Both;
    node.state = LiveOverlay::stateOf(live.status);
    node.stateReason = live.status.reason;
    node.stateMessage = live.status.message;
    node.liveRevision = live.status.revision();
    node.attemptedRevision = live.status.lastAttemptedRevision;
    node.lastReconcile = live.status.lastSuccess.isValid() ? live.status.lastSuccess.toUTC().toString(Qt::ISODate)
                                                            : QString();
    node.liveSuspended = live.status.suspended;
}

/// The artifact revision of a deployer's source ("GitRepository/ns/name"), as the cluster holds it.
QString sourceRevisionOf(const FleetNode& node, const LiveClusterView& view)
{
    if (node.source.isEmpty())
        return {};
    const QStringList parts = node.source.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    const auto source = view.objects.constFind(LiveOverlay::objectKey(parts[0], parts[1], parts[2]));
    return source != view.objects.constEnd() ? source->status.artifactRevision : QString();
}

FleetNodePtr overlay(const FleetNodePtr& node, const QHash<QString, LiveClusterView>& live, QSet<QString>& matched)
{
    auto copy = std::make_shared<FleetNode>(*node);
    if (node->nodeKind == NodeKind::FluxObject) {
        const auto view = live.constFind(node->cluster);
        if (view != live.constEnd() && view->synced) {
            const QString key = LiveOverlay::objectKey(node->kind, node->ns, node->name);
            const auto object = view->objects.constFind(key);
            if (object != view->objects.constEnd()) {
                fill(*copy, *object);
                copy->sourceRevision = sourceRevisionOf(*node, *view);
                matched.insert(node->cluster + QLatin1Char('|') + key);
            } else {
                copy->presence = Presence::GitOnly;
                copy->stateReason = QStringLiteral("NotApplied");
            }
        }
    }
    for (FleetNodePtr& child : copy->children)
        child = overlay(child, live, matched);
    return copy;
}

} // namespace

QString LiveOverlay::objectKey(const QString& kind, const QString& ns, const QString& name)
{
    return kind + QLatin1Char('/') + (ns.isEmpty() ? QStringLiteral("flux-system") : ns) + QLatin1Char('/') + name;
}

ReconcileState LiveOverlay::stateOf(const FluxStatus& status)
{
    switch (status.state) {
    case FluxStatus::State::Suspended:
        return ReconcileState::Suspended;
    case FluxStatus::State::Failed:
    case FluxStatus::State::Stalled:
        return status.stale ? ReconcileState::Stale : ReconcileState::Failed;
    case FluxStatus::State::Progressing:
        return ReconcileState::Progressing;
    case FluxStatus::State::Ready:
        return status.stale ? ReconcileState::Stale : ReconcileState::Ready;
    case FluxStatus::State::Unknown:
        return ReconcileState::Unknown;
    }
    return ReconcileState::Unknown;
}

FleetNodePtr LiveOverlay::apply(const FleetNodePtr& gitRoot, const QHash<QString, LiveClusterView>& live)
{
    if (!gitRoot)
        return gitRoot;
    QSet<QString> matched;
    auto root = std::const_pointer_cast<FleetNode>(overlay(gitRoot, live, matched));
    // Objects only the cluster has go below their cluster node, sorted by key so the tree is stable.
    for (FleetNodePtr& clusterNode : root->children) {
        if (clusterNode->nodeKind != NodeKind::Cluster)
            continue;
        const auto view = live.constFind(clusterNode->name);
        if (view == live.constEnd() || !view->synced)
            continue;
        QStringList keys;
        for (auto it = view->objects.constBegin(); it != view->objects.constEnd(); ++it) {
            if (!matched.contains(clusterNode->name + QLatin1Char('|') + it.key()))
                keys.append(it.key());
        }
        if (keys.isEmpty())
            continue;
        keys.sort();
        auto cluster = std::make_shared<FleetNode>(*clusterNode);
        for (const QString& key : std::as_const(keys)) {
            const LiveObject& object = view->objects.value(key);
            auto node = std::make_shared<FleetNode>();
            node->key = cluster->key + QStringLiteral("/live:") + key;
            node->nodeKind = NodeKind::FluxObject;
            node->name = object.name;
            node->kind = object.kind;
            node->apiVersion = object.apiVersion;
            node->ns = object.ns;
            node->cluster = cluster->name;
            node->tenant = object.tenant;
            fill(*node, object);
            node->presence = Presence::ClusterOnly;
            cluster->children.push_back(std::move(node));
        }
        clusterNode = std::move(cluster);
    }
    return root;
}

} // namespace fleetdesk
