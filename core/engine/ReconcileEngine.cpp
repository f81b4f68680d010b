#include "ReconcileEngine.h"

#include "drift/DriftMonitor.h"
#include "drift/DriftOverlay.h"
#include "engine/BehindOverlay.h"
#include "engine/FleetTreeBuilder.h"
#include "engine/LiveClusterSource.h"
#include "engine/LiveOverlay.h"
#include "engine/WorkspaceLoader.h"
#include "flux/ActionLog.h"
#include "flux/FluxActions.h"
#include "kube/ExecCredentialProvider.h"
#include "kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace fleetdesk {

namespace {

/// FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS="source-controller=http://127.0.0.1:9440/readyz,...": health endpoints of
/// Flux controllers that run outside the cluster (the local control plane exports it), for every cluster without
/// endpoints of its own.
QHash<QString, QUrl> endpointsFromEnvironment()
{
    QHash<QString, QUrl> endpoints;
    const QString value = qEnvironmentVariable("FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS");
    for (const QString& entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QUrl url(entry.mid(equals + 1).trimmed());
        if (equals > 0 && url.isValid() && !url.scheme().isEmpty())
            endpoints.insert(entry.left(equals).trimmed(), url);
    }
    return endpoints;
}

} // namespace

ReconcileEngine::ReconcileEngine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<fleetdesk::FleetSnapshotPtr>();
    qRegisterMetaType<fleetdesk::FluxEvent>();
    qRegisterMetaType<QList<fleetdesk::FluxEvent>>();
    qRegisterMetaType<fleetdesk::ClusterControllerHealth>();
    m_behind = std::make_unique<BehindOverlay>();
    qRegisterMetaType<fleetdesk::KustomizationDriftPtr>();
    m_drift = new DriftMonitor(this);
    connect(m_drift, &DriftMonitor::driftProgress, this, &ReconcileEngine::driftProgress);
    connect(m_drift, &DriftMonitor::driftUpdated, this, [this](const KustomizationDriftPtr& drift) {
        m_drifts.insert(DriftOverlay::key(drift->cluster, drift->ns, drift->name), drift);
        Q_EMIT driftUpdated(drift);
        publishLive();
    });
    // Watched objects change in bursts (every Kustomization read after a connect): the watchers follow once.
    m_inventoryTimer = new QTimer(this);
    m_inventoryTimer->setSingleShot(true);
    m_inventoryTimer->setInterval(100);
    connect(m_inventoryTimer, &QTimer::timeout, this, &ReconcileEngine::updateInventoryWatchers);
    connect(m_drift, &DriftMonitor::watchedObjectsChanged, this, [this](const QString& cluster) {
        m_inventoryStale.insert(cluster);
        if (!m_inventoryTimer->isActive())
            m_inventoryTimer->start();
    });
    qRegisterMetaType<fleetdesk::FluxActionReport>();
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReconcileEngine::reloadChanged);
}

ReconcileEngine::~ReconcileEngine()
{
    // The watchers use the clients of m_live, which QObject would delete first.
    qDeleteAll(m_inventoryWatchers);
}

void ReconcileEngine::setReloadDelay(int milliseconds)
{
    m_reloadTimer->setInterval(milliseconds);
}

void ReconcileEngine::openWorkspace(const QString& platformRoot)
{
    const QFileInfo info(platformRoot);
    if (!info.isDir()) {
        Q_EMIT workspaceFailed(platformRoot, tr("%1 is not a folder").arg(platformRoot));
        return;
    }
    m_root = info.absoluteFilePath();
    m_loader = std::make_unique<WorkspaceLoader>(m_root);
    // The watcher is recreated per workspace: it is created here, on the engine's thread, which owns it.
    delete m_watcher;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReconcileEngine::pathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ReconcileEngine::pathChanged);
    m_changedPaths.clear();
    publish(nullptr);
    // Live state for the clusters the user's kubeconfig has a context for; FLEETDESK_OFFLINE keeps it Git-only.
    if (!qEnvironmentVariableIsSet("FLEETDESK_OFFLINE"))
        connectClusters();
}

void ReconcileEngine::pathChanged(const QString& path)
{
    if (!m_changedPaths.contains(path))
        m_changedPaths.append(path);
    m_reloadTimer->start();
}

void ReconcileEngine::reload()
{
    if (!m_loader)
        return;
    m_reloadTimer->stop();
    m_changedPaths.clear();
    publish(nullptr);
}

void ReconcileEngine::reloadChanged()
{
    if (!m_loader)
        return;
    const QStringList changed = std::exchange(m_changedPaths, {});
    publish(&changed);
    m_drift->pathsChanged(changed);
}

void ReconcileEngine::closeWorkspace()
{
    disconnectClusters();
    m_gitSnapshot.reset();
    m_publishedRoot.reset();
    m_reloadTimer->stop();
    m_loader.reset();
    delete m_watcher;
    m_watcher = nullptr;
    m_root.clear();
}

void ReconcileEngine::publish(const QStringList* changedPaths)
{
    Q_EMIT busyChanged(true);
    WorkspaceLoadResult result = m_loader->load(++m_generation, changedPaths);
    rewatch();
    m_gitSnapshot = result.snapshot;
    Q_EMIT busyChanged(false);
    emitSnapshot(m_gitSnapshot);
}

void ReconcileEngine::emitSnapshot(const FleetSnapshotPtr& gitSnapshot)
{
    if (!m_live) {
        m_publishedRoot = gitSnapshot->root;
        Q_EMIT snapshotReady(gitSnapshot);
        return;
    }
    auto snapshot = std::make_shared<FleetSnapshot>(*gitSnapshot);
    snapshot->generation = m_generation;
    // Behind-by counts come from the local checkouts (libgit2, cached per branch head and applied revision).
    const QHash<QString, LiveClusterView> views = m_live->views();
    const FleetNodePtr live = LiveOverlay::apply(gitSnapshot->root, views);
    QSet<QString> tracked;
    trackDrift(live, tracked);
    // Kustomizations gone from Git or from a cluster that has listed everything: no drift, nothing to watch.
    for (auto it = m_driftTracked.begin(); it != m_driftTracked.end();) {
        const QString& cluster = it.value().cluster;
        const auto view = views.constFind(cluster);
        if (tracked.contains(it.key()) || view == views.constEnd() || !view->synced) {
            ++it;
            continue;
        }
        m_drift->untrack(cluster, it.value().ns, it.value().name);
        m_drifts.remove(it.key());
        it = m_driftTracked.erase(it);
    }
    snapshot->root = FleetTreeBuilder::shareUnchanged(DriftOverlay::apply(m_behind->apply(live), m_drifts),
                                                      m_publishedRoot);
    m_publishedRoot = snapshot->root;
    Q_EMIT snapshotReady(snapshot);
}

void ReconcileEngine::trackDrift(const FleetNodePtr& node, QSet<QString>& tracked)
{
    if (node->nodeKind == NodeKind::FluxObject && node->kind == QLatin1String("Kustomization")
        && node->presence == Presence::Both && !node->liveRevision.isEmpty()) {
        // The checkout of its source: where the objects it applies were found, else its own repository.
        QString root = node->repositoryRoot;
        for (const FleetNodePtr& child : node->children) {
            if (child->nodeKind == NodeKind::Object && !child->repositoryRoot.isEmpty()) {
                root = child->repositoryRoot;
                break;
            }
        }
        if (!root.isEmpty()) {
            const QString ns = node->ns.isEmpty() ? QStringLiteral("flux-system") : node->ns;
            m_drift->track(node->cluster, ns, node->name, root, node->liveRevision);
            const QString key = DriftOverlay::key(node->cluster, ns, node->name);
            tracked.insert(key);
            m_driftTracked.insert(key, DriftTarget{node->cluster, ns, node->name});
        }
    }
    for (const FleetNodePtr& child : node->children)
        trackDrift(child, tracked);
}

void ReconcileEngine::computeWorkingTreeDrift(const QString& cluster, const QString& ns, const QString& name)
{
    m_drift->computeWorkingTree(cluster, ns, name, [this](KustomizationDriftPtr drift) {
        Q_EMIT workingTreeDriftReady(std::move(drift));
    });
}

void ReconcileEngine::updateInventoryWatchers()
{
    const QSet<QString> stale = std::exchange(m_inventoryStale, {});
    for (const QString& cluster : stale) {
        if (InventoryWatcher* watcher = m_inventoryWatchers.value(cluster))
            watcher->setObjects(m_drift->watchedObjects(cluster));
    }
}

int ReconcileEngine::driftComputations() const
{
    return m_drift->computations();
}

InventoryWatchStats ReconcileEngine::driftWatchStats(const QString& cluster) const
{
    const InventoryWatcher* watcher = m_inventoryWatchers.value(cluster);
    return watcher ? watcher->stats() : InventoryWatchStats();
}

void ReconcileEngine::publishLive()
{
    if (!m_gitSnapshot)
        return;
    ++m_generation;
    emitSnapshot(m_gitSnapshot);
}

void ReconcileEngine::connectClusters(const QStringList& kubeconfigPaths)
{
    if (!m_gitSnapshot)
        return;
    const auto config = Kubeconfig::load(kubeconfigPaths.isEmpty() ? Kubeconfig::defaultPaths() : kubeconfigPaths);
    if (!config) {
        Q_EMIT clusterStateChanged(QString(), QStringLiteral("offline"), config.error().toString());
        return;
    }
    m_kubeconfigPaths = kubeconfigPaths;
    QList<LiveClusterConfig> clusters;
    QStringList unmapped;
    for (const FleetNodePtr& cluster : m_gitSnapshot->root->children) {
        const QString contextName = m_contextByCluster.value(cluster->name, cluster->name);
        const auto endpoint = config->endpoint(contextName);
        if (!endpoint) {
            unmapped.append(cluster->name);
            continue;
        }
        LiveClusterConfig live;
        live.cluster = cluster->name;
        live.endpoint = *endpoint;
        live.candidateNamespaces.append(QStringLiteral("flux-system"));
        for (const FleetNodePtr& group : cluster->children) {
            for (const FleetNodePtr& tenant : group->children) {
                if (tenant->nodeKind == NodeKind::Tenant && !tenant->ns.isEmpty())
                    live.candidateNamespaces.append(tenant->ns);
            }
        }
        clusters.append(live);
    }
    disconnectClusters();
    for (const QString& cluster : std::as_const(unmapped)) {
        const QString context = m_contextByCluster.value(cluster, cluster);
        Q_EMIT clusterStateChanged(cluster, QStringLiteral("offline"),
                                   context.isEmpty() ? tr("No kubeconfig context chosen in Settings")
                                                     : tr("No kubeconfig context %1 (map one in Settings)").arg(context));
    }
    for (const LiveClusterConfig& live : std::as_const(clusters)) {
        m_connectedContexts.insert(live.cluster, live.endpoint.context.name);
        m_connectedUsers.insert(live.cluster, live.endpoint.context.user);
    }
    if (clusters.isEmpty())
        return;
    if (!m_execProvider)
        m_execProvider = new ExecCredentialProvider(QString(), this);
    m_live = new LiveClusterSource(this);
    m_live->setExecCredentialProvider(m_execProvider);
    connect(m_live, &LiveClusterSource::changed, this, &ReconcileEngine::publishLive);
    connect(m_live, &LiveClusterSource::clusterStateChanged, this, &ReconcileEngine::clusterStateChanged);
    for (const LiveClusterConfig& live : std::as_const(clusters))
        Q_EMIT clusterStateChanged(live.cluster, QStringLiteral("connecting"), live.endpoint.cluster.server);
    m_live->connectClusters(clusters);
    for (const LiveClusterConfig& live : std::as_const(clusters)) {
        m_drift->setCluster(live.cluster, m_live->client(live.cluster));
        auto* watcher = new InventoryWatcher(m_live->client(live.cluster), this);
        watcher->setMaxWatches(m_maxDriftWatches);
        const QString cluster = live.cluster;
        connect(watcher, &InventoryWatcher::objectChanged, m_drift,
                [this, cluster](const ObjectId& id) { m_drift->objectChanged(cluster, id); });
        m_inventoryWatchers.insert(cluster, watcher);
        watcher->setObjects(m_drift->watchedObjects(cluster));
    }
    for (const LiveClusterConfig& live : std::as_const(clusters)) {
        auto* health = new ControllerHealth(m_live->client(live.cluster), QStringLiteral("flux-system"), this);
        health->setHealthEndpoints(m_controllerEndpoints.contains(live.cluster) ? m_controllerEndpoints.value(live.cluster)
                                                                               : endpointsFromEnvironment());
        const QString cluster = live.cluster;
        connect(health, &ControllerHealth::changed, this, [this, cluster](const ClusterControllerHealth& h) {
            Q_EMIT controllerHealthChanged(cluster, h);
        });
        m_controllerHealth.insert(cluster, health);
        health->start();
    }
}

void ReconcileEngine::disconnectClusters()
{
    stopEvents();
    qDeleteAll(m_controllerHealth);
    m_controllerHealth.clear();
    m_connectedContexts.clear();
    m_connectedUsers.clear();
    // The watchers use the clients of m_live: gone before it.
    qDeleteAll(m_inventoryWatchers);
    m_inventoryWatchers.clear();
    m_inventoryStale.clear();
    if (!m_live)
        return;
    for (const QString& cluster : m_live->views().keys())
        m_drift->removeCluster(cluster);
    m_drifts.clear();
    m_driftTracked.clear();
    m_live->disconnectAll();
    delete m_live;
    m_live = nullptr;
}

void ReconcileEngine::setContextMapping(const QHash<QString, QString>& contextByCluster)
{
    if (contextByCluster == m_contextByCluster)
        return;
    m_contextByCluster = contextByCluster;
    if (m_live || !m_connectedContexts.isEmpty())
        connectClusters(m_kubeconfigPaths);
}

void ReconcileEngine::runAction(const FluxActionRequest& request)
{
    // Targets grouped by cluster, in the order the request names them; each cluster runs on its own client.
    QStringList clusters;
    QHash<QString, QList<FluxTarget>> byCluster;
    for (const ClusterTarget& t : request.targets) {
        if (!byCluster.contains(t.cluster))
            clusters.append(t.cluster);
        byCluster[t.cluster].append(t.target);
    }
    auto results = std::make_shared<QHash<QString, QList<FluxActionResult>>>();
    auto pending = std::make_shared<qsizetype>(clusters.size());
    const auto finish = [this, request, results]() {
        FluxActionReport report;
        report.request = request;
        for (const ClusterTarget& t : request.targets) {
            const QList<FluxActionResult> ofCluster = results->value(t.cluster);
            const auto found = std::find_if(ofCluster.cbegin(), ofCluster.cend(),
                                            [&t](const FluxActionResult& r) { return r.target == t.target; });
            if (found != ofCluster.cend())
                report.results.append(ClusterActionResult{t.cluster, *found});
        }
        Q_EMIT actionFinished(report);
    };
    const auto record = [this, request](const QString& cluster, const QList<FluxActionResult>& done) {
        const ActionLog log(m_actionLogFile);
        for (const FluxActionResult& r : done) {
            ActionLogEntry entry;
            entry.when = QDateTime::currentDateTimeUtc();
            entry.user = m_connectedUsers.value(cluster);
            entry.context = m_connectedContexts.value(cluster);
            entry.cluster = cluster;
            entry.action = request.logName();
            entry.target = r.target.displayName();
            entry.ok = r.ok;
            entry.result = r.message;
            if (auto logged = log.append(entry); !logged)
                qWarning("fleetdesk: %s", qPrintable(logged.error().toString()));
        }
    };
    if (clusters.isEmpty()) {
        finish();
        return;
    }
    for (const QString& cluster : std::as_const(clusters)) {
        KubeClient* client = m_live ? m_live->client(cluster) : nullptr;
        if (!client) {
            QList<FluxActionResult> failed;
            for (const FluxTarget& target : byCluster.value(cluster)) {
                FluxActionResult r;
                r.target = target;
                r.message = tr("Cluster %1 is not connected").arg(cluster);
                r.errorCode = QStringLiteral("kube.offline");
                failed.append(r);
            }
            results->insert(cluster, failed);
            record(cluster, failed);
            if (--*pending == 0)
                finish();
            continue;
        }
        // Owned by the client: gone with the connection if the clusters are disconnected meanwhile.
        auto* actions = new FluxActions(client, client);
        actions->setReconcileTimeout(m_actionTimeoutMs);
        actions->run(request.action, byCluster.value(cluster), request.withSource, request.reason,
                     [cluster, results, pending, finish, record, actions](const QList<FluxActionResult>& done) {
                         results->insert(cluster, done);
                         record(cluster, done);
                         actions->deleteLater();
                         if (--*pending == 0)
                             finish();
                     });
    }
}

void ReconcileEngine::setControllerEndpoints(const QHash<QString, QHash<QString, QUrl>>& endpointsByCluster)
{
    m_controllerEndpoints = endpointsByCluster;
}

void ReconcileEngine::watchEvents(const QString& cluster, const ObjectId& id)
{
    stopEvents();
    const QString key = LiveOverlay::objectKey(id.kind, id.ns, id.name);
    KubeClient* client = m_live ? m_live->client(cluster) : nullptr;
    if (!client) {
        Q_EMIT eventsChanged(cluster, key, {});
        Q_EMIT eventsStateChanged(cluster, key, FluxEvents::State::Failed, tr("Cluster %1 is not connected").arg(cluster));
        return;
    }
    m_eventsCluster = cluster;
    m_events = new FluxEvents(client, id.kind, id.ns, id.name, this);
    connect(m_events, &FluxEvents::changed, this, [this, cluster, key](const QList<FluxEvent>& events) {
        Q_EMIT eventsChanged(cluster, key, events);
    });
    connect(m_events, &FluxEvents::stateChanged, this,
            [this, cluster, key](FluxEvents::State state, const QString& reason) {
                Q_EMIT eventsStateChanged(cluster, key, state, reason);
            });
    m_events->start();
}

void ReconcileEngine::stopEvents()
{
    delete m_events;
    m_events = nullptr;
    m_eventsCluster.clear();
}

void ReconcileEngine::rewatch()
{
    if (!m_watcher)
        return;
    // Directories see files come and go (and editors that save by rename); files see in-place writes.
    const QStringList wanted = m_loader->watchPaths();
    const QStringList current = m_watcher->directories() + m_watcher->files();
    QSet<QString> currentSet(current.begin(), current.end());
    QStringList toAdd;
    for (const QString& path : std::as_const(wanted)) {
        if (!currentSet.remove(path))
            toAdd.append(path);
    }
    if (!currentSet.isEmpty())
        m_watcher->removePaths(QStringList(currentSet.begin(), currentSet.end()));
    if (!toAdd.isEmpty())
        m_watcher->addPaths(toAdd);
}

} // namespace fleetdesk
