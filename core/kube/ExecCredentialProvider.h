#pragma once

#include "common/Error.h"
#include "kube/Kubeconfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace fleetdesk {

struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificateData;
    QByteArray clientKeyData;
    QDateTime expiration; ///< invalid when the plugin gave none: valid until a 401
};

/// Runs kubeconfig exec credential plugins (client.authentication.k8s.io v1 and v1beta1), caches what they return
/// until it expires, and refuses to run a command the user has not allowed: a kubeconfig from someone else must
/// not run code silently. The allowlist is stored in a file, by command fingerprint, so a changed command, argument
/// or environment asks again.
class ExecCredentialProvider : public QObject
{
    Q_OBJECT

public:
    /// `allowlistFile` is a JSON file (created on first allow); empty means the default under the user's config.
    explicit ExecCredentialProvider(QString allowlistFile = {}, QObject* parent = nullptr);

    bool isAllowed(const ExecConfig& exec) const;
    void allow(const ExecConfig& exec);
    void revoke(const ExecConfig& exec);

    /// Gets a credential for the endpoint's user: from the cache while it is valid, otherwise by running the
    /// plugin asynchronously. Fails with code "exec.not-allowed" when the command is not allowed yet, and with
    /// the plugin's install hint when it can't be started.
    void credential(const KubeEndpoint& endpoint, std::function<void(Result<ExecCredential>)> done);
    /// Forgets the cached credential of a user (after a 401).
    void invalidate(const KubeEndpoint& endpoint);

    /// How many times a plugin process was started (for tests).
    int runs() const { return m_runs; }

    static Result<ExecCredential> parseOutput(const QByteArray& stdoutData, const QString& command);

private:
    void load();
    void save() const;
    static QString cacheKey(const KubeEndpoint& endpoint);

    QString m_file;
    QSet<QByteArray> m_allowed;
    QHash<QString, ExecCredential> m_cache;
    int m_runs = 0;
};

} // namespace fleetdesk
