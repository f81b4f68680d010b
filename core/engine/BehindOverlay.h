#pragma once

#include "engine/FleetSnapshot.h"
#include "git/GitAheadBehind.h"

#include <QHash>
#include <QString>

#include <memory>

namespace fleetdesk {

class GitRepository;

/// Fills FleetNode::behindBy and aheadBy: for each deployer the cluster applied (presence Both, a Git source), the
/// number of commits between its lastAppliedRevision and the head of its source's branch in the local checkout of
/// that source's repository (found by the URL's last path element among the workspace's repositories); behind: on
/// the branch but not applied, ahead: applied but not on the branch. -1 when it cannot be told: no such checkout,
/// no such branch, a tag or commit ref, or a revision the checkout never fetched. Keeps the repositories open and the counts cached between calls, so a live update costs a reference
/// lookup per source. Runs on the engine thread.
class BehindOverlay
{
public:
    BehindOverlay();
    ~BehindOverlay();
    BehindOverlay(const BehindOverlay&) = delete;
    BehindOverlay& operator=(const BehindOverlay&) = delete;

    /// The tree with behindBy set; unchanged subtrees are the same pointers.
    FleetNodePtr apply(const FleetNodePtr& root);
    /// Forgets open repositories and counts (after a fetch or pull changed the checkouts, counts stay right
    /// anyway: they are keyed by the branch head).
    void clear();

    /// Commits counted with libgit2 so far (cache misses), for tests.
    int countsComputed() const { return m_computed; }

private:
    struct Source
    {
        QString repository; ///< the URL's last path element without ".git"
        QString branch;     ///< empty: no branch (a tag, semver or commit ref)
    };
    Source sourceOf(const FleetNode& gitRepository);
    /// {-1, -1} when unknown.
    GitDistance distanceOf(const FleetNode& deployer, const QHash<QString, const FleetNode*>& sources,
                           const QHash<QString, QString>& roots);
    FleetNodePtr annotate(const FleetNodePtr& node, const QHash<QString, const FleetNode*>& sources,
                          const QHash<QString, QString>& roots);

    QHash<QString, std::shared_ptr<GitRepository>> m_repositories; ///< by root; null when it could not be opened
    QHash<QString, Source> m_sourceByYaml;
    QHash<QString, GitDistance> m_counts; ///< "root|head|commit" -> behind and ahead
    int m_computed = 0;
};

} // namespace fleetdesk
