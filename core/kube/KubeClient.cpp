#include "KubeClient.h"

#include "kube/ExecCredentialProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace fleetdesk {

QString KubeResponse::message() const
{
    if (status == 0)
        return networkError;
    const QString apiMessage = json.value(QStringLiteral("message")).toString();
    if (!apiMessage.isEmpty())
        return apiMessage;
    return QCoreApplication::translate("KubeClient", "HTTP %1").arg(status);
}

Error KubeResponse::toError(const QByteArray& verb, const QString& path) const
{
    Error error;
    error.message = QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(verb), path, message());
    if (!errorCode.isEmpty())
        error.code = errorCode;
    else
        error.code = status == 0 ? QStringLiteral("kube.network") : QStringLiteral("kube.%1").arg(status);
    return error;
}

KubeClient::KubeClient(KubeEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &KubeClient::pump);
    m_tokenClock.start();
    if (!m_endpoint.cluster.proxyUrl.isEmpty()) {
        const QUrl proxyUrl(m_endpoint.cluster.proxyUrl);
        const auto type = proxyUrl.scheme().startsWith(QLatin1String("socks")) ? QNetworkProxy::Socks5Proxy
                                                                                : QNetworkProxy::HttpProxy;
        m_network->setProxy(QNetworkProxy(type, proxyUrl.host(), quint16(proxyUrl.port(type == QNetworkProxy::Socks5Proxy ? 1080 : 3128)),
                                          proxyUrl.userName(), proxyUrl.password()));
    } else {
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
}

KubeClient::~KubeClient() = default;

void KubeClient::setRateLimit(double qps, int burst)
{
    m_qps = qps > 0 ? qps : 1.0;
    m_burst = burst > 0 ? burst : 1;
    m_tokens = std::min(m_tokens, double(m_burst));
}

void KubeClient::get(const QString& path, Callback done)
{
    send("GET", path, {}, {}, std::move(done));
}

void KubeClient::mergePatch(const QString& path, const QJsonObject& patch, Callback done)
{
    send("PATCH", path, QJsonDocument(patch).toJson(QJsonDocument::Compact), "application/merge-patch+json",
         std::move(done));
}

void KubeClient::post(const QString& path, const QJsonObject& body, Callback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", std::move(done));
}

void KubeClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                      const QByteArray& contentType, Callback done)
{
    Pending pending;
    pending.verb = verb;
    pending.path = path;
    pending.body = body;
    pending.contentType = contentType;
    pending.done = std::move(done);
    enqueue(std::move(pending));
}

void KubeClient::probe(int timeoutMs, Callback done)
{
    Pending pending;
    pending.verb = "GET";
    pending.path = QStringLiteral("/version");
    pending.done = std::move(done);
    pending.timeoutMs = timeoutMs;
    pending.retry = false;
    enqueue(std::move(pending));
}

void KubeClient::openStream(const QString& path, std::function<void(QNetworkReply*)> opened,
                            std::function<void(const Error&)> failed, const QByteArray& accept)
{
    Pending pending;
    pending.verb = "GET";
    pending.path = path;
    pending.accept = accept;
    pending.stream = true;
    pending.opened = std::move(opened);
    pending.done = [failed = std::move(failed), path](const KubeResponse& response) {
        failed(response.toError("GET", path));
    };
    enqueue(std::move(pending));
}

void KubeClient::enqueue(Pending pending)
{
    m_queue.enqueue(std::move(pending));
    pump();
}

void KubeClient::pump()
{
    // Token bucket: QPS refill, burst capacity, as client-go's default limiter.
    const double elapsed = double(m_tokenClock.restart()) / 1000.0;
    m_tokens = std::min(double(m_burst), m_tokens + elapsed * m_qps);
    while (!m_queue.isEmpty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        Pending pending = m_queue.dequeue();
        withBearer([this, pending = std::move(pending)](Result<QByteArray> bearer) mutable {
            if (!bearer) {
                KubeResponse failure;
                failure.networkError = bearer.error().message;
                failure.errorCode = bearer.error().code;
                if (bearer.error().code == QLatin1String("exec.not-allowed"))
                    Q_EMIT credentialsRequired(m_endpoint.context.name, bearer.error().message);
                pending.done(failure);
                return;
            }
            dispatch(std::move(pending), *bearer);
        });
    }
    if (!m_queue.isEmpty() && !m_pumpTimer->isActive())
        m_pumpTimer->start(int(std::ceil((1.0 - m_tokens) / m_qps * 1000.0)));
}

void KubeClient::withBearer(std::function<void(Result<QByteArray>)> use)
{
    const KubeUser& user = m_endpoint.user;
    if (user.exec.isSet()) {
        if (!m_execProvider) {
            use(makeError(QCoreApplication::translate("KubeClient", "exec plugins are not enabled here"), {},
                          QStringLiteral("exec.not-allowed")));
            return;
        }
        m_execProvider->credential(m_endpoint, [use](Result<ExecCredential> credential) {
            if (!credential)
                use(std::unexpected(credential.error()));
            else
                use(credential->token);
        });
        return;
    }
    if (!user.tokenFile.isEmpty()) {
        // Read on every request: projected tokens rotate.
        QFile file(user.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            use(makeError(QCoreApplication::translate("KubeClient", "cannot read tokenFile: %1").arg(file.errorString()),
                          {user.tokenFile, 0, 0}, QStringLiteral("kube.token-file")));
            return;
        }
        use(file.readAll().trimmed());
        return;
    }
    use(user.token.toUtf8());
}

QNetworkReply* KubeClient::start(const Pending& pending, const QByteArray& bearer)
{
    QNetworkRequest request(QUrl(m_endpoint.cluster.server + pending.path));
    request.setRawHeader("Accept", pending.accept.isEmpty() ? QByteArray("application/json") : pending.accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("fleetdesk/%1").arg(QStringLiteral(FLEETDESK_VERSION)));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!pending.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending.contentType);
    if (!pending.stream)
        request.setTransferTimeout(pending.timeoutMs > 0 ? pending.timeoutMs : m_timeoutMs);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.cluster.certificateAuthorityData.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromData(m_endpoint.cluster.certificateAuthorityData, QSsl::Pem));
    if (m_endpoint.cluster.insecureSkipTlsVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_endpoint.user.clientCertificateData.isEmpty()) {
        const auto certs = QSslCertificate::fromData(m_endpoint.user.clientCertificateData, QSsl::Pem);
        if (!certs.isEmpty())
            ssl.setLocalCertificate(certs.constFirst());
        QSslKey key(m_endpoint.user.clientKeyData, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(m_endpoint.user.clientKeyData, QSsl::Rsa, QSsl::Pem);
        ssl.setPrivateKey(key);
    }
    request.setSslConfiguration(ssl);
    if (!m_endpoint.cluster.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_endpoint.cluster.tlsServerName);

    ++m_requestCount;
    return m_network->sendCustomRequest(request, pending.verb, pending.body);
}

void KubeClient::dispatch(Pending pending, const QByteArray& bearer)
{
    QNetworkReply* reply = start(pending, bearer);
    if (pending.stream) {
        // A stream is handed over once its headers arrive with 200; other answers finish as errors.
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, pending]() {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && pending.opened) {
                reply->disconnect();
                pending.opened(reply);
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending)]() mutable { finished(reply, std::move(pending)); });
}

void KubeClient::finished(QNetworkReply* reply, Pending pending)
{
    reply->deleteLater();
    KubeResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.retryAfter = reply->rawHeader("Retry-After");
    if (response.status == 0)
        response.networkError = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject())
        response.json = doc.object();

    const bool retryable = response.status == 429 || response.status == 500 || response.status == 502
        || response.status == 503 || response.status == 504;
    if (response.status == 401 && m_endpoint.user.exec.isSet() && m_execProvider && pending.attempt == 0) {
        m_execProvider->invalidate(m_endpoint);
        ++pending.attempt;
        enqueue(std::move(pending));
        return;
    }
    if (retryable && pending.retry && pending.attempt < m_maxRetries) {
        bool ok = false;
        int delayMs = int(response.retryAfter.toInt(&ok)) * 1000;
        if (!ok)
            delayMs = 200 * (1 << pending.attempt);
        delayMs = std::min(delayMs, 10000) + int(QRandomGenerator::global()->bounded(100));
        ++pending.attempt;
        QTimer::singleShot(delayMs, this, [this, pending = std::move(pending)]() mutable { enqueue(std::move(pending)); });
        return;
    }
    if (pending.done)
        pending.done(response);
}

void KubeClient::listAll(const QString& path, std::function<void(Result<std::pair<QJsonArray, QString>>)> done,
                         int pageSize, const QByteArray& accept)
{
    struct State
    {
        QJsonArray items;
        QString path;
        int pageSize;
        QByteArray accept;
        std::function<void(Result<std::pair<QJsonArray, QString>>)> done;
    };
    auto state = std::make_shared<State>(State{{}, path, pageSize, accept, std::move(done)});
    auto next = std::make_shared<std::function<void(const QString&)>>();
    *next = [this, state, next](const QString& continueToken) {
        QUrl url(QStringLiteral("http://x") + state->path);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("limit"), QString::number(state->pageSize));
        if (!continueToken.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), continueToken);
        url.setQuery(query);
        const QString pagePath = url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
        Pending page;
        page.verb = "GET";
        page.path = pagePath;
        page.accept = state->accept;
        page.done = [state, next, pagePath](const KubeResponse& response) {
            if (!response.ok()) {
                state->done(std::unexpected(response.toError("GET", pagePath)));
                *next = nullptr; // break the cycle
                return;
            }
            for (const QJsonValue& item : response.json.value(QStringLiteral("items")).toArray())
                state->items.append(item);
            const QJsonObject metadata = response.json.value(QStringLiteral("metadata")).toObject();
            const QString token = metadata.value(QStringLiteral("continue")).toString();
            if (!token.isEmpty()) {
                (*next)(token);
                return;
            }
            state->done(std::make_pair(state->items, metadata.value(QStringLiteral("resourceVersion")).toString()));
            *next = nullptr;
        };
        enqueue(std::move(page));
    };
    (*next)(QString());
}

} // namespace fleetdesk
