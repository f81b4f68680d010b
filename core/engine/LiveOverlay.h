#pragma once

#include "engine/FleetSnapshot.h"
#include "flux/FluxStatus.h"

#include <QHash>
#include <QString>

namespace fleetdesk {

/// A Flux object as a cluster holds it, reduced to what the tree shows.
struct LiveObject
{
    QString apiVersion;
    QString kind;
    QString ns;
    QString name;
    QString tenant; ///< label toolkit.fluxcd.io/tenant
    FluxStatus status;

    bool operator==(const LiveObject&) const = default;
};

/// What one cluster says: its Flux objects by LiveOverlay::objectKey, once the first list completed.
struct LiveClusterView
{
    bool synced = false; ///< false until every watched collection listed once: presence stays Unknown
    QHash<QString, LiveObject> objects;
};

/// Folds live cluster state into the tree Git produced: each Flux object node is marked in Git only, in the
/// cluster only, or both, with its live state, revisions and last reconcile; objects only the cluster has are added
/// under their cluster node. A pure function: the same inputs give the same tree.
class LiveOverlay
{
public:
    /// `live` is keyed by the fleet's cluster name.
    static FleetNodePtr apply(const FleetNodePtr& gitRoot, const QHash<QString, LiveClusterView>& live);
    /// "Kind/namespace/name"; Flux objects without a namespace live in flux-system.
    static QString objectKey(const QString& kind, const QString& ns, const QString& name);
    static ReconcileState stateOf(const FluxStatus& status);
};

} // namespace fleetdesk
