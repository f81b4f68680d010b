#include "LiveCommands.h"

#include "engine/BehindOverlay.h"
#include "engine/LiveClusterSource.h"
#include "engine/LiveOverlay.h"
#include "engine/WorkspaceLoader.h"
#include "flux/ControllerHealth.h"
#include "flux/ActionLog.h"
#include "flux/FluxActions.h"
#include "kube/ExecCredentialProvider.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "manifest/FluxKinds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace fleetdesk;

namespace LiveCommands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LiveCommands", text);
}

/// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(50);
    if (!done())
        loop.exec();
    return done();
}

struct Selection
{
    Kubeconfig config;
    QList<LiveClusterConfig> clusters;
};

std::optional<Selection> selectClusters(const QStringList& contexts, const QStringList& clusters, bool all,
                                        QTextStream& err)
{
    auto config = Kubeconfig::load(Kubeconfig::defaultPaths());
    if (!config) {
        err << tr("fleetdesk: %1").arg(config.error().toString()) << Qt::endl;
        return std::nullopt;
    }
    QStringList names = contexts + clusters; // a fleet cluster maps to the context of the same name
    if (all)
        names = config->contextNames();
    if (names.isEmpty() && !config->currentContext().isEmpty())
        names.append(config->currentContext());
    if (names.isEmpty()) {
        err << tr("fleetdesk: no kubeconfig context (use --context)") << Qt::endl;
        return std::nullopt;
    }
    Selection selection{*config, {}};
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        const auto endpoint = config->endpoint(name);
        if (!endpoint) {
            err << tr("fleetdesk: no context %1 in the kubeconfig").arg(name) << Qt::endl;
            return std::nullopt;
        }
        if (endpoint->cluster.insecureSkipTlsVerify)
            err << tr("warning: context %1 skips TLS verification (insecure-skip-tls-verify)").arg(name) << Qt::endl;
        LiveClusterConfig cluster;
        cluster.cluster = name;
        cluster.endpoint = *endpoint;
        if (!endpoint->context.ns.isEmpty())
            cluster.candidateNamespaces.append(endpoint->context.ns);
        selection.clusters.append(cluster);
    }
    return selection;
}

/// FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS="source-controller=http://127.0.0.1:9440/readyz,...": health endpoints of
/// controllers that run outside the cluster, as the window reads them (ReconcileEngine).
QHash<QString, QUrl> controllerEndpointsFromEnvironment()
{
    QHash<QString, QUrl> endpoints;
    const QString value = qEnvironmentVariable("FLEETDESK_CONTROLLER_HEALTH_ENDPOINTS");
    for (const QString& entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QUrl url(entry.mid(equals + 1).trimmed());
        if (equals > 0 && url.isValid() && !url.scheme().isEmpty())
            endpoints.insert(entry.left(equals).trimmed(), url);
    }
    return endpoints;
}

/// The platform repository `status` compares applied revisions with: --workspace, else the current folder when it
/// holds a fleet (a clusters/ folder); empty when there is none.
QString statusWorkspace(const QString& option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(QFileInfo(option).absoluteFilePath());
    return QDir::current().exists(QStringLiteral("clusters")) ? QDir::currentPath() : QString();
}

/// Where each applied revision stands against the local checkout, as the window's tree has it: the Git tree of
/// `workspace` with the live state over it (LiveOverlay) and the commit counts of the local checkouts
/// (BehindOverlay). By "cluster|Kind/namespace/name".
QHash<QString, std::pair<int, int>> gitPositions(const QString& workspace, const QHash<QString, LiveClusterView>& views)
{
    QHash<QString, std::pair<int, int>> positions;
    const WorkspaceLoadResult loaded = WorkspaceLoader::loadOnce(workspace);
    if (!loaded.snapshot || !loaded.snapshot->root)
        return positions;
    BehindOverlay behind;
    const FleetNodePtr tree = behind.apply(LiveOverlay::apply(loaded.snapshot->root, views));
    std::function<void(const FleetNode&)> visit = [&](const FleetNode& node) {
        if (node.nodeKind == NodeKind::FluxObject && (node.behindBy >= 0 || node.aheadBy >= 0))
            positions.insert(node.cluster + QLatin1Char('|') + LiveOverlay::objectKey(node.kind, node.ns, node.name),
                             {node.behindBy, node.aheadBy});
        for (const FleetNodePtr& child : node.children)
            visit(*child);
    };
    visit(*tree);
    return positions;
}

/// "behind by 2 commits", "ahead of Git by 1 commit", "up to date with Git"; empty when unknown.
QString gitPositionText(int behind, int ahead)
{
    if (behind < 0 || ahead < 0)
        return {};
    QStringList parts;
    // One string per number form: scripts read the English one, which has no plural translation to lean on.
    if (behind > 0)
        parts.append(behind == 1 ? tr("behind by 1 commit") : tr("behind by %1 commits").arg(behind));
    if (ahead > 0)
        parts.append(ahead == 1 ? tr("ahead of Git by 1 commit") : tr("ahead of Git by %1 commits").arg(ahead));
    return parts.isEmpty() ? tr("up to date with Git") : parts.join(QStringLiteral(", "));
}

QJsonObject controllersJson(const ClusterControllerHealth& health, bool known)
{
    QJsonArray controllers;
    for (const ControllerStatus& c : health.controllers) {
        controllers.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("health"), ControllerStatus::healthName(c.health)},
                                       {QStringLiteral("evidence"), c.evidence},
                                       {QStringLiteral("version"), c.version},
                                       {QStringLiteral("desiredReplicas"), c.desiredReplicas},
                                       {QStringLiteral("availableReplicas"), c.availableReplicas},
                                       {QStringLiteral("message"), c.message}});
    }
    return QJsonObject{{QStringLiteral("health"), known ? ControllerStatus::healthName(health.overall()) : QStringLiteral("Unknown")},
                       {QStringLiteral("forbidden"), health.forbidden},
                       {QStringLiteral("reason"), health.reason},
                       {QStringLiteral("controllers"), controllers}};
}

int runStatus(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the live state of the Flux objects of every selected cluster."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("context"), tr("A kubeconfig context (repeatable; default: the current one)."), tr("context")});
    parser.addOption({QStringLiteral("all-contexts"), tr("Every context of the kubeconfig.")});
    parser.addOption({QStringLiteral("format"), tr("table or json."), tr("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("stale-after"), tr("Seconds after which a last reconcile is stale."), tr("seconds"),
                      QString::number(FluxStatus::DefaultStaleAfterSeconds)});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for the clusters."), tr("seconds"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("workspace"),
                      tr("The platform repository whose local checkouts the applied revisions are compared with "
                         "(default: the current folder when it holds clusters/). A fleet cluster is the context of "
                         "the same name."),
                      tr("dir")});
    parser.process(arguments);
    const QString workspace = statusWorkspace(parser.value(QStringLiteral("workspace")));
    if (parser.isSet(QStringLiteral("workspace")) && !QFileInfo(workspace).isDir()) {
        err << tr("fleetdesk status: %1 is not a folder").arg(workspace) << Qt::endl;
        return 2;
    }
    const auto selection = selectClusters(parser.values(QStringLiteral("context")), {}, parser.isSet(QStringLiteral("all-contexts")), err);
    if (!selection)
        return 2;
    ExecCredentialProvider exec;
    LiveClusterSource source;
    source.setExecCredentialProvider(&exec);
    source.setStaleAfter(parser.value(QStringLiteral("stale-after")).toInt());
    source.connectClusters(selection->clusters);
    const int timeoutMs = parser.value(QStringLiteral("timeout")).toInt() * 1000;
    QDeadlineTimer deadline(timeoutMs);
    const bool synced = waitFor([&source]() { return source.allSynced(); }, timeoutMs);
    const auto views = source.views();
    // The Flux controllers' health on every connected cluster, as the cluster node shows it.
    std::vector<std::unique_ptr<ControllerHealth>> healths;
    QHash<QString, ControllerHealth*> healthByCluster;
    const QHash<QString, QUrl> endpoints = controllerEndpointsFromEnvironment();
    for (const LiveClusterConfig& c : selection->clusters) {
        if (KubeClient* client = source.client(c.cluster)) {
            auto health = std::make_unique<ControllerHealth>(client);
            if (!endpoints.isEmpty())
                health->setHealthEndpoints(endpoints);
            health->start();
            healthByCluster.insert(c.cluster, health.get());
            healths.push_back(std::move(health));
        }
    }
    waitFor([&healths]() {
        return std::all_of(healths.cbegin(), healths.cend(), [](const auto& h) { return h->ready(); });
    }, int(std::max<qint64>(deadline.remainingTime(), 3000)));
    const QHash<QString, std::pair<int, int>> positions = workspace.isEmpty() ? QHash<QString, std::pair<int, int>>()
                                                                               : gitPositions(workspace, views);
    bool failed = !synced;
    QJsonArray clusters;
    for (const LiveClusterConfig& c : selection->clusters) {
        QString reason;
        const QString state = source.connectionState(c.cluster, &reason);
        if (state == QLatin1String("offline"))
            failed = true;
        const LiveClusterView view = views.value(c.cluster);
        QStringList keys = view.objects.keys();
        keys.sort();
        QJsonArray objects;
        for (const QString& key : std::as_const(keys)) {
            const LiveObject& o = view.objects[key];
            const auto position = positions.value(c.cluster + QLatin1Char('|') + key, {-1, -1});
            objects.append(QJsonObject{{QStringLiteral("kind"), o.kind},
                                       {QStringLiteral("apiVersion"), o.apiVersion},
                                       {QStringLiteral("namespace"), o.ns},
                                       {QStringLiteral("name"), o.name},
                                       {QStringLiteral("tenant"), o.tenant},
                                       {QStringLiteral("state"), FluxStatus::stateName(o.status.state)},
                                       {QStringLiteral("ready"), o.status.ready},
                                       {QStringLiteral("suspended"), o.status.suspended},
                                       {QStringLiteral("stale"), o.status.stale},
                                       {QStringLiteral("reason"), o.status.reason},
                                       {QStringLiteral("message"), o.status.message},
                                       {QStringLiteral("revision"), o.status.revision()},
                                       {QStringLiteral("lastAttemptedRevision"), o.status.lastAttemptedRevision},
                                       {QStringLiteral("lastHandledReconcileAt"), o.status.lastHandledReconcileAt},
                                       {QStringLiteral("lastReconcile"),
                                        o.status.lastSuccess.isValid() ? o.status.lastSuccess.toUTC().toString(Qt::ISODate)
                                                                       : QString()},
                                       {QStringLiteral("behindBy"), position.first},
                                       {QStringLiteral("aheadBy"), position.second},
                                       {QStringLiteral("git"), gitPositionText(position.first, position.second)}});
        }
        const ControllerHealth* health = healthByCluster.value(c.cluster);
        clusters.append(QJsonObject{{QStringLiteral("cluster"), c.cluster},
                                    {QStringLiteral("context"), c.endpoint.context.name},
                                    {QStringLiteral("connection"), state},
                                    {QStringLiteral("reason"), reason},
                                    {QStringLiteral("synced"), view.synced},
                                    {QStringLiteral("fluxControllers"),
                                     controllersJson(health ? health->health() : ClusterControllerHealth{},
                                                     health && health->ready())},
                                    {QStringLiteral("objects"), objects}});
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("clusters"), clusters}}).toJson();
    } else {
        for (const QJsonValue& cv : std::as_const(clusters)) {
            const QJsonObject c = cv.toObject();
            out << tr("CLUSTER %1 (%2)").arg(c.value(QStringLiteral("cluster")).toString(),
                                             c.value(QStringLiteral("connection")).toString())
                << Qt::endl;
            const QJsonObject flux = c.value(QStringLiteral("fluxControllers")).toObject();
            QStringList controllers;
            for (const QJsonValue& cv2 : flux.value(QStringLiteral("controllers")).toArray()) {
                const QJsonObject controller = cv2.toObject();
                QString line = QStringLiteral("%1 %2").arg(controller.value(QStringLiteral("name")).toString(),
                                                          controller.value(QStringLiteral("health")).toString());
                if (!controller.value(QStringLiteral("version")).toString().isEmpty())
                    line += QLatin1Char(' ') + controller.value(QStringLiteral("version")).toString();
                controllers.append(line);
            }
            out << tr("  Flux controllers: %1").arg(flux.value(QStringLiteral("health")).toString())
                << (controllers.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(controllers.join(QStringLiteral(", "))))
                << (flux.value(QStringLiteral("forbidden")).toBool()
                        ? QStringLiteral(": ") + flux.value(QStringLiteral("reason")).toString()
                        : QString())
                << Qt::endl;
            for (const QJsonValue& ov : c.value(QStringLiteral("objects")).toArray()) {
                const QJsonObject o = ov.toObject();
                const QString git = o.value(QStringLiteral("git")).toString();
                out << QStringLiteral("  %1/%2/%3  %4  %5  %6  %7")
                           .arg(o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("namespace")).toString(),
                                o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("state")).toString()
                                    + (o.value(QStringLiteral("stale")).toBool() ? tr(" (stale)") : QString()),
                                o.value(QStringLiteral("revision")).toString(),
                                git.isEmpty() ? QStringLiteral("-") : git, o.value(QStringLiteral("message")).toString())
                    << Qt::endl;
            }
        }
    }
    if (!synced)
        err << tr("fleetdesk: not every cluster answered in time") << Qt::endl;
    return failed ? 1 : 0;
}

int runAction(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.constFirst();
    const FluxAction action = command == QLatin1String("suspend") ? FluxAction::Suspend
        : command == QLatin1String("resume")                       ? FluxAction::Resume
                                                                   : FluxAction::Reconcile;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Suspends, resumes or reconciles Flux objects with the flux CLI's semantics."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cluster"), tr("A fleet cluster (its kubeconfig context has the same name)."), tr("cluster")});
    parser.addOption({QStringLiteral("context"), tr("A kubeconfig context."), tr("context")});
    parser.addOption({QStringLiteral("tenant"), tr("Only objects of this tenant (label toolkit.fluxcd.io/tenant or its namespace)."), tr("tenant")});
    parser.addOption({QStringLiteral("kind"), tr("The Flux kind (default Kustomization)."), tr("kind"), QStringLiteral("Kustomization")});
    parser.addOption({QStringLiteral("with-source"), tr("Reconcile the source first.")});
    parser.addOption({QStringLiteral("reason"), tr("Suspend reason (annotation suspend.toolkit.fluxcd.io/reason)."), tr("reason")});
    parser.addOption({QStringLiteral("action-log"), tr("The action log file."), tr("file")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait per reconcile."), tr("seconds"), QStringLiteral("120")});
    parser.addPositionalArgument(QStringLiteral("names"), tr("Object names, or namespace/name."), tr("[NAME...]"));
    parser.process(arguments);
    const QStringList names = parser.positionalArguments();
    const QString tenant = parser.value(QStringLiteral("tenant"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (names.isEmpty() && tenant.isEmpty()) {
        err << tr("fleetdesk %1: name the objects, or select them with --tenant").arg(command) << Qt::endl;
        return 2;
    }
    const FluxKind* fluxKind = nullptr;
    for (const FluxKind& k : FluxKinds::all()) {
        if (k.kind.compare(kind, Qt::CaseInsensitive) == 0)
            fluxKind = &k;
    }
    if (!fluxKind) {
        err << tr("fleetdesk %1: %2 is not a Flux kind").arg(command, kind) << Qt::endl;
        return 2;
    }
    const auto selection = selectClusters(parser.values(QStringLiteral("context")), parser.values(QStringLiteral("cluster")),
                                          false, err);
    if (!selection)
        return 2;

    ExecCredentialProvider exec;
    LiveClusterSource source;
    source.setExecCredentialProvider(&exec);
    auto clusters = selection->clusters;
    for (LiveClusterConfig& c : clusters) {
        if (!tenant.isEmpty())
            c.candidateNamespaces << tenant << QStringLiteral("tenant-") + tenant;
        for (const QString& name : names) {
            if (name.contains(QLatin1Char('/')))
                c.candidateNamespaces << name.section(QLatin1Char('/'), 0, 0);
        }
    }
    source.connectClusters(clusters);
    waitFor([&source]() { return source.allSynced(); }, 30000);
    const auto views = source.views();

    ActionLog log(parser.value(QStringLiteral("action-log")));
    bool anyFailed = false;
    int total = 0;
    for (const LiveClusterConfig& c : std::as_const(clusters)) {
        QList<FluxTarget> targets;
        const LiveClusterView view = views.value(c.cluster);
        for (const LiveObject& o : view.objects) {
            if (o.kind != fluxKind->kind)
                continue;
            if (!tenant.isEmpty() && o.tenant != tenant && o.ns != tenant && o.ns != QStringLiteral("tenant-") + tenant)
                continue;
            if (!names.isEmpty() && !names.contains(o.name) && !names.contains(o.ns + QLatin1Char('/') + o.name))
                continue;
            const QString version = o.apiVersion.section(QLatin1Char('/'), 1);
            targets.append(FluxTarget{fluxKind->group, version, o.kind, o.ns, o.name});
        }
        std::sort(targets.begin(), targets.end(),
                  [](const FluxTarget& a, const FluxTarget& b) { return a.displayName() < b.displayName(); });
        if (targets.isEmpty())
            continue;
        total += int(targets.size());
        KubeClient* client = source.client(c.cluster);
        FluxActions actions(client);
        actions.setReconcileTimeout(parser.value(QStringLiteral("timeout")).toInt() * 1000);
        std::optional<QList<FluxActionResult>> results;
        actions.run(action, targets, parser.isSet(QStringLiteral("with-source")), parser.value(QStringLiteral("reason")),
                    [&results](const QList<FluxActionResult>& r) { results = r; });
        waitFor([&results]() { return results.has_value(); }, 24 * 3600 * 1000);
        for (const FluxActionResult& r : *results) {
            anyFailed = anyFailed || !r.ok;
            out << QStringLiteral("%1 %2 %3: %4")
                       .arg(c.cluster, r.ok ? QStringLiteral("✔") : QStringLiteral("✗"), r.target.displayName(), r.message)
                << Qt::endl;
            ActionLogEntry entry;
            entry.when = QDateTime::currentDateTimeUtc();
            entry.user = c.endpoint.context.user;
            entry.context = c.endpoint.context.name;
            entry.cluster = c.cluster;
            entry.action = command + (parser.isSet(QStringLiteral("with-source")) ? QStringLiteral(" --with-source") : QString());
            entry.target = r.target.displayName();
            entry.ok = r.ok;
            entry.result = r.message;
            if (auto logged = log.append(entry); !logged)
                err << tr("warning: %1").arg(logged.error().message) << Qt::endl;
        }
    }
    if (total == 0) {
        err << tr("fleetdesk %1: no %2 matched").arg(command, fluxKind->kind) << Qt::endl;
        return 1;
    }
    return anyFailed ? 1 : 0;
}

} // namespace

bool handles(const QStringList& arguments)
{
    static const QStringList commands{QStringLiteral("status"), QStringLiteral("suspend"), QStringLiteral("resume"),
                                      QStringLiteral("reconcile")};
    return !arguments.isEmpty() && commands.contains(arguments.constFirst());
}

int run(const QStringList& arguments)
{
    if (!handles(arguments))
        return 2;
    // QCommandLineParser expects the program name first.
    const QStringList withProgram = QStringList{QStringLiteral("fleetdesk ") + arguments.constFirst()} + arguments.mid(1);
    if (arguments.constFirst() == QLatin1String("status"))
        return runStatus(withProgram);
    QStringList actionArguments = withProgram;
    actionArguments[0] = arguments.constFirst();
    return runAction(actionArguments);
}

} // namespace LiveCommands
