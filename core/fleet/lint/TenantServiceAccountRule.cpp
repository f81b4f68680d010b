#include "TenantServiceAccountRule.h"

namespace fleetdesk {

QString TenantServiceAccountRule::id() const
{
    return QStringLiteral("tenant-service-account");
}

Severity TenantServiceAccountRule::severity() const
{
    return Severity::Error;
}

QString TenantServiceAccountRule::title() const
{
    return tr("Tenant deployer without a service account");
}

QString TenantServiceAccountRule::description() const
{
    return tr("A tenant Kustomization or HelmRelease without spec.serviceAccountName is applied with the "
              "controller's own service account, which can change anything in the cluster. The tenant is then not "
              "confined by its RBAC at all.");
}

QString TenantServiceAccountRule::hint() const
{
    return tr("Set spec.serviceAccountName to the tenant's service account (one bound to a namespaced role), or "
              "start the controllers with --default-service-account.");
}

void TenantServiceAccountRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        if (!isTenant(object) || !isDeployer(object) || !object.serviceAccountName.isEmpty())
            continue;
        out.push_back(makeIssue(object,
                                tr("%1 of tenant %2 has no spec.serviceAccountName: it is applied with the "
                                   "controller's cluster-wide permissions")
                                    .arg(object.id.displayName(), object.tenant),
                                objectLocation(object)));
    }
}

} // namespace fleetdesk
