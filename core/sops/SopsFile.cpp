#include "SopsFile.h"

#include "AgeEncryption.h"
#include "Crypto.h"
#include "SopsDotenv.h"
#include "SopsIni.h"
#include "SopsJson.h"
#include "SopsScalar.h"
#include "SopsShamir.h"
#include "SopsYaml.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsFile", text);
}

const QString kSopsKey = QStringLiteral("sops");

/// sops.go: shouldBeEncrypted, with the regexes compiled once.
class Selector
{
public:
    explicit Selector(const SopsSelection& s) : m_s(s)
    {
        auto compile = [](const QString& p) {
            return p.isEmpty() ? QRegularExpression() : QRegularExpression(p);
        };
        m_unencryptedRegex = compile(s.unencryptedRegex);
        m_encryptedRegex = compile(s.encryptedRegex);
        m_unencryptedComment = compile(s.unencryptedCommentRegex);
        m_encryptedComment = compile(s.encryptedCommentRegex);
    }

    QString invalidRegex() const
    {
        for (const QRegularExpression* r : {&m_unencryptedRegex, &m_encryptedRegex, &m_unencryptedComment,
                                            &m_encryptedComment})
            if (!r->pattern().isEmpty() && !r->isValid())
                return r->pattern() + QStringLiteral(": ") + r->errorString();
        return {};
    }

    bool shouldBeEncrypted(const QStringList& path, const std::vector<std::vector<QString>>& stack,
                           bool isComment) const
    {
        bool encrypted = true;
        if (!m_s.unencryptedSuffix.isEmpty())
            for (const QString& p : path)
                if (p.endsWith(m_s.unencryptedSuffix)) {
                    encrypted = false;
                    break;
                }
        if (!m_s.encryptedSuffix.isEmpty()) {
            encrypted = false;
            for (const QString& p : path)
                if (p.endsWith(m_s.encryptedSuffix)) {
                    encrypted = true;
                    break;
                }
        }
        if (!m_s.unencryptedRegex.isEmpty())
            for (const QString& p : path)
                if (m_unencryptedRegex.match(p).hasMatch()) {
                    encrypted = false;
                    break;
                }
        if (!m_s.encryptedRegex.isEmpty()) {
            encrypted = false;
            for (const QString& p : path)
                if (m_encryptedRegex.match(p).hasMatch()) {
                    encrypted = true;
                    break;
                }
        }
        if (!m_s.unencryptedCommentRegex.isEmpty()) {
            for (const auto& level : stack)
                for (const QString& c : level)
                    if (m_unencryptedComment.match(c).hasMatch())
                        encrypted = false;
        }
        if (!m_s.encryptedCommentRegex.isEmpty()) {
            encrypted = false;
            const std::size_t lastLevel = stack.size() - 1;
            const std::size_t lastCount = stack.empty() ? 0 : stack.back().size();
            for (std::size_t i = 0; i < stack.size() && !encrypted; ++i)
                for (std::size_t j = 0; j < stack[i].size(); ++j) {
                    if (isComment && i == lastLevel && j + 1 == lastCount)
                        continue;
                    if (m_encryptedComment.match(stack[i][j]).hasMatch()) {
                        encrypted = true;
                        break;
                    }
                }
        }
        return encrypted;
    }

private:
    SopsSelection m_s;
    QRegularExpression m_unencryptedRegex;
    QRegularExpression m_encryptedRegex;
    QRegularExpression m_unencryptedComment;
    QRegularExpression m_encryptedComment;
};

QString nodeText(const SopsNode& n)
{
    return QString::fromUtf8(n.text.chars(), qsizetype(n.text.size()));
}

/// The walk of sops.go (walkBranch / walkSlice / walkValue) with a leaf callback that may replace the node.
template<typename Leaf>
Result<void> walk(SopsNode& node, QStringList& path, std::vector<std::vector<QString>>& stack, Leaf& leaf)
{
    const bool mapping = node.kind == K::Mapping;
    stack.emplace_back();
    for (SopsEntry& e : node.children) {
        if (e.value.isComment()) {
            stack.back().push_back(nodeText(e.value));
            if (auto r = leaf(e.value, path, stack, mapping); !r)
                return r;
            continue;
        }
        if (mapping)
            path.append(e.key);
        const bool wasComment = e.value.isComment();
        Result<void> r;
        if (e.value.isCollection())
            r = walk(e.value, path, stack, leaf);
        else if (e.value.kind != K::Null)
            r = leaf(e.value, path, stack, mapping);
        if (mapping)
            path.removeLast();
        if (!r)
            return r;
        if (!wasComment)
            stack.back().clear();
    }
    stack.pop_back();
    return {};
}

bool hasCommentRegex(const SopsMetadata& m)
{
    return !m.selection.encryptedCommentRegex.isEmpty() || !m.selection.unencryptedCommentRegex.isEmpty();
}

QString aadOf(const QStringList& path)
{
    return path.join(QLatin1Char(':')) + QLatin1Char(':');
}

QString macHex(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex().toUpper());
}

} // namespace

SopsFile::Format SopsFile::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("env"))
        return Format::Dotenv;
    if (suffix == QLatin1String("ini"))
        return Format::Ini;
    return Format::Yaml;
}

Result<SopsTree> SopsFile::parse(QByteArrayView text, Format format, const QString& file)
{
    switch (format) {
    case Format::Json:
        return SopsJson::parse(text, file);
    case Format::Dotenv:
        return SopsDotenv::parse(text, file);
    case Format::Ini:
        return SopsIni::parse(text, file);
    case Format::Yaml:
        break;
    }
    return SopsYaml::parse(text, file);
}

SecureBuffer SopsFile::write(const SopsTree& tree, Format format, int indent, bool commentRegex)
{
    switch (format) {
    case Format::Json:
        return SopsJson::write(tree, indent == 0 ? -1 : indent);
    case Format::Dotenv:
        return SopsDotenv::write(tree);
    case Format::Ini:
        return SopsIni::write(tree);
    case Format::Yaml:
        break;
    }
    return SopsYaml::write(tree, indent == 0 ? 4 : indent, !commentRegex);
}

Result<std::optional<SopsMetadata>> SopsFile::extractMetadata(SopsTree& tree, const QString& file)
{
    std::optional<SopsMetadata> result;
    for (std::size_t d = 0; d < tree.documents.size(); ++d) {
        SopsNode& doc = tree.documents[d];
        for (auto it = doc.children.begin(); it != doc.children.end(); ++it) {
            if (it->value.isComment() || it->key != kSopsKey)
                continue;
            if (d == 0) {
                auto meta = SopsMetadata::fromNode(it->value, file);
                if (!meta)
                    return std::unexpected(meta.error());
                result = std::move(*meta);
            }
            doc.children.erase(it);
            break;
        }
    }
    return result;
}

void SopsFile::insertMetadata(SopsTree& tree, const SopsMetadata& metadata)
{
    const SopsNode node = metadata.toNode();
    for (SopsNode& doc : tree.documents)
        doc.add(kSopsKey, node);
}

Result<SecureBuffer> SopsFile::dataKey(const SopsMetadata& metadata, const QList<AgeIdentity>& identities,
                                       const QString& file)
{
    QStringList problems;
    QList<SecureBuffer> shares;
    for (const SopsKeyGroup& group : metadata.keyGroups) {
        std::optional<SecureBuffer> opened;
        for (const SopsAgeKey& key : group.age) {
            auto plain = AgeEncryption::decrypt(key.enc, identities);
            if (plain) {
                opened = std::move(*plain);
                break;
            }
            problems.append(QStringLiteral("%1: %2").arg(key.recipient, plain.error().message));
        }
        if (opened)
            shares.append(std::move(*opened));
        if (metadata.keyGroups.size() == 1)
            break;
    }
    SecureBuffer key;
    if (metadata.keyGroups.size() > 1) {
        const int needed = metadata.shamirThreshold > 0 ? metadata.shamirThreshold : int(metadata.keyGroups.size());
        if (shares.size() < needed)
            return makeError(tr("%1: could not get the data key: %2 of %3 key groups needed could be opened (%4)")
                                 .arg(file)
                                 .arg(shares.size())
                                 .arg(needed)
                                 .arg(problems.join(QStringLiteral("; "))),
                             SourceLocation{file, 0, 0}, QStringLiteral("sops.datakey"));
        auto combined = SopsShamir::combine(shares);
        if (!combined)
            return std::unexpected(combined.error());
        key = std::move(*combined);
    } else {
        if (shares.isEmpty()) {
            if (metadata.ageRecipients().isEmpty())
                return makeError(tr("%1: the file has no age recipients (only other key types, which Fleetdesk "
                                    "does not support)")
                                     .arg(file),
                                 SourceLocation{file, 0, 0}, QStringLiteral("sops.datakey"));
            return makeError(tr("%1: no age identity could decrypt the data key (%2)")
                                 .arg(file, problems.join(QStringLiteral("; "))),
                             SourceLocation{file, 0, 0}, QStringLiteral("sops.datakey"));
        }
        key = std::move(shares.first());
    }
    if (key.size() != 32)
        return makeError(tr("%1: the data key is %2 bytes, not 32").arg(file).arg(key.size()),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.datakey"));
    return key;
}

Result<void> SopsFile::wrapDataKey(SopsMetadata& metadata, const SecureBuffer& dataKey,
                                   const QList<QList<AgeRecipient>>& keyGroups, int shamirThreshold)
{
    metadata.keyGroups.clear();
    metadata.shamirThreshold = 0;
    if (keyGroups.isEmpty() || std::all_of(keyGroups.begin(), keyGroups.end(), [](const auto& g) { return g.isEmpty(); }))
        return makeError(tr("no age recipients: set them in .sops.yaml (creation_rules) or with --age"), {},
                         QStringLiteral("sops.recipients"));
    QList<SecureBuffer> plaintexts;
    if (keyGroups.size() == 1) {
        plaintexts.append(dataKey);
    } else {
        const int threshold = shamirThreshold > 0 ? shamirThreshold : int(keyGroups.size());
        auto shares = SopsShamir::split(dataKey, int(keyGroups.size()), threshold);
        if (!shares)
            return std::unexpected(shares.error());
        plaintexts = std::move(*shares);
        metadata.shamirThreshold = threshold;
    }
    for (qsizetype g = 0; g < keyGroups.size(); ++g) {
        SopsKeyGroup group;
        for (const AgeRecipient& r : keyGroups[g])
            group.age.append({r.toString(), AgeEncryption::encryptArmored(plaintexts[g], {r})});
        metadata.keyGroups.append(std::move(group));
    }
    return {};
}

std::optional<QString> SopsFile::macAad(const QString& lastModified)
{
    const QByteArray raw = lastModified.toUtf8();
    const auto canonical = SopsScalar::canonicalTime(std::string_view(raw.constData(), std::size_t(raw.size())));
    if (!canonical || raw.size() < 20 || (raw[10] != 'T' && raw[10] != 't'))
        return std::nullopt;
    // RFC 3339 without fractional seconds.
    QString s = QString::fromStdString(*canonical);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < s.size() && s[end].isDigit())
            ++end;
        s.remove(dot, end - dot);
    }
    return s;
}

QString SopsFile::formatLastModified(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Result<void> SopsFile::decryptTree(SopsTree& tree, const SopsMetadata& metadata, const SecureBuffer& dataKey,
                                   const QString& file, const SopsDecryptOptions& options, SopsIvStash* stash)
{
    const Selector selector(metadata.selection);
    if (const QString bad = selector.invalidRegex(); !bad.isEmpty())
        return makeError(tr("%1: invalid regular expression in the sops metadata: %2").arg(file, bad),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.metadata"));
    const bool macOnly = metadata.selection.macOnlyEncrypted;
    SecureBuffer hashed;
    if (macOnly)
        hashed.append(crypto::sha256("sops"));
    crypto::AesGcm cipher(dataKey); // the key is set up once for all the values
    auto leaf = [&](SopsNode& node, const QStringList& path, const std::vector<std::vector<QString>>& stack,
                    bool /*inMapping*/) -> Result<void> {
        const bool isComment = node.isComment();
        const bool encrypted = selector.shouldBeEncrypted(path, stack, isComment);
        const QString aad = aadOf(path);
        if (encrypted) {
            if (isComment) {
                QByteArray iv;
                auto v = SopsValueCipher::decrypt(node.text.byteView(), cipher, aad, QString(), &iv);
                if (v && v->isComment()) {
                    const bool wasInline = node.inlineComment;
                    node = std::move(*v);
                    node.inlineComment = wasInline;
                    if (stash)
                        stash->remember(aad, node, iv);
                }
                // else: a comment that was never encrypted (older sops); keep it as it is, as sops does.
            } else if (node.kind == K::String) {
                QByteArray iv;
                auto v = SopsValueCipher::decrypt(node.text.byteView(), cipher, aad, QString(), &iv);
                // The message names the value. Formatting that name for every value would cost more than
                // decrypting it, so it is done only for a value that fails (again: decrypting is deterministic).
                if (!v)
                    return std::unexpected(SopsValueCipher::decrypt(node.text.byteView(), cipher, aad,
                                                                    tr("%1: value at \"%2\"").arg(file, aad))
                                               .error());
                node = std::move(*v);
                if (stash && !iv.isEmpty())
                    stash->remember(aad, node, iv);
            } else {
                return makeError(tr("%1: value at \"%2\" should be encrypted but is a plain %3")
                                     .arg(file, aad, QString::fromLatin1(SopsValueCipher::typeName(node.kind))),
                                 SourceLocation{file, 0, 0}, QStringLiteral("sops.value"));
            }
        }
        if ((!macOnly || encrypted) && !isComment && !node.isComment())
            hashed.append(node.text);
        return {};
    };
    for (SopsNode& doc : tree.documents) {
        QStringList path;
        std::vector<std::vector<QString>> stack;
        if (auto r = walk(doc, path, stack, leaf); !r)
            return r;
    }
    const QString computed = macHex(crypto::sha512(hashed.byteView()));
    if (metadata.mac.isEmpty()) {
        if (options.ignoreMac)
            return {};
        return makeError(tr("%1: the sops metadata has no MAC, so the file's integrity cannot be verified; refusing "
                            "to decrypt (override with --ignore-mac only to recover a file you trust)")
                             .arg(file),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.mac"));
    }
    const auto aad = macAad(metadata.lastModified);
    if (!aad) {
        if (options.ignoreMac)
            return {};
        return makeError(tr("%1: \"lastmodified\" (%2) is not an RFC 3339 time; the MAC cannot be checked")
                             .arg(file, metadata.lastModified),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.mac"));
    }
    auto stored = SopsValueCipher::decrypt(metadata.mac, cipher, *aad, tr("%1: MAC").arg(file));
    if (!stored) {
        if (options.ignoreMac)
            return {};
        return makeError(tr("%1: the MAC cannot be decrypted (%2); the file or its lastmodified was tampered with")
                             .arg(file, stored.error().message),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.mac"));
    }
    if (nodeText(*stored) != computed && !options.ignoreMac)
        return makeError(tr("%1: MAC mismatch: the file was modified outside sops (file has %2, computed %3)")
                             .arg(file, nodeText(*stored).left(16) + QStringLiteral("…"),
                                  computed.left(16) + QStringLiteral("…")),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.mac"));
    return {};
}

Result<void> SopsFile::encryptTree(SopsTree& tree, SopsMetadata& metadata, const SecureBuffer& dataKey,
                                   const QDateTime& now, const SopsIvStash* stash)
{
    metadata.selection.applyDefault();
    if (metadata.selection.ruleCount() > 1)
        return makeError(tr("only one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex, "
                            "unencrypted_comment_regex and encrypted_comment_regex may be set"),
                         {}, QStringLiteral("sops.metadata"));
    const Selector selector(metadata.selection);
    if (const QString bad = selector.invalidRegex(); !bad.isEmpty())
        return makeError(tr("invalid regular expression: %1").arg(bad), {}, QStringLiteral("sops.metadata"));
    const bool macOnly = metadata.selection.macOnlyEncrypted;
    SecureBuffer hashed;
    if (macOnly)
        hashed.append(crypto::sha256("sops"));
    const QRegularExpression unencryptedComment(metadata.selection.unencryptedCommentRegex);
    crypto::AesGcm cipher(dataKey); // the key is set up once for all the values
    auto leaf = [&](SopsNode& node, const QStringList& path, const std::vector<std::vector<QString>>& stack,
                    bool inMapping) -> Result<void> {
        const bool isComment = node.isComment();
        const bool encrypted = selector.shouldBeEncrypted(path, stack, isComment);
        if ((!macOnly || encrypted) && !isComment)
            hashed.append(node.text);
        if (!encrypted)
            return {};
        const QString aad = aadOf(path);
        const QByteArray enc = SopsValueCipher::encrypt(node, cipher, aad, stash);
        if (isComment && !metadata.selection.unencryptedCommentRegex.isEmpty()
            && unencryptedComment.match(QString::fromLatin1(enc)).hasMatch())
            return makeError(tr("an encrypted comment matches unencrypted_comment_regex; choose a regex that cannot "
                                "match \"ENC[…]\""),
                             {}, QStringLiteral("sops.metadata"));
        const bool keepComment = isComment && inMapping;
        const bool wasInline = node.inlineComment;
        node = SopsNode::scalar(keepComment ? K::Comment : K::String,
                                SecureBuffer::fromView(enc));
        node.inlineComment = keepComment && wasInline;
        return {};
    };
    for (SopsNode& doc : tree.documents) {
        QStringList path;
        std::vector<std::vector<QString>> stack;
        if (auto r = walk(doc, path, stack, leaf); !r)
            return r;
    }
    metadata.lastModified = formatLastModified(now);
    const QString mac = macHex(crypto::sha512(hashed.byteView()));
    metadata.mac = SopsValueCipher::encrypt(SopsNode::string(mac.toStdString()), cipher, metadata.lastModified);
    metadata.version = QString::fromLatin1(SopsMetadata::kWriterVersion);
    return {};
}

Result<QByteArray> SopsFile::encrypt(QByteArrayView plaintext, Format format, const SopsEncryptionSettings& settings,
                                     const QString& file)
{
    auto tree = parse(plaintext, format, file);
    if (!tree)
        return std::unexpected(tree.error());
    for (std::size_t d = 0; d < tree->documents.size(); ++d)
        if (tree->documents[d].find(kSopsKey))
            return makeError(tr("%1: the file is already encrypted (it has a top-level \"sops\" key)").arg(file),
                             SourceLocation{file, 0, 0}, QStringLiteral("sops.format"));
    SopsMetadata metadata;
    metadata.selection = settings.selection;
    const SecureBuffer key = crypto::randomSecret(32);
    if (auto r = wrapDataKey(metadata, key, settings.keyGroups, settings.shamirThreshold); !r)
        return std::unexpected(r.error());
    if (auto r = encryptTree(*tree, metadata, key, QDateTime::currentDateTimeUtc()); !r)
        return std::unexpected(r.error());
    insertMetadata(*tree, metadata);
    return write(*tree, format, format == Format::Json ? settings.jsonIndent : settings.yamlIndent,
                 hasCommentRegex(metadata))
        .toByteArray();
}

Result<SecureBuffer> SopsFile::decrypt(QByteArrayView encrypted, Format format, const QList<AgeIdentity>& identities,
                                       const QString& file, const SopsDecryptOptions& options)
{
    auto tree = parse(encrypted, format, file);
    if (!tree)
        return std::unexpected(tree.error());
    auto metadata = extractMetadata(*tree, file);
    if (!metadata)
        return std::unexpected(metadata.error());
    if (!*metadata)
        return makeError(tr("%1: not a SOPS-encrypted file (no \"sops\" metadata)").arg(file),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.format"));
    auto key = dataKey(**metadata, identities, file);
    if (!key)
        return std::unexpected(key.error());
    if (auto r = decryptTree(*tree, **metadata, *key, file, options); !r)
        return std::unexpected(r.error());
    return write(*tree, format, 0, hasCommentRegex(**metadata));
}

Result<SecureBuffer> SopsFile::decryptWithDataKey(QByteArrayView encrypted, Format format,
                                                  const SecureBuffer& dataKey, const QString& file,
                                                  const SopsDecryptOptions& options)
{
    auto tree = parse(encrypted, format, file);
    if (!tree)
        return std::unexpected(tree.error());
    auto metadata = extractMetadata(*tree, file);
    if (!metadata)
        return std::unexpected(metadata.error());
    if (!*metadata)
        return makeError(tr("%1: not a SOPS-encrypted file (no \"sops\" metadata)").arg(file),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.format"));
    if (auto r = decryptTree(*tree, **metadata, dataKey, file, options); !r)
        return std::unexpected(r.error());
    return write(*tree, format, 0, hasCommentRegex(**metadata));
}

} // namespace fleetdesk
