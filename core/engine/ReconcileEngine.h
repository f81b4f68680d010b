#pragma once

#include "engine/FleetSnapshot.h"
#include "flux/ControllerHealth.h"
#include "flux/FluxEvents.h"
#include "manifest/ObjectId.h"

#include <QObject>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace fleetdesk {

class BehindOverlay;
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
    /// controller name; used from the next connectClusters() on.
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
    ExecCredentialProvider* m_execProvider = nullptr;
};

} // namespace fleetdesk
