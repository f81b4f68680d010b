#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace fleetdesk {

/// A JSON Pointer (RFC 6901): "/a/b~1c/0" → {"a", "b/c", "0"}. "" is the whole document. Errors for a pointer that
/// does not start with '/' or holds a '~' not followed by 0 or 1.
Result<QStringList> parseJsonPointer(const QString& pointer);

/// Applies a JSON Patch (RFC 6902: add, remove, replace, move, copy, test) to an object, the way kustomize's
/// patchesJson6902 does (negative array indices count from the end, "-" appends). An error names the failing
/// operation's index, op and path; its code is "patch.json6902".
Result<QJsonObject> applyJsonPatch(const QJsonObject& target, const QJsonArray& operations);

} // namespace fleetdesk
