// The fleetdesk executable: parses the command line and wires the engine to the window. Everything else lives in
// the core and ui libraries.

#include "CommandLine.h"

#include "Translations.h"
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "git/GitWorker.h"
#include "git/SshAskpass.h"
#include "secrets/KeychainSecretStore.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace fleetdesk;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fleetdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
}

QString helpDescription()
{
    return QCoreApplication::translate(
        "main",
        "Fleetdesk: a desktop console for Flux v2 GitOps fleets.\n\n"
        "Commands that need no display:\n"
        "  fleetdesk lint PATH [--format text|json|sarif]   check tenant isolation; exits 1 on errors\n"
        "  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]\n"
        "                                                   write a demo fleet of Git repositories\n"
        "  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]\n"
        "                                                   SOPS with age, like the sops commands\n"
        "  fleetdesk sops identity add FILE|-|--generate | remove RECIPIENT | list\n"
        "                                                   age identities kept in the keychain\n"
        "  fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [KUSTOMIZATION...]\n"
        "                                                   what Flux would create, change and prune (exit 1 on drift)\n"
        "  fleetdesk build PATH [--native-only]             kustomize build of a directory, natively\n"
        "  fleetdesk status [--context C] [--all-contexts] [--workspace DIR] [--format table|json]\n"
        "                                                   live Flux status across clusters, controller health,\n"
        "                                                   behind/ahead of the local checkout\n"
        "  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]\n"
        "                                                   Flux actions with the flux CLI's semantics\n\n"
        "Without a command, opens the window on PATH (a platform repository), or on the demo fleet with --demo.");
}

/// The demo fleet under the user's data folder, generated on first use.
std::optional<QString> ensureDemoFleet()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString dir = base + QStringLiteral("/demo");
    const QString platform = dir + QStringLiteral("/platform-flux");
    if (QFileInfo(platform).isDir())
        return platform;
    QDir().mkpath(dir);
    const auto summary = DemoFleetGenerator::generate(dir, DemoFleetOptions{});
    if (!summary) {
        QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: cannot create the demo fleet: %1")
                                   .arg(summary.error().toString())
                            << '\n';
        return std::nullopt;
    }
    return platform;
}

} // namespace

int main(int argc, char* argv[])
{
    // OpenSSH runs Fleetdesk as its SSH_ASKPASS: answer from the running app and exit.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Headless commands, --help and --version must work without a display (CI, packaging checks).
    const bool wantsInfoOnly = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"));
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::isHeadlessCommand(arguments) || wantsInfoOnly) {
        app = std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        installTranslators(*app);
        if (CommandLine::isHeadlessCommand(arguments))
            return CommandLine::runHeadless(arguments);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        setApplicationIdentity();
        QGuiApplication::setDesktopFileName(QStringLiteral(FLEETDESK_APP_ID));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.fleetdesk.Fleetdesk.svg")));
        installTranslators(*app);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(helpDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo fleet (created under the user's data folder if missing)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open PATH (or --demo), wait until the tree is loaded, save a PNG of the "
                                            "window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "With --screenshot: wait MS milliseconds after the tree is loaded, so that "
                                            "live cluster state can arrive (default 300)."),
        QStringLiteral("MS"), QStringLiteral("300"));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(delayOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("main", "A platform repository to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(*app);

    QString workspace;
    if (parser.isSet(demoOption)) {
        const auto demo = ensureDemoFleet();
        if (!demo)
            return 1;
        workspace = *demo;
    } else if (!parser.positionalArguments().isEmpty()) {
        workspace = parser.positionalArguments().constFirst();
        if (!QFileInfo(workspace).isDir()) {
            QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: %1 is not a folder").arg(workspace)
                                << '\n';
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && workspace.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: --screenshot needs PATH or --demo")
                            << '\n';
        return 2;
    }

    // Declared before the engine so that it outlives the Git worker, which the engine's thread deletes.
    KeychainSecretStore secrets;
    EngineThread engine;
    MainWindow window(engine.engine());
    // A screenshot (the README's) gets a taller window, so that the fleet tree above the docks has room.
    window.resize(1360, screenshot.isEmpty() ? 860 : 1000);
    // Git runs on the engine's thread too: the worker owns every libgit2 handle it opens.
    auto* gitWorker = new GitWorker(&secrets);
    gitWorker->moveToThread(engine.engine()->thread());
    QObject::connect(engine.engine()->thread(), &QThread::finished, gitWorker, &QObject::deleteLater);
    window.attachGitWorker(gitWorker);

    int exitCode = 0;
    if (!screenshot.isEmpty()) {
        const int delay = std::clamp(parser.value(delayOption).toInt(), 0, 600000);
        auto* shotTimer = new QTimer(&window);
        shotTimer->setSingleShot(true);
        QObject::connect(&window, &MainWindow::snapshotApplied, &window, [&window, shotTimer, delay]() {
            window.expandToTenants();
            // Let the view lay out the expanded rows (and live state arrive) before grabbing; the first snapshot
            // starts the clock.
            if (!shotTimer->isActive() && shotTimer->property("started").isNull()) {
                shotTimer->setProperty("started", true);
                shotTimer->start(delay);
            }
        });
        QObject::connect(shotTimer, &QTimer::timeout, &window, [&window, &screenshot, &exitCode]() {
            {
                if (!window.saveScreenshot(screenshot)) {
                    QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: cannot write %1")
                                               .arg(screenshot)
                                        << '\n';
                    exitCode = 1;
                }
                QCoreApplication::exit(exitCode);
            }
        });
        QTimer::singleShot(120000 + delay, &window, [&exitCode]() {
            QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: the workspace did not load in time")
                                << '\n';
            exitCode = 1;
            QCoreApplication::exit(exitCode);
        });
    }
    window.show();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    const int rc = QCoreApplication::exec();
    return screenshot.isEmpty() ? rc : exitCode;
}
