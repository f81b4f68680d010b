#include "SopsEditSession.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsEditSession", text);
}

constexpr qsizetype kMaxFileSize = 32 * 1024 * 1024;

QSet<QString> recipientSet(const SopsMetadata& metadata)
{
    QSet<QString> out;
    for (const SopsKeyGroup& g : metadata.keyGroups)
        for (const SopsAgeKey& k : g.age)
            out.insert(k.recipient);
    return out;
}

QSet<QString> recipientSet(const QList<QList<AgeRecipient>>& groups)
{
    QSet<QString> out;
    for (const auto& g : groups)
        for (const AgeRecipient& r : g)
            out.insert(r.toString());
    return out;
}

bool sameGroups(const SopsMetadata& metadata, const QList<QList<AgeRecipient>>& groups)
{
    if (metadata.keyGroups.size() != groups.size())
        return false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!metadata.keyGroups[i].foreign.empty())
            return false;
        QStringList a;
        for (const SopsAgeKey& k : metadata.keyGroups[i].age)
            a.append(k.recipient);
        QStringList b;
        for (const AgeRecipient& r : groups[i])
            b.append(r.toString());
        a.sort();
        b.sort();
        if (a != b)
            return false;
    }
    return true;
}

// One line of the edited text, split into indentation and key. The key is unquoted; empty when the line holds none.
struct KeyLine
{
    int indent = -1;
    QString key;
    bool sequenceItem = false;
    bool separator = false;
};

KeyLine keyLine(QByteArrayView line)
{
    KeyLine out;
    if (line.startsWith("---")) {
        out.separator = true;
        return out;
    }
    qsizetype i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i == line.size() || line[i] == '#')
        return out;
    out.indent = int(i);
    if (line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
        out.sequenceItem = true;
        return out;
    }
    QByteArrayView rest = line.sliced(i);
    if (rest.startsWith('"') || rest.startsWith('\'')) {
        const char quote = rest[0];
        const qsizetype end = rest.indexOf(quote, 1);
        if (end < 0)
            return out;
        out.key = QString::fromUtf8(rest.sliced(1, end - 1));
        return out;
    }
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0 || (colon + 1 < rest.size() && rest[colon + 1] != ' '))
        return out;
    out.key = QString::fromUtf8(rest.first(colon)).trimmed();
    return out;
}

} // namespace

bool SopsEditSession::looksLikeSops(QByteArrayView content)
{
    const bool yaml = content.contains("\nsops:") || content.startsWith("sops:");
    const bool json = content.contains("\"sops\":");
    const bool dotenv = content.contains("sops_mac=") || content.contains("\nsops_version=");
    return (yaml || json) ? (content.contains("mac:") || content.contains("\"mac\":") || content.contains("age"))
                          : dotenv;
}

bool SopsEditSession::isSopsFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxFileSize)
        return false;
    return looksLikeSops(f.readAll());
}

Result<SopsEditSession> SopsEditSession::open(const QString& path, const QList<AgeIdentity>& identities)
{
    SopsEditSession s;
    s.m_path = QFileInfo(path).absoluteFilePath();
    s.m_format = SopsFile::formatForPath(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, f.errorString()), SourceLocation{path, 0, 0},
                         QStringLiteral("io.read"));
    if (f.size() > kMaxFileSize)
        return makeError(tr("%1 is larger than 32 MiB").arg(path), SourceLocation{path, 0, 0},
                         QStringLiteral("limit.size"));
    const QByteArray encrypted = f.readAll(); // ciphertext: not secret
    auto tree = SopsFile::parse(encrypted, s.m_format, path);
    if (!tree)
        return std::unexpected(tree.error());
    auto metadata = SopsFile::extractMetadata(*tree, path);
    if (!metadata)
        return std::unexpected(metadata.error());
    if (!*metadata)
        return makeError(tr("%1 is not SOPS-encrypted (it has no sops metadata)").arg(path),
                         SourceLocation{path, 0, 0}, QStringLiteral("sops.format"));
    s.m_metadata = std::move(**metadata);
    if (identities.isEmpty())
        return makeError(tr("%1: no age identity is available (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, "
                            "the default keys.txt or the keychain); the file is encrypted for %2")
                             .arg(path, s.m_metadata.ageRecipients().join(QStringLiteral(", "))),
                         SourceLocation{path, 0, 0}, QStringLiteral("age.identity"));
    auto key = SopsFile::dataKey(s.m_metadata, identities, path);
    if (!key)
        return std::unexpected(key.error());
    s.m_dataKey = std::move(*key);
    if (auto r = SopsFile::decryptTree(*tree, s.m_metadata, s.m_dataKey, path, {}, &s.m_stash); !r)
        return std::unexpected(r.error());
    const bool keepPlaces = !s.m_metadata.selection.encryptedCommentRegex.isEmpty()
        || !s.m_metadata.selection.unencryptedCommentRegex.isEmpty();
    s.m_plain = SopsFile::write(*tree, s.m_format, 0, keepPlaces);

    // Recipients: the matching creation rule's age keys; else the file's own.
    s.m_shamirThreshold = s.m_metadata.shamirThreshold;
    if (const auto configPath = SopsConfig::locate(s.m_path, {}, false)) {
        auto config = SopsConfig::load(*configPath);
        if (!config)
            return std::unexpected(config.error());
        if (auto rule = config->ruleFor(s.m_path); rule && !rule->keyGroups.isEmpty() && !rule->hasOtherKeyTypes) {
            s.m_groups = rule->keyGroups;
            s.m_shamirThreshold = rule->shamirThreshold;
            s.m_configPath = *configPath;
            s.m_ruleNumber = rule->index + 1;
        }
    }
    if (s.m_configPath.isEmpty()) {
        for (const SopsKeyGroup& g : s.m_metadata.keyGroups) {
            QList<AgeRecipient> list;
            for (const SopsAgeKey& k : g.age) {
                auto r = AgeRecipient::parse(k.recipient);
                if (!r)
                    return makeError(tr("%1: recipient %2 in the sops metadata: %3")
                                         .arg(path, k.recipient, r.error().message),
                                     SourceLocation{path, 0, 0}, QStringLiteral("sops.metadata"));
                list.append(*r);
            }
            s.m_groups.append(list);
        }
    }
    return s;
}

int SopsEditSession::recipientCount() const
{
    return int(recipientSet(m_groups).size());
}

Result<void> SopsEditSession::save(const SecureBuffer& edited)
{
    auto tree = SopsFile::parse(edited.byteView(), m_format, m_path);
    if (!tree)
        return makeError(tr("the edited text is not valid: %1; %2 is unchanged")
                             .arg(tree.error().toString(), m_path),
                         tree.error().where, tree.error().code);
    SopsMetadata metadata = m_metadata;
    SecureBuffer key = m_dataKey;
    bool newKey = false;
    if (!sameGroups(m_metadata, m_groups)) {
        // A recipient that is dropped knew the data key: make a new one, as sops rotate does.
        const QSet<QString> before = recipientSet(m_metadata);
        const QSet<QString> after = recipientSet(m_groups);
        newKey = !after.contains(before) || std::any_of(m_metadata.keyGroups.begin(), m_metadata.keyGroups.end(),
                                                        [](const SopsKeyGroup& g) { return !g.foreign.empty(); });
        if (newKey)
            key = crypto::randomSecret(32);
        if (auto r = SopsFile::wrapDataKey(metadata, key, m_groups, m_shamirThreshold); !r)
            return std::unexpected(r.error());
    }
    if (auto r = SopsFile::encryptTree(*tree, metadata, key, QDateTime::currentDateTimeUtc(),
                                       newKey ? nullptr : &m_stash);
        !r)
        return std::unexpected(r.error());
    SopsFile::insertMetadata(*tree, metadata);
    const bool regex = !metadata.selection.encryptedCommentRegex.isEmpty()
        || !metadata.selection.unencryptedCommentRegex.isEmpty();
    const SecureBuffer encrypted = SopsFile::write(*tree, m_format, 0, regex); // ciphertext only

    QSaveFile out(m_path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(encrypted.chars(), qint64(encrypted.size())) != qint64(encrypted.size()) || !out.commit())
        return makeError(tr("cannot write %1: %2; the file is unchanged").arg(m_path, out.errorString()),
                         SourceLocation{m_path, 0, 0}, QStringLiteral("io.write"));
    m_metadata = std::move(metadata);
    if (newKey) {
        m_dataKey = std::move(key);
        m_stash = SopsIvStash();
    }
    m_plain = edited;
    return {};
}

Result<SecureBuffer> SopsEditSession::valueAtLine(const SecureBuffer& text, SopsFile::Format format, int line,
                                                  const QString& file)
{
    auto noValue = [&] {
        return makeError(tr("%1:%2: this line holds no single value to copy").arg(file).arg(line),
                         SourceLocation{file, line, 0}, QStringLiteral("sops.value"));
    };
    QList<QByteArrayView> lines;
    const QByteArrayView all = text.byteView();
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView l = all.sliced(start, end - start);
        if (l.endsWith('\r'))
            l.chop(1);
        lines.append(l);
        start = end + 1;
    }
    if (line < 1 || line > lines.size())
        return noValue();
    auto tree = SopsFile::parse(all, format, file);
    if (!tree)
        return std::unexpected(tree.error());
    if (tree->documents.empty())
        return noValue();

    QStringList path;
    int document = 0;
    if (format == SopsFile::Format::Dotenv) {
        const QByteArrayView l = lines[line - 1];
        const qsizetype eq = l.indexOf('=');
        if (eq <= 0 || l.startsWith('#'))
            return noValue();
        path.append(QString::fromUtf8(l.first(eq)).trimmed());
    } else if (format == SopsFile::Format::Ini) {
        // "key = value" under the nearest "[section]" above (the implicit DEFAULT section before the first one);
        // a repeated section name counts which of them it is.
        const QByteArrayView l = QByteArrayView(lines[line - 1]).trimmed();
        const qsizetype eq = l.indexOf('=') >= 0 && (l.indexOf(':') < 0 || l.indexOf('=') < l.indexOf(':'))
            ? l.indexOf('=')
            : l.indexOf(':');
        if (eq <= 0 || l.startsWith('#') || l.startsWith(';') || l.startsWith('['))
            return noValue();
        QString key = QString::fromUtf8(l.first(eq)).trimmed();
        if (key.size() >= 2 && (key.startsWith(u'`') || key.startsWith(u'"')) && key.endsWith(key.front()))
            key = key.mid(1, key.size() - 2);
        QString section = QStringLiteral("DEFAULT");
        int sectionLine = 0;
        for (int i = line - 2; i >= 0 && sectionLine == 0; --i) {
            const QByteArrayView up = QByteArrayView(lines[i]).trimmed();
            const qsizetype close = up.lastIndexOf(']');
            if (up.startsWith('[') && close > 1) {
                section = QString::fromUtf8(up.sliced(1, close - 1));
                sectionLine = i + 1;
            }
        }
        // The implicit DEFAULT section comes first, so an explicit [DEFAULT] header is at least the second one.
        int occurrence = section == QLatin1String("DEFAULT") && sectionLine > 0 ? 1 : 0;
        for (int i = 0; i + 1 < sectionLine; ++i) {
            const QByteArrayView up = QByteArrayView(lines[i]).trimmed();
            const qsizetype close = up.lastIndexOf(']');
            occurrence += up.startsWith('[') && close > 1 && QString::fromUtf8(up.sliced(1, close - 1)) == section;
        }
        const SopsNode& root = tree->documents.front();
        const SopsNode* sectionNode = nullptr;
        for (const SopsEntry& e : root.children)
            if (!e.value.isComment() && e.key == section && occurrence-- == 0) {
                sectionNode = &e.value;
                break;
            }
        const SopsNode* value = sectionNode ? sectionNode->find(key) : nullptr;
        if (!value || !value->isScalar())
            return noValue();
        return value->text;
    } else {
        const KeyLine here = keyLine(lines[line - 1]);
        if (here.key.isEmpty() || here.sequenceItem)
            return noValue();
        path.append(here.key);
        int indent = here.indent;
        bool content = false;
        for (int i = line - 2; i >= 0; --i) {
            const KeyLine up = keyLine(lines[i]);
            if (up.separator) {
                // A separator after some content starts a new document.
                for (int j = i - 1; j >= 0 && !content; --j)
                    content = keyLine(lines[j]).indent >= 0;
                if (content)
                    ++document;
                content = false;
                continue;
            }
            if (up.indent < 0 || up.indent >= indent)
                continue;
            if (up.sequenceItem)
                return makeError(tr("%1:%2: values inside lists cannot be copied one by one").arg(file).arg(line),
                                 SourceLocation{file, line, 0}, QStringLiteral("sops.value"));
            if (up.key.isEmpty())
                continue;
            if (document == 0)
                path.prepend(up.key);
            indent = up.indent;
        }
        if (format == SopsFile::Format::Json)
            document = 0;
    }
    if (document >= int(tree->documents.size()))
        return noValue();
    const SopsNode* node = &tree->documents[std::size_t(document)];
    for (const QString& key : path) {
        node = node->find(key);
        if (!node)
            return noValue();
    }
    if (!node->isScalar())
        return noValue();
    return node->text;
}

} // namespace fleetdesk
