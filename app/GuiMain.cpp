// The fleetdesk-gui module: the window. The fleetdesk executable loads it (GuiModule) when it is started without
// a command; everything that needs QtGui or QtWidgets runs from here. It exports one function, the entry below.

#include "GuiModule.h"
#include "WindowCommandLine.h"

#include "common/Translations.h"
#include "engine/EngineThread.h"
#include "engine/ReconcileEngine.h"
#include "fleet/DemoFleetGenerator.h"
#include "git/GitWorker.h"
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
#include <optional>
#include <type_traits>

using namespace fleetdesk;

namespace {

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

int runWindow(QApplication& app)
{
    QCommandLineParser parser;
    const WindowCommandLine::Options options = WindowCommandLine::describe(parser);
    parser.process(app);

    QString workspace;
    if (parser.isSet(options.demo)) {
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
    const QString screenshot = parser.value(options.screenshot);
    if (parser.isSet(options.screenshot) && workspace.isEmpty()) {
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
        const int delay = std::clamp(parser.value(options.screenshotDelay).toInt(), 0, 600000);
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
            if (!window.saveScreenshot(screenshot)) {
                QTextStream(stderr) << QCoreApplication::translate("main", "fleetdesk: cannot write %1")
                                           .arg(screenshot)
                                    << '\n';
                exitCode = 1;
            }
            QCoreApplication::exit(exitCode);
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

} // namespace

extern "C" Q_DECL_EXPORT int fleetdesk_gui_main(int argc, char** argv)
{
    // The signature is GuiModule::Entry; the check keeps the executable and the module in step.
    static_assert(std::is_same_v<decltype(&fleetdesk_gui_main), GuiModule::Entry>);
    QApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral(FLEETDESK_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.fleetdesk.Fleetdesk.svg")));
    installTranslators(app);
    return runWindow(app);
}
