#include "DriftMonitor.h"

#include "drift/DriftCalculator.h"
#include "kustomize/FluxKustomizationBuilder.h"
#include "kube/KubeClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace fleetdesk {

namespace {

QByteArray inputsOf(const QJsonObject& ks, const std::optional<QString>& sourceIgnore)
{
    const QJsonObject status = ks.value(QStringLiteral("status")).toObject();
    const QJsonObject inputs{{QStringLiteral("spec"), ks.value(QStringLiteral("spec"))},
                             {QStringLiteral("revision"), status.value(QStringLiteral("lastAppliedRevision"))},
                             {QStringLiteral("inventory"), status.value(QStringLiteral("inventory"))},
                             {QStringLiteral("sourceIgnore"), sourceIgnore ? QJsonValue(*sourceIgnore) : QJsonValue()}};
    return QCryptographicHash::hash(QJsonDocument(inputs).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

const QString KustomizationGroup = QStringLiteral("kustomize.toolkit.fluxcd.io");

ObjectId kustomizationId(const QString& ns, const QString& name, const QString& apiVersion = {})
{
    return ObjectId::fromApiVersion(apiVersion.isEmpty() ? KustomizationGroup + QStringLiteral("/v1") : apiVersion,
                                    QStringLiteral("Kustomization"), ns, name);
}

/// The GitRepository that a Kustomization's spec.sourceRef names (its spec.ignore shapes the artifact); none for
/// another kind of source.
std::optional<ObjectId> sourceOf(const QString& ns, const QJsonObject& ks)
{
    const FluxKustomizationBuilder::SourceReference ref = FluxKustomizationBuilder(ks).sourceRef();
    if (ref.kind != QLatin1String("GitRepository") || ref.name.isEmpty())
        return std::nullopt;
    return ObjectId::fromApiVersion(QStringLiteral("source.toolkit.fluxcd.io/v1"), ref.kind,
                                    ref.ns.isEmpty() ? ns : ref.ns, ref.name);
}

/// What a Kustomization's drift depends on in the cluster: itself, its source GitRepository, the objects of its
/// inventory and the ConfigMaps and Secrets it substitutes from (in its own namespace, as Flux reads them).
QList<ObjectId> watchedBy(const QString& ns, const QString& name, const QJsonObject& ks)
{
    QList<ObjectId> watched{kustomizationId(ns, name, ks.value(QStringLiteral("apiVersion")).toString())};
    if (const auto source = sourceOf(ns, ks))
        watched.append(*source);
    for (const QJsonValue& value : ks.value(QStringLiteral("status")).toObject().value(QStringLiteral("inventory"))
                                       .toObject().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const ObjectId id = inventoryObjectId(entry.value(QStringLiteral("id")).toString(),
                                              entry.value(QStringLiteral("v")).toString());
        if (id.isValid())
            watched.append(id);
    }
    const QJsonArray from = ks.value(QStringLiteral("spec")).toObject().value(QStringLiteral("postBuild")).toObject()
                                .value(QStringLiteral("substituteFrom")).toArray();
    for (const QJsonValue& value : from) {
        const QJsonObject ref = value.toObject();
        const QString kind = ref.value(QStringLiteral("kind")).toString();
        const QString source = ref.value(QStringLiteral("name")).toString();
        if ((kind == QLatin1String("ConfigMap") || kind == QLatin1String("Secret")) && !source.isEmpty())
            watched.append(ObjectId::fromApiVersion(QStringLiteral("v1"), kind, ns, source));
    }
    return watched;
}

} // namespace

DriftMonitor::DriftMonitor(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &DriftMonitor::runDirty);
}

DriftMonitor::~DriftMonitor() = default;

QString DriftMonitor::keyOf(const QString& cluster, const QString& ns, const QString& name)
{
    return cluster + u'|' + ns + u'|' + name;
}

void DriftMonitor::setCluster(const QString& cluster, KubeClient* client)
{
    removeCluster(cluster);
    m_clients.insert(cluster, client);
    auto* calculator = new DriftCalculator(client, this);
    calculator->setMaxConcurrentCalls(m_maxConcurrent);
    connect(calculator, &DriftCalculator::progress, this, &DriftMonitor::driftProgress);
    m_calculators.insert(cluster, calculator);
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        if (it->cluster == cluster)
            schedule(it.key(), true);
    }
}

void DriftMonitor::removeCluster(const QString& cluster)
{
    m_clients.remove(cluster);
    if (DriftCalculator* calculator = m_calculators.take(cluster)) {
        calculator->disconnect(this);
        calculator->deleteLater();
    }
    for (Tracked& tracked : m_tracked) {
        if (tracked.cluster == cluster)
            tracked.running = false;
    }
}

void DriftMonitor::setMaxConcurrentCalls(int calls)
{
    m_maxConcurrent = std::max(1, calls);
    for (DriftCalculator* calculator : std::as_const(m_calculators))
        calculator->setMaxConcurrentCalls(m_maxConcurrent);
}

void DriftMonitor::setDebounce(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void DriftMonitor::track(const QString& cluster, const QString& ns, const QString& name, const QString& repositoryRoot,
                         const QString& appliedRevision)
{
    const QString key = keyOf(cluster, ns, name);
    auto it = m_tracked.find(key);
    if (it == m_tracked.end()) {
        Tracked tracked;
        tracked.cluster = cluster;
        tracked.ns = ns;
        tracked.name = name;
        tracked.repositoryRoot = QDir::cleanPath(repositoryRoot);
        tracked.appliedRevision = appliedRevision;
        m_tracked.insert(key, tracked);
        reindex(key, {kustomizationId(ns, name)});
        schedule(key, true);
        return;
    }
    const bool moved = it->repositoryRoot != QDir::cleanPath(repositoryRoot);
    it->repositoryRoot = QDir::cleanPath(repositoryRoot);
    if (moved || it->appliedRevision != appliedRevision || !it->drift) {
        it->appliedRevision = appliedRevision;
        schedule(key, moved);
    }
}

void DriftMonitor::untrack(const QString& cluster, const QString& ns, const QString& name)
{
    const QString key = keyOf(cluster, ns, name);
    if (!m_tracked.contains(key))
        return;
    reindex(key, {});
    m_tracked.remove(key);
}

void DriftMonitor::reindex(const QString& key, const QList<ObjectId>& watched)
{
    Tracked& tracked = m_tracked[key];
    const QString prefix = tracked.cluster + u'|';
    bool changed = false;
    QSet<QString> keep;
    for (const ObjectId& id : watched)
        keep.insert(id.key());
    for (const ObjectId& id : std::as_const(tracked.watched)) {
        if (keep.contains(id.key()))
            continue;
        const auto it = m_byObject.find(prefix + id.key());
        if (it == m_byObject.end())
            continue;
        it->remove(key);
        if (it->isEmpty()) {
            m_byObject.erase(it);
            changed = true; // no one watches it any more
        }
    }
    for (const ObjectId& id : watched) {
        QSet<QString>& keys = m_byObject[prefix + id.key()];
        changed = changed || keys.isEmpty();
        keys.insert(key);
    }
    tracked.watched = watched;
    if (changed)
        Q_EMIT watchedObjectsChanged(tracked.cluster);
}

QList<ObjectId> DriftMonitor::watchedObjects(const QString& cluster) const
{
    QList<ObjectId> objects;
    QSet<QString> seen;
    for (const Tracked& tracked : m_tracked) {
        if (tracked.cluster != cluster)
            continue;
        for (const ObjectId& id : tracked.watched) {
            if (!seen.contains(id.key())) {
                seen.insert(id.key());
                objects.append(id);
            }
        }
    }
    return objects;
}

void DriftMonitor::pathsChanged(const QStringList& paths)
{
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        const QString path = it->live.value(QStringLiteral("spec")).toObject().value(QStringLiteral("path")).toString();
        const QString directory = QDir::cleanPath(it->repositoryRoot + u'/' + path);
        for (const QString& changed : paths) {
            const QString clean = QDir::cleanPath(changed);
            // Files under the path, and kustomization files above it that it may refer to, count.
            if (clean == directory || clean.startsWith(directory + u'/')
                || (it->live.isEmpty() && clean.startsWith(it->repositoryRoot + u'/'))) {
                schedule(it.key(), true);
                break;
            }
        }
    }
}

void DriftMonitor::objectChanged(const QString& cluster, const ObjectId& id)
{
    const auto found = m_byObject.constFind(cluster + u'|' + id.key());
    if (found == m_byObject.constEnd())
        return;
    const QSet<QString> keys = *found;
    for (const QString& key : keys) {
        const auto it = m_tracked.constFind(key);
        if (it == m_tracked.constEnd())
            continue;
        const bool itself = id.group == KustomizationGroup && id.kind == QLatin1String("Kustomization")
            && id.ns == it->ns && id.name == it->name;
        const bool source = id.kind == QLatin1String("GitRepository");
        // Itself or its source: computed again when its spec, revision or inventory, or the source's spec.ignore,
        // changed (not for a status update).
        schedule(key, !itself && !source);
    }
}

void DriftMonitor::refresh(const QString& cluster, const QString& ns, const QString& name)
{
    schedule(keyOf(cluster, ns, name), true);
}

void DriftMonitor::schedule(const QString& key, bool force)
{
    auto it = m_tracked.find(key);
    if (it == m_tracked.end())
        return;
    it->dirty = true;
    it->force = it->force || force;
    if (!m_timer->isActive())
        m_timer->start();
}

void DriftMonitor::runDirty()
{
    const QStringList keys = m_tracked.keys();
    for (const QString& key : keys) {
        Tracked& tracked = m_tracked[key];
        if (tracked.dirty && !tracked.running && m_calculators.contains(tracked.cluster))
            start(key);
    }
}

void DriftMonitor::readKustomization(const QString& cluster, const QString& ns, const QString& name,
                                     std::function<void(const QJsonObject&, const QString&)> done)
{
    KubeClient* client = m_clients.value(cluster);
    if (!client) {
        done({}, tr("cluster %1 is not connected").arg(cluster));
        return;
    }
    const QString path = QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/%1/kustomizations/%2").arg(ns, name);
    client->get(path, [done = std::move(done), path](const KubeResponse& response) {
        if (!response.ok()) {
            done({}, response.toError("GET", path).toString());
            return;
        }
        done(response.json, {});
    });
}

void DriftMonitor::readSourceIgnore(const QString& cluster, const QString& ns, const QJsonObject& ks,
                                   std::function<void(const std::optional<QString>&)> done)
{
    KubeClient* client = m_clients.value(cluster);
    const std::optional<ObjectId> source = sourceOf(ns, ks);
    if (!client || !source) {
        done(std::nullopt);
        return;
    }
    const QString path = QStringLiteral("/apis/source.toolkit.fluxcd.io/v1/namespaces/%1/gitrepositories/%2")
                             .arg(source->ns, source->name);
    client->get(path, [done = std::move(done)](const KubeResponse& response) {
        done(response.ok() ? FluxKustomizationBuilder::sourceIgnoreOf(response.json) : std::nullopt);
    });
}

void DriftMonitor::start(const QString& key)
{
    Tracked& tracked = m_tracked[key];
    tracked.running = true;
    const bool force = tracked.force;
    tracked.dirty = false;
    tracked.force = false;
    const QString cluster = tracked.cluster;
    readKustomization(tracked.cluster, tracked.ns, tracked.name,
                      [this, key, force, cluster](const QJsonObject& ks, const QString& error) {
        auto it = m_tracked.find(key);
        if (it == m_tracked.end() || !m_calculators.contains(cluster))
            return;
        const auto settle = [this, key]() {
            auto again = m_tracked.find(key);
            if (again == m_tracked.end())
                return;
            again->running = false;
            if (again->dirty && !m_timer->isActive())
                m_timer->start();
        };
        if (!error.isEmpty()) {
            auto drift = std::make_shared<KustomizationDrift>();
            drift->cluster = it->cluster;
            drift->ns = it->ns;
            drift->name = it->name;
            drift->repositoryRoot = it->repositoryRoot;
            drift->computedAt = QDateTime::currentDateTimeUtc();
            drift->error = error;
            it->drift = drift;
            settle();
            Q_EMIT driftUpdated(drift);
            return;
        }
        // The source's spec.ignore is an input too: read it here, so that an unchanged one costs no computation.
        readSourceIgnore(cluster, it->ns, ks, [this, key, force, cluster, ks,
                                               settle](const std::optional<QString>& ignore) {
            auto entry = m_tracked.find(key);
            if (entry == m_tracked.end() || !m_calculators.contains(cluster))
                return;
            const QByteArray inputs = inputsOf(ks, ignore);
            entry->live = ks;
            reindex(key, watchedBy(entry->ns, entry->name, ks));
            entry = m_tracked.find(key);
            if (!force && entry->drift && inputs == entry->computedInputs) {
                settle();
                return;
            }
            entry->computedInputs = inputs;
            ++m_computations;
            DriftRequest request;
            request.cluster = entry->cluster;
            request.kustomization = ks;
            request.repositoryRoot = entry->repositoryRoot;
            request.buildOptions.sourceIgnore = ignore;
            request.readSource = false;
            m_calculators.value(cluster)->compute(request, [this, key, settle](KustomizationDriftPtr drift) {
                auto done = m_tracked.find(key);
                if (done == m_tracked.end())
                    return;
                done->drift = drift;
                done->computedRevision = drift->revision;
                settle();
                Q_EMIT driftUpdated(drift);
            });
        });
    });
}

void DriftMonitor::computeWorkingTree(const QString& cluster, const QString& ns, const QString& name,
                                      std::function<void(KustomizationDriftPtr)> done)
{
    const auto it = m_tracked.constFind(keyOf(cluster, ns, name));
    const QString root = it == m_tracked.constEnd() ? QString() : it->repositoryRoot;
    readKustomization(cluster, ns, name, [this, cluster, ns, name, root, done = std::move(done)](
                                             const QJsonObject& ks, const QString& error) {
        DriftCalculator* calculator = m_calculators.value(cluster);
        if (!error.isEmpty() || !calculator || root.isEmpty()) {
            auto drift = std::make_shared<KustomizationDrift>();
            drift->cluster = cluster;
            drift->ns = ns;
            drift->name = name;
            drift->revision = QStringLiteral("worktree");
            drift->error = !error.isEmpty() ? error : tr("%1/%2 is not tracked on %3").arg(ns, name, cluster);
            done(drift);
            return;
        }
        DriftRequest request;
        request.cluster = cluster;
        request.kustomization = ks;
        request.repositoryRoot = root;
        request.workingTree = true;
        calculator->compute(request, done);
    });
}

KustomizationDriftPtr DriftMonitor::drift(const QString& cluster, const QString& ns, const QString& name) const
{
    return m_tracked.value(keyOf(cluster, ns, name)).drift;
}

int DriftMonitor::apiCalls(const QString& cluster) const
{
    const DriftCalculator* calculator = m_calculators.value(cluster);
    return calculator ? calculator->apiCalls() : 0;
}

} // namespace fleetdesk
