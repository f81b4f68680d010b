#include "FluxKustomizationRevision.h"

#include "kustomize/GitTreeSource.h"

#include <QRegularExpression>

namespace fleetdesk {

QString FluxKustomizationRevision::commitOf(const QString& revision)
{
    static const QRegularExpression current(QStringLiteral("(?:^|@)sha1:([0-9a-f]{40})$"));
    static const QRegularExpression legacy(QStringLiteral("^(?:.+/)?([0-9a-f]{40})$"));
    if (const auto m = current.match(revision); m.hasMatch())
        return m.captured(1);
    if (const auto m = legacy.match(revision); m.hasMatch())
        return m.captured(1);
    return {};
}

Result<FluxKustomizationRevision> FluxKustomizationRevision::choose(const QString& repositoryPath,
                                                                    const QString& lastAppliedRevision,
                                                                    bool workingTree)
{
    FluxKustomizationRevision choice;
    if (workingTree) {
        choice.kind = Kind::WorkingTree;
        choice.reason = tr("the working tree, with uncommitted changes");
        return choice;
    }
    const QString applied = commitOf(lastAppliedRevision);
    if (!applied.isEmpty()) {
        if (auto tree = GitTreeSource::open(repositoryPath, applied + QStringLiteral("^{commit}"))) {
            choice.kind = Kind::Applied;
            choice.commit = (*tree)->commitId();
            choice.reason = tr("the applied revision %1").arg(lastAppliedRevision);
            return choice;
        }
    }
    auto head = GitTreeSource::open(repositoryPath, QStringLiteral("HEAD"));
    if (!head)
        return std::unexpected(head.error());
    choice.kind = Kind::Head;
    choice.commit = (*head)->commitId();
    choice.reason = applied.isEmpty()
        ? tr("HEAD (%1): no applied revision is known").arg(choice.commit.left(12))
        : tr("HEAD (%1): the applied commit %2 is not in the local repository")
              .arg(choice.commit.left(12), applied.left(12));
    return choice;
}

Result<std::unique_ptr<RenderFileSource>> FluxKustomizationRevision::open(const QString& repositoryPath) const
{
    if (kind == Kind::WorkingTree)
        return workingTreeSource(repositoryPath);
    auto tree = GitTreeSource::open(repositoryPath, commit);
    if (!tree)
        return std::unexpected(tree.error());
    return std::unique_ptr<RenderFileSource>(std::move(*tree));
}

} // namespace fleetdesk
