#include "CrossNamespaceRefRule.h"

#include "manifest/YamlAccess.h"

namespace fleetdesk {

namespace {

/// The line of the `namespace:` field of a reference: spec.sourceRef, or the dependsOn entry naming `ref`.
SourceLocation namespaceLocation(const FluxObject& object, const ObjectRef& ref, bool isSourceRef)
{
    if (!object.document)
        return ref.location;
    const ManifestDocument& document = *object.document;
    YAML::Node refNode;
    if (isSourceRef) {
        // Kustomization: spec.sourceRef; HelmRelease: spec.chart.spec.sourceRef or spec.chartRef.
        refNode.reset(yaml::at(document.node, {"spec", "sourceRef"}));
        if (!refNode.IsMap())
            refNode.reset(yaml::at(document.node, {"spec", "chart", "spec", "sourceRef"}));
        if (!refNode.IsMap())
            refNode.reset(yaml::at(document.node, {"spec", "chartRef"}));
    } else {
        const YAML::Node list = yaml::at(document.node, {"spec", "dependsOn"});
        if (list.IsSequence()) {
            for (const YAML::Node& item : list) {
                if (yaml::scalar(item, "name") == ref.name && yaml::scalar(item, "namespace") == ref.ns) {
                    refNode.reset(item);
                    break;
                }
            }
        }
    }
    if (refNode.IsMap()) {
        for (const auto& pair : refNode) {
            if (pair.first.IsScalar() && pair.first.Scalar() == "namespace")
                return document.locate(pair.first);
        }
        return document.locate(refNode);
    }
    return ref.location.file.isEmpty() ? document.location : ref.location;
}

} // namespace

QString CrossNamespaceRefRule::id() const
{
    return QStringLiteral("cross-namespace-ref");
}

Severity CrossNamespaceRefRule::severity() const
{
    return Severity::Error;
}

QString CrossNamespaceRefRule::title() const
{
    return tr("Cross-namespace reference");
}

QString CrossNamespaceRefRule::description() const
{
    return tr("A sourceRef or dependsOn that names another namespace lets an object use a source or wait on an "
              "object it does not own. Multi-tenant Flux runs with --no-cross-namespace-refs, which refuses such "
              "references, so they either break isolation or fail to reconcile.");
}

QString CrossNamespaceRefRule::hint() const
{
    return tr("Reference only objects in the same namespace: drop the namespace field, or move the source into "
              "the referring object's namespace.");
}

void CrossNamespaceRefRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        const QString ns = object.effectiveNamespace();
        if (object.sourceRef && !object.sourceRef->ns.isEmpty() && object.sourceRef->ns != ns) {
            const ObjectRef& ref = *object.sourceRef;
            out.push_back(makeIssue(object,
                                    tr("%1 takes its source from %2 in namespace %3, outside its own namespace %4")
                                        .arg(object.id.displayName(), ref.kind + QLatin1Char('/') + ref.name, ref.ns,
                                             ns),
                                    namespaceLocation(object, ref, true)));
        }
        for (const ObjectRef& ref : object.dependsOn) {
            if (ref.ns.isEmpty() || ref.ns == ns)
                continue;
            out.push_back(makeIssue(object,
                                    tr("%1 depends on %2 in namespace %3, outside its own namespace %4")
                                        .arg(object.id.displayName(), ref.name, ref.ns, ns),
                                    namespaceLocation(object, ref, false)));
        }
    }
}

} // namespace fleetdesk
