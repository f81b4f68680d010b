#include "ExecCredentialProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace fleetdesk {

ExecCredentialProvider::ExecCredentialProvider(QString allowlistFile, QObject* parent)
    : QObject(parent)
    , m_file(std::move(allowlistFile))
{
    if (m_file.isEmpty())
        m_file = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/exec-allowlist.json");
    load();
}

void ExecCredentialProvider::load()
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("allowed")).toArray();
    for (const QJsonValue& v : list)
        m_allowed.insert(v.toObject().value(QStringLiteral("fingerprint")).toString().toLatin1());
}

void ExecCredentialProvider::save() const
{
    QJsonArray list;
    for (const QByteArray& fingerprint : m_allowed)
        list.append(QJsonObject{{QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)}});
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("allowed"), list}}).toJson());
    file.commit();
}

bool ExecCredentialProvider::isAllowed(const ExecConfig& exec) const
{
    return m_allowed.contains(exec.fingerprint());
}

void ExecCredentialProvider::allow(const ExecConfig& exec)
{
    m_allowed.insert(exec.fingerprint());
    save();
}

void ExecCredentialProvider::revoke(const ExecConfig& exec)
{
    m_allowed.remove(exec.fingerprint());
    save();
}

QString ExecCredentialProvider::cacheKey(const KubeEndpoint& endpoint)
{
    return endpoint.cluster.server + QLatin1Char('|') + endpoint.user.name + QLatin1Char('|')
        + QString::fromLatin1(endpoint.user.exec.fingerprint());
}

void ExecCredentialProvider::invalidate(const KubeEndpoint& endpoint)
{
    m_cache.remove(cacheKey(endpoint));
}

Result<ExecCredential> ExecCredentialProvider::parseOutput(const QByteArray& stdoutData, const QString& command)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutData, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QCoreApplication::translate("ExecCredentialProvider",
                                                     "exec plugin %1 did not print an ExecCredential: %2")
                             .arg(command, error.errorString()),
                         {}, QStringLiteral("exec.output"));
    const QJsonObject status = doc.object().value(QStringLiteral("status")).toObject();
    ExecCredential credential;
    credential.token = status.value(QStringLiteral("token")).toString().toUtf8();
    credential.clientCertificateData = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    credential.clientKeyData = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    const QString expiration = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiration.isEmpty())
        credential.expiration = QDateTime::fromString(expiration, Qt::ISODate);
    if (credential.token.isEmpty() && credential.clientCertificateData.isEmpty())
        return makeError(QCoreApplication::translate("ExecCredentialProvider",
                                                     "exec plugin %1 returned neither a token nor a client certificate")
                             .arg(command),
                         {}, QStringLiteral("exec.output"));
    return credential;
}

void ExecCredentialProvider::credential(const KubeEndpoint& endpoint,
                                        std::function<void(Result<ExecCredential>)> done)
{
    const ExecConfig& exec = endpoint.user.exec;
    const QString key = cacheKey(endpoint);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        // Refresh a little before expiry, as client-go does.
        if (!it->expiration.isValid() || it->expiration > QDateTime::currentDateTimeUtc().addSecs(10)) {
            done(*it);
            return;
        }
    }
    if (!isAllowed(exec)) {
        done(makeError(QCoreApplication::translate("ExecCredentialProvider",
                                                   "the kubeconfig of context '%1' wants to run '%2 %3' to get a "
                                                   "token; allow it first")
                           .arg(endpoint.context.name, exec.command, exec.args.join(QLatin1Char(' '))),
                       {}, QStringLiteral("exec.not-allowed")));
        return;
    }

    auto* process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : exec.env)
        env.insert(name, value);
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        spec.insert(QStringLiteral("cluster"),
                    QJsonObject{{QStringLiteral("server"), endpoint.cluster.server},
                                {QStringLiteral("tls-server-name"), endpoint.cluster.tlsServerName},
                                {QStringLiteral("insecure-skip-tls-verify"), endpoint.cluster.insecureSkipTlsVerify},
                                {QStringLiteral("certificate-authority-data"),
                                 QString::fromLatin1(endpoint.cluster.certificateAuthorityData.toBase64())}});
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), exec.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    ++m_runs;

    auto timeout = new QTimer(process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, process, [process]() { process->kill(); });

    connect(process, &QProcess::errorOccurred, this, [process, exec, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        QString message = QCoreApplication::translate("ExecCredentialProvider", "cannot run exec plugin %1: %2")
                              .arg(exec.command, process->errorString());
        if (!exec.installHint.isEmpty())
            message += QLatin1Char('\n') + exec.installHint;
        process->deleteLater();
        done(makeError(message, {}, QStringLiteral("exec.start")));
    });
    connect(process, &QProcess::finished, this,
            [this, process, exec, key, done](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString stderrText = QString::fromUtf8(process->readAllStandardError()).trimmed();
                    done(makeError(QCoreApplication::translate("ExecCredentialProvider",
                                                               "exec plugin %1 failed (exit %2): %3")
                                       .arg(exec.command)
                                       .arg(exitCode)
                                       .arg(stderrText.left(500)),
                                   {}, QStringLiteral("exec.failed")));
                    return;
                }
                auto credential = parseOutput(process->readAllStandardOutput(), exec.command);
                if (credential)
                    m_cache.insert(key, *credential);
                done(credential);
            });
    timeout->start(30000);
    process->start(exec.command, exec.args);
}

} // namespace fleetdesk
