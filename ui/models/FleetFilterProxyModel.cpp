#include "FleetFilterProxyModel.h"

#include "models/FleetTreeModel.h"

#include <algorithm>

namespace fleetdesk {

FleetFilterProxyModel::FleetFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(FleetTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FleetFilterProxyModel::setFilterText(const QString& text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void FleetFilterProxyModel::setOnlyDrifted(bool onlyDrifted)
{
    if (onlyDrifted == m_onlyDrifted)
        return;
    m_onlyDrifted = onlyDrifted;
    invalidateFilter();
}

bool FleetFilterProxyModel::matches(const QModelIndex& sourceIndex) const
{
    const auto* model = sourceModel();
    const QString name = model->data(sourceIndex, Qt::DisplayRole).toString();
    const QString kind = model->data(sourceIndex.siblingAtColumn(FleetTreeModel::KindColumn)).toString();
    const QString tenant = model->data(sourceIndex, FleetTreeModel::TenantRole).toString();
    const QString cluster = model->data(sourceIndex, FleetTreeModel::ClusterRole).toString();
    const QStringList rules = model->data(sourceIndex, FleetTreeModel::LintRulesRole).toStringList();
    for (const QString& term : m_terms) {
        const bool found = name.contains(term, Qt::CaseInsensitive) || kind.contains(term, Qt::CaseInsensitive)
            || tenant.contains(term, Qt::CaseInsensitive) || cluster.contains(term, Qt::CaseInsensitive)
            || std::any_of(rules.cbegin(), rules.cend(),
                           [&term](const QString& rule) { return rule.contains(term, Qt::CaseInsensitive); });
        if (!found)
            return false;
    }
    return true;
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_onlyDrifted
        && sourceModel()->index(sourceRow, 0, sourceParent).data(FleetTreeModel::DriftRole).toInt() <= 0)
        return false;
    if (m_terms.isEmpty())
        return true;
    if (matches(sourceModel()->index(sourceRow, 0, sourceParent)))
        return true;
    // Descendants of a match stay visible (recursive filtering already keeps its ancestors).
    for (QModelIndex ancestor = sourceParent; ancestor.isValid(); ancestor = ancestor.parent()) {
        if (matches(ancestor))
            return true;
    }
    return false;
}

} // namespace fleetdesk
