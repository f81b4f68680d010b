#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fleetdesk {

/// The content of a kustomize patch (a `patches:` file or inline `patch:`): a JSON 6902 operation list, in JSON or
/// as a YAML list, or one or more strategic-merge patch documents, in YAML or JSON.
struct PatchDocument
{
    enum class Kind { StrategicMerge, Json6902 };
    Kind kind = Kind::StrategicMerge;
    std::vector<QJsonObject> mergePatches; ///< for StrategicMerge, one per document
    QJsonArray operations;                 ///< for Json6902

    /// Parses patch text; `file` names it in errors (with the line where the YAML is wrong).
    static Result<PatchDocument> parse(const QByteArray& text, const QString& file = {});
};

} // namespace fleetdesk
