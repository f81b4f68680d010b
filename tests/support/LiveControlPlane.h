#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace fleetdesk {
class KubeClient;
}

namespace fleetdesk::test {

/// The local control plane of tests/testenv that the e2e fixture started: its environment (`testenv env`), and
/// kubectl and git for setting up objects and asserting on what the API server holds.
class LiveControlPlane
{
public:
    LiveControlPlane();

    /// False when FLEETDESK_TESTENV_RUN_DIR is unset or `testenv env` fails; errorString() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString value(const QString& name) const { return m_env.value(name); }
    QString adminKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_ADMIN")); }
    QString tenantKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_TENANT_DEV")); }
    QString execUserKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_EXEC_USER")); }
    QString tenantNamespace() const { return value(QStringLiteral("FLEETDESK_TESTENV_TENANT_NAMESPACE")); }
    QString gitUrl() const { return value(QStringLiteral("FLEETDESK_TESTENV_GIT_URL")); }

    /// Runs kubectl as admin; returns stdout, or an empty string with `ok` false on failure.
    QString kubectl(const QStringList& arguments, bool* ok = nullptr, const QByteArray& input = {}) const;
    /// Applies YAML as admin.
    bool apply(const QByteArray& yaml) const;
    /// A jsonpath field of an object, as admin.
    QString field(const QString& ns, const QString& object, const QString& jsonPath) const;

    /// Creates a Git repository `name` with deploy/{kustomization,configmap,deployment}.yaml (2 replicas) in
    /// `workDir` and pushes it to the control plane's Git server; returns the HEAD commit.
    QString createRepository(const QString& workDir, const QString& name) const;
    /// Commits every change in the work tree and pushes; returns the new HEAD.
    QString commitAndPush(const QString& workDir, const QString& name, const QString& message) const;
    /// A namespace with a GitRepository and a Kustomization `name` for ./deploy (interval 1h).
    bool createSync(const QString& ns, const QString& name) const;
    /// Waits (processing events) until Kustomization `ns/name` is Ready with `commit` applied; false on timeout.
    bool waitApplied(const QString& ns, const QString& name, const QString& commit, int timeoutMs = 120000) const;
    /// A unique suffix for object names, so that tests can run again against the same control plane.
    static QString uniqueSuffix();
    /// A client for the current context of a kubeconfig (one of the above), or nullptr when it can't be read.
    static std::unique_ptr<KubeClient> clientFor(const QString& kubeconfig);

private:
    QString git(const QString& workDir, const QStringList& arguments, bool* ok = nullptr) const;

    QHash<QString, QString> m_env;
    QString m_error;
};

} // namespace fleetdesk::test
