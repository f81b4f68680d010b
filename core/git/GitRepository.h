#pragma once

#include "common/Error.h"
#include "git/GitLibrary.h"
#include "git/GitSignature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct git_odb_backend;
struct git_repository;

namespace fleetdesk {

/// A Git repository with a work tree, as a movable value over a libgit2 handle. It can create a repository, write
/// files into its work tree, stage them and commit; and read back what HEAD points at.
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

private:
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
