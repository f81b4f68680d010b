#pragma once

#include "common/Issue.h"
#include "manifest/RepositoryContent.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fleetdesk {

/// A reference from one Flux object to another (sourceRef, dependsOn). An empty namespace means "the
/// referring object's namespace", as in Flux.
struct ObjectRef
{
    QString apiVersion;
    QString kind;
    QString ns;
    QString name;
    SourceLocation location;
};

/// A document as a Kustomization applies it: which repository and file it came from.
struct AppliedDocument
{
    const RepositoryContent* repository = nullptr;
    const ParsedFile* file = nullptr;
    const ManifestDocument* document = nullptr;
};

/// A Flux object found in Git, with the spec fields that discovery and lint need.
///
/// Pointers refer into the RepositoryContent held by the same Fleet, which owns them; a Fleet is built, used and
/// dropped on one thread.
struct FluxObject
{
    ObjectId id;
    const RepositoryContent* repository = nullptr;
    const ParsedFile* file = nullptr;
    const ManifestDocument* document = nullptr;

    QString cluster; ///< the cluster whose root Kustomization applies it; empty when none does
    QString tenant;  ///< the tenant it belongs to; empty for the platform

    // Deployers (Kustomization, HelmRelease)
    QString serviceAccountName;
    std::optional<bool> prune;
    QString path;            ///< spec.path, as written
    QString targetNamespace; ///< spec.targetNamespace
    std::optional<ObjectRef> sourceRef;
    std::vector<ObjectRef> dependsOn;
    bool suspended = false;
    QString tenantLabel; ///< metadata.labels["toolkit.fluxcd.io/tenant"]

    // Sources
    QString url;
    QString normalisedUrl; ///< FleetBuilder::normaliseUrl(url), computed once
    QString branch;

    /// For a Kustomization: the repository its sourceRef resolves to locally, or nullptr when it is not
    /// available here; and the documents its spec.path applies in that repository.
    const RepositoryContent* sourceRepository = nullptr;
    std::vector<AppliedDocument> applied;
    /// Remote bases (URLs) that the path's kustomization.yaml files reference; never fetched.
    std::vector<std::pair<QString, SourceLocation>> remoteBases;
    /// Flux objects among `applied` (by index into Fleet::objects).
    std::vector<int> childObjects;
    /// True when spec.path leaves the source repository.
    bool pathEscapes = false;

    /// The namespace the object lives in (metadata.namespace, or "flux-system" for Flux objects without one,
    /// the way the bootstrap manifests are applied).
    QString effectiveNamespace() const { return id.ns.isEmpty() ? QStringLiteral("flux-system") : id.ns; }
    bool isKustomization() const;
    bool isHelmRelease() const;
    /// Kustomization or HelmRelease.
    bool isDeployer() const;
    bool isSource() const;
};

struct Tenant
{
    QString name;
    QString cluster;
    QString ns; ///< the tenant's namespace
    QString serviceAccountName;
    std::vector<int> objects; ///< Flux objects of the tenant (by index into Fleet::objects)
};

struct Cluster
{
    QString name;
    QString directory;             ///< "clusters/<name>"
    int rootKustomization = -1;    ///< the flux-system Kustomization, by index into Fleet::objects
    std::vector<int> platformObjects; ///< Flux objects of the platform part
    std::vector<Tenant> tenants;
};

/// The fleet as Git describes it: the platform repository, the tenant repositories found locally, the clusters,
/// their platform part and their tenants, and every Flux object with its links.
struct Fleet
{
    std::shared_ptr<const RepositoryContent> platform;
    /// Tenant repositories attached to GitRepository URLs.
    QHash<QString, std::shared_ptr<const RepositoryContent>> repositoriesByUrl;
    std::vector<FluxObject> objects;
    std::vector<Cluster> clusters;
    /// Problems found while discovering (unresolvable paths, missing sources).
    std::vector<Issue> issues;

    /// Index of the object with this ObjectId key in a cluster (the same file may be applied by several
    /// clusters, and each gets its own FluxObject), or -1.
    int find(const QString& cluster, const QString& key) const;
    /// Resolves a reference made by `from` in its cluster; the namespace defaults to the referrer's.
    int resolve(const FluxObject& from, const ObjectRef& ref, const QString& defaultGroup) const;
    const Cluster* cluster(const QString& name) const;
    /// The spec.ignore of the GitRepository that a Kustomization's sourceRef names in Git, when it sets one (the
    /// extra patterns source-controller applies to the artifact; FluxKustomizationBuilder::Options::sourceIgnore).
    std::optional<QString> sourceIgnore(const FluxObject& kustomization) const;

    /// "cluster|key" -> index into objects.
    QHash<QString, int> indexByKey;
};

/// The annotation that silences lint rules on one object, e.g. `fleetdesk.io/lint-ignore: "plain-secret, remote-base"`
/// (LintRule::ignoredRules reads it).
inline const QString LintIgnoreAnnotation = QStringLiteral("fleetdesk.io/lint-ignore");

} // namespace fleetdesk
