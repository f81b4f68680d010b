#include "TenantClusterScopedRule.h"

namespace fleetdesk {

namespace {

/// Cluster-scoped kinds a tenant must not apply, with their API groups.
bool isForbiddenClusterScoped(const ObjectId& id)
{
    struct Kind
    {
        const char* group;
        const char* kind;
    };
    static constexpr Kind forbidden[] = {
        {"", "Namespace"},
        {"rbac.authorization.k8s.io", "ClusterRole"},
        {"rbac.authorization.k8s.io", "ClusterRoleBinding"},
        {"apiextensions.k8s.io", "CustomResourceDefinition"},
        {"admissionregistration.k8s.io", "MutatingWebhookConfiguration"},
        {"admissionregistration.k8s.io", "ValidatingWebhookConfiguration"},
        {"", "PersistentVolume"},
        {"storage.k8s.io", "StorageClass"},
    };
    for (const Kind& k : forbidden) {
        if (id.kind == QLatin1String(k.kind) && id.group == QLatin1String(k.group))
            return true;
    }
    return false;
}

} // namespace

QString TenantClusterScopedRule::id() const
{
    return QStringLiteral("tenant-cluster-scoped");
}

Severity TenantClusterScopedRule::severity() const
{
    return Severity::Error;
}

QString TenantClusterScopedRule::title() const
{
    return tr("Tenant applies cluster-scoped objects");
}

QString TenantClusterScopedRule::description() const
{
    return tr("Namespaces, ClusterRoles, ClusterRoleBindings, CRDs, webhook configurations, PersistentVolumes and "
              "StorageClasses affect the whole cluster. A tenant that can apply them can escape its namespace, "
              "grant itself permissions or intercept other tenants' requests.");
}

QString TenantClusterScopedRule::hint() const
{
    return tr("Move the object to the platform repository (for example clusters/<cluster>/tenants/<tenant>/) "
              "and let the platform team apply it.");
}

void TenantClusterScopedRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& deployer : fleet.objects) {
        if (!isTenant(deployer) || !isDeployer(deployer))
            continue;
        for (const AppliedDocument& applied : deployer.applied) {
            if (!applied.document || !isForbiddenClusterScoped(applied.document->id))
                continue;
            const ManifestDocument& document = *applied.document;
            out.push_back(makeIssue(applied.repository, document,
                                    tr("%1 is cluster-scoped, but tenant %2 applies it through %3")
                                        .arg(document.id.displayName(), deployer.tenant, deployer.id.displayName()),
                                    keyLocation(document, document.node, "kind"), {deployer.document}));
        }
    }
}

} // namespace fleetdesk
