// kube-apiserver restarted in the middle of live watches (tests/testenv restart-apiserver): the live source
// notices, reconnects, resumes or re-lists, and a status change made after the restart reaches the tree, with no
// node lost and none duplicated. Runs alone (RUN_SERIAL): the restart drops every client's connection.

#include "LiveControlPlane.h"
#include "TestData.h"
#include "engine/LiveClusterSource.h"
#include "engine/LiveOverlay.h"
#include "kube/Kubeconfig.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace fleetdesk;

namespace {

const QString Cluster = QStringLiteral("prod-eu-west-1");

/// The tree for a fleet with one cluster and nothing in Git: every live object is a cluster-only node.
FleetNodePtr liveTree(const QHash<QString, LiveClusterView>& views)
{
    auto cluster = std::make_shared<FleetNode>();
    cluster->key = QStringLiteral("cluster:") + Cluster;
    cluster->nodeKind = NodeKind::Cluster;
    cluster->name = Cluster;
    auto root = std::make_shared<FleetNode>();
    root->nodeKind = NodeKind::Workspace;
    root->children.push_back(cluster);
    return LiveOverlay::apply(root, views);
}

/// The tree's nodes for objects in `ns`, by key; a key seen twice counts twice.
QStringList nodesIn(const FleetNodePtr& root, const QString& ns)
{
    QStringList keys;
    for (const FleetNodePtr& node : root->children.front()->children) {
        if (node->ns == ns)
            keys.append(node->key);
    }
    return keys;
}

const FleetNode* nodeNamed(const FleetNodePtr& root, const QString& ns, const QString& name)
{
    for (const FleetNodePtr& node : root->children.front()->children) {
        if (node->ns == ns && node->name == name)
            return node.get();
    }
    return nullptr;
}

} // namespace

class TestLiveRestart : public QObject
{
    Q_OBJECT

private:
    test::LiveControlPlane m_plane;

    QByteArray suspendedKustomization(const QString& ns, const QString& name)
    {
        return QStringLiteral("apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
                              "metadata:\n  name: %2\n  namespace: %1\nspec:\n  suspend: true\n  interval: 1h\n"
                              "  path: ./\n  prune: false\n  sourceRef:\n    kind: GitRepository\n    name: none\n")
            .arg(ns, name)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
    }

    void aStatusChangeAfterAnApiServerRestartReachesTheTreeWithNoNodeLostOrDuplicated()
    {
        const QString ns = QStringLiteral("e2e-restart-") + test::LiveControlPlane::uniqueSuffix();
        QVERIFY(m_plane.apply(QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n").arg(ns).toUtf8()));
        for (const char* name : {"one", "two", "three"})
            QVERIFY(m_plane.apply(suspendedKustomization(ns, QLatin1String(name))));

        auto config = Kubeconfig::load({m_plane.adminKubeconfig()});
        QVERIFY(config);
        LiveClusterSource source;
        source.setThrottle(100);
        QSignalSpy states(&source, &LiveClusterSource::clusterStateChanged);
        source.connectClusters({LiveClusterConfig{Cluster, *config->endpoint(config->currentContext()), {}}});
        QTRY_VERIFY_WITH_TIMEOUT(source.allSynced(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(nodesIn(liveTree(source.views()), ns).size(), 3, 10000);
        const QStringList before = nodesIn(liveTree(source.views()), ns);
        QCOMPARE(source.connectionState(Cluster), QStringLiteral("connected"));
        states.clear();

        // Stop kube-apiserver and start it again (same etcd, same port); the event loop keeps running meanwhile.
        QProcess restart;
        restart.setProcessChannelMode(QProcess::MergedChannels);
        restart.start(QStringLiteral("bash"), {test::dataPath(QStringLiteral("../testenv/testenv")),
                                               QStringLiteral("restart-apiserver"), QStringLiteral("--run-dir"),
                                               m_plane.value(QStringLiteral("FLEETDESK_TESTENV_RUN_DIR"))});
        QVERIFY(restart.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(restart.state(), QProcess::NotRunning, 150000);
        QVERIFY2(restart.exitCode() == 0, restart.readAll().constData());

        // The lost connection was noticed, and the source is connected again.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(),
                                             [](const QList<QVariant>& s) {
                                                 return s.at(1).toString() != QLatin1String("connected");
                                             }),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(source.connectionState(Cluster), QStringLiteral("connected"), 60000);

        // A change made after the restart reaches the tree.
        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("kustomization/two"),
                         QStringLiteral("--type=merge"), QStringLiteral("-p"),
                         QStringLiteral(R"({"spec":{"suspend":false}})")});
        QVERIFY(m_plane.apply(suspendedKustomization(ns, QStringLiteral("four"))));
        QTRY_VERIFY_WITH_TIMEOUT(nodeNamed(liveTree(source.views()), ns, QStringLiteral("two"))
                                     && nodeNamed(liveTree(source.views()), ns, QStringLiteral("two"))->state
                                         != ReconcileState::Suspended,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(nodeNamed(liveTree(source.views()), ns, QStringLiteral("four")), 30000);
        QVERIFY(!nodeNamed(liveTree(source.views()), ns, QStringLiteral("two"))->liveSuspended);

        // No node lost, none duplicated: the three from before, once each, and the new one.
        QStringList after = nodesIn(liveTree(source.views()), ns);
        QCOMPARE(after.size(), 4);
        for (const QString& key : before)
            QCOMPARE(after.count(key), 1);
        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestLiveRestart)
#include "tst_liverestart.moc"
