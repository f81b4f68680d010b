#include "FluxTarget.h"

namespace fleetdesk {

QString FluxTarget::pluralOf(const QString& kind)
{
    const QString lower = kind.toLower();
    if (lower.endsWith(QLatin1Char('y')))
        return lower.left(lower.size() - 1) + QStringLiteral("ies");
    return lower + QLatin1Char('s');
}

QString FluxTarget::resource() const
{
    return pluralOf(kind);
}

QString FluxTarget::collectionPath(const QString& group, const QString& version, const QString& resource,
                                   const QString& ns)
{
    const QString base = group.isEmpty() ? QStringLiteral("/api/") + version
                                         : QStringLiteral("/apis/%1/%2").arg(group, version);
    if (ns.isEmpty())
        return base + QLatin1Char('/') + resource;
    return QStringLiteral("%1/namespaces/%2/%3").arg(base, ns, resource);
}

QString FluxTarget::collectionPath() const
{
    return collectionPath(group, version, resource(), ns);
}

QString FluxTarget::objectPath() const
{
    return collectionPath() + QLatin1Char('/') + name;
}

QString FluxTarget::displayName() const
{
    return QStringLiteral("%1/%2/%3").arg(kind, ns, name);
}

} // namespace fleetdesk
