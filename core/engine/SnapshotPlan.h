#pragma once

#include "engine/FleetSnapshot.h"
#include "engine/SnapshotDiff.h"

#include <memory>
#include <vector>

namespace fleetdesk {

/// What turns the tree of one snapshot into the tree of the next: the SnapshotDiff of the root's children, and,
/// for every kept child whose node changed, the same for that child, and so on down.
///
/// It only reads immutable nodes, so it can be made on any thread. The window makes it on a worker while the
/// GUI thread goes on, and FleetTreeModel replays it as row and dataChanged signals, with no key lookups of its
/// own (FleetTreeModel::applySnapshot).
struct SnapshotPlan
{
    struct Step
    {
        SnapshotDiff diff;
        std::vector<Step> recursed; ///< one per diff.recurse pair, in the same order
    };

    /// The snapshots the plan leads from and to. Weak, so that a plan never keeps a tree alive: trees are freed
    /// off the GUI thread, and a plan may be released on it.
    std::weak_ptr<const FleetSnapshot> from;
    std::weak_ptr<const FleetSnapshot> to;
    Step root; ///< the diff of from->root's children against to->root's

    /// The plan from `from` to `to`. Both must be non-null.
    static std::shared_ptr<const SnapshotPlan> between(const FleetSnapshotPtr& from, const FleetSnapshotPtr& to);
    /// Whether this plan turns exactly `shown` into `next`.
    bool leads(const FleetSnapshotPtr& shown, const FleetSnapshotPtr& next) const;
    /// The step that turns `before`'s children into `after`'s (either may be null: no children).
    static Step stepBetween(const FleetNode* before, const FleetNode* after);
};

using SnapshotPlanPtr = std::shared_ptr<const SnapshotPlan>;

} // namespace fleetdesk
