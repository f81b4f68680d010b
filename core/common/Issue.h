#pragma once

#include "common/Error.h"

#include <QMetaType>
#include <QString>

namespace fleetdesk {

enum class Severity
{
    Error,
    Warning,
    Info
};

QString severityName(Severity severity); ///< "error", "warning", "info" (stable, for JSON and SARIF)

/// A non-fatal problem for the issues panel and the headless linter: a lint finding, an unparseable file, a
/// refused input. Nothing stops because of one.
struct Issue
{
    Severity severity = Severity::Warning;
    QString ruleId;  ///< stable lint rule id, or "load/<code>" for load problems
    QString message; ///< what is wrong, for people
    QString hint;    ///< how to fix it
    SourceLocation location;
    QString repository; ///< the repository's folder name
    QString objectKey;  ///< ObjectId::key() of the object concerned, when there is one
    QString objectName; ///< ObjectId::displayName()
    QString nodeKey;    ///< the fleet tree node to select for it
    bool silenced = false; ///< silenced per object with the lint-ignore annotation

    bool operator==(const Issue&) const = default;
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::Issue)
