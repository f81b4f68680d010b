#pragma once

#include <QMetaType>
#include <QString>

namespace fleetdesk {

/// One live Flux object an action works on, by API group, version, kind, namespace and name.
struct FluxTarget
{
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;

    /// The resource's plural name ("kustomizations", "gitrepositories").
    QString resource() const;
    /// "kustomizations.kustomize.toolkit.fluxcd.io", as RBAC messages name it.
    QString qualifiedResource() const { return resource() + QLatin1Char('.') + group; }
    QString objectPath() const;
    QString collectionPath() const;
    /// "Kustomization/ns/name".
    QString displayName() const;

    static QString pluralOf(const QString& kind);
    /// The collection path of a kind in one namespace, or in all of them when `ns` is empty.
    static QString collectionPath(const QString& group, const QString& version, const QString& resource,
                                  const QString& ns);

    bool operator==(const FluxTarget&) const = default;
};

} // namespace fleetdesk
