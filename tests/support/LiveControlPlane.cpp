#include "LiveControlPlane.h"

#include "TestData.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace fleetdesk::test {

LiveControlPlane::LiveControlPlane()
{
    const QString runDir = qEnvironmentVariable("FLEETDESK_TESTENV_RUN_DIR");
    if (runDir.isEmpty()) {
        m_error = QStringLiteral("FLEETDESK_TESTENV_RUN_DIR is not set (run through ctest's testenv fixture)");
        return;
    }
    // `testenv env` prints the environment as export lines; the script is in the source tree beside tests/data.
    QProcess process;
    process.start(QStringLiteral("bash"), {dataPath(QStringLiteral("../testenv/testenv")), QStringLiteral("env"),
                                           QStringLiteral("--run-dir"), runDir});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        m_error = QStringLiteral("testenv env failed: ") + QString::fromUtf8(process.readAllStandardError());
        return;
    }
    static const QRegularExpression line(QStringLiteral("^export ([A-Z_]+)='?([^']*)'?$"));
    for (const QString& text : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = line.match(text);
        if (match.hasMatch())
            m_env.insert(match.captured(1), match.captured(2));
    }
    if (adminKubeconfig().isEmpty())
        m_error = QStringLiteral("testenv env printed no admin kubeconfig");
}

QString LiveControlPlane::kubectl(const QStringList& arguments, bool* ok, const QByteArray& input) const
{
    QProcess process;
    process.start(value(QStringLiteral("FLEETDESK_TESTENV_BIN")) + QStringLiteral("/kubectl"),
                  QStringList{QStringLiteral("--kubeconfig"), adminKubeconfig()} + arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    if (!success) {
        qWarning("kubectl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool LiveControlPlane::apply(const QByteArray& yaml) const
{
    bool ok = false;
    kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &ok, yaml);
    return ok;
}

QString LiveControlPlane::field(const QString& ns, const QString& object, const QString& jsonPath) const
{
    return kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), object,
                    QStringLiteral("-o"), QStringLiteral("jsonpath={%1}").arg(jsonPath)});
}

QString LiveControlPlane::git(const QString& workDir, const QStringList& arguments, bool* ok) const
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=fleetdesk e2e"),
                                                     QStringLiteral("-c"),
                                                     QStringLiteral("user.email=e2e@fleetdesk.invalid")}
                                             + arguments);
    const bool success = process.waitForFinished(60000) && process.exitCode() == 0;
    if (ok)
        *ok = success;
    if (!success)
        qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString LiveControlPlane::createRepository(const QString& workDir, const QString& name) const
{
    QDir().mkpath(workDir + QStringLiteral("/deploy"));
    writeFile(workDir + QStringLiteral("/deploy/kustomization.yaml"),
              "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
              "- configmap.yaml\n- deployment.yaml\n");
    writeFile(workDir + QStringLiteral("/deploy/configmap.yaml"),
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  greeting: hello\n");
    writeFile(workDir + QStringLiteral("/deploy/deployment.yaml"),
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n"
              "  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n"
              "        app: web\n    spec:\n      containers:\n      - name: web\n"
              "        image: ghcr.io/stefanprodan/podinfo:6.7.1\n");
    bool ok = false;
    git(workDir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, &ok);
    if (!ok)
        return {};
    return commitAndPush(workDir, name, QStringLiteral("Initial workload"));
}

QString LiveControlPlane::commitAndPush(const QString& workDir, const QString& name, const QString& message) const
{
    bool ok = false;
    git(workDir, {QStringLiteral("add"), QStringLiteral("-A")}, &ok);
    if (ok)
        git(workDir, {QStringLiteral("commit"), QStringLiteral("-qm"), message}, &ok);
    if (ok)
        git(workDir, {QStringLiteral("push"), QStringLiteral("-q"), gitUrl() + QLatin1Char('/') + name + QStringLiteral(".git"),
                      QStringLiteral("+main:main")},
            &ok);
    return ok ? git(workDir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}) : QString();
}

bool LiveControlPlane::waitApplied(const QString& ns, const QString& name, const QString& commit, int timeoutMs) const
{
    const QString object = QStringLiteral("kustomization/") + name;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (field(ns, object, QStringLiteral(".status.lastAppliedRevision")) == QStringLiteral("main@sha1:") + commit
            && field(ns, object, QStringLiteral(".status.conditions[?(@.type==\"Ready\")].status"))
                   == QLatin1String("True"))
            return true;
        QTest::qWait(500);
    }
    return false;
}

bool LiveControlPlane::createSync(const QString& ns, const QString& name) const
{
    const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Namespace
metadata:
  name: %1
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: %2
  namespace: %1
spec:
  interval: 1h
  ref:
    branch: main
  url: %3/%2.git
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: %2
  namespace: %1
spec:
  interval: 1h
  path: ./deploy
  prune: true
  targetNamespace: %1
  sourceRef:
    kind: GitRepository
    name: %2
)")
                             .arg(ns, name, gitUrl());
    return apply(yaml.toUtf8());
}

QString LiveControlPlane::uniqueSuffix()
{
    return QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
}

std::unique_ptr<KubeClient> LiveControlPlane::clientFor(const QString& kubeconfig)
{
    auto config = Kubeconfig::load({kubeconfig});
    if (!config)
        return nullptr;
    auto endpoint = config->endpoint(config->currentContext());
    if (!endpoint)
        return nullptr;
    return std::make_unique<KubeClient>(*endpoint);
}

} // namespace fleetdesk::test
