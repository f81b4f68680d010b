#pragma once

#include "common/Error.h"
#include "git/GitCommitSigner.h"
#include "git/GitDiff.h"
#include "git/GitLibrary.h"
#include "git/GitSignature.h"
#include "git/GitStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct git_odb_backend;
struct git_repository;

namespace fleetdesk {

/// A Git repository with a work tree, as a movable value over a libgit2 handle. It can create a repository, write
/// files into its work tree, stage them and commit; and read back what HEAD points at. For the changes panel it
/// reports the status, diffs file by file and hunk by hunk, stages and unstages files and single hunks, commits
/// as the user of the git config (signed when the config asks for it), amends the last unpushed commit and
/// discards changes into a recovery stash.
///
/// Like every libgit2 handle, one instance is used by one thread at a time. Errors come back as Error values
/// with a "git.<class>.<code>" code (see GitError); nothing throws.
class GitRepository
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    /// Creates a new repository at `path` (and the directories leading to it) whose HEAD is the unborn branch
    /// `initialBranch`. Fails when a repository already exists there.
    static Result<GitRepository> init(const QString& path, const QString& initialBranch = QStringLiteral("main"));
    /// Opens the repository whose work tree (or .git directory) is `path`.
    static Result<GitRepository> open(const QString& path);

    GitRepository(GitRepository&&) noexcept;
    GitRepository& operator=(GitRepository&&) noexcept;
    ~GitRepository();

    /// The work tree, with a trailing '/'.
    QString workdir() const;

    /// Writes a file of the work tree, creating its directories. `relativePath` uses '/' and must stay inside the
    /// work tree.
    Result<void> writeFile(const QString& relativePath, const QByteArray& content) const;
    /// Stages every change of the work tree, like `git add --all`: new, modified and deleted files.
    Result<void> stageAll() const;
    /// Commits the index on the current branch (HEAD's parent, if any, becomes the parent) with `author` as both
    /// author and committer. Returns the commit id (40 hex digits).
    Result<QString> commit(const QString& message, const GitSignature& author) const;

    /// From now on, keeps new objects (blobs, trees, commits) in memory rather than writing one loose file for
    /// each, until writeBufferedObjects() stores them all as one pack file. For writing many objects at once; the
    /// objects are lost when the repository is destroyed before they are written.
    Result<void> bufferObjectsInMemory();
    /// Writes the objects buffered since bufferObjectsInMemory() as one pack file (with its index). Does nothing
    /// when objects are not buffered.
    Result<void> writeBufferedObjects();

    /// The commit HEAD points at, as 40 hex digits.
    Result<QString> headCommitId() const;
    /// The tree of HEAD's commit, as 40 hex digits.
    Result<QString> headTreeId() const;
    /// The current branch's short name ("main"), also while it is unborn.
    Result<QString> currentBranch() const;
    /// The number of commits reachable from HEAD (0 while the branch is unborn).
    Result<int> commitCount() const;

    /// The branch, its upstream, ahead/behind and the changed files (staged, unstaged, untracked, conflicted).
    /// Refreshes the index's stat cache as `git status` does, so the next status does not re-read unchanged files.
    /// With `paths`, only those files are looked at (exact paths, no patterns): what a file watcher reported can
    /// be refreshed in milliseconds where a full status of a 100k-file work tree takes half a second; merge the
    /// answer into the previous full status with GitStatus::replacePaths().
    Result<GitStatus> status(const QStringList& paths = {}) const;
    /// The changes of the work tree against the index (what `git diff` shows, plus untracked files as added),
    /// limited to `paths` when not empty.
    Result<QList<GitFileDiff>> unstagedDiff(const QStringList& paths = {}) const;
    /// The changes of the index against HEAD (what `git diff --cached` shows), limited to `paths` when not empty.
    Result<QList<GitFileDiff>> stagedDiff(const QStringList& paths = {}) const;

    /// Stages whole files like `git add` (a missing file stages its removal; staging a conflicted file resolves
    /// it).
    Result<void> stage(const QStringList& paths) const;
    /// Unstages whole files like `git reset -- paths`.
    Result<void> unstage(const QStringList& paths) const;
    /// Stages one hunk of unstagedDiff() of `path`, like answering "y" to that hunk only in `git add -p`. Fails
    /// with "git.stale" when the file changed since the hunk was shown.
    Result<void> stageHunk(const QString& path, const GitDiffHunk& hunk) const;
    /// Unstages one hunk of stagedDiff() of `path`, like `git reset -p` for that hunk only.
    Result<void> unstageHunk(const QString& path, const GitDiffHunk& hunk) const;

    /// Who commits: user.name and user.email from the git config (the repository's, then the global one), now.
    Result<GitSignature> configuredSignature() const;
    /// A value of the git config (the repository's, then the global one); empty when it is not set.
    Result<QString> configValue(const QString& name) const;
    /// What the git config says about signing (commit.gpgsign, gpg.format, user.signingkey, gpg.*.program).
    Result<GitSigningConfig> signingConfig() const;
    /// Commits the index on the current branch as configuredSignature(), signed when signingConfig() says so.
    /// When signing is asked for but cannot be done, nothing is committed and the error says why
    /// ("git.signing.unsupported" or "git.signing.failed"). Returns the commit id.
    Result<QString> commitStaged(const QString& message) const;
    /// Replaces the last commit with one of the current index and `message` (the old message when empty),
    /// keeping its author and parents. Refuses ("git.amend.pushed") when the upstream already has the commit.
    Result<QString> amendLastCommit(const QString& message = {}) const;

    enum class DiscardScope {
        WorkTree, ///< the work tree goes back to the index (unstaged changes and untracked files go)
        All,      ///< index and work tree go back to HEAD
    };
    /// Discards the changes of `paths`. First, everything they hold now is saved as a stash entry
    /// ("On <branch>: Fleetdesk discarded ..."), so `git stash apply` brings it back. Returns that stash commit.
    Result<QString> discard(const QStringList& paths, DiscardScope scope) const;

    /// The libgit2 handle, for the other classes of core/git (sync, rebase). Stays owned by this object.
    git_repository* handle() const { return m_repository.get(); }

private:
    /// The object id a revision spec ("HEAD^{tree}") names, as hex; `failure` says what could not be read.
    Result<QString> revisionId(const char* spec, const QString& failure) const;
    struct Deleter
    {
        void operator()(git_repository* repository) const;
    };

    GitRepository(GitLibrary library, git_repository* repository);

    GitLibrary m_library; ///< declared first: destroyed after the handle
    std::unique_ptr<git_repository, Deleter> m_repository;
    git_odb_backend* m_memoryBackend = nullptr; ///< owned by the repository's object database
};

} // namespace fleetdesk
