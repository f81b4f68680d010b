#pragma once

#include <QStringList>

/// The headless commands of the fleetdesk-commands module (CommandsModule.h): lint, generate-fleet, build, diff
/// and the live commands. They run with a QCoreApplication: no display needed.
namespace CommandLine {

/// Runs `fleetdesk COMMAND …` (`arguments` without the program name); returns the process exit code.
int runHeadless(const QStringList& arguments);

} // namespace CommandLine
