#include "SnapshotPlanner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fleetdesk {

SnapshotPlanner::SnapshotPlanner(std::function<FleetSnapshotPtr()> shown, QObject* parent)
    : QObject(parent)
    , m_shown(std::move(shown))
{
    connect(&m_watcher, &QFutureWatcher<SnapshotPlanPtr>::finished, this, &SnapshotPlanner::finish);
}

void SnapshotPlanner::submit(FleetSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    if (m_busy) {
        if (!m_waiting || snapshot->generation > m_waiting->generation)
            m_waiting = std::move(snapshot);
        return;
    }
    const FleetSnapshotPtr shown = m_shown();
    if (!shown || !shown->root || !snapshot->root || shown->workspaceRoot != snapshot->workspaceRoot
        || snapshot->generation <= shown->generation) {
        // Nothing to plan: the receiver resets, or drops a stale snapshot.
        Q_EMIT planned(std::move(snapshot), nullptr);
        return;
    }
    m_busy = true;
    m_planning = snapshot;
    m_watcher.setFuture(QtConcurrent::run([shown, snapshot] { return SnapshotPlan::between(shown, snapshot); }));
}

void SnapshotPlanner::finish()
{
    if (!m_busy)
        return;
    m_busy = false;
    const SnapshotPlanPtr plan = m_watcher.future().resultCount() > 0 ? m_watcher.result() : nullptr;
    Q_EMIT planned(std::exchange(m_planning, nullptr), plan);
    if (m_waiting)
        submit(std::exchange(m_waiting, nullptr));
}

} // namespace fleetdesk
