#include "InventoryWatcher.h"

#include "flux/FluxTarget.h"
#include "kube/KubeClient.h"
#include "kube/KubeDiscovery.h"
#include "kube/KubeWatch.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace fleetdesk {

namespace {

constexpr int RecentlyIgnored = 64;

QString objectKey(const QString& group, const QString& kind, const QString& ns, const QString& name)
{
    return group + u'/' + kind + u'/' + ns + u'/' + name;
}

/// What drift depends on of an object, from its metadata: with a generation (spec changes bump it), the generation,
/// labels, annotations and deletion, so that status updates change nothing; else the resourceVersion.
QString signatureOf(const QJsonObject& metadata)
{
    const qint64 generation = metadata.value(QStringLiteral("generation")).toInteger();
    if (generation <= 0)
        return QStringLiteral("rv:") + metadata.value(QStringLiteral("resourceVersion")).toString();
    const QJsonObject relevant{{QStringLiteral("g"), generation},
                               {QStringLiteral("l"), metadata.value(QStringLiteral("labels"))},
                               {QStringLiteral("a"), metadata.value(QStringLiteral("annotations"))},
                               {QStringLiteral("d"), metadata.value(QStringLiteral("deletionTimestamp"))}};
    // Hashed: annotations may hold a whole object (kubectl's last-applied-configuration); 20 bytes are kept.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(relevant).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toBase64());
}

} // namespace

struct InventoryWatcher::Watch
{
    Kind* kind = nullptr; ///< which owns this watch
    std::unique_ptr<KubeWatch> watch;
    QString ns;           ///< "" for cluster-wide
    bool listed = false;  ///< the initial list is done: later lists report what differs
    QSet<QString> keys;   ///< followed objects this watch has seen
};

struct InventoryWatcher::Kind
{
    enum class Phase
    {
        Discovering,
        Ready,
        Unavailable
    };

    QString group;
    QString version;
    QString kind;
    Phase phase = Phase::Discovering;
    QString resource;
    bool namespaced = false;
    bool retry = false;             ///< discovery failed (not "not served"): try again on the next setObjects()
    bool clusterWideForbidden = false;
    int objects = 0;
    QSet<QString> namespaces;       ///< of the followed objects
    QSet<QString> forbiddenNamespaces;
    std::map<QString, std::unique_ptr<Watch>> watches; ///< by namespace, "" for cluster-wide

    QString key() const { return group + u'/' + kind; }
};

namespace {

/// Stops a watch and lets it go; safe from inside its own signals.
void dispose(QObject* receiver, std::unique_ptr<KubeWatch> watch)
{
    if (!watch)
        return;
    watch->disconnect(receiver);
    watch->stop();
    watch.release()->deleteLater();
}

} // namespace

InventoryWatcher::InventoryWatcher(KubeClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

InventoryWatcher::~InventoryWatcher()
{
    for (const auto& kind : std::as_const(m_kinds)) {
        for (auto& [ns, watch] : kind->watches)
            watch->watch.reset();
    }
}

void InventoryWatcher::setObjects(const QList<ObjectId>& objects)
{
    m_objects.clear();
    QHash<QString, ObjectId> firstOfKind;
    QHash<QString, int> counts;
    QHash<QString, QSet<QString>> namespaces;
    for (const ObjectId& id : objects) {
        if (!id.isValid())
            continue;
        const QString key = objectKey(id.group, id.kind, id.ns, id.name);
        if (m_objects.contains(key))
            continue;
        m_objects.insert(key, id);
        const QString kindKey = id.group + u'/' + id.kind;
        if (!firstOfKind.contains(kindKey) || firstOfKind.value(kindKey).version.isEmpty())
            firstOfKind.insert(kindKey, id);
        ++counts[kindKey];
        namespaces[kindKey].insert(id.ns);
    }
    m_signatures.removeIf([this](const auto& it) { return !m_objects.contains(it.key()); });

    for (auto it = m_kinds.begin(); it != m_kinds.end();) {
        if (counts.contains(it.key())) {
            ++it;
            continue;
        }
        for (auto& [ns, watch] : (*it)->watches)
            dispose(this, std::move(watch->watch));
        it = m_kinds.erase(it);
    }
    for (auto it = firstOfKind.constBegin(); it != firstOfKind.constEnd(); ++it) {
        std::shared_ptr<Kind> kind = m_kinds.value(it.key());
        const bool fresh = !kind;
        if (fresh) {
            kind = std::make_shared<Kind>();
            kind->group = it->group;
            kind->version = it->version;
            kind->kind = it->kind;
            m_kinds.insert(it.key(), kind);
        }
        kind->objects = counts.value(it.key());
        kind->namespaces = namespaces.value(it.key());
        if (fresh || (kind->phase == Kind::Phase::Unavailable && kind->retry))
            discover(kind);
    }
    arrange();
}

void InventoryWatcher::discover(const std::shared_ptr<Kind>& kind)
{
    kind->phase = Kind::Phase::Discovering;
    kind->retry = false;
    const QString groupVersion = kind->group.isEmpty() ? kind->version : kind->group + u'/' + kind->version;
    std::weak_ptr<Kind> weak = kind;
    QPointer<InventoryWatcher> self(this);
    KubeDiscovery::resources(m_client, groupVersion, [self, weak](Result<QList<KubeApiResource>> resources) {
        const auto k = weak.lock();
        if (!self || !k || k->phase != Kind::Phase::Discovering)
            return;
        k->phase = Kind::Phase::Unavailable;
        if (!resources) {
            k->retry = true;
        } else {
            for (const KubeApiResource& resource : std::as_const(*resources)) {
                if (resource.kind == k->kind && resource.verbs.contains(QLatin1String("list"))
                    && resource.verbs.contains(QLatin1String("watch"))) {
                    k->resource = resource.name;
                    k->namespaced = resource.namespaced;
                    k->phase = Kind::Phase::Ready;
                    break;
                }
            }
        }
        self->arrange();
    });
}

void InventoryWatcher::arrange()
{
    // Kinds with more followed objects first (then by name, so that the order is stable).
    QList<std::shared_ptr<Kind>> kinds = m_kinds.values();
    std::sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) {
        return a->objects != b->objects ? a->objects > b->objects : a->key() < b->key();
    });
    int budget = m_maxWatches;
    for (const std::shared_ptr<Kind>& kind : std::as_const(kinds)) {
        if (kind->phase != Kind::Phase::Ready)
            continue;
        QStringList scopes;
        if (!kind->namespaced || !kind->clusterWideForbidden) {
            scopes.append(QString());
        } else {
            for (const QString& ns : std::as_const(kind->namespaces)) {
                if (!ns.isEmpty() && !kind->forbiddenNamespaces.contains(ns))
                    scopes.append(ns);
            }
            scopes.sort();
        }
        QSet<QString> kept;
        for (const QString& ns : std::as_const(scopes)) {
            if (budget <= 0)
                break;
            --budget;
            kept.insert(ns);
            if (!kind->watches.contains(ns))
                startWatch(kind, ns);
        }
        for (auto it = kind->watches.begin(); it != kind->watches.end();) {
            if (kept.contains(it->first)) {
                ++it;
                continue;
            }
            dispose(this, std::move(it->second->watch));
            it = kind->watches.erase(it);
        }
    }
}

void InventoryWatcher::startWatch(const std::shared_ptr<Kind>& kind, const QString& ns)
{
    auto watch = std::make_unique<Watch>();
    watch->kind = kind.get();
    watch->ns = ns;
    watch->watch = std::make_unique<KubeWatch>(m_client, FluxTarget::collectionPath(kind->group, kind->version,
                                                                                   kind->resource, ns));
    watch->watch->setMetadataOnly(true);
    Watch* w = watch.get();
    std::weak_ptr<Kind> weak = kind;
    connect(w->watch.get(), &KubeWatch::listed, this,
            [this, w](const QList<QJsonObject>& items, const QString&) { listed(*w, items); });
    connect(w->watch.get(), &KubeWatch::event, this,
            [this, w](KubeWatch::EventType type, const QJsonObject& object) { event(*w, int(type), object); });
    connect(w->watch.get(), &KubeWatch::stateChanged, this, [this, weak, ns](KubeWatch::State state, const QString&) {
        if (state != KubeWatch::State::Forbidden)
            return;
        if (const auto k = weak.lock())
            forbidden(k, ns);
    });
    kind->watches.emplace(ns, std::move(watch));
    w->watch->start();
}

void InventoryWatcher::forbidden(const std::shared_ptr<Kind>& kind, const QString& ns)
{
    // 403: cluster-wide, fall back to a watch per namespace; in a namespace, nothing to watch there.
    if (ns.isEmpty() && kind->namespaced)
        kind->clusterWideForbidden = true;
    else
        kind->forbiddenNamespaces.insert(ns);
    const auto it = kind->watches.find(ns);
    if (it != kind->watches.end()) {
        dispose(this, std::move(it->second->watch));
        kind->watches.erase(it);
    }
    if (ns.isEmpty() && !kind->namespaced)
        kind->phase = Kind::Phase::Unavailable;
    arrange();
}

void InventoryWatcher::listed(Watch& watch, const QList<QJsonObject>& items)
{
    const Kind* kind = watch.kind;
    QSet<QString> seen;
    for (const QJsonObject& item : items) {
        const QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
        const QString key = objectKey(kind->group, kind->kind, metadata.value(QStringLiteral("namespace")).toString(),
                                      metadata.value(QStringLiteral("name")).toString());
        if (!m_objects.contains(key))
            continue;
        seen.insert(key);
        const QString signature = signatureOf(metadata);
        // The initial list only records; a later one (after 410 or a lost connection) reports what changed meanwhile.
        if (watch.listed && m_signatures.value(key) != signature) {
            m_signatures.insert(key, signature);
            report(key);
            continue;
        }
        m_signatures.insert(key, signature);
    }
    if (watch.listed) {
        for (const QString& key : std::as_const(watch.keys)) {
            if (!seen.contains(key) && m_signatures.remove(key) > 0)
                report(key);
        }
    }
    watch.keys = seen;
    watch.listed = true;
}

void InventoryWatcher::event(Watch& watch, int type, const QJsonObject& object)
{
    ++m_stats.events;
    const Kind* kind = watch.kind;
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QString key = objectKey(kind->group, kind->kind, metadata.value(QStringLiteral("namespace")).toString(),
                                  metadata.value(QStringLiteral("name")).toString());
    if (!m_objects.contains(key)) {
        ignore(key);
        return;
    }
    if (KubeWatch::EventType(type) == KubeWatch::EventType::Deleted) {
        watch.keys.remove(key);
        m_signatures.remove(key);
        report(key);
        return;
    }
    const QString signature = signatureOf(metadata);
    const auto known = m_signatures.constFind(key);
    if (known != m_signatures.constEnd() && *known == signature) {
        ignore(key); // a status update
        return;
    }
    m_signatures.insert(key, signature);
    watch.keys.insert(key);
    report(key);
}

void InventoryWatcher::ignore(const QString& key)
{
    ++m_stats.ignored;
    m_stats.recentlyIgnored.append(key);
    if (m_stats.recentlyIgnored.size() > RecentlyIgnored)
        m_stats.recentlyIgnored.removeFirst();
}

void InventoryWatcher::report(const QString& key)
{
    const auto it = m_objects.constFind(key);
    if (it == m_objects.constEnd())
        return;
    ++m_stats.changes;
    Q_EMIT objectChanged(*it);
}

InventoryWatchStats InventoryWatcher::stats() const
{
    InventoryWatchStats stats = m_stats;
    stats.objects = int(m_objects.size());
    stats.kinds = int(m_kinds.size());
    stats.watches = 0;
    stats.listed = 0;
    stats.unwatched = 0;
    stats.collections.clear();
    for (const auto& kind : m_kinds) {
        if (kind->phase == Kind::Phase::Unavailable) {
            ++stats.unwatched;
            continue;
        }
        if (kind->phase != Kind::Phase::Ready)
            continue;
        for (const auto& [ns, watch] : kind->watches) {
            ++stats.watches;
            stats.listed += watch->listed ? 1 : 0;
            stats.collections.append(watch->watch->collectionPath());
        }
        if (kind->watches.empty() && !kind->clusterWideForbidden)
            ++stats.unwatched; // over the cap
        if (kind->clusterWideForbidden) {
            for (const QString& ns : kind->namespaces) {
                if (!kind->watches.contains(ns))
                    ++stats.unwatched;
            }
        }
    }
    stats.collections.sort();
    return stats;
}

} // namespace fleetdesk
