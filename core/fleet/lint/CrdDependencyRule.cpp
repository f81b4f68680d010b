#include "CrdDependencyRule.h"

#include "manifest/YamlAccess.h"

#include <QHash>
#include <QSet>

namespace fleetdesk {

namespace {

const QString ApiExtensionsGroup = QStringLiteral("apiextensions.k8s.io");

bool isCrd(const ObjectId& id)
{
    return id.group == ApiExtensionsGroup && id.kind == QLatin1String("CustomResourceDefinition");
}

/// "group/Kind" of the custom resources a CRD defines, or empty.
QString definedKind(const ManifestDocument& crd)
{
    const QString group = yaml::scalarAt(crd.node, {"spec", "group"});
    const QString kind = yaml::scalarAt(crd.node, {"spec", "names", "kind"});
    if (group.isEmpty() || kind.isEmpty())
        return {};
    return group + QLatin1Char('/') + kind;
}

QString resourceKind(const ObjectId& id)
{
    return id.group + QLatin1Char('/') + id.kind;
}

} // namespace

QString CrdDependencyRule::id() const
{
    return QStringLiteral("crd-dependency");
}

Severity CrdDependencyRule::severity() const
{
    return Severity::Warning;
}

QString CrdDependencyRule::title() const
{
    return tr("Custom resources applied without their CRDs first");
}

QString CrdDependencyRule::description() const
{
    return tr("When one Kustomization applies CustomResourceDefinitions together with custom resources of those "
              "definitions, or applies custom resources whose CRDs another Kustomization installs without "
              "depending on it, the first reconcile fails (no matches for kind) or races, and pruning the CRDs "
              "deletes every custom resource with them.");
}

QString CrdDependencyRule::hint() const
{
    return tr("Put the CRDs in a Kustomization of their own and add it to the dependsOn list of the Kustomization "
              "that applies the custom resources.");
}

void CrdDependencyRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    const int count = int(fleet.objects.size());

    // The Kustomizations of each cluster that install each custom resource kind.
    QHash<QString, QHash<QString, QList<int>>> installersByCluster; // cluster -> group/Kind -> Kustomizations
    QSet<int> roots;
    for (const Cluster& cluster : fleet.clusters) {
        if (cluster.rootKustomization >= 0)
            roots.insert(cluster.rootKustomization);
    }
    for (int i = 0; i < count; ++i) {
        const FluxObject& object = fleet.objects[size_t(i)];
        if (!isKustomization(object))
            continue;
        for (const AppliedDocument& applied : object.applied) {
            if (!applied.document || !isCrd(applied.document->id))
                continue;
            const QString kind = definedKind(*applied.document);
            if (!kind.isEmpty() && !installersByCluster[object.cluster][kind].contains(i))
                installersByCluster[object.cluster][kind].append(i);
        }
    }
    if (installersByCluster.isEmpty())
        return;

    // Kustomizations by "cluster|namespace/name", to resolve dependsOn; parents by child, for ancestry.
    QHash<QString, int> kustomizationByName;
    QHash<int, QList<int>> parents;
    for (int i = 0; i < count; ++i) {
        const FluxObject& object = fleet.objects[size_t(i)];
        if (!isKustomization(object))
            continue;
        kustomizationByName.insert(object.cluster + QLatin1Char('|') + object.effectiveNamespace() + QLatin1Char('/')
                                       + object.id.name,
                                   i);
        for (int child : object.childObjects)
            parents[child].append(i);
    }
    // Everything `from` waits for (dependsOn, transitively) or is created by (its ancestors).
    const auto appliedBefore = [&](int from) {
        QSet<int> seen;
        QList<int> queue{from};
        while (!queue.isEmpty()) {
            const int current = queue.takeFirst();
            const FluxObject& object = fleet.objects[size_t(current)];
            QList<int> next = parents.value(current);
            for (const ObjectRef& ref : object.dependsOn) {
                const QString ns = ref.ns.isEmpty() ? object.effectiveNamespace() : ref.ns;
                const int target =
                    kustomizationByName.value(object.cluster + QLatin1Char('|') + ns + QLatin1Char('/') + ref.name, -1);
                if (target >= 0)
                    next.append(target);
            }
            for (int n : next) {
                if (!seen.contains(n)) {
                    seen.insert(n);
                    queue.append(n);
                }
            }
        }
        return seen;
    };

    for (int i = 0; i < count; ++i) {
        const FluxObject& object = fleet.objects[size_t(i)];
        if (!isKustomization(object) || !object.document)
            continue;
        const auto installers = installersByCluster.constFind(object.cluster);
        if (installers == installersByCluster.constEnd())
            continue;
        std::optional<QSet<int>> before;
        bool reportedTogether = false;
        QSet<int> reportedInstallers;
        for (const AppliedDocument& applied : object.applied) {
            if (!applied.document || !applied.document->isObject() || isCrd(applied.document->id))
                continue;
            const QString kind = resourceKind(applied.document->id);
            const auto found = installers->constFind(kind);
            if (found == installers->constEnd())
                continue;
            const ManifestDocument& resource = *applied.document;
            const SourceLocation where = keyLocation(resource, resource.node, "kind");
            for (int installer : *found) {
                if (installer == i) {
                    // The cluster's root Kustomization installs Flux itself this way, by design.
                    if (reportedTogether || roots.contains(i))
                        continue;
                    reportedTogether = true;
                    out.push_back(makeIssue(applied.repository, *object.document,
                                            tr("%1 applies the CRD for %2 together with %3, a custom resource of it")
                                                .arg(object.id.displayName(), applied.document->id.kind,
                                                     resource.id.displayName()),
                                            where));
                    continue;
                }
                if (reportedInstallers.contains(installer))
                    continue;
                if (!before)
                    before = appliedBefore(i);
                if (before->contains(installer))
                    continue;
                reportedInstallers.insert(installer);
                out.push_back(makeIssue(applied.repository, *object.document,
                                        tr("%1 applies %2, whose CRD %3 installs, but does not depend on %3")
                                            .arg(object.id.displayName(), resource.id.displayName(),
                                                 fleet.objects[size_t(installer)].id.displayName()),
                                        where));
            }
        }
    }
}

} // namespace fleetdesk
