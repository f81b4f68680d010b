#include "FluxEvents.h"

#include "kube/KubeClient.h"
#include "kube/KubeDiscovery.h"
#include "kube/KubeWatch.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace fleetdesk {

namespace {

/// RFC 3339 times as the API writes them: seconds ("…Z") or MicroTime ("….123456Z"); UTC.
QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString t = text;
    // Qt reads at most milliseconds: cut longer fractions.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    t.replace(fraction, QStringLiteral(".\\1"));
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

FluxEvent FluxEvent::fromJson(const QJsonObject& e)
{
    FluxEvent event;
    const QJsonObject metadata = e.value(QStringLiteral("metadata")).toObject();
    event.uid = str(metadata, "uid");
    if (event.uid.isEmpty())
        event.uid = str(metadata, "namespace") + QLatin1Char('/') + str(metadata, "name");
    event.type = str(e, "type");
    event.reason = str(e, "reason");
    // events.k8s.io/v1 calls the message "note".
    event.message = e.contains(QStringLiteral("note")) ? str(e, "note") : str(e, "message");
    event.controller = str(e, "reportingController");
    if (event.controller.isEmpty())
        event.controller = str(e, "reportingComponent");
    if (event.controller.isEmpty())
        event.controller = str(e.value(QStringLiteral("source")).toObject(), "component");
    if (event.controller.isEmpty())
        event.controller = str(e.value(QStringLiteral("deprecatedSource")).toObject(), "component");
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String("/revision"))) {
            event.revision = it.value().toString();
            break;
        }
    }
    const QJsonObject series = e.value(QStringLiteral("series")).toObject();
    int count = series.value(QStringLiteral("count")).toInt();
    if (count <= 0)
        count = e.value(QStringLiteral("count")).toInt();
    if (count <= 0)
        count = e.value(QStringLiteral("deprecatedCount")).toInt();
    event.count = std::max(count, 1);
    event.firstSeen = parseTime(str(e, "firstTimestamp"));
    if (!event.firstSeen.isValid())
        event.firstSeen = parseTime(str(e, "deprecatedFirstTimestamp"));
    if (!event.firstSeen.isValid())
        event.firstSeen = parseTime(str(e, "eventTime"));
    for (const QDateTime& candidate :
         {parseTime(str(series, "lastObservedTime")), parseTime(str(e, "lastTimestamp")),
          parseTime(str(e, "deprecatedLastTimestamp")), parseTime(str(e, "eventTime")),
          parseTime(str(metadata, "creationTimestamp"))}) {
        if (candidate.isValid()) {
            event.lastSeen = candidate;
            break;
        }
    }
    if (!event.firstSeen.isValid())
        event.firstSeen = event.lastSeen;
    return event;
}

void FluxEvent::sortNewestFirst(QList<FluxEvent>& events)
{
    std::stable_sort(events.begin(), events.end(), [](const FluxEvent& a, const FluxEvent& b) {
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen;
        return a.uid < b.uid;
    });
}

FluxEvents::FluxEvents(KubeClient* client, QString kind, QString ns, QString name, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_ns(ns.isEmpty() ? QStringLiteral("flux-system") : std::move(ns))
    , m_name(std::move(name))
    , m_throttle(new QTimer(this))
{
    qRegisterMetaType<fleetdesk::FluxEvent>();
    qRegisterMetaType<QList<fleetdesk::FluxEvent>>();
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(100);
    connect(m_throttle, &QTimer::timeout, this, [this]() { Q_EMIT changed(events()); });
}

FluxEvents::~FluxEvents()
{
    stop();
}

void FluxEvents::setThrottle(int milliseconds)
{
    m_throttle->setInterval(milliseconds);
}

QString FluxEvents::collectionPath(bool eventsV1, const QString& kind, const QString& ns, const QString& name)
{
    const QString prefix = eventsV1 ? QStringLiteral("regarding") : QStringLiteral("involvedObject");
    const QString selector = prefix + QStringLiteral(".kind=") + kind + QLatin1Char(',') + prefix
        + QStringLiteral(".name=") + name;
    const QString base = eventsV1 ? QStringLiteral("/apis/events.k8s.io/v1") : QStringLiteral("/api/v1");
    return base + QStringLiteral("/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(ns))
        + QStringLiteral("/events?fieldSelector=") + QString::fromLatin1(QUrl::toPercentEncoding(selector));
}

void FluxEvents::start()
{
    stop();
    const quint64 epoch = ++m_epoch;
    setState(State::Loading);
    KubeDiscovery::groupVersions(m_client, QStringLiteral("events.k8s.io"), [this, epoch](Result<QStringList> versions) {
        if (epoch != m_epoch)
            return;
        open(versions && versions->contains(QStringLiteral("v1")));
    });
}

void FluxEvents::stop()
{
    ++m_epoch;
    m_throttle->stop();
    m_watch.reset();
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void FluxEvents::open(bool eventsV1)
{
    m_watch = std::make_unique<KubeWatch>(m_client, collectionPath(eventsV1, m_kind, m_ns, m_name));
    // Lost connections reconnect inside KubeWatch; a forbidden list is final.
    connect(m_watch.get(), &KubeWatch::listed, this, [this](const QList<QJsonObject>& items) {
        m_byUid.clear();
        for (const QJsonObject& item : items) {
            const FluxEvent event = FluxEvent::fromJson(item);
            m_byUid.insert(event.uid, event);
        }
        setState(State::Live);
        m_throttle->stop();
        Q_EMIT changed(events());
    });
    connect(m_watch.get(), &KubeWatch::event, this, [this](KubeWatch::EventType type, const QJsonObject& object) {
        const FluxEvent event = FluxEvent::fromJson(object);
        if (type == KubeWatch::EventType::Deleted) {
            if (m_byUid.remove(event.uid) == 0)
                return;
        } else {
            const auto it = m_byUid.constFind(event.uid);
            if (it != m_byUid.constEnd() && *it == event)
                return;
            m_byUid.insert(event.uid, event);
        }
        if (!m_throttle->isActive())
            m_throttle->start();
    });
    connect(m_watch.get(), &KubeWatch::stateChanged, this, [this](KubeWatch::State state, const QString& reason) {
        switch (state) {
        case KubeWatch::State::Forbidden:
            m_watch->stop();
            m_byUid.clear();
            setState(State::Forbidden,
                     tr("You may not list Events in namespace %1 (%2)").arg(m_ns, reason));
            Q_EMIT changed({});
            break;
        case KubeWatch::State::Reconnecting:
            if (m_state != State::Live)
                setState(State::Failed, reason);
            break;
        case KubeWatch::State::Watching:
            if (m_state == State::Failed)
                setState(State::Live);
            break;
        case KubeWatch::State::Listing:
        case KubeWatch::State::Stopped:
            break;
        }
    });
    m_watch->start();
}

QList<FluxEvent> FluxEvents::events() const
{
    QList<FluxEvent> all = m_byUid.values();
    FluxEvent::sortNewestFirst(all);
    if (all.size() > m_maximum)
        all.resize(m_maximum);
    return all;
}

void FluxEvents::setState(State state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

} // namespace fleetdesk
