#pragma once

#include <QString>

/// The fleetdesk executable's modules (fleetdesk-gui.so, fleetdesk-commands.so) lie in FLEETDESK_MODULE_DIR
/// relative to the executable's real path (symlinks resolved): the same relative place in the build tree and when
/// installed (${CMAKE_INSTALL_LIBDIR}/fleetdesk beside ${CMAKE_INSTALL_BINDIR}).
namespace ModuleLoader {

/// The path of the module `fileName` for the running executable (`argv0` when /proc/self/exe is unreadable).
QString modulePath(const char* argv0, const char* fileName);

/// Loads the module at `path` (RTLD_LOCAL: its own copy of the libraries stays out of the global symbol scope;
/// never unloaded, its code may run until the process exits) and returns the address of `symbol`. On failure,
/// returns nullptr and says why in `reason`.
void* resolve(const QString& path, const char* symbol, QString* reason);

} // namespace ModuleLoader
