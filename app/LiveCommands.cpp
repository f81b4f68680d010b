#include "LiveCommands.h"

#include "engine/LiveClusterSource.h"
#include "flux/ActionLog.h"
#include "flux/FluxActions.h"
#include "kube/ExecCredentialProvider.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "manifest/FluxKinds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

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
    parser.process(arguments);
    const auto selection = selectClusters(parser.values(QStringLiteral("context")), {}, parser.isSet(QStringLiteral("all-contexts")), err);
    if (!selection)
        return 2;
    ExecCredentialProvider exec;
    LiveClusterSource source;
    source.setExecCredentialProvider(&exec);
    source.setStaleAfter(parser.value(QStringLiteral("stale-after")).toInt());
    source.connectClusters(selection->clusters);
    const bool synced = waitFor([&source]() { return source.allSynced(); },
                                parser.value(QStringLiteral("timeout")).toInt() * 1000);
    const auto views = source.views();
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
                                                                       : QString()}});
        }
        clusters.append(QJsonObject{{QStringLiteral("cluster"), c.cluster},
                                    {QStringLiteral("context"), c.endpoint.context.name},
                                    {QStringLiteral("connection"), state},
                                    {QStringLiteral("reason"), reason},
                                    {QStringLiteral("synced"), view.synced},
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
            for (const QJsonValue& ov : c.value(QStringLiteral("objects")).toArray()) {
                const QJsonObject o = ov.toObject();
                out << QStringLiteral("  %1/%2/%3  %4  %5  %6")
                           .arg(o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("namespace")).toString(),
                                o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("state")).toString()
                                    + (o.value(QStringLiteral("stale")).toBool() ? tr(" (stale)") : QString()),
                                o.value(QStringLiteral("revision")).toString(), o.value(QStringLiteral("message")).toString())
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
