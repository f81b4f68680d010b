#pragma once

#include "kustomize/KustomizeRenderer.h"

namespace fleetdesk {

/// A RenderFileSource over a directory on disk. Paths are relative to the root; `..` that climbs out of it and
/// symlinks that lead out of it are refused.
class WorkingTreeSource : public RenderFileSource
{
public:
    explicit WorkingTreeSource(const QString& root);

    bool isDirectory(const QString& path) const override;
    bool isFile(const QString& path) const override;
    QStringList entries(const QString& path) const override;
    Result<QByteArray> read(const QString& path) const override;
    Result<QString> materialize() const override;
    /// The absolute path, size and modification times of the file.
    QByteArray contentKey(const QString& path) const override;

    /// The absolute path of a repository-relative path, or why it is refused.
    Result<QString> resolve(const QString& path) const;

private:
    QString m_root;
    QString m_canonicalRoot;
};

} // namespace fleetdesk
