#pragma once

#include <QList>
#include <QString>

namespace fleetdesk {

/// How one side of a file changed: between HEAD and the index (staged) or between the index and the work tree
/// (unstaged).
enum class GitChange {
    None,
    Added,
    Modified,
    Deleted,
    Renamed,
    TypeChanged,
    Untracked,
};

/// One changed file of a repository's status.
struct GitFileStatus
{
    QString path;    ///< relative to the work tree, with '/'
    QString oldPath; ///< the path before a rename, else empty
    GitChange staged = GitChange::None;
    GitChange unstaged = GitChange::None;
    bool conflicted = false;

    bool isStaged() const { return staged != GitChange::None; }
    bool isUnstaged() const { return unstaged != GitChange::None && unstaged != GitChange::Untracked; }
    bool isUntracked() const { return unstaged == GitChange::Untracked; }
    bool operator==(const GitFileStatus&) const = default;
};

/// Where a repository is and what changed in it: the branch, its upstream and how far apart they are, and the
/// changed files in path order.
struct GitStatus
{
    QString branch;   ///< the current branch's short name; empty when HEAD is detached
    QString upstream; ///< the upstream's short name ("origin/main"); empty when there is none
    int ahead = 0;    ///< commits on the branch that the upstream does not have
    int behind = 0;   ///< commits on the upstream that the branch does not have
    bool unborn = false;
    bool rebaseInProgress = false;
    QList<GitFileStatus> files;

    QStringList stagedPaths() const;
    QStringList unstagedPaths() const;
    QStringList untrackedPaths() const;
    QStringList conflictedPaths() const;
    bool isClean() const { return files.isEmpty(); }
    /// Takes the files of `paths` from `fresh` (a status limited to those paths) and everything else (branch,
    /// upstream, ahead/behind, the other files) from `fresh` and this status respectively.
    void replacePaths(const QStringList& paths, const GitStatus& fresh);
};

} // namespace fleetdesk
