#include "FluxSpecCache.h"

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

void FluxSpecCache::retainOnly(const std::vector<const RepositoryContent*>& repositories)
{
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
