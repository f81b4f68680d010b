// The engine on its own thread: snapshots arrive through queued signals with rising generations, and a file
// changed on disk triggers a reload by itself.

#include "TestData.h"
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

class TestReconcileEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<fleetdesk::FleetSnapshotPtr>(); }

    void theEngineRunsOnItsOwnThread()
    {
        EngineThread thread;
        QVERIFY(thread.engine()->thread() != QThread::currentThread());
    }

    void openingAWorkspacePublishesASnapshot()
    {
        EngineThread thread;
        QSignalSpy spy(thread.engine(), &ReconcileEngine::snapshotReady);
        QMetaObject::invokeMethod(thread.engine(), "openWorkspace", Qt::QueuedConnection,
                                  Q_ARG(QString, test::dataPath(QStringLiteral("fleets/small/platform-flux"))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
        const auto snapshot = spy.at(0).at(0).value<FleetSnapshotPtr>();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->generation, quint64(1));
        QCOMPARE(snapshot->root->children.size(), size_t(1));
        QCOMPARE(snapshot->root->children.front()->name, QStringLiteral("c1"));
    }

    void aMissingFolderFailsWithItsPath()
    {
        EngineThread thread;
        QSignalSpy spy(thread.engine(), &ReconcileEngine::workspaceFailed);
        QMetaObject::invokeMethod(thread.engine(), "openWorkspace", Qt::QueuedConnection,
                                  Q_ARG(QString, QStringLiteral("/nonexistent/fleet")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        QVERIFY(spy.at(0).at(1).toString().contains(QLatin1String("/nonexistent/fleet")));
    }

    void aFileChangedOnDiskTriggersAReload()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        EngineThread thread;
        QMetaObject::invokeMethod(thread.engine(), [engine = thread.engine()]() { engine->setReloadDelay(50); },
                                  Qt::BlockingQueuedConnection);
        QSignalSpy spy(thread.engine(), &ReconcileEngine::snapshotReady);
        QMetaObject::invokeMethod(thread.engine(), "openWorkspace", Qt::QueuedConnection,
                                  Q_ARG(QString, dir.filePath(QStringLiteral("platform-flux"))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);

        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tenants/acme/clusters/c1/config.yaml")),
                                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n"
                                "  namespace: tenant-acme\ndata:\n  mode: fast\n"));
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 20000);
        const auto snapshot = spy.last().at(0).value<FleetSnapshotPtr>();
        QVERIFY(snapshot->generation > 1);
        QCOMPARE(snapshot->statistics.filesParsed, 1);
    }
};

QTEST_GUILESS_MAIN(TestReconcileEngine)
#include "tst_reconcileengine.moc"
