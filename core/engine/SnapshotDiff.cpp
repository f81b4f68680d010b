#include "SnapshotDiff.h"

#include <QHash>

#include <algorithm>

namespace fleetdesk {

namespace {

/// Positions (into `sequence`) of one longest strictly increasing subsequence, in order. O(n log n).
std::vector<int> longestIncreasingRun(const std::vector<int>& sequence)
{
    std::vector<int> tails;        // tails[l]: position of the smallest tail of an increasing run of length l+1
    std::vector<int> previous(sequence.size(), -1);
    for (int pos = 0; pos < static_cast<int>(sequence.size()); ++pos) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), sequence[pos],
                                         [&sequence](int tailPos, int value) { return sequence[tailPos] < value; });
        if (it != tails.begin())
            previous[pos] = *(it - 1);
        if (it == tails.end())
            tails.push_back(pos);
        else
            *it = pos;
    }
    std::vector<int> run(tails.size());
    int pos = tails.empty() ? -1 : tails.back();
    for (auto slot = run.rbegin(); slot != run.rend(); ++slot) {
        *slot = pos;
        pos = previous[pos];
    }
    return run;
}

} // namespace

SnapshotDiff SnapshotDiff::between(const std::vector<FleetNodePtr>& oldChildren,
                                   const std::vector<FleetNodePtr>& newChildren)
{
    const int oldCount = static_cast<int>(oldChildren.size());
    const int newCount = static_cast<int>(newChildren.size());

    SnapshotDiff diff;
    // A status change leaves every child list's keys as they were: compare them in place, and build no index.
    // (A key that repeats stays matched to itself, as the general case below matches it.)
    const bool sameKeys = oldCount == newCount
        && std::equal(oldChildren.cbegin(), oldChildren.cend(), newChildren.cbegin(),
                      [](const FleetNodePtr& before, const FleetNodePtr& after) {
                          return before == after || before->key == after->key;
                      });
    if (sameKeys) {
        for (int j = 0; j < newCount; ++j)
            diff.noteKept(oldChildren[j], newChildren[j], j, j);
        return diff;
    }

    QHash<QString, int> oldIndexByKey;
    oldIndexByKey.reserve(oldCount);
    for (int i = 0; i < oldCount; ++i) {
        if (!oldIndexByKey.contains(oldChildren[i]->key))
            oldIndexByKey.insert(oldChildren[i]->key, i);
    }

    // Match every new child to the old child with its key (each old child once).
    std::vector<int> oldForNew(newCount, -1);
    std::vector<bool> oldMatched(oldCount, false);
    std::vector<int> matchedNew;   // new indices that have an old counterpart, ascending
    std::vector<int> matchedOld;   // their old indices, in the same order
    for (int j = 0; j < newCount; ++j) {
        const auto it = oldIndexByKey.constFind(newChildren[j]->key);
        if (it == oldIndexByKey.cend() || oldMatched[*it])
            continue;
        oldForNew[j] = *it;
        oldMatched[*it] = true;
        matchedNew.push_back(j);
        matchedOld.push_back(*it);
    }

    // The matched children that keep their relative order stay; the others moved.
    std::vector<bool> newStays(newCount, false);
    std::vector<bool> oldStays(oldCount, false);
    for (const int pos : longestIncreasingRun(matchedOld)) {
        newStays[matchedNew[pos]] = true;
        oldStays[matchedOld[pos]] = true;
    }

    for (int i = oldCount - 1; i >= 0;) {
        if (oldStays[i]) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !oldStays[i])
            --i;
        diff.removals.push_back({i + 1, last});
    }
    for (int j = 0; j < newCount;) {
        if (newStays[j]) {
            ++j;
            continue;
        }
        const int first = j;
        while (j < newCount && !newStays[j])
            ++j;
        diff.insertions.push_back({first, j - 1});
    }
    for (int j = 0; j < newCount; ++j) {
        if (newStays[j])
            diff.noteKept(oldChildren[oldForNew[j]], newChildren[j], oldForNew[j], j);
    }
    return diff;
}

void SnapshotDiff::noteKept(const FleetNodePtr& before, const FleetNodePtr& after, int oldIndex, int newIndex)
{
    if (before == after)
        return;
    if (!before->sameContent(*after))
        changed.push_back(newIndex);
    recurse.emplace_back(oldIndex, newIndex);
}

} // namespace fleetdesk
