#pragma once

#include <QStringList>

/// Headless live commands across every selected cluster at once:
///   fleetdesk status [--context C]... [--all-contexts] [--workspace DIR] [--format table|json]
///     (with the Flux controllers' health, and with a workspace how far each applied revision is behind or ahead
///     of the local checkout)
///   fleetdesk suspend|resume|reconcile [--with-source] [--reason R] [--cluster C]... [--context C]...
///                                      [--tenant T] [--kind K] [NAME | NAMESPACE/NAME ...]
/// A fleet cluster maps to the kubeconfig context of the same name. Actions are recorded in the action log; the
/// exit code is non-zero when any target failed or nothing matched.
namespace LiveCommands {

bool handles(const QStringList& arguments);
int run(const QStringList& arguments);

} // namespace LiveCommands
