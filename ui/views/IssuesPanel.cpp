#include "IssuesPanel.h"

#include "models/IssueListModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace fleetdesk {

IssuesPanel::IssuesPanel(IssueListModel* model, QWidget* parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("issuesPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IssueListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("issuesView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSortIndicator(IssueListModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(IssueListModel::SeverityColumn, 96);
    m_view->header()->resizeSection(IssueListModel::RuleColumn, 170);
    m_view->header()->setSectionResizeMode(IssueListModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(IssueListModel::LocationColumn, 330);
    m_view->header()->resizeSection(IssueListModel::ObjectColumn, 220);
    setWidget(m_view);
    setFocusProxy(m_view);

    connect(m_view, &QTreeView::activated, this, &IssuesPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &IssuesPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IssuesPanel::updateTitle);
    updateTitle();
}

void IssuesPanel::updateTitle()
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (m_model->rowCount() == 0)
        setWindowTitle(tr("Issues"));
    else
        setWindowTitle(tr("Issues — errors: %1, warnings: %2").arg(errors).arg(warnings));
}

void IssuesPanel::activate(const QModelIndex& index)
{
    const Issue* issue = m_model->issue(m_proxy->mapToSource(index));
    if (issue && !issue->nodeKey.isEmpty())
        Q_EMIT issueActivated(issue->nodeKey, issue->location);
}

} // namespace fleetdesk
