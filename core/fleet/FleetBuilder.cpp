#include "FleetBuilder.h"

#include "fleet/KustomizeResolver.h"
#include "manifest/FluxKinds.h"
#include "manifest/YamlAccess.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <deque>

namespace fleetdesk {

bool FluxObject::isKustomization() const
{
    return id.kind == QLatin1String("Kustomization") && id.group == FluxKinds::KustomizeGroup;
}

bool FluxObject::isHelmRelease() const
{
    return id.kind == QLatin1String("HelmRelease") && id.group == FluxKinds::HelmGroup;
}

bool FluxObject::isDeployer() const
{
    return FluxKinds::isDeployer(id.group, id.kind);
}

bool FluxObject::isSource() const
{
    return FluxKinds::isSource(id.group, id.kind);
}

int Fleet::find(const QString& clusterName, const QString& key) const
{
    return indexByKey.value(clusterName + QLatin1Char('|') + key, -1);
}

int Fleet::resolve(const FluxObject& from, const ObjectRef& ref, const QString& defaultGroup) const
{
    QString group = defaultGroup;
    if (!ref.apiVersion.isEmpty()) {
        const qsizetype slash = ref.apiVersion.indexOf(QLatin1Char('/'));
        group = slash < 0 ? QString() : ref.apiVersion.left(slash);
    } else if (const FluxKind* k = [&]() -> const FluxKind* {
                   for (const FluxKind& fk : FluxKinds::all()) {
                       if (fk.kind == ref.kind)
                           return &fk;
                   }
                   return nullptr;
               }()) {
        group = k->group;
    }
    ObjectId id;
    id.group = group;
    id.kind = ref.kind;
    id.ns = ref.ns.isEmpty() ? from.id.ns : ref.ns;
    id.name = ref.name;
    return find(from.cluster, id.key());
}

const Cluster* Fleet::cluster(const QString& name) const
{
    for (const Cluster& c : clusters) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

std::optional<QString> Fleet::sourceIgnore(const FluxObject& kustomization) const
{
    if (!kustomization.sourceRef || kustomization.sourceRef->kind != QLatin1String("GitRepository"))
        return std::nullopt;
    const int index = resolve(kustomization, *kustomization.sourceRef, FluxKinds::SourceGroup);
    if (index < 0 || !objects[size_t(index)].document)
        return std::nullopt;
    const YAML::Node ignore = yaml::at(objects[size_t(index)].document->node, {"spec", "ignore"});
    if (!ignore || !ignore.IsScalar())
        return std::nullopt;
    return QString::fromStdString(ignore.Scalar());
}

QString FleetBuilder::normaliseUrl(const QString& url)
{
    QString text = url.trimmed();
    // scp-style "git@host:org/repo.git" becomes "ssh://git@host/org/repo.git" for comparison.
    if (!text.contains(QLatin1String("://")) && text.contains(QLatin1Char(':')) && text.contains(QLatin1Char('@')))
        text = QStringLiteral("ssh://") + text.replace(text.indexOf(QLatin1Char(':')), 1, QLatin1Char('/'));
    QUrl parsed(text);
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        // The SSH user is part of the address (git@host); HTTP credentials are not.
        const bool keepUser = parsed.scheme().compare(QLatin1String("ssh"), Qt::CaseInsensitive) == 0;
        const QString user = parsed.userName();
        parsed.setUserInfo({});
        if (keepUser && !user.isEmpty())
            parsed.setUserName(user);
        parsed.setScheme(parsed.scheme().toLower());
        parsed.setHost(parsed.host().toLower());
        text = parsed.toString();
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    if (text.endsWith(QLatin1String(".git")))
        text.chop(4);
    return text;
}

QString FleetBuilder::repositoryNameFromUrl(const QString& url)
{
    const QString normalised = normaliseUrl(url);
    return normalised.mid(normalised.lastIndexOf(QLatin1Char('/')) + 1);
}

QStringList FleetBuilder::gitRepositoryUrls(const RepositoryContent& repository)
{
    QStringList urls;
    for (const ParsedFilePtr& file : repository.files) {
        for (const ManifestDocument& doc : file->documents) {
            if (doc.id.kind == QLatin1String("GitRepository") && doc.id.group == FluxKinds::SourceGroup) {
                const QString url = yaml::scalarAt(doc.node, {"spec", "url"});
                if (!url.isEmpty() && !urls.contains(url))
                    urls.append(url);
            }
        }
    }
    return urls;
}

namespace {

std::optional<ObjectRef> readRef(const ManifestDocument& doc, const YAML::Node& node)
{
    if (!node.IsDefined() || !node.IsMap())
        return std::nullopt;
    ObjectRef ref;
    ref.apiVersion = yaml::scalar(node, "apiVersion");
    ref.kind = yaml::scalar(node, "kind");
    ref.name = yaml::scalar(node, "name");
    ref.ns = yaml::scalar(node, "namespace");
    ref.location = doc.locate(node);
    return ref;
}

FluxObject makeFluxObject(const RepositoryContent* repo, const ParsedFile* file, const ManifestDocument* doc,
                          const QString& cluster)
{
    FluxObject obj;
    obj.id = doc->id;
    obj.repository = repo;
    obj.file = file;
    obj.document = doc;
    obj.cluster = cluster;
    const YAML::Node& node = doc->node;
    const YAML::Node spec = yaml::child(node, "spec");
    obj.serviceAccountName = yaml::scalar(spec, "serviceAccountName");
    obj.prune = yaml::boolAt(spec, {"prune"});
    obj.path = yaml::scalar(spec, "path");
    obj.targetNamespace = yaml::scalar(spec, "targetNamespace");
    obj.suspended = yaml::boolAt(spec, {"suspend"}).value_or(false);
    obj.tenantLabel = yaml::toString(yaml::child(yaml::at(node, {"metadata", "labels"}), "toolkit.fluxcd.io/tenant"));
    obj.url = yaml::scalar(spec, "url");
    if (!obj.url.isEmpty())
        obj.normalisedUrl = FleetBuilder::normaliseUrl(obj.url);
    obj.branch = yaml::scalarAt(spec, {"ref", "branch"});

    if (obj.isHelmRelease()) {
        // HelmRelease: spec.chart.spec.sourceRef, or spec.chartRef.
        obj.sourceRef = readRef(*doc, yaml::at(spec, {"chart", "spec", "sourceRef"}));
        if (!obj.sourceRef)
            obj.sourceRef = readRef(*doc, yaml::child(spec, "chartRef"));
    } else {
        obj.sourceRef = readRef(*doc, yaml::child(spec, "sourceRef"));
    }
    const YAML::Node depends = yaml::child(spec, "dependsOn");
    if (depends.IsDefined() && depends.IsSequence()) {
        for (const YAML::Node& item : depends) {
            if (auto ref = readRef(*doc, item)) {
                if (ref->kind.isEmpty())
                    ref->kind = obj.id.kind;
                obj.dependsOn.push_back(*ref);
            }
        }
    }
    return obj;
}

class Discovery
{
public:
    Discovery(Fleet& fleet, const FleetBuilder::RepositoryMap& byUrl, FluxSpecCache* specs)
        : m_fleet(fleet)
        , m_byUrl(byUrl)
        , m_specs(specs)
    {
    }

    void discoverCluster(Cluster& cluster)
    {
        const auto rootResolution = resolve(m_fleet.platform, cluster.directory);
        const KustomizeResolution& root = *rootResolution;
        m_fleet.issues.insert(m_fleet.issues.end(), root.problems.begin(), root.problems.end());

        std::deque<int> queue;
        const std::vector<int> found = addApplied(cluster.name, root.documents, queue);
        for (int index : found) {
            const FluxObject& obj = m_fleet.objects[size_t(index)];
            if (obj.isKustomization() && RepositoryContent::normalisePath(obj.path) == cluster.directory
                && cluster.rootKustomization < 0) {
                cluster.rootKustomization = index;
            }
        }
        if (cluster.rootKustomization >= 0) {
            FluxObject& rootObj = m_fleet.objects[size_t(cluster.rootKustomization)];
            rootObj.sourceRepository = m_fleet.platform.get();
            rootObj.applied = root.documents;
            rootObj.remoteBases = root.remoteBases;
            rootObj.childObjects = found;
            m_expanded.insert(cluster.rootKustomization);
        }

        while (!queue.empty()) {
            const int index = queue.front();
            queue.pop_front();
            if (m_expanded.contains(index))
                continue;
            m_expanded.insert(index);
            expand(index, queue);
        }
    }

private:
    std::vector<int> addApplied(const QString& cluster, const std::vector<AppliedDocument>& docs, std::deque<int>& queue)
    {
        std::vector<int> result;
        for (const AppliedDocument& applied : docs) {
            const ManifestDocument& doc = *applied.document;
            if (!FluxKinds::find(doc.id.group, doc.id.kind))
                continue;
            const QString key = cluster + QLatin1Char('|') + doc.id.key();
            int index = m_fleet.indexByKey.value(key, -1);
            if (index < 0) {
                index = int(m_fleet.objects.size());
                m_fleet.objects.push_back(fluxObject(applied, cluster));
                m_fleet.indexByKey.insert(key, index);
                if (m_fleet.objects.back().isKustomization())
                    queue.push_back(index);
            }
            result.push_back(index);
        }
        return result;
    }

    std::shared_ptr<const RepositoryContent> sharedRepository(const RepositoryContent* repo) const
    {
        if (m_fleet.platform.get() == repo)
            return m_fleet.platform;
        for (const auto& candidate : m_byUrl) {
            if (candidate.get() == repo)
                return candidate;
        }
        return {};
    }

    /// What a path applies, from the cache while the repository's content is unchanged.
    std::shared_ptr<const KustomizeResolution> resolve(const std::shared_ptr<const RepositoryContent>& repo,
                                                       const QString& path)
    {
        if (m_specs && repo) {
            if (auto cached = m_specs->findResolution(repo.get(), path))
                return cached;
        }
        auto resolution = std::make_shared<const KustomizeResolution>(KustomizeResolver::resolve(*repo, path, m_specs));
        if (m_specs && repo)
            m_specs->insertResolution(repo, path, resolution);
        return resolution;
    }

    FluxObject fluxObject(const AppliedDocument& applied, const QString& cluster)
    {
        if (!m_specs)
            return makeFluxObject(applied.repository, applied.file, applied.document, cluster);
        if (const FluxObject* cached = m_specs->find(applied.document)) {
            FluxObject obj = *cached;
            obj.repository = applied.repository;
            obj.file = applied.file;
            obj.cluster = cluster;
            return obj;
        }
        FluxObject obj = makeFluxObject(applied.repository, applied.file, applied.document, cluster);
        const auto index = applied.repository->indexByPath.constFind(applied.file->path);
        if (index != applied.repository->indexByPath.constEnd())
            m_specs->insert(applied.repository->files.at(size_t(*index)), applied.document, obj);
        return obj;
    }

    const RepositoryContent* repositoryFor(const FluxObject& source) const
    {
        if (source.id.kind != QLatin1String("GitRepository"))
            return nullptr;
        if (const auto it = m_byUrl.constFind(source.normalisedUrl); it != m_byUrl.constEnd())
            return it->get();
        // The platform's own source: the one flux bootstrap names flux-system, or one in the platform
        // repository that points at a repository we don't have separately.
        if (source.id.name == QLatin1String("flux-system") && source.id.ns == QLatin1String("flux-system"))
            return m_fleet.platform.get();
        return nullptr;
    }

    void expand(int index, std::deque<int>& queue)
    {
        FluxObject& obj = m_fleet.objects[size_t(index)];
        if (!obj.sourceRef)
            return;
        const int sourceIndex = m_fleet.resolve(obj, *obj.sourceRef, FluxKinds::SourceGroup);
        if (sourceIndex < 0)
            return;
        const RepositoryContent* repo = repositoryFor(m_fleet.objects[size_t(sourceIndex)]);
        if (!repo)
            return;
        if (!RepositoryContent::normalisePath(obj.path)) {
            obj.pathEscapes = true;
            obj.sourceRepository = repo;
            return;
        }
        const auto owner = sharedRepository(repo);
        const auto shared = owner ? resolve(owner, obj.path)
                                  : std::make_shared<const KustomizeResolution>(KustomizeResolver::resolve(*repo, obj.path));
        KustomizeResolution resolution = *shared;
        const SourceLocation pathLocation = obj.document->locate(yaml::at(obj.document->node, {"spec", "path"}));
        for (Issue& problem : resolution.problems) {
            if (problem.location.file.isEmpty())
                problem.location = pathLocation;
            problem.objectKey = obj.id.key();
            problem.objectName = obj.id.displayName();
            m_fleet.issues.push_back(std::move(problem));
        }
        const QString cluster = obj.cluster;
        std::vector<int> children = addApplied(cluster, resolution.documents, queue);
        // addApplied may have grown the vector: take the reference again.
        FluxObject& updated = m_fleet.objects[size_t(index)];
        updated.sourceRepository = repo;
        updated.applied = std::move(resolution.documents);
        updated.remoteBases = std::move(resolution.remoteBases);
        updated.pathEscapes = resolution.escapes;
        updated.childObjects = std::move(children);
    }

    Fleet& m_fleet;
    const FleetBuilder::RepositoryMap& m_byUrl;
    FluxSpecCache* m_specs = nullptr;
    QSet<int> m_expanded;
};

/// The tenant an object belongs to: the tenant label, or, for a deployer with its own service account outside
/// flux-system, its namespace.
QString ownTenant(const FluxObject& obj)
{
    if (!obj.tenantLabel.isEmpty())
        return obj.tenantLabel;
    if (obj.isDeployer() && !obj.serviceAccountName.isEmpty() && obj.effectiveNamespace() != QLatin1String("flux-system"))
        return obj.effectiveNamespace();
    return {};
}

void assignTenants(Fleet& fleet)
{
    // Who applies whom: the first Kustomization (in discovery order) that lists an object as a child.
    std::vector<int> parentOf(fleet.objects.size(), -1);
    for (int i = 0; i < int(fleet.objects.size()); ++i) {
        for (int child : fleet.objects[size_t(i)].childObjects) {
            if (child != i && parentOf[size_t(child)] < 0)
                parentOf[size_t(child)] = i;
        }
    }
    // Objects are discovered breadth first, so a parent's tenant is known before its children's. What a tenant's
    // Kustomization applies belongs to that tenant (unless it says otherwise with the tenant label), whatever
    // service account or namespace it has; the rest declare their own tenant, or are the platform's.
    QHash<QString, QString> tenantByNamespace; // "cluster|namespace" -> tenant
    for (int i = 0; i < int(fleet.objects.size()); ++i) {
        FluxObject& obj = fleet.objects[size_t(i)];
        const int parent = parentOf[size_t(i)];
        const QString inherited = parent >= 0 ? fleet.objects[size_t(parent)].tenant : QString();
        obj.tenant = !obj.tenantLabel.isEmpty() ? obj.tenantLabel : !inherited.isEmpty() ? inherited : ownTenant(obj);
        if (!obj.tenant.isEmpty() && obj.isDeployer())
            tenantByNamespace.insert(obj.cluster + QLatin1Char('|') + obj.effectiveNamespace(), obj.tenant);
    }
    // Other Flux objects in a tenant's namespace (its GitRepository) belong to it too, and so does what they apply.
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < int(fleet.objects.size()); ++i) {
            FluxObject& obj = fleet.objects[size_t(i)];
            if (!obj.tenant.isEmpty())
                continue;
            QString tenant = tenantByNamespace.value(obj.cluster + QLatin1Char('|') + obj.effectiveNamespace());
            const int parent = parentOf[size_t(i)];
            if (tenant.isEmpty() && parent >= 0)
                tenant = fleet.objects[size_t(parent)].tenant;
            if (!tenant.isEmpty()) {
                obj.tenant = tenant;
                changed = true;
            }
        }
    }
}

void groupObjects(Fleet& fleet)
{
    for (Cluster& cluster : fleet.clusters) {
        QHash<QString, size_t> tenantIndex;
        for (int i = 0; i < int(fleet.objects.size()); ++i) {
            const FluxObject& obj = fleet.objects[size_t(i)];
            if (obj.cluster != cluster.name)
                continue;
            if (obj.tenant.isEmpty()) {
                cluster.platformObjects.push_back(i);
                continue;
            }
            auto it = tenantIndex.constFind(obj.tenant);
            if (it == tenantIndex.constEnd()) {
                Tenant tenant;
                tenant.name = obj.tenant;
                tenant.cluster = cluster.name;
                it = tenantIndex.insert(obj.tenant, cluster.tenants.size());
                cluster.tenants.push_back(std::move(tenant));
            }
            Tenant& tenant = cluster.tenants[*it];
            tenant.objects.push_back(i);
            if (obj.isDeployer() && tenant.ns.isEmpty())
                tenant.ns = obj.effectiveNamespace();
            if (obj.isDeployer() && tenant.serviceAccountName.isEmpty())
                tenant.serviceAccountName = obj.serviceAccountName;
        }
        for (Tenant& tenant : cluster.tenants) {
            if (tenant.ns.isEmpty() && !tenant.objects.empty())
                tenant.ns = fleet.objects[size_t(tenant.objects.front())].effectiveNamespace();
        }
        std::sort(cluster.tenants.begin(), cluster.tenants.end(),
                  [](const Tenant& a, const Tenant& b) { return a.name < b.name; });
    }
}

} // namespace

Fleet FleetBuilder::build(std::shared_ptr<const RepositoryContent> platform, RepositoryMap repositoriesByUrl,
                          FluxSpecCache* specs)
{
    Fleet fleet;
    fleet.platform = std::move(platform);
    fleet.repositoriesByUrl = std::move(repositoriesByUrl);
    const RepositoryContent& repo = *fleet.platform;

    QStringList clusterNames;
    for (const ParsedFilePtr& file : repo.files) {
        if (!file->path.startsWith(QLatin1String("clusters/")))
            continue;
        const QStringList parts = file->path.split(QLatin1Char('/'));
        if (parts.size() >= 3 && !clusterNames.contains(parts.at(1)))
            clusterNames.append(parts.at(1));
    }
    clusterNames.sort();
    if (clusterNames.isEmpty()) {
        // A repository without clusters/: one cluster, named after the repository, applying its root.
        Cluster cluster;
        cluster.name = repo.name;
        fleet.clusters.push_back(cluster);
    }
    for (const QString& name : clusterNames) {
        Cluster cluster;
        cluster.name = name;
        cluster.directory = QStringLiteral("clusters/") + name;
        fleet.clusters.push_back(cluster);
    }

    Discovery discovery(fleet, fleet.repositoriesByUrl, specs);
    for (Cluster& cluster : fleet.clusters)
        discovery.discoverCluster(cluster);
    assignTenants(fleet);
    groupObjects(fleet);
    return fleet;
}

} // namespace fleetdesk
