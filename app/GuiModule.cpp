#include "GuiModule.h"

#include "ModuleLoader.h"
#include "WindowCommandLine.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

int reportMissing(int argc, char** argv, const QString& path, const QString& reason)
{
    QCoreApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    fleetdesk::installTranslators(app);
    QTextStream(stderr) << QCoreApplication::translate(
                               "main", "fleetdesk: cannot open the window: the GUI module %1 is missing or broken "
                                       "(%2). The commands that need no display (fleetdesk --help lists them) work "
                                       "without it; reinstall Fleetdesk to get the window back.")
                               .arg(QDir::toNativeSeparators(path), reason)
                        << '\n';
    return 1;
}

} // namespace

namespace GuiModule {

int run(int argc, char** argv)
{
    const QString path = ModuleLoader::modulePath(argv[0], "fleetdesk-gui.so");
    QString reason;
    const auto entry = reinterpret_cast<Entry>(ModuleLoader::resolve(path, entrySymbol, &reason));
    if (!entry)
        return reportMissing(argc, argv, path, reason);
    return entry(argc, argv);
}

} // namespace GuiModule
