#pragma once

#include "flux/FluxEvents.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace fleetdesk {

/// The Kubernetes Events of the selected Flux object (its involved object), newest first: type, reason, message,
/// age and count. The engine follows the object (ReconcileEngine::watchEvents) and the window passes its lists
/// here; lists for another object than the one shown are ignored.
class EventsPane : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPane(QWidget* parent = nullptr);

    /// The object whose Events are shown from now on (`objectKey`: "Kind/namespace/name"); empty shows nothing.
    void setObject(const QString& cluster, const QString& objectKey);
    QString cluster() const { return m_cluster; }
    QString objectKey() const { return m_key; }

    void showEvents(const QString& cluster, const QString& objectKey, const QList<fleetdesk::FluxEvent>& events);
    void showState(const QString& cluster, const QString& objectKey, fleetdesk::FluxEvents::State state,
                   const QString& reason);

    QTreeWidget* view() const { return m_view; }
    /// The line above the list: what is shown, or why nothing is.
    QString statusText() const;

private:
    void refreshAges();

    QString m_cluster;
    QString m_key;
    QList<FluxEvent> m_events;
    QLabel* m_status;
    QTreeWidget* m_view;
};

} // namespace fleetdesk
