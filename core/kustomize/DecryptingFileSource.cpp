#include "DecryptingFileSource.h"

#include "kustomize/KustomizeYaml.h"
#include "sops/SopsFile.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace fleetdesk {

namespace {

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

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        if (item.isString())
            out.append(item.toString());
    return out;
}

/// Go's url.Parse(path) with a scheme and a host.
bool isRemoteUrl(const QString& path)
{
    const QUrl url(path, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

/// isSOPSEncryptedResource: a top-level "sops" with a "mac".
bool isSopsResource(const QJsonObject& object)
{
    const QJsonValue sops = object.value(QLatin1String("sops"));
    if (!sops.isObject() || sops.toObject().isEmpty())
        return false;
    const QJsonValue mac = sops.toObject().value(QLatin1String("mac"));
    return !(mac.isUndefined() || mac.isNull() || (mac.isString() && mac.toString().isEmpty()));
}

SopsFile::Format storeFormat(DecryptingFileSource::Format format)
{
    switch (format) {
    case DecryptingFileSource::Format::Dotenv:
        return SopsFile::Format::Dotenv;
    case DecryptingFileSource::Format::Ini:
        return SopsFile::Format::Ini;
    case DecryptingFileSource::Format::Yaml:
        return SopsFile::Format::Yaml;
    case DecryptingFileSource::Format::Binary: // the JSON store with a single "data" value
    case DecryptingFileSource::Format::Json:
        break;
    }
    return SopsFile::Format::Json;
}

} // namespace

DecryptingFileSource::DecryptingFileSource(const RenderFileSource& inner, QList<AgeIdentity> identities,
                                           QString keyError)
    : m_inner(inner)
    , m_identities(std::move(identities))
    , m_keyError(std::move(keyError))
{
}

DecryptingFileSource::Format DecryptingFileSource::formatForPath(const QString& path)
{
    // kustomize-controller's formatForPath over sops's formats.FormatForPath (case-sensitive suffixes).
    if (path.endsWith(QLatin1String(".dockerconfigjson")))
        return Format::Json;
    if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml")))
        return Format::Yaml;
    if (path.endsWith(QLatin1String(".json")))
        return Format::Json;
    if (path.endsWith(QLatin1String(".env")))
        return Format::Dotenv;
    if (path.endsWith(QLatin1String(".ini")))
        return Format::Ini;
    return Format::Binary;
}

QByteArrayView DecryptingFileSource::marker(Format format)
{
    switch (format) {
    case Format::Yaml:
        return "mac: ENC[";
    case Format::Dotenv:
        return "sops_mac=ENC[";
    case Format::Ini:
        return "[sops]";
    case Format::Binary:
    case Format::Json:
        break;
    }
    return "\"mac\": \"ENC[";
}

Result<void> DecryptingFileSource::decryptSources(const QString& directory,
                                                  const std::optional<QByteArray>& topKustomization)
{
    m_visitedDirectories.clear();
    return visitDirectory(QDir::cleanPath(directory.isEmpty() ? QStringLiteral(".") : directory), topKustomization,
                          true);
}

Result<void> DecryptingFileSource::visitDirectory(const QString& directory, const std::optional<QByteArray>& override,
                                                  bool top)
{
    const QString dir = directory == QLatin1String(".") ? QString() : directory;
    if (leavesRepository(directory) || m_visitedDirectories.contains(dir))
        return {};
    m_visitedDirectories.insert(dir);
    if (!dir.isEmpty() && !m_inner.isDirectory(dir))
        return {};
    QByteArray content;
    QString file;
    if (top && override) {
        content = *override;
        file = joinPath(dir, QStringLiteral("kustomization.yaml"));
    } else {
        for (const char* name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
            const QString candidate = joinPath(dir, QLatin1String(name));
            if (!m_inner.isFile(candidate))
                continue;
            if (!file.isEmpty())
                return {}; // several kustomization files: the renderer reports it
            file = candidate;
        }
        if (file.isEmpty())
            return {};
        auto read = m_inner.read(file);
        if (!read)
            return {};
        content = *read;
    }
    auto documents = KustomizeYaml::parseDocuments(file, content);
    if (!documents || documents->empty())
        return {}; // the renderer reports the syntax error
    const QJsonObject kustomization = documents->front().object;

    auto visit = [&](const QString& reference, Format format) -> Result<void> {
        const QString path = joinPath(dir, reference);
        if (leavesRepository(path) || m_plain.contains(path))
            return {};
        return decryptFile(path, format);
    };
    for (const QJsonValue& generator : kustomization.value(QLatin1String("secretGenerator")).toArray()) {
        const QJsonObject args = generator.toObject();
        for (const QString& source : strings(args.value(QLatin1String("files")))) {
            const qsizetype eq = source.indexOf(QLatin1Char('='));
            const QString key = eq < 0 ? source : source.left(eq);
            const QString path = eq < 0 ? source : source.mid(eq + 1);
            if (auto r = visit(path, formatForPath(key)); !r)
                return r;
        }
        for (const QString& env : strings(args.value(QLatin1String("envs")))) {
            const Format format = formatForPath(env);
            if (auto r = visit(env, format == Format::Binary ? Format::Dotenv : format); !r)
                return r;
        }
    }
    for (const QJsonValue& patch : kustomization.value(QLatin1String("patches")).toArray()) {
        const QString path = patch.toObject().value(QLatin1String("path")).toString();
        if (path.isEmpty() || isRemoteUrl(path))
            continue;
        if (auto r = visit(path, formatForPath(path)); !r)
            return r;
    }
    for (const QString& entry : strings(kustomization.value(QLatin1String("resources")))
             + strings(kustomization.value(QLatin1String("components")))) {
        if (auto r = visitDirectory(joinPath(dir, entry), std::nullopt, false); !r)
            return r;
    }
    return {};
}

Result<void> DecryptingFileSource::decryptFile(const QString& path, Format format)
{
    if (!m_inner.isFile(path))
        return {}; // missing: the renderer reports it
    auto data = m_inner.read(path);
    if (!data)
        return {};
    if (data->size() > MaxFileSize)
        return makeError(tr("error decrypting sources: cannot decrypt %1: its size (%2 bytes) exceeds the limit (%3)")
                             .arg(path)
                             .arg(data->size())
                             .arg(MaxFileSize),
                         SourceLocation{path, 0, 0}, QStringLiteral("limit.size"));
    if (!data->contains(marker(format)))
        return {};
    auto plain = decrypt(*data, format, format, path);
    if (!plain)
        return makeError(tr("error decrypting sources: %1").arg(plain.error().message), plain.error().where,
                         plain.error().code);
    m_plain.insert(path, std::move(*plain));
    return {};
}

Result<SecureBuffer> DecryptingFileSource::decrypt(QByteArrayView data, Format input, Format output,
                                                   const QString& what) const
{
    if (m_identities.isEmpty())
        return makeError(tr("%1 is SOPS-encrypted, and there is no key to decrypt it: %2")
                             .arg(what, m_keyError.isEmpty() ? tr("no age identity") : m_keyError),
                         SourceLocation{what, 0, 0}, QStringLiteral("sops.datakey"));
    auto tree = SopsFile::parse(data, storeFormat(input), what);
    if (!tree)
        return std::unexpected(tree.error());
    auto metadata = SopsFile::extractMetadata(*tree, what);
    if (!metadata)
        return std::unexpected(metadata.error());
    if (!*metadata)
        return makeError(tr("%1: not a SOPS-encrypted file (no \"sops\" metadata)").arg(what),
                         SourceLocation{what, 0, 0}, QStringLiteral("sops.format"));
    auto key = SopsFile::dataKey(**metadata, m_identities, what);
    if (!key)
        return std::unexpected(key.error());
    if (auto r = SopsFile::decryptTree(*tree, **metadata, *key, what); !r)
        return std::unexpected(r.error());
    if (output == Format::Binary) {
        // The binary store's plaintext is its "data" value.
        const SopsNode* value = tree->documents.empty() ? nullptr : tree->documents.front().find(QStringLiteral("data"));
        if (!value || !value->isScalar())
            return makeError(tr("%1: no binary data found in the decrypted tree (no \"data\" value)").arg(what),
                             SourceLocation{what, 0, 0}, QStringLiteral("sops.format"));
        return value->text;
    }
    const bool commentRegex = !(*metadata)->selection.encryptedCommentRegex.isEmpty()
        || !(*metadata)->selection.unencryptedCommentRegex.isEmpty();
    return SopsFile::write(*tree, storeFormat(output), 0, commentRegex);
}

Result<void> DecryptingFileSource::decryptSecretData(QJsonObject& object) const
{
    if (object.value(QLatin1String("kind")).toString() != QLatin1String("Secret") || isSopsResource(object))
        return {};
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    if (metadata.value(QLatin1String("annotations")).toObject().value(QLatin1String("kustomize.toolkit.fluxcd.io/decrypt"))
            .toString()
            .compare(QLatin1String("disabled"), Qt::CaseInsensitive)
        == 0)
        return {};
    QJsonObject data = object.value(QLatin1String("data")).toObject();
    bool changed = false;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QByteArray encoded = it.value().toString().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue; // left for the build to report, as the controller does
        const SecureBuffer bytes = SecureBuffer::fromView(*decoded);
        std::optional<Format> input;
        for (Format f : {Format::Json, Format::Yaml, Format::Dotenv, Format::Ini})
            if (bytes.byteView().contains(marker(f))) {
                input = f;
                break;
            }
        if (!input)
            continue;
        const QString what = tr("Secret/%1 data key %2").arg(metadata.value(QLatin1String("name")).toString(), it.key());
        auto plain = decrypt(bytes.byteView(), *input, formatForPath(it.key()), what);
        if (!plain)
            return makeError(tr("decryption failed for 'Secret/%1': %2")
                                 .arg(metadata.value(QLatin1String("name")).toString(), plain.error().message),
                             plain.error().where, plain.error().code);
        // Qt's copies cannot use the wiping allocator: wipe them by hand once the value is stored.
        QByteArray raw = plain->byteView().toByteArray();
        QByteArray encodedPlain = raw.toBase64();
        it.value() = QString::fromLatin1(encodedPlain);
        secureWipe(raw.data(), std::size_t(raw.size()));
        secureWipe(encodedPlain.data(), std::size_t(encodedPlain.size()));
        changed = true;
    }
    if (changed)
        object.insert(QLatin1String("data"), data);
    return {};
}

QStringList DecryptingFileSource::decryptedFiles() const
{
    QStringList out = m_plain.keys();
    std::sort(out.begin(), out.end());
    return out;
}

bool DecryptingFileSource::isDirectory(const QString& path) const
{
    return m_inner.isDirectory(path);
}

bool DecryptingFileSource::isFile(const QString& path) const
{
    return m_inner.isFile(path);
}

QStringList DecryptingFileSource::entries(const QString& path) const
{
    return m_inner.entries(path);
}

Result<QByteArray> DecryptingFileSource::read(const QString& path) const
{
    auto it = m_plain.constFind(QDir::cleanPath(path));
    if (it != m_plain.constEnd())
        return it->byteView().toByteArray();
    return m_inner.read(path);
}

Result<QString> DecryptingFileSource::materialize() const
{
    if (!m_plain.isEmpty())
        return makeError(tr("unsupported: the kustomize binary would need the decrypted %1 on disk; Fleetdesk keeps "
                            "SOPS plaintext in memory only")
                             .arg(decryptedFiles().join(QLatin1String(", "))),
                         {}, QStringLiteral("kustomize.unsupported"));
    return m_inner.materialize();
}

QByteArray DecryptingFileSource::contentKey(const QString& path) const
{
    if (m_plain.contains(QDir::cleanPath(path)))
        return {};
    return m_inner.contentKey(path);
}

} // namespace fleetdesk
