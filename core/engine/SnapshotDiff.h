#pragma once

#include <QStringList> // FleetSnapshot.h uses QStringList without including it

#include "engine/FleetSnapshot.h"

#include <utility>
#include <vector>

namespace fleetdesk {

/// The difference between two child lists of the fleet tree, matched by node key, expressed as the row
/// operations a Qt item model emits to turn the old list into the new one.
///
/// Apply it in this order:
///  1. `removals`, in the order given (from the back), each range in old-index space at the time it is applied;
///  2. `insertions`, in the order given (from the front), each range in new-index space;
///  3. `changed` rows (new-index space) get dataChanged;
///  4. `recurse` pairs (old index, new index) name the kept children whose node pointer differs, so their own
///     children may differ: diff those next.
///
/// Children kept in place are the longest run of common keys that appears in the same relative order in both
/// lists; every other common key moved, and is removed and inserted again. A key that repeats within one list is
/// matched once; its later copies count as removed or inserted.
struct SnapshotDiff
{
    struct Range
    {
        int first = 0;
        int last = 0; ///< inclusive

        int count() const { return last - first + 1; }
        bool operator==(const Range&) const = default;
    };

    std::vector<Range> removals;
    std::vector<Range> insertions;
    std::vector<int> changed;
    std::vector<std::pair<int, int>> recurse;

    bool isEmpty() const { return removals.empty() && insertions.empty() && changed.empty() && recurse.empty(); }

    /// Diffs two child lists. Pure: reads the nodes, keeps nothing.
    static SnapshotDiff between(const std::vector<FleetNodePtr>& oldChildren,
                                const std::vector<FleetNodePtr>& newChildren);

private:
    /// Records a child kept from `oldIndex` to `newIndex`: changed when its content differs, recursed into when
    /// its node is another one.
    void noteKept(const FleetNodePtr& before, const FleetNodePtr& after, int oldIndex, int newIndex);
};

} // namespace fleetdesk
