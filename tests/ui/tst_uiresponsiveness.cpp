#include "EventLoopWatchdog.h"
#include "engine/EngineThread.h"
#include "engine/FleetTreeBuilder.h"
#include "engine/LiveOverlay.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "models/FleetTreeModel.h"
#include "views/MainWindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace fleetdesk;

namespace {

/// Live state for every Flux object of a Git tree, as LiveClusterSource would hold it: each object ready, failing
/// or reconciling depending on the round, so that every round changes a slice of the fleet.
QHash<QString, LiveClusterView> liveViews(const FleetNode& root, int round)
{
    QHash<QString, LiveClusterView> views;
    int index = 0;
    std::function<void(const FleetNode&)> visit = [&](const FleetNode& node) {
        if (node.nodeKind == NodeKind::FluxObject) {
            LiveObject object;
            object.apiVersion = node.apiVersion;
            object.kind = node.kind;
            object.ns = node.ns.isEmpty() ? QStringLiteral("flux-system") : node.ns;
            object.name = node.name;
            object.tenant = node.tenant;
            // One object in twenty changes state each round.
            const int phase = (index + round) % 20;
            object.status.state = phase == 0 ? FluxStatus::State::Failed
                : phase == 1                 ? FluxStatus::State::Progressing
                                             : FluxStatus::State::Ready;
            object.status.ready = object.status.state == FluxStatus::State::Ready;
            object.status.message = QStringLiteral("round %1").arg(phase == 0 ? round : 0);
            object.status.lastAppliedRevision = QStringLiteral("main@sha1:%1").arg(QString::number(round / 10, 16).rightJustified(40, QLatin1Char('0')));
            object.status.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-60);
            LiveClusterView& view = views[node.cluster];
            view.synced = true;
            view.objects.insert(LiveOverlay::objectKey(object.kind, object.ns, object.name), object);
            ++index;
        }
        for (const FleetNodePtr& child : node.children)
            visit(*child);
    };
    visit(root);
    return views;
}

/// Publishes live snapshots the way the engine does (LiveOverlay over the Git tree, structural sharing with the
/// previous one) from its own thread, at the pace of the engine's throttle.
class SnapshotStream : public QObject
{
    Q_OBJECT

public:
    SnapshotStream(FleetSnapshotPtr git, quint64 firstGeneration)
        : m_git(std::move(git))
        , m_generation(firstGeneration)
    {
    }

    void start(int intervalMs, int rounds)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(intervalMs);
        connect(timer, &QTimer::timeout, this, [this, timer, rounds] {
            auto snapshot = std::make_shared<FleetSnapshot>(*m_git);
            snapshot->generation = ++m_generation;
            snapshot->root = FleetTreeBuilder::shareUnchanged(LiveOverlay::apply(m_git->root, liveViews(*m_git->root, m_round)),
                                                              m_previous);
            m_previous = snapshot->root;
            Q_EMIT snapshotReady(snapshot);
            if (++m_round >= rounds) {
                timer->stop();
                Q_EMIT finished();
            }
        });
        timer->start();
    }

Q_SIGNALS:
    void snapshotReady(fleetdesk::FleetSnapshotPtr snapshot);
    void finished();

private:
    FleetSnapshotPtr m_git;
    FleetNodePtr m_previous;
    quint64 m_generation;
    int m_round = 0;
};

} // namespace

/// The UI thread never waits on work: with a large fleet open and live snapshots streaming in, the window's event
/// loop never stalls for more than 50 ms (the watchdog), while the user moves through the tree.
class TestUiResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theEventLoopNeverStallsWhileSnapshotsStream();
    void theEventLoopNeverStallsWhileTheEngineReloadsTheFleet();

private:
    QTemporaryDir m_fleetDir;
    QString m_platform;
};

void TestUiResponsiveness::initTestCase()
{
    qputenv("FLEETDESK_OFFLINE", "1");
    QVERIFY(m_fleetDir.isValid());
    DemoFleetOptions options;
    options.clusters = 4;
    options.tenants = 60;
    options.kustomizationsPerTenant = 3;
    const auto summary = DemoFleetGenerator::generate(m_fleetDir.path(), options);
    QVERIFY2(summary.has_value(), summary ? "" : qPrintable(summary.error().toString()));
    m_platform = summary->platformPath;
}

void TestUiResponsiveness::theEventLoopNeverStallsWhileSnapshotsStream()
{
    EngineThread engine;
    MainWindow window(engine.engine());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy applied(&window, &MainWindow::snapshotApplied);
    window.openWorkspace(m_platform);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 120000);
    const FleetSnapshotPtr git = window.fleetModel()->snapshot();
    int fluxObjects = 0;
    std::function<void(const FleetNode&)> count = [&](const FleetNode& n) {
        fluxObjects += n.nodeKind == NodeKind::FluxObject ? 1 : 0;
        for (const FleetNodePtr& c : n.children)
            count(*c);
    };
    count(*git->root);
    QVERIFY2(fluxObjects >= 4 * 60 * 3, qPrintable(QString::number(fluxObjects)));

    QThread producerThread;
    SnapshotStream stream(git, git->generation + 1000);
    stream.moveToThread(&producerThread);
    // As the engine's snapshots: planned on a worker, then replayed (MainWindow::showSnapshot).
    connect(&stream, &SnapshotStream::snapshotReady, &window, &MainWindow::showSnapshot, Qt::QueuedConnection);
    QSignalSpy finished(&stream, &SnapshotStream::finished);
    producerThread.start();

    // At the engine's pace: LiveClusterSource publishes at most every 250 ms, however many events arrive.
    constexpr int Rounds = 24;
    QMetaObject::invokeMethod(&stream, [&stream] { stream.start(250, Rounds); });
    // The first live snapshot changes every Flux object at once (Git only -> live); the watchdog measures the
    // stream that follows, where a slice of the fleet changes each time.
    QTRY_VERIFY_WITH_TIMEOUT(window.fleetModel()->generation() > git->generation + 1000, 30000);
    test::EventLoopWatchdog watchdog;
    watchdog.start();
    applied.clear();
    // Meanwhile the user walks down the tree.
    QTreeView* tree = window.fleetTree();
    tree->setFocus();
    QTimer walker;
    connect(&walker, &QTimer::timeout, tree, [tree] { QTest::keyClick(tree, Qt::Key_Down); });
    walker.start(40);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.fleetModel()->generation() == git->generation + 1000 + Rounds, 30000);
    walker.stop();
    watchdog.stop();
    producerThread.quit();
    producerThread.wait();

    qInfo("%d Flux objects, %d live snapshots applied, %d watchdog ticks, longest event-loop gap %lld ms", fluxObjects,
          int(applied.size()), watchdog.ticks(), watchdog.longestGap());
    QVERIFY(applied.size() >= Rounds / 2);
    QVERIFY2(watchdog.longestGap() <= 50, qPrintable(QStringLiteral("%1 ms").arg(watchdog.longestGap())));
    // The live state arrived: the last round's states are shown.
    QCOMPARE(window.fleetModel()->generation(), git->generation + 1000 + Rounds);
}

void TestUiResponsiveness::theEventLoopNeverStallsWhileTheEngineReloadsTheFleet()
{
    EngineThread engine;
    MainWindow window(engine.engine());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy applied(&window, &MainWindow::snapshotApplied);
    window.openWorkspace(m_platform);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 120000);

    // Full reloads of the whole fleet run on the engine's thread; the window only takes their snapshots.
    test::EventLoopWatchdog watchdog;
    watchdog.start();
    applied.clear();
    constexpr int Reloads = 5;
    for (int i = 0; i < Reloads; ++i)
        window.reload();
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= Reloads, 120000);
    watchdog.stop();
    qInfo("%d reloads applied, longest event-loop gap %lld ms", int(applied.size()), watchdog.longestGap());
    QVERIFY2(watchdog.longestGap() <= 50, qPrintable(QStringLiteral("%1 ms").arg(watchdog.longestGap())));
}

QTEST_MAIN(TestUiResponsiveness)

#include "tst_uiresponsiveness.moc"
