#include "RepositoryLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace fleetdesk {

ParsedFilePtr ParsedFileCache::find(const QString& path, const QByteArray& blobId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_byPath.constFind(path);
    if (it != m_byPath.constEnd() && (*it)->blobId == blobId)
        return *it;
    return {};
}

void ParsedFileCache::insert(const ParsedFilePtr& file)
{
    QMutexLocker lock(&m_mutex);
    m_byPath.insert(file->path, file);
}

void ParsedFileCache::retainOnly(const QSet<QString>& livePaths)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_byPath.begin(); it != m_byPath.end();) {
        if (livePaths.contains(it.key()))
            ++it;
        else
            it = m_byPath.erase(it);
    }
}

qsizetype ParsedFileCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_byPath.size();
}

RepositoryLoader::RepositoryLoader(ParseLimits limits)
    : m_limits(limits)
{
}

namespace {

bool isYamlFile(const QString& name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"));
}

bool isInside(const QString& canonicalRoot, const QString& canonicalPath)
{
    return canonicalPath == canonicalRoot || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

struct PendingFile
{
    QString relativePath;
    QString absolutePath;
};

} // namespace

RepositoryContent RepositoryLoader::load(const QString& root, ParsedFileCache& cache,
                                         const RepositoryContent* previous)
{
    RepositoryContent content;
    const QFileInfo rootInfo(root);
    content.root = rootInfo.canonicalFilePath().isEmpty() ? rootInfo.absoluteFilePath() : rootInfo.canonicalFilePath();
    content.name = QFileInfo(content.root).fileName();
    const QDir rootDir(content.root);

    std::vector<PendingFile> pending;
    QHash<QString, FileStamp> stamps;

    // Hidden entries (.git, editor state) are skipped; symlinked directories are not followed.
    QDirIterator it(content.root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = rootDir.relativeFilePath(info.absoluteFilePath());
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                if (isYamlFile(info.fileName()))
                    content.refused.push_back(
                        {QCoreApplication::translate("RepositoryLoader", "dangling symlink to %1")
                             .arg(info.symLinkTarget()),
                         {relative, 0, 0},
                         QStringLiteral("input.symlink")});
                continue;
            }
            if (!isInside(content.root, target)) {
                content.refused.push_back(
                    {QCoreApplication::translate("RepositoryLoader",
                                                 "symlink points outside the repository (%1): not read")
                         .arg(info.symLinkTarget()),
                     {relative, 0, 0},
                     QStringLiteral("input.symlink-escape")});
                continue;
            }
            if (info.isDir())
                continue;
        }
        if (!info.isFile() || !isYamlFile(info.fileName()))
            continue;
        if (info.size() > m_limits.maxFileBytes) {
            content.refused.push_back(
                {QCoreApplication::translate("RepositoryLoader", "file is %1 MB, larger than the %2 MB limit: not read")
                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(m_limits.maxFileBytes / (1024 * 1024)),
                 {relative, 0, 0},
                 QStringLiteral("limit.size")});
            continue;
        }
        const FileStamp stamp{info.size(), info.lastModified()};
        stamps.insert(relative, stamp);
        if (previous) {
            const auto old = m_stamps.constFind(relative);
            if (old != m_stamps.constEnd() && *old == stamp) {
                if (const ParsedFile* known = previous->file(relative)) {
                    content.files.push_back(previous->files.at(size_t(previous->indexByPath.value(relative))));
                    Q_UNUSED(known);
                    continue;
                }
            }
        }
        pending.push_back({relative, info.absoluteFilePath()});
    }

    std::atomic<int> parsed{0};
    const ManifestParser parser(m_limits);
    const auto readOne = [&cache, &parser, &parsed](const PendingFile& entry) -> ParsedFilePtr {
        QFile file(entry.absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            auto failed = std::make_shared<ParsedFile>();
            failed->path = entry.relativePath;
            failed->errors.push_back({QCoreApplication::translate("RepositoryLoader", "cannot read: %1")
                                          .arg(file.errorString()),
                                      {entry.relativePath, 0, 0},
                                      QStringLiteral("input.io")});
            return failed;
        }
        const QByteArray bytes = file.readAll();
        const QByteArray blobId = ManifestParser::gitBlobId(bytes);
        if (ParsedFilePtr cached = cache.find(entry.relativePath, blobId))
            return cached;
        ++parsed;
        auto result = std::make_shared<const ParsedFile>(parser.parse(entry.relativePath, bytes));
        cache.insert(result);
        return result;
    };

    std::vector<ParsedFilePtr> fresh;
    if (pending.size() > 8) {
        const QList<ParsedFilePtr> mapped =
            QtConcurrent::blockingMapped<QList<ParsedFilePtr>>(pending.begin(), pending.end(), readOne);
        fresh.assign(mapped.begin(), mapped.end());
    } else {
        for (const PendingFile& entry : pending)
            fresh.push_back(readOne(entry));
    }
    m_filesRead = int(pending.size());
    m_filesParsed = parsed;

    content.files.insert(content.files.end(), fresh.begin(), fresh.end());
    std::sort(content.files.begin(), content.files.end(),
              [](const ParsedFilePtr& a, const ParsedFilePtr& b) { return a->path < b->path; });
    std::sort(content.refused.begin(), content.refused.end(),
              [](const Error& a, const Error& b) { return a.where.file < b.where.file; });
    content.indexByPath.reserve(qsizetype(content.files.size()));
    for (size_t i = 0; i < content.files.size(); ++i)
        content.indexByPath.insert(content.files[i]->path, qsizetype(i));
    m_stamps = std::move(stamps);
    return content;
}

} // namespace fleetdesk
