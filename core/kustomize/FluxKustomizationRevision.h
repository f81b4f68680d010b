#pragma once

#include "common/Error.h"
#include "kustomize/KustomizeRenderer.h"

#include <QCoreApplication>

#include <memory>

namespace fleetdesk {

/// Which revision of a Kustomization's source checkout to build, and a RenderFileSource over it:
/// - Applied: the commit of status.lastAppliedRevision, when that commit is in the local repository (what the
///   cluster runs now, so a drift report compares like with like);
/// - Head: HEAD, when the applied commit is unknown here (not fetched yet, or never applied);
/// - WorkingTree: the files on disk, with uncommitted edits ("what would my edit change").
class FluxKustomizationRevision
{
    Q_DECLARE_TR_FUNCTIONS(FluxKustomizationRevision)
public:
    enum class Kind { Applied, Head, WorkingTree };

    Kind kind = Kind::Head;
    QString commit; ///< 40 hex digits; empty for WorkingTree
    QString reason; ///< why this revision was chosen, for the UI and `fleetdesk build`

    /// The commit id of a Flux revision: "main@sha1:<hex>", "refs/heads/main@sha1:<hex>", "sha1:<hex>", or the
    /// older "main/<hex>". Empty when it names none (an OCI digest, an empty status).
    static QString commitOf(const QString& revision);

    /// Picks the revision of `repositoryPath` to build. With `workingTree`, always the working tree.
    static Result<FluxKustomizationRevision> choose(const QString& repositoryPath, const QString& lastAppliedRevision,
                                                    bool workingTree = false);

    /// A source over the chosen revision: a GitTreeSource for a commit, the working tree otherwise.
    Result<std::unique_ptr<RenderFileSource>> open(const QString& repositoryPath) const;
};

} // namespace fleetdesk
