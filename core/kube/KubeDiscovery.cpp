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
    QHash<QString, QList<KubeApiResource>> resources; ///< "server|group/version" -> resources
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

void KubeDiscovery::resources(KubeClient* client, const QString& groupVersion,
                              std::function<void(Result<QList<KubeApiResource>>)> done)
{
    const QString key = client->endpoint().cluster.server + QLatin1Char('|') + groupVersion;
    {
        QMutexLocker lock(&cache().mutex);
        const auto it = cache().resources.constFind(key);
        if (it != cache().resources.constEnd()) {
            ++cache().hits;
            const QList<KubeApiResource> resources = *it;
            lock.unlock();
            done(resources);
            return;
        }
    }
    const QString path = groupVersion.contains(QLatin1Char('/')) ? QStringLiteral("/apis/") + groupVersion
                                                                  : QStringLiteral("/api/") + groupVersion;
    client->get(path, [key, path, done = std::move(done)](const KubeResponse& response) {
        if (response.status == 404) {
            QMutexLocker lock(&cache().mutex);
            cache().resources.insert(key, {});
            lock.unlock();
            done(QList<KubeApiResource>());
            return;
        }
        if (!response.ok()) {
            done(std::unexpected(response.toError("GET", path)));
            return;
        }
        QList<KubeApiResource> resources;
        for (const QJsonValue& value : response.json.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = value.toObject();
            KubeApiResource resource;
            resource.name = r.value(QStringLiteral("name")).toString();
            if (resource.name.isEmpty() || resource.name.contains(QLatin1Char('/')))
                continue; // subresources (deployments/scale)
            resource.kind = r.value(QStringLiteral("kind")).toString();
            resource.namespaced = r.value(QStringLiteral("namespaced")).toBool();
            for (const QJsonValue& verb : r.value(QStringLiteral("verbs")).toArray())
                resource.verbs.append(verb.toString());
            resources.append(resource);
        }
        QMutexLocker lock(&cache().mutex);
        cache().resources.insert(key, resources);
        lock.unlock();
        done(resources);
    });
}

void KubeDiscovery::clearCache(const QString& server)
{
    QMutexLocker lock(&cache().mutex);
    if (server.isEmpty()) {
        cache().versions.clear();
        cache().resources.clear();
        return;
    }
    const auto ofServer = [&server](const auto& it) { return it.key().startsWith(server + QLatin1Char('|')); };
    cache().versions.removeIf(ofServer);
    cache().resources.removeIf(ofServer);
}

int KubeDiscovery::cacheHits()
{
    QMutexLocker lock(&cache().mutex);
    return cache().hits;
}

} // namespace fleetdesk
