#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>

/// Read-only access to yaml-cpp trees that never inserts, never throws and never follows a missing key.
///
/// Beware: a yaml-cpp Node is a reference into its tree, and `a = b` on a defined node overwrites a's content with
/// b's. Bind node variables by construction (`YAML::Node n = child(...)`) or with `reset()`, never by assignment.
namespace fleetdesk::yaml {

/// The child of a map by key, or an invalid node (check with `IsDefined()`).
YAML::Node child(const YAML::Node& map, const char* key);
/// Follows a path of map keys, e.g. {"spec", "sourceRef", "name"}.
YAML::Node at(const YAML::Node& root, std::initializer_list<const char*> path);

/// The scalar at a key as a string; empty when missing or not a scalar.
QString scalar(const YAML::Node& map, const char* key);
QString scalarAt(const YAML::Node& root, std::initializer_list<const char*> path);
/// A scalar node's value; empty when it is not a scalar.
QString toString(const YAML::Node& node);
/// A boolean scalar (true/false, yes/no, on/off); nullopt when missing or not a boolean.
std::optional<bool> boolAt(const YAML::Node& root, std::initializer_list<const char*> path);
/// The scalars of a sequence; non-scalar entries are skipped.
QStringList stringList(const YAML::Node& sequence);
/// Keys and scalar values of a map (labels, annotations).
QList<QPair<QString, QString>> stringMap(const YAML::Node& map);

/// The position of a node in a document, translated to file coordinates with the document's own location.
/// yaml-cpp marks are relative to the document text, which starts at `documentFirstLine`.
SourceLocation locate(const YAML::Node& node, const SourceLocation& documentLocation, int documentFirstLine);

} // namespace fleetdesk::yaml
