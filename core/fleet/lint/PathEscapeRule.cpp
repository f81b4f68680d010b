#include "PathEscapeRule.h"

#include "manifest/YamlAccess.h"

namespace fleetdesk {

namespace {

/// Flux joins spec.path to the source's root, so a leading '/' still means the root.
bool escapes(const QString& path)
{
    // Only ".." can climb: most paths need no normalising at all.
    if (!path.contains(QLatin1String("..")))
        return false;
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    return !RepositoryContent::normalisePath(relative).has_value();
}

} // namespace

QString PathEscapeRule::id() const
{
    return QStringLiteral("path-escape");
}

Severity PathEscapeRule::severity() const
{
    return Severity::Error;
}

QString PathEscapeRule::title() const
{
    return tr("Path escapes the repository");
}

QString PathEscapeRule::description() const
{
    return tr("A spec.path (or a HelmRelease chart path) that climbs above the source's root with '..' points at "
              "nothing Flux will apply, or tries to reach files outside what the tenant owns. Flux clamps such "
              "paths to the root, so what gets applied is not what the manifest says.");
}

QString PathEscapeRule::hint() const
{
    return tr("Write the path relative to the root of the source repository, for example ./clusters/<cluster>, "
              "without climbing above it.");
}

void PathEscapeRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        if (isKustomization(object)) {
            const bool pathItselfEscapes = escapes(object.path);
            if (!object.pathEscapes && !pathItselfEscapes)
                continue;
            const SourceLocation where =
                object.document ? keyLocationAt(*object.document, {"spec"}, "path") : objectLocation(object);
            const QString message =
                pathItselfEscapes
                    ? tr("%1 has spec.path %2, which leaves its source repository")
                          .arg(object.id.displayName(), object.path)
                    : tr("%1 applies %2, whose kustomization refers to files outside its source repository")
                          .arg(object.id.displayName(), object.path);
            out.push_back(makeIssue(object, message, where));
        } else if (isHelmRelease(object) && object.document) {
            // A chart taken from a GitRepository or Bucket is a path inside that source.
            const ManifestDocument& document = *object.document;
            const QString sourceKind = yaml::scalarAt(document.node, {"spec", "chart", "spec", "sourceRef", "kind"});
            if (sourceKind != QLatin1String("GitRepository") && sourceKind != QLatin1String("Bucket"))
                continue;
            const QString chart = yaml::scalarAt(document.node, {"spec", "chart", "spec", "chart"});
            if (chart.isEmpty() || !escapes(chart))
                continue;
            out.push_back(makeIssue(object,
                                    tr("%1 takes its chart from %2, which leaves its source repository")
                                        .arg(object.id.displayName(), chart),
                                    keyLocationAt(document, {"spec", "chart", "spec"}, "chart")));
        }
    }
}

} // namespace fleetdesk
