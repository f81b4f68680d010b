#include "GuiModule.h"

#include "WindowCommandLine.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace {

/// The module's path: beside the executable's real location (symlinks resolved), in FLEETDESK_GUI_MODULE_DIR.
QString modulePath(const char* argv0)
{
    std::error_code error;
    std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        executable = std::filesystem::weakly_canonical(argv0, error);
    const QString directory = QFile::decodeName(executable.parent_path().c_str());
    return QDir::cleanPath(directory + QStringLiteral("/" FLEETDESK_GUI_MODULE_DIR "/fleetdesk-gui.so"));
}

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
    const QString path = modulePath(argv[0]);
    // RTLD_LOCAL: the module carries its own copy of the core and ui libraries, which stays out of the global
    // symbol scope. The handle is never closed: the module's code runs until the process exits.
    void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle)
        return reportMissing(argc, argv, path, QString::fromLocal8Bit(dlerror()));
    const auto entry = reinterpret_cast<Entry>(dlsym(handle, entrySymbol));
    if (!entry)
        return reportMissing(argc, argv, path, QString::fromLocal8Bit(dlerror()));
    return entry(argc, argv);
}

} // namespace GuiModule
