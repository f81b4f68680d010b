#pragma once

#include "common/Issue.h"

#include <QAbstractTableModel>

#include <vector>

namespace fleetdesk {

/// The issues of a snapshot as a table: lint findings and load problems. Silenced findings are listed too,
/// greyed and marked "(silenced)", so users see what an annotation hides.
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        MessageColumn,
        LocationColumn,
        ObjectColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        NodeKeyRole = Qt::UserRole + 1,
        SeverityRole, ///< int(Severity)
        SilencedRole,
        RuleRole,
        HintRole,
        SortRole
    };
    Q_ENUM(Role)

    explicit IssueListModel(QObject* parent = nullptr);

    /// Replaces the issues; does nothing (keeping the view's selection) when they are unchanged.
    void setIssues(std::vector<Issue> issues);
    const std::vector<Issue>& issues() const { return m_issues; }
    const Issue* issue(const QModelIndex& index) const;

    /// Counts of unsilenced errors and warnings.
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(Severity severity);

private:
    std::vector<Issue> m_issues;
};

} // namespace fleetdesk
