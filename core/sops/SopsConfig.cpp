#include "SopsConfig.h"

#include "SopsYaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QString str(const SopsNode& n)
{
    return QString::fromUtf8(n.text.chars(), qsizetype(n.text.size()));
}

std::unexpected<Error> configError(const QString& path, const QString& what)
{
    return makeError(QCoreApplication::translate("SopsConfig", "%1: %2").arg(path, what), SourceLocation{path, 0, 0},
                     QStringLiteral("sops.config"));
}

// `age:` as a comma-separated string or a list of (comma-separated) strings.
Result<QList<AgeRecipient>> ageKeys(const SopsNode& n, const QString& path)
{
    QStringList texts;
    if (n.kind == K::Sequence) {
        for (const SopsEntry& e : n.children)
            if (!e.value.isComment())
                texts.append(str(e.value));
    } else if (n.kind != K::Null) {
        texts.append(str(n));
    }
    QList<AgeRecipient> out;
    for (const QString& t : texts) {
        for (const QString& part : t.split(QLatin1Char(','))) {
            const QString trimmed = part.trimmed();
            if (trimmed.isEmpty())
                continue;
            auto r = AgeRecipient::parse(trimmed);
            if (!r)
                return configError(path, r.error().message);
            if (!out.contains(*r))
                out.append(*r);
        }
    }
    return out;
}

bool hasOtherKeys(const SopsNode& n)
{
    for (const char* k : {"pgp", "kms", "gcp_kms", "azure_keyvault", "hc_vault_transit_uri", "hckms", "hc_vault"})
        if (const SopsNode* v = n.find(QString::fromLatin1(k)); v && v->kind != K::Null
            && !(v->isScalar() && v->text.isEmpty()) && !(v->kind == K::Sequence && v->children.empty()))
            return true;
    return false;
}

Result<QList<AgeRecipient>> groupKeys(const SopsNode& group, const QString& path, bool& other)
{
    QList<AgeRecipient> out;
    if (const SopsNode* age = group.find(QStringLiteral("age"))) {
        auto keys = ageKeys(*age, path);
        if (!keys)
            return std::unexpected(keys.error());
        out = *keys;
    }
    other |= hasOtherKeys(group);
    if (const SopsNode* merge = group.find(QStringLiteral("merge")); merge && merge->kind == K::Sequence) {
        for (const SopsEntry& m : merge->children) {
            if (m.value.isComment())
                continue;
            auto nested = groupKeys(m.value, path, other);
            if (!nested)
                return nested;
            for (const AgeRecipient& r : *nested)
                if (!out.contains(r))
                    out.append(r);
        }
    }
    return out;
}

} // namespace

Result<SopsConfig> SopsConfig::parse(QByteArrayView text, const QString& path)
{
    auto tree = SopsYaml::parse(text, path);
    if (!tree)
        return std::unexpected(tree.error());
    SopsConfig config;
    config.path = path;
    const SopsNode& root = tree->documents.front();
    if (const SopsNode* stores = root.find(QStringLiteral("stores"))) {
        if (const SopsNode* y = stores->find(QStringLiteral("yaml")); y && y->find(QStringLiteral("indent")))
            config.yamlIndent = str(*y->find(QStringLiteral("indent"))).toInt();
        if (const SopsNode* j = stores->find(QStringLiteral("json")); j && j->find(QStringLiteral("indent")))
            config.jsonIndent = str(*j->find(QStringLiteral("indent"))).toInt();
    }
    const SopsNode* rules = root.find(QStringLiteral("creation_rules"));
    if (!rules || rules->kind == K::Null)
        return config;
    if (rules->kind != K::Sequence)
        return configError(path, QCoreApplication::translate("SopsConfig", "creation_rules is not a list"));
    int index = 0;
    for (const SopsEntry& e : rules->children) {
        if (e.value.isComment())
            continue;
        const SopsNode& r = e.value;
        if (r.kind != K::Mapping)
            return configError(path, QCoreApplication::translate("SopsConfig", "creation rule %1 is not a mapping")
                                         .arg(index + 1));
        SopsCreationRule rule;
        rule.index = index++;
        auto field = [&](const char* key) {
            const SopsNode* v = r.find(QString::fromLatin1(key));
            return v ? str(*v) : QString();
        };
        rule.pathRegex = field("path_regex");
        if (!rule.pathRegex.isEmpty() && !QRegularExpression(rule.pathRegex).isValid())
            return configError(path, QCoreApplication::translate("SopsConfig", "creation rule %1: invalid path_regex")
                                         .arg(rule.index + 1));
        rule.selection.unencryptedSuffix = field("unencrypted_suffix");
        rule.selection.encryptedSuffix = field("encrypted_suffix");
        rule.selection.unencryptedRegex = field("unencrypted_regex");
        rule.selection.encryptedRegex = field("encrypted_regex");
        rule.selection.unencryptedCommentRegex = field("unencrypted_comment_regex");
        rule.selection.encryptedCommentRegex = field("encrypted_comment_regex");
        rule.selection.macOnlyEncrypted = field("mac_only_encrypted").compare(QLatin1String("true"),
                                                                            Qt::CaseInsensitive) == 0;
        if (rule.selection.ruleCount() > 1)
            return configError(path, QCoreApplication::translate("SopsConfig",
                                                                 "creation rule %1 sets more than one of the "
                                                                 "*_suffix / *_regex options")
                                         .arg(rule.index + 1));
        rule.shamirThreshold = field("shamir_threshold").toInt();
        if (const SopsNode* groups = r.find(QStringLiteral("key_groups")); groups && groups->kind == K::Sequence) {
            for (const SopsEntry& g : groups->children) {
                if (g.value.isComment())
                    continue;
                auto keys = groupKeys(g.value, path, rule.hasOtherKeyTypes);
                if (!keys)
                    return std::unexpected(keys.error());
                rule.keyGroups.append(*keys);
            }
        } else {
            auto keys = groupKeys(r, path, rule.hasOtherKeyTypes);
            if (!keys)
                return std::unexpected(keys.error());
            if (!keys->isEmpty())
                rule.keyGroups.append(*keys);
        }
        config.rules.append(rule);
    }
    return config;
}

Result<SopsConfig> SopsConfig::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return configError(path, f.errorString());
    return parse(f.readAll(), QFileInfo(path).absoluteFilePath());
}

std::optional<QString> SopsConfig::locate(const QString& filePath, const QString& explicitPath, bool preferWorkingDir)
{
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).absoluteFilePath();
    const QString env = qEnvironmentVariable("SOPS_CONFIG");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    auto walk = [](QDir dir, bool stopAtRepository) -> std::optional<QString> {
        for (int level = 0; level < 100; ++level) {
            const QString candidate = dir.absoluteFilePath(QStringLiteral(".sops.yaml"));
            if (QFileInfo(candidate).isFile())
                return candidate;
            if (stopAtRepository && QFileInfo::exists(dir.absoluteFilePath(QStringLiteral(".git"))))
                return std::nullopt;
            if (!dir.cdUp())
                return std::nullopt;
        }
        return std::nullopt;
    };
    if (preferWorkingDir)
        if (auto found = walk(QDir::current(), false))
            return found;
    return walk(QFileInfo(filePath).absoluteDir(), true);
}

QString SopsConfig::relativePath(const QString& filePath) const
{
    const QString abs = QFileInfo(filePath).absoluteFilePath();
    const QString dir = QFileInfo(path).absolutePath() + QLatin1Char('/');
    return abs.startsWith(dir) ? abs.mid(dir.size()) : abs;
}

Result<SopsCreationRule> SopsConfig::ruleFor(const QString& filePath) const
{
    const QString rel = relativePath(filePath);
    for (const SopsCreationRule& r : rules)
        if (r.pathRegex.isEmpty() || QRegularExpression(r.pathRegex).match(rel).hasMatch())
            return r;
    return configError(path, QCoreApplication::translate("SopsConfig", "no matching creation rules found for %1")
                                 .arg(rel));
}

} // namespace fleetdesk
