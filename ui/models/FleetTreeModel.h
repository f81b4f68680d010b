#pragma once

#include "engine/FleetSnapshot.h"
#include "engine/SnapshotPlan.h"
#include "flux/ControllerHealth.h"
#include "git/GitBranchSync.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

namespace fleetdesk {

/// The fleet tree (cluster → platform | tenants → tenant → Flux objects → applied objects) over the engine's
/// immutable snapshots.
///
/// applySnapshot() replays the plan from the shown snapshot to the new one (SnapshotPlan: per parent, the diff by
/// node key) as fine-grained row and dataChanged signals, so views keep their expansion, selection and scroll
/// position across a refresh. The plan is made off the GUI thread when the caller has one; otherwise here. It
/// resets only when a different workspace is opened. Stale generations are dropped.
class FleetTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StatusColumn,        ///< live reconcile state (icon and text); a cluster's connection on cluster nodes
        RevisionColumn,      ///< applied revision (short), marked when the source's revision differs; on repository
                             ///< nodes (platform, tenant) the checkout's branch and ahead/behind: "main ↑2 ↓1"
        LastReconcileColumn, ///< time since the last successful reconcile; the exact time in the tooltip
        NamespaceColumn,
        SourceColumn,
        PathColumn,
        LintColumn,
        DriftColumn, ///< drift count: a Kustomization's objects that would change, rolled up on tenants and clusters
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        NodeKeyRole = Qt::UserRole + 1,
        NodeKindRole,   ///< int(NodeKind)
        KindRole,       ///< the Kubernetes kind, empty for structural nodes
        LintRulesRole,  ///< QStringList of rule ids on the node, silenced ones included
        LintCountRole,  ///< unsilenced findings in the node's subtree
        LintErrorsRole, ///< unsilenced errors on the node itself
        LintWarningsRole,
        TenantRole,
        ClusterRole,
        LocationRole, ///< "file:line" relative to the repository
        FilePathRole, ///< absolute path of the file, empty when unknown
        LineRole,
        StateRole, ///< int(ReconcileState)
        SortRole,  ///< the column's value for sorting (numbers for Lint)
        PresenceRole,        ///< int(Presence)
        LiveSuspendedRole,   ///< bool: spec.suspend in the cluster
        AppliedRevisionRole, ///< the full applied (or artifact) revision
        SourceRevisionRole,  ///< the full artifact revision of a deployer's source
        RevisionDiffersRole, ///< bool: both revisions known and different
        LastReconcileRole,   ///< QDateTime (UTC) of the last successful reconcile; invalid when unknown
        ConnectionRole,      ///< cluster nodes: "connecting", "connected", "degraded", "forbidden" or "offline"
        DriftRole, ///< int: the drift count the Drift column shows; -1 when not computed, -2 when it does not apply
        RepositoryRootRole, ///< repository nodes: the local checkout the node stands for; empty on other nodes
        BranchSyncRole      ///< repository nodes: int(GitBranchSync::State) of that checkout; -1 when not known
    };
    Q_ENUM(Role)

    explicit FleetTreeModel(QObject* parent = nullptr);
    ~FleetTreeModel() override;

    /// Shows `snapshot` unless it is not newer than the one shown. `plan`, when it leads from the shown snapshot to
    /// this one, spares the diff (make it on a worker with SnapshotPlan::between()); any other plan is ignored.
    void applySnapshot(FleetSnapshotPtr snapshot, SnapshotPlanPtr plan = {});
    FleetSnapshotPtr snapshot() const { return m_snapshot; }
    quint64 generation() const { return m_snapshot ? m_snapshot->generation : 0; }

    QModelIndex indexForKey(const QString& key) const;
    /// The node shown at `index`, or nullptr. Valid until the next applySnapshot().
    const FleetNode* node(const QModelIndex& index) const;
    /// The same node, shared: it stays valid after later snapshots.
    FleetNodePtr sharedNode(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A short translated name for a structural node kind ("Cluster", "Tenant"...), or the Kubernetes kind.
    static QString kindLabel(const FleetNode& node);
    /// The translated name of a reconcile state ("Ready", "Failed"...).
    static QString stateLabel(ReconcileState state);

    /// Records a cluster's connection (ReconcileEngine::clusterStateChanged); the cluster's row shows it.
    void setClusterConnection(const QString& cluster, const QString& state, const QString& reason);
    QString clusterConnection(const QString& cluster, QString* reason = nullptr) const;
    /// The Flux controllers' health of a cluster, shown on its node (the Status column's text and tooltip).
    void setClusterControllers(const QString& cluster, const ClusterControllerHealth& health);
    /// The translated name of a connection state.
    static QString connectionLabel(const QString& state);
    /// The status icon's look for a connection state: connected reads as Ready, connecting as Progressing,
    /// degraded as Stale, forbidden as Failed, offline as Unknown.
    static ReconcileState connectionLook(const QString& state);

    /// Records where a checkout's branch stands (GitBranchMonitor::syncChanged); its repository nodes show it.
    void setRepositorySync(const fleetdesk::GitBranchSync& sync);
    /// The checkouts the repository nodes stand for: the platform repository on each cluster's Platform node, a
    /// tenant's own repository on its Tenant node (the one checkout other than the platform's that its objects
    /// come from). Sorted; what a GitBranchMonitor should watch.
    QStringList repositoryRoots() const { return m_repositoryRoots; }
    /// "main ↑2 ↓1", "main · up to date", "main · no upstream"… for the Revision column of a repository node.
    static QString branchSyncLabel(const GitBranchSync& sync);
    /// The branch, its upstream and what the counts mean, for the tooltip.
    static QString branchSyncToolTip(const GitBranchSync& sync);

    /// "main@1a2b3c4" for "main@sha1:1a2b3c4d…" (and the older "main/1a2b3c4d…"), "sha256:" digests to 12 digits.
    static QString shortRevision(const QString& revision);
    /// "just now", "5 min ago", "3 h ago", "2 d ago" between two times.
    static QString relativeTime(const QDateTime& then, const QDateTime& now);
    /// The drift count a node shows: a Kustomization's (or an applied object's 1/0), the subtree's total on tenants
    /// and clusters; -1 while nothing in it is computed, -2 for nodes drift does not apply to.
    static int driftShown(const FleetNode& node);

Q_SIGNALS:
    /// A snapshot was taken over (not emitted for dropped stale ones).
    void snapshotApplied(quint64 generation);
    /// repositoryRoots() changed (after a snapshot).
    void repositoryRootsChanged(const QStringList& roots);

private:
    struct Item;

    Item* itemFor(const QModelIndex& index) const;
    QModelIndex indexOf(const Item* item, int column = 0) const;
    std::unique_ptr<Item> buildItem(const FleetNodePtr& node, Item* parent);
    void registerSubtree(Item* item);
    void unregisterSubtree(const Item* item);
    void syncChildren(Item* item, const FleetNodePtr& newNode, const SnapshotPlan::Step& step);
    /// The checkout a Platform or Tenant item stands for; empty for other items.
    QString checkoutOf(Item* item) const;
    /// Calls `visit` with each Platform and Tenant item.
    template<typename Visit>
    void forEachRepositoryItem(Visit visit) const;
    void updateRepositoryRoots();

    FleetSnapshotPtr m_snapshot;
    std::unique_ptr<Item> m_root;
    QHash<QString, Item*> m_itemsByKey;
    QHash<QString, QPair<QString, QString>> m_connections; ///< cluster -> (state, reason)
    QHash<QString, ClusterControllerHealth> m_controllers; ///< cluster -> its Flux controllers
    QHash<QString, GitBranchSync> m_branchSyncs;           ///< checkout -> where its branch stands
    QStringList m_repositoryRoots;
};

} // namespace fleetdesk
