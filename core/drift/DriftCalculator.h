#pragma once

#include "drift/DriftReport.h"
#include "drift/ObjectComparer.h"
#include "kustomize/FluxKustomizationBuilder.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

#include <functional>
#include <memory>

namespace fleetdesk {

class KubeClient;
struct KubeResponse;

/// What to compute the drift of: one Flux Kustomization of one cluster, rendered from a local checkout.
struct DriftRequest
{
    QString cluster;
    /// The Kustomization object: the live one (spec, status.lastAppliedRevision and status.inventory), or the one in
    /// Git when the cluster has none yet.
    QJsonObject kustomization;
    QString repositoryRoot;   ///< the local checkout of its source
    bool workingTree = false; ///< render the working tree (uncommitted edits) instead of the applied revision
    /// buildOptions.sourceIgnore is what the caller knows of the source's spec.ignore (from Git, or read already).
    FluxKustomizationBuilder::Options buildOptions;
    /// Read the GitRepository that spec.sourceRef names from the cluster first: when it can be read, its spec.ignore
    /// replaces buildOptions.sourceIgnore; when not (not found, forbidden), buildOptions.sourceIgnore stays.
    bool readSource = true;
};

/// Computes the drift of Kustomizations against one cluster, as the user's own identity (no impersonation of
/// spec.serviceAccountName): renders the desired objects (FluxKustomizationBuilder, with the live source
/// GitRepository's spec.ignore, substituteFrom values read from the cluster and SOPS Secrets decrypted with the age
/// keys of spec.decryption.secretRef), then per object
/// a GET of the live object and a server-side apply dry-run (fieldManager kustomize-controller, force), compared
/// by ObjectComparer; inventory entries no longer rendered are "would be pruned" when spec.prune is true.
/// Lives on the engine thread; API calls are capped (concurrent and per computation) for the cluster.
class DriftCalculator : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(KustomizationDriftPtr)>;

    explicit DriftCalculator(KubeClient* client, QObject* parent = nullptr);
    ~DriftCalculator() override;

    /// At most this many API calls in flight for the cluster (default 8).
    void setMaxConcurrentCalls(int calls);
    /// At most this many API calls per Kustomization (default 0: no limit); objects beyond it are Error.
    void setMaxCallsPerKustomization(int calls) { m_maxPerKustomization = calls; }

    void compute(DriftRequest request, Done done);

    /// API calls sent so far by this calculator.
    int apiCalls() const { return m_apiCalls; }
    /// Objects compared (done) and to compare (total) across the computations in progress.
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }

Q_SIGNALS:
    void progress(const QString& cluster, int done, int total);

private:
    struct Job;
    struct Resource
    {
        QString plural;
        bool namespaced = true;
    };

    void call(const std::shared_ptr<Job>& job, const QByteArray& verb, const QString& path, const QByteArray& body,
              const QByteArray& contentType, std::function<void(const KubeResponse&)> done);
    void pump();
    void readSource(const std::shared_ptr<Job>& job);
    void readSubstitutions(const std::shared_ptr<Job>& job, int index);
    void readDecryptionKeys(const std::shared_ptr<Job>& job);
    void render(const std::shared_ptr<Job>& job);
    void compareObject(const std::shared_ptr<Job>& job, size_t index);
    void comparePrune(const std::shared_ptr<Job>& job, const ObjectId& id);
    void resource(const std::shared_ptr<Job>& job, const ObjectId& id, std::function<void(Result<Resource>)> done);
    void objectFinished(const std::shared_ptr<Job>& job, size_t slot, ObjectDrift drift);
    void finish(const std::shared_ptr<Job>& job);

    KubeClient* m_client;
    ObjectComparer m_comparer;
    int m_maxConcurrent = 8;
    int m_maxPerKustomization = 0;
    int m_inFlight = 0;
    int m_apiCalls = 0;
    int m_done = 0;
    int m_total = 0;
    struct Queued
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QByteArray contentType;
        std::function<void(const KubeResponse&)> done;
    };
    QQueue<Queued> m_queue;
    /// "group/version" -> kind -> resource; filled from discovery once per calculator.
    QHash<QString, QHash<QString, Resource>> m_resources;
    QHash<QString, QList<std::function<void()>>> m_resourceWaiters;
};

/// The inventory id of kustomize-controller ("<namespace>_<name>_<group>_<kind>") with its version, as an ObjectId.
ObjectId inventoryObjectId(const QString& id, const QString& version);

} // namespace fleetdesk
