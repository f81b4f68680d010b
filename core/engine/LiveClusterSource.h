#pragma once

#include "engine/LiveOverlay.h"
#include "kube/KubeWatch.h"
#include "kube/Kubeconfig.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace fleetdesk {

class ExecCredentialProvider;
class KubeClient;

/// A fleet cluster and how to reach it.
struct LiveClusterConfig
{
    QString cluster; ///< the fleet's cluster name
    KubeEndpoint endpoint;
    /// Namespaces to try when the user may not list cluster-wide (configured ones and the fleet's from Git).
    QStringList candidateNamespaces;
};

/// The live side of the engine: for every cluster, watches every Flux kind the server serves (discovery, cached),
/// cluster-wide or, for users who may not, in the namespaces they may list; keeps the objects' derived status and
/// says when something changed, throttled so that an event storm becomes one update per interval.
/// Lives on the engine thread.
class LiveClusterSource : public QObject
{
    Q_OBJECT

public:
    explicit LiveClusterSource(QObject* parent = nullptr);
    ~LiveClusterSource() override;

    void setExecCredentialProvider(ExecCredentialProvider* provider) { m_execProvider = provider; }
    /// Minimum time between two changed() signals (default 250 ms); a change after a quiet period is signalled at
    /// once.
    void setThrottle(int milliseconds);
    void setStaleAfter(int seconds) { m_staleAfter = seconds; }

    void connectClusters(const QList<LiveClusterConfig>& clusters);
    void disconnectAll();

    /// What each cluster holds now, by cluster name.
    QHash<QString, LiveClusterView> views() const;
    /// Every cluster listed every collection it may see at least once (or failed to connect).
    bool allSynced() const;
    KubeClient* client(const QString& cluster) const;
    /// "connected", "degraded" or "offline", with the reason.
    QString connectionState(const QString& cluster, QString* reason = nullptr) const;

Q_SIGNALS:
    void changed();
    void clusterStateChanged(const QString& cluster, const QString& state, const QString& reason);

private:
    struct Cluster;
    void startKind(Cluster& cluster, const QString& group, const QString& kind, const QStringList& versions);
    void addWatch(Cluster& cluster, const QString& group, const QString& version, const QString& kind,
                  const QString& ns);
    void markChanged();
    void updateState(Cluster& cluster);

    QHash<QString, std::shared_ptr<Cluster>> m_clusters;
    ExecCredentialProvider* m_execProvider = nullptr;
    QTimer* m_throttle;
    bool m_pending = false; ///< a change arrived while the throttle ran: emit when it ends
    int m_staleAfter = FluxStatus::DefaultStaleAfterSeconds;
};

} // namespace fleetdesk
