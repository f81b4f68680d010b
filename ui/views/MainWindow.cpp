#include "MainWindow.h"

#include "editor/ManifestView.h"
#include "editor/SopsEditor.h"
#include "dialogs/GitPromptHandler.h"
#include "git/GitBranchMonitor.h"
#include "git/GitWorker.h"
#include "engine/ReconcileEngine.h"
#include "models/FleetFilterProxyModel.h"
#include "secrets/KeychainSecretStore.h"
#include "models/FleetTreeModel.h"
#include "models/IssueListModel.h"
#include "dialogs/SettingsDialog.h"
#include "engine/LiveOverlay.h"
#include "engine/SnapshotPlanner.h"
#include "kube/Kubeconfig.h"
#include "views/ActionLogPane.h"
#include "views/ChangesPanel.h"
#include "views/ConnectionIndicator.h"
#include "views/LiveActions.h"
#include "views/NotificationBanner.h"
#include "views/Notifier.h"
#include "views/DetailsPane.h"
#include "views/DriftDock.h"
#include "views/EventsPane.h"
#include "views/EditorLauncher.h"
#include "views/IssuesPanel.h"
#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace fleetdesk {

namespace {

/// The starting height of the bottom dock area (issues, action log, events, drift, changes).
constexpr int BottomDocksHeight = 250;

struct FleetCounts
{
    int clusters = 0;
    int tenants = 0;
    int objects = 0;
};

void countNodes(const FleetNode& node, FleetCounts& counts)
{
    switch (node.nodeKind) {
    case NodeKind::Cluster:
        ++counts.clusters;
        break;
    case NodeKind::Tenant:
        ++counts.tenants;
        break;
    case NodeKind::FluxObject:
    case NodeKind::Object:
        ++counts.objects;
        break;
    default:
        break;
    }
    for (const FleetNodePtr& child : node.children)
        countNodes(*child, counts);
}

} // namespace

MainWindow::MainWindow(ReconcileEngine* engine, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_model(new FleetTreeModel(this))
    , m_planner(new SnapshotPlanner([model = m_model] { return model->snapshot(); }, this))
    , m_proxy(new FleetFilterProxyModel(this))
    , m_issueModel(new IssueListModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new DetailsPane(this))
    , m_issues(new IssuesPanel(m_issueModel, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    static const bool schemeOverridden = [] {
        Theme::applyEnvironmentOverride();
        return true;
    }();
    Q_UNUSED(schemeOverridden);
    setWindowTitle(tr("Fleetdesk"));
    setWindowIcon(NodeIcons::application());

    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, kind, tenant, cluster or lint rule (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("fleetTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(true);
    // Unsorted (the tree's own order) until a header is clicked.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->resizeSection(FleetTreeModel::NameColumn, 250);
    m_tree->header()->resizeSection(FleetTreeModel::KindColumn, 118);
    m_tree->header()->resizeSection(FleetTreeModel::NamespaceColumn, 118);
    m_tree->header()->resizeSection(FleetTreeModel::SourceColumn, 170);
    m_tree->header()->resizeSection(FleetTreeModel::PathColumn, 160);
    m_tree->header()->resizeSection(FleetTreeModel::LintColumn, 46);
    m_tree->installEventFilter(this);
    m_details->manifestView()->installEventFilter(this);

    auto* treePane = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(6, 6, 0, 0);
    treeLayout->setSpacing(4);
    treeLayout->addWidget(m_filter);
    treeLayout->addWidget(m_tree, 1);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(treePane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({890, 470});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    addDockWidget(Qt::BottomDockWidgetArea, m_issues);

    createMenus();
    createStatusBar();
    createLiveControls();
    createDriftDock();
    // Every bottom dock is a tab of the issues dock; the tree keeps most of the height.
    resizeDocks({m_issues}, {BottomDocksHeight}, Qt::Vertical);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_details->manifestView());
    setTabOrder(m_details->manifestView(), m_details->openFileButton());
    setTabOrder(m_details->openFileButton(), m_issues->view());

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const bool wasFiltering = m_proxy->isFiltering();
        if (!wasFiltering)
            m_expandedBeforeFilter = expandedKeys();
        m_proxy->setFilterText(text);
        if (m_proxy->isFiltering()) {
            m_tree->expandAll();
        } else if (wasFiltering) {
            m_tree->collapseAll();
            restoreExpandedKeys(m_expandedBeforeFilter);
        }
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid())
            m_tree->scrollTo(current);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            m_selectedKey = current.data(FleetTreeModel::NodeKeyRole).toString();
        updateDetails();
        // The Changes dock follows the repository of what is selected.
        const FleetNode* node = m_details->node();
        if (m_changes && node && !node->repositoryRoot.isEmpty() && node->repositoryRoot != m_changes->repository())
            m_changes->setRepository(node->repositoryRoot);
    });
    connect(m_issues, &IssuesPanel::issueActivated, this, [this](const QString& key, const SourceLocation& location) {
        if (!selectNode(key))
            return;
        // Show the line the issue is about when it is in the object's own manifest.
        const FleetNode* node = m_details->node();
        if (node && location.line > 0 && location.file == node->location.file)
            m_details->manifestView()->revealLine(location.line);
    });
    connect(m_details, &DetailsPane::openFileRequested, this, [this](const QString& file, int line) {
        if (!SopsEditor::openIfEncrypted(file, this, sopsKeychain()))
            EditorLauncher::open(file, line);
    });
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        m_tree->viewport()->update();
        m_issues->view()->viewport()->update();
        setWindowIcon(NodeIcons::application());
    });

    connect(m_planner, &SnapshotPlanner::planned, this, &MainWindow::applyPlanned);
    if (m_engine) {
        connect(m_engine, &ReconcileEngine::snapshotReady, this, &MainWindow::showSnapshot, Qt::QueuedConnection);
        connect(m_engine, &ReconcileEngine::workspaceFailed, this, &MainWindow::showWorkspaceFailure,
                Qt::QueuedConnection);
        connect(m_engine, &ReconcileEngine::busyChanged, this, &MainWindow::setBusy, Qt::QueuedConnection);
    }
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::attachGitWorker(GitWorker* worker)
{
    if (m_changes || !worker)
        return;
    m_changes = new ChangesPanel(this);
    auto* dock = new QDockWidget(tr("Changes"), this);
    dock->setObjectName(QStringLiteral("changesDock"));
    dock->setWidget(m_changes);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_issues, dock);
    m_issues->raise();
    resizeDocks({m_issues}, {BottomDocksHeight}, Qt::Vertical);
    if (m_viewMenu) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setText(tr("C&hanges Panel"));
        toggle->setObjectName(QStringLiteral("toggleChangesAction"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        m_viewMenu->addAction(toggle);
    }

    const auto queued = Qt::QueuedConnection;
    connect(m_changes, &ChangesPanel::refreshRequested, worker, &GitWorker::refresh, queued);
    connect(m_changes, &ChangesPanel::stageFilesRequested, worker, &GitWorker::stageFiles, queued);
    connect(m_changes, &ChangesPanel::unstageFilesRequested, worker, &GitWorker::unstageFiles, queued);
    connect(m_changes, &ChangesPanel::stageHunkRequested, worker, &GitWorker::stageHunk, queued);
    connect(m_changes, &ChangesPanel::unstageHunkRequested, worker, &GitWorker::unstageHunk, queued);
    connect(m_changes, &ChangesPanel::discardRequested, worker, &GitWorker::discardFiles, queued);
    connect(m_changes, &ChangesPanel::commitRequested, worker, &GitWorker::commit, queued);
    connect(m_changes, &ChangesPanel::amendRequested, worker, &GitWorker::amend, queued);
    connect(m_changes, &ChangesPanel::pullRequested, worker, &GitWorker::pull, queued);
    connect(m_changes, &ChangesPanel::pushRequested, worker, &GitWorker::push, queued);
    connect(m_changes, &ChangesPanel::commitAndPushRequested, worker, &GitWorker::commitAndPush, queued);
    connect(m_changes, &ChangesPanel::abortRebaseRequested, worker, &GitWorker::abortRebase, queued);
    // cancel() is thread-safe and must not wait behind the operation it cancels.
    connect(m_changes, &ChangesPanel::cancelRequested, worker, &GitWorker::cancel, Qt::DirectConnection);
    connect(worker, &GitWorker::changesReady, m_changes, &ChangesPanel::showChanges, queued);
    connect(worker, &GitWorker::changesReady, m_driftDock, &DriftDock::noteChanges, queued);
    connect(worker, &GitWorker::operationFinished, m_changes, &ChangesPanel::showResult, queued);
    // Host keys, passphrases and tokens are asked for here, without blocking; the operation is then sent again.
    auto* prompts = new GitPromptHandler(worker, this, KeychainSecretStore::isBuiltIn(), this);
    connect(worker, &GitWorker::operationFinished, prompts, &GitPromptHandler::handleResult, queued);
    connect(worker, &GitWorker::progressed, m_changes, &ChangesPanel::showProgress, queued);

    if (m_fileMenu) {
        // What was remembered in the keychain for the repository in the Changes panel; the panel shows the result.
        auto* forget = new QAction(tr("&Forget Saved Git Credentials"), this);
        forget->setObjectName(QStringLiteral("forgetCredentialsAction"));
        forget->setStatusTip(tr("Removes the HTTPS token and SSH key passphrases remembered for the repository in "
                                "the Changes panel; the next push or pull asks again"));
        connect(forget, &QAction::triggered, this, [this, worker] {
            const QString repository = m_changes->repository();
            if (!repository.isEmpty())
                QMetaObject::invokeMethod(
                    worker, [worker, repository] { worker->forgetCredentials(repository); }, Qt::QueuedConnection);
        });
        const QList<QAction*> actions = m_fileMenu->actions();
        m_fileMenu->insertAction(actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr, forget);
    }

    // Ahead/behind on the repository nodes: computed next to the worker, again whenever a checkout's references
    // change (its own file watcher) and after each operation.
    auto* branches = new GitBranchMonitor;
    if (worker->thread() == thread())
        branches->setParent(this);
    else {
        branches->moveToThread(worker->thread());
        connect(worker->thread(), &QThread::finished, branches, &QObject::deleteLater);
    }
    connect(m_model, &FleetTreeModel::repositoryRootsChanged, branches, &GitBranchMonitor::setRepositories, queued);
    connect(branches, &GitBranchMonitor::syncChanged, m_model, &FleetTreeModel::setRepositorySync, queued);
    connect(
        worker, &GitWorker::operationFinished, branches,
        [branches](const GitOperationResult& result) { branches->refresh(result.repository); }, queued);
    QMetaObject::invokeMethod(
        branches, [branches, roots = m_model->repositoryRoots()] { branches->setRepositories(roots); }, queued);

    if (const FleetNode* node = m_details->node(); node && !node->repositoryRoot.isEmpty())
        m_changes->setRepository(node->repositoryRoot);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction* open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction* openFile = file->addAction(tr("Open File at &Line"), this, &MainWindow::openCurrentFile);
    openFile->setObjectName(QStringLiteral("openFileAction"));
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction* find = view->addAction(tr("&Filter…"), this, &MainWindow::focusFilter);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction* expand = view->addAction(tr("&Expand All"), this, &MainWindow::expandAll);
    expand->setObjectName(QStringLiteral("expandAllAction"));
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
    QAction* collapse = view->addAction(tr("&Collapse All"), this, &MainWindow::collapseAll);
    collapse->setObjectName(QStringLiteral("collapseAllAction"));
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus));
    view->addSeparator();
    QAction* toggleIssues = m_issues->toggleViewAction();
    toggleIssues->setText(tr("&Issues Panel"));
    toggleIssues->setObjectName(QStringLiteral("toggleIssuesAction"));
    toggleIssues->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(toggleIssues);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Fleetdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(tr("Loading…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_statusLabel);
}

void MainWindow::createLiveControls()
{
    m_tree->header()->resizeSection(FleetTreeModel::StatusColumn, 120);
    m_tree->header()->resizeSection(FleetTreeModel::RevisionColumn, 200);
    m_tree->header()->resizeSection(FleetTreeModel::LastReconcileColumn, 100);

    m_liveActions = new LiveActions(m_engine, m_model, m_tree, this);
    QAction* reconnect = m_liveActions->menu()->addAction(tr("Re&connect Clusters"), this, &MainWindow::reconnectClusters);
    reconnect->setObjectName(QStringLiteral("reconnectAction"));
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_liveActions->menu()); // before Help
    addToolBar(Qt::TopToolBarArea, m_liveActions->toolBar());
    if (m_viewMenu) {
        QAction* toggle = m_liveActions->toolBar()->toggleViewAction();
        toggle->setText(tr("Flux &Toolbar"));
        toggle->setObjectName(QStringLiteral("toggleFluxToolBarAction"));
        m_viewMenu->addAction(toggle);
    }
    if (QMenu* file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().constFirst()->menu()) {
        QAction* settings = new QAction(tr("&Settings…"), this);
        settings->setObjectName(QStringLiteral("settingsAction"));
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        settings->setMenuRole(QAction::PreferencesRole);
        connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
        const QList<QAction*> fileActions = file->actions();
        file->insertAction(fileActions.isEmpty() ? nullptr : fileActions.constLast(), settings); // before Quit
    }

    // Notifications: the system tray where there is one, a banner above the tree otherwise.
    m_banner = new NotificationBanner(this);
    if (auto* treeLayout = qobject_cast<QVBoxLayout*>(m_filter->parentWidget()->layout()))
        treeLayout->insertWidget(0, m_banner);
    m_notifier = new Notifier(m_banner, this);
    m_notifier->setStateNotifications(SettingsDialog::storedStateNotifications());

    m_connections = new ConnectionIndicator(this);
    statusBar()->insertPermanentWidget(0, m_connections);

    m_actionLog = new ActionLogPane(QString(), this);
    auto* logDock = new QDockWidget(tr("Action Log"), this);
    logDock->setObjectName(QStringLiteral("actionLogDock"));
    logDock->setWidget(m_actionLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(m_issues, logDock);
    m_issues->raise();
    if (m_viewMenu) {
        QAction* toggle = logDock->toggleViewAction();
        toggle->setText(tr("&Action Log"));
        toggle->setObjectName(QStringLiteral("toggleActionLogAction"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        m_viewMenu->addAction(toggle);
    }

    m_events = new EventsPane(this);
    auto* eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("eventsPane"));
    eventsDock->setWidget(m_events);
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock);
    tabifyDockWidget(m_issues, eventsDock);
    m_issues->raise();
    if (m_viewMenu) {
        QAction* toggle = eventsDock->toggleViewAction();
        toggle->setText(tr("E&vents"));
        toggle->setObjectName(QStringLiteral("toggleEventsAction"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        m_viewMenu->addAction(toggle);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::followEvents);
    connect(m_model, &FleetTreeModel::snapshotApplied, this, &MainWindow::followEvents);

    connect(m_liveActions, &LiveActions::actionStarted, this, [this](const QString& summary) {
        statusBar()->showMessage(tr("%1…").arg(summary));
    });
    connect(m_liveActions, &LiveActions::actionFinished, this,
            [this](const FluxActionReport& report, const QString& summary, bool ok) {
                statusBar()->showMessage(summary, 15000);
                m_actionLog->addReport(report);
                m_notifier->notify(ok ? tr("Flux action finished") : tr("Flux action failed"), summary, !ok);
            });

    // "5 min ago" grows older: repaint the visible rows now and then.
    auto* clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, m_tree->viewport(), qOverload<>(&QWidget::update));
    clock->start();

    if (m_engine) {
        connect(m_engine, &ReconcileEngine::eventsChanged, m_events, &EventsPane::showEvents, Qt::QueuedConnection);
        connect(m_engine, &ReconcileEngine::eventsStateChanged, m_events, &EventsPane::showState, Qt::QueuedConnection);
        connect(m_engine, &ReconcileEngine::clusterStateChanged, this,
                [this](const QString& cluster, const QString& state, const QString& reason) {
                    m_model->setClusterConnection(cluster, state, reason);
                    m_connections->setClusterState(cluster, state, reason);
                },
                Qt::QueuedConnection);
        connect(m_engine, &ReconcileEngine::controllerHealthChanged, m_model, &FleetTreeModel::setClusterControllers,
                Qt::QueuedConnection);
        // The stored context mapping goes first: the engine connects clusters when a workspace opens.
        const QHash<QString, QString> mapping = SettingsDialog::storedContextMapping();
        if (!mapping.isEmpty()) {
            ReconcileEngine* engine = m_engine;
            QMetaObject::invokeMethod(engine, [engine, mapping] { engine->setContextMapping(mapping); },
                                      Qt::QueuedConnection);
        }
    }
}

void MainWindow::followEvents()
{
    const FleetNode* node = m_model->node(m_proxy->mapToSource(m_tree->currentIndex()));
    const bool live = node && node->nodeKind == NodeKind::FluxObject
        && (node->presence == Presence::Both || node->presence == Presence::ClusterOnly);
    const QString cluster = live ? node->cluster : QString();
    const QString key = live ? LiveOverlay::objectKey(node->kind, node->ns, node->name) : QString();
    if (cluster == m_events->cluster() && key == m_events->objectKey())
        return;
    m_events->setObject(cluster, key);
    if (!m_engine)
        return;
    ReconcileEngine* engine = m_engine;
    if (!live) {
        QMetaObject::invokeMethod(engine, [engine] { engine->stopEvents(); }, Qt::QueuedConnection);
        return;
    }
    const ObjectId id = ObjectId::fromApiVersion(node->apiVersion, node->kind,
                                                 node->ns.isEmpty() ? QStringLiteral("flux-system") : node->ns, node->name);
    QMetaObject::invokeMethod(engine, [engine, cluster, id] { engine->watchEvents(cluster, id); }, Qt::QueuedConnection);
}

void MainWindow::createDriftDock()
{
    m_tree->header()->resizeSection(FleetTreeModel::DriftColumn, 52);
    m_driftDock = new DriftDock(m_engine, m_model, m_tree, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_driftDock);
    tabifyDockWidget(m_issues, m_driftDock);
    m_issues->raise();
    // The diff's "Open Source File" opens like the details pane's file (SOPS files in the SOPS editor).
    connect(m_driftDock, &DriftDock::openFileRequested, m_details, &DetailsPane::openFileRequested);
    connect(m_driftDock, &DriftDock::statusMessage, statusBar(), &QStatusBar::showMessage);
    if (!m_viewMenu)
        return;
    m_viewMenu->addSeparator();
    QAction* toggle = m_driftDock->toggleViewAction();
    toggle->setText(tr("&Drift"));
    toggle->setObjectName(QStringLiteral("toggleDriftAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_viewMenu->addAction(toggle);
    QAction* onlyDrifted = m_viewMenu->addAction(tr("Only Dri&fted"));
    onlyDrifted->setObjectName(QStringLiteral("onlyDriftedAction"));
    onlyDrifted->setCheckable(true);
    onlyDrifted->setToolTip(tr("Show only the nodes with drift, and the clusters and tenants above them"));
    connect(onlyDrifted, &QAction::toggled, this, [this](bool on) {
        m_proxy->setOnlyDrifted(on);
        if (on)
            m_tree->expandAll();
    });
    m_viewMenu->addAction(m_driftDock->whatWouldChangeAction());
}

void MainWindow::showSettings()
{
    QStringList clusters;
    if (const FleetSnapshotPtr snapshot = m_model->snapshot(); snapshot && snapshot->root) {
        for (const FleetNodePtr& node : snapshot->root->children) {
            if (node->nodeKind == NodeKind::Cluster)
                clusters.append(node->name);
        }
    }
    QStringList contexts;
    if (const auto config = Kubeconfig::load(Kubeconfig::defaultPaths()))
        contexts = config->contextNames();
    SettingsDialog dialog(clusters, contexts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notifier->setStateNotifications(dialog.stateNotifications());
    if (m_engine) {
        ReconcileEngine* engine = m_engine;
        const QHash<QString, QString> mapping = SettingsDialog::storedContextMapping();
        QMetaObject::invokeMethod(engine, [engine, mapping] { engine->setContextMapping(mapping); },
                                  Qt::QueuedConnection);
    }
}

void MainWindow::reconnectClusters()
{
    if (!m_engine)
        return;
    m_connections->clear();
    QMetaObject::invokeMethod(m_engine, "connectClusters", Qt::QueuedConnection, Q_ARG(QStringList, QStringList()));
}

void MainWindow::openWorkspace(const QString& platformRoot)
{
    m_workspace = QDir::cleanPath(QFileInfo(platformRoot).absoluteFilePath());
    m_firstSnapshotOfWorkspace = true;
    setWindowTitle(tr("%1 — Fleetdesk").arg(QFileInfo(m_workspace).fileName()));
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(m_workspace)));
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "openWorkspace", Qt::QueuedConnection, Q_ARG(QString, m_workspace));
}

void MainWindow::reload()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "reload", Qt::QueuedConnection);
}

void MainWindow::chooseWorkspace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Platform Repository"), m_workspace);
    if (!folder.isEmpty())
        openWorkspace(folder);
}

void MainWindow::showSnapshot(fleetdesk::FleetSnapshotPtr snapshot)
{
    m_planner->submit(std::move(snapshot));
}

void MainWindow::applySnapshot(fleetdesk::FleetSnapshotPtr snapshot)
{
    applyPlanned(std::move(snapshot), nullptr);
}

void MainWindow::applyPlanned(fleetdesk::FleetSnapshotPtr snapshot, fleetdesk::SnapshotPlanPtr plan)
{
    if (!snapshot)
        return;
    if (m_model->snapshot() && snapshot->generation <= m_model->generation())
        return; // stale: a newer generation is already shown

    const bool newWorkspace = !m_model->snapshot() || m_model->snapshot()->workspaceRoot != snapshot->workspaceRoot;
    const QSet<QString> expanded = newWorkspace ? QSet<QString>() : expandedKeys();
    const QString selected = newWorkspace ? QString() : m_selectedKey;

    m_model->applySnapshot(snapshot, std::move(plan));
    m_notifier->watch(snapshot);
    m_issueModel->setIssues(snapshot->issues);
    m_issues->updateTitle();

    if (newWorkspace || m_firstSnapshotOfWorkspace) {
        m_firstSnapshotOfWorkspace = false;
        m_selectedKey.clear();
        expandToTenants();
        // Start on the first error when there is one, on the first cluster otherwise.
        QString start;
        for (const Issue& issue : snapshot->issues) {
            if (!issue.silenced && issue.severity == Severity::Error && !issue.nodeKey.isEmpty()) {
                start = issue.nodeKey;
                break;
            }
        }
        if (start.isEmpty() || !m_model->indexForKey(start).isValid()) {
            const QModelIndex first = m_proxy->index(0, 0);
            start = first.data(FleetTreeModel::NodeKeyRole).toString();
        }
        if (!start.isEmpty())
            selectNode(start);
        statusBar()->clearMessage();
    } else {
        // The model's diff keeps expansion and selection; nodes that moved were removed and inserted again.
        restoreExpandedKeys(expanded);
        if (!m_tree->currentIndex().isValid() && !selected.isEmpty()) {
            const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForKey(selected));
            if (proxyIndex.isValid()) {
                m_tree->setCurrentIndex(proxyIndex);
                m_tree->scrollTo(proxyIndex);
            }
        }
    }
    updateDetails();
    updateStatus();
    Q_EMIT snapshotApplied(snapshot->generation);
}

QSet<QString> MainWindow::expandedKeys() const
{
    QSet<QString> keys;
    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        const int rows = m_proxy->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                keys.insert(index.data(FleetTreeModel::NodeKeyRole).toString());
                visit(index);
            }
        }
    };
    visit({});
    return keys;
}

void MainWindow::restoreExpandedKeys(const QSet<QString>& keys)
{
    for (const QString& key : keys) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKey(key));
        if (index.isValid() && !m_tree->isExpanded(index))
            m_tree->expand(index);
    }
}

void MainWindow::expandToTenants()
{
    for (int c = 0; c < m_proxy->rowCount(); ++c) {
        const QModelIndex cluster = m_proxy->index(c, 0);
        m_tree->expand(cluster);
        for (int g = 0; g < m_proxy->rowCount(cluster); ++g) {
            const QModelIndex group = m_proxy->index(g, 0, cluster);
            const auto kind = static_cast<NodeKind>(group.data(FleetTreeModel::NodeKindRole).toInt());
            if (kind == NodeKind::Platform || kind == NodeKind::Tenants)
                m_tree->expand(group);
        }
    }
}

void MainWindow::expandAll()
{
    m_tree->expandAll();
}

void MainWindow::collapseAll()
{
    m_tree->collapseAll();
}

void MainWindow::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool MainWindow::selectNode(const QString& nodeKey)
{
    const QModelIndex source = m_model->indexForKey(nodeKey);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear(); // the filter hides it
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

QString MainWindow::currentNodeKey() const
{
    return m_tree->currentIndex().data(FleetTreeModel::NodeKeyRole).toString();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    FleetNodePtr node = m_model->sharedNode(current);
    if (node && node.get() == m_details->node())
        return; // unchanged
    std::vector<Issue> findings;
    if (node) {
        for (const Issue& issue : m_issueModel->issues()) {
            if (issue.nodeKey == node->key)
                findings.push_back(issue);
        }
    }
    m_details->setNode(std::move(node), std::move(findings));
}

QString MainWindow::statusText() const
{
    return m_statusLabel ? m_statusLabel->text() : QString();
}

void MainWindow::updateStatus()
{
    const FleetSnapshotPtr snapshot = m_model->snapshot();
    if (!snapshot) {
        m_statusLabel->setText(tr("No workspace open — File ▸ Open Workspace… (Ctrl+O)"));
        return;
    }
    FleetCounts counts;
    if (snapshot->root)
        countNodes(*snapshot->root, counts);
    const QStringList parts{
        tr("Clusters: %1").arg(counts.clusters),
        tr("Tenants: %1").arg(counts.tenants),
        tr("Objects: %1").arg(counts.objects),
        tr("Files: %1").arg(snapshot->statistics.files),
        tr("Loaded in %1 ms").arg(snapshot->statistics.milliseconds),
        tr("Generation %1").arg(snapshot->generation),
    };
    m_statusLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::showWorkspaceFailure(const QString& platformRoot, const QString& message)
{
    statusBar()->showMessage(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(platformRoot), message));
}

void MainWindow::setBusy(bool busy)
{
    m_busyLabel->setVisible(busy);
}

std::shared_ptr<SecretStore> MainWindow::sopsKeychain() const
{
    // SOPS files open in Fleetdesk's own editor; identities imported into the keychain are tried too.
    if (!KeychainSecretStore::isBuiltIn())
        return nullptr;
    return std::make_shared<KeychainSecretStore>();
}

void MainWindow::openCurrentFile()
{
    if (!m_details->filePath().isEmpty() && !SopsEditor::openIfEncrypted(m_details->filePath(), this, sopsKeychain()))
        EditorLauncher::open(m_details->filePath(), m_details->line());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fleetdesk"),
                       tr("<h3>Fleetdesk %1</h3><p>A desktop console for GitOps with Flux v2 fleets: browse the "
                          "fleet your platform repository describes and check tenant isolation before you "
                          "push.</p>")
                           .arg(QStringLiteral(FLEETDESK_VERSION)));
}

bool MainWindow::saveScreenshot(const QString& pngPath)
{
    // Lay out what changed since the last event loop pass (a new status text, expanded rows) before grabbing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return grab().save(pngPath, "PNG");
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        Theme::instance()->refresh();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;

    if (watched == m_filter && plain) {
        switch (key->key()) {
        case Qt::Key_Escape:
            if (m_filter->text().isEmpty())
                m_tree->setFocus(Qt::OtherFocusReason);
            else
                m_filter->clear();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_tree->setFocus(Qt::OtherFocusReason);
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        default:
            break;
        }
    } else if (watched == m_tree && plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        if (m_tree->currentIndex().isValid()) {
            m_details->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (watched == m_details->manifestView() && plain && key->key() == Qt::Key_Escape) {
        m_tree->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace fleetdesk
