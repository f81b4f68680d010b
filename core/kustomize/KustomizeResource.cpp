#include "KustomizeResource.h"

#include "kustomize/FieldSpec.h"

namespace fleetdesk {

ResId ResId::of(const QJsonObject& object)
{
    ResId id;
    const auto [group, version] = splitApiVersion(object.value(QLatin1String("apiVersion")).toString());
    id.group = group;
    id.version = version;
    id.kind = object.value(QLatin1String("kind")).toString();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    id.ns = metadata.value(QLatin1String("namespace")).toString();
    const QJsonValue name = metadata.value(QLatin1String("name"));
    id.name = name.isDouble() ? QString::number(name.toDouble(), 'g', 17) : name.toString();
    return id;
}

bool ResId::namespacesEqual(const QString& a, const QString& b)
{
    const QString x = a.isEmpty() ? QStringLiteral("default") : a;
    const QString y = b.isEmpty() ? QStringLiteral("default") : b;
    return x == y;
}

QString ResId::gvkString() const
{
    return (group.isEmpty() ? QStringLiteral("~G") : group) + QLatin1Char('_')
        + (version.isEmpty() ? QStringLiteral("~V") : version) + QLatin1Char('_')
        + (kind.isEmpty() ? QStringLiteral("~K") : kind);
}

QString ResId::display() const
{
    QString text = kind + QLatin1Char('.') + (version.isEmpty() ? QStringLiteral("[noVer]") : version) + QLatin1Char('.')
        + (group.isEmpty() ? QStringLiteral("[noGrp]") : group) + QLatin1Char('/') + name;
    text += QLatin1Char('.') + (ns.isEmpty() ? QStringLiteral("[noNs]") : ns);
    return text;
}

bool KustomizeResource::anyIdEquals(const ResId& id) const
{
    if (current().equals(id) || original.equals(id))
        return true;
    for (const ResId& p : previous)
        if (p.equals(id))
            return true;
    return false;
}

} // namespace fleetdesk
