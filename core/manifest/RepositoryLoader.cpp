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
                                         const RepositoryContent* previous, const QStringList* changedPaths)
{
    RepositoryContent content;
    const QFileInfo rootInfo(root);
    content.root = rootInfo.canonicalFilePath().isEmpty() ? rootInfo.absoluteFilePath() : rootInfo.canonicalFilePath();
    content.name = QFileInfo(content.root).fileName();
    const QDir rootDir(content.root);

    std::vector<PendingFile> pending;
    QHash<QString, FileStamp> stamps;

    // One directory entry: refused, taken from the previous load, or read again.
    const auto examine = [&](const QFileInfo& info) {
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
                return;
            }
            if (!isInside(content.root, target)) {
                content.refused.push_back(
                    {QCoreApplication::translate("RepositoryLoader",
                                                 "symlink points outside the repository (%1): not read")
                         .arg(info.symLinkTarget()),
                     {relative, 0, 0},
                     QStringLiteral("input.symlink-escape")});
                return;
            }
            if (info.isDir())
                return;
        }
        if (!info.isFile() || !isYamlFile(info.fileName()))
            return;
        if (info.size() > m_limits.maxFileBytes) {
            content.refused.push_back(
                {QCoreApplication::translate("RepositoryLoader", "file is %1 MB, larger than the %2 MB limit: not read")
                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(m_limits.maxFileBytes / (1024 * 1024)),
                 {relative, 0, 0},
                 QStringLiteral("limit.size")});
            return;
        }
        const FileStamp stamp{info.size(), info.lastModified()};
        stamps.insert(relative, stamp);
        if (previous) {
            const auto old = m_stamps.constFind(relative);
            const auto known = previous->indexByPath.constFind(relative);
            if (old != m_stamps.constEnd() && *old == stamp && known != previous->indexByPath.constEnd()) {
                content.files.push_back(previous->files.at(size_t(*known)));
                return;
            }
        }
        pending.push_back({relative, info.absoluteFilePath()});
    };
    // Hidden entries (.git, editor state) are skipped; symlinked directories are not followed.
    const auto scanTree = [&](const QString& dir) {
        QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            examine(it.fileInfo());
        }
    };

    if (previous && changedPaths) {
        // Incremental: keep what is outside the changed paths, look again at what is inside them.
        QStringList changedDirs;
        QSet<QString> changedFiles;
        for (const QString& path : *changedPaths) {
            const QString relative = rootDir.relativeFilePath(QFileInfo(path).absoluteFilePath());
            if (relative.startsWith(QLatin1String("..")))
                continue;
            if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
                changedDirs.append(relative == QLatin1String(".") ? QString() : relative);
            else
                changedFiles.insert(relative);
        }
        const auto isChanged = [&](const QString& relative) {
            if (changedFiles.contains(relative))
                return true;
            for (const QString& dir : std::as_const(changedDirs)) {
                if (dir.isEmpty() || relative.startsWith(dir + QLatin1Char('/')))
                    return true;
            }
            return false;
        };
        for (const ParsedFilePtr& file : previous->files) {
            if (!isChanged(file->path)) {
                content.files.push_back(file);
                stamps.insert(file->path, m_stamps.value(file->path));
            }
        }
        for (const Error& refused : previous->refused) {
            if (!isChanged(refused.where.file))
                content.refused.push_back(refused);
        }
        for (const QString& dir : std::as_const(changedDirs))
            scanTree(dir.isEmpty() ? content.root : rootDir.filePath(dir));
        for (const QString& file : std::as_const(changedFiles)) {
            const QFileInfo info(rootDir.filePath(file));
            if (info.exists() || info.isSymLink())
                examine(info);
        }
        // A file both in a changed directory and named itself is examined twice: keep it once.
        std::sort(pending.begin(), pending.end(),
                  [](const PendingFile& a, const PendingFile& b) { return a.relativePath < b.relativePath; });
        pending.erase(std::unique(pending.begin(), pending.end(),
                                  [](const PendingFile& a, const PendingFile& b) {
                                      return a.relativePath == b.relativePath;
                                  }),
                      pending.end());
    } else {
        scanTree(content.root);
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
