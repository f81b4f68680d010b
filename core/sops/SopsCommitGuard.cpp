#include "SopsCommitGuard.h"

#include "Crypto.h"
#include "SopsConfig.h"
#include "SopsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsCommitGuard", text);
}

bool anyEncrypted(const SopsNode& n)
{
    for (const SopsEntry& e : n.children) {
        if (e.value.kind == SopsNode::Kind::String && SopsValueCipher::looksEncrypted(e.value.text.byteView()))
            return true;
        if (e.value.isCollection() && anyEncrypted(e.value))
            return true;
    }
    return false;
}

bool isPlainSecret(const SopsNode& doc)
{
    const SopsNode* kind = doc.find(QStringLiteral("kind"));
    if (!kind || kind->text.view() != "Secret")
        return false;
    for (const char* key : {"data", "stringData"})
        if (const SopsNode* d = doc.find(QString::fromLatin1(key)); d && d->kind == SopsNode::Kind::Mapping
            && std::any_of(d->children.begin(), d->children.end(), [](const SopsEntry& e) { return !e.value.isComment(); }))
            return true;
    return false;
}

bool isChecked(const QString& abs)
{
    const QString suffix = QFileInfo(abs).suffix().toLower();
    const bool supported = suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")
        || suffix == QLatin1String("json") || suffix == QLatin1String("env");
    return supported && QFileInfo(abs).fileName() != QLatin1String(".sops.yaml");
}

bool isOverridden(const QDir& root, const QStringList& overrides, const QString& abs)
{
    for (const QString& o : overrides)
        if (QFileInfo(root.absoluteFilePath(o)).absoluteFilePath() == abs)
            return true;
    return false;
}

// The line of the first top-level data or stringData key (where the secret values are), else 1.
int secretLine(const QByteArray& content)
{
    int line = 1;
    for (qsizetype start = 0; start < content.size(); ++line) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArrayView text(content.constData() + start, end - start);
        if (text.startsWith("data:") || text.startsWith("stringData:") || text.startsWith("\"data\"")
            || text.trimmed().startsWith("\"stringData\""))
            return line;
        start = end + 1;
    }
    return 1;
}

} // namespace

QList<SopsCommitFinding> SopsCommitGuard::check(const QString& repositoryRoot, const QStringList& paths,
                                                const QStringList& overrides)
{
    const QDir root(repositoryRoot);
    QList<SopsCommitFile> files;
    QList<SopsCommitFinding> findings;
    for (const QString& p : paths) {
        const QString abs = QFileInfo(root.absoluteFilePath(p)).absoluteFilePath();
        const QString rel = root.relativeFilePath(abs);
        if (!isChecked(abs))
            continue;
        QFile f(abs);
        if (!f.exists())
            continue; // a deletion
        if (!f.open(QIODevice::ReadOnly)) {
            if (!isOverridden(root, overrides, abs))
                findings.append({rel, SopsCommitFinding::Reason::Unreadable,
                                 tr("%1: cannot be read: %2").arg(rel, f.errorString())});
            continue;
        }
        files.append({rel, f.readAll()});
    }
    return findings + checkContent(repositoryRoot, files, overrides);
}

QList<SopsCommitFinding> SopsCommitGuard::checkContent(const QString& repositoryRoot,
                                                       const QList<SopsCommitFile>& files,
                                                       const QStringList& overrides)
{
    const QDir root(repositoryRoot);
    QList<SopsCommitFinding> findings;
    for (const SopsCommitFile& file : files) {
        const QString abs = QFileInfo(root.absoluteFilePath(file.path)).absoluteFilePath();
        const QString rel = root.relativeFilePath(abs);
        if (!isChecked(abs) || isOverridden(root, overrides, abs))
            continue;
        const QByteArray& content = file.content;
        const SopsFile::Format format = SopsFile::formatForPath(abs);
        auto tree = SopsFile::parse(content, format, rel);
        if (!tree)
            continue; // not ours to judge; the linter reports syntax errors
        SopsTree plain = *tree;
        auto metadata = SopsFile::extractMetadata(plain, rel);
        const bool encrypted = metadata && *metadata;
        if (encrypted)
            continue;
        bool flagged = false;
        if (auto configPath = SopsConfig::locate(abs, {}, false)) {
            auto config = SopsConfig::load(*configPath);
            if (config) {
                if (auto rule = config->ruleFor(abs)) {
                    // Would this rule encrypt anything here? Try it on a copy with a throwaway key.
                    SopsTree trial = plain;
                    SopsMetadata m;
                    m.selection = rule->selection;
                    const SecureBuffer key = crypto::randomSecret(32);
                    if (SopsFile::encryptTree(trial, m, key, QDateTime::currentDateTimeUtc())
                        && std::any_of(trial.documents.begin(), trial.documents.end(), anyEncrypted)) {
                        findings.append({rel, SopsCommitFinding::Reason::PlainFileMatchesCreationRule,
                                         tr("%1 matches creation rule %2 of %3 but is not encrypted; encrypt it "
                                            "first or override explicitly")
                                             .arg(rel)
                                             .arg(rule->index + 1)
                                             .arg(root.relativeFilePath(*configPath)),
                                         secretLine(content)});
                        flagged = true;
                    }
                }
            }
        }
        if (!flagged && format != SopsFile::Format::Dotenv
            && std::any_of(plain.documents.begin(), plain.documents.end(), isPlainSecret))
            findings.append({rel, SopsCommitFinding::Reason::SecretWithoutSopsMetadata,
                             tr("%1 holds a Kubernetes Secret without SOPS metadata; encrypt it first or override "
                                "explicitly")
                                 .arg(rel),
                             secretLine(content)});
    }
    return findings;
}

} // namespace fleetdesk
