#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace fleetdesk {

class KubeClient;

/// One resource of an API group version, as discovery lists it.
struct KubeApiResource
{
    QString name; ///< the plural, as in the path ("deployments")
    QString kind;
    bool namespaced = false;
    QStringList verbs;
};

/// API discovery, cached per cluster (by server URL) for the life of the process: which versions of an API group
/// a server serves, preferred first. A group the server does not know is an empty list, not an error.
class KubeDiscovery
{
public:
    static void groupVersions(KubeClient* client, const QString& group, std::function<void(Result<QStringList>)> done);
    /// The resources of one group version ("v1", "apps/v1"), subresources left out; a group version the server does
    /// not serve is an empty list, not an error.
    static void resources(KubeClient* client, const QString& groupVersion,
                          std::function<void(Result<QList<KubeApiResource>>)> done);
    /// Forgets what is cached for one server, or for all of them.
    static void clearCache(const QString& server = {});
    /// Discovery requests answered from the cache so far (for tests).
    static int cacheHits();
};

} // namespace fleetdesk
