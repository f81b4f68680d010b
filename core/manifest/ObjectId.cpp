#include "ObjectId.h"

namespace fleetdesk {

QString ObjectId::key() const
{
    return group + QLatin1Char('/') + kind + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

QString ObjectId::displayName() const
{
    if (ns.isEmpty())
        return kind + QLatin1Char('/') + name;
    return kind + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

ObjectId ObjectId::fromApiVersion(const QString& apiVersion, const QString& kind, const QString& ns,
                                  const QString& name)
{
    ObjectId id;
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        id.version = apiVersion;
    } else {
        id.group = apiVersion.left(slash);
        id.version = apiVersion.mid(slash + 1);
    }
    id.kind = kind;
    id.ns = ns;
    id.name = name;
    return id;
}

} // namespace fleetdesk
