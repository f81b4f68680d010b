#include "LintRule.h"

#include "manifest/FluxKinds.h"
#include "manifest/YamlAccess.h"

#include <QRegularExpression>

#include <algorithm>

namespace fleetdesk {

QStringList LintRule::ignoredRules(const ManifestDocument& document)
{
    const QString value =
        yaml::scalar(yaml::at(document.node, {"metadata", "annotations"}), LintIgnoreAnnotation.toUtf8().constData());
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

bool LintRule::isIgnoredBy(const ManifestDocument& document, const QString& ruleId)
{
    const QStringList ignored = ignoredRules(document);
    return std::any_of(ignored.cbegin(), ignored.cend(), [&ruleId](const QString& rule) {
        return rule == ruleId || rule == QLatin1String("*") || rule == QLatin1String("all");
    });
}

Issue LintRule::makeIssue(const RepositoryContent* repository, const ManifestDocument& object, const QString& message,
                          const SourceLocation& where,
                          std::initializer_list<const ManifestDocument*> alsoSilencedBy) const
{
    Issue issue;
    issue.severity = severity();
    issue.ruleId = id();
    issue.message = message;
    issue.hint = hint();
    issue.location = where;
    issue.repository = repository ? repository->name : QString();
    if (object.isObject()) {
        issue.objectKey = object.id.key();
        issue.objectName = object.id.displayName();
    }
    const QString rule = id();
    issue.silenced = isIgnoredBy(object, rule)
                     || std::any_of(alsoSilencedBy.begin(), alsoSilencedBy.end(), [&rule](const ManifestDocument* d) {
                            return d && isIgnoredBy(*d, rule);
                        });
    return issue;
}

Issue LintRule::makeIssue(const FluxObject& object, const QString& message, const SourceLocation& where) const
{
    if (object.document)
        return makeIssue(object.repository, *object.document, message, where);
    Issue issue;
    issue.severity = severity();
    issue.ruleId = id();
    issue.message = message;
    issue.hint = hint();
    issue.location = where;
    issue.repository = object.repository ? object.repository->name : QString();
    issue.objectKey = object.id.key();
    issue.objectName = object.id.displayName();
    return issue;
}

SourceLocation LintRule::keyLocation(const ManifestDocument& document, const YAML::Node& map, const char* key)
{
    if (map.IsDefined() && map.IsMap()) {
        for (const auto& pair : map) {
            if (pair.first.IsScalar() && pair.first.Scalar() == key)
                return document.locate(pair.first);
        }
    }
    return document.location;
}

SourceLocation LintRule::keyLocationAt(const ManifestDocument& document, std::initializer_list<const char*> parents,
                                       const char* key)
{
    // yaml-cpp nodes are references: assigning one to another writes into the tree, so rebind with reset().
    YAML::Node map;
    map.reset(document.node);
    YAML::Node parentOfLast;
    const char* lastKey = nullptr;
    for (const char* parent : parents) {
        const YAML::Node next = yaml::child(map, parent);
        if (!next.IsDefined() || !next.IsMap())
            return lastKey ? keyLocation(document, parentOfLast, lastKey) : keyLocation(document, map, parent);
        parentOfLast.reset(map);
        lastKey = parent;
        map.reset(next);
    }
    if (yaml::child(map, key).IsDefined())
        return keyLocation(document, map, key);
    return lastKey ? keyLocation(document, parentOfLast, lastKey) : document.location;
}

SourceLocation LintRule::objectLocation(const FluxObject& object)
{
    if (object.document)
        return object.document->location;
    return {object.file ? object.file->path : QString(), 0, 0};
}

std::vector<const RepositoryContent*> LintRule::repositories(const Fleet& fleet)
{
    std::vector<const RepositoryContent*> result;
    if (fleet.platform)
        result.push_back(fleet.platform.get());
    std::vector<const RepositoryContent*> attached;
    for (auto it = fleet.repositoriesByUrl.cbegin(); it != fleet.repositoriesByUrl.cend(); ++it) {
        const RepositoryContent* repository = it.value().get();
        if (repository && std::find(result.begin(), result.end(), repository) == result.end()
            && std::find(attached.begin(), attached.end(), repository) == attached.end())
            attached.push_back(repository);
    }
    std::sort(attached.begin(), attached.end(),
              [](const RepositoryContent* a, const RepositoryContent* b) { return a->name < b->name; });
    result.insert(result.end(), attached.begin(), attached.end());
    return result;
}

bool LintRule::isKustomization(const FluxObject& object)
{
    return object.id.group == FluxKinds::KustomizeGroup && object.id.kind == QLatin1String("Kustomization");
}

bool LintRule::isHelmRelease(const FluxObject& object)
{
    return object.id.group == FluxKinds::HelmGroup && object.id.kind == QLatin1String("HelmRelease");
}

} // namespace fleetdesk
