#pragma once

#include "engine/FleetSnapshot.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace fleetdesk {

class NotificationBanner;

/// Desktop-style notifications: a system tray message where the desktop has a tray, the window's
/// NotificationBanner otherwise. Also watches snapshots and notifies once when a Kustomization or HelmRelease turns
/// failed or stale, or recovers (never twice for the same state; off with setStateNotifications(false)).
class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(NotificationBanner* banner, QObject* parent = nullptr);

    void notify(const QString& title, const QString& message, bool failure);
    /// Title and message of the last notification, "title: message".
    QString lastNotification() const { return m_last; }
    /// Whether notifications go to the system tray (else to the banner).
    bool usesSystemTray() const;

    void setStateNotifications(bool enabled) { m_stateNotifications = enabled; }
    bool stateNotifications() const { return m_stateNotifications; }
    /// Compares the deployers' states with the ones seen before; the first snapshot of a workspace only records.
    void watch(const FleetSnapshotPtr& snapshot);

Q_SIGNALS:
    void notified(const QString& title, const QString& message, bool failure);

private:
    /// Notes the deployers' states in `node`'s subtree. `previous` is the node with the same key in the snapshot
    /// watched before, if known: a subtree that snapshot shared is skipped, as nothing in it changed.
    void visit(const FleetNode& node, const FleetNode* previous, bool record);

    NotificationBanner* m_banner;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_last;
    bool m_stateNotifications = true;
    QString m_workspace;
    QHash<QString, ReconcileState> m_states; ///< deployer key -> the state last seen
    FleetNodePtr m_watched;                  ///< the root of the snapshot watched last
};

} // namespace fleetdesk
