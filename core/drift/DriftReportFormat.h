#pragma once

#include "drift/DriftReport.h"

#include <QJsonObject>
#include <QString>

namespace fleetdesk {

/// The drift report as `fleetdesk diff` prints it and the diff view lists it: per object "► Kind/ns/name changed"
/// (created, pruned, skipped, error), and per changed field "path: live → desired — manager (operation)". A Secret
/// value reads "value of key K differs"; it is never printed.
namespace DriftReportFormat {

QString objectLine(const ObjectDrift& object);
QString fieldLine(const FieldDrift& field);
/// The key a Secret field names: "password" for ".data.password".
QString secretKey(const FieldDrift& field);
/// "kubectl-edit (Update)", the manager alone without an operation, empty when unknown.
QString managerText(const FieldDrift& field);
/// A JSON value in one line for the text output ("<absent>" when Undefined).
QString valueText(const QJsonValue& value);
/// `withInSync`: list objects without drift too.
QString toText(const KustomizationDrift& drift, bool withInSync = false);
QJsonObject toJson(const KustomizationDrift& drift);
QString kindName(DriftKind kind);

} // namespace DriftReportFormat

} // namespace fleetdesk
