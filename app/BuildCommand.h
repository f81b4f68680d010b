#pragma once

#include <QStringList>

/// `fleetdesk build PATH`: renders a kustomization directory like `kustomize build` and prints the objects as
/// multi-document YAML. Files are read from the Git work tree that holds PATH (or PATH itself outside Git), and
/// nothing outside it. Features the native renderer lacks are handed to the kustomize binary.
namespace BuildCommand {

/// True when `arguments` (without the program name) start with "build".
bool handles(const QStringList& arguments);

/// Runs the command; returns the exit code (0 success, 1 failure, 2 bad usage).
int run(const QStringList& arguments);

} // namespace BuildCommand
