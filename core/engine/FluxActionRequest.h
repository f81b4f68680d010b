#pragma once

#include "flux/FluxActions.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace fleetdesk {

/// One Flux object of a fleet cluster that an action works on.
struct ClusterTarget
{
    QString cluster; ///< the fleet's cluster name
    FluxTarget target;

    bool operator==(const ClusterTarget&) const = default;
};

/// An action the UI asks the engine to run (ReconcileEngine::runAction) on objects of one or more clusters.
struct FluxActionRequest
{
    quint64 id = 0; ///< chosen by the caller; the report carries it back
    FluxAction action = FluxAction::Reconcile;
    bool withSource = false; ///< reconcile: the source first
    QString reason;          ///< suspend: the suspend.toolkit.fluxcd.io/reason annotation
    QList<ClusterTarget> targets;

    /// "suspend", "resume", "reconcile" or "reconcile --with-source", as the action log names it.
    QString logName() const
    {
        return FluxActions::actionName(action) + (withSource && action == FluxAction::Reconcile
                                                      ? QStringLiteral(" --with-source")
                                                      : QString());
    }
};

/// One target's outcome, with the cluster it ran on.
struct ClusterActionResult
{
    QString cluster;
    FluxActionResult result;
};

/// What became of a request: every target's result, in the order of the request's targets.
struct FluxActionReport
{
    FluxActionRequest request;
    QList<ClusterActionResult> results;

    int failures() const
    {
        int count = 0;
        for (const ClusterActionResult& r : results)
            count += r.result.ok ? 0 : 1;
        return count;
    }
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::FluxActionReport)
