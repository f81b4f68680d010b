#include "IssueListModel.h"

#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QFont>

#include <algorithm>

namespace fleetdesk {

IssueListModel::IssueListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IssueListModel::setIssues(std::vector<Issue> issues)
{
    if (issues == m_issues)
        return;
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

const Issue* IssueListModel::issue(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= static_cast<int>(m_issues.size()))
        return nullptr;
    return &m_issues[static_cast<size_t>(index.row())];
}

int IssueListModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const Issue& issue) {
        return !issue.silenced && issue.severity == Severity::Error;
    }));
}

int IssueListModel::warningCount() const
{
    return static_cast<int>(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const Issue& issue) {
        return !issue.silenced && issue.severity == Severity::Warning;
    }));
}

int IssueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int IssueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssueListModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

namespace {

QString locationText(const Issue& issue)
{
    const QString location = issue.location.toString();
    if (issue.repository.isEmpty())
        return location;
    if (location.isEmpty())
        return issue.repository;
    return issue.repository + QLatin1Char('/') + location;
}

} // namespace

QVariant IssueListModel::data(const QModelIndex& index, int role) const
{
    const Issue* found = issue(index);
    if (!found)
        return {};
    const Issue& is = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(is.severity);
        case RuleColumn:
            return is.ruleId;
        case MessageColumn:
            return is.silenced ? tr("%1 (silenced)").arg(is.message) : is.message;
        case LocationColumn:
            return locationText(is);
        case ObjectColumn:
            return is.objectName;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            // Errors first, silenced ones last.
            return static_cast<int>(is.severity) + (is.silenced ? 10 : 0);
        case LocationColumn:
            return QStringLiteral("%1/%2:%3")
                .arg(is.repository, is.location.file)
                .arg(is.location.line, 8, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return NodeIcons::forSeverity(is.severity, is.silenced);
        return {};
    case Qt::ForegroundRole:
        if (is.silenced)
            return Theme::instance()->color(Theme::Color::Muted);
        return {};
    case Qt::FontRole:
        if (is.silenced) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> %2").arg(is.ruleId.toHtmlEscaped(), is.message.toHtmlEscaped());
        if (!is.hint.isEmpty())
            tip += QStringLiteral("<br>") + tr("Fix: %1").arg(is.hint.toHtmlEscaped());
        if (is.silenced)
            tip += QStringLiteral("<br><i>") + tr("Silenced on this object with the lint-ignore annotation.")
                + QStringLiteral("</i>");
        return tip;
    }
    case NodeKeyRole:
        return is.nodeKey;
    case SeverityRole:
        return static_cast<int>(is.severity);
    case SilencedRole:
        return is.silenced;
    case RuleRole:
        return is.ruleId;
    case HintRole:
        return is.hint;
    default:
        return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case ObjectColumn:
        return tr("Object");
    default:
        return {};
    }
}

} // namespace fleetdesk
