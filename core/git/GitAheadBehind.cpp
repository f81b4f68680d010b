#include "GitAheadBehind.h"

#include "git/GitError.h"
#include "git/GitHandles.h"
#include "git/GitRepository.h"

#include <QRegularExpression>

#include <git2.h>

namespace fleetdesk {

namespace {

Error failure(const QString& code, const QString& message)
{
    Error error;
    error.code = code;
    error.message = message;
    return error;
}

} // namespace

QString GitAheadBehind::commitOf(const QString& fluxRevision)
{
    static const QRegularExpression hex(QStringLiteral("([0-9a-f]{40})$"));
    const qsizetype sha1 = fluxRevision.indexOf(QLatin1String("sha1:"));
    const QString tail = sha1 >= 0 ? fluxRevision.mid(sha1 + 5) : fluxRevision;
    const QRegularExpressionMatch match = hex.match(tail);
    if (!match.hasMatch())
        return {};
    // A bare id, or one after "sha1:" or "<branch>/".
    const qsizetype start = match.capturedStart(1);
    if (start > 0 && tail.at(start - 1) != QLatin1Char('/') && sha1 < 0)
        return {};
    return match.captured(1);
}

Result<QString> GitAheadBehind::branchHead(const GitRepository& repository, const QString& branch)
{
    git_oid oid;
    for (const QString& name : {QString(QStringLiteral("refs/heads/") + branch), QString(QStringLiteral("refs/remotes/origin/") + branch)}) {
        if (git_reference_name_to_id(&oid, repository.handle(), name.toUtf8().constData()) == 0) {
            char text[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(text, sizeof text, &oid);
            return QString::fromLatin1(text);
        }
    }
    return std::unexpected(GitError::fromLastError(GIT_ENOTFOUND, QStringLiteral("Reading branch %1").arg(branch)));
}

Result<GitDistance> GitAheadBehind::distance(const GitRepository& repository, const QString& commit,
                                             const QString& branch)
{
    const auto head = branchHead(repository, branch);
    if (!head)
        return std::unexpected(head.error());
    git_oid headOid;
    git_oid commitOid;
    if (git_oid_fromstr(&headOid, head->toLatin1().constData()) != 0
        || git_oid_fromstr(&commitOid, commit.toLatin1().constData()) != 0)
        return std::unexpected(failure(QStringLiteral("git.oid"), QStringLiteral("Not a commit id: %1").arg(commit)));
    if (git_oid_equal(&headOid, &commitOid))
        return GitDistance{};
    git_odb* odb = nullptr;
    if (const auto got = GitError::check(git_repository_odb(&odb, repository.handle()), QStringLiteral("Opening objects")); !got)
        return std::unexpected(got.error());
    const bool known = git_odb_exists(odb, &commitOid) != 0;
    git_odb_free(odb);
    if (!known)
        return std::unexpected(
            failure(QStringLiteral("git.odb.-3"), QStringLiteral("Commit %1 is not in the local checkout").arg(commit)));
    size_t ahead = 0;
    size_t behind = 0;
    // ahead: commits of the branch head not in `commit`, i.e. how far the applied revision is behind.
    if (const auto counted = GitError::check(git_graph_ahead_behind(&ahead, &behind, repository.handle(), &headOid, &commitOid),
                                             QStringLiteral("Counting commits between %1 and %2").arg(commit, branch));
        !counted)
        return std::unexpected(counted.error());
    return GitDistance{int(ahead), int(behind)};
}

GitBranchSync GitAheadBehind::branchSync(const GitRepository& repository)
{
    GitBranchSync sync;
    git_repository* handle = repository.handle();
    git_reference* rawHead = nullptr;
    int code = git_repository_head(&rawHead, handle);
    if (code == GIT_EUNBORNBRANCH) {
        sync.state = GitBranchSync::State::Unborn;
        if (const auto branch = repository.currentBranch())
            sync.branch = *branch;
        return sync;
    }
    if (code < 0) {
        sync.error = GitError::fromLastError(code, QStringLiteral("Reading HEAD")).message;
        return sync;
    }
    const git::ReferencePtr head(rawHead);
    if (!git_reference_is_branch(head.get())) {
        sync.state = GitBranchSync::State::Detached;
        return sync;
    }
    sync.branch = QString::fromUtf8(git_reference_shorthand(head.get()));

    // The configured upstream first (branch.<name>.remote and .merge), then whether its reference exists.
    git_buf upstreamName = GIT_BUF_INIT;
    code = git_branch_upstream_name(&upstreamName, handle, git_reference_name(head.get()));
    if (code == GIT_ENOTFOUND) {
        sync.state = GitBranchSync::State::NoUpstream;
        return sync;
    }
    if (code < 0) {
        sync.error = GitError::fromLastError(code, QStringLiteral("Reading the upstream of %1").arg(sync.branch)).message;
        return sync;
    }
    const QString upstreamRef = QString::fromUtf8(upstreamName.ptr, qsizetype(upstreamName.size));
    git_buf_dispose(&upstreamName);
    sync.upstream = upstreamRef.startsWith(QLatin1String("refs/remotes/")) ? upstreamRef.mid(13)
        : upstreamRef.startsWith(QLatin1String("refs/heads/"))             ? upstreamRef.mid(11)
                                                                           : upstreamRef;
    git_oid upstreamOid;
    code = git_reference_name_to_id(&upstreamOid, handle, upstreamRef.toUtf8().constData());
    if (code == GIT_ENOTFOUND) {
        sync.state = GitBranchSync::State::UpstreamGone;
        return sync;
    }
    if (code < 0) {
        sync.error = GitError::fromLastError(code, QStringLiteral("Reading %1").arg(sync.upstream)).message;
        return sync;
    }
    git_oid headOid;
    if ((code = git_reference_name_to_id(&headOid, handle, git_reference_name(head.get()))) < 0) {
        sync.error = GitError::fromLastError(code, QStringLiteral("Reading %1").arg(sync.branch)).message;
        return sync;
    }
    size_t ahead = 0;
    size_t behind = 0;
    if ((code = git_graph_ahead_behind(&ahead, &behind, handle, &headOid, &upstreamOid)) < 0) {
        sync.error = GitError::fromLastError(code, QStringLiteral("Counting commits between %1 and %2").arg(sync.branch, sync.upstream))
                         .message;
        return sync;
    }
    sync.ahead = int(ahead);
    sync.behind = int(behind);
    sync.state = ahead > 0 && behind > 0 ? GitBranchSync::State::Diverged
        : ahead > 0                      ? GitBranchSync::State::Ahead
        : behind > 0                     ? GitBranchSync::State::Behind
                                         : GitBranchSync::State::UpToDate;
    return sync;
}

} // namespace fleetdesk
