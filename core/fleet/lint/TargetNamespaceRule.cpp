#include "TargetNamespaceRule.h"

namespace fleetdesk {

QString TargetNamespaceRule::id() const
{
    return QStringLiteral("target-namespace");
}

Severity TargetNamespaceRule::severity() const
{
    return Severity::Error;
}

QString TargetNamespaceRule::title() const
{
    return tr("Target namespace outside the tenant");
}

QString TargetNamespaceRule::description() const
{
    return tr("A tenant Kustomization or HelmRelease whose spec.targetNamespace names another namespace than its "
              "own puts the tenant's objects into a namespace the tenant does not own: another tenant's, or the "
              "platform's.");
}

QString TargetNamespaceRule::hint() const
{
    return tr("Set spec.targetNamespace to the tenant's own namespace (the namespace the Kustomization or "
              "HelmRelease lives in), or remove it.");
}

void TargetNamespaceRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        if (!isTenant(object) || !isDeployer(object) || object.targetNamespace.isEmpty())
            continue;
        const QString tenantNamespace = object.effectiveNamespace();
        if (object.targetNamespace == tenantNamespace)
            continue;
        const SourceLocation where =
            object.document ? keyLocationAt(*object.document, {"spec"}, "targetNamespace") : objectLocation(object);
        out.push_back(makeIssue(object,
                                tr("%1 of tenant %2 targets namespace %3, outside the tenant's namespace %4")
                                    .arg(object.id.displayName(), object.tenant, object.targetNamespace,
                                         tenantNamespace),
                                where));
    }
}

} // namespace fleetdesk
