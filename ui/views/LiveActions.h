#pragma once

#include "engine/FleetSnapshot.h"
#include "engine/FluxActionRequest.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QTreeView;
class QWidget;

namespace fleetdesk {

class FleetTreeModel;
class ReconcileEngine;

/// The Flux actions of the window: Suspend, Resume, Reconcile and Reconcile with Source, as QActions shared by
/// the Flux menu, the toolbar and the tree's context menu, with shortcuts. They work on every Flux object of the
/// tree's selection (a tenant, platform or cluster node stands for its live Kustomizations and HelmReleases), are
/// enabled only when they apply to at least one of them, ask for confirmation listing the targets when there is
/// more than one or a whole group is selected (a suspend always asks, for its reason), and run on the engine's
/// thread: the window never waits.
class LiveActions : public QObject
{
    Q_OBJECT

public:
    /// One live Flux object the selection stands for.
    struct Target
    {
        ClusterTarget target;
        bool suspended = false; ///< spec.suspend in the cluster
        bool hasSource = false; ///< a deployer with a sourceRef

        /// "cluster: Kind/ns/name".
        QString label() const;
    };

    /// `tree` shows `model` (directly or through a proxy).
    LiveActions(ReconcileEngine* engine, FleetTreeModel* model, QTreeView* tree, QWidget* window);

    QAction* suspendAction() const { return m_suspend; }
    QAction* resumeAction() const { return m_resume; }
    QAction* reconcileAction() const { return m_reconcile; }
    QAction* reconcileWithSourceAction() const { return m_reconcileWithSource; }
    /// Resumes what the last suspend suspended (Ctrl+Z); enabled after a suspend that succeeded on something.
    QAction* undoSuspendAction() const { return m_undoSuspend; }
    QList<QAction*> actions() const { return {m_reconcile, m_reconcileWithSource, m_suspend, m_resume}; }
    /// The "F&lux" menu and the toolbar, made once; the window adds them.
    QMenu* menu() const { return m_menu; }
    QToolBar* toolBar() const { return m_toolBar; }

    /// The live Flux objects `nodes` stand for: Flux object nodes themselves, and a group node's (tenant,
    /// platform, tenants group, cluster) Kustomizations and HelmReleases. Objects not in the cluster are left out.
    static QList<Target> targetsFor(const QList<FleetNodePtr>& nodes);
    /// The targets an action applies to: suspend the unsuspended, resume the suspended, reconcile the
    /// unsuspended (with source: those with a source).
    static QList<Target> applicable(const QList<Target>& targets, FluxAction action, bool withSource);
    /// The selected nodes, shared.
    QList<FleetNodePtr> selectedNodes() const;
    /// The last request sent to the engine (id 0 when none).
    const FluxActionRequest& lastRequest() const { return m_lastRequest; }

public Q_SLOTS:
    /// Re-evaluates which actions apply (on selection and snapshot changes).
    void updateEnabled();
    /// Runs an action on the selection, after confirmation when needed; false when nothing ran.
    bool trigger(fleetdesk::FluxAction action, bool withSource);
    /// The engine's report on a request this object sent (connected to ReconcileEngine::actionFinished).
    void engineFinished(const fleetdesk::FluxActionReport& report);

Q_SIGNALS:
    /// A request went to the engine; `summary` says what for people ("Reconcile of tenant-acme").
    void actionStarted(const QString& summary);
    /// The engine reported the request's outcome; `summary` reads like "Reconcile of tenant-acme finished: Ready
    /// at main@sha1:abc".
    void actionFinished(const fleetdesk::FluxActionReport& report, const QString& summary, bool ok);

private:
    void showContextMenu(const QPoint& position);
    void send(const FluxActionRequest& request, const QString& summary);
    void undoSuspend();
    QString subjectFor(const QList<FleetNodePtr>& nodes, const QList<Target>& targets) const;
    static QString actionLabel(FluxAction action, bool withSource);

    ReconcileEngine* m_engine;
    FleetTreeModel* m_model;
    QTreeView* m_tree;
    QWidget* m_window;
    QAction* m_suspend;
    QAction* m_resume;
    QAction* m_reconcile;
    QAction* m_reconcileWithSource;
    QAction* m_undoSuspend;
    QList<ClusterTarget> m_undoTargets; ///< what the last successful suspend suspended
    QMenu* m_menu;
    QToolBar* m_toolBar;
    quint64 m_nextId = 1;
    FluxActionRequest m_lastRequest;
    QHash<quint64, QString> m_subjects; ///< running requests: what they are about
};

} // namespace fleetdesk
