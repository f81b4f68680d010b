#include "ReconcileEngine.h"

#include "engine/WorkspaceLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace fleetdesk {

ReconcileEngine::ReconcileEngine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<fleetdesk::FleetSnapshotPtr>();
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReconcileEngine::reloadChanged);
}

ReconcileEngine::~ReconcileEngine() = default;

void ReconcileEngine::setReloadDelay(int milliseconds)
{
    m_reloadTimer->setInterval(milliseconds);
}

void ReconcileEngine::openWorkspace(const QString& platformRoot)
{
    const QFileInfo info(platformRoot);
    if (!info.isDir()) {
        Q_EMIT workspaceFailed(platformRoot, tr("%1 is not a folder").arg(platformRoot));
        return;
    }
    m_root = info.absoluteFilePath();
    m_loader = std::make_unique<WorkspaceLoader>(m_root);
    // The watcher is recreated per workspace: it is created here, on the engine's thread, which owns it.
    delete m_watcher;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReconcileEngine::pathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ReconcileEngine::pathChanged);
    m_changedPaths.clear();
    publish(nullptr);
}

void ReconcileEngine::pathChanged(const QString& path)
{
    if (!m_changedPaths.contains(path))
        m_changedPaths.append(path);
    m_reloadTimer->start();
}

void ReconcileEngine::reload()
{
    if (!m_loader)
        return;
    m_reloadTimer->stop();
    m_changedPaths.clear();
    publish(nullptr);
}

void ReconcileEngine::reloadChanged()
{
    if (!m_loader)
        return;
    const QStringList changed = std::exchange(m_changedPaths, {});
    publish(&changed);
}

void ReconcileEngine::closeWorkspace()
{
    m_reloadTimer->stop();
    m_loader.reset();
    delete m_watcher;
    m_watcher = nullptr;
    m_root.clear();
}

void ReconcileEngine::publish(const QStringList* changedPaths)
{
    Q_EMIT busyChanged(true);
    WorkspaceLoadResult result = m_loader->load(++m_generation, changedPaths);
    rewatch();
    Q_EMIT busyChanged(false);
    Q_EMIT snapshotReady(result.snapshot);
}

void ReconcileEngine::rewatch()
{
    if (!m_watcher)
        return;
    // Directories see files come and go (and editors that save by rename); files see in-place writes.
    const QStringList wanted = m_loader->watchPaths();
    const QStringList current = m_watcher->directories() + m_watcher->files();
    QSet<QString> currentSet(current.begin(), current.end());
    QStringList toAdd;
    for (const QString& path : std::as_const(wanted)) {
        if (!currentSet.remove(path))
            toAdd.append(path);
    }
    if (!currentSet.isEmpty())
        m_watcher->removePaths(QStringList(currentSet.begin(), currentSet.end()));
    if (!toAdd.isEmpty())
        m_watcher->addPaths(toAdd);
}

} // namespace fleetdesk
