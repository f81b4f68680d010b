#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace fleetdesk {

class KubeClient;
class KubeWatch;

/// The health of one Flux controller on one cluster.
struct ControllerStatus
{
    enum class Health
    {
        Unknown,      ///< installed (its API is served) but nothing tells whether it runs; or not read yet
        Healthy,      ///< every desired replica available, or it renews its leader lease
        Degraded,     ///< some replicas available, not all; or a rollout in progress
        Failed,       ///< a Deployment with no available replica, or a leader lease that expired
        NotInstalled  ///< no Deployment, no lease and no API of its own on the cluster (e.g. helm-controller)
    };

    QString name;     ///< "source-controller", "kustomize-controller", "helm-controller", ...
    Health health = Health::Unknown;
    QString evidence; ///< what the health is read from: "Deployment", "Lease", "Endpoint", "API" or empty
    int desiredReplicas = 0;
    int availableReplicas = 0;
    QString version;  ///< the image tag of the Deployment's first container; empty when unknown
    QString message;  ///< for people: why it is not healthy (the Available condition's message, lease age...)

    static QString healthName(Health health);

    bool operator==(const ControllerStatus&) const = default;
};

/// Every known Flux controller of one cluster, in a fixed order.
struct ClusterControllerHealth
{
    QList<ControllerStatus> controllers;
    bool forbidden = false; ///< the user may not read Deployments or Leases in flux-system: health is Unknown
    QString reason;         ///< why, when forbidden or when the API could not be read

    /// The worst health among installed controllers (Unknown when none is known to be installed).
    ControllerStatus::Health overall() const;
    const ControllerStatus* find(const QString& name) const;

    bool operator==(const ClusterControllerHealth&) const = default;
};

/// Reads the Flux controllers' health on one cluster and follows it:
/// - the Deployments in the Flux namespace (`app.kubernetes.io/part-of=flux`, or a known controller name): desired
///   and available replicas, and the Available / Progressing conditions;
/// - otherwise the controller's leader-election Lease there (`<controller>-leader-election`, as Flux names it): a
///   lease renewed within its duration is a running controller; this covers controllers run outside the cluster;
/// - otherwise, for controllers run outside the cluster, a configured health endpoint (the controller's
///   `--health-addr`, e.g. `http://127.0.0.1:9440/readyz`), probed periodically: 200 is Healthy, anything else
///   Failed;
/// - otherwise whether the controller's API group is served: a served group without either is Unknown, and a
///   controller with no Deployment, no Lease and no API is NotInstalled, never Failed.
/// Deployments and Leases are watched, so a change arrives without polling; lease expiry is re-checked by a timer.
/// A user who may not read them there gets `forbidden` and no retries. Lives on the engine thread.
class ControllerHealth : public QObject
{
    Q_OBJECT

public:
    explicit ControllerHealth(KubeClient* client, QString fluxNamespace = QStringLiteral("flux-system"),
                              QObject* parent = nullptr);
    ~ControllerHealth() override;

    /// The controllers Fleetdesk knows, in display order, with the API group each one serves.
    static const QList<std::pair<QString, QString>>& knownControllers();

    /// Health endpoints of controllers that run outside the cluster, by controller name ("source-controller");
    /// probed every `intervalMs` with a 3 s timeout. Call before start().
    void setHealthEndpoints(const QHash<QString, QUrl>& endpoints, int intervalMs = 10000);

    void start();
    void stop();

    ClusterControllerHealth health() const { return m_health; }
    /// Every source (Deployments, Leases, API discovery) answered once.
    bool ready() const { return m_ready; }

    /// Health from what the cluster holds: a pure function, for tests and for the watches' results.
    /// `servedGroups` are the API groups the server serves; `now` decides whether a lease expired.
    /// `endpointStatus` holds, per controller with a configured endpoint, the HTTP status of its last probe (0: no
    /// answer).
    static ClusterControllerHealth evaluate(const QList<QJsonObject>& deployments, const QList<QJsonObject>& leases,
                                            const QStringList& servedGroups, const QDateTime& now,
                                            const QHash<QString, int>& endpointStatus = {});

Q_SIGNALS:
    void changed(const fleetdesk::ClusterControllerHealth& health);

private:
    void recompute();
    void probeEndpoints();

    KubeClient* m_client;
    QString m_namespace;
    std::unique_ptr<KubeWatch> m_deploymentWatch;
    std::unique_ptr<KubeWatch> m_leaseWatch;
    QHash<QString, QJsonObject> m_deployments;
    QHash<QString, QJsonObject> m_leases;
    QStringList m_servedGroups;
    bool m_deploymentsKnown = false;
    bool m_leasesKnown = false;
    bool m_groupsKnown = false;
    bool m_deploymentsForbidden = false;
    bool m_leasesForbidden = false;
    bool m_ready = false;
    ClusterControllerHealth m_health;
    QTimer* m_expiry = nullptr;
    QHash<QString, QUrl> m_endpoints;
    QHash<QString, int> m_endpointStatus;
    int m_endpointsPending = 0;
    QNetworkAccessManager* m_network = nullptr;
    quint64 m_epoch = 0;
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::ClusterControllerHealth)
