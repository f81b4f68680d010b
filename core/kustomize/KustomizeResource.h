#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fleetdesk {

/// group/version/kind/namespace/name of an object while it is being built; an empty namespace equals "default".
struct ResId
{
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;

    static ResId of(const QJsonObject& object);
    static bool namespacesEqual(const QString& a, const QString& b);
    bool sameGvk(const ResId& other) const
    {
        return group == other.group && version == other.version && kind == other.kind;
    }
    /// kustomize's ResId equality: same group, version, kind and name, equal namespaces.
    bool equals(const ResId& other) const
    {
        return sameGvk(other) && name == other.name && namespacesEqual(ns, other.ns);
    }
    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    /// "group_version_kind" with kustomize's placeholders for empty parts (its sort key).
    QString gvkString() const;
    /// For error messages, as kustomize prints ids: Kind.version.group/name.namespace
    QString display() const;
};

/// One object of a build, with what kustomize remembers about it: the names it had before (for name references),
/// the prefixes and suffixes added, and whether it still needs its generator hash suffix.
struct KustomizeResource
{
    QJsonObject object;
    QString sourceFile;
    int sourceLine = 0;
    ResId original;
    std::vector<ResId> previous;
    QStringList prefixes;
    QStringList suffixes;
    bool needsHash = false;
    bool generated = false;

    ResId current() const { return ResId::of(object); }
    void storePrevious() { previous.push_back(current()); }
    bool anyIdEquals(const ResId& id) const;
};

} // namespace fleetdesk
