#pragma once

#include "fleet/Fleet.h"

#include <QHash>

namespace fleetdesk {

struct KustomizeResolution;

/// The spec fields of Flux objects, read from their YAML once per document and kept while the document's file
/// is unchanged: a reload after one edit then reads YAML only for the edited file. The cache holds the files it
/// has entries for, so a document's address is never reused while it is a key. One thread only.
class FluxSpecCache
{
public:
    /// The cached fields for a document, or nullptr.
    const FluxObject* find(const ManifestDocument* document) const;
    void insert(const ParsedFilePtr& file, const ManifestDocument* document, const FluxObject& spec);
    /// Drops the entries of files that none of `repositories` holds any more.
    void retainOnly(const std::vector<const RepositoryContent*>& repositories);
    qsizetype size() const { return m_specs.size(); }

    /// The `resources`, `bases` and `components` entries of a kustomization.yaml document, with their positions.
    using ResourceList = std::vector<std::pair<QString, SourceLocation>>;
    const ResourceList* findResources(const ManifestDocument* document) const;
    void insertResources(const ParsedFilePtr& file, const ManifestDocument* document, ResourceList resources);

    /// What a path of an unchanged repository applies: valid while that repository's content is the same object.
    std::shared_ptr<const KustomizeResolution> findResolution(const RepositoryContent* repository,
                                                              const QString& path) const;
    void insertResolution(const std::shared_ptr<const RepositoryContent>& repository, const QString& path,
                          std::shared_ptr<const KustomizeResolution> resolution);
    /// Drops the resolutions of repository contents other than `repositories`.
    void retainResolutions(const std::vector<const RepositoryContent*>& repositories);

private:
    QHash<const RepositoryContent*, std::shared_ptr<const RepositoryContent>> m_repositories;
    QHash<QPair<const RepositoryContent*, QString>, std::shared_ptr<const KustomizeResolution>> m_resolutions;
    QHash<const ManifestDocument*, FluxObject> m_specs;
    QHash<const ManifestDocument*, ResourceList> m_resources;
    QHash<const ParsedFile*, ParsedFilePtr> m_files;
};

} // namespace fleetdesk
