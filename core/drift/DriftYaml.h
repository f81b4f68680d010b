#pragma once

#include <QJsonObject>
#include <QString>

namespace fleetdesk {

/// Writes a JSON object as block YAML for the diff view and `fleetdesk diff`: apiVersion, kind, metadata, spec
/// first and the other keys sorted, strings quoted only when YAML would read them as something else.
namespace DriftYaml {

QString write(const QJsonObject& object);

} // namespace DriftYaml

} // namespace fleetdesk
