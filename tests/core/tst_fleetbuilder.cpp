// Fleet discovery on a small hybrid fleet (tests/data/fleets/small): clusters, root Kustomization, platform and
// tenants, links, and what each Kustomization's path applies.

#include "TestData.h"
#include "engine/WorkspaceLoader.h"
#include "fleet/FleetBuilder.h"
#include "fleet/KustomizeResolver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

class TestFleetBuilder : public QObject
{
    Q_OBJECT

private:
    static const FluxObject* object(const Fleet& fleet, const QString& cluster, const QString& kind,
                                    const QString& ns, const QString& name)
    {
        for (const FluxObject& obj : fleet.objects) {
            if (obj.cluster == cluster && obj.id.kind == kind && obj.id.ns == ns && obj.id.name == name)
                return &obj;
        }
        return nullptr;
    }

    static QStringList appliedNames(const FluxObject& obj)
    {
        QStringList names;
        for (const AppliedDocument& d : obj.applied)
            names.append(d.document->id.kind + QLatin1Char('/') + d.document->id.name);
        names.sort();
        return names;
    }

    WorkspaceLoadResult m_result;

private Q_SLOTS:
    void initTestCase()
    {
        m_result = WorkspaceLoader::loadOnce(test::dataPath(QStringLiteral("fleets/small/platform-flux")));
        QVERIFY(m_result.fleet);
    }

    void clustersComeFromTheClustersFolder()
    {
        QCOMPARE(m_result.fleet->clusters.size(), size_t(1));
        QCOMPARE(m_result.fleet->clusters.front().name, QStringLiteral("c1"));
    }

    void theRootKustomizationIsTheOneWhosePathIsTheClusterFolder()
    {
        const Cluster& cluster = m_result.fleet->clusters.front();
        QVERIFY(cluster.rootKustomization >= 0);
        const FluxObject& root = m_result.fleet->objects[size_t(cluster.rootKustomization)];
        QCOMPARE(root.id.name, QStringLiteral("flux-system"));
        QCOMPARE(root.id.kind, QStringLiteral("Kustomization"));
    }

    void platformAndTenantObjectsAreSeparated()
    {
        const Cluster& cluster = m_result.fleet->clusters.front();
        QStringList platform;
        for (int i : cluster.platformObjects)
            platform.append(m_result.fleet->objects[size_t(i)].id.name);
        platform.sort();
        QCOMPARE(platform, (QStringList{QStringLiteral("cert-manager"), QStringLiteral("flux-system"),
                                        QStringLiteral("flux-system"), QStringLiteral("ingress")}));
        QCOMPARE(cluster.tenants.size(), size_t(1));
        const Tenant& tenant = cluster.tenants.front();
        QCOMPARE(tenant.name, QStringLiteral("tenant-acme"));
        QCOMPARE(tenant.ns, QStringLiteral("tenant-acme"));
        QCOMPARE(tenant.serviceAccountName, QStringLiteral("tenant-acme-flux"));
        QCOMPARE(tenant.objects.size(), size_t(2));
    }

    void dependsOnResolvesInTheSameNamespace()
    {
        const FluxObject* ingress = object(*m_result.fleet, QStringLiteral("c1"), QStringLiteral("Kustomization"),
                                           QStringLiteral("flux-system"), QStringLiteral("ingress"));
        QVERIFY(ingress);
        QCOMPARE(ingress->dependsOn.size(), size_t(1));
        const int target = m_result.fleet->resolve(*ingress, ingress->dependsOn.front(), QString());
        QVERIFY(target >= 0);
        QCOMPARE(m_result.fleet->objects[size_t(target)].id.name, QStringLiteral("cert-manager"));
        QCOMPARE(ingress->dependsOn.front().location.line, 14);
    }

    void aKustomizationYamlLimitsWhatIsApplied()
    {
        const FluxObject* certManager = object(*m_result.fleet, QStringLiteral("c1"),
                                               QStringLiteral("Kustomization"), QStringLiteral("flux-system"),
                                               QStringLiteral("cert-manager"));
        QVERIFY(certManager);
        QCOMPARE(appliedNames(*certManager), QStringList{QStringLiteral("Namespace/cert-manager")});
    }

    void aPathWithoutKustomizationYamlAppliesEverythingBelowIt()
    {
        const FluxObject* tenant = object(*m_result.fleet, QStringLiteral("c1"), QStringLiteral("Kustomization"),
                                          QStringLiteral("tenant-acme"), QStringLiteral("tenant-acme"));
        QVERIFY(tenant);
        QVERIFY(tenant->sourceRepository);
        QCOMPARE(tenant->sourceRepository->name, QStringLiteral("acme"));
        QCOMPARE(appliedNames(*tenant), (QStringList{QStringLiteral("Deployment/web"), QStringLiteral("Service/web")}));
    }

    void tenantReposAreAttachedFromASiblingTenantsFolder()
    {
        QCOMPARE(m_result.fleet->repositoriesByUrl.size(), 1);
        const QString key = FleetBuilder::normaliseUrl(QStringLiteral("https://git.fleetdesk.test/tenants/acme.git"));
        QVERIFY(m_result.fleet->repositoriesByUrl.contains(key));
    }

    void theSmallFleetLoadsWithoutIssues()
    {
        for (const Issue& issue : m_result.issues)
            qWarning() << issue.ruleId << issue.location.toString() << issue.message;
        QCOMPARE(m_result.issues.size(), size_t(0));
    }

    void whatATenantAppliesBelongsToThatTenant()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        // The tenant's own repository declares a Kustomization with its own service account and namespace.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tenants/acme/clusters/c1/nested.yaml")),
                                "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n"
                                "  name: worker\n  namespace: acme-jobs\nspec:\n  interval: 5m\n"
                                "  path: ./clusters/c1/extra\n  prune: true\n  serviceAccountName: jobs\n"
                                "  sourceRef:\n    kind: GitRepository\n    name: tenant-acme\n"
                                "    namespace: tenant-acme\n"));
        const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(dir.filePath(QStringLiteral("platform-flux")));
        const FluxObject* worker = object(*result.fleet, QStringLiteral("c1"), QStringLiteral("Kustomization"),
                                          QStringLiteral("acme-jobs"), QStringLiteral("worker"));
        QVERIFY(worker);
        QCOMPARE(worker->tenant, QStringLiteral("tenant-acme"));
        QCOMPARE(result.fleet->clusters.front().tenants.size(), size_t(1));
    }

    void urlsAreComparedNormalised_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("https with .git") << "https://Git.Example.com/org/repo.git" << "https://git.example.com/org/repo";
        QTest::newRow("trailing slash") << "https://git.example.com/org/repo/" << "https://git.example.com/org/repo";
        QTest::newRow("credentials dropped") << "https://user:secret@git.example.com/org/repo.git"
                                             << "https://git.example.com/org/repo";
        QTest::newRow("scp style") << "git@github.com:org/repo.git" << "ssh://git@github.com/org/repo";
    }

    void urlsAreComparedNormalised()
    {
        QFETCH(QString, url);
        QFETCH(QString, normalised);
        QCOMPARE(FleetBuilder::normaliseUrl(url), normalised);
    }

    void remoteResourcesAreRecognised_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("remote");
        QTest::newRow("https") << "https://github.com/org/repo//deploy?ref=v1" << true;
        QTest::newRow("github shorthand") << "github.com/org/repo/deploy" << true;
        QTest::newRow("scp") << "git@github.com:org/repo.git" << true;
        QTest::newRow("local dir") << "../../base" << false;
        QTest::newRow("local file") << "deployment.yaml" << false;
    }

    void remoteResourcesAreRecognised()
    {
        QFETCH(QString, entry);
        QFETCH(bool, remote);
        QCOMPARE(KustomizeResolver::isRemoteResource(entry), remote);
    }

    void pathsThatLeaveTheRepositoryAreRefused()
    {
        QCOMPARE(RepositoryContent::normalisePath(QStringLiteral("./a/../b")), std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(RepositoryContent::normalisePath(QStringLiteral("../other")), std::nullopt);
        QCOMPARE(RepositoryContent::normalisePath(QStringLiteral("/etc")), std::nullopt);
        QCOMPARE(RepositoryContent::normalisePath(QStringLiteral("./")), std::optional<QString>(QString()));
    }
};

QTEST_GUILESS_MAIN(TestFleetBuilder)
#include "tst_fleetbuilder.moc"
