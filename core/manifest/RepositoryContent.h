#pragma once

#include "manifest/ManifestDocument.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace fleetdesk {

/// Everything read from one repository checkout: its parsed YAML files, and the files refused before parsing.
struct RepositoryContent
{
    QString root; ///< absolute, canonical path of the checkout
    QString name; ///< the checkout's folder name
    std::vector<ParsedFilePtr> files; ///< sorted by path
    std::vector<Error> refused;       ///< files that were not read at all (symlink escapes, size)

    const ParsedFile* file(const QString& relativePath) const;
    /// Every document of every file at or below a directory ("" or "." is the whole repository).
    void forEachDocumentUnder(const QString& relativeDir,
                              const std::function<void(const ParsedFile&, const ManifestDocument&)>& visit) const;
    /// Files directly in or below a directory, in path order.
    std::vector<const ParsedFile*> filesUnder(const QString& relativeDir) const;
    int documentCount() const;

    /// Normalises a repository path: strips "./", collapses "a/../b"; returns nullopt when it escapes the root.
    static std::optional<QString> normalisePath(const QString& path);

    /// Lookup index, rebuilt by RepositoryLoader.
    QHash<QString, qsizetype> indexByPath;
};

} // namespace fleetdesk
