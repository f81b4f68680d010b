#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace fleetdesk {

/// A field of some kinds of object, as kustomize's transformer configurations name them: an optional
/// group/version/kind (empty parts match anything) and a '/'-separated path ("[]" marks a list, "\/" a slash
/// inside a key), with whether a missing field is created.
struct FieldSpec
{
    QString group;
    QString version;
    QString kind;
    QStringList path;
    bool create = false;

    static FieldSpec make(const QString& kind, const QString& path, bool create = false, const QString& group = {},
                          const QString& version = {});
    static QStringList splitPath(const QString& path);

    bool selects(const QString& objectGroup, const QString& objectVersion, const QString& objectKind) const;

    /// Calls `apply` on every value the path reaches in `object` (lists on the way are walked item by item). When
    /// the path is missing and `create` is set, missing maps on the way are created and `apply` gets an undefined
    /// value to fill in; a value `apply` leaves undefined is not written.
    void visit(QJsonObject& object, const std::function<void(QJsonValue&)>& apply) const;
};

/// Group and version of an apiVersion ("apps/v1" → apps, v1; "v1" → "", v1).
std::pair<QString, QString> splitApiVersion(const QString& apiVersion);

} // namespace fleetdesk
