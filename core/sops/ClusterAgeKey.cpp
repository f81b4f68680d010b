#include "ClusterAgeKey.h"

#include "AgeKeyFile.h"
#include "SopsYaml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("ClusterAgeKey", text);
}

SopsNode stringNode(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return SopsNode::string(std::string_view(b.constData(), std::size_t(b.size())));
}

QString str(const SopsNode& n)
{
    return QString::fromUtf8(n.text.chars(), qsizetype(n.text.size()));
}

} // namespace

QString ClusterAgeKey::pathRegexFor(const QString& clusterPath)
{
    QString p = QDir::cleanPath(clusterPath);
    while (p.startsWith(QLatin1String("./")))
        p = p.mid(2);
    return QLatin1Char('^') + QRegularExpression::escape(p).replace(QLatin1String("\\/"), QLatin1String("/"))
        + QStringLiteral("/.*\\.ya?ml$");
}

Result<QByteArray> ClusterAgeKey::addCreationRule(QByteArrayView existing, const QString& pathRegex,
                                                  const QString& recipient, const QString& encryptedRegex,
                                                  const QString& fileName)
{
    auto tree = SopsYaml::parse(existing, fileName);
    if (!tree)
        return std::unexpected(tree.error());
    SopsNode& root = tree->documents.front();
    SopsNode* rules = root.find(QStringLiteral("creation_rules"));
    if (!rules) {
        rules = &root.add(QStringLiteral("creation_rules"), SopsNode::sequence());
    } else if (rules->kind == K::Null) {
        *rules = SopsNode::sequence();
    } else if (rules->kind != K::Sequence) {
        return makeError(tr("%1: creation_rules is not a list").arg(fileName), SourceLocation{fileName, 0, 0},
                         QStringLiteral("sops.config"));
    }
    for (SopsEntry& e : rules->children) {
        SopsNode* regex = e.value.find(QStringLiteral("path_regex"));
        if (!regex || str(*regex) != pathRegex)
            continue;
        SopsNode* age = e.value.find(QStringLiteral("age"));
        if (!age) {
            e.value.add(QStringLiteral("age"), stringNode(recipient));
        } else if (age->kind == K::Sequence) {
            age->add(stringNode(recipient));
        } else {
            const QString current = str(*age).trimmed();
            *age = stringNode(current.isEmpty() ? recipient : current + QLatin1Char(',') + recipient);
        }
        return SopsYaml::write(*tree, 2).toByteArray();
    }
    SopsNode rule = SopsNode::mapping();
    rule.add(QStringLiteral("path_regex"), stringNode(pathRegex));
    if (!encryptedRegex.isEmpty())
        rule.add(QStringLiteral("encrypted_regex"), stringNode(encryptedRegex));
    rule.add(QStringLiteral("age"), stringNode(recipient));
    // First match wins: put the cluster's rule before the others (after leading comments).
    auto pos = rules->children.begin();
    while (pos != rules->children.end() && pos->value.isComment())
        ++pos;
    rules->children.insert(pos, SopsEntry{QString(), std::move(rule)});
    return SopsYaml::write(*tree, 2).toByteArray();
}

Result<ClusterAgeKey::Created> ClusterAgeKey::create(const QString& repositoryRoot, const QString& clusterPath,
                                                      const QString& encryptedRegex)
{
    Created created;
    created.identity = AgeIdentity::generate();
    created.sopsConfigPath = QDir(repositoryRoot).absoluteFilePath(QStringLiteral(".sops.yaml"));
    created.pathRegex = pathRegexFor(clusterPath);
    QByteArray existing;
    QFile in(created.sopsConfigPath);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read %1: %2").arg(created.sopsConfigPath, in.errorString()),
                             SourceLocation{created.sopsConfigPath, 0, 0}, QStringLiteral("io.read"));
        existing = in.readAll();
    }
    auto text = addCreationRule(existing, created.pathRegex, created.identity.recipient().toString(), encryptedRegex,
                                created.sopsConfigPath);
    if (!text)
        return std::unexpected(text.error());
    QSaveFile out(created.sopsConfigPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*text) != text->size() || !out.commit())
        return makeError(tr("cannot write %1: %2").arg(created.sopsConfigPath, out.errorString()),
                         SourceLocation{created.sopsConfigPath, 0, 0}, QStringLiteral("io.write"));
    return created;
}

SecureBuffer ClusterAgeKey::secretManifest(const AgeIdentity& identity, const QString& name, const QString& ns)
{
    SecureBuffer out;
    out.append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ");
    out.append(name.toUtf8());
    out.append("\n  namespace: ");
    out.append(ns.toUtf8());
    out.append("\ntype: Opaque\nstringData:\n  age.agekey: |\n");
    const SecureBuffer keys = AgeKeyFile::format(identity, QDateTime::currentDateTime());
    std::string_view rest = keys.view();
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        out.append("    ");
        out.append(rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1));
        rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    }
    return out;
}

Result<void> ClusterAgeKey::writeSecretManifest(const AgeIdentity& identity, const QString& path, const QString& ns)
{
    QDir dir = QFileInfo(path).absoluteDir();
    for (int level = 0; level < 100; ++level) {
        if (QFileInfo::exists(dir.absoluteFilePath(QStringLiteral(".git"))))
            return makeError(tr("refusing to write the private age key into the Git working tree %1; save it "
                                "outside any repository")
                                 .arg(dir.absolutePath()),
                             SourceLocation{path, 0, 0}, QStringLiteral("sops.secret-in-repo"));
        if (!dir.cdUp())
            break;
    }
    const SecureBuffer manifest = secretManifest(identity, QStringLiteral("sops-age"), ns);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write %1: %2").arg(path, out.errorString()), SourceLocation{path, 0, 0},
                         QStringLiteral("io.write"));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(manifest.chars(), qint64(manifest.size())) != qint64(manifest.size()) || !out.commit())
        return makeError(tr("cannot write %1: %2").arg(path, out.errorString()), SourceLocation{path, 0, 0},
                         QStringLiteral("io.write"));
    return {};
}

} // namespace fleetdesk
