#pragma once

#include "common/Error.h"
#include "kustomize/RenderedObject.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace fleetdesk {

/// YAML in and out the way kustomize (kyaml, go-yaml v3) reads and writes it: plain scalars typed by YAML 1.2's core
/// schema (null, bool, int, float; timestamps stay strings), quoted and block scalars always strings.
class KustomizeYaml
{
public:
    /// The typed JSON value of a parsed YAML node.
    static QJsonValue toJson(const YAML::Node& node);
    /// Every non-empty document of a file as JSON, with its first content line. Errors name the file and line.
    static Result<std::vector<RenderedObject>> parseDocuments(const QString& path, const QByteArray& content);
    /// One JSON object as YAML, keys sorted, sequences indented as kustomize prints them.
    static QByteArray toYaml(const QJsonObject& object);
    /// A scalar string as it must be written in YAML so that it reads back as the same string.
    static QByteArray quoteIfNeeded(const QString& text);
};

} // namespace fleetdesk
