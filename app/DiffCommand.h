#pragma once

#include <QStringList>

/// fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [--max-concurrent N] [--qps N]
///                [KUSTOMIZATION...]
/// The drift of Flux Kustomizations: what Flux would create, change and prune, rendered from the checkout in DIR
/// (default: the current folder) and compared with the cluster by server-side apply dry-runs. KUSTOMIZATION is
/// NAME or NAMESPACE/NAME; without one, every Kustomization of the cluster whose spec.path exists in DIR.
/// Exit code: 0 without drift, 1 with drift, 2 on error (like `flux diff kustomization`).
namespace DiffCommand {

bool handles(const QStringList& arguments);
int run(const QStringList& arguments);

} // namespace DiffCommand
