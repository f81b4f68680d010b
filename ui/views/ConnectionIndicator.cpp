#include "ConnectionIndicator.h"

#include "models/FleetTreeModel.h"
#include "views/NodeIcons.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace fleetdesk {

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
}

QStringList ConnectionIndicator::clusters() const
{
    QStringList names = m_clusters.keys();
    names.sort();
    return names;
}

void ConnectionIndicator::clear()
{
    for (Chip& chip : m_clusters)
        delete chip.widget;
    m_clusters.clear();
}

void ConnectionIndicator::setClusterState(const QString& cluster, const QString& state, const QString& reason)
{
    const QString key = cluster.isEmpty() ? tr("kubeconfig") : cluster;
    Chip& chip = m_clusters[key];
    if (!chip.widget) {
        chip.widget = new QWidget(this);
        chip.widget->setObjectName(QStringLiteral("connection:") + key);
        auto* layout = new QHBoxLayout(chip.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        chip.icon = new QLabel(chip.widget);
        chip.name = new QLabel(key, chip.widget);
        chip.name->setTextFormat(Qt::PlainText);
        layout->addWidget(chip.icon);
        layout->addWidget(chip.name);
        // Chips in name order.
        m_layout->insertWidget(int(clusters().indexOf(key)), chip.widget);
        chip.widget->show();
    }
    if (chip.state != state)
        chip.since = QDateTime::currentDateTime();
    chip.state = state;
    chip.reason = reason;
    refresh(chip, key);
}

void ConnectionIndicator::refresh(Chip& chip, const QString& cluster)
{
    const int size = qMax(12, fontMetrics().height() - 2);
    chip.icon->setPixmap(NodeIcons::forState(FleetTreeModel::connectionLook(chip.state)).pixmap(size, size));
    QString tip = tr("%1: %2").arg(cluster, FleetTreeModel::connectionLabel(chip.state));
    if (!chip.reason.isEmpty())
        tip += QLatin1Char('\n') + chip.reason;
    if (chip.state == QLatin1String("offline") || chip.state == QLatin1String("degraded"))
        tip += QLatin1Char('\n') + tr("Since %1; the tree shows the last known state.")
                                      .arg(QLocale().toString(chip.since, QLocale::ShortFormat));
    for (QWidget* w : {chip.widget, static_cast<QWidget*>(chip.icon), static_cast<QWidget*>(chip.name)})
        w->setToolTip(tip);
    chip.widget->setAccessibleName(tip);
}

} // namespace fleetdesk
