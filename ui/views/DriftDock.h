#pragma once

#include "drift/DriftReport.h"
#include "engine/FleetSnapshot.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

class QAction;
class QTreeView;

namespace fleetdesk {

class DriftView;
class FleetTreeModel;
struct GitChanges;
class ReconcileEngine;

/// The Drift dock of the main window: a DriftView that follows the fleet tree's current node. It keeps the
/// latest drift the engine reported for each Kustomization (by cluster/namespace/name) and shows the one of the
/// selected Kustomization, or of the Kustomization that applies the selected object (that object only). It
/// owns the "What Would This Change Do?" action, which asks the engine for the drift of the working tree's
/// uncommitted edits and shows it in the same view.
class DriftDock : public QDockWidget
{
    Q_OBJECT

public:
    /// `tree` shows `model` through a proxy; `engine` may be null (nothing is asked of it then).
    DriftDock(ReconcileEngine* engine, FleetTreeModel* model, QTreeView* tree, QWidget* parent = nullptr);
    ~DriftDock() override;

    DriftView* view() const { return m_view; }
    QAction* whatWouldChangeAction() const { return m_whatWouldChange; }
    /// The latest drift of a Kustomization, or nullptr.
    KustomizationDriftPtr driftOf(const QString& cluster, const QString& ns, const QString& name) const;
    static QString keyOf(const QString& cluster, const QString& ns, const QString& name);

public Q_SLOTS:
    /// Takes a drift the engine computed (ReconcileEngine::driftUpdated).
    void storeDrift(fleetdesk::KustomizationDriftPtr drift);
    /// Takes the answer to "What would this change do" (ReconcileEngine::workingTreeDriftReady).
    void storeWorkingTreeDrift(fleetdesk::KustomizationDriftPtr drift);
    /// Drift progress on a cluster (ReconcileEngine::driftProgress).
    void showProgress(const QString& cluster, int done, int total);
    /// Notes whether a repository has uncommitted edits (GitWorker::changesReady).
    void noteChanges(const fleetdesk::GitChanges& changes);
    /// Asks the engine for the working-tree drift of the selected Kustomization.
    void requestWorkingTreeDrift();
    /// Shows what fits the tree's current node.
    void follow();

Q_SIGNALS:
    void openFileRequested(const QString& filePath, int line);
    /// Something for the status bar (drift progress).
    void statusMessage(const QString& message, int timeout);

private:
    /// The Kustomization node that the node at `index` is or that applies it; nullptr when none.
    FleetNodePtr kustomizationAt(const QModelIndex& sourceIndex) const;
    FleetNodePtr currentNode() const;
    void updateAction();

    ReconcileEngine* m_engine;
    FleetTreeModel* m_model;
    QTreeView* m_tree;
    DriftView* m_view;
    QAction* m_whatWouldChange;
    QHash<QString, KustomizationDriftPtr> m_drifts;
    QHash<QString, KustomizationDriftPtr> m_workingTreeDrifts;
    QString m_workingTreeShownFor; ///< the Kustomization whose working-tree drift was asked for and is shown
    QString m_workingTreePendingFor;
    QHash<QString, bool> m_uncommitted; ///< repository root -> has uncommitted edits (as last reported)
    bool m_gitStatusKnown = false;
};

} // namespace fleetdesk
