#pragma once

#include "manifest/ObjectId.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <map>
#include <memory>

namespace fleetdesk {

class KubeClient;
class KubeWatch;

/// What an InventoryWatcher does, for the status bar, tests and the benchmark.
struct InventoryWatchStats
{
    int objects = 0;   ///< objects followed
    int kinds = 0;     ///< kinds they are of
    int watches = 0;   ///< list+watch connections open (each counts against the cap)
    int listed = 0;    ///< of those, the ones whose first list is done (changes from then on are seen)
    int unwatched = 0; ///< kinds or namespaces not watched: over the cap, not served, or forbidden
    int events = 0;    ///< watch events received (bookmarks not counted)
    int ignored = 0;   ///< events on objects no one follows, or that changed nothing drift depends on
    int changes = 0;   ///< changes reported by objectChanged()
    QStringList collections;     ///< the collection paths watched, sorted
    QStringList recentlyIgnored; ///< keys (ObjectId::key()) of the last ignored events, newest last
};

/// Follows, on one cluster, the objects drift depends on (DriftMonitor::watchedObjects(): the tracked
/// Kustomizations, their inventories and their substitution sources) and says when one of them really changed.
///
/// One metadata-only list+watch (PartialObjectMetadata: no spec, status or data, so Secret values are never
/// fetched) per kind, found by discovery, cluster-wide; when the user may not list a kind cluster-wide (403), one per
/// namespace that holds a followed object of that kind, and none where that is forbidden too. KubeWatch does the
/// rest: bookmarks, resume, re-list on 410, backoff; KubeClient its rate limit. At most maxWatches() connections:
/// kinds with more followed objects come first, the rest is counted in InventoryWatchStats::unwatched.
///
/// A real change is a new generation, labels, annotations or deletion (for objects with a generation, so that
/// status updates count for nothing), else a new resourceVersion; and objects that appear or go away. The initial
/// list of a watch reports nothing; a re-list (after 410 or a lost connection) reports what differs from before.
/// Lives on the engine thread.
class InventoryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InventoryWatcher(KubeClient* client, QObject* parent = nullptr);
    ~InventoryWatcher() override;

    /// Watch connections at most (default 32); applies from the next setObjects().
    void setMaxWatches(int watches) { m_maxWatches = std::max(1, watches); }
    int maxWatches() const { return m_maxWatches; }

    /// The objects to follow, replacing the previous set: watches of kinds no longer needed stop, new kinds start.
    void setObjects(const QList<ObjectId>& objects);

    InventoryWatchStats stats() const;

Q_SIGNALS:
    /// A followed object changed, appeared or went away.
    void objectChanged(const fleetdesk::ObjectId& id);

private:
    struct Kind;
    struct Watch;

    void discover(const std::shared_ptr<Kind>& kind);
    void arrange();
    void startWatch(const std::shared_ptr<Kind>& kind, const QString& ns);
    void listed(Watch& watch, const QList<QJsonObject>& items);
    void event(Watch& watch, int type, const QJsonObject& object);
    void forbidden(const std::shared_ptr<Kind>& kind, const QString& ns);
    void ignore(const QString& key);
    void report(const QString& key);

    KubeClient* m_client;
    int m_maxWatches = 32;
    QHash<QString, ObjectId> m_objects;                ///< followed objects by ObjectId::key()
    QHash<QString, QString> m_signatures;              ///< key -> what was last seen of it (see class comment)
    QHash<QString, std::shared_ptr<Kind>> m_kinds;     ///< "group/Kind"
    InventoryWatchStats m_stats;
};

} // namespace fleetdesk
