#include "StagedCommitCheck.h"

#include "engine/WorkspaceLoader.h"
#include "git/GitError.h"
#include "git/GitHandles.h"
#include "git/GitRepository.h"

#include <git2/checkout.h>
#include <git2/errors.h>
#include <git2/revparse.h>
#include <git2/repository.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StagedCommitCheck", text);
}

QString workTreeOf(const GitRepository& repository)
{
    const char* workdir = git_repository_workdir(repository.handle());
    return workdir ? QDir::cleanPath(QString::fromUtf8(workdir)) : QString();
}

} // namespace

QString StagedCheckFinding::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path;
    return QStringLiteral("%1 %2: %3").arg(where, ruleId, message);
}

bool StagedCheckReport::hasBlocking() const
{
    return std::any_of(findings.begin(), findings.end(), [](const StagedCheckFinding& f) { return !f.overridable(); });
}

bool StagedCheckReport::hasWarnings() const
{
    return std::any_of(findings.begin(), findings.end(), [](const StagedCheckFinding& f) { return f.overridable(); });
}

QStringList StagedCheckReport::lines() const
{
    QStringList out;
    for (const StagedCheckFinding& f : findings)
        out.append(f.toString());
    return out;
}

Result<QList<SopsCommitFile>> StagedCommitCheck::stagedFiles(const GitRepository& repository)
{
    git_repository* repo = repository.handle();
    git_index* rawIndex = nullptr;
    if (auto r = GitError::check(git_repository_index(&rawIndex, repo), tr("reading the index")); !r)
        return std::unexpected(r.error());
    git::IndexPtr index(rawIndex);
    git::TreePtr headTree;
    {
        git_object* head = nullptr;
        const int code = git_revparse_single(&head, repo, "HEAD^{tree}");
        if (code == 0)
            headTree.reset(reinterpret_cast<git_tree*>(head));
        else if (code != GIT_ENOTFOUND && code != GIT_EUNBORNBRANCH)
            return std::unexpected(GitError::fromLastError(code, tr("reading HEAD")));
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git_diff* rawDiff = nullptr;
    if (auto r = GitError::check(git_diff_tree_to_index(&rawDiff, repo, headTree.get(), index.get(), &options),
                                 tr("comparing the index with HEAD"));
        !r)
        return std::unexpected(r.error());
    git::DiffPtr diff(rawDiff);
    QList<SopsCommitFile> files;
    const std::size_t count = git_diff_num_deltas(diff.get());
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_DELETED || !(delta->new_file.flags & GIT_DIFF_FLAG_EXISTS))
            continue;
        if (delta->new_file.mode == GIT_FILEMODE_COMMIT || delta->new_file.mode == GIT_FILEMODE_LINK)
            continue;
        git_blob* rawBlob = nullptr;
        const QString path = QString::fromUtf8(delta->new_file.path);
        if (auto r = GitError::check(git_blob_lookup(&rawBlob, repo, &delta->new_file.id),
                                     tr("reading the staged %1").arg(path));
            !r)
            return std::unexpected(r.error());
        git::BlobPtr blob(rawBlob);
        files.append({path, QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                       qsizetype(git_blob_rawsize(blob.get())))});
    }
    return files;
}

Result<StagedCheckReport> StagedCommitCheck::run(const GitRepository& repository)
{
    const QString root = workTreeOf(repository);
    if (root.isEmpty())
        return makeError(tr("the repository has no work tree"), {}, QStringLiteral("git.bare"));
    auto staged = stagedFiles(repository);
    if (!staged)
        return std::unexpected(staged.error());
    StagedCheckReport report;
    report.stagedFiles = int(staged->size());

    for (const SopsCommitFinding& f : SopsCommitGuard::checkContent(root, *staged))
        report.findings.append({f.path, f.line, QStringLiteral("sops-commit-guard"), Severity::Error, f.message});

    // The lint, on the repository as the index has it.
    QSet<QString> stagedPaths;
    for (const SopsCommitFile& f : *staged)
        stagedPaths.insert(f.path);
    if (stagedPaths.isEmpty())
        return report;
    const QString gitDir = QString::fromUtf8(git_repository_path(repository.handle()));
    QTemporaryDir scratch(QDir(gitDir).filePath(QStringLiteral("fleetdesk-staged-XXXXXX")));
    if (!scratch.isValid())
        return makeError(tr("cannot create a folder for the staged content in %1: %2").arg(gitDir, scratch.errorString()),
                         {}, QStringLiteral("io.write"));
    const QString exported = scratch.filePath(QFileInfo(root).fileName());
    QDir().mkpath(exported);
    git_index* rawIndex = nullptr;
    if (auto r = GitError::check(git_repository_index(&rawIndex, repository.handle()), tr("reading the index")); !r)
        return std::unexpected(r.error());
    git::IndexPtr index(rawIndex);
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX;
    const QByteArray target = QFile::encodeName(exported);
    checkout.target_directory = target.constData();
    if (auto r = GitError::check(git_checkout_index(repository.handle(), index.get(), &checkout),
                                 tr("writing the staged content out for the lint"));
        !r)
        return std::unexpected(r.error());

    const WorkspaceLoadResult loaded = WorkspaceLoader::loadOnce(exported);
    for (const Issue& issue : loaded.issues) {
        if (issue.silenced || issue.severity == Severity::Info)
            continue;
        if (issue.repository != QFileInfo(exported).fileName() || !stagedPaths.contains(issue.location.file))
            continue;
        report.findings.append({issue.location.file, issue.location.line, issue.ruleId, issue.severity, issue.message});
    }
    std::sort(report.findings.begin(), report.findings.end(), [](const StagedCheckFinding& a, const StagedCheckFinding& b) {
        return std::tie(a.path, a.line, a.ruleId) < std::tie(b.path, b.line, b.ruleId);
    });
    return report;
}

} // namespace fleetdesk
