#include "Notifier.h"

#include "models/FleetTreeModel.h"
#include "views/NodeIcons.h"
#include "views/NotificationBanner.h"

#include <QSystemTrayIcon>

namespace fleetdesk {

Notifier::Notifier(NotificationBanner* banner, QObject* parent)
    : QObject(parent)
    , m_banner(banner)
{
    setObjectName(QStringLiteral("notifier"));
}

bool Notifier::usesSystemTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void Notifier::notify(const QString& title, const QString& message, bool failure)
{
    m_last = title + QStringLiteral(": ") + message;
    if (usesSystemTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(NodeIcons::application(), this);
            m_tray->setToolTip(tr("Fleetdesk"));
            m_tray->show();
        }
        m_tray->showMessage(title, message, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else if (m_banner) {
        m_banner->showMessage(title, message, failure);
    }
    Q_EMIT notified(title, message, failure);
}

void Notifier::watch(const FleetSnapshotPtr& snapshot)
{
    if (!snapshot || !snapshot->root)
        return;
    const bool newWorkspace = snapshot->workspaceRoot != m_workspace;
    if (newWorkspace) {
        m_workspace = snapshot->workspaceRoot;
        m_states.clear();
        m_watched.reset();
    }
    visit(*snapshot->root, m_watched.get(), newWorkspace);
    m_watched = snapshot->root;
}

void Notifier::visit(const FleetNode& node, const FleetNode* previous, bool record)
{
    if (&node == previous)
        return;
    if (node.nodeKind == NodeKind::FluxObject) {
        // Only deployers, and only what a cluster says (not "unknown" while offline).
        const bool deployer = node.kind == QLatin1String("Kustomization") || node.kind == QLatin1String("HelmRelease");
        if (deployer && node.state != ReconcileState::Unknown) {
            const auto last = m_states.constFind(node.key);
            const bool seen = last != m_states.constEnd();
            const ReconcileState before = seen ? *last : ReconcileState::Unknown;
            m_states.insert(node.key, node.state);
            if (!record && seen && before != node.state && m_stateNotifications) {
                const QString title = QStringLiteral("%1/%2").arg(node.kind, node.name);
                const bool bad = before == ReconcileState::Failed || before == ReconcileState::Stale;
                if (node.state == ReconcileState::Failed)
                    notify(title, tr("failed on %1: %2").arg(node.cluster, node.stateMessage), true);
                else if (node.state == ReconcileState::Stale)
                    notify(title, tr("is stale on %1: no successful reconcile for a while").arg(node.cluster), true);
                else if (node.state == ReconcileState::Ready && bad)
                    notify(title, tr("recovered on %1: Ready at %2").arg(node.cluster, node.liveRevision), false);
            }
        }
    }
    // Snapshots keep their children's order: the same key at the same row is the same node's earlier version.
    const bool sameRows = previous && previous->children.size() == node.children.size();
    for (size_t row = 0; row < node.children.size(); ++row) {
        const FleetNode& child = *node.children[row];
        const FleetNode* before = sameRows ? previous->children[row].get() : nullptr;
        visit(child, before && before->key == child.key ? before : nullptr, record);
    }
}

} // namespace fleetdesk
