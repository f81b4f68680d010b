#include "TenantPruneRule.h"

namespace fleetdesk {

QString TenantPruneRule::id() const
{
    return QStringLiteral("tenant-prune");
}

Severity TenantPruneRule::severity() const
{
    return Severity::Warning;
}

QString TenantPruneRule::title() const
{
    return tr("Tenant Kustomization without pruning");
}

QString TenantPruneRule::description() const
{
    return tr("Without prune: true, objects removed from the tenant's repository stay in the cluster. Git stops "
              "being the truth for the tenant, and leftovers (old Deployments, RoleBindings) keep running unseen.");
}

QString TenantPruneRule::hint() const
{
    return tr("Set spec.prune: true on the tenant's Kustomization.");
}

void TenantPruneRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        if (!isTenant(object) || !isKustomization(object) || object.prune.value_or(false))
            continue;
        const SourceLocation where =
            object.document ? keyLocationAt(*object.document, {"spec"}, "prune") : objectLocation(object);
        const QString message = object.prune.has_value()
                                    ? tr("%1 of tenant %2 has prune: false").arg(object.id.displayName(), object.tenant)
                                    : tr("%1 of tenant %2 does not set spec.prune")
                                          .arg(object.id.displayName(), object.tenant);
        out.push_back(makeIssue(object, message, where));
    }
}

} // namespace fleetdesk
