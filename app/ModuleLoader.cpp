#include "ModuleLoader.h"

#include <QDir>
#include <QFile>

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace ModuleLoader {

QString modulePath(const char* argv0, const char* fileName)
{
    std::error_code error;
    std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        executable = std::filesystem::weakly_canonical(argv0, error);
    const QString directory = QFile::decodeName(executable.parent_path().c_str());
    return QDir::cleanPath(directory + QStringLiteral("/" FLEETDESK_MODULE_DIR "/") + QLatin1String(fileName));
}

void* resolve(const QString& path, const char* symbol, QString* reason)
{
    // A module already loaded is found again (dlopen counts references), so resolving twice is cheap.
    void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        *reason = QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    void* address = dlsym(handle, symbol);
    if (!address)
        *reason = QString::fromLocal8Bit(dlerror());
    return address;
}

} // namespace ModuleLoader
