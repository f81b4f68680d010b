#pragma once

#include "kustomize/KustomizeRenderer.h"

#include <QCoreApplication>

#include <memory>

namespace fleetdesk {

/// A RenderFileSource over the tree of one commit of a local Git repository, read through libgit2 without
/// touching the work tree. Symbolic links stored in the tree are followed while they stay inside it; one that
/// leads out (or loops) is refused, as is a `..` path that climbs out. materialize() exports the tree once into
/// a private temporary directory (mode 0700) that lives as long as the source.
///
/// The methods may be called from several threads at once (libgit2 calls are serialised inside).
class GitTreeSource : public RenderFileSource
{
    Q_DECLARE_TR_FUNCTIONS(GitTreeSource)
public:
    /// The tree of `revision` (a commit id, or anything `git rev-parse` takes: "HEAD", a branch) in the
    /// repository whose work tree or .git directory is `repositoryPath`.
    static Result<std::unique_ptr<GitTreeSource>> open(const QString& repositoryPath, const QString& revision);
    ~GitTreeSource() override;

    /// The commit the tree belongs to (40 hex digits).
    QString commitId() const;

    bool isDirectory(const QString& path) const override;
    bool isFile(const QString& path) const override;
    QStringList entries(const QString& path) const override;
    Result<QByteArray> read(const QString& path) const override;
    Result<QString> materialize() const override;

private:
    struct Private;
    explicit GitTreeSource(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace fleetdesk
