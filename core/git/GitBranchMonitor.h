#pragma once

#include "git/GitBranchSync.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace fleetdesk {

class GitRepository;

/// Keeps the ahead/behind of the current branch against its upstream (GitBranchSync) for a set of checkouts,
/// for the repository nodes of the tree. Lives on the engine thread next to the GitWorker and owns the libgit2
/// handles it opens. Recomputes when a checkout's references change: a file watcher on the .git folder (HEAD,
/// config, packed-refs) and on the folders of the branch's and the upstream's reference files, so a commit, fetch,
/// pull or push from Fleetdesk or from the git CLI shows up without polling. Bursts of changes (a push renames
/// several lock files) are coalesced into one computation. Emits syncChanged only when the result changed.
class GitBranchMonitor : public QObject
{
    Q_OBJECT

public:
    explicit GitBranchMonitor(QObject* parent = nullptr);
    ~GitBranchMonitor() override;

    /// The last result for `repository` (State::Unknown when it is not watched).
    GitBranchSync current(const QString& repository) const;
    /// The folders watched now, for tests.
    QStringList watchedPaths() const;

public Q_SLOTS:
    /// Watches exactly these work trees from now on; new ones are computed and reported at once.
    void setRepositories(const QStringList& repositories);
    /// Computes `repository` again now (after an operation on it); ignored when it is not watched.
    void refresh(const QString& repository);

Q_SIGNALS:
    void syncChanged(const fleetdesk::GitBranchSync& sync);

private:
    struct Watched
    {
        std::unique_ptr<GitRepository> repository; ///< null when it could not be opened
        GitBranchSync last;
        bool reported = false;
        QStringList paths; ///< what is watched for it
    };

    void compute(const QString& repository, Watched& watched);
    QStringList pathsFor(const GitRepository& repository, const GitBranchSync& sync) const;
    void setPaths(const QString& repository, Watched& watched, const QStringList& paths);
    void pathChanged(const QString& path);
    void computeDirty();

    QFileSystemWatcher* m_watcher;
    QTimer* m_coalesce;
    std::map<QString, Watched> m_watched;
    QHash<QString, QSet<QString>> m_repositoriesByPath;
    QSet<QString> m_dirty;
};

} // namespace fleetdesk
