#pragma once

/// The window lives in a separate module, fleetdesk-gui.so, so that the headless commands never load QtGui,
/// QtWidgets or the ui library. The executable loads the module only to open a window.
namespace GuiModule {

/// The one function the module exports: it creates the QApplication, reads the window's command line
/// (WindowCommandLine) and runs the window; it returns the process exit code.
using Entry = int (*)(int argc, char** argv);
inline constexpr char entrySymbol[] = "fleetdesk_gui_main";

/// Loads the module from its place relative to the executable (ModuleLoader, the same in the build
/// tree and when installed) and runs its entry. When the module is missing or broken, prints why and returns 1.
int run(int argc, char** argv);

} // namespace GuiModule
