#pragma once

#include "manifest/ManifestParser.h"
#include "manifest/RepositoryContent.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace fleetdesk {

/// Parsed files by (path, git blob id): a file is parsed again only when its content changed.
class ParsedFileCache
{
public:
    ParsedFilePtr find(const QString& path, const QByteArray& blobId) const;
    void insert(const ParsedFilePtr& file);
    /// Drops entries whose path is not in `livePaths`.
    void retainOnly(const QSet<QString>& livePaths);
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, ParsedFilePtr> m_byPath;
};

/// Reads every YAML file of a checkout, in parallel, through the cache. Refuses what must not be read:
/// symlinks that leave the repository, oversized files, binary files.
class RepositoryLoader
{
public:
    struct FileStamp
    {
        qint64 size = 0;
        QDateTime modified;
        bool operator==(const FileStamp&) const = default;
    };

    explicit RepositoryLoader(ParseLimits limits = {});

    /// Loads a checkout. Files whose size and modification time did not change since `previous` are taken from it
    /// without reading; the others are read and looked up in the cache by blob id.
    ///
    /// With `changedPaths` (absolute paths of files and folders a file watcher reported), only those are looked
    /// at again: a folder is scanned again with everything below it, a file is read again or dropped when it is
    /// gone, and everything else is taken from `previous` without touching the disk.
    RepositoryContent load(const QString& root, ParsedFileCache& cache, const RepositoryContent* previous = nullptr,
                           const QStringList* changedPaths = nullptr);

    int filesReadLastLoad() const { return m_filesRead; }
    int filesParsedLastLoad() const { return m_filesParsed; }

private:
    ParseLimits m_limits;
    QHash<QString, FileStamp> m_stamps;
    int m_filesRead = 0;
    int m_filesParsed = 0;
};

} // namespace fleetdesk
