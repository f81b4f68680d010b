#pragma once

#include "drift/DriftReport.h"
#include "engine/FleetSnapshot.h"
#include "engine/InventoryWatcher.h"
#include "flux/ControllerHealth.h"
#include "flux/FluxEvents.h"
#include "manifest/ObjectId.h"
#include "engine/FluxActionRequest.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace fleetdesk {

class BehindOverlay;
class DriftMonitor;
class ExecCredentialProvider;
class LiveClusterSource;
class WorkspaceLoader;

/// The reconcile engine: a worker object that lives on its own thread (see EngineThread). It owns the loaded
/// repositories, the parse cache and the file watchers. Requests come in as queued slot calls; results go out
/// as immutable snapshots with a rising generation number.
class ReconcileEngine : public QObject
{
    Q_OBJECT

public:
    explicit ReconcileEngine(QObject* parent = nullptr);
    ~ReconcileEngine() override;

    /// Debounce between a file change on disk and the reload it triggers.
    void setReloadDelay(int milliseconds);

    /// Which kubeconfig context each fleet cluster uses (cluster name -> context name); a cluster not listed uses
    /// the context of its own name. When clusters are connected, they are connected again with the new mapping.
    /// Call on the engine's thread (a queued call from elsewhere).
    void setContextMapping(const QHash<QString, QString>& contextByCluster);
    QHash<QString, QString> contextMapping() const { return m_contextByCluster; }
    /// Where runAction() records what it did (default: ActionLog's file under the user's data folder).
    void setActionLogFile(const QString& file) { m_actionLogFile = file; }
    /// Seconds a reconcile waits for the controller (default 120).
    void setActionTimeout(int milliseconds) { m_actionTimeoutMs = milliseconds; }
    /// Runs a Flux action (FluxActions: the flux CLI's semantics) on live objects, each on its cluster's client,
    /// records every result in the action log and reports them all in one actionFinished(). Targets of a cluster
    /// that is not connected fail with "kube.offline". Call on the engine's thread (a queued call from elsewhere).
    void runAction(const fleetdesk::FluxActionRequest& request);
    /// "What would this change do": the drift of a live Kustomization rendered from the working tree of its
    /// checkout (uncommitted edits), answered by workingTreeDriftReady(). Call on the engine's thread.
    void computeWorkingTreeDrift(const QString& cluster, const QString& ns, const QString& name);
    /// Drift computations started so far, all clusters together (for tests and the benchmark). Engine thread only.
    int driftComputations() const;
    /// What the watches that feed drift on `cluster` do (see InventoryWatcher); empty when it is not connected.
    /// Engine thread only.
    InventoryWatchStats driftWatchStats(const QString& cluster) const;
    /// Watch connections per cluster that follow the objects drift depends on (default 32); from the next
    /// connectClusters() on.
    void setMaxDriftWatches(int watches) { m_maxDriftWatches = watches; }

public Q_SLOTS:
    /// Opens a workspace: the platform repository, with tenant repositories found beside it.
    void openWorkspace(const QString& platformRoot);
    /// Re-reads changed files and publishes a new snapshot.
    void reload();
    void closeWorkspace();
    /// Connects the fleet's clusters to the kubeconfig contexts of the same name (from `kubeconfigPaths`, or the
    /// KUBECONFIG list when empty) and overlays their live Flux state on the tree. Clusters without a context stay
    /// Git-only. Called after the first snapshot of a workspace unless live mode is off.
    void connectClusters(const QStringList& kubeconfigPaths = {});
    void disconnectClusters();
    /// Follows the Kubernetes Events of one live Flux object (`id`: its kind, namespace and name) on `cluster`,
    /// replacing the object followed before: eventsChanged() with the list now and after every change, and
    /// eventsStateChanged() (Forbidden for a user who may not list Events there: an empty state, no retries).
    /// A cluster that is not connected answers Failed at once.
    void watchEvents(const QString& cluster, const fleetdesk::ObjectId& id);
    void stopEvents();
    /// Health endpoints of Flux controllers that run outside a cluster (see ControllerHealth), by fleet cluster and
    /// controller name; used from the next connectClusters() on. A cluster without its own uses those of
    /// FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS ("name=url,name=url"), which the local control plane's `testenv env`
    /// exports.
    void setControllerEndpoints(const QHash<QString, QHash<QString, QUrl>>& endpointsByCluster);

Q_SIGNALS:
    void snapshotReady(fleetdesk::FleetSnapshotPtr snapshot);
    void workspaceFailed(const QString& platformRoot, const QString& message);
    /// A load started (true) or finished (false).
    void busyChanged(bool busy);
    /// A cluster's connection: "connecting", "connected", "degraded", "forbidden" or "offline", with a reason.
    void clusterStateChanged(const QString& cluster, const QString& state, const QString& reason);
    /// The Events of the object watchEvents() follows, newest first; `objectKey` is LiveOverlay::objectKey().
    void eventsChanged(const QString& cluster, const QString& objectKey, const QList<fleetdesk::FluxEvent>& events);
    void eventsStateChanged(const QString& cluster, const QString& objectKey, fleetdesk::FluxEvents::State state,
                            const QString& reason);
    /// The Flux controllers' health on a connected cluster: once they are read, and on every change.
    void controllerHealthChanged(const QString& cluster, const fleetdesk::ClusterControllerHealth& health);
    /// A runAction() request finished: every target's result.
    void actionFinished(const fleetdesk::FluxActionReport& report);
    /// The drift of a Kustomization was computed (core/drift; again whenever one of its inputs changed).
    void driftUpdated(fleetdesk::KustomizationDriftPtr drift);
    /// Drift work on a cluster: objects compared so far of those queued.
    void driftProgress(const QString& cluster, int done, int total);
    /// The answer to computeWorkingTreeDrift(): the drift the working tree's uncommitted edits would cause.
    void workingTreeDriftReady(fleetdesk::KustomizationDriftPtr drift);

private:
    void publish(const QStringList* changedPaths);
    void publishLive();
    void emitSnapshot(const FleetSnapshotPtr& gitSnapshot);
    void rewatch();
    void pathChanged(const QString& path);
    void reloadChanged();

    std::unique_ptr<WorkspaceLoader> m_loader;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QString m_root;
    quint64 m_generation = 0;
    QStringList m_changedPaths; ///< reported by the watcher since the last load
    FleetSnapshotPtr m_gitSnapshot; ///< the last snapshot from Git alone
    FleetNodePtr m_publishedRoot;   ///< the last tree sent out (Git with the live overlay)
    LiveClusterSource* m_live = nullptr;
    FluxEvents* m_events = nullptr;
    QString m_eventsCluster;
    QHash<QString, ControllerHealth*> m_controllerHealth; ///< by fleet cluster, while connected
    QHash<QString, QHash<QString, QUrl>> m_controllerEndpoints;
    std::unique_ptr<BehindOverlay> m_behind;
    DriftMonitor* m_drift = nullptr;                   ///< incremental drift of the live Kustomizations
    /// Per connected cluster: watches the objects drift depends on and feeds their changes to m_drift.
    QHash<QString, InventoryWatcher*> m_inventoryWatchers;
    QSet<QString> m_inventoryStale; ///< clusters whose watched objects changed since the watcher was told
    QTimer* m_inventoryTimer = nullptr;
    int m_maxDriftWatches = 32;
    void updateInventoryWatchers();
    QHash<QString, KustomizationDriftPtr> m_drifts;    ///< by DriftOverlay::key
    struct DriftTarget
    {
        QString cluster;
        QString ns;
        QString name;
    };
    QHash<QString, DriftTarget> m_driftTracked; ///< the Kustomizations m_drift tracks, by DriftOverlay::key
    /// Tracks the drift of every Kustomization in Git and a cluster under `node`; their keys go into `tracked`.
    void trackDrift(const FleetNodePtr& node, QSet<QString>& tracked);
    ExecCredentialProvider* m_execProvider = nullptr;
    QHash<QString, QString> m_contextByCluster; ///< fleet cluster -> kubeconfig context, when not the same name
    QStringList m_kubeconfigPaths;               ///< as connectClusters() was last given them
    QHash<QString, QString> m_connectedContexts; ///< connected fleet cluster -> its kubeconfig context
    QHash<QString, QString> m_connectedUsers;    ///< connected fleet cluster -> the context's user
    QString m_actionLogFile;
    int m_actionTimeoutMs = 120000;
};

} // namespace fleetdesk
