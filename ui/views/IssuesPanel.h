#pragma once

#include "common/Error.h"

#include <QDockWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace fleetdesk {

class IssueListModel;

/// The issues dock: lint findings and load problems in a sortable list. Activating an issue (click, Enter)
/// asks for its node to be selected in the fleet tree.
class IssuesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(IssueListModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    /// Updates the title with the counts; call after the model changed.
    void updateTitle();

Q_SIGNALS:
    /// An issue was activated: the node to select, and where in which file the issue is.
    void issueActivated(const QString& nodeKey, const fleetdesk::SourceLocation& location);

private:
    void activate(const QModelIndex& index);

    IssueListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
};

} // namespace fleetdesk
