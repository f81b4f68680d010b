#pragma once

#include "fleet/Fleet.h"
#include "fleet/FluxSpecCache.h"

namespace fleetdesk {

/// Discovers the fleet that a platform repository describes: clusters from `clusters/*`, each cluster's root
/// Kustomization and everything it applies, the platform part and the tenants, and every Flux object with its
/// sourceRef and dependsOn links. Tenant repositories are attached by GitRepository URL.
class FleetBuilder
{
public:
    using RepositoryMap = QHash<QString, std::shared_ptr<const RepositoryContent>>;

    /// With `specs`, spec fields are read from YAML only for documents not seen before (see FluxSpecCache).
    static Fleet build(std::shared_ptr<const RepositoryContent> platform, RepositoryMap repositoriesByUrl = {},
                       FluxSpecCache* specs = nullptr);

    /// The form URLs are compared in: lower-case scheme and host, no trailing ".git" or "/", no credentials.
    static QString normaliseUrl(const QString& url);
    /// The last path segment of a Git URL without ".git": what a sibling checkout would be called.
    static QString repositoryNameFromUrl(const QString& url);
    /// Every GitRepository URL in a repository (to find and attach further checkouts).
    static QStringList gitRepositoryUrls(const RepositoryContent& repository);
};

} // namespace fleetdesk
