#include "Kubeconfig.h"

#include "manifest/YamlAccess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fleetdesk {

QByteArray ExecConfig::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(command.toUtf8());
    for (const QString& arg : args) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(arg.toUtf8());
    }
    for (const auto& [name, value] : env) {
        hash.addData(QByteArrayView("\1", 1));
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("=", 1));
        hash.addData(value.toUtf8());
    }
    return hash.result().toHex();
}

namespace {

QString resolvePath(const QString& baseDir, const QString& path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return QDir(baseDir).filePath(path);
}

/// Inline base64 data wins over a file, as in client-go.
Result<QByteArray> dataOrFile(const YAML::Node& map, const char* dataKey, const char* fileKey, const QString& baseDir,
                              const QString& fileName, const YAML::Node& where)
{
    const QString inlineData = yaml::scalar(map, dataKey);
    if (!inlineData.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(inlineData.toLatin1());
        if (!decoded)
            return makeError(QCoreApplication::translate("Kubeconfig", "%1 is not valid base64").arg(QLatin1String(dataKey)),
                             {fileName, where.Mark().line + 1, where.Mark().column + 1}, QStringLiteral("kubeconfig.data"));
        return *decoded;
    }
    const QString file = yaml::scalar(map, fileKey);
    if (file.isEmpty())
        return QByteArray();
    QFile f(resolvePath(baseDir, file));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Kubeconfig", "cannot read %1 '%2': %3")
                             .arg(QLatin1String(fileKey), f.fileName(), f.errorString()),
                         {fileName, where.Mark().line + 1, where.Mark().column + 1}, QStringLiteral("kubeconfig.file"));
    return f.readAll();
}

template<typename T>
void mergeByName(std::vector<T>& into, const std::vector<T>& from)
{
    for (const T& item : from) {
        const bool known = std::any_of(into.begin(), into.end(), [&item](const T& i) { return i.name == item.name; });
        if (!known)
            into.push_back(item);
    }
}

} // namespace

QStringList Kubeconfig::defaultPaths()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

Result<Kubeconfig> Kubeconfig::load(const QStringList& paths)
{
    Kubeconfig merged;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QCoreApplication::translate("Kubeconfig", "cannot read kubeconfig: %1").arg(file.errorString()),
                             {path, 0, 0}, QStringLiteral("kubeconfig.io"));
        auto one = fromYaml(file.readAll(), path, QFileInfo(path).absolutePath());
        if (!one)
            return std::unexpected(one.error());
        merged.mergeFrom(*one);
    }
    return merged;
}

void Kubeconfig::mergeFrom(const Kubeconfig& other)
{
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    mergeByName(m_clusters, other.m_clusters);
    mergeByName(m_users, other.m_users);
    mergeByName(m_contexts, other.m_contexts);
}

Result<Kubeconfig> Kubeconfig::fromYaml(const QByteArray& yamlText, const QString& fileName, const QString& baseDir)
{
    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(QCoreApplication::translate("Kubeconfig", "YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
                         {fileName, e.mark.line + 1, e.mark.column + 1}, QStringLiteral("kubeconfig.yaml"));
    }
    Kubeconfig config;
    if (root.IsNull())
        return config;
    if (!root.IsMap())
        return makeError(QCoreApplication::translate("Kubeconfig", "a kubeconfig must be a mapping"), {fileName, 1, 1},
                         QStringLiteral("kubeconfig.shape"));
    config.m_currentContext = yaml::scalar(root, "current-context");

    const YAML::Node clusters = yaml::child(root, "clusters");
    if (clusters.IsSequence()) {
        for (const YAML::Node& entry : clusters) {
            const YAML::Node c = yaml::child(entry, "cluster");
            KubeCluster cluster;
            cluster.name = yaml::scalar(entry, "name");
            cluster.server = yaml::scalar(c, "server");
            cluster.insecureSkipTlsVerify = yaml::boolAt(c, {"insecure-skip-tls-verify"}).value_or(false);
            cluster.tlsServerName = yaml::scalar(c, "tls-server-name");
            cluster.proxyUrl = yaml::scalar(c, "proxy-url");
            auto ca = dataOrFile(c, "certificate-authority-data", "certificate-authority", baseDir, fileName, entry);
            if (!ca)
                return std::unexpected(ca.error());
            cluster.certificateAuthorityData = *ca;
            if (cluster.name.isEmpty() || cluster.server.isEmpty())
                return makeError(QCoreApplication::translate("Kubeconfig", "a cluster needs a name and a server"),
                                 {fileName, entry.Mark().line + 1, entry.Mark().column + 1},
                                 QStringLiteral("kubeconfig.cluster"));
            config.m_clusters.push_back(std::move(cluster));
        }
    }

    const YAML::Node users = yaml::child(root, "users");
    if (users.IsSequence()) {
        for (const YAML::Node& entry : users) {
            const YAML::Node u = yaml::child(entry, "user");
            KubeUser user;
            user.name = yaml::scalar(entry, "name");
            user.token = yaml::scalar(u, "token");
            user.tokenFile = resolvePath(baseDir, yaml::scalar(u, "tokenFile"));
            auto cert = dataOrFile(u, "client-certificate-data", "client-certificate", baseDir, fileName, entry);
            if (!cert)
                return std::unexpected(cert.error());
            auto key = dataOrFile(u, "client-key-data", "client-key", baseDir, fileName, entry);
            if (!key)
                return std::unexpected(key.error());
            user.clientCertificateData = *cert;
            user.clientKeyData = *key;
            const YAML::Node exec = yaml::child(u, "exec");
            if (exec.IsMap()) {
                user.exec.apiVersion = yaml::scalar(exec, "apiVersion");
                user.exec.command = resolvePath(baseDir, yaml::scalar(exec, "command"));
                // A bare command name is looked up on PATH, not next to the kubeconfig.
                if (!yaml::scalar(exec, "command").contains(QLatin1Char('/')))
                    user.exec.command = yaml::scalar(exec, "command");
                user.exec.args = yaml::stringList(yaml::child(exec, "args"));
                const YAML::Node env = yaml::child(exec, "env");
                if (env.IsSequence()) {
                    for (const YAML::Node& e : env)
                        user.exec.env.append({yaml::scalar(e, "name"), yaml::scalar(e, "value")});
                }
                user.exec.installHint = yaml::scalar(exec, "installHint");
                user.exec.provideClusterInfo = yaml::boolAt(exec, {"provideClusterInfo"}).value_or(false);
                user.exec.interactiveMode = yaml::scalar(exec, "interactiveMode");
                const QString v = user.exec.apiVersion;
                if (v != QLatin1String("client.authentication.k8s.io/v1")
                    && v != QLatin1String("client.authentication.k8s.io/v1beta1"))
                    return makeError(QCoreApplication::translate("Kubeconfig",
                                                                 "exec plugin of user '%1': unsupported apiVersion '%2' "
                                                                 "(client.authentication.k8s.io/v1 or v1beta1)")
                                         .arg(user.name, v),
                                     {fileName, exec.Mark().line + 1, exec.Mark().column + 1},
                                     QStringLiteral("kubeconfig.exec"));
            }
            config.m_users.push_back(std::move(user));
        }
    }

    const YAML::Node contexts = yaml::child(root, "contexts");
    if (contexts.IsSequence()) {
        for (const YAML::Node& entry : contexts) {
            const YAML::Node c = yaml::child(entry, "context");
            KubeContext context;
            context.name = yaml::scalar(entry, "name");
            context.cluster = yaml::scalar(c, "cluster");
            context.user = yaml::scalar(c, "user");
            context.ns = yaml::scalar(c, "namespace");
            config.m_contexts.push_back(std::move(context));
        }
    }
    return config;
}

QStringList Kubeconfig::contextNames() const
{
    QStringList names;
    for (const KubeContext& c : m_contexts)
        names.append(c.name);
    return names;
}

std::optional<KubeEndpoint> Kubeconfig::endpoint(const QString& contextName) const
{
    const auto context = std::find_if(m_contexts.begin(), m_contexts.end(),
                                      [&contextName](const KubeContext& c) { return c.name == contextName; });
    if (context == m_contexts.end())
        return std::nullopt;
    const auto cluster = std::find_if(m_clusters.begin(), m_clusters.end(),
                                      [&context](const KubeCluster& c) { return c.name == context->cluster; });
    if (cluster == m_clusters.end())
        return std::nullopt;
    KubeEndpoint endpoint;
    endpoint.context = *context;
    endpoint.cluster = *cluster;
    const auto user = std::find_if(m_users.begin(), m_users.end(),
                                   [&context](const KubeUser& u) { return u.name == context->user; });
    if (user != m_users.end())
        endpoint.user = *user;
    return endpoint;
}

} // namespace fleetdesk
