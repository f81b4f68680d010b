#pragma once

#include "common/Error.h"
#include "kustomize/KustomizeRenderer.h"
#include "sops/AgeIdentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdesk {

struct ManifestDocument;

/// A ConfigMap or Secret named in spec.postBuild.substituteFrom (in the Kustomization's namespace).
struct SubstituteSource
{
    QString kind; ///< "ConfigMap" or "Secret"
    QString name;
    bool optional = false;

    QString toString() const { return kind + u'/' + name; }
    bool operator==(const SubstituteSource&) const = default;
};

/// The values a caller read for spec.postBuild.substituteFrom. The builder stays synchronous: the caller (the drift
/// engine with KubeClient, `fleetdesk build` with a kubeconfig) reads the sources first.
struct SubstituteValues
{
    /// The data of the sources that were read, merged in substituteFrom order (a later source wins); Secret values
    /// already base64-decoded. spec.postBuild.substitute is added on top by the builder.
    QHash<QString, QString> variables;
    /// Required (not optional) sources that could not be read: the build fails as the controller's would.
    QList<SubstituteSource> missing;
    /// Why each missing source could not be read ("not found", "forbidden", "no cluster"), by toString().
    QHash<QString, QString> reasons;
};

/// What a Flux Kustomization applies.
struct FluxBuild
{
    std::vector<RenderedObject> objects; ///< in the controller's order, substituted, with owner labels
    QString renderer;                    ///< "native" or "kustomize"
    QStringList unsupported;
    QString directory;              ///< spec.path, repository-relative and clean ("" for the root)
    QByteArray kustomizationFile;   ///< the generated or amended kustomization.yaml that was built
    bool generatedKustomization = false;
    bool substituted = false;       ///< post-build substitution ran (variables were defined, or strategy Always)
    /// Options::decryption decrypted something: a generator source or patch (DecryptingFileSource::decryptedFiles)
    /// or the data of a Secret. The objects then hold plaintext values.
    bool decrypted = false;
};

/// Builds a Flux Kustomization the way kustomize-controller v1.9 does, from a RenderFileSource of its source
/// checkout, seen as source-controller archives it (ArtifactFileSource: .sourceignore files, spec.ignore and the
/// default exclusions leave files out):
/// 1. the kustomization.yaml of spec.path is amended (read as the generator reads it: KustomizationFile's
///    FluxGenerator mode), or generated when the path has none (fluxcd/pkg/kustomize's generator: every .yaml/.yml
///    file of the artifact that decodes as Kubernetes objects, and every sub-directory that has its own
///    kustomization, in lexical order) with
///    spec.targetNamespace, namePrefix, nameSuffix, patches (with targets), images, components
///    (ignoreMissingComponents) — and buildMetadata originAnnotations for a kustomization without resources;
/// 2. the result is rendered with KustomizeRenderer;
/// 3. spec.postBuild substitution runs on every object that does not opt out
///    (kustomize.toolkit.fluxcd.io/substitute: disabled as a label or annotation of that object);
/// 4. the owner labels kustomize.toolkit.fluxcd.io/name and /namespace are set, then spec.commonMetadata's labels
///    and annotations (which win over the owner labels, as in the controller).
class FluxKustomizationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FluxKustomizationBuilder)
public:
    static const QString NameLabel;      ///< kustomize.toolkit.fluxcd.io/name
    static const QString NamespaceLabel; ///< kustomize.toolkit.fluxcd.io/namespace

    /// From the Kustomization object (as found in Git, or the live object's JSON). A missing metadata.namespace
    /// is "flux-system".
    explicit FluxKustomizationBuilder(QJsonObject kustomization);
    /// From a parsed manifest document; fails when it is not a kustomize.toolkit.fluxcd.io Kustomization.
    static Result<FluxKustomizationBuilder> fromDocument(const ManifestDocument& document);

    QString name() const;
    QString ns() const;
    /// spec.path made repository-relative and clean ("" for the root); an error when it leaves the repository.
    Result<QString> directory() const;
    /// True when spec.postBuild is present.
    bool hasPostBuild() const;
    /// spec.postBuild.substituteFrom in order.
    QList<SubstituteSource> substituteFrom() const;

    /// spec.sourceRef, with the Kustomization's namespace when it names none.
    struct SourceReference
    {
        QString kind;
        QString ns;
        QString name;
    };
    SourceReference sourceRef() const;
    /// The spec.ignore of a GitRepository object (as found in Git, or the live object's JSON), when it is set: what
    /// Options::sourceIgnore wants for a Kustomization whose sourceRef names it. Nothing for another kind.
    static std::optional<QString> sourceIgnoreOf(const QJsonObject& gitRepository);

    /// The kustomization.yaml the controller would build in spec.path: the path's own file amended with the spec,
    /// or a generated one. `generated` tells which.
    Result<QByteArray> kustomizationFile(const RenderFileSource& source, bool* generated = nullptr) const;

    struct Options
    {
        RenderOptions render;
        /// kustomize-controller's --feature-gates=StrictPostBuildSubstitutions=true (off by default).
        bool strictSubstitution = false;
        /// The spec.ignore of the GitRepository the Kustomization's sourceRef names, when it is set (sourceIgnoreOf).
        /// The build always sees the checkout as source-controller archives it (SourceIgnore): the VCS files, the
        /// .sourceignore files, then these patterns; the default exclusions only while neither gives a pattern, so
        /// a spec.ignore with a pattern replaces them, as in the controller.
        std::optional<QString> sourceIgnore;
        /// The keys of spec.decryption (provider sops). When set, SOPS-encrypted secretGenerator sources, patches and
        /// Secret data values are decrypted in memory as the controller decrypts them (DecryptingFileSource); a
        /// build that needs a key it does not have fails with `keyError`. Unset: inputs are rendered as they are.
        struct Decryption
        {
            QList<AgeIdentity> identities;
            QString keyError;
        };
        std::optional<Decryption> decryption;
    };
    Result<FluxBuild> build(const RenderFileSource& source, const SubstituteValues& values,
                            const Options& options) const;
    Result<FluxBuild> build(const RenderFileSource& source, const SubstituteValues& values = {}) const
    {
        return build(source, values, Options{});
    }

    /// What `flux build kustomization` prints for the Secrets of SOPS data: every `data` value becomes the base64 of
    /// "**SOPS**" and every `stringData` value "**SOPS**"; the keys, type and name stay. For printing a build that
    /// decrypted, so that no plaintext leaves it.
    static void maskSecretValues(std::vector<RenderedObject>& objects);
    static const QString SecretMask; ///< "**SOPS**"

private:
    Result<QJsonObject> amend(QJsonObject kustomization, const RenderFileSource& source,
                              const QString& directory) const;
    Result<QStringList> scanManifests(const RenderFileSource& source, const QString& directory) const;

    QJsonObject m_object;
    QJsonObject m_spec;
};

} // namespace fleetdesk
