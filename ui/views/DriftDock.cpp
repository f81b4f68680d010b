#include "DriftDock.h"

#include "engine/ReconcileEngine.h"
#include "git/GitChanges.h"
#include "manifest/ObjectId.h"
#include "models/FleetTreeModel.h"
#include "views/DriftView.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDir>
#include <QTreeView>

namespace fleetdesk {

DriftDock::DriftDock(ReconcileEngine* engine, FleetTreeModel* model, QTreeView* tree, QWidget* parent)
    : QDockWidget(tr("Drift"), parent)
    , m_engine(engine)
    , m_model(model)
    , m_tree(tree)
    , m_view(new DriftView(this))
    , m_whatWouldChange(new QAction(tr("&What Would This Change Do?"), this))
{
    setObjectName(QStringLiteral("driftDock"));
    setWidget(m_view);

    m_whatWouldChange->setObjectName(QStringLiteral("whatWouldChangeAction"));
    m_whatWouldChange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_whatWouldChange->setToolTip(tr("Show the drift the uncommitted edits in the working tree would cause, before "
                                     "you commit them"));
    m_whatWouldChange->setStatusTip(m_whatWouldChange->toolTip());
    m_whatWouldChange->setEnabled(false);
    connect(m_whatWouldChange, &QAction::triggered, this, &DriftDock::requestWorkingTreeDrift);

    connect(m_view, &DriftView::openSourceRequested, this, &DriftDock::openFileRequested);
    if (m_tree && m_tree->selectionModel())
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DriftDock::follow);
    connect(m_model, &FleetTreeModel::snapshotApplied, this, &DriftDock::follow);

    if (m_engine) {
        const auto queued = Qt::QueuedConnection;
        connect(m_engine, &ReconcileEngine::driftUpdated, this, &DriftDock::storeDrift, queued);
        connect(m_engine, &ReconcileEngine::workingTreeDriftReady, this, &DriftDock::storeWorkingTreeDrift, queued);
        connect(m_engine, &ReconcileEngine::driftProgress, this, &DriftDock::showProgress, queued);
    }
    follow();
}

DriftDock::~DriftDock() = default;

QString DriftDock::keyOf(const QString& cluster, const QString& ns, const QString& name)
{
    // A Kustomization without a namespace in Git lives in flux-system (as DriftOverlay keys it).
    return cluster + QLatin1Char('/') + (ns.isEmpty() ? QStringLiteral("flux-system") : ns) + QLatin1Char('/') + name;
}

KustomizationDriftPtr DriftDock::driftOf(const QString& cluster, const QString& ns, const QString& name) const
{
    return m_drifts.value(keyOf(cluster, ns, name));
}

void DriftDock::storeDrift(fleetdesk::KustomizationDriftPtr drift)
{
    if (!drift)
        return;
    m_drifts.insert(keyOf(drift->cluster, drift->ns, drift->name), drift);
    follow();
}

void DriftDock::storeWorkingTreeDrift(fleetdesk::KustomizationDriftPtr drift)
{
    if (!drift)
        return;
    const QString key = keyOf(drift->cluster, drift->ns, drift->name);
    m_workingTreeDrifts.insert(key, drift);
    if (m_workingTreePendingFor == key) {
        m_workingTreePendingFor.clear();
        m_workingTreeShownFor = key;
    }
    follow();
}

void DriftDock::showProgress(const QString& cluster, int done, int total)
{
    if (total <= 0 || done >= total)
        Q_EMIT statusMessage(tr("Drift of %1 computed").arg(cluster), 5000);
    else
        Q_EMIT statusMessage(tr("Computing drift of %1: %2 of %3 objects").arg(cluster).arg(done).arg(total), 0);
}

void DriftDock::noteChanges(const fleetdesk::GitChanges& changes)
{
    m_gitStatusKnown = true;
    m_uncommitted.insert(QDir::cleanPath(changes.repository), !changes.unstaged.isEmpty() || !changes.staged.isEmpty());
    updateAction();
}

FleetNodePtr DriftDock::currentNode() const
{
    if (!m_tree)
        return nullptr;
    QModelIndex index = m_tree->currentIndex();
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model()))
        index = proxy->mapToSource(index);
    return m_model->sharedNode(index);
}

FleetNodePtr DriftDock::kustomizationAt(const QModelIndex& sourceIndex) const
{
    for (QModelIndex index = sourceIndex; index.isValid(); index = index.parent()) {
        FleetNodePtr node = m_model->sharedNode(index);
        if (node && node->nodeKind == NodeKind::FluxObject && node->kind == QLatin1String("Kustomization"))
            return node;
        if (node && node->nodeKind != NodeKind::Object)
            return nullptr;
    }
    return nullptr;
}

void DriftDock::updateAction()
{
    const FleetNodePtr node = currentNode();
    bool enabled = m_engine && node && node->nodeKind == NodeKind::FluxObject
        && node->kind == QLatin1String("Kustomization");
    // With the repository's status known, only uncommitted edits make the question worth asking.
    if (enabled && m_gitStatusKnown && !node->repositoryRoot.isEmpty()) {
        const auto it = m_uncommitted.constFind(QDir::cleanPath(node->repositoryRoot));
        enabled = it == m_uncommitted.cend() || it.value();
    }
    m_whatWouldChange->setEnabled(enabled);
}

void DriftDock::requestWorkingTreeDrift()
{
    const FleetNodePtr node = currentNode();
    if (!m_engine || !node || node->nodeKind != NodeKind::FluxObject || node->kind != QLatin1String("Kustomization"))
        return;
    m_workingTreePendingFor = keyOf(node->cluster, node->ns, node->name);
    m_view->showComputing(tr("the uncommitted edits to %1").arg(node->ns.isEmpty() ? node->name
                                                                                  : node->ns + QLatin1Char('/') + node->name));
    show();
    raise();
    ReconcileEngine* engine = m_engine;
    const QString cluster = node->cluster;
    const QString ns = node->ns;
    const QString name = node->name;
    QMetaObject::invokeMethod(engine, [engine, cluster, ns, name] { engine->computeWorkingTreeDrift(cluster, ns, name); },
                              Qt::QueuedConnection);
}

void DriftDock::follow()
{
    updateAction();
    QModelIndex index = m_tree ? m_tree->currentIndex() : QModelIndex();
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model()))
        index = proxy->mapToSource(index);
    const FleetNodePtr node = m_model->sharedNode(index);
    if (!node) {
        m_view->showNothingSelected();
        return;
    }
    const FleetNodePtr kustomization = kustomizationAt(index);
    if (!kustomization) {
        m_view->showNotApplicable(node->name);
        return;
    }
    const QString key = keyOf(kustomization->cluster, kustomization->ns, kustomization->name);
    if (key != m_workingTreeShownFor)
        m_workingTreeShownFor.clear();
    if (key == m_workingTreePendingFor)
        return; // "computing" stays until the answer comes
    m_workingTreePendingFor.clear();

    KustomizationDriftPtr drift = m_workingTreeShownFor == key ? m_workingTreeDrifts.value(key) : m_drifts.value(key);
    QString objectKey;
    if (node->nodeKind == NodeKind::Object) {
        objectKey = ObjectId::fromApiVersion(node->apiVersion, node->kind, node->ns, node->name).key();
        // A namespace the Kustomization sets may differ from the manifest's: match by kind and name then.
        if (drift) {
            for (const ObjectDrift& object : drift->objects) {
                if (object.id.key() == objectKey)
                    break;
                if (object.id.kind == node->kind && object.id.name == node->name)
                    objectKey = object.id.key();
            }
        }
    }
    if (drift) {
        if (drift != m_view->drift() || objectKey != m_view->objectFilter())
            m_view->setDrift(drift, objectKey);
        return;
    }
    QString reason;
    const QString connection = m_model->clusterConnection(kustomization->cluster, &reason);
    if (connection == QLatin1String("offline") || connection == QLatin1String("forbidden"))
        m_view->showOffline(kustomization->cluster, reason);
    else
        m_view->showNotComputed(kustomization->ns.isEmpty() ? kustomization->name
                                                            : kustomization->ns + QLatin1Char('/') + kustomization->name);
}

} // namespace fleetdesk
