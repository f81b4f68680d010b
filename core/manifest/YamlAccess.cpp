#include "YamlAccess.h"

namespace fleetdesk::yaml {

YAML::Node child(const YAML::Node& map, const char* key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    // Iterate instead of operator[]: it must not insert, and keys may be non-scalars in hostile input.
    for (const auto& pair : map) {
        if (pair.first.IsScalar() && pair.first.Scalar() == key)
            return pair.second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node at(const YAML::Node& root, std::initializer_list<const char*> path)
{
    // yaml-cpp nodes are references: assigning one node to another writes into the tree. reset() rebinds.
    YAML::Node current;
    current.reset(root);
    for (const char* key : path) {
        YAML::Node next = child(current, key);
        current.reset(next);
        if (!current.IsDefined())
            return current;
    }
    return current;
}

QString toString(const YAML::Node& node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

QString scalar(const YAML::Node& map, const char* key)
{
    return toString(child(map, key));
}

QString scalarAt(const YAML::Node& root, std::initializer_list<const char*> path)
{
    return toString(at(root, path));
}

std::optional<bool> boolAt(const YAML::Node& root, std::initializer_list<const char*> path)
{
    const QString value = scalarAt(root, path).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QStringList stringList(const YAML::Node& sequence)
{
    QStringList result;
    if (!sequence.IsDefined() || !sequence.IsSequence())
        return result;
    for (const YAML::Node& item : sequence) {
        if (item.IsScalar())
            result.append(QString::fromStdString(item.Scalar()));
    }
    return result;
}

QList<QPair<QString, QString>> stringMap(const YAML::Node& map)
{
    QList<QPair<QString, QString>> result;
    if (!map.IsDefined() || !map.IsMap())
        return result;
    for (const auto& pair : map) {
        if (pair.first.IsScalar() && pair.second.IsScalar())
            result.append({QString::fromStdString(pair.first.Scalar()), QString::fromStdString(pair.second.Scalar())});
    }
    return result;
}

SourceLocation locate(const YAML::Node& node, const SourceLocation& documentLocation, int documentFirstLine)
{
    if (!node.IsDefined() || node.Mark().is_null())
        return documentLocation;
    return {documentLocation.file, documentFirstLine + node.Mark().line, node.Mark().column + 1};
}

} // namespace fleetdesk::yaml
