#include "SopsMetadata.h"

#include <QCoreApplication>

#include <algorithm>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QString textOf(const SopsNode& n)
{
    return QString::fromUtf8(n.text.chars(), qsizetype(n.text.size()));
}

std::unexpected<Error> metaError(const QString& file, const QString& what)
{
    return makeError(QCoreApplication::translate("SopsMetadata", "%1: invalid sops metadata: %2").arg(file, what),
                     SourceLocation{file, 0, 0}, QStringLiteral("sops.metadata"));
}

bool isMasterKeyList(const QString& key)
{
    static const QStringList keys = {QStringLiteral("pgp"),      QStringLiteral("kms"),
                                     QStringLiteral("gcp_kms"),  QStringLiteral("azure_kv"),
                                     QStringLiteral("hc_vault"), QStringLiteral("hckms")};
    return keys.contains(key);
}

Result<SopsKeyGroup> readGroup(const SopsNode& node, const QString& file, bool& anyKeys)
{
    SopsKeyGroup group;
    for (const SopsEntry& e : node.children) {
        if (e.value.isComment())
            continue;
        if (e.key == QLatin1String("age")) {
            if (e.value.kind == K::Null)
                continue;
            if (e.value.kind != K::Sequence)
                return metaError(file, QCoreApplication::translate("SopsMetadata", "\"age\" is not a list"));
            for (const SopsEntry& item : e.value.children) {
                if (item.value.isComment())
                    continue;
                const SopsNode* recipient = item.value.find(QStringLiteral("recipient"));
                const SopsNode* enc = item.value.find(QStringLiteral("enc"));
                if (!recipient || !enc || !recipient->isScalar() || !enc->isScalar())
                    return metaError(file, QCoreApplication::translate("SopsMetadata",
                                                                       "an age entry lacks recipient or enc"));
                group.age.append({textOf(*recipient).trimmed(), enc->text.toByteArray()});
                anyKeys = true;
            }
        } else if (isMasterKeyList(e.key)) {
            if (e.value.kind == K::Sequence && !e.value.children.empty()) {
                group.foreign.push_back(e);
                anyKeys = true;
            }
        }
    }
    return group;
}

SopsNode sortedMapping(std::vector<SopsEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const SopsEntry& a, const SopsEntry& b) { return a.key < b.key; });
    SopsNode n = SopsNode::mapping();
    n.children = std::move(entries);
    return n;
}

void writeGroup(const SopsKeyGroup& group, std::vector<SopsEntry>& out)
{
    if (!group.age.isEmpty()) {
        SopsNode list = SopsNode::sequence();
        for (const SopsAgeKey& k : group.age) {
            SopsNode entry = SopsNode::mapping();
            entry.add(QStringLiteral("enc"), SopsNode::string(std::string_view(k.enc.constData(), std::size_t(k.enc.size()))));
            const QByteArray r = k.recipient.toUtf8();
            entry.add(QStringLiteral("recipient"), SopsNode::string(std::string_view(r.constData(), std::size_t(r.size()))));
            list.add(std::move(entry));
        }
        out.push_back({QStringLiteral("age"), std::move(list)});
    }
    for (const SopsEntry& f : group.foreign)
        out.push_back(f);
}

SopsNode stringNode(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return SopsNode::string(std::string_view(b.constData(), std::size_t(b.size())));
}

} // namespace

int SopsSelection::ruleCount() const
{
    return int(!unencryptedSuffix.isEmpty()) + int(!encryptedSuffix.isEmpty()) + int(!unencryptedRegex.isEmpty())
        + int(!encryptedRegex.isEmpty()) + int(!unencryptedCommentRegex.isEmpty())
        + int(!encryptedCommentRegex.isEmpty());
}

void SopsSelection::applyDefault()
{
    if (ruleCount() == 0)
        unencryptedSuffix = QStringLiteral("_unencrypted");
}

Result<SopsMetadata> SopsMetadata::fromNode(const SopsNode& node, const QString& file)
{
    if (node.kind != K::Mapping)
        return metaError(file, QCoreApplication::translate("SopsMetadata", "\"sops\" is not a mapping"));
    SopsMetadata m;
    bool flatKeys = false;
    auto flat = readGroup(node, file, flatKeys);
    if (!flat)
        return std::unexpected(flat.error());
    for (const SopsEntry& e : node.children) {
        if (e.value.isComment())
            continue;
        const QString value = textOf(e.value);
        if (e.key == QLatin1String("lastmodified"))
            m.lastModified = value;
        else if (e.key == QLatin1String("mac"))
            m.mac = e.value.text.toByteArray();
        else if (e.key == QLatin1String("version"))
            m.version = value;
        else if (e.key == QLatin1String("unencrypted_suffix"))
            m.selection.unencryptedSuffix = value;
        else if (e.key == QLatin1String("encrypted_suffix"))
            m.selection.encryptedSuffix = value;
        else if (e.key == QLatin1String("unencrypted_regex"))
            m.selection.unencryptedRegex = value;
        else if (e.key == QLatin1String("encrypted_regex"))
            m.selection.encryptedRegex = value;
        else if (e.key == QLatin1String("unencrypted_comment_regex"))
            m.selection.unencryptedCommentRegex = value;
        else if (e.key == QLatin1String("encrypted_comment_regex"))
            m.selection.encryptedCommentRegex = value;
        else if (e.key == QLatin1String("mac_only_encrypted"))
            m.selection.macOnlyEncrypted = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (e.key == QLatin1String("shamir_threshold"))
            m.shamirThreshold = value.toInt();
    }
    if (flatKeys) {
        m.keyGroups.append(std::move(*flat));
    } else if (const SopsNode* groups = node.find(QStringLiteral("key_groups"));
               groups && groups->kind == K::Sequence) {
        for (const SopsEntry& g : groups->children) {
            if (g.value.isComment())
                continue;
            bool any = false;
            auto group = readGroup(g.value, file, any);
            if (!group)
                return std::unexpected(group.error());
            m.keyGroups.append(std::move(*group));
        }
    }
    if (m.keyGroups.isEmpty())
        m.keyGroups.append(SopsKeyGroup{});
    if (m.selection.ruleCount() > 1)
        return metaError(file, QCoreApplication::translate("SopsMetadata",
                                                           "more than one of unencrypted_suffix, encrypted_suffix, "
                                                           "unencrypted_regex, encrypted_regex and the comment regexes"));
    m.selection.applyDefault();
    if (m.lastModified.isEmpty())
        return metaError(file, QCoreApplication::translate("SopsMetadata", "\"lastmodified\" is missing"));
    return m;
}

SopsNode SopsMetadata::toNode() const
{
    std::vector<SopsEntry> entries;
    if (keyGroups.size() == 1) {
        writeGroup(keyGroups.first(), entries);
    } else if (keyGroups.size() > 1) {
        SopsNode groups = SopsNode::sequence();
        for (const SopsKeyGroup& g : keyGroups) {
            std::vector<SopsEntry> ge;
            writeGroup(g, ge);
            groups.add(sortedMapping(std::move(ge)));
        }
        entries.push_back({QStringLiteral("key_groups"), std::move(groups)});
        entries.push_back({QStringLiteral("shamir_threshold"),
                           SopsNode::scalar(K::Int, SecureBuffer::fromString(std::to_string(shamirThreshold)))});
    }
    entries.push_back({QStringLiteral("lastmodified"), stringNode(lastModified)});
    entries.push_back({QStringLiteral("mac"), SopsNode::string(std::string_view(mac.constData(), std::size_t(mac.size())))});
    const std::pair<const char*, const QString*> rules[] = {
        {"unencrypted_suffix", &selection.unencryptedSuffix},
        {"encrypted_suffix", &selection.encryptedSuffix},
        {"unencrypted_regex", &selection.unencryptedRegex},
        {"encrypted_regex", &selection.encryptedRegex},
        {"unencrypted_comment_regex", &selection.unencryptedCommentRegex},
        {"encrypted_comment_regex", &selection.encryptedCommentRegex},
    };
    for (const auto& [key, value] : rules)
        if (!value->isEmpty())
            entries.push_back({QString::fromLatin1(key), stringNode(*value)});
    if (selection.macOnlyEncrypted)
        entries.push_back({QStringLiteral("mac_only_encrypted"), SopsNode::scalar(K::Bool, SecureBuffer::fromString("True"))});
    entries.push_back({QStringLiteral("version"), stringNode(version.isEmpty() ? QString::fromLatin1(kWriterVersion) : version)});
    return sortedMapping(std::move(entries));
}

QStringList SopsMetadata::ageRecipients() const
{
    QStringList out;
    for (const SopsKeyGroup& g : keyGroups)
        for (const SopsAgeKey& k : g.age)
            out.append(k.recipient);
    return out;
}

} // namespace fleetdesk
