// Live benchmark: the reconcile engine connected to a cluster holding thousands of Kustomizations
// (tests/bench/live_bench.sh creates them on the local control plane). Measures
//   - the time from connecting to a complete live tree (every Kustomization of the bench namespaces in the
//     snapshot, applied to the tree model),
//   - the latency of a status change: a merge patch of a Kustomization's status subresource
//     (status.lastAttemptedRevision) until the tree model holds a snapshot with it (p50, p95, max),
//   - the process's memory (RSS, and its peak).
//
//   fleetdesk-live-bench WORKSPACE KUBECONFIG NAMESPACE_PREFIX EXPECTED [--changes N]

#include "engine/EngineThread.h"
#include "engine/FleetSnapshot.h"
#include "engine/ReconcileEngine.h"
#include "engine/SnapshotPlanner.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "models/FleetTreeModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fleetdesk;

namespace {

int countIn(const FleetNodePtr& node, const QString& prefix)
{
    int n = node->nodeKind == NodeKind::FluxObject && node->kind == QLatin1String("Kustomization")
            && node->ns.startsWith(prefix)
        ? 1
        : 0;
    for (const FleetNodePtr& child : node->children)
        n += countIn(child, prefix);
    return n;
}

const FleetNode* find(const FleetNodePtr& node, const QString& ns, const QString& name)
{
    if (node->nodeKind == NodeKind::FluxObject && node->ns == ns && node->name == name)
        return node.get();
    for (const FleetNodePtr& child : node->children) {
        if (const FleetNode* found = find(child, ns, name))
            return found;
    }
    return nullptr;
}

qint64 statusKb(const char* field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Runs the event loop until `done` holds (checked every millisecond) or `timeoutMs` passed; true when it holds.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("FLEETDESK_OFFLINE", "1"); // connect explicitly, so that the clock starts at connectClusters()
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: fleetdesk-live-bench WORKSPACE KUBECONFIG NAMESPACE_PREFIX EXPECTED [--changes N]\n");
        return 2;
    }
    const QString workspace = args[1];
    const QString kubeconfig = args[2];
    const QString prefix = args[3];
    const int expected = args[4].toInt();
    const int changes = args.indexOf(QStringLiteral("--changes")) > 0
        ? args.value(args.indexOf(QStringLiteral("--changes")) + 1).toInt()
        : 50;

    auto config = Kubeconfig::load({kubeconfig});
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 1;
    }
    const QString context = config->currentContext();

    EngineThread engineThread;
    ReconcileEngine* engine = engineThread.engine();
    FleetTreeModel model;
    // As the window takes snapshots: planned on a worker, then replayed by the model.
    SnapshotPlanner planner([&model] { return model.snapshot(); });
    QElapsedTimer clock;
    std::function<void(const FleetSnapshotPtr&)> onSnapshot;
    QObject::connect(engine, &ReconcileEngine::snapshotReady, &planner, &SnapshotPlanner::submit);
    QObject::connect(&planner, &SnapshotPlanner::planned, &app,
                     [&](const FleetSnapshotPtr& snapshot, const SnapshotPlanPtr& plan) {
                         model.applySnapshot(snapshot, plan);
                         if (onSnapshot)
                             onSnapshot(snapshot);
                     });

    // 1. The Git tree; then every fleet cluster is mapped to the kubeconfig's context and connected.
    bool loaded = false;
    onSnapshot = [&](const FleetSnapshotPtr&) { loaded = true; };
    QMetaObject::invokeMethod(engine, [engine, workspace]() { engine->openWorkspace(workspace); });
    if (!waitUntil([&loaded]() { return loaded; }, 60000)) {
        std::fprintf(stderr, "the workspace did not load\n");
        return 1;
    }
    QHash<QString, QString> mapping;
    for (const FleetNodePtr& cluster : model.snapshot()->root->children)
        mapping.insert(cluster->name, context);
    if (mapping.size() != 1) {
        std::fprintf(stderr, "the bench workspace must have exactly one cluster (has %lld)\n", qlonglong(mapping.size()));
        return 1;
    }
    const qint64 rssBefore = statusKb("VmRSS:");

    bool complete = false;
    qint64 snapshots = 0;
    onSnapshot = [&](const FleetSnapshotPtr& snapshot) {
        ++snapshots;
        if (!complete && countIn(snapshot->root, prefix) >= expected)
            complete = true;
    };
    clock.start();
    QMetaObject::invokeMethod(engine, [engine, mapping, kubeconfig]() {
        engine->setContextMapping(mapping);
        engine->connectClusters({kubeconfig});
    });
    waitUntil([&complete]() { return complete; }, 120000);
    const qint64 connectMs = clock.elapsed();
    if (!complete) {
        std::fprintf(stderr, "the live tree was not complete after 120 s (%d of %d)\n",
                     countIn(model.snapshot()->root, prefix), expected);
        return 1;
    }
    std::printf("live tree complete: %d Kustomizations in %lld ms (%lld snapshots)\n", expected, connectMs, snapshots);

    // 2. Status changes, one at a time: patch the status subresource, wait for the model to hold it.
    auto endpoint = config->endpoint(context);
    KubeClient patcher(*endpoint);
    QList<qint64> latencies;
    QRandomGenerator random(42);
    const int perNamespace = std::max(1, expected / 50);
    for (int i = 0; i < changes; ++i) {
        const int n = int(random.bounded(expected));
        const QString ns = QStringLiteral("%1%2").arg(prefix).arg(n / perNamespace, 3, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("ks-%1").arg(n, 4, 10, QLatin1Char('0'));
        // A suspended object shows its suspend reason, not its conditions: the change is the attempted revision.
        const QString revision = QStringLiteral("main@sha1:%1").arg(i, 40, 10, QLatin1Char('0'));
        QJsonObject patch{{QStringLiteral("status"),
                           QJsonObject{{QStringLiteral("lastAttemptedRevision"), revision}}}};
        bool seen = false;
        bool failed = false;
        QElapsedTimer latency;
        onSnapshot = [&](const FleetSnapshotPtr& snapshot) {
            const FleetNode* node = find(snapshot->root, ns, name);
            if (node && node->attemptedRevision == revision)
                seen = true;
        };
        latency.start();
        patcher.mergePatch(QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/%1/kustomizations/%2/status")
                               .arg(ns, name),
                           patch, [&failed](const KubeResponse& r) {
                               if (!r.ok()) {
                                   std::fprintf(stderr, "patch failed: %s\n", qPrintable(r.message()));
                                   failed = true;
                               }
                           });
        waitUntil([&seen, &failed]() { return seen || failed; }, 20000);
        if (!seen) {
            std::fprintf(stderr, "change %d of %s/%s did not reach the model\n", i, qPrintable(ns), qPrintable(name));
            return 1;
        }
        latencies.append(latency.elapsed());
        // A quiet gap, as between a user's changes, so that each change is measured on its own.
        QElapsedTimer gap;
        gap.start();
        waitUntil([&gap]() { return gap.elapsed() >= 300; }, 1000);
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&latencies](double q) { return latencies[std::min<qsizetype>(latencies.size() - 1, qsizetype(q * latencies.size()))]; };
    std::printf("status change to model: %lld changes, p50 %lld ms, p95 %lld ms, max %lld ms\n",
                qlonglong(latencies.size()), at(0.50), at(0.95), latencies.constLast());
    std::printf("memory: RSS %lld MB (before connecting %lld MB), peak %lld MB\n", statusKb("VmRSS:") / 1024,
                rssBefore / 1024, statusKb("VmHWM:") / 1024);
    std::printf("model rows under the cluster: %d\n", model.rowCount(model.index(0, 0)));
    return 0;
}
