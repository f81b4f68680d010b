#pragma once

#include "engine/FleetSnapshot.h"
#include "engine/SnapshotPlan.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace fleetdesk {

class ActionLogPane;
class ChangesPanel;
class ConnectionIndicator;
class DetailsPane;
class DriftDock;
class EventsPane;
class LiveActions;
class NotificationBanner;
class Notifier;
class GitWorker;
class FleetFilterProxyModel;
class FleetTreeModel;
class IssueListModel;
class IssuesPanel;
class ReconcileEngine;
class SecretStore;
class SnapshotPlanner;

/// The main window: the fleet tree with its filter, the details pane and the issues dock.
///
/// The engine lives on its own thread. The window asks it for work with queued invocations and takes its
/// snapshots through a queued connection. A SnapshotPlanner diffs each one against the shown snapshot on a worker,
/// and the tree model replays that plan into the view, so expansion and selection survive a refresh.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ReconcileEngine* engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Asks the engine to open a platform repository (tenant repositories are found beside it).
    void openWorkspace(const QString& platformRoot);
    /// Adds the Changes dock, driven by `worker`, which lives on another thread (the engine's): the dock follows
    /// the repository of the selected node, and every request goes to the worker as a queued call.
    void attachGitWorker(GitWorker* worker);
    /// Expands the clusters and their platform and tenants groups, so every tenant is visible.
    void expandToTenants();
    /// Saves a PNG of the window.
    bool saveScreenshot(const QString& pngPath);

    /// Selects the node with this key in the tree (clearing the filter when it hides it) and reveals it.
    bool selectNode(const QString& nodeKey);
    /// Key of the node selected in the tree, empty when none.
    QString currentNodeKey() const;

    FleetTreeModel* fleetModel() const { return m_model; }
    FleetFilterProxyModel* filterModel() const { return m_proxy; }
    IssueListModel* issueModel() const { return m_issueModel; }
    QTreeView* fleetTree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    DetailsPane* detailsPane() const { return m_details; }
    IssuesPanel* issuesPanel() const { return m_issues; }
    QString statusText() const;
    // Live clusters: the Flux actions, the connection indicator, notifications and the action log.
    LiveActions* liveActions() const { return m_liveActions; }
    ConnectionIndicator* connectionIndicator() const { return m_connections; }
    Notifier* notifier() const { return m_notifier; }
    NotificationBanner* notificationBanner() const { return m_banner; }
    ActionLogPane* actionLogPane() const { return m_actionLog; }
    /// The Drift dock (DriftView of the selected Kustomization, "What Would This Change Do?").
    DriftDock* driftDock() const { return m_driftDock; }
    EventsPane* eventsPane() const { return m_events; }

public Q_SLOTS:
    /// Shows a snapshot now, diffing it here; stale generations are dropped.
    void applySnapshot(fleetdesk::FleetSnapshotPtr snapshot);
    /// Shows a snapshot as the engine's are shown: its plan (SnapshotPlan) is made on a worker first, so the GUI
    /// thread only replays it. Snapshots that arrive meanwhile are coalesced to the newest.
    void showSnapshot(fleetdesk::FleetSnapshotPtr snapshot);
    void reload();
    void chooseWorkspace();
    void expandAll();
    void collapseAll();
    void focusFilter();
    /// The settings dialog: kubeconfig context per cluster (applied by reconnecting) and notifications.
    void showSettings();
    /// Connects the fleet's clusters again (after a kubeconfig change).
    void reconnectClusters();

Q_SIGNALS:
    void snapshotApplied(quint64 generation);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void createLiveControls();
    void createDriftDock();
    /// Has the engine follow the Events of the current node when it is a live Flux object.
    void followEvents();
    void updateDetails();
    void updateStatus();
    /// applySnapshot() with the plan that leads to `snapshot`, if any.
    void applyPlanned(fleetdesk::FleetSnapshotPtr snapshot, fleetdesk::SnapshotPlanPtr plan);
    void showWorkspaceFailure(const QString& platformRoot, const QString& message);
    void setBusy(bool busy);
    void openCurrentFile();
    std::shared_ptr<SecretStore> sopsKeychain() const;
    void showAbout();
    QSet<QString> expandedKeys() const;
    void restoreExpandedKeys(const QSet<QString>& keys);

    ReconcileEngine* m_engine;
    FleetTreeModel* m_model;
    SnapshotPlanner* m_planner;
    FleetFilterProxyModel* m_proxy;
    IssueListModel* m_issueModel;
    QSplitter* m_splitter;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    DetailsPane* m_details;
    IssuesPanel* m_issues;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    ChangesPanel* m_changes = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_busyLabel = nullptr;
    QString m_workspace;
    QString m_selectedKey;
    QSet<QString> m_expandedBeforeFilter;
    bool m_firstSnapshotOfWorkspace = true;
    LiveActions* m_liveActions = nullptr;
    ConnectionIndicator* m_connections = nullptr;
    NotificationBanner* m_banner = nullptr;
    Notifier* m_notifier = nullptr;
    ActionLogPane* m_actionLog = nullptr;
    DriftDock* m_driftDock = nullptr;
    EventsPane* m_events = nullptr;
};

} // namespace fleetdesk
