#include "KustomizeTarget.h"

#include "kustomize/FieldSpec.h"
#include "kustomize/KustomizeBuiltins.h"
#include "kustomize/KustomizeHash.h"
#include "kustomize/KustomizationFile.h"
#include "kustomize/KustomizeEnvFile.h"
#include "kustomize/KustomizeYaml.h"

#if __has_include("kustomize/StrategicMergePatch.h") && __has_include("kustomize/JsonPatch.h")                   \
    && __has_include("kustomize/PatchTarget.h")
#define FLEETDESK_HAVE_PATCH_ENGINE 1
#include "kustomize/JsonPatch.h"
#include "kustomize/PatchDocument.h"
#include "kustomize/PatchTarget.h"
#include "kustomize/StrategicMergePatch.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KustomizeTarget", text);
}

Error kustomizeError(const QString& message, const QString& file, int line = 0, const QString& code = {})
{
    return Error{message, SourceLocation{file, line, 0}, code.isEmpty() ? QStringLiteral("kustomize") : code};
}

QString joinPath(const QString& directory, const QString& entry)
{
    if (directory.isEmpty() || directory == QLatin1String("."))
        return QDir::cleanPath(entry);
    return QDir::cleanPath(directory + QLatin1Char('/') + entry);
}

bool leavesRepository(const QString& path)
{
    return path == QLatin1String("..") || path.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(path);
}

bool isRemote(const QString& entry)
{
    static const QRegularExpression remote(QStringLiteral(
        R"(^(https?://|git::|git@|ssh://|file://|github\.com/|gitlab\.com/|bitbucket\.org/|oci://)|\?ref=|\.git(//|$))"));
    return remote.match(entry).hasMatch();
}

QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e18)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
        return out;
    }
    for (const QJsonValue& item : value.toArray())
        out.append(scalarText(item));
    return out;
}

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

void setMetadataField(QJsonObject& object, const QString& field, const QJsonValue& value)
{
    QJsonObject metadata = metadataOf(object);
    if (value.isUndefined())
        metadata.remove(field);
    else
        metadata.insert(field, value);
    object.insert(QStringLiteral("metadata"), metadata);
}

bool isClusterScoped(const ResId& id)
{
    return KustomizeBuiltins::isClusterScoped(id.apiVersion(), id.kind);
}

// ---- label and annotation maps -------------------------------------------------------------------------------

void setStringMap(QJsonValue& target, const QList<QPair<QString, QString>>& pairs)
{
    QJsonObject map = target.isObject() ? target.toObject() : QJsonObject();
    if (!target.isObject() && !target.isUndefined() && !target.isNull())
        return; // not a map: kustomize leaves it alone
    for (const auto& [key, value] : pairs)
        map.insert(key, value);
    target = map;
}

QList<QPair<QString, QString>> pairsOf(const QJsonValue& value)
{
    QList<QPair<QString, QString>> pairs;
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        pairs.append({it.key(), scalarText(it.value())});
    return pairs;
}

void applyMapSpecs(std::vector<KustomizeResource>& resources, const std::vector<FieldSpec>& specs,
                   const QList<QPair<QString, QString>>& pairs)
{
    if (pairs.isEmpty())
        return;
    for (KustomizeResource& r : resources) {
        const ResId id = r.current();
        for (const FieldSpec& spec : specs) {
            if (!spec.selects(id.group, id.version, id.kind))
                continue;
            spec.visit(r.object, [&](QJsonValue& v) { setStringMap(v, pairs); });
        }
    }
}

// ---- images ----------------------------------------------------------------------------------------------------

struct ImageParts
{
    QString name;
    QString tag;
    QString digest;
};

ImageParts splitImage(const QString& image)
{
    QString search = image;
    qsizetype slash = image.indexOf(QLatin1Char('/'));
    if (slash > 0)
        search = image.mid(slash);
    else
        slash = 0;
    qsizetype at = search.indexOf(QLatin1Char('@'));
    qsizetype colon = search.indexOf(QLatin1Char(':'));
    if (colon < 0 && at < 0)
        return {image, {}, {}};
    if (at >= 0 && (at < colon || colon < 0)) {
        at += slash;
        return {image.left(at), {}, image.mid(at + 1)};
    }
    if (at >= 0 && colon >= 0) {
        at += slash;
        colon += slash;
        return {image.left(colon), image.mid(colon + 1, at - colon - 1), image.mid(at + 1)};
    }
    colon += slash;
    return {image.left(colon), image.mid(colon + 1), {}};
}

bool imageMatches(const QString& image, const QString& name)
{
    if (!image.startsWith(name))
        return false;
    QStringView rest = QStringView(image).mid(name.size());
    if (rest.startsWith(QLatin1String("@sha256")))
        rest = rest.mid(7);
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(QLatin1Char(':')))
        return false;
    for (QChar c : rest.mid(1)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('.')
            && c != QLatin1Char('{') && c != QLatin1Char('}') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

struct ImageRule
{
    QString name;
    QString newName;
    QString newTag;
    QString digest;
};

void updateImageValue(QJsonValue& value, const ImageRule& rule)
{
    if (!value.isString())
        return;
    const QString image = value.toString();
    if (!imageMatches(image, rule.name))
        return;
    ImageParts parts = splitImage(image);
    if (!rule.newName.isEmpty())
        parts.name = rule.newName;
    if (!rule.newTag.isEmpty() && !rule.digest.isEmpty()) {
        parts.tag = rule.newTag;
        parts.digest = rule.digest;
    } else if (!rule.newTag.isEmpty()) {
        parts.tag = rule.newTag;
        parts.digest.clear();
    } else if (!rule.digest.isEmpty()) {
        parts.tag.clear();
        parts.digest = rule.digest;
    }
    QString result = parts.name;
    if (!parts.tag.isEmpty())
        result += QLatin1Char(':') + parts.tag;
    if (!parts.digest.isEmpty())
        result += QLatin1Char('@') + parts.digest;
    value = result;
}

// kustomize's image transformer updates every "containers" and "initContainers" list, wherever it is.
void updateImagesEverywhere(QJsonValue& value, const ImageRule& rule)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue child = it.value();
            if ((it.key() == QLatin1String("containers") || it.key() == QLatin1String("initContainers"))
                && child.isArray()) {
                QJsonArray items = child.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject container = items.at(i).toObject();
                    if (!items.at(i).isObject() || !container.contains(QLatin1String("image")))
                        continue;
                    QJsonValue image = container.value(QLatin1String("image"));
                    updateImageValue(image, rule);
                    container.insert(QStringLiteral("image"), image);
                    items.replace(i, container);
                }
                child = items;
            } else {
                updateImagesEverywhere(child, rule);
            }
            it.value() = child;
        }
        value = object;
    } else if (value.isArray()) {
        QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonValue item = items.at(i);
            updateImagesEverywhere(item, rule);
            items.replace(i, item);
        }
        value = items;
    }
}

// ---- generators -------------------------------------------------------------------------------------------------

/// kustomize's base64 for generated Secret data and ConfigMap binaryData: lines of 70 characters, each ended by a
/// newline once the text is 70 characters or longer.
QString kustomizeBase64(const QByteArray& bytes)
{
    constexpr qsizetype lineLength = 70;
    const QByteArray encoded = bytes.toBase64();
    const bool wrap = encoded.size() / lineLength + 1 > 1;
    if (!wrap)
        return QString::fromLatin1(encoded);
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += lineLength) {
        out.append(encoded.mid(i, lineLength));
        out.append('\n');
    }
    return QString::fromLatin1(out);
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

// ---- sorting and name references --------------------------------------------------------------------------------

bool legacyLess(const ResId& a, const ResId& b)
{
    if (!a.sameGvk(b)) {
        const int oa = KustomizeBuiltins::kindOrder(a.kind);
        const int ob = KustomizeBuiltins::kindOrder(b.kind);
        if (oa != ob)
            return oa < ob;
        return a.gvkString() < b.gvkString();
    }
    const QString sa = a.gvkString() + QLatin1Char('|') + (a.ns.isEmpty() ? QStringLiteral("~X") : a.ns)
        + QLatin1Char('|') + (a.name.isEmpty() ? QStringLiteral("~N") : a.name);
    const QString sb = b.gvkString() + QLatin1Char('|') + (b.ns.isEmpty() ? QStringLiteral("~X") : b.ns)
        + QLatin1Char('|') + (b.name.isEmpty() ? QStringLiteral("~N") : b.name);
    return sa < sb;
}

bool gvkSelected(const ResId& id, const QString& group, const QString& version, const QString& kind)
{
    return (group.isEmpty() || id.group == group) && (version.isEmpty() || id.version == version)
        && (kind.isEmpty() || id.kind == kind);
}

class NameReferenceFixer
{
public:
    explicit NameReferenceFixer(std::vector<KustomizeResource>& resources) : m_resources(resources) {}

    Result<void> run()
    {
        // Only objects that had another name or namespace before can be referred to by an old one.
        const bool anyRenamed = std::any_of(m_resources.begin(), m_resources.end(),
                                            [](const KustomizeResource& r) { return !r.previous.empty(); });
        if (!anyRenamed)
            return {};
        for (std::size_t i = 0; i < m_resources.size(); ++i) {
            std::optional<std::vector<std::size_t>> referable;
            for (const NameReference& ref : KustomizeBuiltins::nameReferences()) {
                for (const FieldSpec& spec : ref.referrers) {
                    const ResId referrerId = m_resources[i].current();
                    if (!spec.selects(referrerId.group, referrerId.version, referrerId.kind))
                        continue;
                    if (!referable)
                        referable = couldBeReferencedBy(i);
                    const std::vector<std::size_t>& candidates = *referable;
                    std::vector<std::size_t> ofKind;
                    for (std::size_t c : candidates) {
                        for (const ResId& p : m_resources[c].previous) {
                            if (gvkSelected(p, ref.group, ref.version, ref.kind)) {
                                ofKind.push_back(c);
                                break;
                            }
                        }
                    }
                    if (ofKind.empty())
                        continue;
                    std::optional<Error> failure;
                    QJsonObject object = m_resources[i].object;
                    spec.visit(object, [&](QJsonValue& value) {
                        if (failure)
                            return;
                        auto r = setValue(value, i, ref, spec, ofKind);
                        if (!r)
                            failure = r.error();
                    });
                    if (failure)
                        return std::unexpected(*failure);
                    m_resources[i].object = object;
                }
            }
        }
        return {};
    }

private:
    std::vector<std::size_t> couldBeReferencedBy(std::size_t referrer) const
    {
        const ResId rid = m_resources[referrer].current();
        std::vector<std::size_t> out;
        if (isClusterScoped(rid)) {
            for (std::size_t i = 0; i < m_resources.size(); ++i)
                out.push_back(i);
            return out;
        }
        QSet<QString> subjectNamespaces;
        if (rid.kind == QLatin1String("RoleBinding") || rid.kind == QLatin1String("ClusterRoleBinding")) {
            for (const QJsonValue& s : m_resources[referrer].object.value(QLatin1String("subjects")).toArray()) {
                const QJsonObject subject = s.toObject();
                if (subject.value(QLatin1String("kind")).toString() == QLatin1String("ServiceAccount")
                    && subject.contains(QLatin1String("namespace")))
                    subjectNamespaces.insert(subject.value(QLatin1String("namespace")).toString());
            }
        }
        for (std::size_t i = 0; i < m_resources.size(); ++i) {
            const ResId id = m_resources[i].current();
            if (isClusterScoped(id) || ResId::namespacesEqual(id.ns, rid.ns)
                || subjectNamespaces.contains(id.ns.isEmpty() ? QStringLiteral("default") : id.ns))
                out.push_back(i);
        }
        return out;
    }

    Result<std::optional<std::size_t>> select(const QString& oldName, std::vector<std::size_t> candidates,
                                              std::size_t referrer, const FieldSpec& spec, bool withNamespace)
    {
        auto sieve = [&](auto keep) {
            std::vector<std::size_t> kept;
            for (std::size_t c : candidates)
                if (keep(m_resources[c]))
                    kept.push_back(c);
            candidates = std::move(kept);
        };
        sieve([&](const KustomizeResource& r) {
            return std::any_of(r.previous.begin(), r.previous.end(), [&](const ResId& p) { return p.name == oldName; });
        });
        if (spec.path.size() >= 2 && spec.path.at(spec.path.size() - 1) == QLatin1String("name")
            && spec.path.at(spec.path.size() - 2) == QLatin1String("roleRef")) {
            const QJsonObject roleRef = m_resources[referrer].object.value(QLatin1String("roleRef")).toObject();
            if (roleRef.contains(QLatin1String("apiGroup")) && roleRef.contains(QLatin1String("kind"))) {
                const QString group = roleRef.value(QLatin1String("apiGroup")).toString();
                const QString kind = roleRef.value(QLatin1String("kind")).toString();
                sieve([&](const KustomizeResource& r) {
                    return std::any_of(r.previous.begin(), r.previous.end(),
                                       [&](const ResId& p) { return gvkSelected(p, group, {}, kind); });
                });
            }
        }
        const ResId rid = m_resources[referrer].current();
        if (!isClusterScoped(rid)) {
            sieve([&](const KustomizeResource& r) {
                const ResId id = r.current();
                return isClusterScoped(id) || id.kind == QLatin1String("ServiceAccount")
                    || ResId::namespacesEqual(id.ns, rid.ns);
            });
        }
        if (candidates.size() == 1)
            return candidates.front();
        const KustomizeResource& referrerResource = m_resources[referrer];
        sieve([&](const KustomizeResource& r) {
            return r.prefixes == referrerResource.prefixes && r.suffixes == referrerResource.suffixes;
        });
        if (candidates.size() == 1)
            return candidates.front();
        if (candidates.empty())
            return std::optional<std::size_t>();
        const ResId first = m_resources[candidates.front()].current();
        bool identical = true;
        for (std::size_t c : candidates) {
            const ResId id = m_resources[c].current();
            if (id.name != first.name || (withNamespace && id.ns != first.ns))
                identical = false;
        }
        if (identical)
            return candidates.front();
        QStringList ids;
        for (std::size_t c : candidates)
            ids.append(m_resources[c].current().display());
        return std::unexpected(kustomizeError(
            tr("found multiple possible referrals for '%1' in %2: %3")
                .arg(oldName, m_resources[referrer].current().display(), ids.join(QLatin1String(", "))),
            m_resources[referrer].sourceFile, m_resources[referrer].sourceLine));
    }

    Result<void> setScalar(QJsonValue& value, std::size_t referrer, const FieldSpec& spec,
                           const std::vector<std::size_t>& candidates)
    {
        const QString oldName = value.toString();
        auto chosen = select(oldName, candidates, referrer, spec, false);
        if (!chosen)
            return std::unexpected(chosen.error());
        if (!*chosen)
            return {};
        const QString name = m_resources[**chosen].current().name;
        if (name != oldName)
            value = name;
        return {};
    }

    Result<void> setMapping(QJsonValue& value, std::size_t referrer, const FieldSpec& spec,
                            const std::vector<std::size_t>& candidates)
    {
        QJsonObject map = value.toObject();
        if (!map.contains(QLatin1String("name")))
            return std::unexpected(kustomizeError(tr("path config error; no 'name' field in node"),
                                                  m_resources[referrer].sourceFile));
        std::vector<std::size_t> inNamespace = candidates;
        if (map.contains(QLatin1String("namespace"))) {
            const QString ns = map.value(QLatin1String("namespace")).toString();
            inNamespace.clear();
            for (std::size_t c : candidates)
                if (ResId::namespacesEqual(m_resources[c].original.ns, ns))
                    inNamespace.push_back(c);
            if (inNamespace.empty()) {
                for (std::size_t c : candidates)
                    if (ResId::namespacesEqual(m_resources[c].current().ns, ns))
                        inNamespace.push_back(c);
            }
        }
        const QString oldName = scalarText(map.value(QLatin1String("name")));
        auto chosen = select(oldName, inNamespace, referrer, spec, true);
        if (!chosen)
            return std::unexpected(chosen.error());
        if (!*chosen)
            return {};
        const ResId target = m_resources[**chosen].current();
        if (target.name == oldName && target.ns.isEmpty())
            return {};
        map.insert(QStringLiteral("name"), target.name);
        if (!target.ns.isEmpty())
            map.insert(QStringLiteral("namespace"), target.ns);
        value = map;
        return {};
    }

    Result<void> setValue(QJsonValue& value, std::size_t referrer, const NameReference&, const FieldSpec& spec,
                          const std::vector<std::size_t>& candidates)
    {
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return setScalar(value, referrer, spec, candidates);
        if (value.isObject())
            return setMapping(value, referrer, spec, candidates);
        if (value.isArray()) {
            QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QJsonValue item = items.at(i);
                Result<void> r = item.isString()   ? setScalar(item, referrer, spec, candidates)
                    : item.isObject() ? setMapping(item, referrer, spec, candidates)
                                      : Result<void>();
                if (!r)
                    return r;
                items.replace(i, item);
            }
            value = items;
        }
        return {};
    }

    std::vector<KustomizeResource>& m_resources;
};

} // namespace

Result<void> appendResource(std::vector<KustomizeResource>& resources, KustomizeResource resource)
{
    const ResId id = resource.current();
    for (const KustomizeResource& existing : resources) {
        if (existing.current().equals(id))
            return std::unexpected(kustomizeError(
                tr("may not add resource with an already registered id: %1").arg(id.display()), resource.sourceFile,
                resource.sourceLine, QStringLiteral("kustomize.conflict")));
    }
    resources.push_back(std::move(resource));
    return {};
}

KustomizeTarget::KustomizeTarget(const RenderFileSource& source, RenderCache& cache,
                                 std::optional<QByteArray> topOverride)
    : m_source(source)
    , m_cache(cache)
    , m_topOverride(std::move(topOverride))
{
}

QString KustomizeTarget::kustomizationFile(const RenderFileSource& source, const QString& directory)
{
    for (const char* name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString path = joinPath(directory, QLatin1String(name));
        if (source.isFile(path))
            return path;
    }
    return {};
}

void KustomizeTarget::unsupportedFeature(const QString& feature)
{
    if (!m_unsupported.contains(feature))
        m_unsupported.append(feature);
}

Result<std::shared_ptr<const std::vector<RenderedObject>>> KustomizeTarget::parsedFile(const QString& path)
{
    recordRead(path);
    {
        QMutexLocker lock(&m_cache.mutex);
        auto it = m_cache.files.constFind(path);
        if (it != m_cache.files.constEnd())
            return *it;
    }
    // Parses shared by every renderer, for sources that can name their content.
    struct SharedParses
    {
        QMutex mutex;
        QHash<QByteArray, std::shared_ptr<const std::vector<RenderedObject>>> parses;
    };
    static SharedParses shared;
    const QByteArray key = m_source.contentKey(path);
    if (!key.isEmpty()) {
        QMutexLocker lock(&shared.mutex);
        auto it = shared.parses.constFind(key);
        if (it != shared.parses.constEnd()) {
            auto found = *it;
            lock.unlock();
            QMutexLocker own(&m_cache.mutex);
            m_cache.files.insert(path, found);
            return found;
        }
    }
    auto bytes = m_source.read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto documents = KustomizeYaml::parseDocuments(path, *bytes);
    if (!documents)
        return std::unexpected(documents.error());
    auto parsed = std::make_shared<const std::vector<RenderedObject>>(std::move(*documents));
    if (!key.isEmpty()) {
        QMutexLocker lock(&shared.mutex);
        if (shared.parses.size() > 50000)
            shared.parses.clear();
        shared.parses.insert(key, parsed);
    }
    QMutexLocker lock(&m_cache.mutex);
    m_cache.files.insert(path, parsed);
    return parsed;
}

Result<QJsonObject> KustomizeTarget::parsedKustomization(const QString& path)
{
    recordRead(path);
    {
        QMutexLocker lock(&m_cache.mutex);
        auto it = m_cache.kustomizations.constFind(path);
        if (it != m_cache.kustomizations.constEnd())
            return *it;
    }
    // Decoded files shared by every renderer, for sources that can name their content.
    struct SharedKustomizations
    {
        QMutex mutex;
        QHash<QByteArray, QJsonObject> decoded;
    };
    static SharedKustomizations shared;
    const QByteArray key = m_source.contentKey(path);
    if (!key.isEmpty()) {
        QMutexLocker lock(&shared.mutex);
        auto it = shared.decoded.constFind(key);
        if (it != shared.decoded.constEnd()) {
            const QJsonObject found = *it;
            lock.unlock();
            QMutexLocker own(&m_cache.mutex);
            m_cache.kustomizations.insert(path, found);
            return found;
        }
    }
    auto bytes = m_source.read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto decoded = KustomizationFile::parse(path, *bytes);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (!key.isEmpty()) {
        QMutexLocker lock(&shared.mutex);
        if (shared.decoded.size() > 20000)
            shared.decoded.clear();
        shared.decoded.insert(key, *decoded);
    }
    QMutexLocker lock(&m_cache.mutex);
    m_cache.kustomizations.insert(path, *decoded);
    return decoded;
}

Result<QJsonObject> KustomizeTarget::loadKustomization(const QString& directory, bool top, QString* file)
{
    QString path = kustomizationFile(m_source, directory);
    if (top && m_topOverride) {
        if (path.isEmpty())
            path = joinPath(directory, QStringLiteral("kustomization.yaml"));
        *file = path;
        return KustomizationFile::parse(path, *m_topOverride);
    }
    if (path.isEmpty()) {
        return std::unexpected(kustomizeError(
            tr("unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '%1'")
                .arg(directory.isEmpty() ? QStringLiteral(".") : directory),
            directory, 0, QStringLiteral("kustomize.missing")));
    }
    *file = path;
    return parsedKustomization(path);
}

Result<void> KustomizeTarget::checkFields(const QJsonObject& k, const QString& file)
{
    static const QSet<QString> native{
        QStringLiteral("apiVersion"),        QStringLiteral("kind"),
        QStringLiteral("metadata"),          QStringLiteral("resources"),
        QStringLiteral("bases"),             QStringLiteral("components"),
        QStringLiteral("namespace"),         QStringLiteral("namePrefix"),
        QStringLiteral("nameSuffix"),        QStringLiteral("commonLabels"),
        QStringLiteral("labels"),            QStringLiteral("commonAnnotations"),
        QStringLiteral("images"),            QStringLiteral("replicas"),
        QStringLiteral("configMapGenerator"), QStringLiteral("secretGenerator"),
        QStringLiteral("generatorOptions"),  QStringLiteral("patches"),
        QStringLiteral("patchesStrategicMerge"), QStringLiteral("patchesJson6902"),
        QStringLiteral("sortOptions"),
    };
    static const QSet<QString> fallback{
        QStringLiteral("openapi"),          QStringLiteral("replacements"),    QStringLiteral("vars"),
        QStringLiteral("helmGlobals"),      QStringLiteral("helmCharts"),      QStringLiteral("helmChartInflationGenerator"),
        QStringLiteral("configurations"),   QStringLiteral("generators"),      QStringLiteral("transformers"),
        QStringLiteral("validators"),       QStringLiteral("buildMetadata"),   QStringLiteral("crds"),
        QStringLiteral("imageTags"),
    };
    for (auto it = k.begin(); it != k.end(); ++it) {
        if (native.contains(it.key()))
            continue;
        if (fallback.contains(it.key())) {
            if (!(it.value().isNull() || (it.value().isArray() && it.value().toArray().isEmpty())
                  || (it.value().isObject() && it.value().toObject().isEmpty())))
                unsupportedFeature(it.key());
            continue;
        }
        return std::unexpected(
            kustomizeError(tr("%1: invalid Kustomization: json: unknown field \"%2\"").arg(file, it.key()), file, 0,
                           QStringLiteral("kustomize.field")));
    }
    // kustomize decodes the file into typed Go fields: a number or a boolean where a string belongs is an error.
    auto typeName = [](const QJsonValue& v) {
        return v.isDouble() ? QStringLiteral("number") : v.isBool() ? QStringLiteral("bool") : v.isArray() ? QStringLiteral("array") : QStringLiteral("object");
    };
    auto mustBeString = [&](const QJsonValue& v, const QString& field) -> Result<void> {
        if (v.isUndefined() || v.isNull() || v.isString())
            return {};
        return std::unexpected(kustomizeError(
            tr("%1: invalid Kustomization: json: cannot unmarshal %2 into Go struct field %3 of type string")
                .arg(file, typeName(v), field),
            file, 0, QStringLiteral("kustomize.field")));
    };
    auto mapOfStrings = [&](const QJsonValue& v, const QString& field) -> Result<void> {
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (auto r = mustBeString(it.value(), field); !r)
                return r;
        return {};
    };
    for (const char* field : {"namePrefix", "nameSuffix", "namespace"})
        if (auto r = mustBeString(k.value(QLatin1String(field)), QStringLiteral("Kustomization.") + QLatin1String(field)); !r)
            return r;
    for (const char* field : {"commonLabels", "commonAnnotations"})
        if (auto r = mapOfStrings(k.value(QLatin1String(field)), QStringLiteral("Kustomization.") + QLatin1String(field)); !r)
            return r;
    for (const QJsonValue& label : k.value(QLatin1String("labels")).toArray())
        if (auto r = mapOfStrings(label.toObject().value(QLatin1String("pairs")), QStringLiteral("Label.pairs")); !r)
            return r;
    for (const QJsonValue& image : k.value(QLatin1String("images")).toArray())
        for (const char* field : {"name", "newName", "newTag", "digest"})
            if (auto r = mustBeString(image.toObject().value(QLatin1String(field)), QStringLiteral("Image.") + QLatin1String(field)); !r)
                return r;
    for (const char* generator : {"configMapGenerator", "secretGenerator"}) {
        for (const QJsonValue& g : k.value(QLatin1String(generator)).toArray()) {
            const QJsonObject args = g.toObject();
            for (const char* field : {"name", "namespace", "behavior", "type"})
                if (auto r = mustBeString(args.value(QLatin1String(field)), QStringLiteral("GeneratorArgs.") + QLatin1String(field)); !r)
                    return r;
            for (const char* list : {"literals", "files", "envs"})
                for (const QJsonValue& item : args.value(QLatin1String(list)).toArray())
                    if (auto r = mustBeString(item, QStringLiteral("GeneratorArgs.") + QLatin1String(list)); !r)
                        return r;
            const QJsonObject options = args.value(QLatin1String("options")).toObject();
            for (const char* field : {"labels", "annotations"})
                if (auto r = mapOfStrings(options.value(QLatin1String(field)), QStringLiteral("GeneratorOptions.") + QLatin1String(field)); !r)
                    return r;
        }
    }
    const QJsonObject globalOptions = k.value(QLatin1String("generatorOptions")).toObject();
    for (const char* field : {"labels", "annotations"})
        if (auto r = mapOfStrings(globalOptions.value(QLatin1String(field)), QStringLiteral("GeneratorOptions.") + QLatin1String(field)); !r)
            return r;
    for (const char* list : {"resources", "bases", "components", "patchesStrategicMerge"})
        for (const QJsonValue& item : k.value(QLatin1String(list)).toArray())
            if (auto r = mustBeString(item, QStringLiteral("Kustomization.") + QLatin1String(list)); !r)
                return r;

    const QJsonObject sort = k.value(QLatin1String("sortOptions")).toObject();
    if (!sort.isEmpty()
        && (sort.value(QLatin1String("order")).toString() != QLatin1String("legacy")
            || sort.contains(QLatin1String("legacySortOptions"))))
        unsupportedFeature(QStringLiteral("sortOptions"));
    for (const QJsonValue& image : k.value(QLatin1String("images")).toArray())
        if (image.toObject().contains(QLatin1String("tagSuffix")))
            unsupportedFeature(QStringLiteral("images.tagSuffix"));
    for (const QJsonValue& label : k.value(QLatin1String("labels")).toArray())
        if (label.toObject().contains(QLatin1String("fields")))
            unsupportedFeature(QStringLiteral("labels.fields"));
    for (const QJsonValue& replica : k.value(QLatin1String("replicas")).toArray())
        if (!replica.isObject())
            return std::unexpected(kustomizeError(tr("%1: replicas: each entry needs a name and a count").arg(file),
                                                  file, 0, QStringLiteral("kustomize.field")));
    return {};
}

Result<QByteArray> KustomizeTarget::readConfined(const QString& directory, const QString& relative,
                                                 const QString& file, const QString& field)
{
    const QString path = joinPath(directory, relative);
    const QString base = directory.isEmpty() || directory == QLatin1String(".") ? QString() : QDir::cleanPath(directory);
    if (leavesRepository(path) || (!base.isEmpty() && path != base && !path.startsWith(base + QLatin1Char('/'))))
        return std::unexpected(kustomizeError(
            tr("%1: %2: security; file '%3' is not in or below '%4'")
                .arg(file, field, relative, base.isEmpty() ? QStringLiteral(".") : base),
            file, 0, QStringLiteral("kustomize.path")));
    recordRead(path);
    auto bytes = m_source.read(path);
    if (!bytes)
        return std::unexpected(kustomizeError(tr("%1: %2: %3").arg(file, field, bytes.error().message), file, 0,
                                              bytes.error().code));
    return bytes;
}

Result<void> KustomizeTarget::loadFile(const QString& path, Resources& resources, const QString&)
{
    auto parsed = parsedFile(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    for (const RenderedObject& document : **parsed) {
        std::vector<QJsonObject> objects;
        const QString kind = document.object.value(QLatin1String("kind")).toString();
        if (kind.endsWith(QLatin1String("List")) && document.object.value(QLatin1String("items")).isArray()) {
            for (const QJsonValue& item : document.object.value(QLatin1String("items")).toArray())
                objects.push_back(item.toObject());
        } else {
            objects.push_back(document.object);
        }
        for (QJsonObject& object : objects) {
            if (object.isEmpty())
                continue;
            if (object.value(QLatin1String("kind")).toString().isEmpty())
                return std::unexpected(kustomizeError(tr("%1:%2: missing kind in object").arg(path).arg(document.sourceLine),
                                                      path, document.sourceLine, QStringLiteral("kustomize.object")));
            if (ResId::of(object).name.isEmpty())
                return std::unexpected(
                    kustomizeError(tr("%1:%2: missing metadata.name in object").arg(path).arg(document.sourceLine), path,
                                   document.sourceLine, QStringLiteral("kustomize.object")));
            KustomizeResource resource;
            resource.object = std::move(object);
            resource.sourceFile = path;
            resource.sourceLine = document.sourceLine;
            resource.original = resource.current();
            auto appended = appendResource(resources, std::move(resource));
            if (!appended)
                return appended;
        }
    }
    return {};
}

namespace {

/// Accumulated bases shared by every renderer, valid while each file they read has the same content key.
struct SharedBase
{
    std::vector<std::pair<QString, QByteArray>> reads;
    std::shared_ptr<const std::vector<KustomizeResource>> resources;
};

struct SharedBases
{
    QMutex mutex;
    QHash<QString, SharedBase> bases;
};

SharedBases& sharedBases()
{
    static SharedBases bases;
    return bases;
}

} // namespace

void KustomizeTarget::recordRead(const QString& path)
{
    if (m_reads.empty())
        return;
    const QByteArray key = m_source.contentKey(path);
    for (auto& reads : m_reads)
        reads.emplace_back(path, key);
}

Result<KustomizeTarget::Resources> KustomizeTarget::accumulateBase(const QString& path)
{
    {
        QMutexLocker lock(&m_cache.mutex);
        auto it = m_cache.bases.constFind(path);
        if (it != m_cache.bases.constEnd())
            return **it;
    }
    // The first key names the source and the base's kustomization file: a different source never shares it.
    const QString kustomization = kustomizationFile(m_source, path);
    const QByteArray sourceKey = kustomization.isEmpty() ? QByteArray() : m_source.contentKey(kustomization);
    const QString sharedKey = QString::fromUtf8(sourceKey);
    if (!sourceKey.isEmpty()) {
        SharedBase found;
        {
            QMutexLocker lock(&sharedBases().mutex);
            found = sharedBases().bases.value(sharedKey);
        }
        bool valid = found.resources != nullptr;
        for (const auto& [file, key] : found.reads) {
            if (!valid)
                break;
            valid = m_source.contentKey(file) == key;
        }
        if (valid) {
            for (auto& reads : m_reads)
                reads.insert(reads.end(), found.reads.begin(), found.reads.end());
            QMutexLocker lock(&m_cache.mutex);
            m_cache.bases.insert(path, found.resources);
            return *found.resources;
        }
    }
    const QStringList unsupportedBefore = m_unsupported;
    m_reads.emplace_back();
    Resources resources;
    auto accumulated = accumulate(path, resources, false, false);
    std::vector<std::pair<QString, QByteArray>> reads = std::move(m_reads.back());
    m_reads.pop_back();
    for (auto& outer : m_reads)
        outer.insert(outer.end(), reads.begin(), reads.end());
    if (!accumulated)
        return std::unexpected(accumulated.error());
    if (m_unsupported == unsupportedBefore) {
        auto shared = std::make_shared<const Resources>(resources);
        {
            QMutexLocker lock(&m_cache.mutex);
            m_cache.bases.insert(path, shared);
        }
        const bool everyReadKeyed = std::all_of(reads.begin(), reads.end(), [](const auto& r) { return !r.second.isEmpty(); });
        if (!sourceKey.isEmpty() && everyReadKeyed) {
            QMutexLocker lock(&sharedBases().mutex);
            if (sharedBases().bases.size() > 10000)
                sharedBases().bases.clear();
            sharedBases().bases.insert(sharedKey, SharedBase{std::move(reads), shared});
        }
    }
    return resources;
}

Result<void> KustomizeTarget::accumulateResource(const QString& directory, const QString& file, const QString& entry,
                                                 Resources& resources)
{
    if (isRemote(entry)) {
        unsupportedFeature(QStringLiteral("remote resource %1").arg(entry));
        return {};
    }
    const QString path = joinPath(directory, entry);
    if (leavesRepository(path))
        return std::unexpected(kustomizeError(tr("%1: resource '%2' leaves the repository").arg(file, entry), file, 0,
                                              QStringLiteral("kustomize.path")));
    if (m_source.isFile(path))
        return loadFile(path, resources, file);
    if (m_source.isDirectory(path)) {
        if (m_stack.contains(path))
            return std::unexpected(kustomizeError(tr("%1: cycle detected: '%2' includes itself").arg(file, path), file,
                                                  0, QStringLiteral("kustomize.cycle")));
        auto base = accumulateBase(path);
        if (!base)
            return std::unexpected(base.error());
        for (KustomizeResource& r : *base) {
            auto appended = appendResource(resources, std::move(r));
            if (!appended)
                return appended;
        }
        return {};
    }
    // Distinguish a refused path (symlink escape, ..) from a missing one.
    auto probe = m_source.read(path);
    if (!probe && probe.error().code != QLatin1String("kustomize.missing"))
        return std::unexpected(kustomizeError(tr("%1: resource '%2': %3").arg(file, entry, probe.error().message), file,
                                              0, probe.error().code));
    return std::unexpected(kustomizeError(
        tr("%1: accumulating resources: '%2': no such file or directory").arg(file, path), file, 0,
        QStringLiteral("kustomize.missing")));
}

Result<void> KustomizeTarget::accumulate(const QString& directory, Resources& resources, bool component, bool top)
{
    QString file;
    auto loaded = loadKustomization(directory, top, &file);
    if (!loaded)
        return std::unexpected(loaded.error());
    const QJsonObject k = *loaded;
    const QString kind = k.value(QLatin1String("kind")).toString();
    if (component && kind != QLatin1String("Component"))
        return std::unexpected(kustomizeError(
            tr("%1: expected kind 'Component' for path '%2' but got '%3'")
                .arg(file, directory, kind.isEmpty() ? QStringLiteral("Kustomization") : kind),
            file, 0, QStringLiteral("kustomize.kind")));
    if (!component && kind == QLatin1String("Component"))
        return std::unexpected(kustomizeError(
            tr("%1: expected kind != 'Component' for path '%2'").arg(file, directory), file, 0,
            QStringLiteral("kustomize.kind")));
    if (!kind.isEmpty() && kind != QLatin1String("Kustomization") && kind != QLatin1String("Component"))
        return std::unexpected(kustomizeError(tr("%1: unknown kind '%2'").arg(file, kind), file, 0,
                                              QStringLiteral("kustomize.kind")));
    auto checked = checkFields(k, file);
    if (!checked)
        return checked;

    m_stack.append(directory);
    auto pop = qScopeGuard([this] { m_stack.removeLast(); });

    QStringList entries = stringList(k.value(QLatin1String("resources")));
    entries += stringList(k.value(QLatin1String("bases")));
    for (const QString& entry : entries) {
        auto r = accumulateResource(directory, file, entry, resources);
        if (!r)
            return r;
    }
    for (const QString& entry : stringList(k.value(QLatin1String("components")))) {
        if (isRemote(entry)) {
            unsupportedFeature(QStringLiteral("remote component %1").arg(entry));
            continue;
        }
        const QString path = joinPath(directory, entry);
        if (leavesRepository(path))
            return std::unexpected(kustomizeError(tr("%1: component '%2' leaves the repository").arg(file, entry), file,
                                                  0, QStringLiteral("kustomize.path")));
        if (!m_source.isDirectory(path)) {
            if (m_source.isFile(path)) {
                unsupportedFeature(QStringLiteral("component file %1").arg(entry));
                continue;
            }
            return std::unexpected(kustomizeError(
                tr("%1: accumulating components: '%2': no such file or directory").arg(file, path), file, 0,
                QStringLiteral("kustomize.missing")));
        }
        if (m_stack.contains(path))
            return std::unexpected(kustomizeError(tr("%1: cycle detected: '%2' includes itself").arg(file, path), file,
                                                  0, QStringLiteral("kustomize.cycle")));
        auto r = accumulate(path, resources, true, false);
        if (!r)
            return r;
    }
    if (!m_unsupported.isEmpty())
        return {};
    auto generated = runGenerators(k, directory, file, resources);
    if (!generated)
        return generated;
    return runTransformers(k, directory, file, resources);
}

// ---- generators ---------------------------------------------------------------------------------------------------

namespace {

struct GeneratorOptions
{
    QList<QPair<QString, QString>> labels;
    QList<QPair<QString, QString>> annotations;
    bool disableNameSuffixHash = false;
    bool immutable = false;
};

GeneratorOptions readOptions(const QJsonObject& options)
{
    GeneratorOptions o;
    o.labels = pairsOf(options.value(QLatin1String("labels")));
    o.annotations = pairsOf(options.value(QLatin1String("annotations")));
    o.disableNameSuffixHash = options.value(QLatin1String("disableNameSuffixHash")).toBool();
    o.immutable = options.value(QLatin1String("immutable")).toBool();
    return o;
}

GeneratorOptions mergeOptions(const GeneratorOptions& global, const GeneratorOptions& local)
{
    GeneratorOptions merged = global;
    auto mergePairs = [](QList<QPair<QString, QString>>& into, const QList<QPair<QString, QString>>& from) {
        for (const auto& pair : from) {
            auto it = std::find_if(into.begin(), into.end(), [&](const auto& p) { return p.first == pair.first; });
            if (it != into.end())
                it->second = pair.second;
            else
                into.append(pair);
        }
    };
    mergePairs(merged.labels, local.labels);
    mergePairs(merged.annotations, local.annotations);
    merged.disableNameSuffixHash = global.disableNameSuffixHash || local.disableNameSuffixHash;
    merged.immutable = global.immutable || local.immutable;
    return merged;
}

QString stripQuotes(const QString& value)
{
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        return value.mid(1, value.size() - 2);
    return value;
}

QString fileName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

} // namespace

Result<void> KustomizeTarget::runGenerators(const QJsonObject& k, const QString& directory, const QString& file,
                                            Resources& resources)
{
    const GeneratorOptions global = readOptions(k.value(QLatin1String("generatorOptions")).toObject());
    for (const bool secret : {false, true}) {
        const char* field = secret ? "secretGenerator" : "configMapGenerator";
        for (const QJsonValue& argsValue : k.value(QLatin1String(field)).toArray()) {
            const QJsonObject args = argsValue.toObject();
            const QString name = scalarText(args.value(QLatin1String("name")));
            if (name.isEmpty())
                return std::unexpected(kustomizeError(tr("%1: %2: a generator needs a name").arg(file, QLatin1String(field)),
                                                      file, 0, QStringLiteral("kustomize.field")));
            const QString where = QStringLiteral("%1 '%2'").arg(QLatin1String(field), name);
            const GeneratorOptions options = mergeOptions(global, readOptions(args.value(QLatin1String("options")).toObject()));
            QList<QPair<QString, QByteArray>> entries;
            auto add = [&](const QString& key, const QByteArray& value) -> Result<void> {
                for (const auto& e : entries)
                    if (e.first == key)
                        return std::unexpected(kustomizeError(
                            tr("%1: %2: cannot add key '%3', another key by that name already exists").arg(file, where, key),
                            file, 0, QStringLiteral("kustomize.generator")));
                entries.append({key, value});
                return {};
            };
            // kustomize's FixKustomization appends the legacy `env` to `envs`.
            QStringList envFiles = stringList(args.value(QLatin1String("envs")));
            if (!scalarText(args.value(QLatin1String("env"))).isEmpty())
                envFiles.append(scalarText(args.value(QLatin1String("env"))));
            for (const QString& envFile : envFiles) {
                auto bytes = readConfined(directory, envFile, file, where);
                if (!bytes)
                    return std::unexpected(bytes.error());
                auto pairs = KustomizeEnvFile::parse(joinPath(directory, envFile), *bytes);
                if (!pairs)
                    return std::unexpected(pairs.error());
                for (const auto& [key, value] : *pairs) {
                    auto r = add(key, value);
                    if (!r)
                        return r;
                }
            }
            for (const QString& literal : stringList(args.value(QLatin1String("literals")))) {
                const qsizetype eq = literal.indexOf(QLatin1Char('='));
                if (eq < 0)
                    return std::unexpected(kustomizeError(
                        tr("%1: %2: invalid literal source %3, expected key=value").arg(file, where, literal), file, 0,
                        QStringLiteral("kustomize.generator")));
                auto r = add(literal.left(eq), stripQuotes(literal.mid(eq + 1)).toUtf8());
                if (!r)
                    return r;
            }
            for (const QString& source : stringList(args.value(QLatin1String("files")))) {
                const qsizetype eq = source.indexOf(QLatin1Char('='));
                const QString key = eq < 0 ? fileName(source) : source.left(eq);
                const QString path = eq < 0 ? source : source.mid(eq + 1);
                if (m_source.isDirectory(joinPath(directory, path))) {
                    unsupportedFeature(QStringLiteral("%1 files from a directory").arg(QLatin1String(field)));
                    continue;
                }
                auto bytes = readConfined(directory, path, file, where);
                if (!bytes)
                    return std::unexpected(bytes.error());
                auto r = add(key, *bytes);
                if (!r)
                    return r;
            }

            QJsonObject object;
            object.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
            object.insert(QStringLiteral("kind"), secret ? QStringLiteral("Secret") : QStringLiteral("ConfigMap"));
            QJsonObject metadata;
            metadata.insert(QStringLiteral("name"), name);
            const QString ns = scalarText(args.value(QLatin1String("namespace")));
            if (!ns.isEmpty())
                metadata.insert(QStringLiteral("namespace"), ns);
            if (!options.labels.isEmpty()) {
                QJsonObject labels;
                for (const auto& [key, value] : options.labels)
                    labels.insert(key, value);
                metadata.insert(QStringLiteral("labels"), labels);
            }
            if (!options.annotations.isEmpty()) {
                QJsonObject annotations;
                for (const auto& [key, value] : options.annotations)
                    annotations.insert(key, value);
                metadata.insert(QStringLiteral("annotations"), annotations);
            }
            object.insert(QStringLiteral("metadata"), metadata);
            QJsonObject data;
            QJsonObject binaryData;
            for (const auto& [key, value] : entries) {
                if (secret)
                    data.insert(key, kustomizeBase64(value));
                else if (isValidUtf8(value))
                    data.insert(key, QString::fromUtf8(value));
                else
                    binaryData.insert(key, kustomizeBase64(value));
            }
            if (!data.isEmpty() || secret)
                object.insert(QStringLiteral("data"), data);
            if (!binaryData.isEmpty())
                object.insert(QStringLiteral("binaryData"), binaryData);
            if (secret) {
                const QString type = scalarText(args.value(QLatin1String("type")));
                object.insert(QStringLiteral("type"), type.isEmpty() ? QStringLiteral("Opaque") : type);
            }
            if (options.immutable)
                object.insert(QStringLiteral("immutable"), true);

            KustomizeResource generated;
            generated.object = object;
            generated.sourceFile = file;
            generated.generated = true;
            generated.needsHash = !options.disableNameSuffixHash;
            generated.original = generated.current();

            const QString behavior = args.value(QLatin1String("behavior")).toString();
            const ResId id = generated.current();
            std::vector<std::size_t> matches;
            for (std::size_t i = 0; i < resources.size(); ++i)
                if (resources[i].anyIdEquals(id))
                    matches.push_back(i);
            if (matches.empty()) {
                if (behavior == QLatin1String("merge") || behavior == QLatin1String("replace"))
                    return std::unexpected(kustomizeError(
                        tr("%1: %2: id %3 does not exist; cannot merge or replace").arg(file, where, id.display()), file,
                        0, QStringLiteral("kustomize.generator")));
                if (!behavior.isEmpty() && behavior != QLatin1String("create"))
                    return std::unexpected(kustomizeError(tr("%1: %2: unknown behavior '%3'").arg(file, where, behavior),
                                                          file, 0, QStringLiteral("kustomize.generator")));
                resources.push_back(std::move(generated));
                continue;
            }
            if (matches.size() > 1)
                return std::unexpected(kustomizeError(
                    tr("%1: %2: found multiple objects that could accept merge of %3").arg(file, where, id.display()),
                    file, 0, QStringLiteral("kustomize.generator")));
            KustomizeResource& old = resources[matches.front()];
            if (behavior != QLatin1String("merge") && behavior != QLatin1String("replace"))
                return std::unexpected(kustomizeError(
                    tr("%1: %2: id %3 exists; behavior must be merge or replace").arg(file, where, id.display()), file,
                    0, QStringLiteral("kustomize.generator")));
            QJsonObject merged = generated.object;
            const QJsonObject oldMetadata = metadataOf(old.object);
            QJsonObject newMetadata = metadataOf(merged);
            for (const char* field2 : {"labels", "annotations"}) {
                QJsonObject combined = oldMetadata.value(QLatin1String(field2)).toObject();
                const QJsonObject mine = newMetadata.value(QLatin1String(field2)).toObject();
                for (auto it = mine.begin(); it != mine.end(); ++it)
                    combined.insert(it.key(), it.value());
                if (!combined.isEmpty())
                    newMetadata.insert(QLatin1String(field2), combined);
            }
            newMetadata.insert(QStringLiteral("name"), oldMetadata.value(QLatin1String("name")));
            if (oldMetadata.contains(QLatin1String("namespace")))
                newMetadata.insert(QStringLiteral("namespace"), oldMetadata.value(QLatin1String("namespace")));
            else
                newMetadata.remove(QStringLiteral("namespace"));
            merged.insert(QStringLiteral("metadata"), newMetadata);
            if (behavior == QLatin1String("merge")) {
                for (const char* field2 : {"data", "binaryData"}) {
                    QJsonObject combined = old.object.value(QLatin1String(field2)).toObject();
                    const QJsonObject mine = merged.value(QLatin1String(field2)).toObject();
                    for (auto it = mine.begin(); it != mine.end(); ++it)
                        combined.insert(it.key(), it.value());
                    if (!combined.isEmpty())
                        merged.insert(QLatin1String(field2), combined);
                }
            }
            old.object = merged;
            old.needsHash = old.needsHash || generated.needsHash;
            old.generated = true;
            if (old.sourceFile.isEmpty())
                old.sourceFile = file;
        }
    }
    return {};
}

// ---- transformers -------------------------------------------------------------------------------------------------

Result<void> KustomizeTarget::runTransformers(const QJsonObject& k, const QString& directory, const QString& file,
                                              Resources& resources)
{
    auto patched = applyPatches(k, directory, file, resources, false);
    if (!patched)
        return patched;

    // namespace
    const QString ns = scalarText(k.value(QLatin1String("namespace")));
    if (!ns.isEmpty()) {
        for (KustomizeResource& r : resources) {
            r.storePrevious();
            const ResId id = r.current();
            if (!isClusterScoped(id))
                setMetadataField(r.object, QStringLiteral("namespace"), ns);
            if (id.kind == QLatin1String("Namespace"))
                setMetadataField(r.object, QStringLiteral("name"), ns);
            auto setNs = [&](QJsonValue& v) { v = ns; };
            if (id.kind == QLatin1String("APIService") && id.group == QLatin1String("apiregistration.k8s.io"))
                FieldSpec::make({}, QStringLiteral("spec/service/namespace"), true).visit(r.object, setNs);
            if (id.kind == QLatin1String("CustomResourceDefinition") && id.group == QLatin1String("apiextensions.k8s.io"))
                FieldSpec::make({}, QStringLiteral("spec/conversion/webhook/clientConfig/service/namespace"), false)
                    .visit(r.object, setNs);
            if (id.kind == QLatin1String("RoleBinding") || id.kind == QLatin1String("ClusterRoleBinding")) {
                QJsonArray subjects = r.object.value(QLatin1String("subjects")).toArray();
                bool changed = false;
                for (qsizetype i = 0; i < subjects.size(); ++i) {
                    QJsonObject subject = subjects.at(i).toObject();
                    if (subjects.at(i).isObject() && subject.value(QLatin1String("name")).toString() == QLatin1String("default")) {
                        subject.insert(QStringLiteral("namespace"), ns);
                        subjects.replace(i, subject);
                        changed = true;
                    }
                }
                if (changed)
                    r.object.insert(QStringLiteral("subjects"), subjects);
            }
        }
    }

    if (!ns.isEmpty()) {
        QSet<QString> seen;
        for (const KustomizeResource& r : resources) {
            const ResId id = r.current();
            const QString key = id.gvkString() + QLatin1Char('|')
                + (id.ns.isEmpty() ? QStringLiteral("default") : id.ns) + QLatin1Char('|') + id.name;
            if (seen.contains(key))
                return std::unexpected(kustomizeError(
                    tr("%1: namespace transformation produces ID conflict: %2").arg(file, id.display()), file, 0,
                    QStringLiteral("kustomize.conflict")));
            seen.insert(key);
        }
    }

    // namePrefix, nameSuffix
    for (const bool suffix : {false, true}) {
        const QString affix = scalarText(k.value(suffix ? QLatin1String("nameSuffix") : QLatin1String("namePrefix")));
        if (affix.isEmpty())
            continue;
        for (KustomizeResource& r : resources) {
            const ResId org = r.original;
            if (org.kind == QLatin1String("CustomResourceDefinition") || org.kind == QLatin1String("Namespace")
                || (org.kind == QLatin1String("APIService") && org.group == QLatin1String("apiregistration.k8s.io")))
                continue;
            if (suffix)
                r.suffixes.append(affix);
            else
                r.prefixes.append(affix);
            r.storePrevious();
            const QString name = r.current().name;
            setMetadataField(r.object, QStringLiteral("name"), suffix ? QString(name + affix) : QString(affix + name));
        }
    }

    // commonLabels, labels
    applyMapSpecs(resources, KustomizeBuiltins::commonLabels(), pairsOf(k.value(QLatin1String("commonLabels"))));
    for (const QJsonValue& labelValue : k.value(QLatin1String("labels")).toArray()) {
        const QJsonObject label = labelValue.toObject();
        const auto pairs = pairsOf(label.value(QLatin1String("pairs")));
        if (label.value(QLatin1String("includeSelectors")).toBool()) {
            applyMapSpecs(resources, KustomizeBuiltins::commonLabels(), pairs);
        } else if (label.value(QLatin1String("includeTemplates")).toBool()) {
            applyMapSpecs(resources, KustomizeBuiltins::templateLabels(), pairs);
        } else {
            static const std::vector<FieldSpec> metadataOnly{FieldSpec::make({}, QStringLiteral("metadata/labels"), true)};
            applyMapSpecs(resources, metadataOnly, pairs);
        }
    }

    // commonAnnotations
    applyMapSpecs(resources, KustomizeBuiltins::commonAnnotations(),
                  pairsOf(k.value(QLatin1String("commonAnnotations"))));

    // patchesJson6902
    patched = applyPatches(k, directory, file, resources, true);
    if (!patched)
        return patched;

    // replicas
    for (const QJsonValue& replicaValue : k.value(QLatin1String("replicas")).toArray()) {
        const QJsonObject replica = replicaValue.toObject();
        const QString name = scalarText(replica.value(QLatin1String("name")));
        const QJsonValue count = replica.value(QLatin1String("count"));
        bool applied = false;
        for (const FieldSpec& spec : KustomizeBuiltins::replicas()) {
            for (KustomizeResource& r : resources) {
                // kustomize matches the name against the current and every earlier id of the object.
                auto matches = [&](const ResId& id) {
                    return id.name == name && spec.selects(id.group, id.version, id.kind);
                };
                bool named = matches(r.current()) || matches(r.original);
                for (const ResId& p : r.previous)
                    named = named || matches(p);
                if (!named)
                    continue;
                spec.visit(r.object, [&](QJsonValue& v) { v = count.isDouble() ? count : QJsonValue(count.toInt()); });
                applied = true;
            }
        }
        {
            if (!applied)
                return std::unexpected(kustomizeError(
                    tr("%1: replicas: resource with name %2 does not match a config with the following GVK [Deployment "
                       "StatefulSet ReplicaSet ReplicationController]")
                        .arg(file, name),
                    file, 0, QStringLiteral("kustomize.replicas")));
        }
    }

    // images
    for (const QJsonValue& imageValue : k.value(QLatin1String("images")).toArray()) {
        const QJsonObject image = imageValue.toObject();
        ImageRule rule{scalarText(image.value(QLatin1String("name"))), scalarText(image.value(QLatin1String("newName"))),
                       scalarText(image.value(QLatin1String("newTag"))), scalarText(image.value(QLatin1String("digest")))};
        if (rule.name.isEmpty())
            continue;
        for (KustomizeResource& r : resources) {
            QJsonValue whole = r.object;
            updateImagesEverywhere(whole, rule);
            QJsonObject object = whole.toObject();
            for (const char* path : {"spec/volumes[]/image/reference", "spec/template/spec/volumes[]/image/reference"})
                FieldSpec::make({}, QLatin1String(path), false).visit(object, [&](QJsonValue& v) {
                    updateImageValue(v, rule);
                });
            r.object = object;
        }
    }
    return {};
}

Result<void> KustomizeTarget::applyPatches(const QJsonObject& k, const QString& directory, const QString& file,
                                           Resources& resources, bool json6902Only)
{
    const bool hasStrategic = !k.value(QLatin1String("patchesStrategicMerge")).toArray().isEmpty();
    const bool hasPatches = !k.value(QLatin1String("patches")).toArray().isEmpty();
    const bool hasJson = !k.value(QLatin1String("patchesJson6902")).toArray().isEmpty();
    if (json6902Only ? !hasJson : !(hasStrategic || hasPatches))
        return {};
#ifndef FLEETDESK_HAVE_PATCH_ENGINE
    Q_UNUSED(directory);
    Q_UNUSED(file);
    Q_UNUSED(resources);
    unsupportedFeature(json6902Only ? QStringLiteral("patchesJson6902") : QStringLiteral("patches"));
    return {};
#else
    return applyPatchEngine(k, directory, file, resources, json6902Only);
#endif
}

#ifdef FLEETDESK_HAVE_PATCH_ENGINE
Result<void> KustomizeTarget::applyPatchEngine(const QJsonObject& k, const QString& directory, const QString& file,
                                               Resources& resources, bool json6902Only)
{
    // The text of a patch: a file next to the kustomization, or inline YAML.
    auto patchText = [&](const QJsonObject& entry, const QString& field) -> Result<std::pair<QByteArray, QString>> {
        if (entry.contains(QLatin1String("path"))) {
            const QString path = scalarText(entry.value(QLatin1String("path")));
            auto bytes = readConfined(directory, path, file, field);
            if (!bytes)
                return std::unexpected(bytes.error());
            return std::make_pair(*bytes, joinPath(directory, path));
        }
        if (entry.contains(QLatin1String("patch")))
            return std::make_pair(entry.value(QLatin1String("patch")).toString().toUtf8(), file);
        return std::unexpected(kustomizeError(tr("%1: %2: a patch needs a path or a patch").arg(file, field), file, 0,
                                              QStringLiteral("kustomize.patch")));
    };
    auto applyTo = [&](std::size_t index, const PatchDocument& patch, const QJsonObject& options,
                       const QString& where) -> Result<void> {
        KustomizeResource& r = resources[index];
        const ResId before = r.current();
        Result<QJsonObject> result = QJsonObject();
        if (patch.kind == PatchDocument::Kind::Json6902) {
            result = applyJsonPatch(r.object, patch.operations);
        } else {
            result = r.object;
            // kustomize gives the patch the target's name and kind unless options.allowNameChange/allowKindChange.
            const bool keepPatchName = options.value(QLatin1String("allowNameChange")).toBool();
            const bool keepPatchKind = options.value(QLatin1String("allowKindChange")).toBool();
            for (const QJsonObject& merge : patch.mergePatches) {
                result = applyStrategicMerge(*result, merge);
                if (!result || result->isEmpty())
                    break;
                const QString patchName = ResId::of(merge).name;
                const QString patchKind = merge.value(QLatin1String("kind")).toString();
                if (keepPatchName && !patchName.isEmpty())
                    setMetadataField(*result, QStringLiteral("name"), patchName);
                if (keepPatchKind && !patchKind.isEmpty())
                    result->insert(QStringLiteral("kind"), patchKind);
            }
        }
        if (!result)
            return std::unexpected(kustomizeError(tr("%1: %2: %3").arg(where, before.display(), result.error().message),
                                                  where, result.error().where.line, result.error().code));
        r.object = *result;
        const ResId after = r.current();
        if (!r.object.isEmpty() && (after.name != before.name || after.kind != before.kind)) {
            const bool allowName = options.value(QLatin1String("allowNameChange")).toBool();
            const bool allowKind = options.value(QLatin1String("allowKindChange")).toBool();
            if ((after.name != before.name && !allowName) || (after.kind != before.kind && !allowKind)) {
                if (!allowName)
                    setMetadataField(r.object, QStringLiteral("name"), before.name);
                if (!allowKind)
                    r.object.insert(QStringLiteral("kind"), before.kind);
            }
            if (r.current().name != before.name || r.current().kind != before.kind)
                r.previous.push_back(before);
        }
        return {};
    };
    auto byId = [&](const QJsonObject& patch, const QString& where) -> Result<std::size_t> {
        ResId id = ResId::of(patch);
        for (std::size_t i = 0; i < resources.size(); ++i)
            if (resources[i].current().equals(id))
                return i;
        std::vector<std::size_t> matches;
        for (std::size_t i = 0; i < resources.size(); ++i)
            if (resources[i].anyIdEquals(id))
                matches.push_back(i);
        if (matches.size() == 1)
            return matches.front();
        return std::unexpected(kustomizeError(
            matches.empty() ? tr("%1: no matches for Id %2; failed to find unique target for patch %2").arg(where, id.display())
                            : tr("%1: multiple matches for Id %2; failed to find unique target for patch %2")
                                  .arg(where, id.display()),
            where, 0, QStringLiteral("kustomize.patch")));
    };
    auto removeEmpty = [&] {
        resources.erase(std::remove_if(resources.begin(), resources.end(),
                                       [](const KustomizeResource& r) { return r.object.isEmpty(); }),
                        resources.end());
    };
    auto applyById = [&](const PatchDocument& patch, const QJsonObject& options, const QString& where) -> Result<void> {
        for (const QJsonObject& merge : patch.mergePatches) {
            auto index = byId(merge, where);
            if (!index)
                return std::unexpected(index.error());
            PatchDocument single;
            single.mergePatches.push_back(merge);
            auto r = applyTo(*index, single, options, where);
            if (!r)
                return r;
            removeEmpty();
        }
        return {};
    };
    auto selected = [&](const PatchTarget& target) {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < resources.size(); ++i) {
            const KustomizeResource& r = resources[i];
            QStringList names{r.original.name};
            QStringList namespaces{r.original.ns};
            if (target.matches(r.object, names, namespaces))
                out.push_back(i);
        }
        return out;
    };

    if (!json6902Only) {
        for (const QJsonValue& value : k.value(QLatin1String("patchesStrategicMerge")).toArray()) {
            const QString entry = value.toString();
            QByteArray text = entry.toUtf8();
            QString where = file;
            const QString path = joinPath(directory, entry);
            if (!entry.contains(QLatin1Char('\n')) && !leavesRepository(path) && m_source.isFile(path)) {
                auto bytes = readConfined(directory, entry, file, QStringLiteral("patchesStrategicMerge"));
                if (!bytes)
                    return std::unexpected(bytes.error());
                text = *bytes;
                where = path;
            } else if (!entry.contains(QLatin1Char('\n')) && !entry.contains(QLatin1Char(':'))) {
                return std::unexpected(kustomizeError(
                    tr("%1: patchesStrategicMerge: '%2': no such file or directory").arg(file, entry), file, 0,
                    QStringLiteral("kustomize.missing")));
            }
            auto patch = PatchDocument::parse(text, where);
            if (!patch)
                return std::unexpected(patch.error());
            if (patch->kind != PatchDocument::Kind::StrategicMerge)
                return std::unexpected(kustomizeError(tr("%1: patchesStrategicMerge holds a JSON 6902 patch").arg(where),
                                                      where, 0, QStringLiteral("kustomize.patch")));
            auto r = applyById(*patch, {}, where);
            if (!r)
                return r;
        }
        for (const QJsonValue& value : k.value(QLatin1String("patches")).toArray()) {
            const QJsonObject entry = value.toObject();
            auto text = patchText(entry, QStringLiteral("patches"));
            if (!text)
                return std::unexpected(text.error());
            auto patch = PatchDocument::parse(text->first, text->second);
            if (!patch)
                return std::unexpected(patch.error());
            const QJsonObject options = entry.value(QLatin1String("options")).toObject();
            if (!entry.contains(QLatin1String("target")) || entry.value(QLatin1String("target")).isNull()) {
                if (patch->kind == PatchDocument::Kind::Json6902)
                    return std::unexpected(kustomizeError(tr("%1: patches: must specify a target for JSON patch %2")
                                                              .arg(file, text->second),
                                                          file, 0, QStringLiteral("kustomize.patch")));
                auto r = applyById(*patch, options, text->second);
                if (!r)
                    return r;
                continue;
            }
            auto target = PatchTarget::fromJson(entry.value(QLatin1String("target")).toObject());
            if (!target)
                return std::unexpected(kustomizeError(tr("%1: patches: target: %2").arg(file, target.error().message),
                                                      file, 0, QStringLiteral("kustomize.patch")));
            for (std::size_t index : selected(*target)) {
                auto r = applyTo(index, *patch, options, text->second);
                if (!r)
                    return r;
            }
            removeEmpty();
        }
        return {};
    }
    for (const QJsonValue& value : k.value(QLatin1String("patchesJson6902")).toArray()) {
        const QJsonObject entry = value.toObject();
        auto text = patchText(entry, QStringLiteral("patchesJson6902"));
        if (!text)
            return std::unexpected(text.error());
        auto patch = PatchDocument::parse(text->first, text->second);
        if (!patch)
            return std::unexpected(patch.error());
        if (patch->kind != PatchDocument::Kind::Json6902)
            return std::unexpected(kustomizeError(tr("%1: patchesJson6902: not a JSON 6902 patch").arg(text->second),
                                                  text->second, 0, QStringLiteral("kustomize.patch")));
        auto target = PatchTarget::fromJson(entry.value(QLatin1String("target")).toObject());
        if (!target)
            return std::unexpected(kustomizeError(tr("%1: patchesJson6902: target: %2").arg(file, target.error().message),
                                                  file, 0, QStringLiteral("kustomize.patch")));
        for (std::size_t index : selected(*target)) {
            auto r = applyTo(index, *patch, {}, text->second);
            if (!r)
                return r;
        }
        removeEmpty();
    }
    return {};
}
#endif

// ---- the whole build ----------------------------------------------------------------------------------------------

Result<std::vector<KustomizeResource>> KustomizeTarget::build(const QString& directory)
{
    const QString top = directory.isEmpty() ? QStringLiteral(".") : QDir::cleanPath(directory);
    if (leavesRepository(top))
        return std::unexpected(kustomizeError(tr("%1: path leaves the repository").arg(directory), directory, 0,
                                              QStringLiteral("kustomize.path")));
    if (!m_source.isDirectory(top)) {
        auto probe = m_source.read(top);
        if (!probe && probe.error().code != QLatin1String("kustomize.missing"))
            return std::unexpected(probe.error());
        return std::unexpected(kustomizeError(tr("%1: no such directory").arg(top), top, 0,
                                              QStringLiteral("kustomize.missing")));
    }
    Resources resources;
    auto accumulated = accumulate(top, resources, false, true);
    if (!accumulated)
        return std::unexpected(accumulated.error());
    if (!m_unsupported.isEmpty())
        return resources;

    // Generator hash suffixes, over the final object, then the references to the new names.
    for (KustomizeResource& r : resources) {
        if (!r.needsHash)
            continue;
        r.storePrevious();
        const QString hash = KustomizeHash::hash(r.object);
        setMetadataField(r.object, QStringLiteral("name"), QString(r.current().name + QLatin1Char('-') + hash));
        r.needsHash = false;
    }
    auto fixed = NameReferenceFixer(resources).run();
    if (!fixed)
        return std::unexpected(fixed.error());

    std::stable_sort(resources.begin(), resources.end(), [](const KustomizeResource& a, const KustomizeResource& b) {
        return legacyLess(a.current(), b.current());
    });
    return resources;
}

} // namespace fleetdesk
