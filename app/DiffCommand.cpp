#include "DiffCommand.h"

#include "drift/DriftCalculator.h"
#include "drift/DriftReportFormat.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace DiffCommand {

using namespace fleetdesk;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DiffCommand", text);
}

} // namespace

bool handles(const QStringList& arguments)
{
    return !arguments.isEmpty() && arguments.constFirst() == QLatin1String("diff");
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What Flux would create, change and prune: the desired state rendered from "
                                        "a checkout, compared with the cluster by server-side apply dry-runs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("context"), tr("The kubeconfig context (default: the current one)."), tr("context")});
    parser.addOption({QStringLiteral("workspace"), tr("The checkout to render (default: the current folder)."), tr("dir")});
    parser.addOption({QStringLiteral("working-tree"), tr("Render the working tree with uncommitted edits instead of the applied revision.")});
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json."), tr("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("max-concurrent"), tr("API calls in flight at most (default 8)."), tr("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("qps"), tr("API requests per second at most, with bursts of twice that (default 100)."),
                      tr("n"), QStringLiteral("100")});
    parser.addPositionalArgument(QStringLiteral("kustomization"), tr("NAME or NAMESPACE/NAME (repeatable)."),
                                 QStringLiteral("[KUSTOMIZATION...]"));
    // arguments[0] is "diff", in the place of the program name.
    if (!parser.parse(arguments)) {
        err << tr("fleetdesk diff: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("fleetdesk diff: unknown format '%1' (text, json)").arg(format) << Qt::endl;
        return 2;
    }
    const QString workspace = QDir(parser.value(QStringLiteral("workspace")).isEmpty()
                                       ? QDir::currentPath()
                                       : parser.value(QStringLiteral("workspace")))
                                  .absolutePath();
    if (!QDir(workspace).exists()) {
        err << tr("fleetdesk diff: %1 is not a folder").arg(workspace) << Qt::endl;
        return 2;
    }
    auto config = Kubeconfig::load(Kubeconfig::defaultPaths());
    if (!config) {
        err << tr("fleetdesk diff: %1").arg(config.error().toString()) << Qt::endl;
        return 2;
    }
    const QString context = parser.isSet(QStringLiteral("context")) ? parser.value(QStringLiteral("context"))
                                                                     : config->currentContext();
    const auto endpoint = config->endpoint(context);
    if (context.isEmpty() || !endpoint) {
        err << tr("fleetdesk diff: no context %1 in the kubeconfig").arg(context) << Qt::endl;
        return 2;
    }

    KubeClient client(*endpoint);
    // One short-lived command: a higher client-side rate than the app's long-running default (20/s).
    const double qps = std::max(1.0, parser.value(QStringLiteral("qps")).toDouble());
    client.setRateLimit(qps, int(2 * qps));
    DriftCalculator calculator(&client);
    calculator.setMaxConcurrentCalls(parser.value(QStringLiteral("max-concurrent")).toInt());
    QEventLoop loop;

    // The Kustomizations of the cluster.
    KubeResponse listed;
    client.get(QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations"),
               [&](const KubeResponse& response) {
                   listed = response;
                   loop.quit();
               });
    loop.exec();
    if (!listed.ok()) {
        err << tr("fleetdesk diff: %1").arg(listed.toError("GET", QStringLiteral("kustomizations")).toString())
            << Qt::endl;
        return 2;
    }
    const QStringList wanted = parser.positionalArguments();
    QList<QJsonObject> targets;
    QStringList found;
    for (const QJsonValue& value : listed.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject ks = value.toObject();
        const QJsonObject metadata = ks.value(QStringLiteral("metadata")).toObject();
        const QString name = metadata.value(QStringLiteral("name")).toString();
        const QString ns = metadata.value(QStringLiteral("namespace")).toString();
        if (!wanted.isEmpty()) {
            if (!wanted.contains(name) && !wanted.contains(ns + u'/' + name))
                continue;
            found << name << ns + u'/' + name;
        } else {
            QString path = ks.value(QStringLiteral("spec")).toObject().value(QStringLiteral("path")).toString();
            if (!QDir(workspace).exists(path.isEmpty() ? QStringLiteral(".") : path))
                continue;
        }
        targets.append(ks);
    }
    for (const QString& name : wanted) {
        if (!found.contains(name)) {
            err << tr("fleetdesk diff: no Kustomization %1 in context %2").arg(name, context) << Qt::endl;
            return 2;
        }
    }

    std::vector<KustomizationDriftPtr> results(size_t(targets.size()));
    int pending = int(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        DriftRequest request;
        request.cluster = context;
        request.kustomization = targets.at(i);
        request.repositoryRoot = workspace;
        request.workingTree = parser.isSet(QStringLiteral("working-tree"));
        calculator.compute(request, [&, i](KustomizationDriftPtr drift) {
            results[size_t(i)] = std::move(drift);
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();

    int drifted = 0;
    bool failed = false;
    QJsonArray json;
    for (const KustomizationDriftPtr& drift : results) {
        drifted += drift->driftCount();
        if (!drift->error.isEmpty())
            failed = true;
        for (const ObjectDrift& object : drift->objects)
            failed = failed || object.kind == DriftKind::Error;
        if (format == QLatin1String("json"))
            json.append(DriftReportFormat::toJson(*drift));
        else
            out << DriftReportFormat::toText(*drift);
    }
    if (format == QLatin1String("json"))
        out << QJsonDocument(QJsonObject{{QStringLiteral("context"), context},
                                         {QStringLiteral("kustomizations"), json},
                                         {QStringLiteral("apiCalls"), calculator.apiCalls()}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    if (failed)
        return 2;
    return drifted > 0 ? 1 : 0;
}

} // namespace DiffCommand
