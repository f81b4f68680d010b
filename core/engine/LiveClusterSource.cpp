#include "LiveClusterSource.h"

#include "flux/FluxTarget.h"
#include "kube/KubeClient.h"
#include "kube/KubeDiscovery.h"
#include "kube/NamespaceAccess.h"
#include "manifest/FluxKinds.h"

#include <QTimer>

namespace fleetdesk {

struct LiveClusterSource::Cluster
{
    LiveClusterConfig config;
    std::unique_ptr<KubeClient> client;
    std::vector<std::unique_ptr<KubeWatch>> watches;
    QHash<KubeWatch*, QSet<QString>> keysByWatch;
    QHash<KubeWatch*, QString> kindByWatch;
    QSet<KubeWatch*> listedWatches;
    int pendingKinds = 0;
    LiveClusterView view;
    QString state = QStringLiteral("offline");
    QString reason;
    QStringList errors;
};

LiveClusterSource::LiveClusterSource(QObject* parent)
    : QObject(parent)
    , m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(250);
    connect(m_throttle, &QTimer::timeout, this, [this]() {
        if (!m_pending)
            return;
        m_pending = false;
        m_throttle->start();
        Q_EMIT changed();
    });
}

LiveClusterSource::~LiveClusterSource()
{
    disconnectAll();
}

void LiveClusterSource::setThrottle(int milliseconds)
{
    m_throttle->setInterval(milliseconds);
}

void LiveClusterSource::disconnectAll()
{
    m_clusters.clear();
}

void LiveClusterSource::markChanged()
{
    // Leading edge after a quiet period (a single change arrives at once), then at most once per interval (a storm
    // becomes one update per interval, the last state winning).
    if (m_throttle->isActive()) {
        m_pending = true;
        return;
    }
    m_throttle->start();
    Q_EMIT changed();
}

void LiveClusterSource::connectClusters(const QList<LiveClusterConfig>& configs)
{
    disconnectAll();
    for (const LiveClusterConfig& config : configs) {
        auto cluster = std::make_shared<Cluster>();
        cluster->config = config;
        cluster->client = std::make_unique<KubeClient>(config.endpoint);
        cluster->client->setExecCredentialProvider(m_execProvider);
        m_clusters.insert(config.cluster, cluster);
        std::weak_ptr<Cluster> weak = cluster;
        // Discovery per group, once per cluster (cached for the process), then the kinds of that group.
        QHash<QString, QStringList> kindsByGroup;
        for (const FluxKind& kind : FluxKinds::all())
            kindsByGroup[kind.group].append(kind.kind);
        cluster->pendingKinds = int(kindsByGroup.size());
        for (auto it = kindsByGroup.constBegin(); it != kindsByGroup.constEnd(); ++it) {
            const QString group = it.key();
            const QStringList kinds = it.value();
            KubeDiscovery::groupVersions(cluster->client.get(), group, [this, weak, group, kinds](Result<QStringList> versions) {
                auto c = weak.lock();
                if (!c)
                    return;
                --c->pendingKinds;
                if (!versions) {
                    c->errors.append(versions.error().message);
                } else {
                    for (const QString& kind : kinds)
                        startKind(*c, group, kind, *versions);
                }
                updateState(*c);
                markChanged();
            });
        }
    }
}

void LiveClusterSource::startKind(Cluster& cluster, const QString& group, const QString& kind,
                                  const QStringList& served)
{
    const FluxKind* known = FluxKinds::find(group, kind);
    QString version;
    for (const QString& v : served) {
        if (known && known->versions.contains(v)) {
            version = v;
            break;
        }
    }
    if (version.isEmpty())
        return; // not installed here
    const QString resource = FluxTarget::pluralOf(kind);
    ++cluster.pendingKinds;
    std::weak_ptr<Cluster> weak = m_clusters.value(cluster.config.cluster);
    NamespaceAccess::resolve(cluster.client.get(), group, resource, QStringLiteral("list"),
                             cluster.config.candidateNamespaces,
                             [this, weak, group, version, kind](Result<NamespaceScope> scope) {
                                 auto c = weak.lock();
                                 if (!c)
                                     return;
                                 --c->pendingKinds;
                                 if (!scope) {
                                     c->errors.append(scope.error().message);
                                 } else if (scope->clusterWide) {
                                     addWatch(*c, group, version, kind, {});
                                 } else {
                                     for (const QString& ns : std::as_const(scope->namespaces))
                                         addWatch(*c, group, version, kind, ns);
                                 }
                                 updateState(*c);
                                 markChanged();
                             });
}

void LiveClusterSource::addWatch(Cluster& cluster, const QString& group, const QString& version, const QString& kind,
                                 const QString& ns)
{
    auto watch = std::make_unique<KubeWatch>(cluster.client.get(),
                                             FluxTarget::collectionPath(group, version, FluxTarget::pluralOf(kind), ns));
    KubeWatch* w = watch.get();
    Cluster* c = &cluster;
    cluster.kindByWatch.insert(w, kind);
    auto toLive = [this, kind](const QJsonObject& object) {
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        LiveObject live;
        live.apiVersion = object.value(QStringLiteral("apiVersion")).toString();
        live.kind = kind;
        live.ns = metadata.value(QStringLiteral("namespace")).toString();
        live.name = metadata.value(QStringLiteral("name")).toString();
        live.tenant = metadata.value(QStringLiteral("labels")).toObject().value(FluxKinds::TenantLabel).toString();
        live.status = FluxStatus::derive(object, QDateTime::currentDateTimeUtc(), m_staleAfter);
        return live;
    };
    connect(w, &KubeWatch::listed, this, [this, c, w, toLive](const QList<QJsonObject>& items) {
        // A (re-)list replaces everything this watch had reported.
        for (const QString& key : c->keysByWatch.value(w))
            c->view.objects.remove(key);
        QSet<QString>& keys = c->keysByWatch[w];
        keys.clear();
        for (const QJsonObject& item : items) {
            const LiveObject live = toLive(item);
            const QString key = LiveOverlay::objectKey(live.kind, live.ns, live.name);
            c->view.objects.insert(key, live);
            keys.insert(key);
        }
        c->listedWatches.insert(w);
        updateState(*c);
        markChanged();
    });
    connect(w, &KubeWatch::event, this, [this, c, w, toLive](KubeWatch::EventType type, const QJsonObject& object) {
        const LiveObject live = toLive(object);
        const QString key = LiveOverlay::objectKey(live.kind, live.ns, live.name);
        if (type == KubeWatch::EventType::Deleted) {
            c->view.objects.remove(key);
            c->keysByWatch[w].remove(key);
        } else {
            const auto it = c->view.objects.constFind(key);
            if (it != c->view.objects.constEnd() && *it == live)
                return; // nothing the tree shows changed
            c->view.objects.insert(key, live);
            c->keysByWatch[w].insert(key);
        }
        markChanged();
    });
    connect(w, &KubeWatch::stateChanged, this, [this, c]() { updateState(*c); });
    cluster.watches.push_back(std::move(watch));
    w->start();
}

void LiveClusterSource::updateState(Cluster& cluster)
{
    QString state = QStringLiteral("connected");
    QString reason;
    int lost = 0;
    for (const auto& watch : cluster.watches) {
        if (watch->state() == KubeWatch::State::Reconnecting) {
            ++lost;
            reason = watch->stateReason();
        }
    }
    if (!cluster.errors.isEmpty() && cluster.watches.empty()) {
        state = QStringLiteral("offline");
        reason = cluster.errors.constLast();
    } else if (lost > 0) {
        state = lost == int(cluster.watches.size()) ? QStringLiteral("offline") : QStringLiteral("degraded");
    } else if (!cluster.errors.isEmpty()) {
        state = QStringLiteral("degraded");
        reason = cluster.errors.constLast();
    }
    cluster.view.synced = cluster.pendingKinds == 0
        && std::all_of(cluster.watches.cbegin(), cluster.watches.cend(), [&cluster](const auto& w) {
               return cluster.listedWatches.contains(w.get()) || w->state() == KubeWatch::State::Forbidden;
           });
    if (state != cluster.state || reason != cluster.reason) {
        cluster.state = state;
        cluster.reason = reason;
        Q_EMIT clusterStateChanged(cluster.config.cluster, state, reason);
    }
}

QHash<QString, LiveClusterView> LiveClusterSource::views() const
{
    QHash<QString, LiveClusterView> views;
    for (auto it = m_clusters.constBegin(); it != m_clusters.constEnd(); ++it)
        views.insert(it.key(), (*it)->view);
    return views;
}

bool LiveClusterSource::allSynced() const
{
    return std::all_of(m_clusters.cbegin(), m_clusters.cend(), [](const std::shared_ptr<Cluster>& c) {
        return c->view.synced || (c->pendingKinds == 0 && c->watches.empty());
    });
}

KubeClient* LiveClusterSource::client(const QString& cluster) const
{
    const auto c = m_clusters.value(cluster);
    return c ? c->client.get() : nullptr;
}

QString LiveClusterSource::connectionState(const QString& cluster, QString* reason) const
{
    const auto c = m_clusters.value(cluster);
    if (!c)
        return QStringLiteral("offline");
    if (reason)
        *reason = c->reason;
    return c->state;
}

} // namespace fleetdesk
