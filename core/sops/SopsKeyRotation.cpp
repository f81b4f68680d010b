#include "SopsKeyRotation.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsKeyRotation", text);
}

struct Loaded
{
    SopsTree tree;
    SopsMetadata metadata;
    SecureBuffer dataKey;
};

Result<Loaded> load(QByteArrayView encrypted, SopsFile::Format format, const QList<AgeIdentity>& identities,
                    const QString& file)
{
    auto tree = SopsFile::parse(encrypted, format, file);
    if (!tree)
        return std::unexpected(tree.error());
    auto meta = SopsFile::extractMetadata(*tree, file);
    if (!meta)
        return std::unexpected(meta.error());
    if (!*meta)
        return makeError(tr("%1: not a SOPS-encrypted file").arg(file), SourceLocation{file, 0, 0},
                         QStringLiteral("sops.format"));
    auto key = SopsFile::dataKey(**meta, identities, file);
    if (!key)
        return std::unexpected(key.error());
    return Loaded{std::move(*tree), std::move(**meta), std::move(*key)};
}

QStringList recipientsOf(const QList<QList<AgeRecipient>>& groups)
{
    QStringList out;
    for (const auto& g : groups) {
        QStringList one;
        for (const AgeRecipient& r : g)
            one.append(r.toString());
        one.sort();
        out.append(one.join(QLatin1Char(',')));
    }
    return out;
}

QStringList recipientsOf(const SopsMetadata& m)
{
    QStringList out;
    for (const SopsKeyGroup& g : m.keyGroups) {
        QStringList one;
        for (const SopsAgeKey& k : g.age)
            one.append(k.recipient);
        one.sort();
        out.append(one.join(QLatin1Char(',')));
    }
    return out;
}

Result<QList<QList<AgeRecipient>>> currentGroups(const SopsMetadata& m, const QString& file)
{
    QList<QList<AgeRecipient>> groups;
    for (const SopsKeyGroup& g : m.keyGroups) {
        QList<AgeRecipient> list;
        for (const SopsAgeKey& k : g.age) {
            auto r = AgeRecipient::parse(k.recipient);
            if (!r)
                return makeError(tr("%1: %2").arg(file, r.error().message), SourceLocation{file, 0, 0},
                                 QStringLiteral("sops.metadata"));
            list.append(*r);
        }
        groups.append(list);
    }
    return groups;
}

} // namespace

Result<SopsKeyRotation::Outcome> SopsKeyRotation::updateKeys(QByteArrayView encrypted, SopsFile::Format format,
                                                             const QList<AgeIdentity>& identities,
                                                             const QList<QList<AgeRecipient>>& keyGroups,
                                                             int shamirThreshold, const QString& file, int indent)
{
    auto loaded = load(encrypted, format, identities, file);
    if (!loaded)
        return std::unexpected(loaded.error());
    const bool sameKeys = recipientsOf(loaded->metadata) == recipientsOf(keyGroups)
        && std::all_of(loaded->metadata.keyGroups.begin(), loaded->metadata.keyGroups.end(),
                       [](const SopsKeyGroup& g) { return g.foreign.empty(); });
    if (sameKeys)
        return Outcome{encrypted.toByteArray(), false};
    if (auto r = SopsFile::wrapDataKey(loaded->metadata, loaded->dataKey, keyGroups, shamirThreshold); !r)
        return std::unexpected(r.error());
    SopsFile::insertMetadata(loaded->tree, loaded->metadata);
    const bool regex = !loaded->metadata.selection.encryptedCommentRegex.isEmpty()
        || !loaded->metadata.selection.unencryptedCommentRegex.isEmpty();
    return Outcome{SopsFile::write(loaded->tree, format, indent, regex).toByteArray(), true};
}

Result<QByteArray> SopsKeyRotation::rotate(QByteArrayView encrypted, SopsFile::Format format,
                                           const QList<AgeIdentity>& identities,
                                           const QList<QList<AgeRecipient>>& keyGroups, int shamirThreshold,
                                           const QString& file, int indent)
{
    auto loaded = load(encrypted, format, identities, file);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto r = SopsFile::decryptTree(loaded->tree, loaded->metadata, loaded->dataKey, file); !r)
        return std::unexpected(r.error());
    const SecureBuffer newKey = crypto::randomSecret(32);
    if (auto r = SopsFile::wrapDataKey(loaded->metadata, newKey, keyGroups, shamirThreshold); !r)
        return std::unexpected(r.error());
    if (auto r = SopsFile::encryptTree(loaded->tree, loaded->metadata, newKey, QDateTime::currentDateTimeUtc()); !r)
        return std::unexpected(r.error());
    SopsFile::insertMetadata(loaded->tree, loaded->metadata);
    const bool regex = !loaded->metadata.selection.encryptedCommentRegex.isEmpty()
        || !loaded->metadata.selection.unencryptedCommentRegex.isEmpty();
    return SopsFile::write(loaded->tree, format, indent, regex).toByteArray();
}

Result<QByteArray> SopsKeyRotation::addRecipient(QByteArrayView encrypted, SopsFile::Format format,
                                                 const QList<AgeIdentity>& identities, const AgeRecipient& recipient,
                                                 const QString& file)
{
    auto loaded = load(encrypted, format, identities, file);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto groups = currentGroups(loaded->metadata, file);
    if (!groups)
        return std::unexpected(groups.error());
    if (groups->size() != 1)
        return makeError(tr("%1: adding a recipient to a file with several key groups is not supported; edit "
                            "key_groups in .sops.yaml and run updatekeys")
                             .arg(file),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.recipients"));
    if (!groups->first().contains(recipient))
        groups->first().append(recipient);
    auto out = updateKeys(encrypted, format, identities, *groups, 0, file);
    if (!out)
        return std::unexpected(out.error());
    return out->content;
}

Result<QByteArray> SopsKeyRotation::removeRecipient(QByteArrayView encrypted, SopsFile::Format format,
                                                    const QList<AgeIdentity>& identities,
                                                    const AgeRecipient& recipient, const QString& file)
{
    auto loaded = load(encrypted, format, identities, file);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto groups = currentGroups(loaded->metadata, file);
    if (!groups)
        return std::unexpected(groups.error());
    bool found = false;
    for (auto& g : *groups)
        found |= g.removeAll(recipient) > 0;
    if (!found)
        return makeError(tr("%1: %2 is not a recipient of this file").arg(file, recipient.toString()),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.recipients"));
    return rotate(encrypted, format, identities, *groups, loaded->metadata.shamirThreshold, file);
}

Result<QList<SopsKeyRotation::FileUpdate>> SopsKeyRotation::updateAll(const SopsConfig& config,
                                                                      const QList<AgeIdentity>& identities, bool write)
{
    QList<FileUpdate> changed;
    const QString root = QFileInfo(config.path).absolutePath();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/.git/")) || QFileInfo(path).fileName() == QLatin1String(".sops.yaml"))
            continue;
        files.append(path);
    }
    files.sort();
    for (const QString& path : files) {
        if (QFileInfo(path).size() > 32 * 1024 * 1024)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        const bool looksSops = content.contains("mac: ENC[") || content.contains("\"mac\": \"ENC[")
            || content.contains("sops_mac=ENC[");
        if (!looksSops)
            continue;
        auto rule = config.ruleFor(path);
        if (!rule)
            continue;
        if (rule->keyGroups.isEmpty())
            return makeError(tr("%1: creation rule %2 has no age recipients").arg(path).arg(rule->index + 1),
                             SourceLocation{path, 0, 0}, QStringLiteral("sops.recipients"));
        const SopsFile::Format format = SopsFile::formatForPath(path);
        auto out = updateKeys(content, format, identities, rule->keyGroups, rule->shamirThreshold, path,
                              format == SopsFile::Format::Json ? config.jsonIndent : config.yamlIndent);
        if (!out)
            return std::unexpected(out.error());
        if (out->changed)
            changed.append({path, out->content});
    }
    if (write)
        if (auto r = writeFiles(changed); !r)
            return std::unexpected(r.error());
    return changed;
}

Result<void> SopsKeyRotation::writeFiles(const QList<FileUpdate>& files)
{
    for (const FileUpdate& u : files) {
        QSaveFile out(u.path);
        if (!out.open(QIODevice::WriteOnly) || out.write(u.content) != u.content.size() || !out.commit())
            return makeError(tr("cannot write %1: %2").arg(u.path, out.errorString()), SourceLocation{u.path, 0, 0},
                             QStringLiteral("io.write"));
    }
    return {};
}

} // namespace fleetdesk
