#pragma once

#include "kustomize/KustomizeRenderer.h"
#include "kustomize/SourceIgnore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTemporaryDir>

#include <memory>

namespace fleetdesk {

/// A checkout seen as source-controller archives it for kustomize-controller: the files SourceIgnore excludes are
/// not there. They are missing from directory listings (so Flux's generated kustomization.yaml does not list them),
/// and reading one fails with an error naming the pattern that excludes it. materialize() exports only what is left,
/// for the real kustomize binary.
class ArtifactFileSource : public RenderFileSource
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactFileSource)
public:
    ArtifactFileSource(const RenderFileSource& checkout, SourceIgnore rules);
    ~ArtifactFileSource() override;

    bool isDirectory(const QString& path) const override;
    bool isFile(const QString& path) const override;
    QStringList entries(const QString& path) const override;
    Result<QByteArray> read(const QString& path) const override;
    Result<QString> materialize() const override;
    QByteArray contentKey(const QString& path) const override;

    const SourceIgnore& rules() const { return m_rules; }

private:
    bool keepsDirectory(const QString& path, int depth) const;
    Result<void> exportTo(const QString& path, const QString& target) const;

    const RenderFileSource& m_checkout;
    SourceIgnore m_rules;
    QByteArray m_keyPrefix;
    mutable QMutex m_mutex;
    mutable std::unique_ptr<QTemporaryDir> m_exported;
};

} // namespace fleetdesk
