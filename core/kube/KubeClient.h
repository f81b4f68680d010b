#pragma once

#include "common/Error.h"
#include "kube/Kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fleetdesk {

class ExecCredentialProvider;

/// An API answer: the HTTP status, the body and, when it is JSON, the parsed object.
struct KubeResponse
{
    int status = 0; ///< 0 when no HTTP answer arrived (network error, timeout)
    QByteArray body;
    QJsonObject json;
    QString networkError; ///< set when status is 0
    QByteArray retryAfter;
    QString errorCode; ///< set when no request was sent: the credential's error code (e.g. "exec.not-allowed")

    bool ok() const { return status >= 200 && status < 300; }
    /// The API's own message (Status.message), or the network error, for people.
    QString message() const;
    /// A typed error for Result<T>: the verb, path and status.
    Error toError(const QByteArray& verb, const QString& path) const;
};

/// Talks to one API server as one user: TLS and authentication from a kubeconfig endpoint, client-side rate
/// limiting (QPS and burst, as client-go), retries on 429 and 5xx honouring Retry-After, and paginated lists.
/// Lives on the engine thread; callbacks run on that thread.
class KubeClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const KubeResponse&)>;

    explicit KubeClient(KubeEndpoint endpoint, QObject* parent = nullptr);
    ~KubeClient() override;

    const KubeEndpoint& endpoint() const { return m_endpoint; }

    void setRateLimit(double qps, int burst);
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// How often a failed request with 429/5xx is tried again (default 3).
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    /// Exec plugins run only when allowed (see ExecCredentialProvider); the provider is owned by the caller.
    void setExecCredentialProvider(ExecCredentialProvider* provider) { m_execProvider = provider; }

    void get(const QString& path, Callback done);
    void mergePatch(const QString& path, const QJsonObject& patch, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done);
    /// A generic request; `path` starts with "/" and may carry a query.
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& contentType,
              Callback done);

    /// Lists a collection across all pages (`limit` / `continue`); the callback gets every item and the list's
    /// resourceVersion, or the first error. `accept` replaces the Accept header (for example MetadataListAccept).
    void listAll(const QString& path, std::function<void(Result<std::pair<QJsonArray, QString>>)> done,
                 int pageSize = 500, const QByteArray& accept = {});

    /// Opens a streaming request (for watches); the caller owns the reply. Authentication is applied as for
    /// other requests; rate limiting too. `accept` replaces the Accept header (for example MetadataAccept).
    void openStream(const QString& path, std::function<void(QNetworkReply*)> opened,
                    std::function<void(const Error&)> failed, const QByteArray& accept = {});

    /// Accept headers that ask for metadata only (PartialObjectMetadata, as client-go's metadata informers do):
    /// no spec, no status, no data, so Secret values never leave the server. A server that can't answers JSON.
    static constexpr const char* MetadataAccept = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,"
                                                  "application/json";
    static constexpr const char* MetadataListAccept =
        "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";

    /// A lightweight liveness check (GET /version) with its own timeout and no retries.
    void probe(int timeoutMs, Callback done);

    /// Requests sent so far (for tests and the status bar).
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    /// Authentication needs the user: an exec plugin that is not allowed yet, or a token file that can't be read.
    void credentialsRequired(const QString& context, const QString& reason);

private:
    struct Pending
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QByteArray contentType;
        Callback done;
        int attempt = 0;
        bool stream = false;
        std::function<void(QNetworkReply*)> opened;
        int timeoutMs = 0; ///< 0: the client's request timeout
        bool retry = true;
        QByteArray accept; ///< empty: application/json
    };

    void enqueue(Pending pending);
    void pump();
    void dispatch(Pending pending, const QByteArray& bearer);
    void finished(QNetworkReply* reply, Pending pending);
    QNetworkReply* start(const Pending& pending, const QByteArray& bearer);
    void withBearer(std::function<void(Result<QByteArray>)> use);

    KubeEndpoint m_endpoint;
    QNetworkAccessManager* m_network = nullptr;
    ExecCredentialProvider* m_execProvider = nullptr;
    QTimer* m_pumpTimer = nullptr;
    QQueue<Pending> m_queue;
    double m_qps = 20.0;
    int m_burst = 40;
    double m_tokens = 40.0;
    QElapsedTimer m_tokenClock;
    int m_timeoutMs = 30000;
    int m_maxRetries = 3;
    int m_requestCount = 0;
};

} // namespace fleetdesk
