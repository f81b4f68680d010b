#include "CommandLine.h"

#include "BuildCommand.h"
#include "DiffCommand.h"
#include "LiveCommands.h"

#include "engine/WorkspaceLoader.h"
#include "fleet/DemoFleetGenerator.h"
#include "fleet/LintReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace fleetdesk;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int runLint(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Checks a platform repository (and the tenant repositories beside it) for tenant-isolation "
                       "mistakes. Exits 1 when an error is found, 0 otherwise, 2 on bad usage."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QCoreApplication::translate("CommandLine", "Output format: text, json or sarif."),
        QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("CommandLine", "The platform repository to lint."));
    parser.process(QStringList{QStringLiteral("fleetdesk lint")} + arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << QCoreApplication::translate("CommandLine", "fleetdesk lint: expected exactly one PATH") << '\n';
        return 2;
    }
    const auto format = LintReportWriter::formatFromName(parser.value(formatOption));
    if (!format) {
        err() << QCoreApplication::translate("CommandLine", "fleetdesk lint: unknown format '%1' (text, json, sarif)")
                     .arg(parser.value(formatOption))
              << '\n';
        return 2;
    }
    const QFileInfo path(positional.constFirst());
    if (!path.isDir()) {
        err() << QCoreApplication::translate("CommandLine", "fleetdesk lint: %1 is not a folder")
                     .arg(positional.constFirst())
              << '\n';
        return 2;
    }

    WorkspaceLoader loader(path.absoluteFilePath());
    const WorkspaceLoadResult result = loader.load();
    QHash<QString, QString> roots;
    for (const QString& root : loader.repositoryRoots())
        roots.insert(QFileInfo(root).fileName(), root);
    const LintReportWriter writer(loader.platformRoot(), roots);
    const QByteArray report = writer.write(result.issues, *format);
    std::fwrite(report.constData(), 1, size_t(report.size()), stdout);
    std::fflush(stdout);
    return LintReportWriter::hasErrors(result.issues) ? 1 : 0;
}

int runGenerateFleet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Writes a demo fleet as Git repositories: DIR/platform-flux and DIR/tenants/<name>."));
    parser.addHelpOption();
    const QCommandLineOption clusters(QStringLiteral("clusters"),
                                      QCoreApplication::translate("CommandLine", "Number of clusters (default 2)."),
                                      QStringLiteral("N"));
    const QCommandLineOption tenants(QStringLiteral("tenants"),
                                     QCoreApplication::translate("CommandLine", "Number of tenants (default 3)."),
                                     QStringLiteral("M"));
    const QCommandLineOption perTenant(
        QStringLiteral("kustomizations-per-tenant"),
        QCoreApplication::translate("CommandLine", "Kustomizations per tenant and cluster (default 1)."),
        QStringLiteral("K"));
    parser.addOptions({clusters, tenants, perTenant});
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("CommandLine", "Where to write the repositories."));
    parser.process(QStringList{QStringLiteral("fleetdesk generate-fleet")} + arguments);
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("CommandLine", "fleetdesk generate-fleet: expected exactly one DIR")
              << '\n';
        return 2;
    }

    DemoFleetOptions options;
    const auto readCount = [&parser](const QCommandLineOption& option, int& target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1 || value > 10000) {
            err() << QCoreApplication::translate("CommandLine", "fleetdesk generate-fleet: --%1 takes a number from 1 "
                                                                "to 10000, not '%2'")
                         .arg(option.names().constFirst(), parser.value(option))
                  << '\n';
            return false;
        }
        target = value;
        return true;
    };
    if (!readCount(clusters, options.clusters) || !readCount(tenants, options.tenants)
        || !readCount(perTenant, options.kustomizationsPerTenant))
        return 2;

    const auto summary = DemoFleetGenerator::generate(parser.positionalArguments().constFirst(), options);
    if (!summary) {
        err() << QCoreApplication::translate("CommandLine", "fleetdesk generate-fleet: %1")
                     .arg(summary.error().toString())
              << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("CommandLine", "Wrote %1 clusters and %2 tenants (%3 files, %4 commits) to %5")
               .arg(summary->clusterCount)
               .arg(summary->tenantCount)
               .arg(summary->fileCount)
               .arg(summary->commitCount)
               .arg(parser.positionalArguments().constFirst())
        << '\n';
    return 0;
}

} // namespace

namespace CommandLine {

int runHeadless(const QStringList& arguments)
{
    if (LiveCommands::handles(arguments))
        return LiveCommands::run(arguments);
    if (DiffCommand::handles(arguments))
        return DiffCommand::run(arguments);
    if (BuildCommand::handles(arguments))
        return BuildCommand::run(arguments);
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("lint"))
        return runLint(rest);
    if (command == QLatin1String("generate-fleet"))
        return runGenerateFleet(rest);
    // CommandsModule::handles (app/CommandsModule.cpp) lists the commands this function runs.
    err() << QCoreApplication::translate("CommandLine", "fleetdesk: unknown command '%1'").arg(command) << '\n';
    return 2;
}

} // namespace CommandLine
