#include "KubeDiscovery.h"

#include "kube/KubeClient.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>

namespace fleetdesk {

namespace {

struct Cache
{
    QMutex mutex;
    QHash<QString, QStringList> versions; ///< "server|group" -> versions
    int hits = 0;
};

Cache& cache()
{
    static Cache instance;
    return instance;
}

} // namespace

void KubeDiscovery::groupVersions(KubeClient* client, const QString& group,
                                  std::function<void(Result<QStringList>)> done)
{
    const QString key = client->endpoint().cluster.server + QLatin1Char('|') + group;
    {
        QMutexLocker lock(&cache().mutex);
        const auto it = cache().versions.constFind(key);
        if (it != cache().versions.constEnd()) {
            ++cache().hits;
            const QStringList versions = *it;
            lock.unlock();
            done(versions);
            return;
        }
    }
    const QString path = group.isEmpty() ? QStringLiteral("/api") : QStringLiteral("/apis/") + group;
    client->get(path, [key, path, done = std::move(done)](const KubeResponse& response) {
        if (response.status == 404) {
            QMutexLocker lock(&cache().mutex);
            cache().versions.insert(key, {});
            lock.unlock();
            done(QStringList());
            return;
        }
        if (!response.ok()) {
            done(std::unexpected(response.toError("GET", path)));
            return;
        }
        QStringList versions;
        const QString preferred = response.json.value(QStringLiteral("preferredVersion")).toObject()
                                      .value(QStringLiteral("version")).toString();
        if (!preferred.isEmpty())
            versions.append(preferred);
        for (const QJsonValue& v : response.json.value(QStringLiteral("versions")).toArray()) {
            const QString version = v.toObject().value(QStringLiteral("version")).toString();
            if (!version.isEmpty() && !versions.contains(version))
                versions.append(version);
        }
        QMutexLocker lock(&cache().mutex);
        cache().versions.insert(key, versions);
        lock.unlock();
        done(versions);
    });
}

void KubeDiscovery::clearCache(const QString& server)
{
    QMutexLocker lock(&cache().mutex);
    if (server.isEmpty()) {
        cache().versions.clear();
        return;
    }
    cache().versions.removeIf([&server](const auto& it) { return it.key().startsWith(server + QLatin1Char('|')); });
}

int KubeDiscovery::cacheHits()
{
    QMutexLocker lock(&cache().mutex);
    return cache().hits;
}

} // namespace fleetdesk
