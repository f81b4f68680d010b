// Incremental loading: a reload reads only changed files, parses only changed content, keeps unchanged subtrees
// of the snapshot tree as the same pointers, and reports load problems as issues without stopping.

#include "TestData.h"
#include "engine/WorkspaceLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

class TestWorkspaceLoader : public QObject
{
    Q_OBJECT

private:
    static const FleetNode* findNode(const FleetNodePtr& node, const QString& keySuffix)
    {
        if (node->key.endsWith(keySuffix))
            return node.get();
        for (const FleetNodePtr& child : node->children) {
            if (const FleetNode* found = findNode(child, keySuffix))
                return found;
        }
        return nullptr;
    }

    static FleetNodePtr childNamed(const FleetNodePtr& node, const QString& name)
    {
        for (const FleetNodePtr& child : node->children) {
            if (child->name == name)
                return child;
        }
        return {};
    }

private Q_SLOTS:
    void aReloadWithoutChangesParsesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        WorkspaceLoader loader(dir.filePath(QStringLiteral("platform-flux")));
        const WorkspaceLoadResult first = loader.load(1);
        QCOMPARE(first.snapshot->statistics.files, 13);
        QCOMPARE(first.snapshot->statistics.filesParsed, 13);
        const WorkspaceLoadResult second = loader.load(2);
        QCOMPARE(second.snapshot->statistics.filesParsed, 0);
        QCOMPARE(second.snapshot->generation, quint64(2));
        QCOMPARE(second.snapshot->root.get(), first.snapshot->root.get());
    }

    void aChangedFileIsTheOnlyOneParsedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        WorkspaceLoader loader(dir.filePath(QStringLiteral("platform-flux")));
        const WorkspaceLoadResult first = loader.load(1);

        const QString app = dir.filePath(QStringLiteral("tenants/acme/clusters/c1/app.yaml"));
        QFile file(app);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        content.replace("replicas: 2", "replicas: 5");
        QVERIFY(test::writeFile(app, content));

        const WorkspaceLoadResult second = loader.load(2);
        QCOMPARE(second.snapshot->statistics.filesParsed, 1);
        const FleetNode* web = findNode(second.snapshot->root, QStringLiteral("/o:apps/Deployment/tenant-acme/web"));
        QVERIFY(web);
        QVERIFY(web->yaml.contains(QLatin1String("replicas: 5")));

        // The platform subtree did not change: it is the same pointer in both generations.
        const FleetNodePtr cluster1 = childNamed(first.snapshot->root, QStringLiteral("c1"));
        const FleetNodePtr cluster2 = childNamed(second.snapshot->root, QStringLiteral("c1"));
        QVERIFY(cluster1 && cluster2);
        QVERIFY(cluster1 != cluster2);
        QCOMPARE(cluster2->children.front()->nodeKind, NodeKind::Platform);
        QCOMPARE(cluster2->children.front().get(), cluster1->children.front().get());
    }

    void filesAddedAndRemovedAppearInTheTreeAfterAWatchedReload()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        WorkspaceLoader loader(dir.filePath(QStringLiteral("platform-flux")));
        loader.load(1);
        const QString folder = dir.filePath(QStringLiteral("tenants/acme/clusters/c1"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/settings.yaml"),
                                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n"
                                "  namespace: tenant-acme\n"));
        QVERIFY(QFile::remove(folder + QStringLiteral("/extra/service.yaml")));
        // What a file watcher reports: the folders whose entries changed.
        const QStringList changed{folder, folder + QStringLiteral("/extra")};
        const WorkspaceLoadResult result = loader.load(2, &changed);
        QCOMPARE(result.snapshot->statistics.filesParsed, 1);
        QVERIFY(findNode(result.snapshot->root, QStringLiteral("/o:/ConfigMap/tenant-acme/settings")));
        QVERIFY(!findNode(result.snapshot->root, QStringLiteral("/o:/Service/tenant-acme/web")));
        QVERIFY(findNode(result.snapshot->root, QStringLiteral("/o:apps/Deployment/tenant-acme/web")));
    }

    void aFileWithTheSameContentIsNotParsedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        WorkspaceLoader loader(dir.filePath(QStringLiteral("platform-flux")));
        loader.load(1);
        const QString path = dir.filePath(QStringLiteral("platform-flux/clusters/c1/tenants/acme/rbac.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        file.close();
        // Rewritten with a later time but the same bytes: read again, found in the blob cache.
        QTest::qWait(20);
        QVERIFY(test::writeFile(path, content));
        const WorkspaceLoadResult second = loader.load(2);
        QCOMPARE(second.snapshot->statistics.filesParsed, 0);
    }

    void aBrokenFileBecomesAnIssueAndTheRestStillLoads()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("platform-flux/clusters/c1/broken.yaml")),
                                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n"));
        const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(dir.filePath(QStringLiteral("platform-flux")));
        QCOMPARE(result.issues.size(), size_t(1));
        const Issue& issue = result.issues.front();
        QCOMPARE(issue.ruleId, QStringLiteral("load/yaml.syntax"));
        QCOMPARE(issue.location.file, QStringLiteral("clusters/c1/broken.yaml"));
        QVERIFY(issue.location.line >= 4);
        QCOMPARE(issue.severity, Severity::Error);
        QVERIFY(findNode(result.snapshot->root, QStringLiteral("/o:apps/Deployment/tenant-acme/web")));
    }

    void kustomizationsNestTheFluxObjectsTheirPathApplies()
    {
        const WorkspaceLoadResult result =
            WorkspaceLoader::loadOnce(test::dataPath(QStringLiteral("fleets/small/platform-flux")));
        const FleetNodePtr cluster = childNamed(result.snapshot->root, QStringLiteral("c1"));
        QVERIFY(cluster);
        const FleetNodePtr platform = cluster->children.front();
        QCOMPARE(platform->nodeKind, NodeKind::Platform);
        // The platform shows the root Kustomization at the top; what it applies is nested below it.
        QCOMPARE(platform->children.size(), size_t(1));
        const FleetNodePtr root = platform->children.front();
        QCOMPARE(root->kind, QStringLiteral("Kustomization"));
        QCOMPARE(root->name, QStringLiteral("flux-system"));
        QVERIFY(childNamed(root, QStringLiteral("cert-manager")));
        QVERIFY(childNamed(root, QStringLiteral("ingress")));
        const FleetNodePtr certManager = childNamed(root, QStringLiteral("cert-manager"));
        QCOMPARE(certManager->children.size(), size_t(1));
        QCOMPARE(certManager->children.front()->kind, QStringLiteral("Namespace"));
        // The tenant's own objects from the platform repository are shown under the tenant, not the platform.
        const FleetNodePtr tenants = cluster->children.back();
        QCOMPARE(tenants->nodeKind, NodeKind::Tenants);
        const FleetNodePtr acme = childNamed(tenants, QStringLiteral("tenant-acme"));
        QVERIFY(acme);
        QStringList kinds;
        for (const FleetNodePtr& child : acme->children)
            kinds.append(child->kind);
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("GitRepository"), QStringLiteral("Kustomization"),
                                     QStringLiteral("Namespace"), QStringLiteral("RoleBinding"),
                                     QStringLiteral("ServiceAccount")}));
    }

    void issuesAreLinkedToTheirTreeNode()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        // A plain Secret in the tenant's repository: a lint finding on an object in the tree.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tenants/acme/clusters/c1/secret.yaml")),
                                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: tenant-acme\n"
                                "stringData:\n  password: hunter2\n"));
        const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(dir.filePath(QStringLiteral("platform-flux")));
        const auto secretIssue = std::find_if(result.snapshot->issues.begin(), result.snapshot->issues.end(),
                                              [](const Issue& i) { return i.ruleId == QLatin1String("plain-secret"); });
        QVERIFY(secretIssue != result.snapshot->issues.end());
        QVERIFY(secretIssue->nodeKey.endsWith(QLatin1String("/o:/Secret/tenant-acme/db")));
        const FleetNode* node = findNode(result.snapshot->root, QStringLiteral("/o:/Secret/tenant-acme/db"));
        QVERIFY(node);
        QCOMPARE(node->lintErrors, 1);
        QVERIFY(node->lintRules.contains(QStringLiteral("plain-secret")));
        QVERIFY(result.snapshot->root->lintTotal >= 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLoader)
#include "tst_workspaceloader.moc"
