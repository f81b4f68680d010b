#include "FluxSpecCache.h"

#include "fleet/KustomizeResolver.h"

#include <QSet>

namespace fleetdesk {

const FluxObject* FluxSpecCache::find(const ManifestDocument* document) const
{
    const auto it = m_specs.constFind(document);
    return it == m_specs.constEnd() ? nullptr : &*it;
}

void FluxSpecCache::insert(const ParsedFilePtr& file, const ManifestDocument* document, const FluxObject& spec)
{
    m_files.insert(file.get(), file);
    m_specs.insert(document, spec);
}

const FluxSpecCache::ResourceList* FluxSpecCache::findResources(const ManifestDocument* document) const
{
    const auto it = m_resources.constFind(document);
    return it == m_resources.constEnd() ? nullptr : &*it;
}

void FluxSpecCache::insertResources(const ParsedFilePtr& file, const ManifestDocument* document,
                                    ResourceList resources)
{
    m_files.insert(file.get(), file);
    m_resources.insert(document, std::move(resources));
}

std::shared_ptr<const KustomizeResolution> FluxSpecCache::findResolution(const RepositoryContent* repository,
                                                                         const QString& path) const
{
    return m_resolutions.value(qMakePair(repository, path));
}

void FluxSpecCache::insertResolution(const std::shared_ptr<const RepositoryContent>& repository, const QString& path,
                                     std::shared_ptr<const KustomizeResolution> resolution)
{
    m_repositories.insert(repository.get(), repository);
    m_resolutions.insert(qMakePair(repository.get(), path), std::move(resolution));
}

void FluxSpecCache::retainResolutions(const std::vector<const RepositoryContent*>& repositories)
{
    const QSet<const RepositoryContent*> live(repositories.begin(), repositories.end());
    for (auto it = m_resolutions.begin(); it != m_resolutions.end();) {
        if (live.contains(it.key().first))
            ++it;
        else
            it = m_resolutions.erase(it);
    }
    for (auto it = m_repositories.begin(); it != m_repositories.end();) {
        if (live.contains(it.key()))
            ++it;
        else
            it = m_repositories.erase(it);
    }
}

void FluxSpecCache::retainOnly(const std::vector<const RepositoryContent*>& repositories)
{
    retainResolutions(repositories);
    QSet<const ParsedFile*> live;
    for (const RepositoryContent* repository : repositories) {
        for (const ParsedFilePtr& file : repository->files)
            live.insert(file.get());
    }
    QSet<const ManifestDocument*> dropped;
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (live.contains(it.key())) {
            ++it;
            continue;
        }
        for (const ManifestDocument& doc : it.value()->documents)
            dropped.insert(&doc);
        it = m_files.erase(it);
    }
    for (const ManifestDocument* doc : std::as_const(dropped)) {
        m_specs.remove(doc);
        m_resources.remove(doc);
    }
}

} // namespace fleetdesk
