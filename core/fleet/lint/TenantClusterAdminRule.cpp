#include "TenantClusterAdminRule.h"

#include "manifest/YamlAccess.h"

#include <QSet>

namespace fleetdesk {

namespace {

const QString RbacGroup = QStringLiteral("rbac.authorization.k8s.io");

bool isBinding(const ObjectId& id)
{
    return id.group == RbacGroup
           && (id.kind == QLatin1String("RoleBinding") || id.kind == QLatin1String("ClusterRoleBinding"));
}

bool bindsClusterAdmin(const ManifestDocument& document)
{
    const YAML::Node roleRef = yaml::child(document.node, "roleRef");
    const QString kind = yaml::scalar(roleRef, "kind");
    return yaml::scalar(roleRef, "name") == QLatin1String("cluster-admin")
           && (kind.isEmpty() || kind == QLatin1String("ClusterRole"));
}

/// The tenant namespace a binding concerns: the one it lives in, or the one of a subject it grants to; empty when
/// it concerns no tenant.
QString tenantNamespaceOf(const ManifestDocument& document, const QSet<QString>& tenantNamespaces)
{
    if (tenantNamespaces.contains(document.id.ns))
        return document.id.ns;
    const YAML::Node subjects = yaml::child(document.node, "subjects");
    if (!subjects.IsSequence())
        return {};
    for (const YAML::Node& subject : subjects) {
        const QString ns = yaml::scalar(subject, "namespace");
        if (tenantNamespaces.contains(ns))
            return ns;
    }
    return {};
}

} // namespace

QString TenantClusterAdminRule::id() const
{
    return QStringLiteral("tenant-cluster-admin");
}

Severity TenantClusterAdminRule::severity() const
{
    return Severity::Error;
}

QString TenantClusterAdminRule::title() const
{
    return tr("Tenant bound to cluster-admin");
}

QString TenantClusterAdminRule::description() const
{
    return tr("A RoleBinding or ClusterRoleBinding to cluster-admin in a tenant (applied by the tenant, placed in "
              "the tenant's namespace, or granted to one of its service accounts) gives the tenant full control, "
              "in its namespace or across the cluster.");
}

QString TenantClusterAdminRule::hint() const
{
    return tr("Bind the tenant's service account to the namespaced `edit` or `admin` ClusterRole with a RoleBinding "
              "in the tenant's namespace, or to a Role of its own.");
}

void TenantClusterAdminRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    QSet<QString> tenantNamespaces;
    for (const Cluster& cluster : fleet.clusters) {
        for (const Tenant& tenant : cluster.tenants) {
            if (!tenant.ns.isEmpty())
                tenantNamespaces.insert(tenant.ns);
        }
    }
    for (const FluxObject& object : fleet.objects) {
        if (isTenant(object) && isDeployer(object))
            tenantNamespaces.insert(object.effectiveNamespace());
    }

    const auto report = [this, &out](const RepositoryContent* repository, const ManifestDocument& document,
                                     const QString& tenantText, const ManifestDocument* deployer) {
        out.push_back(makeIssue(repository, document,
                                tr("%1 binds cluster-admin %2").arg(document.id.displayName(), tenantText),
                                keyLocationAt(document, {"roleRef"}, "name"), {deployer}));
    };

    // Bindings a tenant applies itself.
    QSet<const ManifestDocument*> reported;
    for (const FluxObject& deployer : fleet.objects) {
        if (!isTenant(deployer) || !isDeployer(deployer))
            continue;
        for (const AppliedDocument& applied : deployer.applied) {
            if (!applied.document || !isBinding(applied.document->id) || !bindsClusterAdmin(*applied.document))
                continue;
            reported.insert(applied.document);
            report(applied.repository, *applied.document,
                   tr("inside tenant %1 (applied by %2)").arg(deployer.tenant, deployer.id.displayName()),
                   deployer.document);
        }
    }

    // Bindings the platform (or anyone) makes in a tenant's namespace or for a tenant's service account.
    for (const RepositoryContent* repository : repositories(fleet)) {
        repository->forEachDocumentUnder(
            QString(), [&](const ParsedFile&, const ManifestDocument& document) {
                if (reported.contains(&document) || !isBinding(document.id) || !bindsClusterAdmin(document))
                    return;
                const QString ns = tenantNamespaceOf(document, tenantNamespaces);
                if (!ns.isEmpty())
                    report(repository, document, tr("in tenant namespace %1").arg(ns), nullptr);
            });
    }
}

} // namespace fleetdesk
