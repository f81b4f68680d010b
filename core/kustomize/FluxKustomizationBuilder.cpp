#include "FluxKustomizationBuilder.h"

#include "kustomize/DecryptingFileSource.h"
#include "kustomize/ArtifactFileSource.h"
#include "kustomize/KustomizationFile.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/PostBuildSubstitution.h"
#include "manifest/ManifestDocument.h"

#include <QDir>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>


namespace fleetdesk {

const QString FluxKustomizationBuilder::NameLabel = QStringLiteral("kustomize.toolkit.fluxcd.io/name");
const QString FluxKustomizationBuilder::NamespaceLabel = QStringLiteral("kustomize.toolkit.fluxcd.io/namespace");
const QString FluxKustomizationBuilder::SecretMask = QStringLiteral("**SOPS**");

namespace {

const QStringList KustomizationFileNames{QStringLiteral("kustomization.yaml"), QStringLiteral("kustomization.yml"),
                                         QStringLiteral("Kustomization")};

QString joinPath(const QString& directory, const QString& name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}

/// fluxcd/pkg/kustomize IsLocalRelativePath.
bool isLocalRelativePath(const QString& path)
{
    static const QStringList remotePrefixes{QStringLiteral("git::"),   QStringLiteral("gh:"),
                                            QStringLiteral("ssh://"),  QStringLiteral("https://"),
                                            QStringLiteral("http://"), QStringLiteral("git@"),
                                            QStringLiteral("github.com:"), QStringLiteral("github.com/")};
    for (const QString& prefix : remotePrefixes)
        if (prefix.size() < path.size() && path.left(prefix.size()).toLower() == prefix)
            return false;
    QString lower = path.toLower();
    if (lower.startsWith(QLatin1String("file://")))
        lower = lower.mid(7);
    return !QDir::isAbsolutePath(path) && !QDir::isAbsolutePath(lower);
}

QJsonObject selector(const QJsonObject& target)
{
    QJsonObject out;
    for (const char* field : {"group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"}) {
        const QString value = target.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            out.insert(QLatin1String(field), value);
    }
    return out;
}

void setLabelsAndAnnotations(QJsonObject& object, const QJsonObject& labels, const QJsonObject& annotations)
{
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const auto merge = [&metadata](const char* field, const QJsonObject& values) {
        if (values.isEmpty())
            return;
        QJsonObject current = metadata.value(QLatin1String(field)).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            current.insert(it.key(), it.value());
        metadata.insert(QLatin1String(field), current);
    };
    merge("labels", labels);
    merge("annotations", annotations);
    object.insert(QLatin1String("metadata"), metadata);
}

} // namespace

FluxKustomizationBuilder::FluxKustomizationBuilder(QJsonObject kustomization)
    : m_object(std::move(kustomization))
    , m_spec(m_object.value(QLatin1String("spec")).toObject())
{
}

Result<FluxKustomizationBuilder> FluxKustomizationBuilder::fromDocument(const ManifestDocument& document)
{
    if (document.id.kind != QLatin1String("Kustomization")
        || document.id.group != QLatin1String("kustomize.toolkit.fluxcd.io"))
        return makeError(tr("%1: not a Flux Kustomization").arg(document.location.toString()), document.location,
                         QStringLiteral("flux.kind"));
    return FluxKustomizationBuilder(KustomizeYaml::toJson(document.node).toObject());
}

QString FluxKustomizationBuilder::name() const
{
    return m_object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString FluxKustomizationBuilder::ns() const
{
    const QString ns =
        m_object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
    return ns.isEmpty() ? QStringLiteral("flux-system") : ns;
}

Result<QString> FluxKustomizationBuilder::directory() const
{
    // The controller joins spec.path onto the artifact's root (securejoin): a leading '/' or './' means the root.
    QString path = m_spec.value(QLatin1String("path")).toString();
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    QString clean = QDir::cleanPath(path.isEmpty() ? QStringLiteral(".") : path);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return makeError(tr("spec.path '%1' leaves the source").arg(m_spec.value(QLatin1String("path")).toString()),
                         {}, QStringLiteral("flux.path"));
    if (clean == QLatin1String("."))
        clean.clear();
    return clean;
}

bool FluxKustomizationBuilder::hasPostBuild() const
{
    return m_spec.value(QLatin1String("postBuild")).isObject();
}

QList<SubstituteSource> FluxKustomizationBuilder::substituteFrom() const
{
    QList<SubstituteSource> sources;
    const QJsonArray from =
        m_spec.value(QLatin1String("postBuild")).toObject().value(QLatin1String("substituteFrom")).toArray();
    for (const QJsonValue& v : from) {
        const QJsonObject o = v.toObject();
        sources.append({o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("name")).toString(),
                        o.value(QLatin1String("optional")).toBool()});
    }
    return sources;
}

FluxKustomizationBuilder::SourceReference FluxKustomizationBuilder::sourceRef() const
{
    const QJsonObject ref = m_spec.value(QLatin1String("sourceRef")).toObject();
    const QString ns = ref.value(QLatin1String("namespace")).toString();
    return {ref.value(QLatin1String("kind")).toString(), ns.isEmpty() ? this->ns() : ns,
            ref.value(QLatin1String("name")).toString()};
}

std::optional<QString> FluxKustomizationBuilder::sourceIgnoreOf(const QJsonObject& gitRepository)
{
    if (gitRepository.value(QLatin1String("kind")).toString() != QLatin1String("GitRepository")
        || !gitRepository.value(QLatin1String("apiVersion")).toString().startsWith(
            QLatin1String("source.toolkit.fluxcd.io/")))
        return std::nullopt;
    const QJsonValue ignore = gitRepository.value(QLatin1String("spec")).toObject().value(QLatin1String("ignore"));
    if (!ignore.isString())
        return std::nullopt;
    return ignore.toString();
}

void FluxKustomizationBuilder::maskSecretValues(std::vector<RenderedObject>& objects)
{
    const QString maskedData = QString::fromLatin1(SecretMask.toLatin1().toBase64());
    for (RenderedObject& object : objects) {
        if (object.object.value(QLatin1String("kind")).toString() != QLatin1String("Secret")
            || object.object.value(QLatin1String("apiVersion")).toString() != QLatin1String("v1"))
            continue;
        for (const auto& [field, mask] : {std::pair{QLatin1String("data"), maskedData},
                                          std::pair{QLatin1String("stringData"), SecretMask}}) {
            if (!object.object.value(field).isObject())
                continue;
            QJsonObject values = object.object.value(field).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                it.value() = mask;
            object.object.insert(field, values);
        }
    }
}

Result<QStringList> FluxKustomizationBuilder::scanManifests(const RenderFileSource& source,
                                                            const QString& directory) const
{
    QStringList resources;
    std::function<Result<void>(const QString&)> walk = [&](const QString& current) -> Result<void> {
        for (const QString& name : source.entries(current)) {
            const QString path = joinPath(current, name);
            const QString relative = QStringLiteral("./") + (directory.isEmpty() ? path : path.mid(directory.size() + 1));
            if (source.isDirectory(path)) {
                bool hasKustomization = false;
                for (const QString& file : KustomizationFileNames)
                    hasKustomization = hasKustomization || source.isFile(joinPath(path, file));
                if (hasKustomization) {
                    resources.append(relative);
                    continue;
                }
                if (auto r = walk(path); !r)
                    return r;
                continue;
            }
            if (!name.endsWith(QLatin1String(".yaml")) && !name.endsWith(QLatin1String(".yml")))
                continue;
            if (!source.isFile(path))
                continue;
            auto content = source.read(path);
            if (!content)
                return std::unexpected(content.error());
            auto documents = KustomizeYaml::parseDocuments(path, *content);
            if (!documents)
                return makeError(tr("failed to decode Kubernetes YAML from %1: %2")
                                     .arg(path, documents.error().message),
                                 documents.error().where, QStringLiteral("flux.generate"));
            for (const RenderedObject& object : *documents) {
                if (object.object.value(QLatin1String("kind")).toString().isEmpty())
                    return makeError(tr("failed to decode Kubernetes YAML from %1: line %2: missing kind")
                                         .arg(path)
                                         .arg(object.sourceLine),
                                     {path, object.sourceLine}, QStringLiteral("flux.generate"));
            }
            resources.append(relative);
        }
        return {};
    };
    if (auto r = walk(directory); !r)
        return std::unexpected(r.error());
    return resources;
}

Result<QJsonObject> FluxKustomizationBuilder::amend(QJsonObject kus, const RenderFileSource& source,
                                                    const QString& directory) const
{
    const auto setOrRemove = [&kus, this](const char* specField, const char* field) {
        if (!m_spec.contains(QLatin1String(specField)))
            return;
        const QString value = m_spec.value(QLatin1String(specField)).toString();
        if (value.isEmpty())
            kus.remove(QLatin1String(field));
        else
            kus.insert(QLatin1String(field), value);
    };
    setOrRemove("targetNamespace", "namespace");
    setOrRemove("namePrefix", "namePrefix");
    setOrRemove("nameSuffix", "nameSuffix");

    const QJsonArray specPatches = m_spec.value(QLatin1String("patches")).toArray();
    if (!specPatches.isEmpty()) {
        QJsonArray patches = kus.value(QLatin1String("patches")).toArray();
        for (const QJsonValue& v : specPatches) {
            const QJsonObject p = v.toObject();
            QJsonObject patch;
            if (!p.value(QLatin1String("patch")).toString().isEmpty())
                patch.insert(QLatin1String("patch"), p.value(QLatin1String("patch")).toString());
            if (p.value(QLatin1String("target")).isObject())
                patch.insert(QLatin1String("target"), selector(p.value(QLatin1String("target")).toObject()));
            patches.append(patch);
        }
        kus.insert(QLatin1String("patches"), patches);
    }

    const QJsonArray specComponents = m_spec.value(QLatin1String("components")).toArray();
    if (!specComponents.isEmpty()) {
        const bool ignoreMissing = m_spec.value(QLatin1String("ignoreMissingComponents")).toBool();
        QJsonArray components = kus.value(QLatin1String("components")).toArray();
        for (const QJsonValue& v : specComponents) {
            const QString component = v.toString();
            if (!isLocalRelativePath(component))
                return makeError(tr("component path '%1' must be local and relative").arg(component), {},
                                 QStringLiteral("flux.components"));
            const QString path = QDir::cleanPath(joinPath(directory, component));
            if (ignoreMissing && !source.isDirectory(path) && !source.isFile(path))
                continue;
            components.append(component);
        }
        if (!components.isEmpty())
            kus.insert(QLatin1String("components"), components);
    }

    const QJsonArray specImages = m_spec.value(QLatin1String("images")).toArray();
    if (!specImages.isEmpty()) {
        QJsonArray images = kus.value(QLatin1String("images")).toArray();
        for (const QJsonValue& v : specImages) {
            const QJsonObject image = v.toObject();
            const QString name = image.value(QLatin1String("name")).toString();
            const QString newName = image.value(QLatin1String("newName")).toString();
            const QString newTag = image.value(QLatin1String("newTag")).toString();
            const QString digest = image.value(QLatin1String("digest")).toString();
            const auto setField = [](QJsonObject& o, const char* field, const QString& value) {
                if (value.isEmpty())
                    o.remove(QLatin1String(field));
                else
                    o.insert(QLatin1String(field), value);
            };
            qsizetype existing = -1;
            for (qsizetype i = 0; i < images.size(); ++i)
                if (images.at(i).toObject().value(QLatin1String("name")).toString() == name)
                    existing = i;
            if (existing >= 0) {
                QJsonObject current = images.at(existing).toObject();
                if (!newName.isEmpty())
                    current.insert(QLatin1String("newName"), newName);
                if (!newTag.isEmpty() || !digest.isEmpty()) {
                    setField(current, "newTag", newTag);
                    setField(current, "digest", digest);
                }
                images.replace(existing, current);
            } else {
                QJsonObject added{{QStringLiteral("name"), name}};
                setField(added, "newName", newName);
                setField(added, "newTag", newTag);
                setField(added, "digest", digest);
                images.append(added);
            }
        }
        kus.insert(QLatin1String("images"), images);
    }
    return kus;
}

Result<QByteArray> FluxKustomizationBuilder::kustomizationFile(const RenderFileSource& checkout, bool* generated) const
{
    // The controller sees the GitRepository artifact, without what source-controller leaves out.
    std::optional<ArtifactFileSource> own;
    const auto* artifact = dynamic_cast<const ArtifactFileSource*>(&checkout);
    if (!artifact)
        artifact = &own.emplace(checkout, SourceIgnore::load(checkout));
    const RenderFileSource& source = *artifact;
    auto directory = this->directory();
    if (!directory)
        return std::unexpected(directory.error());
    if (!source.isDirectory(*directory))
        return makeError(tr("kustomization path not found: %1").arg(m_spec.value(QLatin1String("path")).toString()),
                         {*directory}, QStringLiteral("flux.path"));
    QJsonObject kus;
    bool created = true;
    for (const QString& fileName : KustomizationFileNames) {
        const QString path = joinPath(*directory, fileName);
        if (!source.isFile(path))
            continue;
        auto content = source.read(path);
        if (!content)
            return std::unexpected(content.error());
        // The generator reads the file with sigs.k8s.io/yaml.Unmarshal into kustomize's Kustomization type and
        // writes it back: YAML 1.1 scalars, numbers and booleans turned into the strings string fields want, unknown
        // fields dropped.
        auto decoded = KustomizationFile::parse(path, *content, KustomizationFile::Mode::FluxGenerator);
        if (!decoded)
            return std::unexpected(decoded.error());
        kus = *decoded;
        created = false;
        const QJsonArray resources = kus.value(QLatin1String("resources")).toArray();
        if (resources.isEmpty()) // the generator's guard against "kustomization.yaml is empty"
            kus.insert(QLatin1String("buildMetadata"), QJsonArray{QStringLiteral("originAnnotations")});
        break;
    }
    if (created) {
        auto resources = scanManifests(source, *directory);
        if (!resources)
            return std::unexpected(resources.error());
        if (resources->isEmpty())
            kus.insert(QLatin1String("namespace"), QStringLiteral("_placeholder"));
        else
            kus.insert(QLatin1String("resources"), QJsonArray::fromStringList(*resources));
    }
    if (!kus.contains(QLatin1String("apiVersion")))
        kus.insert(QLatin1String("apiVersion"), QStringLiteral("kustomize.config.k8s.io/v1beta1"));
    if (!kus.contains(QLatin1String("kind")))
        kus.insert(QLatin1String("kind"), QStringLiteral("Kustomization"));
    auto amended = amend(kus, source, *directory);
    if (!amended)
        return std::unexpected(amended.error());
    if (generated)
        *generated = created;
    return KustomizeYaml::toYaml(*amended);
}

Result<FluxBuild> FluxKustomizationBuilder::build(const RenderFileSource& checkout, const SubstituteValues& values,
                                                  const Options& options) const
{
    // kustomize-controller builds from the artifact source-controller made of the checkout.
    const ArtifactFileSource artifact(checkout, SourceIgnore::load(checkout, options.sourceIgnore));
    const RenderFileSource& source = artifact;
    FluxBuild out;
    auto directory = this->directory();
    if (!directory)
        return std::unexpected(directory.error());
    out.directory = *directory;
    auto file = kustomizationFile(source, &out.generatedKustomization);
    if (!file)
        return std::unexpected(file.error());
    out.kustomizationFile = *file;

    RenderOptions renderOptions = options.render;
    renderOptions.kustomizationOverride = *file;
    // spec.decryption: kustomize-controller decrypts the generator sources before the build (DecryptSources).
    std::optional<DecryptingFileSource> decrypting;
    if (options.decryption
        && m_spec.value(QLatin1String("decryption")).toObject().value(QLatin1String("provider")).toString() == u"sops") {
        decrypting.emplace(source, options.decryption->identities, options.decryption->keyError);
        if (auto decrypted = decrypting->decryptSources(*directory, *file); !decrypted)
            return std::unexpected(decrypted.error());
    }
    const KustomizeRenderer renderer(decrypting ? static_cast<const RenderFileSource&>(*decrypting) : source,
                                     renderOptions);
    auto rendered = renderer.build(*directory);
    if (!rendered) {
        Error error = rendered.error();
        if (!error.message.startsWith(QLatin1String("unsupported: ")))
            error.message = tr("kustomize build failed: %1").arg(error.message);
        return std::unexpected(error);
    }
    out.renderer = rendered->renderer;
    out.unsupported = rendered->unsupported;
    out.objects = std::move(rendered->objects);

    for (const RenderedObject& object : out.objects) {
        const ObjectId id = object.id();
        if (id.name.isEmpty() || id.kind.isEmpty() || id.version.isEmpty())
            return makeError(tr("failed to decode Kubernetes apiVersion, kind and name from: %1")
                                 .arg(QString::fromUtf8(KustomizeYaml::toYaml(object.object))),
                             {object.sourceFile, object.sourceLine}, QStringLiteral("flux.object"));
    }
    // ... and each resource after it (DecryptResource), before the substitution.
    if (decrypting) {
        out.decrypted = !decrypting->decryptedFiles().isEmpty();
        for (RenderedObject& object : out.objects) {
            const QJsonValue data = object.object.value(QLatin1String("data"));
            if (auto decrypted = decrypting->decryptSecretData(object.object); !decrypted)
                return std::unexpected(decrypted.error());
            out.decrypted = out.decrypted || object.object.value(QLatin1String("data")) != data;
        }
    }

    if (hasPostBuild()) {
        const QJsonObject postBuild = m_spec.value(QLatin1String("postBuild")).toObject();
        if (!values.missing.isEmpty()) {
            const SubstituteSource& missing = values.missing.front();
            const QString reason = values.reasons.value(missing.toString(), tr("not found"));
            return makeError(tr("substitute from '%1' error: %2").arg(missing.toString(), reason), {},
                             QStringLiteral("flux.substituteFrom"));
        }
        QHash<QString, QString> variables;
        for (auto it = values.variables.begin(); it != values.variables.end(); ++it)
            variables.insert(it.key(), QString(it.value()).remove(u'\n'));
        const QJsonObject inlineValues = postBuild.value(QLatin1String("substitute")).toObject();
        for (auto it = inlineValues.begin(); it != inlineValues.end(); ++it)
            variables.insert(it.key(), it.value().toString().remove(u'\n'));
        const bool always = postBuild.value(QLatin1String("substituteStrategy")).toString() == u"Always";
        if (!variables.isEmpty() || always) {
            const PostBuildSubstitution substitution(variables, options.strictSubstitution);
            for (RenderedObject& object : out.objects) {
                if (PostBuildSubstitution::isOptedOut(object.object))
                    continue;
                if (auto names = substitution.checkNames(); !names)
                    return makeError(tr("post build failed for '%1': envsubst error: %2")
                                         .arg(object.id().kind + u'/' + object.id().name, names.error().message),
                                     {object.sourceFile, object.sourceLine}, names.error().code);
                auto substituted = substitution.apply(object.object);
                if (!substituted)
                    return makeError(tr("post build failed for '%1': envsubst error: %2")
                                         .arg(object.id().kind + u'/' + object.id().name,
                                              substituted.error().message),
                                     {object.sourceFile, object.sourceLine}, substituted.error().code);
                object.object = *substituted;
            }
            out.substituted = true;
        }
    }

    const QJsonObject owner{{NameLabel, name()}, {NamespaceLabel, ns()}};
    const QJsonObject common = m_spec.value(QLatin1String("commonMetadata")).toObject();
    const QJsonObject commonLabels = common.value(QLatin1String("labels")).toObject();
    const QJsonObject commonAnnotations = common.value(QLatin1String("annotations")).toObject();
    for (RenderedObject& object : out.objects) {
        setLabelsAndAnnotations(object.object, owner, {});
        setLabelsAndAnnotations(object.object, commonLabels, commonAnnotations);
    }
    return out;
}

} // namespace fleetdesk
