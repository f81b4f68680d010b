#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The local control plane that ctest's `testenv` fixture started (tests/testenv): real etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler, Flux source- and kustomize-controller and a smart-HTTP Git server.
// Tests get it from FLEETDESK_TESTENV_RUN_DIR, which the fixture sets; fromEnvironment() reads
// <run>/testenv.env, which `testenv up` writes.
class ControlPlane
{
public:
    struct Result
    {
        int exitCode = -1;
        QString output; // stdout
        QString errors; // stderr
    };

    // The running control plane, or std::nullopt with `whyNot` set (QSKIP with it).
    static std::optional<ControlPlane> fromEnvironment(QString* whyNot = nullptr);

    QString runDir() const { return value(QStringLiteral("FLEETDESK_TESTENV_RUN_DIR")); }
    QString adminKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_ADMIN")); }
    QString tenantDevKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_TENANT_DEV")); }
    QString execUserKubeconfig() const { return value(QStringLiteral("FLEETDESK_TESTENV_KUBECONFIG_EXEC_USER")); }
    QString tenantNamespace() const { return value(QStringLiteral("FLEETDESK_TESTENV_TENANT_NAMESPACE")); }
    QString apiServer() const { return value(QStringLiteral("FLEETDESK_TESTENV_API_SERVER")); }
    QString caFile() const { return value(QStringLiteral("FLEETDESK_TESTENV_CA_FILE")); }
    // Base URL of the Git server: repositories are <gitUrl>/<name>.git; a push creates a missing one.
    QString gitUrl() const { return value(QStringLiteral("FLEETDESK_TESTENV_GIT_URL")); }
    // Folder with kubectl, sops, kustomize and the other binaries of this environment.
    QString binDir() const { return value(QStringLiteral("FLEETDESK_TESTENV_BIN")); }

    QString value(const QString& key) const;

    // Runs the environment's kubectl with the admin kubeconfig unless `kubeconfig` is given.
    Result kubectl(const QStringList& arguments, const QString& kubeconfig = {}, int timeoutMs = 60000) const;

private:
    QStringList m_keys;
    QStringList m_values;
};
