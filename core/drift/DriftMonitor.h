#pragma once

#include "drift/DriftReport.h"
#include "manifest/ObjectId.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace fleetdesk {

class DriftCalculator;
class KubeClient;

/// Fleet-wide drift, kept up to date incrementally on the engine thread. A Kustomization is computed again only when
/// one of its inputs changed: its applied revision (a new commit), files under its spec.path in its checkout,
/// a watched object it manages (its inventory), a substituteFrom ConfigMap or Secret, its own spec, or the
/// spec.ignore of its source GitRepository. One
/// DriftCalculator per cluster caps the API calls there; progress is reported per cluster.
class DriftMonitor : public QObject
{
    Q_OBJECT

public:
    explicit DriftMonitor(QObject* parent = nullptr);
    ~DriftMonitor() override;

    /// The client of a connected cluster (owned by the caller; removeCluster() before it goes away).
    void setCluster(const QString& cluster, KubeClient* client);
    void removeCluster(const QString& cluster);
    /// API calls in flight per cluster at most (default 8).
    void setMaxConcurrentCalls(int calls);
    /// Quiet time between a trigger and the recomputation it causes (default 300 ms), so that bursts coalesce.
    void setDebounce(int milliseconds);

    /// A Kustomization the cluster holds, rendered from `repositoryRoot`; computed when new, or when its applied
    /// revision differs from the last one computed.
    void track(const QString& cluster, const QString& ns, const QString& name, const QString& repositoryRoot,
               const QString& appliedRevision);
    void untrack(const QString& cluster, const QString& ns, const QString& name);
    /// Files changed on disk (absolute paths): Kustomizations whose spec.path holds one are computed again.
    void pathsChanged(const QStringList& paths);
    /// A watch event on an object of `cluster`: the Kustomizations that manage it, or substitute from it, are
    /// computed again; the Kustomization itself is read again and computed when its spec, revision or inventory
    /// changed. Found through an index (object -> Kustomizations): an unrelated object costs one hash lookup.
    void objectChanged(const QString& cluster, const ObjectId& id);
    /// The objects whose changes matter on `cluster`: every tracked Kustomization itself, its source GitRepository,
    /// the objects of its inventory and its postBuild.substituteFrom ConfigMaps and Secrets, each once (with the
    /// version it was applied in). watchedObjectsChanged() says when this set changes.
    QList<ObjectId> watchedObjects(const QString& cluster) const;
    /// Computes a Kustomization again now, whatever changed.
    void refresh(const QString& cluster, const QString& ns, const QString& name);

    /// "What would this change do": the drift of a tracked Kustomization rendered from the working tree, with
    /// uncommitted edits. Not kept and not announced by driftUpdated().
    void computeWorkingTree(const QString& cluster, const QString& ns, const QString& name,
                            std::function<void(KustomizationDriftPtr)> done);

    /// The last drift computed for a Kustomization; null before the first.
    KustomizationDriftPtr drift(const QString& cluster, const QString& ns, const QString& name) const;
    /// Computations started so far (for tests and the benchmark).
    int computations() const { return m_computations; }
    /// API calls sent so far for one cluster.
    int apiCalls(const QString& cluster) const;

Q_SIGNALS:
    void driftUpdated(fleetdesk::KustomizationDriftPtr drift);
    void driftProgress(const QString& cluster, int done, int total);
    /// watchedObjects(cluster) changed: a Kustomization was tracked or untracked, or its inventory or substitution
    /// sources changed.
    void watchedObjectsChanged(const QString& cluster);

private:
    struct Tracked
    {
        QString cluster;
        QString ns;
        QString name;
        QString repositoryRoot;
        QString appliedRevision;
        QString computedRevision;
        QByteArray computedInputs; ///< hash of spec, revision, inventory and source spec.ignore at the last computation
        QJsonObject live;          ///< the Kustomization as last read
        QList<ObjectId> watched;   ///< itself, its source, inventory and substitution sources (watchedObjects())
        bool running = false;
        bool dirty = false;
        bool force = false;
        KustomizationDriftPtr drift;
    };

    static QString keyOf(const QString& cluster, const QString& ns, const QString& name);
    void schedule(const QString& key, bool force);
    void runDirty();
    void start(const QString& key);
    void readKustomization(const QString& cluster, const QString& ns, const QString& name,
                           std::function<void(const QJsonObject&, const QString& error)> done);
    /// The spec.ignore of the live GitRepository that `ks` (in `ns`) names as its source; nothing when it sets
    /// none, or cannot be read.
    void readSourceIgnore(const QString& cluster, const QString& ns, const QJsonObject& ks,
                          std::function<void(const std::optional<QString>&)> done);
    /// Replaces what `key` watches in m_byObject; watchedObjectsChanged() when that changed.
    void reindex(const QString& key, const QList<ObjectId>& watched);

    QHash<QString, Tracked> m_tracked;
    QHash<QString, QSet<QString>> m_byObject; ///< "cluster|" + object key -> keys of the Kustomizations watching it
    QHash<QString, KubeClient*> m_clients;
    QHash<QString, DriftCalculator*> m_calculators;
    QTimer* m_timer;
    int m_maxConcurrent = 8;
    int m_computations = 0;
};

} // namespace fleetdesk
