#pragma once

#include "common/Issue.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fleetdesk {

enum class NodeKind
{
    Workspace, ///< the invisible root
    Cluster,
    Platform, ///< a cluster's platform part (flux-system, infrastructure)
    Tenants,  ///< a cluster's tenants group
    Tenant,
    FluxObject, ///< a Flux custom resource (Kustomization, HelmRelease, a source...)
    Object      ///< a plain Kubernetes object that a Flux object applies
};

/// Live reconcile state. Without a cluster connection every node is Unknown.
enum class ReconcileState
{
    Unknown,
    Ready,
    Failed,
    Progressing,
    Suspended,
    Stale
};

/// Where a Flux object exists, once a cluster connection says so. Without live data every node is Unknown.
enum class Presence
{
    Unknown,     ///< no live data for the node's cluster
    GitOnly,     ///< in Git, not applied (not in the cluster)
    ClusterOnly, ///< in the cluster, not in Git
    Both
};

/// One node of the fleet tree: plain, immutable values, safe to read on any thread.
/// Children are shared between snapshot generations when they did not change, so an unchanged subtree is the
/// same pointer in both.
struct FleetNode
{
    QString key; ///< stable and unique in the tree; parent's key is a prefix
    NodeKind nodeKind = NodeKind::Object;
    QString name;
    QString kind;
    QString apiVersion;
    QString ns;
    QString source; ///< "GitRepository/ns/name" for deployers
    QString path;   ///< spec.path for Kustomizations
    QString cluster;
    QString tenant;
    QString repository;     ///< the repository's folder name
    QString repositoryRoot; ///< absolute path of the checkout the file is in; on a Tenant node, the tenant's own
                            ///< checkout (the one other than the platform's its objects come from), if any
    SourceLocation location;
    QString yaml;      ///< the document's YAML as written in Git
    int yamlFirstLine = 0; ///< the file line of `yaml`'s first line (comments before the content included)
    bool suspended = false; ///< spec.suspend in Git
    ReconcileState state = ReconcileState::Unknown;
    QString stateReason;
    // Live state (core/engine/LiveOverlay); empty/Unknown without a cluster connection.
    Presence presence = Presence::Unknown;
    QString stateMessage;      ///< the Ready (or Stalled/Reconciling) condition's message
    QString liveRevision;      ///< lastAppliedRevision for deployers, the artifact revision for sources
    QString attemptedRevision; ///< lastAttemptedRevision
    QString sourceRevision;    ///< deployers: the artifact revision of their source in the cluster (what Git has now)
    QString lastReconcile;     ///< last successful reconcile, ISO 8601 UTC; empty when unknown
    bool liveSuspended = false; ///< spec.suspend in the cluster
    int lintErrors = 0;   ///< unsilenced lint errors on this node (not counting children)
    int lintWarnings = 0; ///< unsilenced lint warnings on this node
    int lintTotal = 0;    ///< unsilenced findings in this node's subtree, itself included
    QStringList lintRules; ///< rule ids found on this node, silenced ones included
    // Drift (core/drift); -1 while not computed for the node's Kustomization.
    int drift = -1;     ///< objects that would change: a Kustomization's count, or 1/0 for an object it applies
    int driftTotal = 0; ///< drift in this node's subtree, itself included (rolled up to tenants and clusters)
    /// Deployers: commits on their source branch's head in the local checkout that the applied revision lacks
    /// (core/engine/BehindOverlay); -1 when unknown.
    int behindBy = -1;
    /// Deployers: commits of the applied revision that the local checkout's branch lacks (the cluster runs work that
    /// is not on the local branch: "ahead of Git"); -1 when unknown, as behindBy.
    int aheadBy = -1;
    std::vector<std::shared_ptr<const FleetNode>> children;

    /// Equal in everything but children.
    bool sameContent(const FleetNode& other) const;
};

using FleetNodePtr = std::shared_ptr<const FleetNode>;

struct LoadStatistics
{
    int files = 0;
    int documents = 0;
    int filesParsed = 0; ///< files actually parsed in this load (the rest came from the cache)
    qint64 milliseconds = 0;
};

/// What the engine publishes: an immutable picture of the workspace at one generation.
struct FleetSnapshot
{
    quint64 generation = 0;
    QString workspaceRoot;
    FleetNodePtr root;
    std::vector<Issue> issues;
    LoadStatistics statistics;
};

using FleetSnapshotPtr = std::shared_ptr<const FleetSnapshot>;

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::FleetSnapshotPtr)
