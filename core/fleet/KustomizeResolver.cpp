#include "KustomizeResolver.h"

#include "manifest/FluxKinds.h"
#include "manifest/YamlAccess.h"

#include <QCoreApplication>
#include <QSet>

namespace fleetdesk {

namespace {

QString joinPath(const QString& dir, const QString& entry)
{
    return dir.isEmpty() ? entry : dir + QLatin1Char('/') + entry;
}

QString parentDir(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

class Resolver
{
public:
    Resolver(const RepositoryContent& repository, FluxSpecCache* cache) : m_repo(repository), m_cache(cache) {}

    void resolveDirectory(const QString& dir, const SourceLocation& requestedAt)
    {
        if (m_visited.contains(dir))
            return;
        m_visited.insert(dir);

        if (const ParsedFile* kustomization = kustomizationFileIn(dir)) {
            resolveKustomization(dir, *kustomization);
            return;
        }

        const std::vector<const ParsedFile*> files = m_repo.filesUnder(dir);
        if (files.empty()) {
            problem(QCoreApplication::translate("KustomizeResolver", "path '%1' has no manifests in %2")
                        .arg(dir.isEmpty() ? QStringLiteral(".") : dir, m_repo.name),
                    requestedAt);
            return;
        }
        // What Flux generates when there is no kustomization.yaml: every manifest below the path, except that a
        // subdirectory with its own kustomization.yaml is one resource.
        for (const ParsedFile* file : files) {
            const QString nested = nearestKustomizationDir(dir, parentDir(file->path));
            if (!nested.isNull()) {
                resolveDirectory(nested, requestedAt);
                continue;
            }
            addDocuments(*file);
        }
    }

    KustomizeResolution result;

private:
    const ParsedFile* kustomizationFileIn(const QString& dir) const
    {
        for (const char* name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
            if (const ParsedFile* f = m_repo.file(joinPath(dir, QLatin1String(name))))
                return f;
        }
        return nullptr;
    }

    /// The outermost directory strictly below `root` and at or above `dir` that has a kustomization file.
    QString nearestKustomizationDir(const QString& root, const QString& dir) const
    {
        QString found;
        QString current = dir;
        while (current != root && current.size() > root.size()) {
            if (kustomizationFileIn(current))
                found = current;
            current = parentDir(current);
        }
        return found;
    }

    void addDocuments(const ParsedFile& file)
    {
        for (const ManifestDocument& doc : file.documents) {
            if (!doc.isObject() || doc.id.group == FluxKinds::KustomizeConfigGroup)
                continue;
            result.documents.push_back({&m_repo, &file, &doc});
        }
    }

    void resolveKustomization(const QString& dir, const ParsedFile& file)
    {
        if (file.documents.empty())
            return;
        const ManifestDocument& doc = file.documents.front();
        const FluxSpecCache::ResourceList* cached = m_cache ? m_cache->findResources(&doc) : nullptr;
        FluxSpecCache::ResourceList read;
        if (!cached) {
            for (const char* key : {"resources", "bases", "components"}) {
                const YAML::Node list = yaml::child(doc.node, key);
                if (!list.IsDefined() || !list.IsSequence())
                    continue;
                for (const YAML::Node& item : list) {
                    const QString entry = yaml::toString(item);
                    if (!entry.isEmpty())
                        read.emplace_back(entry, doc.locate(item));
                }
            }
            if (m_cache) {
                const auto index = m_repo.indexByPath.constFind(file.path);
                if (index != m_repo.indexByPath.constEnd())
                    m_cache->insertResources(m_repo.files.at(size_t(*index)), &doc, read);
            }
        }
        // A copy: resolving a resource below inserts into the cache, which may move its entries.
        const FluxSpecCache::ResourceList entries = cached ? *cached : read;
        {
            for (const auto& [entry, where] : entries) {
                if (KustomizeResolver::isRemoteResource(entry)) {
                    result.remoteBases.emplace_back(entry, where);
                    continue;
                }
                const std::optional<QString> target = RepositoryContent::normalisePath(joinPath(dir, entry));
                if (!target) {
                    result.escapes = true;
                    problem(QCoreApplication::translate("KustomizeResolver",
                                                        "resource '%1' points outside the repository")
                                .arg(entry),
                            where);
                    continue;
                }
                if (const ParsedFile* resource = m_repo.file(*target)) {
                    addDocuments(*resource);
                } else if (!m_repo.filesUnder(*target).empty()) {
                    resolveDirectory(*target, where);
                } else {
                    problem(QCoreApplication::translate("KustomizeResolver", "resource '%1' not found").arg(entry),
                            where);
                }
            }
        }
    }

    void problem(const QString& message, const SourceLocation& where)
    {
        Issue issue;
        issue.severity = Severity::Warning;
        issue.ruleId = QStringLiteral("load/kustomize");
        issue.message = message;
        issue.location = where;
        issue.repository = m_repo.name;
        result.problems.push_back(std::move(issue));
    }

    const RepositoryContent& m_repo;
    FluxSpecCache* m_cache = nullptr;
    QSet<QString> m_visited;
};

} // namespace

bool KustomizeResolver::isKustomizationFile(const QString& fileName)
{
    return fileName == QLatin1String("kustomization.yaml") || fileName == QLatin1String("kustomization.yml")
        || fileName == QLatin1String("Kustomization");
}

bool KustomizeResolver::isRemoteResource(const QString& entry)
{
    return entry.contains(QLatin1String("://")) || entry.startsWith(QLatin1String("git@"))
        || entry.startsWith(QLatin1String("github.com/")) || entry.startsWith(QLatin1String("gitlab.com/"))
        || entry.startsWith(QLatin1String("bitbucket.org/")) || entry.contains(QLatin1String("?ref="))
        || entry.contains(QLatin1String("?version="));
}

KustomizeResolution KustomizeResolver::resolve(const RepositoryContent& repository, const QString& path,
                                               FluxSpecCache* cache)
{
    Resolver resolver(repository, cache);
    const std::optional<QString> dir = RepositoryContent::normalisePath(path);
    if (!dir) {
        resolver.result.escapes = true;
        return std::move(resolver.result);
    }
    resolver.resolveDirectory(*dir, SourceLocation{});
    return std::move(resolver.result);
}

} // namespace fleetdesk
