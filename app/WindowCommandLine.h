#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

/// The command line of the window (fleetdesk without a command): PATH, --demo, --screenshot and
/// --screenshot-delay, with --help and --version. The executable reads it to answer --help and --version without
/// loading the GUI module; the module reads it again to open the window.
namespace WindowCommandLine {

/// The options that open the window, as added to a parser by describe().
struct Options
{
    QCommandLineOption demo;
    QCommandLineOption screenshot;
    QCommandLineOption screenshotDelay;
};

/// Application name, organisation and version, which QStandardPaths, QSettings and --version read.
void setApplicationIdentity();

/// Adds the description (which lists the headless commands too), --help, --version, the window's options and PATH
/// to `parser`. The texts go through tr(): call it after the translators are installed.
Options describe(QCommandLineParser& parser);

} // namespace WindowCommandLine
