#include "LiveActions.h"

#include "dialogs/ConfirmActionDialog.h"
#include "engine/ReconcileEngine.h"
#include "models/FleetTreeModel.h"
#include "views/NodeIcons.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolBar>
#include <QSet>
#include <QTreeView>

#include <algorithm>

namespace fleetdesk {

namespace {

bool isDeployer(const QString& kind)
{
    return kind == QLatin1String("Kustomization") || kind == QLatin1String("HelmRelease");
}

bool isLive(const FleetNode& node)
{
    return node.nodeKind == NodeKind::FluxObject
        && (node.presence == Presence::Both || node.presence == Presence::ClusterOnly);
}

LiveActions::Target targetOf(const FleetNode& node)
{
    LiveActions::Target t;
    t.target.cluster = node.cluster;
    const qsizetype slash = node.apiVersion.indexOf(QLatin1Char('/'));
    t.target.target.group = slash > 0 ? node.apiVersion.left(slash) : QString();
    t.target.target.version = slash > 0 ? node.apiVersion.mid(slash + 1) : node.apiVersion;
    t.target.target.kind = node.kind;
    t.target.target.ns = node.ns.isEmpty() ? QStringLiteral("flux-system") : node.ns;
    t.target.target.name = node.name;
    t.suspended = node.liveSuspended;
    t.hasSource = isDeployer(node.kind) && (!node.source.isEmpty() || node.presence == Presence::ClusterOnly);
    return t;
}

void collectDeployers(const FleetNode& node, QList<LiveActions::Target>& out)
{
    if (isLive(node) && isDeployer(node.kind))
        out.append(targetOf(node));
    for (const FleetNodePtr& child : node.children)
        collectDeployers(*child, out);
}

bool isGroup(NodeKind kind)
{
    return kind == NodeKind::Cluster || kind == NodeKind::Platform || kind == NodeKind::Tenants
        || kind == NodeKind::Tenant;
}

} // namespace

QString LiveActions::Target::label() const
{
    return QStringLiteral("%1: %2").arg(target.cluster, target.target.displayName());
}

LiveActions::LiveActions(ReconcileEngine* engine, FleetTreeModel* model, QTreeView* tree, QWidget* window)
    : QObject(window)
    , m_engine(engine)
    , m_model(model)
    , m_tree(tree)
    , m_window(window)
{
    setObjectName(QStringLiteral("liveActions"));
    m_reconcile = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), NodeIcons::forState(ReconcileState::Progressing)),
                              tr("&Reconcile"), window);
    m_reconcile->setObjectName(QStringLiteral("reconcileAction"));
    m_reconcile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reconcile->setToolTip(tr("Ask Flux to reconcile the selected objects now and wait until it has (Ctrl+R)"));
    m_reconcileWithSource = new QAction(tr("Reconcile with &Source"), window);
    m_reconcileWithSource->setObjectName(QStringLiteral("reconcileWithSourceAction"));
    m_reconcileWithSource->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconcileWithSource->setToolTip(
        tr("Reconcile each selected object's source first (fetch from Git), then the object (Ctrl+Shift+R)"));
    m_suspend = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause"), NodeIcons::forState(ReconcileState::Suspended)),
                            tr("S&uspend"), window);
    m_suspend->setObjectName(QStringLiteral("suspendAction"));
    m_suspend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_suspend->setToolTip(tr("Stop Flux from reconciling the selected objects (spec.suspend: true) (Ctrl+Shift+S)"));
    m_resume = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start"), NodeIcons::forState(ReconcileState::Ready)),
                           tr("Resu&me"), window);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_resume->setToolTip(tr("Let Flux reconcile the selected objects again and wait for it (Ctrl+Shift+U)"));

    m_undoSuspend = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo Suspend"), window);
    m_undoSuspend->setObjectName(QStringLiteral("undoSuspendAction"));
    m_undoSuspend->setShortcut(QKeySequence::Undo);
    m_undoSuspend->setToolTip(tr("Resume the objects the last Suspend suspended"));
    m_undoSuspend->setEnabled(false);
    connect(m_undoSuspend, &QAction::triggered, this, &LiveActions::undoSuspend);

    connect(m_reconcile, &QAction::triggered, this, [this] { trigger(FluxAction::Reconcile, false); });
    connect(m_reconcileWithSource, &QAction::triggered, this, [this] { trigger(FluxAction::Reconcile, true); });
    connect(m_suspend, &QAction::triggered, this, [this] { trigger(FluxAction::Suspend, false); });
    connect(m_resume, &QAction::triggered, this, [this] { trigger(FluxAction::Resume, false); });

    m_menu = new QMenu(tr("F&lux"), window);
    m_menu->setObjectName(QStringLiteral("fluxMenu"));
    m_menu->addActions({m_reconcile, m_reconcileWithSource});
    m_menu->addSeparator();
    m_menu->addActions({m_suspend, m_resume});
    m_menu->addSeparator();
    m_menu->addAction(m_undoSuspend);

    m_toolBar = new QToolBar(tr("Flux"), window);
    m_toolBar->setObjectName(QStringLiteral("fluxToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions({m_reconcile, m_reconcileWithSource});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_suspend, m_resume});

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LiveActions::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LiveActions::updateEnabled);
    connect(m_model, &FleetTreeModel::snapshotApplied, this, &LiveActions::updateEnabled);
    if (m_engine)
        connect(m_engine, &ReconcileEngine::actionFinished, this, &LiveActions::engineFinished, Qt::QueuedConnection);
    updateEnabled();
}

QList<LiveActions::Target> LiveActions::targetsFor(const QList<FleetNodePtr>& nodes)
{
    QList<Target> targets;
    for (const FleetNodePtr& node : nodes) {
        if (!node)
            continue;
        if (isLive(*node))
            targets.append(targetOf(*node));
        else if (isGroup(node->nodeKind))
            collectDeployers(*node, targets);
    }
    // A tenant and one of its objects both selected: each object once, in the order first seen.
    QList<Target> unique;
    QSet<QString> seen;
    for (const Target& t : std::as_const(targets)) {
        const QString key = t.target.cluster + QLatin1Char('|') + t.target.target.displayName();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(t);
        }
    }
    return unique;
}

QList<LiveActions::Target> LiveActions::applicable(const QList<Target>& targets, FluxAction action, bool withSource)
{
    QList<Target> out;
    for (const Target& t : targets) {
        switch (action) {
        case FluxAction::Suspend:
            if (!t.suspended)
                out.append(t);
            break;
        case FluxAction::Resume:
            if (t.suspended)
                out.append(t);
            break;
        case FluxAction::Reconcile:
            if (!t.suspended && (!withSource || t.hasSource))
                out.append(t);
            break;
        }
    }
    return out;
}

QList<FleetNodePtr> LiveActions::selectedNodes() const
{
    QList<FleetNodePtr> nodes;
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_tree->model());
    for (const QModelIndex& index : m_tree->selectionModel()->selectedRows(0)) {
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        if (FleetNodePtr node = m_model->sharedNode(source))
            nodes.append(std::move(node));
    }
    return nodes;
}

void LiveActions::updateEnabled()
{
    const QList<Target> targets = targetsFor(selectedNodes());
    m_suspend->setEnabled(!applicable(targets, FluxAction::Suspend, false).isEmpty());
    m_resume->setEnabled(!applicable(targets, FluxAction::Resume, false).isEmpty());
    m_reconcile->setEnabled(!applicable(targets, FluxAction::Reconcile, false).isEmpty());
    m_reconcileWithSource->setEnabled(!applicable(targets, FluxAction::Reconcile, true).isEmpty());
}

QString LiveActions::actionLabel(FluxAction action, bool withSource)
{
    switch (action) {
    case FluxAction::Suspend:
        return tr("Suspend");
    case FluxAction::Resume:
        return tr("Resume");
    case FluxAction::Reconcile:
        break;
    }
    return withSource ? tr("Reconcile with source") : tr("Reconcile");
}

QString LiveActions::subjectFor(const QList<FleetNodePtr>& nodes, const QList<Target>& targets) const
{
    if (nodes.size() == 1 && isGroup(nodes.constFirst()->nodeKind))
        return QStringLiteral("%1 %2").arg(FleetTreeModel::kindLabel(*nodes.constFirst()).toLower(),
                                           nodes.constFirst()->name);
    if (targets.size() == 1)
        return targets.constFirst().target.target.name;
    return targets.size() == 1 ? tr("1 Flux object") : tr("%1 Flux objects").arg(targets.size());
}

bool LiveActions::trigger(FluxAction action, bool withSource)
{
    const QList<FleetNodePtr> nodes = selectedNodes();
    const QList<Target> targets = applicable(targetsFor(nodes), action, withSource);
    if (targets.isEmpty())
        return false;
    const bool wholeGroup = std::any_of(nodes.cbegin(), nodes.cend(),
                                        [](const FleetNodePtr& n) { return isGroup(n->nodeKind); });
    const QString verb = actionLabel(action, withSource);
    const QString subject = subjectFor(nodes, targets);
    QString reason;
    // A suspend always asks, even for one object: it stops deployments, and the dialog takes the reason that
    // tells colleagues why (the suspend.toolkit.fluxcd.io/reason annotation).
    if (targets.size() > 1 || wholeGroup || action == FluxAction::Suspend) {
        QStringList labels;
        QSet<QString> clusters;
        for (const Target& t : targets) {
            labels.append(t.label());
            clusters.insert(t.target.cluster);
        }
        const QString where = clusters.size() == 1 ? *clusters.cbegin() : tr("%1 clusters").arg(clusters.size());
        const QString question = targets.size() == 1 ? tr("%1 1 Flux object on %2?").arg(verb, where)
                                                     : tr("%1 %2 Flux objects on %3?").arg(verb).arg(targets.size()).arg(where);
        ConfirmActionDialog dialog(verb, question, labels, action == FluxAction::Suspend, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    FluxActionRequest request;
    request.id = m_nextId++;
    request.action = action;
    request.withSource = withSource;
    request.reason = reason;
    for (const Target& t : targets)
        request.targets.append(t.target);
    send(request, tr("%1 of %2").arg(verb, subject));
    return true;
}

void LiveActions::send(const FluxActionRequest& request, const QString& summary)
{
    // A newer action makes the last suspend's undo meaningless.
    m_undoTargets.clear();
    m_undoSuspend->setEnabled(false);
    m_undoSuspend->setText(tr("&Undo Suspend"));
    m_lastRequest = request;
    m_subjects.insert(request.id, summary);
    Q_EMIT actionStarted(summary);
    if (m_engine) {
        ReconcileEngine* engine = m_engine;
        QMetaObject::invokeMethod(engine, [engine, request] { engine->runAction(request); }, Qt::QueuedConnection);
    }
}

void LiveActions::undoSuspend()
{
    if (m_undoTargets.isEmpty())
        return;
    FluxActionRequest request;
    request.id = m_nextId++;
    request.action = FluxAction::Resume;
    request.targets = m_undoTargets;
    const QString subject = request.targets.size() == 1
        ? request.targets.constFirst().target.displayName()
        : tr("%n Flux object(s)", nullptr, int(request.targets.size()));
    send(request, tr("Undo Suspend: Resume of %1").arg(subject));
}

void LiveActions::engineFinished(const FluxActionReport& report)
{
    const auto it = m_subjects.constFind(report.request.id);
    if (it == m_subjects.constEnd())
        return; // another window's request
    const QString subject = *it;
    m_subjects.erase(it);
    const int failures = report.failures();
    if (report.request.action == FluxAction::Suspend && report.request.id == m_lastRequest.id) {
        m_undoTargets.clear();
        for (const ClusterActionResult& r : report.results) {
            if (r.result.ok)
                m_undoTargets.append(ClusterTarget{r.cluster, r.result.target});
        }
        m_undoSuspend->setEnabled(!m_undoTargets.isEmpty());
        if (!m_undoTargets.isEmpty())
            m_undoSuspend->setText(tr("&Undo Suspend (Resume %n Object(s))", nullptr, int(m_undoTargets.size())));
    }
    QString summary;
    if (report.results.size() == 1) {
        const FluxActionResult& r = report.results.constFirst().result;
        if (!r.ok)
            summary = tr("%1 failed: %2").arg(subject, r.message);
        else if (report.request.action == FluxAction::Suspend)
            summary = tr("%1 finished: suspended").arg(subject);
        else if (!r.revision.isEmpty())
            summary = tr("%1 finished: Ready at %2").arg(subject, r.revision);
        else
            summary = tr("%1 finished: %2").arg(subject, r.message);
    } else if (failures == 0) {
        summary = tr("%1 finished: %2 succeeded").arg(subject).arg(report.results.size());
    } else {
        QString firstFailure;
        for (const ClusterActionResult& r : report.results) {
            if (!r.result.ok) {
                firstFailure = QStringLiteral("%1: %2").arg(r.result.target.displayName(), r.result.message);
                break;
            }
        }
        summary = tr("%1 finished: %2 of %3 failed (%4)")
                      .arg(subject)
                      .arg(failures)
                      .arg(report.results.size())
                      .arg(firstFailure);
    }
    Q_EMIT actionFinished(report, summary, failures == 0);
}

void LiveActions::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_tree->selectionModel()->isSelected(index))
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateEnabled();
    QMenu menu(m_tree);
    menu.setObjectName(QStringLiteral("fleetContextMenu"));
    menu.addActions({m_reconcile, m_reconcileWithSource});
    menu.addSeparator();
    menu.addActions({m_suspend, m_resume});
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace fleetdesk
