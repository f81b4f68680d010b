#pragma once

#include <QString>
#include <QStringList>

namespace fleetdesk {

/// Field paths of the drift report: ".spec.replicas", ".metadata.labels[\"app.kubernetes.io/name\"]",
/// ".spec.template.spec.containers[name=web].image", ".spec.args[2]".
namespace FieldPath {

/// The step for a map key: ".name", or ["name"] when the key holds '.', '[', ']', '=', '"' or is empty.
QString fieldStep(const QString& name);
/// A path cut into its steps (".spec", ".containers", "[name=web]", ...); joining them gives the path back.
QStringList split(const QString& path);

} // namespace FieldPath

} // namespace fleetdesk
