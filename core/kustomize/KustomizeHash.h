#pragma once

#include <QJsonObject>
#include <QString>

namespace fleetdesk {

/// The name suffix kustomize appends to generated ConfigMaps and Secrets: the first ten hex digits of a SHA-256 over
/// a Go encoding/json form of the object (for a ConfigMap: kind, data and non-empty binaryData; for a Secret: kind,
/// type, data and non-empty stringData; the "name" kustomize includes is always empty, as its lookup never finds it), with 0 1 3 a e replaced by g h k m t.
class KustomizeHash
{
public:
    static QString hash(const QJsonObject& object);
    /// Go's encoding/json.Marshal of a JSON value: sorted keys, HTML-safe escapes.
    static QByteArray goJson(const QJsonValue& value);
};

} // namespace fleetdesk
