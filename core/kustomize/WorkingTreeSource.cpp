#include "WorkingTreeSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fleetdesk {

WorkingTreeSource::WorkingTreeSource(const QString& root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_canonicalRoot(QFileInfo(root).canonicalFilePath())
{
}

std::unique_ptr<RenderFileSource> workingTreeSource(const QString& root)
{
    return std::make_unique<WorkingTreeSource>(root);
}

Result<QString> WorkingTreeSource::resolve(const QString& path) const
{
    if (QDir::isAbsolutePath(path))
        return makeError(QCoreApplication::translate("WorkingTreeSource", "%1: an absolute path is not allowed")
                             .arg(path),
                         {path}, QStringLiteral("kustomize.path"));
    const QString clean = QDir::cleanPath(path.isEmpty() ? QStringLiteral(".") : path);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return makeError(QCoreApplication::translate("WorkingTreeSource", "%1: path leaves the repository").arg(path),
                         {path}, QStringLiteral("kustomize.path"));
    const QString absolute = clean == QLatin1String(".") ? m_root : m_root + QLatin1Char('/') + clean;
    const QFileInfo info(absolute);
    if (info.exists() && !m_canonicalRoot.isEmpty()) {
        const QString canonical = info.canonicalFilePath();
        if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + QLatin1Char('/')))
            return makeError(QCoreApplication::translate("WorkingTreeSource",
                                                         "%1: a symbolic link leads out of the repository")
                                 .arg(path),
                             {path}, QStringLiteral("kustomize.symlink"));
    }
    return absolute;
}

bool WorkingTreeSource::isDirectory(const QString& path) const
{
    auto absolute = resolve(path);
    return absolute && QFileInfo(*absolute).isDir();
}

bool WorkingTreeSource::isFile(const QString& path) const
{
    auto absolute = resolve(path);
    return absolute && QFileInfo(*absolute).isFile();
}

QStringList WorkingTreeSource::entries(const QString& path) const
{
    auto absolute = resolve(path);
    if (!absolute)
        return {};
    return QDir(*absolute).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

Result<QByteArray> WorkingTreeSource::read(const QString& path) const
{
    auto absolute = resolve(path);
    if (!absolute)
        return std::unexpected(absolute.error());
    QFile file(*absolute);
    if (!QFileInfo(*absolute).isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("WorkingTreeSource", "%1: no such file").arg(path), {path},
                         QStringLiteral("kustomize.missing"));
    return file.readAll();
}

QByteArray WorkingTreeSource::contentKey(const QString& path) const
{
    auto absolute = resolve(path);
    if (!absolute)
        return {};
    const QFileInfo info(*absolute);
    if (!info.isFile())
        return {};
    return absolute->toUtf8() + '\0' + QByteArray::number(info.size()) + '\0'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\0'
        + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
}

Result<QString> WorkingTreeSource::materialize() const
{
    return m_root;
}

} // namespace fleetdesk
