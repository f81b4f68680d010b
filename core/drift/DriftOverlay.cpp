#include "DriftOverlay.h"

#include <QSet>

namespace fleetdesk {

namespace {

bool isKustomization(const FleetNode& node)
{
    return node.nodeKind == NodeKind::FluxObject && node.kind == QLatin1String("Kustomization");
}

bool drifted(const KustomizationDrift& report, const FleetNode& node)
{
    for (const ObjectDrift& object : report.objects) {
        if (object.id.kind == node.kind && object.id.name == node.name
            && (node.ns.isEmpty() || object.id.ns.isEmpty() || object.id.ns == node.ns)
            && (object.kind == DriftKind::Create || object.kind == DriftKind::Change || object.kind == DriftKind::Prune))
            return true;
    }
    return false;
}

FleetNodePtr fold(const FleetNodePtr& node, const QHash<QString, KustomizationDriftPtr>& drifts,
                  const KustomizationDrift* parent)
{
    const bool kustomization = isKustomization(*node);
    const bool applied = node->nodeKind == NodeKind::Object || node->nodeKind == NodeKind::FluxObject;
    const KustomizationDrift* own = nullptr;
    if (kustomization) {
        const auto it = drifts.constFind(DriftOverlay::key(node->cluster, node->ns, node->name));
        if (it != drifts.constEnd() && *it)
            own = it->get();
    }
    int drift = node->drift;
    if (kustomization)
        drift = own && own->error.isEmpty() ? own->driftCount() : -1;
    else if (applied && parent)
        drift = drifted(*parent, *node) ? 1 : 0;

    // What the children are compared by: this Kustomization's report, or the one above for other nodes.
    const KustomizationDrift* context = kustomization ? own : parent;
    int total = kustomization ? std::max(drift, 0) : (applied ? std::max(drift, 0) : 0);
    std::vector<FleetNodePtr> children;
    children.reserve(node->children.size());
    bool childrenChanged = false;
    for (const FleetNodePtr& child : node->children) {
        FleetNodePtr folded = fold(child, drifts, context);
        childrenChanged = childrenChanged || folded != child;
        // An object is counted once, by the Kustomization that applies it; Kustomizations and groups roll up.
        if (!kustomization || isKustomization(*folded))
            total += folded->driftTotal;
        children.push_back(std::move(folded));
    }
    if (!childrenChanged && drift == node->drift && total == node->driftTotal)
        return node;
    auto copy = std::make_shared<FleetNode>(*node);
    copy->drift = drift;
    copy->driftTotal = total;
    copy->children = std::move(children);
    return copy;
}

} // namespace

QString DriftOverlay::key(const QString& cluster, const QString& ns, const QString& name)
{
    return cluster + u'|' + (ns.isEmpty() ? QStringLiteral("flux-system") : ns) + u'|' + name;
}

FleetNodePtr DriftOverlay::apply(const FleetNodePtr& root, const QHash<QString, KustomizationDriftPtr>& drifts)
{
    if (!root)
        return root;
    return fold(root, drifts, nullptr);
}

} // namespace fleetdesk
