#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace fleetdesk {

class FleetTreeModel;

/// Filters and sorts the fleet tree. The filter text is split into words; a node matches when every word is
/// found (case-insensitively) in its name, kind, tenant, cluster or one of its lint rule ids. A matching node
/// keeps its ancestors visible (recursive filtering) and its descendants too, so a matching tenant shows its
/// whole subtree. "Only drifted" keeps the nodes whose drift count is above zero, with their ancestors.
class FleetFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetFilterProxyModel(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_terms.isEmpty(); }
    /// Only nodes with drift (and their ancestors) are shown.
    bool onlyDrifted() const { return m_onlyDrifted; }

public Q_SLOTS:
    void setFilterText(const QString& text);
    void setOnlyDrifted(bool onlyDrifted);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(const QModelIndex& sourceIndex) const;

    QString m_text;
    QStringList m_terms;
    bool m_onlyDrifted = false;
};

} // namespace fleetdesk
