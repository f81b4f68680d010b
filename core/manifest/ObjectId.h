#pragma once

#include <QString>

#include <functional>

namespace fleetdesk {

/// The identity of a Kubernetes object: group/version/kind/namespace/name.
/// The version is carried but is not part of identity: two documents with the same group, kind, namespace and
/// name describe the same object whatever the version they were written in.
struct ObjectId
{
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;

    bool isValid() const { return !kind.isEmpty() && !name.isEmpty(); }
    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }

    /// Version-independent key: "group/Kind/namespace/name" (empty parts stay empty).
    QString key() const;
    /// For people: "Kind/namespace/name" or "Kind/name".
    QString displayName() const;

    static ObjectId fromApiVersion(const QString& apiVersion, const QString& kind, const QString& ns,
                                   const QString& name);

    bool operator==(const ObjectId& other) const { return key() == other.key(); }
};

} // namespace fleetdesk
