#include "EventsPane.h"
#include "views/WrappingLabel.h"

#include "models/FleetTreeModel.h"
#include "views/NodeIcons.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleetdesk {

namespace {

enum Column
{
    TypeColumn,
    ReasonColumn,
    MessageColumn,
    AgeColumn,
    CountColumn
};

} // namespace

EventsPane::EventsPane(QWidget* parent)
    : QWidget(parent)
    , m_status(new WrappingLabel(this))
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("eventsView"));
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("eventsList"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setHeaderLabels({tr("Type"), tr("Reason"), tr("Message"), tr("Age"), tr("Count")});
    m_view->header()->resizeSection(TypeColumn, 90);
    m_view->header()->resizeSection(ReasonColumn, 190);
    m_view->header()->resizeSection(MessageColumn, 560);
    m_view->header()->resizeSection(AgeColumn, 90);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    auto* clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, &EventsPane::refreshAges);
    clock->start();
    setObject({}, {});
}

QString EventsPane::statusText() const
{
    return m_status->text();
}

void EventsPane::setObject(const QString& cluster, const QString& objectKey)
{
    if (cluster == m_cluster && objectKey == m_key && !objectKey.isEmpty())
        return;
    m_cluster = cluster;
    m_key = objectKey;
    m_events.clear();
    m_view->clear();
    m_status->setText(objectKey.isEmpty() ? tr("Select a Flux object that is in a cluster to see its Events.")
                                          : tr("Events of %1 on %2: loading…").arg(objectKey, cluster));
}

void EventsPane::showEvents(const QString& cluster, const QString& objectKey, const QList<FluxEvent>& events)
{
    if (cluster != m_cluster || objectKey != m_key)
        return; // an answer for an object no longer selected
    m_events = events;
    m_view->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QTreeWidgetItem*> items;
    items.reserve(events.size());
    for (const FluxEvent& e : events) {
        auto* item = new QTreeWidgetItem({e.type, e.reason, e.message, FleetTreeModel::relativeTime(e.lastSeen, now),
                                          QString::number(e.count)});
        item->setIcon(TypeColumn, NodeIcons::forSeverity(e.isWarning() ? Severity::Warning : Severity::Info));
        QString tip = e.message;
        if (!e.revision.isEmpty())
            tip += QLatin1Char('\n') + tr("Revision: %1").arg(e.revision);
        if (!e.controller.isEmpty())
            tip += QLatin1Char('\n') + tr("From: %1").arg(e.controller);
        item->setToolTip(MessageColumn, tip);
        if (e.lastSeen.isValid())
            item->setToolTip(AgeColumn, QLocale().toString(e.lastSeen.toLocalTime(), QLocale::LongFormat));
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    m_status->setText(events.isEmpty() ? tr("No Events for %1 on %2 (Kubernetes keeps them for about an hour).")
                                             .arg(objectKey, cluster)
                                       : tr("Events of %1 on %2, newest first").arg(objectKey, cluster));
}

void EventsPane::showState(const QString& cluster, const QString& objectKey, FluxEvents::State state,
                           const QString& reason)
{
    if (cluster != m_cluster || objectKey != m_key)
        return;
    switch (state) {
    case FluxEvents::State::Forbidden:
        m_status->setText(tr("You may not list Events for %1: %2").arg(objectKey, reason));
        break;
    case FluxEvents::State::Failed:
        m_status->setText(tr("Events of %1 could not be read: %2").arg(objectKey, reason));
        break;
    case FluxEvents::State::Loading:
        m_status->setText(tr("Events of %1 on %2: loading…").arg(objectKey, cluster));
        break;
    case FluxEvents::State::Live:
    case FluxEvents::State::Stopped:
        break;
    }
}

void EventsPane::refreshAges()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_view->topLevelItemCount() && row < m_events.size(); ++row)
        m_view->topLevelItem(row)->setText(AgeColumn, FleetTreeModel::relativeTime(m_events.at(row).lastSeen, now));
}

} // namespace fleetdesk
