#include "KubeWatch.h"

#include "kube/KubeClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace fleetdesk {

KubeWatch::KubeWatch(KubeClient* client, QString collectionPath, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(collectionPath))
    , m_retryTimer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this]() {
        if (m_resourceVersion.isEmpty())
            list();
        else
            watch();
    });
    connect(m_probeTimer, &QTimer::timeout, this, &KubeWatch::probe);
}

KubeWatch::~KubeWatch()
{
    closeStream();
}

void KubeWatch::setBackoff(int minimumMs, int maximumMs)
{
    m_backoffMinMs = std::max(1, minimumMs);
    m_backoffMaxMs = std::max(m_backoffMinMs, maximumMs);
}

void KubeWatch::start(const QString& resourceVersion)
{
    stop();
    m_resourceVersion = resourceVersion;
    m_failures = 0;
    m_probeTimer->start(m_probeIntervalMs);
    if (m_resourceVersion.isEmpty())
        list();
    else
        watch();
}

void KubeWatch::stop()
{
    ++m_epoch;
    m_retryTimer->stop();
    m_probeTimer->stop();
    m_probing = false;
    closeStream();
    setState(State::Stopped);
}

void KubeWatch::closeStream()
{
    if (m_stream) {
        QNetworkReply* reply = m_stream;
        m_stream = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_buffer.clear();
}

void KubeWatch::setState(State state, const QString& reason)
{
    if (m_state == state && m_reason == reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

void KubeWatch::list()
{
    closeStream();
    setState(State::Listing);
    const quint64 epoch = m_epoch;
    const QByteArray accept = m_metadataOnly ? QByteArray(KubeClient::MetadataListAccept) : QByteArray();
    m_client->listAll(m_path, [this, epoch](Result<std::pair<QJsonArray, QString>> result) {
        if (epoch != m_epoch)
            return;
        if (!result) {
            if (result.error().code == QLatin1String("kube.403")) {
                m_probeTimer->stop();
                setState(State::Forbidden, result.error().message);
                return;
            }
            lost(result.error().message);
            return;
        }
        ++m_lists;
        m_failures = 0;
        m_resourceVersion = result->second;
        QList<QJsonObject> items;
        items.reserve(result->first.size());
        for (const QJsonValue& item : std::as_const(result->first))
            items.append(item.toObject());
        Q_EMIT listed(items, m_resourceVersion);
        watch();
    }, 500, accept);
}

void KubeWatch::watch()
{
    closeStream();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(m_watchTimeoutSeconds));
    const QString path = m_path + (m_path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + query.toString(QUrl::FullyEncoded);
    const quint64 epoch = m_epoch;
    m_client->openStream(
        path,
        [this, epoch](QNetworkReply* reply) {
            if (epoch != m_epoch) {
                reply->abort();
                reply->deleteLater();
                return;
            }
            m_stream = reply;
            m_buffer.clear();
            m_sinceData.start();
            connect(reply, &QNetworkReply::readyRead, this, &KubeWatch::readStream);
            connect(reply, &QNetworkReply::finished, this, &KubeWatch::streamEnded);
            setState(State::Watching);
            readStream();
        },
        [this, epoch](const Error& error) {
            if (epoch != m_epoch)
                return;
            if (error.code == QLatin1String("kube.410")) {
                ++m_gone;
                m_resourceVersion.clear();
                list();
                return;
            }
            if (error.code == QLatin1String("kube.403")) {
                m_probeTimer->stop();
                setState(State::Forbidden, error.message);
                return;
            }
            lost(error.message);
        },
        m_metadataOnly ? QByteArray(KubeClient::MetadataAccept) : QByteArray());
}

void KubeWatch::readStream()
{
    if (!m_stream)
        return;
    m_sinceData.restart();
    m_buffer += m_stream->readAll();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
        if (!m_stream) // the line ended this watch (410)
            return;
    }
}

void KubeWatch::handleLine(const QByteArray& line)
{
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject object = event.value(QStringLiteral("object")).toObject();
    if (type == QLatin1String("ERROR")) {
        const int code = object.value(QStringLiteral("code")).toInt();
        if (code == 410) {
            // The resourceVersion is too old for the watch cache: start over with a list.
            ++m_gone;
            m_resourceVersion.clear();
            list();
            return;
        }
        lost(object.value(QStringLiteral("message")).toString());
        return;
    }
    const QString rv = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
    if (!rv.isEmpty())
        m_resourceVersion = rv;
    if (type == QLatin1String("ADDED"))
        Q_EMIT this->event(EventType::Added, object);
    else if (type == QLatin1String("MODIFIED"))
        Q_EMIT this->event(EventType::Modified, object);
    else if (type == QLatin1String("DELETED"))
        Q_EMIT this->event(EventType::Deleted, object);
    // BOOKMARK: only the resourceVersion moves.
}

void KubeWatch::streamEnded()
{
    if (!m_stream)
        return;
    QNetworkReply* reply = m_stream;
    readStream();
    if (m_stream != reply)
        return; // a 410 in the last lines started a list
    const bool clean = reply->error() == QNetworkReply::NoError;
    const QString reason = reply->errorString();
    m_stream = nullptr;
    reply->deleteLater();
    if (clean) {
        // The server closed the watch (timeoutSeconds): resume right away from the last resourceVersion.
        m_failures = 0;
        watch();
        return;
    }
    lost(reason);
}

void KubeWatch::lost(const QString& reason)
{
    closeStream();
    ++m_reconnects;
    // Jittered exponential backoff, as client-go's: min * 2^failures, capped, plus up to 50% jitter.
    const int exponent = std::min(m_failures, 16);
    const qint64 base = std::min<qint64>(qint64(m_backoffMinMs) << exponent, m_backoffMaxMs);
    const qint64 delay = base + QRandomGenerator::global()->bounded(base / 2 + 1);
    ++m_failures;
    setState(State::Reconnecting, reason);
    m_retryTimer->start(int(delay));
    if (!m_probeTimer->isActive())
        m_probeTimer->start(m_probeIntervalMs);
}

void KubeWatch::probe()
{
    if (m_probing || m_state != State::Watching)
        return;
    m_probing = true;
    const quint64 epoch = m_epoch;
    m_client->probe(m_probeTimeoutMs, [this, epoch](const KubeResponse& response) {
        if (epoch != m_epoch)
            return;
        m_probing = false;
        if (response.status != 0 || m_state != State::Watching)
            return;
        // The API server does not answer: the watch connection is as dead as the probe's.
        lost(QCoreApplication::translate("KubeWatch", "API server not responding: %1").arg(response.message()));
    });
}

} // namespace fleetdesk
