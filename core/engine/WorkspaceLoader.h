#pragma once

#include "engine/FleetSnapshot.h"
#include "fleet/Fleet.h"
#include "fleet/FluxSpecCache.h"
#include "manifest/RepositoryLoader.h"

#include <QHash>
#include <QString>

#include <memory>

namespace fleetdesk {

struct WorkspaceLoadResult
{
    std::shared_ptr<Fleet> fleet;
    FleetSnapshotPtr snapshot;
    /// Lint findings and load problems (also in the snapshot, with node keys filled in).
    std::vector<Issue> issues;
};

/// Loads a workspace: the platform repository and the tenant repositories its GitRepositories point at, when
/// a checkout is configured for the URL or found beside the platform repository (a sibling folder, or one under
/// a sibling `tenants/` folder, named as the repository). Then discovers the fleet, lints it and builds the tree.
///
/// Keeps its caches between loads, so a reload re-reads only files whose size or time changed and re-parses only
/// files whose content changed. Not thread-safe: one loader belongs to one thread.
class WorkspaceLoader
{
public:
    explicit WorkspaceLoader(QString platformRoot, ParseLimits limits = {});
    ~WorkspaceLoader();

    /// Configured checkouts, by Git URL (any form; compared normalised).
    void setRepositoryCheckouts(const QHash<QString, QString>& checkoutsByUrl);

    /// Loads the workspace. With `changedPaths` (what a file watcher reported since the last load), only those
    /// files and folders are looked at again; without, every repository is walked (still reading only files whose
    /// size or time changed).
    WorkspaceLoadResult load(quint64 generation = 1, const QStringList* changedPaths = nullptr);

    /// What a file watcher should watch: every directory of the loaded repositories, and their YAML files while
    /// the total stays under `maxPaths` (inotify watches are a per-user budget).
    QStringList watchPaths(int maxPaths = 20000) const;
    /// The checkouts loaded last time (platform first).
    QStringList repositoryRoots() const;
    QString platformRoot() const { return m_platformRoot; }

    /// One load with fresh caches: for the headless linter and tests.
    static WorkspaceLoadResult loadOnce(const QString& platformRoot);

private:
    struct LoadedRepository
    {
        RepositoryLoader loader;
        ParsedFileCache cache;
        std::shared_ptr<const RepositoryContent> content;
    };

    std::shared_ptr<const RepositoryContent> loadRepository(const QString& root, const QStringList* changedPaths);
    QString findCheckout(const QString& url) const;

    QString m_platformRoot;
    ParseLimits m_limits;
    QHash<QString, QString> m_checkouts; ///< normalised URL -> path
    QHash<QString, std::shared_ptr<LoadedRepository>> m_repositories; ///< by root path
    FleetNodePtr m_previousTree;
    FluxSpecCache m_specs;
};

} // namespace fleetdesk
