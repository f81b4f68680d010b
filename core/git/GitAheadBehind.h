#pragma once

#include "common/Error.h"
#include "git/GitBranchSync.h"

#include <QString>

namespace fleetdesk {

class GitRepository;

/// How far a commit is from a branch's head, counted on the commit graph (libgit2's graph_ahead_behind).
struct GitDistance
{
    int behind = 0; ///< commits on the branch that the commit does not contain
    int ahead = 0;  ///< commits of the commit's history that the branch does not contain
};

/// Counts the commits between a revision (for example a Flux `lastAppliedRevision`) and the head of a branch in a
/// local checkout.
class GitAheadBehind
{
public:
    /// The commit id in a Flux revision: "main@sha1:<id>", "sha1:<id>", the older "main/<id>", or a bare id.
    /// Empty when the revision names no commit (e.g. an OCI digest).
    static QString commitOf(const QString& fluxRevision);

    /// The head of `branch`: the local branch, else its remote-tracking branch at origin, as 40 hex digits.
    /// Fails with "git.reference.-3" when neither exists.
    static Result<QString> branchHead(const GitRepository& repository, const QString& branch);

    /// How far `commit` is from `branch`'s head. Fails with "git.odb.-3" when the checkout does not have the
    /// commit (it was never fetched).
    static Result<GitDistance> distance(const GitRepository& repository, const QString& commit, const QString& branch);

    /// Where the current branch of `repository` stands against its upstream, read from the references alone (no
    /// work-tree status): cheap enough to run whenever a reference changes. Never fails: problems come back as
    /// State::Unknown with the error's text. `repository` of the result is left empty.
    static GitBranchSync branchSync(const GitRepository& repository);
};

} // namespace fleetdesk
