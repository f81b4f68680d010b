#include "ActionLogPane.h"

#include "views/NodeIcons.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleetdesk {

ActionLogPane::ActionLogPane(const QString& logFile, QWidget* parent)
    : QWidget(parent)
    , m_log(logFile)
    , m_view(new QTreeWidget(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("actionLogPane"));
    m_view->setObjectName(QStringLiteral("actionLogView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("When"), tr("Cluster"), tr("Action"), tr("Target"), tr("Result"), tr("User")});
    m_view->header()->resizeSection(0, 150);
    m_view->header()->resizeSection(1, 130);
    m_view->header()->resizeSection(2, 170);
    m_view->header()->resizeSection(3, 260);
    m_view->header()->resizeSection(4, 360);
    m_export->setObjectName(QStringLiteral("exportActionLogButton"));
    m_export->setToolTip(tr("Save the whole action log as JSON or CSV"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ActionLogPane::chooseExport);
    reload();
}

void ActionLogPane::reload()
{
    m_view->clear();
    for (const ActionLogEntry& entry : m_log.entries())
        addEntry(entry);
}

void ActionLogPane::addEntry(const ActionLogEntry& entry)
{
    auto* item = new QTreeWidgetItem({QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat), entry.cluster,
                                      entry.action, entry.target, entry.result, entry.user});
    item->setIcon(4, NodeIcons::forState(entry.ok ? ReconcileState::Ready : ReconcileState::Failed));
    item->setToolTip(4, entry.result);
    item->setData(0, Qt::UserRole, entry.ok);
    m_view->insertTopLevelItem(0, item); // newest first
}

void ActionLogPane::addReport(const FluxActionReport& report)
{
    for (const ClusterActionResult& r : report.results) {
        ActionLogEntry entry;
        entry.when = QDateTime::currentDateTimeUtc();
        entry.cluster = r.cluster;
        entry.action = report.request.logName();
        entry.target = r.result.target.displayName();
        entry.ok = r.result.ok;
        entry.result = r.result.message;
        addEntry(entry);
    }
}

bool ActionLogPane::exportTo(const QString& path, const QString& format, QString* message) const
{
    const auto written = m_log.exportTo(path, format);
    if (message)
        *message = written ? tr("Action log written to %1").arg(path) : written.error().toString();
    return bool(written);
}

void ActionLogPane::chooseExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Action Log"), QStringLiteral("fleetdesk-actions.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const QString format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || filter.startsWith(QLatin1String("CSV"))
        ? QStringLiteral("csv")
        : QStringLiteral("json");
    QString message;
    if (!exportTo(path, format, &message))
        QMessageBox::warning(this, tr("Export Action Log"), message);
}

} // namespace fleetdesk
