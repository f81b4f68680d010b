#pragma once

#include <QMetaType>
#include <QString>

namespace fleetdesk {

/// Where a checkout's current branch stands against its upstream: what the tree shows on a repository node.
/// Plain values, computed on the engine thread (GitAheadBehind::branchSync) and handed to the UI.
struct GitBranchSync
{
    enum class State
    {
        Unknown,      ///< not computed yet, or the repository could not be read (`error` says why)
        UpToDate,     ///< the branch and its upstream point at the same commit
        Ahead,        ///< local commits to push, nothing to pull
        Behind,       ///< commits to pull, nothing to push
        Diverged,     ///< both: a pull rebases the local commits onto the upstream's
        NoUpstream,   ///< the branch tracks nothing (branch.<name>.merge is not set)
        UpstreamGone, ///< the branch tracks a remote branch that is not there (deleted, or never fetched)
        Detached,     ///< HEAD is not on a branch
        Unborn,       ///< the branch has no commit yet
    };

    QString repository; ///< the work tree, as the caller named it
    State state = State::Unknown;
    QString branch;   ///< short name ("main"); empty when detached
    QString upstream; ///< short name ("origin/main"); empty without one
    int ahead = 0;    ///< commits on the branch that the upstream lacks
    int behind = 0;   ///< commits on the upstream that the branch lacks
    QString error;    ///< with Unknown: why

    bool operator==(const GitBranchSync&) const = default;
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::GitBranchSync)
