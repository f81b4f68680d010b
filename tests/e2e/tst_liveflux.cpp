// core/kube and core/flux against the real local control plane (tests/testenv): list and watch of Flux objects,
// 410 re-list, namespace fallback for a tenant user, exec plugin allowlist, and suspend / resume / reconcile,
// asserting on what the API server holds.

#include "LiveControlPlane.h"
#include "TestData.h"
#include "engine/LiveClusterSource.h"
#include "flux/FluxActions.h"
#include "flux/FluxStatus.h"
#include "kube/ExecCredentialProvider.h"
#include "kube/KubeClient.h"
#include "kube/KubeDiscovery.h"
#include "kube/KubeWatch.h"
#include "kube/Kubeconfig.h"
#include "kube/NamespaceAccess.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace fleetdesk;

namespace {

FluxTarget kustomization(const QString& ns, const QString& name)
{
    return FluxTarget{QStringLiteral("kustomize.toolkit.fluxcd.io"), QStringLiteral("v1"), QStringLiteral("Kustomization"),
                      ns, name};
}

QString nameOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

const QString KustomizationsV1 = QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1");

} // namespace

class TestLiveFlux : public QObject
{
    Q_OBJECT

private:
    test::LiveControlPlane m_plane;

    QByteArray suspendedKustomization(const QString& ns, const QString& name)
    {
        return QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n---\n"
                              "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
                              "metadata:\n  name: %2\n  namespace: %1\nspec:\n  suspend: true\n  interval: 1h\n"
                              "  path: ./\n  prune: false\n  sourceRef:\n    kind: GitRepository\n    name: none\n")
            .arg(ns, name)
            .toUtf8();
    }

    /// A synced workload (GitRepository + Kustomization) that is Ready at its first commit.
    bool readyWorkload(const QString& dir, const QString& ns, const QString& name, QString* head)
    {
        *head = m_plane.createRepository(dir, name);
        if (head->isEmpty() || !m_plane.createSync(ns, name))
            return false;
        for (int i = 0; i < 90; ++i) {
            if (m_plane.field(ns, QStringLiteral("kustomization/") + name, QStringLiteral(".status.lastAppliedRevision"))
                == QStringLiteral("main@sha1:") + *head)
                return true;
            QTest::qWait(1000);
        }
        return false;
    }

    static std::optional<QList<FluxActionResult>> runAction(FluxActions& actions, FluxAction action,
                                                            const QList<FluxTarget>& targets, bool withSource = false,
                                                            const QString& reason = {})
    {
        std::optional<QList<FluxActionResult>> results;
        actions.run(action, targets, withSource, reason, [&results](const QList<FluxActionResult>& r) { results = r; });
        QDeadlineTimer deadline(150000);
        while (!results && !deadline.hasExpired())
            QTest::qWait(100);
        return results;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
    }

    void listAndWatchFollowFluxKustomizations()
    {
        const QString ns = QStringLiteral("e2e-watch-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(suspendedKustomization(ns, QStringLiteral("first"))));
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        KubeWatch watch(client.get(), FluxTarget::collectionPath(QStringLiteral("kustomize.toolkit.fluxcd.io"),
                                                                 QStringLiteral("v1"), QStringLiteral("kustomizations"), ns));
        QSignalSpy listed(&watch, &KubeWatch::listed);
        QSignalSpy events(&watch, &KubeWatch::event);
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20000);
        const auto items = listed.at(0).at(0).value<QList<QJsonObject>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(nameOf(items.at(0)), QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(watch.state(), KubeWatch::State::Watching, 20000);

        QVERIFY(m_plane.apply(suspendedKustomization(ns, QStringLiteral("second"))));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
        QCOMPARE(events.at(0).at(0).value<KubeWatch::EventType>(), KubeWatch::EventType::Added);
        QCOMPARE(nameOf(events.at(0).at(1).toJsonObject()), QStringLiteral("second"));

        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"), QStringLiteral("kustomization"),
                         QStringLiteral("first")});
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant>& e) {
            return e.at(0).value<KubeWatch::EventType>() == KubeWatch::EventType::Deleted
                && nameOf(e.at(1).toJsonObject()) == QLatin1String("first");
        }), 20000);
        QCOMPARE(watch.listCount(), 1); // no re-list on the way
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void anExpiredResourceVersionTriggersAReList()
    {
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        KubeWatch watch(client.get(), KustomizationsV1 + QStringLiteral("/kustomizations"));
        QSignalSpy listed(&watch, &KubeWatch::listed);
        watch.start(QStringLiteral("1")); // a resourceVersion far older than the watch cache holds
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20000);
        QCOMPARE(watch.goneCount(), 1);
        QCOMPARE(watch.listCount(), 1);
        QVERIFY(watch.resourceVersion().toLongLong() > 1);
        QTRY_COMPARE_WITH_TIMEOUT(watch.state(), KubeWatch::State::Watching, 20000);
    }

    void discoveryIsCachedPerCluster()
    {
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        KubeDiscovery::clearCache(client->endpoint().cluster.server);
        std::optional<Result<QStringList>> first;
        KubeDiscovery::groupVersions(client.get(), QStringLiteral("kustomize.toolkit.fluxcd.io"),
                                     [&first](Result<QStringList> r) { first = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 20000);
        QVERIFY(first->has_value());
        QCOMPARE((*first)->value(0), QStringLiteral("v1"));
        const int requests = client->requestCount();
        const int hits = KubeDiscovery::cacheHits();
        std::optional<Result<QStringList>> second;
        KubeDiscovery::groupVersions(client.get(), QStringLiteral("kustomize.toolkit.fluxcd.io"),
                                     [&second](Result<QStringList> r) { second = r; });
        QVERIFY(second.has_value()); // answered synchronously from the cache
        QCOMPARE(**second, **first);
        QCOMPARE(client->requestCount(), requests);
        QCOMPARE(KubeDiscovery::cacheHits(), hits + 1);

        std::optional<Result<QStringList>> helm;
        KubeDiscovery::groupVersions(client.get(), QStringLiteral("image.toolkit.fluxcd.io"),
                                     [&helm](Result<QStringList> r) { helm = r; });
        QTRY_VERIFY_WITH_TIMEOUT(helm.has_value(), 20000);
        QVERIFY(helm->has_value()); // not installed here: empty, not an error
        QVERIFY((*helm)->isEmpty());
    }

    void theTenantUserSeesOnlyItsNamespaceAndADeniedActionNamesVerbAndResource()
    {
        const QString tenantNs = m_plane.tenantNamespace();
        const QString otherNs = QStringLiteral("e2e-other-") + test::LiveControlPlane::uniqueSuffix();
        // The read access Flux installs for the view role (flux2 manifests/rbac: flux-view aggregated to view).
        QVERIFY(m_plane.apply(R"(apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: flux-view-flux-system
  labels:
    rbac.authorization.k8s.io/aggregate-to-view: "true"
rules:
- apiGroups: [source.toolkit.fluxcd.io, kustomize.toolkit.fluxcd.io, helm.toolkit.fluxcd.io,
              notification.toolkit.fluxcd.io, image.toolkit.fluxcd.io]
  resources: ["*"]
  verbs: [get, list, watch]
)"));
        QVERIFY(m_plane.apply(suspendedKustomization(tenantNs, QStringLiteral("tenant-app"))));
        QVERIFY(m_plane.apply(suspendedKustomization(otherNs, QStringLiteral("other-app"))));

        auto client = test::LiveControlPlane::clientFor(m_plane.tenantKubeconfig());
        QVERIFY(client);
        // The aggregation controller updates ClusterRole view asynchronously.
        std::optional<Result<NamespaceScope>> scope;
        for (int i = 0; i < 30; ++i) {
            scope.reset();
            NamespaceAccess::resolve(client.get(), QStringLiteral("kustomize.toolkit.fluxcd.io"),
                                     QStringLiteral("kustomizations"), QStringLiteral("list"),
                                     {tenantNs, otherNs, QStringLiteral("flux-system")},
                                     [&scope](Result<NamespaceScope> s) { scope = s; });
            QTRY_VERIFY_WITH_TIMEOUT(scope.has_value(), 20000);
            QVERIFY2(scope->has_value(), scope->has_value() ? "" : qPrintable(scope->error().message));
            if (!(*scope)->namespaces.isEmpty())
                break;
            QTest::qWait(1000);
        }
        QVERIFY(!(*scope)->clusterWide);
        QCOMPARE((*scope)->namespaces, QStringList{tenantNs});

        // Cluster-wide, the watch says Forbidden once and stays quiet.
        KubeWatch all(client.get(), KustomizationsV1 + QStringLiteral("/kustomizations"));
        QSignalSpy states(&all, &KubeWatch::stateChanged);
        all.start();
        QTRY_COMPARE_WITH_TIMEOUT(all.state(), KubeWatch::State::Forbidden, 20000);
        QTest::qWait(1500);
        QCOMPARE(all.state(), KubeWatch::State::Forbidden);
        QCOMPARE(all.reconnectCount(), 0);

        // In its namespace it lists its object, and only that.
        KubeWatch mine(client.get(), FluxTarget::collectionPath(QStringLiteral("kustomize.toolkit.fluxcd.io"),
                                                                QStringLiteral("v1"), QStringLiteral("kustomizations"),
                                                                tenantNs));
        QSignalSpy listed(&mine, &KubeWatch::listed);
        mine.start();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20000);
        const auto items = listed.at(0).at(0).value<QList<QJsonObject>>();
        QVERIFY(std::any_of(items.cbegin(), items.cend(),
                            [](const QJsonObject& o) { return nameOf(o) == QLatin1String("tenant-app"); }));
        QVERIFY(std::none_of(items.cbegin(), items.cend(),
                             [](const QJsonObject& o) { return nameOf(o) == QLatin1String("other-app"); }));

        // A denied resume names the verb and the resource, and the API server holds no change.
        FluxActions actions(client.get());
        const auto results = runAction(actions, FluxAction::Resume, {kustomization(tenantNs, QStringLiteral("tenant-app"))});
        QVERIFY(results);
        QCOMPARE(results->size(), 1);
        const FluxActionResult& denied = results->at(0);
        QVERIFY(!denied.ok);
        QCOMPARE(denied.errorCode, QStringLiteral("kube.403"));
        QCOMPARE(denied.deniedVerb, QStringLiteral("patch"));
        QVERIFY2(denied.message.contains(QStringLiteral("patch kustomizations.kustomize.toolkit.fluxcd.io in namespace ")
                                         + tenantNs),
                 qPrintable(denied.message));
        QCOMPARE(m_plane.field(tenantNs, QStringLiteral("kustomization/tenant-app"), QStringLiteral(".spec.suspend")),
                 QStringLiteral("true"));
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), otherNs, QStringLiteral("--wait=false")});
    }

    void theExecUserIsRefusedBeforeItIsAllowedAndWorksAfter()
    {
        QTemporaryDir dir;
        ExecCredentialProvider provider(dir.filePath(QStringLiteral("allowlist.json")));
        auto client = test::LiveControlPlane::clientFor(m_plane.execUserKubeconfig());
        QVERIFY(client);
        QVERIFY(client->endpoint().user.exec.isSet());
        client->setExecCredentialProvider(&provider);
        QSignalSpy required(client.get(), &KubeClient::credentialsRequired);

        std::optional<KubeResponse> refused;
        client->get(KustomizationsV1 + QStringLiteral("/kustomizations"),
                    [&refused](const KubeResponse& r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 20000);
        QCOMPARE(refused->status, 0);
        QCOMPARE(refused->errorCode, QStringLiteral("exec.not-allowed"));
        QCOMPARE(required.size(), 1);
        QCOMPARE(provider.runs(), 0); // the plugin never ran

        provider.allow(client->endpoint().user.exec);
        std::optional<KubeResponse> whoami;
        client->post(QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"),
                     QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
                                 {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")}},
                     [&whoami](const KubeResponse& r) { whoami = r; });
        QTRY_VERIFY_WITH_TIMEOUT(whoami.has_value(), 20000);
        QVERIFY2(whoami->ok(), qPrintable(whoami->message()));
        QCOMPARE(whoami->json.value(QStringLiteral("status")).toObject().value(QStringLiteral("userInfo")).toObject()
                     .value(QStringLiteral("username")).toString(),
                 QStringLiteral("exec-user"));
        QCOMPARE(provider.runs(), 1);
    }

    void suspendSetsSpecSuspendAndReasonAndAManualChangeSurvives()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("e2e-live-") + test::LiveControlPlane::uniqueSuffix();
        QString head;
        QVERIFY(readyWorkload(dir.path(), name, name, &head));
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        FluxActions actions(client.get());
        actions.setPollInterval(500);

        auto results = runAction(actions, FluxAction::Suspend, {kustomization(name, name)}, false,
                                 QStringLiteral("maintenance"));
        QVERIFY(results);
        QVERIFY2(results->at(0).ok, qPrintable(results->at(0).message));
        QCOMPARE(m_plane.field(name, QStringLiteral("kustomization/") + name, QStringLiteral(".spec.suspend")),
                 QStringLiteral("true"));
        QCOMPARE(m_plane.field(name, QStringLiteral("kustomization/") + name,
                               QStringLiteral(".metadata.annotations.suspend\\.toolkit\\.fluxcd\\.io/reason")),
                 QStringLiteral("maintenance"));

        m_plane.kubectl({QStringLiteral("-n"), name, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                         QStringLiteral("--replicas=5")});
        results = runAction(actions, FluxAction::Reconcile, {kustomization(name, name)});
        QVERIFY(results);
        QVERIFY(!results->at(0).ok);
        QCOMPARE(results->at(0).errorCode, QStringLiteral("flux.suspended"));
        QTest::qWait(5000);
        QCOMPARE(m_plane.field(name, QStringLiteral("deployment/web"), QStringLiteral(".spec.replicas")),
                 QStringLiteral("5"));

        // Resume requests a reconcile and waits for it: the manual change is reverted.
        results = runAction(actions, FluxAction::Resume, {kustomization(name, name)});
        QVERIFY(results);
        QVERIFY2(results->at(0).ok, qPrintable(results->at(0).message));
        QCOMPARE(results->at(0).revision, QStringLiteral("main@sha1:") + head);
        QCOMPARE(m_plane.field(name, QStringLiteral("kustomization/") + name, QStringLiteral(".spec.suspend")),
                 QStringLiteral("false"));
        const QString token = m_plane.field(name, QStringLiteral("kustomization/") + name,
                                            QStringLiteral(".metadata.annotations.reconcile\\.fluxcd\\.io/requestedAt"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_plane.field(name, QStringLiteral("kustomization/") + name, QStringLiteral(".status.lastHandledReconcileAt")),
                 token);
        QTRY_COMPARE_WITH_TIMEOUT(m_plane.field(name, QStringLiteral("deployment/web"), QStringLiteral(".spec.replicas")),
                                  QStringLiteral("2"), 30000);
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), name, QStringLiteral("--wait=false")});
    }

    void theLiveSourceFollowsFluxObjectsPerClusterThrottled()
    {
        const QString ns = QStringLiteral("e2e-source-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(suspendedKustomization(ns, QStringLiteral("app"))));
        auto config = Kubeconfig::load({m_plane.adminKubeconfig()});
        QVERIFY(config);
        LiveClusterConfig cluster{QStringLiteral("prod-eu-west-1"), *config->endpoint(config->currentContext()), {}};
        LiveClusterSource source;
        source.setThrottle(200);
        QSignalSpy changed(&source, &LiveClusterSource::changed);
        source.connectClusters({cluster});
        QTRY_VERIFY_WITH_TIMEOUT(source.allSynced(), 30000);
        const QString key = LiveOverlay::objectKey(QStringLiteral("Kustomization"), ns, QStringLiteral("app"));
        QTRY_VERIFY_WITH_TIMEOUT(source.views().value(QStringLiteral("prod-eu-west-1")).objects.contains(key), 10000);
        QCOMPARE(source.views().value(QStringLiteral("prod-eu-west-1")).objects.value(key).status.state,
                 FluxStatus::State::Suspended);
        QCOMPARE(source.connectionState(QStringLiteral("prod-eu-west-1")), QStringLiteral("connected"));

        // A burst of changes becomes a few throttled updates, and the last state wins.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTest::qWait(400);
        changed.clear();
        for (int i = 0; i < 10; ++i)
            m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("annotate"), QStringLiteral("--overwrite"),
                             QStringLiteral("kustomization/app"), QStringLiteral("burst=%1").arg(i)});
        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("kustomization/app"),
                         QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"spec":{"suspend":false}})")});
        QTRY_VERIFY_WITH_TIMEOUT(source.views().value(QStringLiteral("prod-eu-west-1")).objects.value(key).status.state
                                     != FluxStatus::State::Suspended,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 2000);
        QVERIFY2(changed.size() <= 11, qPrintable(QString::number(changed.size()))); // at most one per change
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void reconcileWithSourcePicksUpANewCommit()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("e2e-src-") + test::LiveControlPlane::uniqueSuffix();
        QString head;
        QVERIFY(readyWorkload(dir.path(), name, name, &head));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("deploy/configmap.yaml")),
                                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n"
                                "  greeting: hello again\n"));
        const QString newHead = m_plane.commitAndPush(dir.path(), name, QStringLiteral("Change greeting"));
        QVERIFY(!newHead.isEmpty());
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        FluxActions actions(client.get());
        actions.setPollInterval(500);
        const auto results = runAction(actions, FluxAction::Reconcile, {kustomization(name, name)}, true);
        QVERIFY(results);
        QVERIFY2(results->at(0).ok, qPrintable(results->at(0).message));
        QCOMPARE(results->at(0).revision, QStringLiteral("main@sha1:") + newHead);
        QCOMPARE(m_plane.field(name, QStringLiteral("gitrepository/") + name, QStringLiteral(".status.artifact.revision")),
                 QStringLiteral("main@sha1:") + newHead);
        QCOMPARE(m_plane.field(name, QStringLiteral("configmap/web-config"), QStringLiteral(".data.greeting")),
                 QStringLiteral("hello again"));
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), name, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestLiveFlux)
#include "tst_liveflux.moc"
