#include "GitBranchMonitor.h"

#include "git/GitAheadBehind.h"
#include "git/GitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <git2.h>

namespace fleetdesk {

namespace {

/// Long enough to take a push's or a rebase's burst of reference renames as one change.
constexpr int coalesceMilliseconds = 100;

/// `folder`, or the closest existing folder above it (a remote's folder appears with its first fetch), not above
/// `stop`.
QString existingFolder(QString folder, const QString& stop)
{
    while (folder.size() > stop.size() && !QFileInfo(folder).isDir())
        folder = QFileInfo(folder).path();
    return folder;
}

} // namespace

GitBranchMonitor::GitBranchMonitor(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_coalesce(new QTimer(this))
{
    qRegisterMetaType<GitBranchSync>();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(coalesceMilliseconds);
    connect(m_coalesce, &QTimer::timeout, this, &GitBranchMonitor::computeDirty);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &GitBranchMonitor::pathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &GitBranchMonitor::pathChanged);
}

GitBranchMonitor::~GitBranchMonitor() = default;

GitBranchSync GitBranchMonitor::current(const QString& repository) const
{
    const auto found = m_watched.find(repository);
    if (found == m_watched.end()) {
        GitBranchSync none;
        none.repository = repository;
        return none;
    }
    return found->second.last;
}

QStringList GitBranchMonitor::watchedPaths() const
{
    return m_watcher->directories() + m_watcher->files();
}

void GitBranchMonitor::setRepositories(const QStringList& repositories)
{
    const QSet<QString> wanted(repositories.begin(), repositories.end());
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        if (wanted.contains(it->first)) {
            ++it;
            continue;
        }
        setPaths(it->first, it->second, {});
        m_dirty.remove(it->first);
        it = m_watched.erase(it);
    }
    for (const QString& repository : repositories) {
        if (repository.isEmpty() || m_watched.count(repository))
            continue;
        Watched& watched = m_watched[repository];
        auto opened = GitRepository::open(repository);
        if (opened)
            watched.repository = std::make_unique<GitRepository>(std::move(*opened));
        else
            watched.last.error = opened.error().message;
        compute(repository, watched);
    }
}

void GitBranchMonitor::refresh(const QString& repository)
{
    const auto found = m_watched.find(repository);
    if (found != m_watched.end())
        compute(repository, found->second);
}

void GitBranchMonitor::compute(const QString& repository, Watched& watched)
{
    m_dirty.remove(repository);
    GitBranchSync sync;
    if (watched.repository)
        sync = GitAheadBehind::branchSync(*watched.repository);
    else
        sync.error = watched.last.error;
    sync.repository = repository;
    // The branch or upstream may have changed: watch their folders.
    setPaths(repository, watched, watched.repository ? pathsFor(*watched.repository, sync) : QStringList());
    if (watched.reported && sync == watched.last)
        return;
    watched.last = sync;
    watched.reported = true;
    Q_EMIT syncChanged(sync);
}

QStringList GitBranchMonitor::pathsFor(const GitRepository& repository, const GitBranchSync& sync) const
{
    git_repository* handle = repository.handle();
    const QString gitDir = QDir::cleanPath(QString::fromUtf8(git_repository_path(handle)));
    const QString commonDir = QDir::cleanPath(QString::fromUtf8(git_repository_commondir(handle)));
    QStringList paths{gitDir};
    if (commonDir != gitDir)
        paths.append(commonDir);
    const auto addReferenceFolder = [&](const QString& reference) {
        const QString folder = QFileInfo(commonDir + u'/' + reference).path();
        const QString existing = existingFolder(folder, commonDir);
        if (!paths.contains(existing))
            paths.append(existing);
    };
    addReferenceFolder(QStringLiteral("refs/heads/") + (sync.branch.isEmpty() ? QStringLiteral("HEAD") : sync.branch));
    if (!sync.upstream.isEmpty())
        addReferenceFolder(QStringLiteral("refs/remotes/") + sync.upstream);
    return paths;
}

void GitBranchMonitor::setPaths(const QString& repository, Watched& watched, const QStringList& paths)
{
    for (const QString& path : std::as_const(watched.paths)) {
        if (paths.contains(path))
            continue;
        auto users = m_repositoriesByPath.find(path);
        if (users == m_repositoriesByPath.end())
            continue;
        users->remove(repository);
        if (users->isEmpty()) {
            m_repositoriesByPath.erase(users);
            m_watcher->removePath(path);
        }
    }
    const QStringList watching = m_watcher->directories();
    for (const QString& path : paths) {
        m_repositoriesByPath[path].insert(repository);
        // Also when a watched folder was deleted and made again (the watcher drops deleted paths).
        if (!watching.contains(path))
            m_watcher->addPath(path);
    }
    watched.paths = paths;
}

void GitBranchMonitor::pathChanged(const QString& path)
{
    const QSet<QString> users = m_repositoriesByPath.value(path);
    if (users.isEmpty())
        return;
    m_dirty.unite(users);
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void GitBranchMonitor::computeDirty()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString& repository : dirty) {
        const auto found = m_watched.find(repository);
        if (found != m_watched.end())
            compute(repository, found->second);
    }
}

} // namespace fleetdesk
