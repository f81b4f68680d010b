#pragma once

#include "engine/SnapshotPlan.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace fleetdesk {

/// Makes the plan for each snapshot on a worker thread and hands both on, so that the thread showing the tree only
/// replays the plan (FleetTreeModel::applySnapshot).
///
/// A plan starts from the snapshot the receiver shows when the plan is begun (`shown`). One plan is made at a time:
/// snapshots that arrive meanwhile wait, and only the newest of them is planned next (the others would be dropped
/// as stale). A snapshot that does not continue the shown one (another workspace, or nothing shown yet) is handed
/// on at once without a plan.
class SnapshotPlanner : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotPlanner(std::function<FleetSnapshotPtr()> shown, QObject* parent = nullptr);

    /// Whether a plan is being made.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit(fleetdesk::FleetSnapshotPtr snapshot);

Q_SIGNALS:
    /// `plan` leads from the snapshot shown when it was begun to `snapshot`; null when there is none.
    void planned(fleetdesk::FleetSnapshotPtr snapshot, fleetdesk::SnapshotPlanPtr plan);

private:
    void finish();

    std::function<FleetSnapshotPtr()> m_shown;
    QFutureWatcher<SnapshotPlanPtr> m_watcher;
    FleetSnapshotPtr m_planning; ///< the snapshot whose plan is being made
    FleetSnapshotPtr m_waiting;  ///< the newest snapshot that arrived meanwhile
    bool m_busy = false;
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::SnapshotPlanPtr)
