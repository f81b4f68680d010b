#include "SnapshotPlan.h"

namespace fleetdesk {

SnapshotPlan::Step SnapshotPlan::stepBetween(const FleetNode* before, const FleetNode* after)
{
    static const std::vector<FleetNodePtr> noChildren;
    const std::vector<FleetNodePtr>& oldChildren = before ? before->children : noChildren;
    const std::vector<FleetNodePtr>& newChildren = after ? after->children : noChildren;
    Step step;
    step.diff = SnapshotDiff::between(oldChildren, newChildren);
    step.recursed.reserve(step.diff.recurse.size());
    for (const auto& [oldIndex, newIndex] : step.diff.recurse)
        step.recursed.push_back(stepBetween(oldChildren[static_cast<size_t>(oldIndex)].get(),
                                            newChildren[static_cast<size_t>(newIndex)].get()));
    return step;
}

std::shared_ptr<const SnapshotPlan> SnapshotPlan::between(const FleetSnapshotPtr& from, const FleetSnapshotPtr& to)
{
    auto plan = std::make_shared<SnapshotPlan>();
    plan->root = stepBetween(from->root.get(), to->root.get());
    plan->from = from;
    plan->to = to;
    return plan;
}

bool SnapshotPlan::leads(const FleetSnapshotPtr& shown, const FleetSnapshotPtr& next) const
{
    // Owner comparison: an expired weak pointer never matches a live snapshot, even one at the same address.
    const auto same = [](const std::weak_ptr<const FleetSnapshot>& a, const FleetSnapshotPtr& b) {
        return b && !a.owner_before(b) && !b.owner_before(a);
    };
    return same(from, shown) && same(to, next);
}

} // namespace fleetdesk
