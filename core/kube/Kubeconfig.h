#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fleetdesk {

/// An exec credential plugin as a kubeconfig user declares it (client.authentication.k8s.io v1 or v1beta1).
struct ExecConfig
{
    QString apiVersion;
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode;

    bool isSet() const { return !command.isEmpty(); }
    /// Identity of the command for the allowlist: command, args and env, so that any change asks again.
    QByteArray fingerprint() const;
};

struct KubeCluster
{
    QString name;
    QString server;
    QByteArray certificateAuthorityData; ///< PEM, from the file or the inline data
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
};

struct KubeUser
{
    QString name;
    QByteArray clientCertificateData; ///< PEM
    QByteArray clientKeyData;         ///< PEM
    QString token;
    QString tokenFile; ///< read on every request: it may rotate
    ExecConfig exec;
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns;
};

/// One context resolved to its cluster and user: everything needed to talk to an API server.
struct KubeEndpoint
{
    KubeContext context;
    KubeCluster cluster;
    KubeUser user;
};

/// kubeconfig files, merged the way kubectl merges the KUBECONFIG list: the first file that defines a cluster, user
/// or context by name wins, and so does the first current-context. Relative paths are resolved against the file
/// that names them; file references (certificate-authority, client-certificate, client-key) are read at load.
class Kubeconfig
{
public:
    /// Loads `paths` in order. Files that don't exist are skipped, as kubectl does; a malformed file is an error
    /// that names it.
    static Result<Kubeconfig> load(const QStringList& paths);
    /// The KUBECONFIG list (split on ':'), or ~/.kube/config when it is unset or empty.
    static QStringList defaultPaths();
    static Result<Kubeconfig> fromYaml(const QByteArray& yaml, const QString& fileName, const QString& baseDir);

    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const;
    const std::vector<KubeContext>& contexts() const { return m_contexts; }
    std::optional<KubeEndpoint> endpoint(const QString& contextName) const;

private:
    void mergeFrom(const Kubeconfig& other);

    QString m_currentContext;
    std::vector<KubeCluster> m_clusters;
    std::vector<KubeUser> m_users;
    std::vector<KubeContext> m_contexts;
};

} // namespace fleetdesk
