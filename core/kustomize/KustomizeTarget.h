#pragma once

#include "common/Error.h"
#include "kustomize/KustomizeRenderer.h"
#include "kustomize/KustomizeResource.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <memory>
#include <optional>
#include <vector>

namespace fleetdesk {

/// What a renderer keeps between builds: parsed files, and the accumulated objects of shared bases.
struct RenderCache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const std::vector<RenderedObject>>> files;
    QHash<QString, std::shared_ptr<const std::vector<KustomizeResource>>> bases;
    /// Kustomization files, decoded as kustomize decodes them (KustomizationFile).
    QHash<QString, QJsonObject> kustomizations;
};

/// One `kustomize build`: reads the kustomization of a directory and its resources, bases and components, runs the
/// generators and the built-in transformers level by level, then adds the generator hashes, repairs name
/// references and sorts in kustomize's legacy order. Features it does not implement are collected in
/// unsupported() instead of being rendered wrongly.
class KustomizeTarget
{
public:
    KustomizeTarget(const RenderFileSource& source, RenderCache& cache, std::optional<QByteArray> topOverride);

    Result<std::vector<KustomizeResource>> build(const QString& directory);
    const QStringList& unsupported() const { return m_unsupported; }

    /// The kustomization file of a directory: kustomization.yaml, kustomization.yml or Kustomization.
    static QString kustomizationFile(const RenderFileSource& source, const QString& directory);

private:
    using Resources = std::vector<KustomizeResource>;

    Result<void> accumulate(const QString& directory, Resources& resources, bool component, bool top);
    Result<QJsonObject> loadKustomization(const QString& directory, bool top, QString* file);
    Result<void> checkFields(const QJsonObject& kustomization, const QString& file);
    Result<void> accumulateResource(const QString& directory, const QString& file, const QString& entry,
                                    Resources& resources);
    Result<void> loadFile(const QString& path, Resources& resources, const QString& kustomizationFile);
    Result<Resources> accumulateBase(const QString& path);
    Result<void> runGenerators(const QJsonObject& k, const QString& directory, const QString& file,
                               Resources& resources);
    Result<void> runTransformers(const QJsonObject& k, const QString& directory, const QString& file,
                                 Resources& resources);
    Result<void> applyPatches(const QJsonObject& k, const QString& directory, const QString& file,
                              Resources& resources, bool json6902Only);
    Result<void> applyPatchEngine(const QJsonObject& k, const QString& directory, const QString& file,
                                  Resources& resources, bool json6902Only);
    Result<QByteArray> readConfined(const QString& directory, const QString& relative, const QString& file,
                                    const QString& field);
    Result<std::shared_ptr<const std::vector<RenderedObject>>> parsedFile(const QString& path);
    Result<QJsonObject> parsedKustomization(const QString& path);
    void unsupportedFeature(const QString& feature);

    const RenderFileSource& m_source;
    RenderCache& m_cache;
    std::optional<QByteArray> m_topOverride;
    void recordRead(const QString& path);

    QStringList m_unsupported;
    QStringList m_stack;
    /// The files (with their content keys) read by the bases being accumulated, innermost last.
    std::vector<std::vector<std::pair<QString, QByteArray>>> m_reads;
};

/// Appends `resource`, refusing an id that is already there (kustomize: "may not add resource with an already
/// registered id").
Result<void> appendResource(std::vector<KustomizeResource>& resources, KustomizeResource resource);

} // namespace fleetdesk
