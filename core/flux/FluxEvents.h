#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace fleetdesk {

class KubeClient;
class KubeWatch;

/// One Kubernetes Event about a Flux object, as the controllers record them (`events.k8s.io/v1` or the core/v1
/// Event; both read the same way). Plain values, safe to pass between threads.
struct FluxEvent
{
    QString uid;       ///< the Event's metadata.uid: stable while the controller bumps its count
    QString type;      ///< "Normal" or "Warning"
    QString reason;    ///< e.g. "ReconciliationSucceeded", "HealthCheckFailed"
    QString message;
    QString controller; ///< reportingController (events.k8s.io) or source.component (core/v1)
    QString revision;   ///< the "<group>/revision" annotation Flux puts on its events; empty when absent
    int count = 1;      ///< how often it happened (series.count or count)
    QDateTime firstSeen; ///< UTC; invalid when the Event carries no time
    QDateTime lastSeen;  ///< UTC: series.lastObservedTime, eventTime, lastTimestamp or the creation time

    bool isWarning() const { return type == QLatin1String("Warning"); }

    /// Reads an Event of either API version; fields that are absent stay empty.
    static FluxEvent fromJson(const QJsonObject& event);
    /// Newest first (lastSeen, then uid so the order is stable).
    static void sortNewestFirst(QList<FluxEvent>& events);

    bool operator==(const FluxEvent&) const = default;
};

/// The Events of one Flux object (the "involved object"), listed and then watched with a field selector on the
/// object's kind and name in its namespace, the way `flux events --for Kind/name` reads them: `events.k8s.io/v1`
/// (`regarding.kind`, `regarding.name`) when the server serves it, else core/v1 (`involvedObject.kind`,
/// `involvedObject.name`). A user who may not list Events there (403) gets State::Forbidden once and no retries:
/// an empty list with a reason, never an error storm. Lives on the engine thread (the KubeClient's thread);
/// signals are emitted there.
class FluxEvents : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Loading,   ///< listing; events() is empty or the last known list
        Live,      ///< listed, and the watch follows new Events
        Forbidden, ///< 403: the user may not list Events in the namespace (stateReason() says so); no retries
        Failed     ///< the API answered with an error other than 403 (stateReason()); the watch keeps retrying
    };
    Q_ENUM(State)

    /// `kind`, `ns` and `name` identify the Flux object; `ns` empty means flux-system.
    FluxEvents(KubeClient* client, QString kind, QString ns, QString name, QObject* parent = nullptr);
    ~FluxEvents() override;

    /// At most this many Events are kept, the newest (default 200).
    void setMaximum(int events) { m_maximum = events; }
    /// Minimum time between two changed() signals while Events arrive (default 100 ms); the first list is
    /// reported at once.
    void setThrottle(int milliseconds);

    void start();
    void stop();

    QString kind() const { return m_kind; }
    QString ns() const { return m_ns; }
    QString name() const { return m_name; }
    /// Newest first.
    QList<FluxEvent> events() const;
    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }

    /// The collection path with the field selector for the object, for `events.k8s.io/v1` (`eventsV1` true) or
    /// core/v1.
    static QString collectionPath(bool eventsV1, const QString& kind, const QString& ns, const QString& name);

Q_SIGNALS:
    /// The object's Events, newest first (after the first list, and whenever one is added, updated or removed).
    void changed(const QList<fleetdesk::FluxEvent>& events);
    void stateChanged(fleetdesk::FluxEvents::State state, const QString& reason);

private:
    void open(bool eventsV1);
    void setState(State state, const QString& reason = {});
    void publish();

    KubeClient* m_client;
    QString m_kind;
    QString m_ns;
    QString m_name;
    std::unique_ptr<KubeWatch> m_watch;
    QHash<QString, FluxEvent> m_byUid;
    State m_state = State::Stopped;
    QString m_reason;
    int m_maximum = 200;
    QTimer* m_throttle = nullptr;
    quint64 m_epoch = 0;
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::FluxEvent)
Q_DECLARE_METATYPE(QList<fleetdesk::FluxEvent>)
