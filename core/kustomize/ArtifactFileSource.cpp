#include "ArtifactFileSource.h"

#include <QDir>
#include <QFile>

namespace fleetdesk {

namespace {

QString child(const QString& directory, const QString& name)
{
    return directory.isEmpty() || directory == QLatin1String(".") ? name : directory + u'/' + name;
}

QString clean(const QString& path)
{
    const QString c = QDir::cleanPath(path.isEmpty() ? QStringLiteral(".") : path);
    return c == QLatin1String(".") ? QString() : c;
}

} // namespace

ArtifactFileSource::ArtifactFileSource(const RenderFileSource& checkout, SourceIgnore rules)
    : m_checkout(checkout)
    , m_rules(std::move(rules))
    , m_keyPrefix("artifact:" + m_rules.fingerprint() + ':')
{
}

ArtifactFileSource::~ArtifactFileSource() = default;

bool ArtifactFileSource::keepsDirectory(const QString& path, int depth) const
{
    if (!m_rules.excludes(path, true))
        return true;
    // An excluded directory still holds what a later pattern includes again: the archive has those files.
    if (depth > 64)
        return false;
    for (const QString& name : m_checkout.entries(path)) {
        const QString p = child(path, name);
        if (m_checkout.isDirectory(p) ? keepsDirectory(p, depth + 1) : !m_rules.excludes(p, false))
            return true;
    }
    return false;
}

bool ArtifactFileSource::isDirectory(const QString& path) const
{
    const QString p = clean(path);
    return m_checkout.isDirectory(p) && (p.isEmpty() || keepsDirectory(p, 0));
}

bool ArtifactFileSource::isFile(const QString& path) const
{
    const QString p = clean(path);
    return m_checkout.isFile(p) && !m_rules.excludes(p, false);
}

QStringList ArtifactFileSource::entries(const QString& path) const
{
    const QString p = clean(path);
    QStringList kept;
    for (const QString& name : m_checkout.entries(p)) {
        const QString c = child(p, name);
        if (m_checkout.isDirectory(c) ? keepsDirectory(c, 0) : !m_rules.excludes(c, false))
            kept.append(name);
    }
    return kept;
}

Result<QByteArray> ArtifactFileSource::read(const QString& path) const
{
    const QString p = clean(path);
    if (!p.isEmpty() && m_checkout.isFile(p)) {
        const QString rule = m_rules.excludedBy(p, false);
        if (!rule.isEmpty())
            return makeError(tr("%1: left out of the GitRepository artifact by %2").arg(p, rule), {p},
                             QStringLiteral("kustomize.ignored"));
    }
    return m_checkout.read(p);
}

QByteArray ArtifactFileSource::contentKey(const QString& path) const
{
    const QByteArray inner = m_checkout.contentKey(path);
    return inner.isEmpty() ? inner : m_keyPrefix + inner;
}

Result<void> ArtifactFileSource::exportTo(const QString& path, const QString& target) const
{
    for (const QString& name : entries(path)) {
        const QString p = child(path, name);
        const QString destination = target + u'/' + p;
        if (isDirectory(p)) {
            if (!QDir().mkpath(destination))
                return makeError(tr("cannot create %1").arg(destination), {p}, QStringLiteral("kustomize.export"));
            if (auto r = exportTo(p, target); !r)
                return r;
            continue;
        }
        auto content = m_checkout.read(p);
        if (!content)
            return std::unexpected(content.error());
        QFile file(destination);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*content) != content->size())
            return makeError(tr("cannot write %1: %2").arg(destination, file.errorString()), {p},
                             QStringLiteral("kustomize.export"));
    }
    return {};
}

Result<QString> ArtifactFileSource::materialize() const
{
    const QMutexLocker lock(&m_mutex);
    if (m_exported)
        return m_exported->path();
    auto directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fleetdesk-artifact-XXXXXX"));
    if (!directory->isValid())
        return makeError(tr("cannot create a temporary directory: %1").arg(directory->errorString()), {},
                         QStringLiteral("kustomize.export"));
    QFile::setPermissions(directory->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (auto exported = exportTo(QString(), directory->path()); !exported)
        return std::unexpected(exported.error());
    m_exported = std::move(directory);
    return m_exported->path();
}

} // namespace fleetdesk
