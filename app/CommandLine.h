#pragma once

#include <QStringList>

/// The headless commands of the fleetdesk executable. They run with a QCoreApplication: no display needed.
namespace CommandLine {

/// True when `arguments` (without the program name) start with a headless command.
bool isHeadlessCommand(const QStringList& arguments);

/// Runs `fleetdesk lint …` or `fleetdesk generate-fleet …`; returns the process exit code.
int runHeadless(const QStringList& arguments);

} // namespace CommandLine
