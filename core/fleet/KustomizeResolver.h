#pragma once

#include "fleet/Fleet.h"
#include "fleet/FluxSpecCache.h"

namespace fleetdesk {

/// Which documents a Flux Kustomization's spec.path applies, as far as discovery needs to know: it follows the
/// `resources`, `bases` and `components` of kustomization.yaml files and, where a directory has none, does what
/// Flux does and takes every Kubernetes manifest below it (a subdirectory with its own kustomization.yaml counts as
/// one resource). Patches and generators are left to the renderer (core/kustomize).
struct KustomizeResolution
{
    std::vector<AppliedDocument> documents;
    std::vector<std::pair<QString, SourceLocation>> remoteBases;
    std::vector<Issue> problems;
    bool escapes = false; ///< the path, or a resource, leaves the repository
};

class KustomizeResolver
{
public:
    /// `cache`, when given, keeps each kustomization.yaml's resource list between calls.
    static KustomizeResolution resolve(const RepositoryContent& repository, const QString& path,
                                       FluxSpecCache* cache = nullptr);
    /// True for kustomize's own file names: kustomization.yaml, kustomization.yml, Kustomization.
    static bool isKustomizationFile(const QString& fileName);
    /// True when a resource entry is a remote base (a URL, an scp-style Git address or a "?ref=" reference).
    static bool isRemoteResource(const QString& entry);
};

} // namespace fleetdesk
