#pragma once

#include "drift/DriftReport.h"
#include "engine/FleetSnapshot.h"

#include <QHash>

namespace fleetdesk {

/// Folds drift reports into the fleet tree: a Kustomization node gets its drift count, the objects it applies 1 or 0,
/// and driftTotal is rolled up through Kustomizations, tenants and clusters (each drifted object counted once, by
/// the Kustomization that applies it). Nodes of Kustomizations without a report keep drift -1. A pure function;
/// unchanged nodes are the same pointers.
class DriftOverlay
{
public:
    /// "cluster|namespace|name" of a Kustomization (an empty namespace is flux-system).
    static QString key(const QString& cluster, const QString& ns, const QString& name);
    static FleetNodePtr apply(const FleetNodePtr& root, const QHash<QString, KustomizationDriftPtr>& drifts);
};

} // namespace fleetdesk
