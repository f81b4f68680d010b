// Drift against the real local control plane (tests/testenv): kubectl scale and edit, suspend and resume, uncommitted
// edits, objects removed from Git, SOPS Secrets, fields another manager owns, `fleetdesk diff` and agreement with
// `flux diff kustomization`. Every case syncs its own repository into its own namespace through the real
// source- and kustomize-controller.

#include "LiveControlPlane.h"
#include "drift/DriftCalculator.h"
#include "drift/DriftMonitor.h"
#include "drift/DriftReportFormat.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "sops/AgeIdentity.h"
#include "sops/SopsFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace fleetdesk;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const ObjectDrift* objectOf(const KustomizationDrift& drift, const QString& kind, const QString& name)
{
    for (const ObjectDrift& object : drift.objects) {
        if (object.id.kind == kind && object.id.name == name)
            return &object;
    }
    return nullptr;
}

QStringList paths(const ObjectDrift& object)
{
    QStringList result;
    for (const FieldDrift& field : object.fields)
        result.append(field.path);
    return result;
}

/// Objects with Create, Change or Prune, as "Kind/name".
QSet<QString> drifted(const KustomizationDrift& drift)
{
    QSet<QString> result;
    for (const ObjectDrift& object : drift.objects) {
        if (object.kind == DriftKind::Create || object.kind == DriftKind::Change || object.kind == DriftKind::Prune)
            result.insert(object.id.kind + u'/' + object.id.name);
    }
    return result;
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private:
    test::LiveControlPlane m_plane;
    std::unique_ptr<KubeClient> m_client;
    QTemporaryDir m_work;

    /// A repository synced into its own namespace, Ready at its first commit.
    struct Workload
    {
        QString ns;
        QString name;
        QString dir;
        QString head;
    };

    std::optional<Workload> readyWorkload(const QString& prefix,
                                          const std::function<void(const QString& dir)>& customise = {},
                                          const QString& decryptionSecret = {})
    {
        Workload w;
        w.name = prefix + QStringLiteral("-") + test::LiveControlPlane::uniqueSuffix();
        w.ns = w.name;
        w.dir = m_work.filePath(w.name);
        w.head = m_plane.createRepository(w.dir, w.name);
        if (w.head.isEmpty())
            return std::nullopt;
        if (customise) {
            customise(w.dir);
            w.head = m_plane.commitAndPush(w.dir, w.name, QStringLiteral("Customise"));
        }
        if (!decryptionSecret.isEmpty()) {
            m_plane.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), w.ns});
            bool ok = false;
            m_plane.kubectl({QStringLiteral("-n"), w.ns, QStringLiteral("create"), QStringLiteral("secret"),
                             QStringLiteral("generic"), QStringLiteral("sops-age"),
                             QStringLiteral("--from-file=identity.agekey=") + decryptionSecret},
                            &ok);
            if (!ok)
                return std::nullopt;
        }
        if (!m_plane.createSync(w.ns, w.name))
            return std::nullopt;
        if (!decryptionSecret.isEmpty()) {
            bool ok = false;
            m_plane.kubectl({QStringLiteral("-n"), w.ns, QStringLiteral("patch"), QStringLiteral("kustomization"), w.name,
                             QStringLiteral("--type=merge"), QStringLiteral("-p"),
                             QStringLiteral(R"({"spec":{"decryption":{"provider":"sops","secretRef":{"name":"sops-age"}}}})")},
                            &ok);
            if (!ok)
                return std::nullopt;
        }
        if (!m_plane.waitApplied(w.ns, w.name, w.head))
            return std::nullopt;
        return w;
    }

    KustomizationDriftPtr compute(const Workload& w, bool workingTree = false, DriftCalculator* calculator = nullptr)
    {
        std::optional<KubeResponse> ks;
        m_client->get(QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/%1/kustomizations/%2").arg(w.ns, w.name),
                      [&ks](const KubeResponse& r) { ks = r; });
        QDeadlineTimer deadline(30000);
        while (!ks && !deadline.hasExpired())
            QTest::qWait(20);
        if (!ks || !ks->ok())
            return nullptr;
        DriftCalculator own(m_client.get());
        DriftCalculator* calc = calculator ? calculator : &own;
        DriftRequest request;
        request.cluster = QStringLiteral("testenv");
        request.kustomization = ks->json;
        request.repositoryRoot = w.dir;
        request.workingTree = workingTree;
        KustomizationDriftPtr result;
        calc->compute(request, [&result](KustomizationDriftPtr r) { result = std::move(r); });
        QDeadlineTimer computed(60000);
        while (!result && !computed.hasExpired())
            QTest::qWait(20);
        return result;
    }

    /// kubectl edit with a scripted editor (EDITOR=sed), as a user at a terminal would.
    bool kubectlEdit(const QString& ns, const QString& object, const QString& sedExpression)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBE_EDITOR"), QStringLiteral("sed -i -e '%1'").arg(sedExpression));
        process.setProcessEnvironment(env);
        process.start(m_plane.value(QStringLiteral("FLEETDESK_TESTENV_BIN")) + QStringLiteral("/kubectl"),
                      {QStringLiteral("--kubeconfig"), m_plane.adminKubeconfig(), QStringLiteral("-n"), ns,
                       QStringLiteral("edit"), object});
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

    /// The managers the API server recorded on an object.
    QStringList managersOf(const QString& ns, const QString& object)
    {
        const QJsonObject live = QJsonDocument::fromJson(
            m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), object, QStringLiteral("-o"),
                             QStringLiteral("json"), QStringLiteral("--show-managed-fields")}).toUtf8()).object();
        QStringList managers;
        for (const QJsonValue& entry : live.value("metadata").toObject().value("managedFields").toArray())
            managers.append(entry.toObject().value("manager").toString());
        return managers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
        QVERIFY(m_work.isValid());
        m_client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(m_client);
    }

    void aSyncedKustomizationHasNoDrift()
    {
        const auto w = readyWorkload(QStringLiteral("drift-clean"));
        QVERIFY(w);
        const auto drift = compute(*w);
        QVERIFY(drift);
        QVERIFY2(drift->error.isEmpty(), qPrintable(drift->error));
        QCOMPARE(drift->revision, w->head);
        QCOMPARE(drift->objects.size(), size_t(2));
        for (const ObjectDrift& object : drift->objects)
            QVERIFY2(object.kind == DriftKind::InSync, qPrintable(DriftReportFormat::toText(*drift, true)));
        QCOMPARE(drift->driftCount(), 0);
    }

    void kubectlScaleAndEditAreDriftOnExactlyThoseFieldsNamingTheirManagers()
    {
        const auto w = readyWorkload(QStringLiteral("drift-kubectl"));
        QVERIFY(w);
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=5")}).isEmpty());
        QVERIFY(kubectlEdit(w->ns, QStringLiteral("deployment/web"), QStringLiteral("s#podinfo:6.7.1#podinfo:6.7.2#")));
        const QStringList managers = managersOf(w->ns, QStringLiteral("deployment/web"));

        const auto drift = compute(*w);
        QVERIFY(drift);
        const ObjectDrift* deployment = objectOf(*drift, QStringLiteral("Deployment"), QStringLiteral("web"));
        QVERIFY(deployment);
        QCOMPARE(deployment->kind, DriftKind::Change);
        QCOMPARE(paths(*deployment),
                 QStringList({QStringLiteral(".spec.replicas"), QStringLiteral(".spec.template.spec.containers[name=web].image")}));
        const FieldDrift& replicas = deployment->fields.at(0);
        QCOMPARE(replicas.live.toInt(), 5);
        QCOMPARE(replicas.desired.toInt(), 2);
        const FieldDrift& image = deployment->fields.at(1);
        QCOMPARE(image.live.toString(), QStringLiteral("ghcr.io/stefanprodan/podinfo:6.7.2"));
        QCOMPARE(image.desired.toString(), QStringLiteral("ghcr.io/stefanprodan/podinfo:6.7.1"));
        // The managers are kubectl's, as the API server recorded them (not kustomize-controller's).
        for (const FieldDrift* field : {&replicas, &image}) {
            QVERIFY2(field->manager.startsWith(QLatin1String("kubectl")), qPrintable(field->manager));
            QVERIFY(managers.contains(field->manager));
            QCOMPARE(field->operation, QStringLiteral("Update"));
            QVERIFY(!field->defaulted);
        }
        qInfo("kubectl scale recorded as %s, kubectl edit as %s", qPrintable(replicas.manager), qPrintable(image.manager));
        QCOMPARE(objectOf(*drift, QStringLiteral("ConfigMap"), QStringLiteral("web-config"))->kind, DriftKind::InSync);
        QCOMPARE(drift->driftCount(), 1);
    }

    void aSuspendedKustomizationKeepsTheDriftAndResumeClearsIt()
    {
        const auto w = readyWorkload(QStringLiteral("drift-suspend"));
        QVERIFY(w);
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("kustomization"),
                                  w->name, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"spec":{"suspend":true}})")}).isEmpty());
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=4")}).isEmpty());
        // A reconcile request while suspended changes nothing.
        m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("annotate"), QStringLiteral("--overwrite"),
                         QStringLiteral("kustomization/") + w->name,
                         QStringLiteral("reconcile.fluxcd.io/requestedAt=suspended-%1").arg(QDateTime::currentMSecsSinceEpoch())});
        QTest::qWait(3000);
        auto drift = compute(*w);
        QVERIFY(drift);
        QCOMPARE(drifted(*drift), QSet<QString>({QStringLiteral("Deployment/web")}));
        QCOMPARE(m_plane.field(w->ns, QStringLiteral("deployment/web"), QStringLiteral(".spec.replicas")), QStringLiteral("4"));

        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("kustomization"),
                                  w->name, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"spec":{"suspend":false}})")}).isEmpty());
        m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("annotate"), QStringLiteral("--overwrite"),
                         QStringLiteral("kustomization/") + w->name,
                         QStringLiteral("reconcile.fluxcd.io/requestedAt=resumed-%1").arg(QDateTime::currentMSecsSinceEpoch())});
        QTRY_COMPARE_WITH_TIMEOUT(m_plane.field(w->ns, QStringLiteral("deployment/web"), QStringLiteral(".spec.replicas")),
                                  QStringLiteral("2"), 90000);
        drift = compute(*w);
        QVERIFY(drift);
        QCOMPARE(drift->driftCount(), 0);
    }

    void anUncommittedEditIsAPendingChangeAndARemovedObjectWouldBePruned()
    {
        const auto w = readyWorkload(QStringLiteral("drift-worktree"));
        QVERIFY(w);
        QByteArray deployment = readFile(w->dir + QStringLiteral("/deploy/deployment.yaml"));
        deployment.replace("replicas: 2", "replicas: 3");
        QVERIFY(writeFile(w->dir + QStringLiteral("/deploy/deployment.yaml"), deployment));
        QVERIFY(writeFile(w->dir + QStringLiteral("/deploy/kustomization.yaml"),
                          "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                          "- deployment.yaml\n"));

        const auto pending = compute(*w, true);
        QVERIFY(pending);
        QCOMPARE(pending->revision, QStringLiteral("worktree"));
        const ObjectDrift* changed = objectOf(*pending, QStringLiteral("Deployment"), QStringLiteral("web"));
        QVERIFY(changed);
        QCOMPARE(paths(*changed), QStringList({QStringLiteral(".spec.replicas")}));
        QCOMPARE(changed->fields.front().live.toInt(), 2);
        QCOMPARE(changed->fields.front().desired.toInt(), 3);
        QCOMPARE(changed->sourceFile, QStringLiteral("deploy/deployment.yaml"));
        const ObjectDrift* pruned = objectOf(*pending, QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
        QVERIFY(pruned);
        QCOMPARE(pruned->kind, DriftKind::Prune);
        QVERIFY(pruned->liveYaml.contains("greeting: hello"));
        QCOMPARE(pending->driftCount(), 2);

        // The applied revision, not the working tree, is what the cluster runs: no drift there.
        const auto applied = compute(*w, false);
        QVERIFY(applied);
        QCOMPARE(applied->revision, w->head);
        QCOMPARE(applied->driftCount(), 0);
    }

    void aChangedSopsSecretValueDiffersWithoutBeingRevealed()
    {
        const AgeIdentity identity = AgeIdentity::generate();
        const QString keyFile = m_work.filePath(QStringLiteral("sops-%1.agekey").arg(test::LiveControlPlane::uniqueSuffix()));
        const SecureBuffer secretKey = identity.toSecretString();
        QVERIFY(writeFile(keyFile, QByteArray(secretKey.chars(), qsizetype(secretKey.size())) + '\n'));
        const QByteArray gitValue = "git-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray clusterValue = "hand-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const auto w = readyWorkload(QStringLiteral("drift-sops"), [&](const QString& dir) {
            SopsEncryptionSettings settings;
            settings.keyGroups = {{identity.recipient()}};
            settings.selection.encryptedRegex = QStringLiteral("^(data|stringData)$");
            const QByteArray plain = QByteArray("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n"
                                                "stringData:\n  password: ") + gitValue + '\n';
            auto encrypted = SopsFile::encrypt(plain,
                                               SopsFile::Format::Yaml, settings, QStringLiteral("deploy/secret.sops.yaml"));
            QVERIFY(encrypted);
            QVERIFY(writeFile(dir + QStringLiteral("/deploy/secret.sops.yaml"), *encrypted));
            QByteArray k = readFile(dir + QStringLiteral("/deploy/kustomization.yaml"));
            QVERIFY(writeFile(dir + QStringLiteral("/deploy/kustomization.yaml"), k + "- secret.sops.yaml\n"));
        }, keyFile);
        QVERIFY(w);
        auto drift = compute(*w);
        QVERIFY(drift);
        QCOMPARE(objectOf(*drift, QStringLiteral("Secret"), QStringLiteral("db"))->kind, DriftKind::InSync);

        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("secret"),
                                  QStringLiteral("db"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"stringData":{"password":"%1"}})").arg(QString::fromLatin1(clusterValue))})
                     .isEmpty());
        drift = compute(*w);
        QVERIFY(drift);
        const ObjectDrift* secret = objectOf(*drift, QStringLiteral("Secret"), QStringLiteral("db"));
        QVERIFY(secret);
        QCOMPARE(secret->kind, DriftKind::Change);
        QCOMPARE(paths(*secret), QStringList({QStringLiteral(".data.password")}));
        QVERIFY(secret->fields.front().secretValue);
        QVERIFY(secret->fields.front().manager.startsWith(QLatin1String("kubectl")));
        const QString text = DriftReportFormat::toText(*drift);
        QVERIFY2(text.contains(QStringLiteral("value of key password differs")), qPrintable(text));
        const QString json = QString::fromUtf8(QJsonDocument(DriftReportFormat::toJson(*drift)).toJson());
        for (const QByteArray& value : {gitValue, clusterValue}) {
            for (const QString& shown : {text, json, secret->liveYaml, secret->desiredYaml}) {
                QVERIFY(!shown.contains(QString::fromLatin1(value)));
                QVERIFY(!shown.contains(QString::fromLatin1(value.toBase64())));
            }
        }
    }

    void replicasOwnedByAnotherManagerThatFluxDoesNotApplyAreNotDrift()
    {
        // Git leaves replicas out, as with an HorizontalPodAutoscaler; the autoscaler writes the scale subresource
        // as kube-controller-manager.
        const auto w = readyWorkload(QStringLiteral("drift-hpa"), [](const QString& dir) {
            QByteArray deployment = readFile(dir + QStringLiteral("/deploy/deployment.yaml"));
            deployment.replace("  replicas: 2\n", "");
            QVERIFY(writeFile(dir + QStringLiteral("/deploy/deployment.yaml"), deployment));
        });
        QVERIFY(w);
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("deployment"),
                                  QStringLiteral("web"), QStringLiteral("--subresource=scale"), QStringLiteral("--type=merge"),
                                  QStringLiteral("--field-manager=kube-controller-manager"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"spec":{"replicas":4}})")}).isEmpty());
        QCOMPARE(m_plane.field(w->ns, QStringLiteral("deployment/web"), QStringLiteral(".spec.replicas")), QStringLiteral("4"));
        const auto drift = compute(*w);
        QVERIFY(drift);
        QVERIFY2(drift->driftCount() == 0, qPrintable(DriftReportFormat::toText(*drift)));
    }

    void fleetdeskDiffPrintsTheReportAndExitsOneOnDrift()
    {
        const auto w = readyWorkload(QStringLiteral("drift-cli"));
        QVERIFY(w);
        const auto runDiff = [&](const QStringList& extra) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KUBECONFIG"), m_plane.adminKubeconfig());
            process.setProcessEnvironment(env);
            process.start(qEnvironmentVariable("FLEETDESK_BIN"),
                          QStringList{QStringLiteral("diff"), QStringLiteral("--workspace"), w->dir} + extra
                              + QStringList{w->ns + u'/' + w->name});
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
        };
        QVERIFY(!qEnvironmentVariable("FLEETDESK_BIN").isEmpty());
        auto [clean, cleanText] = runDiff({});
        QCOMPARE(clean, 0);
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=6")}).isEmpty());
        auto [code, text] = runDiff({});
        QCOMPARE(code, 1);
        // The same lines the diff view lists for the same report.
        const auto drift = compute(*w);
        QVERIFY(drift);
        const ObjectDrift* deployment = objectOf(*drift, QStringLiteral("Deployment"), QStringLiteral("web"));
        QVERIFY(deployment);
        QVERIFY2(text.contains(DriftReportFormat::objectLine(*deployment) + u'\n'), qPrintable(text));
        QVERIFY(text.contains(DriftReportFormat::fieldLine(deployment->fields.front())));
        QVERIFY2(text.contains(QStringLiteral(".spec.replicas: 6 → 2 — kubectl")), qPrintable(text));
        auto [jsonCode, json] = runDiff({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(jsonCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(report.value("kustomizations").toArray().at(0).toObject().value("drift").toInt(), 1);
        QVERIFY(report.value("apiCalls").toInt() > 0);
    }

    /// What `flux diff kustomization --path <working tree>` reports as drifted ("Kind/name"), and its exit code.
    std::pair<int, QSet<QString>> fluxDiff(const Workload& w)
    {
        QProcess process;
        process.start(m_plane.value(QStringLiteral("FLEETDESK_FLUX")),
                      {QStringLiteral("--kubeconfig"), m_plane.adminKubeconfig(), QStringLiteral("-n"), w.ns,
                       QStringLiteral("diff"), QStringLiteral("kustomization"), w.name, QStringLiteral("--path"),
                       w.dir + QStringLiteral("/deploy")});
        if (!process.waitForFinished(120000))
            return {-1, {}};
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QSet<QString> objects;
        for (const QString& line : output.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("►")))
                continue;
            // "► Deployment/ns/web drifted", "► ConfigMap/ns/web-config created", "► ConfigMap/ns/x deleted"
            const QString object = line.mid(1).trimmed().section(u' ', 0, 0);
            objects.insert(object.section(u'/', 0, 0) + u'/' + object.section(u'/', -1));
        }
        return {process.exitCode(), objects};
    }

    void theDriftedObjectsAgreeWithFluxDiff()
    {
        QVERIFY2(QFile::exists(m_plane.value(QStringLiteral("FLEETDESK_FLUX"))),
                 "the flux CLI of the control plane (testenv env: FLEETDESK_FLUX)");
        const auto w = readyWorkload(QStringLiteral("drift-flux"));
        QVERIFY(w);
        // In sync: neither reports anything.
        auto [cleanCode, cleanObjects] = fluxDiff(*w);
        QCOMPARE(cleanCode, 0);
        QVERIFY(cleanObjects.isEmpty());
        QCOMPARE(drifted(*compute(*w)), cleanObjects);

        // kubectl scale, kubectl edit, and an object deleted by hand.
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=7")}).isEmpty());
        QVERIFY(kubectlEdit(w->ns, QStringLiteral("deployment/web"), QStringLiteral("s#podinfo:6.7.1#podinfo:6.7.3#")));
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("delete"), QStringLiteral("configmap"),
                                  QStringLiteral("web-config")}).isEmpty());
        auto [handCode, handObjects] = fluxDiff(*w);
        QCOMPARE(handCode, 1); // flux diff: 1 when there is drift
        QCOMPARE(handObjects, QSet<QString>({QStringLiteral("Deployment/web"), QStringLiteral("ConfigMap/web-config")}));
        const auto hand = compute(*w);
        QVERIFY(hand);
        QCOMPARE(drifted(*hand), handObjects);
        QCOMPARE(objectOf(*hand, QStringLiteral("ConfigMap"), QStringLiteral("web-config"))->kind, DriftKind::Create);

        // flux diff --path renders the files on disk: compare with the working-tree mode, where an edit and a
        // removed object (would be pruned) are pending.
        m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                         QStringLiteral("--replicas=2")});
        QByteArray deployment = readFile(w->dir + QStringLiteral("/deploy/deployment.yaml"));
        deployment.replace("replicas: 2", "replicas: 4");
        QVERIFY(writeFile(w->dir + QStringLiteral("/deploy/deployment.yaml"), deployment));
        QVERIFY(writeFile(w->dir + QStringLiteral("/deploy/kustomization.yaml"),
                          "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                          "- deployment.yaml\n"));
        QVERIFY(m_plane.apply("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n  namespace: " + w->ns.toUtf8()
                              + "\ndata:\n  greeting: hello\n"));
        auto [pendingCode, pendingObjects] = fluxDiff(*w);
        QCOMPARE(pendingCode, 1);
        const auto pending = compute(*w, true);
        QVERIFY(pending);
        QVERIFY(pendingObjects.contains(QStringLiteral("Deployment/web")));
        QCOMPARE(drifted(*pending), pendingObjects);
        QCOMPARE(objectOf(*pending, QStringLiteral("ConfigMap"), QStringLiteral("web-config"))->kind, DriftKind::Prune);
    }

    void theMonitorRecomputesAKustomizationOnlyWhenItsInputsChange()
    {
        const auto w = readyWorkload(QStringLiteral("drift-monitor"));
        QVERIFY(w);
        DriftMonitor monitor;
        monitor.setDebounce(50);
        monitor.setCluster(QStringLiteral("testenv"), m_client.get());
        QSignalSpy updated(&monitor, &DriftMonitor::driftUpdated);
        QSignalSpy progress(&monitor, &DriftMonitor::driftProgress);
        const QString revision = QStringLiteral("main@sha1:") + w->head;
        monitor.track(QStringLiteral("testenv"), w->ns, w->name, w->dir, revision);
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 60000);
        QCOMPARE(monitor.computations(), 1);
        QCOMPARE(updated.at(0).at(0).value<KustomizationDriftPtr>()->driftCount(), 0);
        QVERIFY(!progress.isEmpty());

        // Nothing it depends on changed: no new computation.
        monitor.track(QStringLiteral("testenv"), w->ns, w->name, w->dir, revision);
        monitor.objectChanged(QStringLiteral("testenv"), ObjectId::fromApiVersion(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                                                                  w->ns, QStringLiteral("unrelated")));
        monitor.pathsChanged({m_work.filePath(QStringLiteral("elsewhere/file.yaml"))});
        QTest::qWait(1500);
        QCOMPARE(monitor.computations(), 1);

        // A watch event on an object it manages.
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=3")}).isEmpty());
        monitor.objectChanged(QStringLiteral("testenv"), ObjectId::fromApiVersion(QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                                                                  w->ns, QStringLiteral("web")));
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 60000);
        QCOMPARE(monitor.computations(), 2);
        QCOMPARE(monitor.drift(QStringLiteral("testenv"), w->ns, w->name)->driftCount(), 1);

        // A changed file under its path.
        monitor.pathsChanged({w->dir + QStringLiteral("/deploy/deployment.yaml")});
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 3, 60000);

        // What an uncommitted edit would do, without replacing the kept result.
        QByteArray configMap = readFile(w->dir + QStringLiteral("/deploy/configmap.yaml"));
        configMap.replace("greeting: hello", "greeting: bonjour");
        QVERIFY(writeFile(w->dir + QStringLiteral("/deploy/configmap.yaml"), configMap));
        KustomizationDriftPtr pending;
        monitor.computeWorkingTree(QStringLiteral("testenv"), w->ns, w->name, [&pending](KustomizationDriftPtr d) { pending = d; });
        QTRY_VERIFY_WITH_TIMEOUT(pending != nullptr, 60000);
        QCOMPARE(pending->revision, QStringLiteral("worktree"));
        QCOMPARE(paths(*objectOf(*pending, QStringLiteral("ConfigMap"), QStringLiteral("web-config"))),
                 QStringList({QStringLiteral(".data.greeting")}));
        QCOMPARE(monitor.drift(QStringLiteral("testenv"), w->ns, w->name)->revision, w->head);
    }

    void theSourcesSpecIgnoreIsAnInputOfTheMonitor()
    {
        // deploy/ without kustomization.yaml: Flux applies every manifest of the artifact, extra.yaml among them.
        const auto w = readyWorkload(QStringLiteral("drift-ignore"), [](const QString& dir) {
            QVERIFY(QFile::remove(dir + QStringLiteral("/deploy/kustomization.yaml")));
            QVERIFY(writeFile(dir + QStringLiteral("/deploy/extra.yaml"),
                              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: b\n"));
        });
        QVERIFY(w);
        DriftMonitor monitor;
        monitor.setDebounce(50);
        monitor.setCluster(QStringLiteral("testenv"), m_client.get());
        QSignalSpy updated(&monitor, &DriftMonitor::driftUpdated);
        monitor.track(QStringLiteral("testenv"), w->ns, w->name, w->dir, QStringLiteral("main@sha1:") + w->head);
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 60000);
        QCOMPARE(monitor.drift(QStringLiteral("testenv"), w->ns, w->name)->driftCount(), 0);
        const ObjectId source = ObjectId::fromApiVersion(QStringLiteral("source.toolkit.fluxcd.io/v1"),
                                                         QStringLiteral("GitRepository"), w->ns, w->name);
        const QList<ObjectId> watched = monitor.watchedObjects(QStringLiteral("testenv"));
        QVERIFY(std::any_of(watched.cbegin(), watched.cend(),
                            [&source](const ObjectId& id) { return id.key() == source.key(); }));

        // An event on the source that leaves spec.ignore as it was computes nothing.
        monitor.objectChanged(QStringLiteral("testenv"), source);
        QTest::qWait(1500);
        QCOMPARE(monitor.computations(), 1);

        // spec.ignore now leaves extra.yaml out of the artifact: Flux would prune its ConfigMap. (Suspended first,
        // so that kustomize-controller does not prune it before the drift is computed.)
        bool ok = false;
        m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("kustomization"), w->name,
                         QStringLiteral("--type=merge"), QStringLiteral("-p"),
                         QStringLiteral(R"({"spec":{"suspend":true}})")},
                        &ok);
        QVERIFY(ok);
        m_plane.kubectl({QStringLiteral("-n"), w->ns, QStringLiteral("patch"), QStringLiteral("gitrepository"), w->name,
                         QStringLiteral("--type=merge"), QStringLiteral("-p"),
                         QStringLiteral(R"({"spec":{"ignore":"/deploy/extra.yaml\n"}})")},
                        &ok);
        QVERIFY(ok);
        monitor.objectChanged(QStringLiteral("testenv"), source);
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 60000);
        QCOMPARE(monitor.computations(), 2);
        const KustomizationDriftPtr drift = monitor.drift(QStringLiteral("testenv"), w->ns, w->name);
        QVERIFY2(drift->error.isEmpty(), qPrintable(drift->error));
        QCOMPARE(drifted(*drift), QSet<QString>{QStringLiteral("ConfigMap/extra")});
        QCOMPARE(objectOf(*drift, QStringLiteral("ConfigMap"), QStringLiteral("extra"))->kind, DriftKind::Prune);
    }

    void apiCallsAreCappedAndProgressIsReported()
    {
        const auto w = readyWorkload(QStringLiteral("drift-cap"));
        QVERIFY(w);
        DriftCalculator calculator(m_client.get());
        calculator.setMaxConcurrentCalls(1);
        QSignalSpy progress(&calculator, &DriftCalculator::progress);
        const auto drift = compute(*w, false, &calculator);
        QVERIFY(drift);
        QCOMPARE(drift->driftCount(), 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt());
        QCOMPARE(progress.last().at(2).toInt(), 2);
        // The source GitRepository (its spec.ignore), discovery of v1 and apps/v1, then per object a GET and a
        // dry-run.
        QCOMPARE(calculator.apiCalls(), 1 + 2 + 2 * 2);

        DriftCalculator limited(m_client.get());
        limited.setMaxCallsPerKustomization(3);
        const auto partial = compute(*w, false, &limited);
        QVERIFY(partial);
        QVERIFY(limited.apiCalls() <= 3);
        QVERIFY(std::any_of(partial->objects.cbegin(), partial->objects.cend(),
                            [](const ObjectDrift& o) { return o.kind == DriftKind::Error; }));
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
