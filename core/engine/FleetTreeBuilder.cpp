#include "FleetTreeBuilder.h"

#include "manifest/FluxKinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fleetdesk {

namespace {

using MutableNode = std::shared_ptr<FleetNode>;

int kindRank(const FleetNode& node)
{
    if (node.nodeKind != NodeKind::FluxObject)
        return 10;
    static const QStringList order{QStringLiteral("GitRepository"), QStringLiteral("OCIRepository"),
                                   QStringLiteral("HelmRepository"), QStringLiteral("Bucket"),
                                   QStringLiteral("HelmChart"), QStringLiteral("Kustomization"),
                                   QStringLiteral("HelmRelease")};
    const qsizetype rank = order.indexOf(node.kind);
    return rank < 0 ? 8 : int(rank);
}

void sortChildren(FleetNode& node)
{
    std::stable_sort(node.children.begin(), node.children.end(), [](const FleetNodePtr& a, const FleetNodePtr& b) {
        if (a->nodeKind != b->nodeKind)
            return int(a->nodeKind) < int(b->nodeKind);
        const int ra = kindRank(*a);
        const int rb = kindRank(*b);
        if (ra != rb)
            return ra < rb;
        if (a->kind != b->kind)
            return a->kind < b->kind;
        return a->name < b->name;
    });
}

class TreeBuilder
{
public:
    TreeBuilder(const Fleet& fleet, std::vector<Issue>& issues) : m_fleet(fleet), m_issues(issues)
    {
        for (size_t i = 0; i < m_issues.size(); ++i) {
            const Issue& issue = m_issues[i];
            if (!issue.objectKey.isEmpty())
                m_issuesByObject[issue.objectKey + QLatin1Char('|') + issue.location.file].push_back(i);
        }
    }

    FleetNodePtr build()
    {
        auto root = std::make_shared<FleetNode>();
        root->nodeKind = NodeKind::Workspace;
        root->key = QStringLiteral("workspace");
        root->name = m_fleet.platform ? m_fleet.platform->name : QString();
        for (const Cluster& cluster : m_fleet.clusters)
            root->children.push_back(buildCluster(cluster));
        finish(*root);
        return root;
    }

private:
    FleetNodePtr buildCluster(const Cluster& cluster)
    {
        auto node = std::make_shared<FleetNode>();
        node->nodeKind = NodeKind::Cluster;
        node->key = QStringLiteral("c:") + cluster.name;
        node->name = cluster.name;
        node->cluster = cluster.name;
        node->path = cluster.directory;
        node->repository = repoName(m_fleet.platform.get());
        node->repositoryRoot = m_fleet.platform ? m_fleet.platform->root : QString();

        // Plain objects the platform applies into tenant namespaces are shown under their tenant.
        QHash<QString, QString> tenantByNamespace;
        for (const Tenant& tenant : cluster.tenants)
            tenantByNamespace.insert(tenant.ns, tenant.name);

        auto platform = std::make_shared<FleetNode>();
        platform->nodeKind = NodeKind::Platform;
        platform->key = node->key + QStringLiteral("/platform");
        platform->name = QCoreApplication::translate("FleetTreeBuilder", "Platform");
        platform->cluster = cluster.name;
        QHash<QString, std::vector<AppliedDocument>> tenantPlainObjects;
        for (int index : roots(cluster.platformObjects)) {
            QSet<int> path;
            platform->children.push_back(
                buildFluxObject(index, platform->key, path, &tenantByNamespace, &tenantPlainObjects));
        }
        finish(*platform);
        node->children.push_back(platform);

        auto tenants = std::make_shared<FleetNode>();
        tenants->nodeKind = NodeKind::Tenants;
        tenants->key = node->key + QStringLiteral("/tenants");
        tenants->name = QCoreApplication::translate("FleetTreeBuilder", "Tenants");
        tenants->cluster = cluster.name;
        for (const Tenant& tenant : cluster.tenants) {
            auto t = std::make_shared<FleetNode>();
            t->nodeKind = NodeKind::Tenant;
            t->key = tenants->key + QStringLiteral("/t:") + tenant.name;
            t->name = tenant.name;
            t->tenant = tenant.name;
            t->cluster = cluster.name;
            t->ns = tenant.ns;
            QSet<QString> seen;
            for (int index : roots(tenant.objects)) {
                const FluxObject& obj = m_fleet.objects[size_t(index)];
                if (seen.contains(obj.id.key()))
                    continue;
                seen.insert(obj.id.key());
                QSet<int> path;
                t->children.push_back(buildFluxObject(index, t->key, path, nullptr, nullptr));
            }
            for (const AppliedDocument& applied : tenantPlainObjects.value(tenant.name)) {
                const QString key = applied.document->id.key();
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                t->children.push_back(buildPlainObject(applied, t->key, cluster.name, tenant.name));
            }
            t->repositoryRoot = tenantCheckout(*t, node->repositoryRoot);
            finish(*t);
            tenants->children.push_back(t);
        }
        finish(*tenants);
        node->children.push_back(tenants);
        finish(*node);
        return node;
    }

    /// The objects of a group (platform, or one tenant) that no other Kustomization of the same group applies:
    /// the top of that group's hierarchy.
    std::vector<int> roots(const std::vector<int>& group) const
    {
        const QSet<int> members(group.begin(), group.end());
        QSet<int> applied;
        for (int index : group) {
            for (int child : m_fleet.objects[size_t(index)].childObjects) {
                if (child != index && members.contains(child))
                    applied.insert(child);
            }
        }
        std::vector<int> result;
        for (int index : group) {
            if (!applied.contains(index))
                result.push_back(index);
        }
        // Every member is applied by another (a cycle): show them all rather than nothing.
        if (result.empty())
            return group;
        return result;
    }

    /// A Flux object with what it applies: the Flux objects of the same group (platform, or the same tenant) nested
    /// below it, then the plain objects. `path` holds the objects above it, so cycles end.
    FleetNodePtr buildFluxObject(int index, const QString& parentKey, QSet<int>& path,
                                 const QHash<QString, QString>* tenantByNamespace,
                                 QHash<QString, std::vector<AppliedDocument>>* tenantPlainObjects)
    {
        const FluxObject& obj = m_fleet.objects[size_t(index)];
        path.insert(index);
        auto node = std::make_shared<FleetNode>();
        node->nodeKind = NodeKind::FluxObject;
        node->key = parentKey + QStringLiteral("/f:") + obj.id.key();
        fillFromDocument(*node, obj.repository, obj.file, obj.document);
        node->cluster = obj.cluster;
        node->tenant = obj.tenant;
        node->suspended = obj.suspended;
        if (obj.suspended)
            node->state = ReconcileState::Suspended;
        node->path = obj.path;
        if (obj.sourceRef) {
            node->source = obj.sourceRef->kind + QLatin1Char('/')
                + (obj.sourceRef->ns.isEmpty() ? obj.effectiveNamespace() : obj.sourceRef->ns) + QLatin1Char('/')
                + obj.sourceRef->name;
        } else if (!obj.url.isEmpty()) {
            node->source = obj.url;
        }
        attachIssues(*node, obj.id.key(), obj.file ? obj.file->path : QString());

        QSet<QString> seen;
        for (int child : obj.childObjects) {
            const FluxObject& c = m_fleet.objects[size_t(child)];
            if (path.contains(child) || c.tenant != obj.tenant || seen.contains(c.id.key()))
                continue;
            seen.insert(c.id.key());
            node->children.push_back(buildFluxObject(child, node->key, path, tenantByNamespace, tenantPlainObjects));
        }
        for (const AppliedDocument& applied : obj.applied) {
            const ManifestDocument& doc = *applied.document;
            if (FluxKinds::find(doc.id.group, doc.id.kind))
                continue; // Flux objects are shown at their tenant or platform level
            const QString key = doc.id.key();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (tenantByNamespace && tenantPlainObjects) {
                const QString ns = doc.id.kind == QLatin1String("Namespace") ? doc.id.name : doc.id.ns;
                const QString tenant = tenantByNamespace->value(ns);
                if (!tenant.isEmpty()) {
                    (*tenantPlainObjects)[tenant].push_back(applied);
                    continue;
                }
            }
            node->children.push_back(buildPlainObject(applied, node->key, obj.cluster, obj.tenant));
        }
        path.remove(index);
        finish(*node);
        return node;
    }

    FleetNodePtr buildPlainObject(const AppliedDocument& applied, const QString& parentKey, const QString& cluster,
                                  const QString& tenant)
    {
        auto node = std::make_shared<FleetNode>();
        node->nodeKind = NodeKind::Object;
        node->key = parentKey + QStringLiteral("/o:") + applied.document->id.key();
        fillFromDocument(*node, applied.repository, applied.file, applied.document);
        node->cluster = cluster;
        node->tenant = tenant;
        attachIssues(*node, applied.document->id.key(), applied.file->path);
        finish(*node);
        return node;
    }

    static QString repoName(const RepositoryContent* repo) { return repo ? repo->name : QString(); }

    /// The tenant's own checkout: the one repository other than the platform's that the tenant's objects come
    /// from; empty when they come from none or from several.
    static QString tenantCheckout(const FleetNode& tenant, const QString& platformRoot)
    {
        QSet<QString> found;
        const std::function<void(const FleetNode&)> collect = [&](const FleetNode& node) {
            for (const FleetNodePtr& child : node.children) {
                if (found.size() > 1)
                    return;
                if (!child->repositoryRoot.isEmpty() && child->repositoryRoot != platformRoot)
                    found.insert(child->repositoryRoot);
                collect(*child);
            }
        };
        collect(tenant);
        return found.size() == 1 ? *found.cbegin() : QString();
    }

    static void fillFromDocument(FleetNode& node, const RepositoryContent* repo, const ParsedFile* file,
                                 const ManifestDocument* doc)
    {
        node.name = doc->id.name;
        node.kind = doc->id.kind;
        node.apiVersion = doc->id.apiVersion();
        node.ns = doc->id.ns;
        node.repository = repoName(repo);
        node.repositoryRoot = repo ? repo->root : QString();
        node.location = doc->location;
        if (file)
            node.location.file = file->path;
        node.yaml = doc->text;
        node.yamlFirstLine = doc->firstLine;
    }

    void attachIssues(FleetNode& node, const QString& objectKey, const QString& file)
    {
        const auto it = m_issuesByObject.constFind(objectKey + QLatin1Char('|') + file);
        if (it == m_issuesByObject.constEnd())
            return;
        for (size_t index : *it) {
            Issue& issue = m_issues[index];
            if (!node.lintRules.contains(issue.ruleId))
                node.lintRules.append(issue.ruleId);
            if (issue.nodeKey.isEmpty())
                issue.nodeKey = node.key;
            if (issue.silenced)
                continue;
            if (issue.severity == Severity::Error)
                ++node.lintErrors;
            else if (issue.severity == Severity::Warning)
                ++node.lintWarnings;
        }
    }

    static void finish(FleetNode& node)
    {
        sortChildren(node);
        node.lintTotal = node.lintErrors + node.lintWarnings;
        for (const FleetNodePtr& child : node.children)
            node.lintTotal += child->lintTotal;
    }

    const Fleet& m_fleet;
    std::vector<Issue>& m_issues;
    QHash<QString, std::vector<size_t>> m_issuesByObject;
};

} // namespace

FleetNodePtr FleetTreeBuilder::build(const Fleet& fleet, std::vector<Issue>& issues)
{
    TreeBuilder builder(fleet, issues);
    return builder.build();
}

FleetNodePtr FleetTreeBuilder::shareUnchanged(const FleetNodePtr& fresh, const FleetNodePtr& previous)
{
    if (!fresh || !previous || fresh->key != previous->key)
        return fresh;
    // Children usually keep their places: match by index, and build a lookup only when keys moved.
    bool sameOrder = fresh->children.size() == previous->children.size();
    for (size_t i = 0; sameOrder && i < fresh->children.size(); ++i)
        sameOrder = fresh->children[i]->key == previous->children[i]->key;
    QHash<QString, const FleetNodePtr*> previousChildren;
    if (!sameOrder) {
        previousChildren.reserve(qsizetype(previous->children.size()));
        for (const FleetNodePtr& child : previous->children)
            previousChildren.insert(child->key, &child);
    }

    bool childrenIdentical = fresh->children.size() == previous->children.size();
    std::vector<FleetNodePtr> shared;
    shared.reserve(fresh->children.size());
    for (size_t i = 0; i < fresh->children.size(); ++i) {
        const FleetNodePtr& child = fresh->children[i];
        const FleetNodePtr* old = sameOrder ? &previous->children[i] : previousChildren.value(child->key);
        FleetNodePtr result = old ? shareUnchanged(child, *old) : child;
        if (!childrenIdentical || result != previous->children[i])
            childrenIdentical = false;
        shared.push_back(std::move(result));
    }
    if (childrenIdentical && fresh->sameContent(*previous))
        return previous;
    auto copy = std::make_shared<FleetNode>(*fresh);
    copy->children = std::move(shared);
    return copy;
}

} // namespace fleetdesk
