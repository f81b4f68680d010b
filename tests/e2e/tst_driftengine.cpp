// Drift through the real reconcile engine, on its own thread as the application runs it, against the real local
// control plane (tests/testenv): the engine watches the objects a Kustomization manages and the ConfigMap it
// substitutes from, and recomputes that Kustomization's drift when one of them changes, with no refresh asked
// for; an unrelated ConfigMap recomputes nothing. A small fleet (one cluster, one tenant) is synced in through the
// real source- and kustomize-controller. Below the engine: the watcher's 403 fallback for a user who may watch one
// namespace only, and metadata-only watches that never carry a Secret's data.

#include "LiveControlPlane.h"
#include "drift/DriftReportFormat.h"
#include "engine/EngineThread.h"
#include "engine/InventoryWatcher.h"
#include "engine/ReconcileEngine.h"
#include "kube/KubeClient.h"
#include "kube/KubeWatch.h"
#include "kube/Kubeconfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool git(const QString& dir, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=fleetdesk e2e"),
                                                     QStringLiteral("-c"), QStringLiteral("user.email=e2e@fleetdesk.invalid")}
                                             + arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

const ObjectDrift* objectOf(const KustomizationDrift& drift, const QString& kind, const QString& name)
{
    for (const ObjectDrift& object : drift.objects) {
        if (object.id.kind == kind && object.id.name == name)
            return &object;
    }
    return nullptr;
}

QStringList paths(const ObjectDrift* object)
{
    QStringList result;
    if (object) {
        for (const FieldDrift& field : object->fields)
            result.append(field.path);
    }
    return result;
}

/// The tenant Kustomization of the fleet; `ns` and `name` are the tenant's. Git and cluster differ in the URL only.
QByteArray tenantObjects(const QString& tenant, const QString& url)
{
    return QStringLiteral(R"(apiVersion: v1
kind: Namespace
metadata:
  name: %1
  labels:
    toolkit.fluxcd.io/tenant: %1
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: %1
  namespace: %1
  labels:
    toolkit.fluxcd.io/tenant: %1
spec:
  interval: 1h
  ref:
    branch: main
  url: %2
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: %1
  namespace: %1
  labels:
    toolkit.fluxcd.io/tenant: %1
spec:
  interval: 1h
  path: ./deploy
  prune: true
  targetNamespace: %1
  sourceRef:
    kind: GitRepository
    name: %1
  postBuild:
    substituteFrom:
    - kind: ConfigMap
      name: web-vars
)")
        .arg(tenant, url)
        .toUtf8();
}

/// Finds the node of a Kustomization and the tenant and cluster above it.
struct Path
{
    FleetNodePtr cluster;
    FleetNodePtr tenant;
    FleetNodePtr kustomization;
};

bool findKustomization(const FleetNodePtr& node, const QString& name, Path& path)
{
    if (node->nodeKind == NodeKind::Cluster)
        path.cluster = node;
    if (node->nodeKind == NodeKind::Tenant)
        path.tenant = node;
    if (node->nodeKind == NodeKind::FluxObject && node->kind == QLatin1String("Kustomization") && node->name == name) {
        path.kustomization = node;
        return true;
    }
    for (const FleetNodePtr& child : node->children) {
        Path below = path;
        if (findKustomization(child, name, below)) {
            path = below;
            return true;
        }
    }
    return false;
}

} // namespace

class TestDriftEngine : public QObject
{
    Q_OBJECT

private:
    test::LiveControlPlane m_plane;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
        QVERIFY(m_work.isValid());
    }

    void theEngineRecomputesDriftWhenAManagedObjectOrASubstitutionSourceChanges()
    {
        // The fleet: platform-flux onboards one tenant on one cluster; the tenant's repository deploys a ConfigMap
        // whose greeting comes from the ConfigMap web-vars (postBuild.substituteFrom) and a Deployment.
        const QString suffix = test::LiveControlPlane::uniqueSuffix();
        const QString tenant = QStringLiteral("driftengine-") + suffix;
        const QString clusterName = QStringLiteral("e2e-") + suffix;
        const QString platform = m_work.filePath(QStringLiteral("platform-flux"));
        const QString tenantDir = m_work.filePath(QStringLiteral("tenants/") + tenant);
        QVERIFY(writeFile(platform + QStringLiteral("/clusters/%1/tenants/%2.yaml").arg(clusterName, tenant),
                          tenantObjects(tenant, QStringLiteral("https://git.fleetdesk.invalid/fleet/%1.git").arg(tenant))));
        QVERIFY(git(platform, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(git(platform, {QStringLiteral("add"), QStringLiteral("-A")}));
        QVERIFY(git(platform, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Onboard ") + tenant}));
        QVERIFY(!m_plane.createRepository(tenantDir, tenant).isEmpty());
        QVERIFY(writeFile(tenantDir + QStringLiteral("/deploy/configmap.yaml"),
                          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n"
                          "  greeting: ${greeting}\n"));
        const QString head = m_plane.commitAndPush(tenantDir, tenant, QStringLiteral("Greeting from web-vars"));
        QVERIFY(!head.isEmpty());

        // The cluster side, as the platform would apply it, with the substitution source beside it.
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n---\n"
                                             "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-vars\n"
                                             "  namespace: %1\ndata:\n  greeting: hello\n")
                                  .arg(tenant)
                                  .toUtf8()));
        QVERIFY(m_plane.apply(tenantObjects(tenant, m_plane.gitUrl() + QLatin1Char('/') + tenant + QStringLiteral(".git"))));
        QVERIFY(m_plane.waitApplied(tenant, tenant, head, 180000));
        QCOMPARE(m_plane.field(tenant, QStringLiteral("configmap/web-config"), QStringLiteral(".data.greeting")),
                 QStringLiteral("hello"));

        // The engine on its own thread, as app/main.cpp runs it, connected with the admin context.
        qputenv("FLEETDESK_OFFLINE", "1"); // connected below, with the admin context
        auto config = Kubeconfig::load({m_plane.adminKubeconfig()});
        QVERIFY(config);
        const QString context = config->currentContext();
        EngineThread thread;
        ReconcileEngine* engine = thread.engine();
        QList<KustomizationDriftPtr> updates; // of this tenant's Kustomization, in order
        FleetSnapshotPtr snapshot;
        connect(engine, &ReconcileEngine::driftUpdated, this, [&updates, tenant](const KustomizationDriftPtr& drift) {
            if (drift->ns == tenant && drift->name == tenant)
                updates.append(drift);
        });
        connect(engine, &ReconcileEngine::snapshotReady, this,
                [&snapshot](const FleetSnapshotPtr& s) {
                    if (!snapshot || s->generation >= snapshot->generation)
                        snapshot = s;
                });
        const QString kubeconfig = m_plane.adminKubeconfig();
        QMetaObject::invokeMethod(engine, [engine, platform, clusterName, context, kubeconfig]() {
            engine->openWorkspace(platform);
            engine->setContextMapping({{clusterName, context}});
            engine->connectClusters({kubeconfig});
        });
        const auto stats = [engine, clusterName]() {
            InventoryWatchStats result;
            QMetaObject::invokeMethod(engine, [&result, engine, clusterName]() { result = engine->driftWatchStats(clusterName); },
                                      Qt::BlockingQueuedConnection);
            return result;
        };
        const auto computations = [engine]() {
            int result = 0;
            QMetaObject::invokeMethod(engine, [&result, engine]() { result = engine->driftComputations(); },
                                      Qt::BlockingQueuedConnection);
            return result;
        };
        const auto latest = [&updates]() { return updates.isEmpty() ? KustomizationDriftPtr() : updates.constLast(); };
        const auto shown = [&snapshot, tenant]() {
            Path path;
            if (!snapshot || !findKustomization(snapshot->root, tenant, path) || !path.tenant || !path.cluster)
                return QStringLiteral("no Kustomization %1 in the tree").arg(tenant);
            return QStringLiteral("kustomization %1, tenant %2, cluster %3")
                .arg(path.kustomization->drift)
                .arg(path.tenant->driftTotal)
                .arg(path.cluster->driftTotal);
        };

        // The initial result: in sync, in the tree too.
        QTRY_VERIFY_WITH_TIMEOUT(latest() != nullptr, 120000);
        QVERIFY2(latest()->error.isEmpty(), qPrintable(latest()->error));
        QCOMPARE(latest()->revision, head);
        QCOMPARE(latest()->driftCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("kustomization 0, tenant 0, cluster 0"), 30000);

        // The engine follows the Kustomization, its source, the objects of its inventory and its substitution
        // source, with metadata-only watches that have listed once (so that what happens next is a change, not the
        // first list).
        QTRY_VERIFY_WITH_TIMEOUT(stats().collections.contains(QStringLiteral("/apis/apps/v1/deployments")), 60000);
        {
            const InventoryWatchStats s = stats();
            QVERIFY2(s.collections.contains(QStringLiteral("/api/v1/configmaps")), qPrintable(s.collections.join(u' ')));
            QVERIFY2(s.collections.contains(QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations")),
                     qPrintable(s.collections.join(u' ')));
            QVERIFY2(s.collections.contains(QStringLiteral("/apis/source.toolkit.fluxcd.io/v1/gitrepositories")),
                     qPrintable(s.collections.join(u' ')));
            QCOMPARE(s.objects, 5); // the Kustomization, its GitRepository, web-config, web, web-vars
            QCOMPARE(s.unwatched, 0);
            QVERIFY(s.watches <= 32);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stats().listed, stats().watches, 60000);

        // Suspended, then scaled by hand: the drift of exactly that field arrives without a refresh.
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("patch"), QStringLiteral("kustomization"),
                                  tenant, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"spec":{"suspend":true}})")}).isEmpty());
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=5")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(paths(objectOf(*latest(), QStringLiteral("Deployment"), QStringLiteral("web"))),
                                  QStringList{QStringLiteral(".spec.replicas")}, 60000);
        {
            const KustomizationDriftPtr drift = latest();
            const ObjectDrift* web = objectOf(*drift, QStringLiteral("Deployment"), QStringLiteral("web"));
            QCOMPARE(web->kind, DriftKind::Change);
            QCOMPARE(web->fields.at(0).live.toInt(), 5);
            QCOMPARE(web->fields.at(0).desired.toInt(), 2);
            QVERIFY2(web->fields.at(0).manager.startsWith(QLatin1String("kubectl")), qPrintable(web->fields.at(0).manager));
            QCOMPARE(drift->driftCount(), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("kustomization 1, tenant 1, cluster 1"), 30000);

        // The substitution source changes: the recomputation shows the substituted field that now differs.
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("patch"), QStringLiteral("configmap/web-vars"),
                                  QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"data":{"greeting":"bonjour"}})")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(paths(objectOf(*latest(), QStringLiteral("ConfigMap"), QStringLiteral("web-config"))),
                                  QStringList{QStringLiteral(".data.greeting")}, 60000);
        {
            const KustomizationDriftPtr drift = latest();
            const ObjectDrift* webConfig = objectOf(*drift, QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
            QCOMPARE(webConfig->fields.at(0).desired.toString(), QStringLiteral("bonjour"));
            QCOMPARE(webConfig->fields.at(0).live.toString(), QStringLiteral("hello"));
            QCOMPARE(drift->driftCount(), 2);
            qInfo("%s", qPrintable(DriftReportFormat::toText(*drift, false)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("kustomization 2, tenant 2, cluster 2"), 30000);

        // An unrelated ConfigMap in the same namespace: the watch sees it and recomputes nothing.
        const int computedBefore = computations();
        const int changesBefore = stats().changes;
        const QString unrelatedKey = QStringLiteral("/ConfigMap/%1/unrelated").arg(tenant);
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("create"), QStringLiteral("configmap"),
                                  QStringLiteral("unrelated"), QStringLiteral("--from-literal=a=b")}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stats().recentlyIgnored.contains(unrelatedKey), 30000);
        QCOMPARE(stats().changes, changesBefore);
        QCOMPARE(computations(), computedBefore);

        // Reverted by hand: back to no drift, on the Kustomization, its tenant and its cluster.
        const int updatesBefore = int(updates.size());
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                  QStringLiteral("--replicas=2")}).isEmpty());
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("patch"), QStringLiteral("configmap/web-vars"),
                                  QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"data":{"greeting":"hello"}})")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(latest()->driftCount(), 0, 60000);
        QVERIFY(int(updates.size()) > updatesBefore);
        QVERIFY(computations() > computedBefore);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("kustomization 0, tenant 0, cluster 0"), 30000);

        {
            const InventoryWatchStats s = stats();
            qInfo("drift watches: %d (%s), objects %d, events %d, ignored %d, changes %d; computations %d", s.watches,
                  qPrintable(s.collections.join(QStringLiteral(", "))), s.objects, s.events, s.ignored, s.changes,
                  computations());
        }

        // Gone from the cluster: no longer tracked, and nothing is watched for it any more.
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), tenant, QStringLiteral("delete"), QStringLiteral("kustomization"),
                                  tenant, QStringLiteral("--wait=false")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stats().objects, 0, 60000);
        QCOMPARE(stats().watches, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("kustomization -1, tenant 0, cluster 0"), 30000);

        QMetaObject::invokeMethod(engine, [engine]() { engine->closeWorkspace(); }, Qt::BlockingQueuedConnection);
        qunsetenv("FLEETDESK_OFFLINE");
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), tenant, QStringLiteral("--wait=false")});
    }

    void theWatcherFallsBackToTheNamespacesTheUserMayWatchAndReportsOnlyFollowedObjects()
    {
        // tenant-dev may list and watch ConfigMaps in its namespace only, and no Secrets at all (ClusterRole view).
        const QString ns = m_plane.tenantNamespace();
        const QString name = QStringLiteral("followed-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\n  namespace: %2\n"
                                             "data:\n  a: one\n").arg(name, ns).toUtf8()));
        auto client = test::LiveControlPlane::clientFor(m_plane.tenantKubeconfig());
        QVERIFY(client);
        InventoryWatcher watcher(client.get());
        QSignalSpy changed(&watcher, &InventoryWatcher::objectChanged);
        const ObjectId followed = ObjectId::fromApiVersion(QStringLiteral("v1"), QStringLiteral("ConfigMap"), ns, name);
        watcher.setObjects({followed,
                            ObjectId::fromApiVersion(QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("default"),
                                                     QStringLiteral("kube-root-ca.crt")),
                            ObjectId::fromApiVersion(QStringLiteral("v1"), QStringLiteral("Secret"), ns, name)});
        QTRY_COMPARE_WITH_TIMEOUT(watcher.stats().collections,
                                  QStringList{QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns)}, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.stats().listed, 1, 30000);
        // ConfigMaps of default and Secrets of tenant-dev: forbidden, left out and counted.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.stats().unwatched, 2, 30000);
        QCOMPARE(watcher.stats().objects, 3);
        QVERIFY(changed.isEmpty()); // the initial list reports nothing

        // Another ConfigMap in the namespace is seen and ignored; the followed one is reported.
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1-other\n"
                                             "  namespace: %2\ndata:\n  a: one\n").arg(name, ns).toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.stats().recentlyIgnored.contains(QStringLiteral("/ConfigMap/%1/%2-other").arg(ns, name)),
                                 30000);
        QVERIFY(changed.isEmpty());
        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("configmap/") + name,
                                  QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"data":{"a":"two"}})")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000);
        QCOMPARE(changed.constFirst().constFirst().value<ObjectId>().key(), followed.key());
        QCOMPARE(watcher.stats().changes, 1);

        // Capped at one watch: the kind with more followed objects keeps it, the other is counted as unwatched.
        InventoryWatcher capped(client.get());
        capped.setMaxWatches(1);
        capped.setObjects({followed, ObjectId::fromApiVersion(QStringLiteral("v1"), QStringLiteral("ConfigMap"), ns,
                                                              name + QStringLiteral("-other")),
                           ObjectId::fromApiVersion(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), ns,
                                                    QStringLiteral("web"))});
        QTRY_COMPARE_WITH_TIMEOUT(capped.stats().collections,
                                  QStringList{QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns)}, 30000);
        QCOMPARE(capped.stats().watches, 1);
        QTRY_COMPARE_WITH_TIMEOUT(capped.stats().unwatched, 1, 30000);

        // No longer followed: its watch stops.
        watcher.setObjects({});
        QCOMPARE(watcher.stats().watches, 0);
        QCOMPARE(watcher.stats().objects, 0);
        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("delete"), QStringLiteral("configmap"), name,
                         name + QStringLiteral("-other")});
    }

    void metadataOnlyWatchesNeverCarryASecretsData()
    {
        const QString ns = QStringLiteral("metadata-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n---\n"
                                             "apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n  namespace: %1\n"
                                             "stringData:\n  token: s3cr3t-value\n").arg(ns).toUtf8()));
        auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        KubeWatch watch(client.get(), QStringLiteral("/api/v1/namespaces/%1/secrets").arg(ns));
        watch.setMetadataOnly(true);
        QSignalSpy listed(&watch, &KubeWatch::listed);
        QSignalSpy events(&watch, &KubeWatch::event);
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 30000);
        const auto items = listed.constFirst().constFirst().value<QList<QJsonObject>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().value(QStringLiteral("kind")).toString(), QStringLiteral("PartialObjectMetadata"));
        QCOMPARE(items.constFirst().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("token"));
        QVERIFY(!items.constFirst().contains(QStringLiteral("data")));
        QTRY_COMPARE_WITH_TIMEOUT(watch.state(), KubeWatch::State::Watching, 30000);

        QVERIFY(!m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("secret/token"),
                                  QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"stringData":{"token":"other-value"}})")}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 30000);
        const QJsonObject object = events.constFirst().at(1).value<QJsonObject>();
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("PartialObjectMetadata"));
        QVERIFY(!object.contains(QStringLiteral("data")));
        QVERIFY(!QJsonDocument(object).toJson().contains("b3RoZXItdmFsdWU")); // base64 of other-value
        watch.stop();
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestDriftEngine)
#include "tst_driftengine.moc"
