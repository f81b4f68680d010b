// Events of a Flux object and the Flux controllers' health, against the real local control plane (tests/testenv):
// what the controllers recorded and how they run, read through core/flux.

#include "LiveControlPlane.h"
#include "TemporaryFleet.h"
#include "engine/ReconcileEngine.h"
#include "flux/ControllerHealth.h"
#include "flux/FluxEvents.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace fleetdesk;

namespace {

bool hasReason(const QList<FluxEvent>& events, const QString& reason)
{
    return std::any_of(events.cbegin(), events.cend(), [&reason](const FluxEvent& e) { return e.reason == reason; });
}

} // namespace

class TestLiveEvents : public QObject
{
    Q_OBJECT

private:
    test::LiveControlPlane m_plane;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
    }

    void theEventsOfAKustomizationArriveNewestFirstAndFollowNewOnes()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("events-") + test::LiveControlPlane::uniqueSuffix();
        const QString head = m_plane.createRepository(dir.path(), name);
        QVERIFY(!head.isEmpty());
        QVERIFY(m_plane.createSync(name, name));
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        FluxEvents events(client.get(), QStringLiteral("Kustomization"), name, name);
        QSignalSpy changed(&events, &FluxEvents::changed);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.state(), FluxEvents::State::Live, 20000);

        // kustomize-controller records what it applied, with the revision it applied.
        QTRY_VERIFY_WITH_TIMEOUT(hasReason(events.events(), QStringLiteral("ReconciliationSucceeded")), 90000);
        const QList<FluxEvent> list = events.events();
        const auto succeeded = std::find_if(list.cbegin(), list.cend(), [](const FluxEvent& e) {
            return e.reason == QLatin1String("ReconciliationSucceeded");
        });
        QCOMPARE(succeeded->controller, QStringLiteral("kustomize-controller"));
        QCOMPARE(succeeded->type, QStringLiteral("Normal"));
        QCOMPARE(succeeded->revision, QStringLiteral("main@sha1:") + head);
        QVERIFY(succeeded->lastSeen.isValid());
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].lastSeen >= list[i].lastSeen);
        // The throttled signal catches up with what is known.
        QTRY_COMPARE_WITH_TIMEOUT(changed.constLast().constFirst().value<QList<FluxEvent>>(), events.events(), 5000);

        // Only this object's Events: the GitRepository of the same name has its own.
        for (const FluxEvent& e : list)
            QVERIFY2(e.controller == QLatin1String("kustomize-controller"), qPrintable(e.controller + e.reason));

        // A new Event arrives through the watch: a manual Event about the object (as a controller records one).
        const QString uid = m_plane.field(name, QStringLiteral("kustomization/") + name, QStringLiteral(".metadata.uid"));
        const QByteArray event = QStringLiteral(
                                     "apiVersion: events.k8s.io/v1\nkind: Event\nmetadata:\n  name: %1.manual\n"
                                     "  namespace: %1\neventTime: \"%2\"\nreportingController: e2e-test\n"
                                     "reportingInstance: e2e-test\naction: Check\nreason: ManualCheck\n"
                                     "note: checked by the e2e test\ntype: Warning\nregarding:\n"
                                     "  apiVersion: kustomize.toolkit.fluxcd.io/v1\n  kind: Kustomization\n"
                                     "  name: %1\n  namespace: %1\n  uid: %3\n")
                                     .arg(name, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")), uid)
                                     .toUtf8();
        QVERIFY(m_plane.apply(event));
        QTRY_VERIFY_WITH_TIMEOUT(hasReason(events.events(), QStringLiteral("ManualCheck")), 10000);
        const FluxEvent newest = events.events().constFirst();
        QCOMPARE(newest.reason, QStringLiteral("ManualCheck"));
        QVERIFY(newest.isWarning());
        QCOMPARE(newest.message, QStringLiteral("checked by the e2e test"));
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), name, QStringLiteral("--wait=false")});
    }

    void aUserWhoMayNotListEventsGetsAForbiddenEmptyStateWithoutRetries()
    {
        auto client = test::LiveControlPlane::clientFor(m_plane.tenantKubeconfig());
        QVERIFY(client);
        FluxEvents events(client.get(), QStringLiteral("Kustomization"), QStringLiteral("flux-system"),
                          QStringLiteral("flux-system"));
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.state(), FluxEvents::State::Forbidden, 20000);
        QVERIFY(events.events().isEmpty());
        QVERIFY2(events.stateReason().contains(QStringLiteral("flux-system")), qPrintable(events.stateReason()));
        const int requests = client->requestCount();
        QTest::qWait(3000);
        QCOMPARE(client->requestCount(), requests); // no retry storm
        QCOMPARE(events.state(), FluxEvents::State::Forbidden);
    }

    void controllerHealthReportsTheRunningControllersAndHelmControllerAsNotInstalled()
    {
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        // The controllers run outside the cluster here: their health endpoints tell that they run.
        const auto readyz = [this](const char* port) {
            return QUrl(QStringLiteral("http://127.0.0.1:%1/readyz").arg(m_plane.value(QLatin1String(port))));
        };
        ControllerHealth health(client.get());
        health.setHealthEndpoints({{QStringLiteral("source-controller"),
                                    readyz("FLEETDESK_TESTENV_SOURCE_CONTROLLER_HEALTH_PORT")},
                                   {QStringLiteral("kustomize-controller"),
                                    readyz("FLEETDESK_TESTENV_KUSTOMIZE_CONTROLLER_HEALTH_PORT")}},
                                  1000);
        QSignalSpy changed(&health, &ControllerHealth::changed);
        health.start();
        QTRY_VERIFY_WITH_TIMEOUT(health.ready(), 20000);
        QCOMPARE(changed.size(), 1);
        const ClusterControllerHealth h = health.health();
        QVERIFY(!h.forbidden);
        QCOMPARE(h.find(QStringLiteral("source-controller"))->health, ControllerStatus::Health::Healthy);
        QCOMPARE(h.find(QStringLiteral("source-controller"))->evidence, QStringLiteral("Endpoint"));
        QCOMPARE(h.find(QStringLiteral("kustomize-controller"))->health, ControllerStatus::Health::Healthy);
        QCOMPARE(h.find(QStringLiteral("helm-controller"))->health, ControllerStatus::Health::NotInstalled);
        QCOMPARE(h.find(QStringLiteral("notification-controller"))->health, ControllerStatus::Health::NotInstalled);
        QCOMPARE(h.overall(), ControllerStatus::Health::Healthy);

        // Without endpoints, a served API alone does not claim the controller runs.
        ControllerHealth apiOnly(client.get());
        apiOnly.start();
        QTRY_VERIFY_WITH_TIMEOUT(apiOnly.ready(), 20000);
        QCOMPARE(apiOnly.health().find(QStringLiteral("kustomize-controller"))->health, ControllerStatus::Health::Unknown);
        QCOMPARE(apiOnly.health().find(QStringLiteral("kustomize-controller"))->evidence, QStringLiteral("API"));
        QCOMPARE(apiOnly.health().find(QStringLiteral("helm-controller"))->health,
                 ControllerStatus::Health::NotInstalled);
    }

    void aControllerDeploymentInTheFluxNamespaceIsReadForItsHealth()
    {
        // A Deployment named as a controller, as a Flux install has it; with kwok its replicas become available.
        // Without kwok no replica becomes available: the controller is then Failed.
        const bool kwok = m_plane.value(QStringLiteral("FLEETDESK_TESTENV_KWOK")) == QLatin1String("1");
        const QByteArray deployment = QByteArrayLiteral(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: notification-controller\n"
            "  namespace: flux-system\n  labels:\n    app.kubernetes.io/part-of: flux\n"
            "    app.kubernetes.io/component: notification-controller\nspec:\n  replicas: 1\n  selector:\n"
            "    matchLabels:\n      app: notification-controller\n  template:\n    metadata:\n      labels:\n"
            "        app: notification-controller\n    spec:\n      containers:\n      - name: manager\n"
            "        image: ghcr.io/fluxcd/notification-controller:v1.6.0\n");
        QVERIFY(m_plane.apply(deployment));
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        ControllerHealth health(client.get());
        health.start();
        QTRY_VERIFY_WITH_TIMEOUT(health.ready(), 20000);
        const auto expected = kwok ? ControllerStatus::Health::Healthy : ControllerStatus::Health::Failed;
        QTRY_COMPARE_WITH_TIMEOUT(health.health().find(QStringLiteral("notification-controller"))->health, expected,
                                  60000);
        const ControllerStatus* status = health.health().find(QStringLiteral("notification-controller"));
        QCOMPARE(status->evidence, QStringLiteral("Deployment"));
        QCOMPARE(status->version, QStringLiteral("v1.6.0"));
        QCOMPARE(status->desiredReplicas, 1);
        // Removing it is followed by the watch: no Deployment, no API, no endpoint: not installed.
        m_plane.kubectl({QStringLiteral("-n"), QStringLiteral("flux-system"), QStringLiteral("delete"),
                         QStringLiteral("deployment/notification-controller")});
        QTRY_COMPARE_WITH_TIMEOUT(health.health().find(QStringLiteral("notification-controller"))->health,
                                  ControllerStatus::Health::NotInstalled, 20000);
    }

    void theEngineReportsControllerHealthAndTheEventsOfTheObjectItFollows()
    {
        DemoFleetOptions options;
        options.clusters = 1;
        options.tenants = 1;
        options.includeLegacyTenant = false;
        TemporaryFleet fleet(options);
        QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
        qputenv("FLEETDESK_OFFLINE", "1"); // connected below, with the admin context
        qputenv("FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS",
                QStringLiteral("source-controller=http://127.0.0.1:%1/readyz,kustomize-controller=http://127.0.0.1:%2/readyz")
                    .arg(m_plane.value(QStringLiteral("FLEETDESK_TESTENV_SOURCE_CONTROLLER_HEALTH_PORT")),
                         m_plane.value(QStringLiteral("FLEETDESK_TESTENV_KUSTOMIZE_CONTROLLER_HEALTH_PORT")))
                    .toUtf8());
        ReconcileEngine engine;
        QSignalSpy snapshots(&engine, &ReconcileEngine::snapshotReady);
        QSignalSpy health(&engine, &ReconcileEngine::controllerHealthChanged);
        QSignalSpy events(&engine, &ReconcileEngine::eventsChanged);
        engine.openWorkspace(fleet.platformRoot());
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 30000);
        const QString cluster = snapshots.constFirst().constFirst().value<FleetSnapshotPtr>()->root->children.front()->name;
        auto config = Kubeconfig::load({m_plane.adminKubeconfig()});
        QVERIFY(config);
        engine.setContextMapping({{cluster, config->currentContext()}});
        engine.connectClusters({m_plane.adminKubeconfig()});

        QTRY_VERIFY_WITH_TIMEOUT(!health.isEmpty(), 20000);
        QCOMPARE(health.constLast().at(0).toString(), cluster);
        const auto h = health.constLast().at(1).value<ClusterControllerHealth>();
        QCOMPARE(h.find(QStringLiteral("kustomize-controller"))->health, ControllerStatus::Health::Healthy);
        QCOMPARE(h.find(QStringLiteral("helm-controller"))->health, ControllerStatus::Health::NotInstalled);

        // The object followed gets its Events; an Event recorded now arrives through the watch.
        const QString ns = QStringLiteral("engine-events-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n").arg(ns).toUtf8()));
        ObjectId id;
        id.group = QStringLiteral("kustomize.toolkit.fluxcd.io");
        id.version = QStringLiteral("v1");
        id.kind = QStringLiteral("Kustomization");
        id.ns = ns;
        id.name = QStringLiteral("apps");
        engine.watchEvents(cluster, id);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
        QCOMPARE(events.constLast().at(1).toString(), QStringLiteral("Kustomization/%1/apps").arg(ns));
        QVERIFY(events.constLast().at(2).value<QList<FluxEvent>>().isEmpty());
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: events.k8s.io/v1\nkind: Event\nmetadata:\n  name: apps.e2e\n"
                                             "  namespace: %1\neventTime: \"%2\"\nreportingController: e2e-test\n"
                                             "reportingInstance: e2e-test\naction: Check\nreason: EngineCheck\n"
                                             "note: through the engine\ntype: Normal\nregarding:\n"
                                             "  apiVersion: kustomize.toolkit.fluxcd.io/v1\n  kind: Kustomization\n"
                                             "  name: apps\n  namespace: %1\n")
                                  .arg(ns, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")))
                                  .toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(hasReason(events.constLast().at(2).value<QList<FluxEvent>>(), QStringLiteral("EngineCheck")),
                                 20000);
        engine.closeWorkspace();
        qunsetenv("FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS");
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestLiveEvents)
#include "tst_liveevents.moc"
