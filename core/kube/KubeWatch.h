#pragma once

#include "common/Error.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace fleetdesk {

class KubeClient;

/// List and watch of one collection (for example `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/x/kustomizations`),
/// the way client-go's reflector does it: a paginated list, then a watch with `allowWatchBookmarks` from the list's
/// resourceVersion; a closed watch resumes from the last resourceVersion seen; 410 Gone (an expired
/// resourceVersion) lists again; failures reconnect with jittered exponential backoff. A periodic lightweight probe
/// (GET /version on the same client) surfaces a dead connection within `probeInterval + probeTimeout`, so a
/// half-open watch never goes unnoticed. Lives on the engine thread.
class KubeWatch : public QObject
{
    Q_OBJECT

public:
    enum class EventType
    {
        Added,
        Modified,
        Deleted
    };
    Q_ENUM(EventType)

    enum class State
    {
        Stopped,
        Listing,
        Watching,
        Reconnecting, ///< lost; waiting for the backoff to try again (reason in stateReason())
        Forbidden     ///< 403 on list: the caller falls back to other namespaces; no retries
    };
    Q_ENUM(State)

    KubeWatch(KubeClient* client, QString collectionPath, QObject* parent = nullptr);
    ~KubeWatch() override;

    /// Starts with a list, or, with `resourceVersion`, resumes a watch from there (a cached state); an expired
    /// resourceVersion then lists again.
    void start(const QString& resourceVersion = {});
    void stop();

    void setProbeInterval(int milliseconds) { m_probeIntervalMs = milliseconds; }
    void setProbeTimeout(int milliseconds) { m_probeTimeoutMs = milliseconds; }
    void setBackoff(int minimumMs, int maximumMs);
    /// Server-side timeout of one watch request; the watch then resumes from the last resourceVersion.
    void setWatchTimeoutSeconds(int seconds) { m_watchTimeoutSeconds = seconds; }
    /// Lists and watches metadata only (PartialObjectMetadata; KubeClient::MetadataAccept): items and event objects
    /// carry apiVersion meta.k8s.io/v1, kind PartialObjectMetadata and `metadata`, nothing else. Set before start().
    void setMetadataOnly(bool metadataOnly) { m_metadataOnly = metadataOnly; }
    bool metadataOnly() const { return m_metadataOnly; }

    QString collectionPath() const { return m_path; }
    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QString resourceVersion() const { return m_resourceVersion; }
    /// Full lists done so far, and how many of them an expired resourceVersion (410) caused.
    int listCount() const { return m_lists; }
    int goneCount() const { return m_gone; }
    int reconnectCount() const { return m_reconnects; }

Q_SIGNALS:
    /// A complete list: replaces everything known about the collection.
    void listed(const QList<QJsonObject>& items, const QString& resourceVersion);
    void event(fleetdesk::KubeWatch::EventType type, const QJsonObject& object);
    void stateChanged(fleetdesk::KubeWatch::State state, const QString& reason);

private:
    void list();
    void watch();
    void readStream();
    void streamEnded();
    void handleLine(const QByteArray& line);
    void lost(const QString& reason);
    void probe();
    void setState(State state, const QString& reason = {});
    void closeStream();

    KubeClient* m_client;
    QString m_path;
    QString m_resourceVersion;
    State m_state = State::Stopped;
    QString m_reason;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_buffer;
    QTimer* m_retryTimer;
    QTimer* m_probeTimer;
    QElapsedTimer m_sinceData;
    int m_probeIntervalMs = 10000;
    int m_probeTimeoutMs = 5000;
    int m_backoffMinMs = 500;
    int m_backoffMaxMs = 30000;
    int m_failures = 0;
    int m_watchTimeoutSeconds = 290;
    int m_lists = 0;
    int m_gone = 0;
    int m_reconnects = 0;
    quint64 m_epoch = 0; ///< bumped on stop/restart so late callbacks of an old attempt are ignored
    bool m_probing = false;
    bool m_metadataOnly = false;
};

} // namespace fleetdesk
