#include "GitRepository.h"

#include "git/GitError.h"
#include "git/GitHandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include <git2/commit.h>
#include <git2/errors.h>
#include <git2/index.h>
#include <git2/buffer.h>
#include <git2/object.h>
#include <git2/odb.h>
#include <git2/odb_backend.h>
#include <git2/oid.h>
#include <git2/refs.h>
#include <git2/repository.h>
#include <git2/revparse.h>
#include <git2/revwalk.h>
#include <git2/signature.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/tree.h>
#include <git2/branch.h>
#include <git2/checkout.h>
#include <git2/graph.h>
#include <git2/message.h>
#include <git2/reset.h>

namespace fleetdesk {

namespace {

using namespace fleetdesk::git;

struct WritepackFree
{
    void operator()(git_odb_writepack* writepack) const { writepack->free(writepack); }
};
using WritepackPtr = std::unique_ptr<git_odb_writepack, WritepackFree>;

Result<OdbPtr> openOdb(git_repository* repository)
{
    git_odb* raw = nullptr;
    const int code = git_repository_odb(&raw, repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitRepository::tr("cannot open the object database")));
    return OdbPtr(raw);
}

QString toHex(const git_oid* oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

Result<IndexPtr> openIndex(git_repository* repository)
{
    git_index* raw = nullptr;
    const int code = git_repository_index(&raw, repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitRepository::tr("cannot open the index")));
    return IndexPtr(raw);
}

Result<SignaturePtr> makeSignature(const GitSignature& signature)
{
    const QDateTime when = signature.when.isValid() ? signature.when : QDateTime::currentDateTimeUtc();
    git_signature* raw = nullptr;
    const int code = git_signature_new(&raw, signature.name.toUtf8().constData(), signature.email.toUtf8().constData(),
                                       git_time_t(when.toSecsSinceEpoch()), when.offsetFromUtc() / 60);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitRepository::tr("invalid commit signature")));
    return SignaturePtr(raw);
}


/// A list of paths as a git_strarray that stays valid while this lives.
class PathArray
{
public:
    explicit PathArray(const QStringList& paths)
    {
        for (const QString& path : paths)
            m_bytes.append(path.toUtf8());
        for (QByteArray& bytes : m_bytes)
            m_pointers.push_back(bytes.data());
        m_array.strings = m_pointers.data();
        m_array.count = m_pointers.size();
    }
    git_strarray* get() { return &m_array; }

private:
    QList<QByteArray> m_bytes;
    std::vector<char*> m_pointers;
    git_strarray m_array{};
};

Error gitError(int code, const QString& what)
{
    return GitError::fromLastError(code, what);
}

GitChange stagedChange(unsigned flags)
{
    if (flags & GIT_STATUS_INDEX_NEW)
        return GitChange::Added;
    if (flags & GIT_STATUS_INDEX_DELETED)
        return GitChange::Deleted;
    if (flags & GIT_STATUS_INDEX_RENAMED)
        return GitChange::Renamed;
    if (flags & GIT_STATUS_INDEX_TYPECHANGE)
        return GitChange::TypeChanged;
    if (flags & GIT_STATUS_INDEX_MODIFIED)
        return GitChange::Modified;
    return GitChange::None;
}

GitChange unstagedChange(unsigned flags)
{
    if (flags & GIT_STATUS_WT_NEW)
        return GitChange::Untracked;
    if (flags & GIT_STATUS_WT_DELETED)
        return GitChange::Deleted;
    if (flags & GIT_STATUS_WT_RENAMED)
        return GitChange::Renamed;
    if (flags & GIT_STATUS_WT_TYPECHANGE)
        return GitChange::TypeChanged;
    if (flags & GIT_STATUS_WT_MODIFIED)
        return GitChange::Modified;
    return GitChange::None;
}

Result<QList<GitFileDiff>> collectDiff(git_diff* diff)
{
    QList<GitFileDiff> files;
    const size_t deltas = git_diff_num_deltas(diff);
    for (size_t i = 0; i < deltas; ++i) {
        git_patch* rawPatch = nullptr;
        int code = git_patch_from_diff(&rawPatch, diff, i);
        if (code < 0)
            return std::unexpected(gitError(code, GitRepository::tr("cannot compute the diff")));
        const PatchPtr patch(rawPatch);
        const git_diff_delta* delta = git_diff_get_delta(diff, i);
        GitFileDiff file;
        file.oldPath = QString::fromUtf8(delta->old_file.path);
        file.path = QString::fromUtf8(delta->new_file.path);
        file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        if (!patch) { // binary or unchanged content
            files.append(file);
            continue;
        }
        const size_t hunks = git_patch_num_hunks(patch.get());
        for (size_t h = 0; h < hunks; ++h) {
            const git_diff_hunk* rawHunk = nullptr;
            size_t lines = 0;
            code = git_patch_get_hunk(&rawHunk, &lines, patch.get(), h);
            if (code < 0)
                return std::unexpected(gitError(code, GitRepository::tr("cannot compute the diff")));
            GitDiffHunk hunk;
            hunk.header = QString::fromUtf8(rawHunk->header, qsizetype(rawHunk->header_len)).trimmed();
            hunk.oldStart = rawHunk->old_start;
            hunk.oldLines = rawHunk->old_lines;
            hunk.newStart = rawHunk->new_start;
            hunk.newLines = rawHunk->new_lines;
            for (size_t l = 0; l < lines; ++l) {
                const git_diff_line* line = nullptr;
                code = git_patch_get_line_in_hunk(&line, patch.get(), h, l);
                if (code < 0)
                    return std::unexpected(gitError(code, GitRepository::tr("cannot compute the diff")));
                if (line->origin != GIT_DIFF_LINE_CONTEXT && line->origin != GIT_DIFF_LINE_ADDITION
                    && line->origin != GIT_DIFF_LINE_DELETION)
                    continue; // "\ No newline at end of file" markers: the line content already says it
                hunk.lines.append(GitDiffLine{line->origin, std::max(line->old_lineno, 0), std::max(line->new_lineno, 0),
                                              QByteArray(line->content, qsizetype(line->content_len))});
            }
            file.hunks.append(hunk);
        }
        files.append(file);
    }
    return files;
}

/// The lines of `content`, each with its line ending.
QList<QByteArray> splitLines(const QByteArray& content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype end = content.indexOf('\n', start);
        if (end < 0) {
            lines.append(content.mid(start));
            break;
        }
        lines.append(content.mid(start, end - start + 1));
        start = end + 1;
    }
    return lines;
}

/// Applies one hunk to `base`. The hunk replaces `count` lines from line `start` (1-based; when `count` is 0 it
/// inserts after line `start`) with its lines of origin ' ' and `keep`; its lines of origin ' ' and `replaced`
/// must be what `base` holds there. Empty when they are not (the hunk is stale).
std::optional<QByteArray> applyHunk(const QByteArray& base, int start, int count, const QList<GitDiffLine>& lines,
                                    char keep, char replaced)
{
    const QList<QByteArray> baseLines = splitLines(base);
    const qsizetype prefix = count == 0 ? start : start - 1;
    if (prefix < 0 || prefix + count > baseLines.size())
        return std::nullopt;
    QList<QByteArray> expected;
    QByteArray middle;
    for (const GitDiffLine& line : lines) {
        if (line.origin == ' ' || line.origin == replaced)
            expected.append(line.content);
        if (line.origin == ' ' || line.origin == keep)
            middle.append(line.content);
    }
    if (expected != baseLines.mid(prefix, count))
        return std::nullopt;
    QByteArray result;
    for (qsizetype i = 0; i < prefix; ++i)
        result.append(baseLines.at(i));
    result.append(middle);
    for (qsizetype i = prefix + count; i < baseLines.size(); ++i)
        result.append(baseLines.at(i));
    return result;
}

Result<CommitPtr> lookupHeadCommit(git_repository* repository)
{
    git_object* raw = nullptr;
    const int code = git_revparse_single(&raw, repository, "HEAD^{commit}");
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot read HEAD")));
    return CommitPtr(reinterpret_cast<git_commit*>(raw));
}

Result<QString> configString(git_config* config, const char* name)
{
    git_buf buffer = GIT_BUF_INIT;
    const int code = git_config_get_string_buf(&buffer, config, name);
    if (code == GIT_ENOTFOUND)
        return QString();
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot read %1 from the git config")
                                                  .arg(QString::fromLatin1(name))));
    QString value = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return value;
}

/// The reference a commit on HEAD updates: the branch HEAD points at, or HEAD itself when detached.
Result<QByteArray> headTargetName(git_repository* repository)
{
    git_reference* raw = nullptr;
    const int code = git_reference_lookup(&raw, repository, "HEAD");
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot read HEAD")));
    const ReferencePtr head(raw);
    if (git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC)
        return QByteArray(git_reference_symbolic_target(head.get()));
    return QByteArray("HEAD");
}

QString summaryOf(const QString& message)
{
    return message.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

void GitRepository::Deleter::operator()(git_repository* repository) const
{
    git_repository_free(repository);
}

GitRepository::GitRepository(GitLibrary library, git_repository* repository)
    : m_library(std::move(library))
    , m_repository(repository)
{
}

GitRepository::GitRepository(GitRepository&& other) noexcept
    : m_library(other.m_library)
    , m_repository(std::move(other.m_repository))
    , m_memoryBackend(std::exchange(other.m_memoryBackend, nullptr))
{
}

GitRepository& GitRepository::operator=(GitRepository&& other) noexcept
{
    m_repository = std::move(other.m_repository);
    m_memoryBackend = std::exchange(other.m_memoryBackend, nullptr);
    return *this;
}
GitRepository::~GitRepository() = default;

Result<GitRepository> GitRepository::init(const QString& path, const QString& initialBranch)
{
    GitLibrary library;
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_MKDIR | GIT_REPOSITORY_INIT_NO_REINIT;
    const QByteArray branch = initialBranch.toUtf8();
    options.initial_head = branch.constData();
    git_repository* raw = nullptr;
    const int code = git_repository_init_ext(&raw, QFile::encodeName(path).constData(), &options);
    if (code < 0) {
        const QString what = tr("cannot create a Git repository in %1").arg(QDir::toNativeSeparators(path));
        return std::unexpected(GitError::fromLastError(code, what));
    }
    return GitRepository(std::move(library), raw);
}

Result<GitRepository> GitRepository::open(const QString& path)
{
    GitLibrary library;
    git_repository* raw = nullptr;
    const int code = git_repository_open_ext(&raw, QFile::encodeName(path).constData(),
                                             GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code < 0)
        return std::unexpected(
            GitError::fromLastError(code, tr("cannot open the Git repository %1").arg(QDir::toNativeSeparators(path))));
    return GitRepository(std::move(library), raw);
}

QString GitRepository::workdir() const
{
    const char* path = git_repository_workdir(m_repository.get());
    return path ? QFile::decodeName(path) : QString();
}

Result<void> GitRepository::writeFile(const QString& relativePath, const QByteArray& content) const
{
    const QString root = workdir();
    const QString cleaned = QDir::cleanPath(relativePath);
    if (root.isEmpty() || cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QLatin1String("..")
        || cleaned.startsWith(QLatin1String("../")) || cleaned == QLatin1String(".")
        || cleaned == QLatin1String(".git") || cleaned.startsWith(QLatin1String(".git/")))
        return makeError(tr("%1 is not a path inside the work tree").arg(relativePath), {relativePath},
                         QStringLiteral("git.path"));

    const QString target = root + cleaned;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(tr("cannot create the directory for %1").arg(cleaned), {cleaned}, QStringLiteral("io.mkdir"));
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(tr("cannot write %1: %2").arg(cleaned, file.errorString()), {cleaned},
                         QStringLiteral("io.write"));
    if (file.write(content) != content.size())
        return makeError(tr("cannot write %1: %2").arg(cleaned, file.errorString()), {cleaned},
                         QStringLiteral("io.write"));
    return {};
}

Result<void> GitRepository::stageAll() const
{
    auto index = openIndex(m_repository.get());
    if (!index)
        return std::unexpected(index.error());
    if (auto added = GitError::check(git_index_add_all(index->get(), nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr),
                                     tr("cannot stage the work tree"));
        !added)
        return added;
    if (auto updated = GitError::check(git_index_update_all(index->get(), nullptr, nullptr, nullptr),
                                       tr("cannot stage the removed files"));
        !updated)
        return updated;
    return GitError::check(git_index_write(index->get()), tr("cannot write the index"));
}

Result<QString> GitRepository::commit(const QString& message, const GitSignature& author) const
{
    git_repository* repository = m_repository.get();
    auto index = openIndex(repository);
    if (!index)
        return std::unexpected(index.error());

    git_oid treeId;
    int code = git_index_write_tree(&treeId, index->get());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot write the tree of the index")));
    git_tree* rawTree = nullptr;
    code = git_tree_lookup(&rawTree, repository, &treeId);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read the tree of the index")));
    const TreePtr tree(rawTree);

    CommitPtr parent;
    code = git_repository_head_unborn(repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read HEAD")));
    if (code == 0) {
        git_oid headId;
        code = git_reference_name_to_id(&headId, repository, "HEAD");
        git_commit* rawParent = nullptr;
        if (code >= 0)
            code = git_commit_lookup(&rawParent, repository, &headId);
        if (code < 0)
            return std::unexpected(GitError::fromLastError(code, tr("cannot read HEAD")));
        parent.reset(rawParent);
    }

    auto signature = makeSignature(author);
    if (!signature)
        return std::unexpected(signature.error());

    const git_commit* parents[] = {parent.get()};
    git_oid commitId;
    code = git_commit_create(&commitId, repository, "HEAD", signature->get(), signature->get(), "UTF-8",
                             message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot commit \"%1\"").arg(message)));
    return toHex(&commitId);
}

Result<void> GitRepository::bufferObjectsInMemory()
{
    if (m_memoryBackend)
        return {};
    auto odb = openOdb(m_repository.get());
    if (!odb)
        return std::unexpected(odb.error());
    git_odb_backend* backend = nullptr;
    int code = git_mempack_new(&backend);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot create an in-memory object store")));
    // Highest priority: new objects go there first. The object database owns the backend from here on.
    code = git_odb_add_backend(odb->get(), backend, 1000);
    if (code < 0) {
        backend->free(backend);
        return std::unexpected(GitError::fromLastError(code, tr("cannot create an in-memory object store")));
    }
    m_memoryBackend = backend;
    return {};
}

Result<void> GitRepository::writeBufferedObjects()
{
    if (!m_memoryBackend)
        return {};
    git_repository* repository = m_repository.get();
    auto odb = openOdb(repository);
    if (!odb)
        return std::unexpected(odb.error());

    git_buf pack = GIT_BUF_INIT;
    int code = git_mempack_dump(&pack, repository, m_memoryBackend);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot pack the new objects")));
    git_odb_writepack* rawWritepack = nullptr;
    code = git_odb_write_pack(&rawWritepack, odb->get(), nullptr, nullptr);
    if (code >= 0) {
        const WritepackPtr writepack(rawWritepack);
        git_indexer_progress progress{};
        code = writepack->append(writepack.get(), pack.ptr, pack.size, &progress);
        if (code >= 0)
            code = writepack->commit(writepack.get(), &progress);
    }
    git_buf_dispose(&pack);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot write the pack file")));
    if (auto reset = GitError::check(git_mempack_reset(m_memoryBackend), tr("cannot pack the new objects")); !reset)
        return reset;
    return GitError::check(git_odb_refresh(odb->get()), tr("cannot read the pack file"));
}

Result<QString> GitRepository::revisionId(const char* spec, const QString& failure) const
{
    git_object* raw = nullptr;
    const int code = git_revparse_single(&raw, m_repository.get(), spec);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, failure));
    const ObjectPtr object(raw);
    return toHex(git_object_id(object.get()));
}

Result<QString> GitRepository::headCommitId() const
{
    return revisionId("HEAD^{commit}", tr("cannot read HEAD"));
}

Result<QString> GitRepository::headTreeId() const
{
    return revisionId("HEAD^{tree}", tr("cannot read the tree of HEAD"));
}

Result<QString> GitRepository::currentBranch() const
{
    git_reference* raw = nullptr;
    const int code = git_reference_lookup(&raw, m_repository.get(), "HEAD");
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read HEAD")));
    const ReferencePtr head(raw);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return QString(); // detached
    QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
    const QLatin1String prefix("refs/heads/");
    if (target.startsWith(prefix))
        target.remove(0, prefix.size());
    return target;
}

Result<int> GitRepository::commitCount() const
{
    git_repository* repository = m_repository.get();
    int code = git_repository_head_unborn(repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read HEAD")));
    if (code == 1)
        return 0;
    git_revwalk* raw = nullptr;
    code = git_revwalk_new(&raw, repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot walk the history")));
    const RevwalkPtr walk(raw);
    code = git_revwalk_push_head(walk.get());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot walk the history")));
    int count = 0;
    git_oid id;
    while ((code = git_revwalk_next(&id, walk.get())) == 0)
        ++count;
    if (code != GIT_ITEROVER)
        return std::unexpected(GitError::fromLastError(code, tr("cannot walk the history")));
    return count;
}

Result<GitStatus> GitRepository::status(const QStringList& paths) const
{
    git_repository* repository = m_repository.get();
    GitStatus result;
    const int state = git_repository_state(repository);
    result.rebaseInProgress = state == GIT_REPOSITORY_STATE_REBASE || state == GIT_REPOSITORY_STATE_REBASE_MERGE
        || state == GIT_REPOSITORY_STATE_REBASE_INTERACTIVE;

    git_reference* rawHead = nullptr;
    int code = git_repository_head(&rawHead, repository);
    if (code == GIT_EUNBORNBRANCH) {
        result.unborn = true;
        auto branch = currentBranch();
        if (!branch)
            return std::unexpected(branch.error());
        result.branch = *branch;
    } else if (code < 0) {
        return std::unexpected(gitError(code, tr("cannot read HEAD")));
    } else {
        const ReferencePtr head(rawHead);
        if (git_reference_is_branch(head.get())) {
            result.branch = QString::fromUtf8(git_reference_shorthand(head.get()));
            git_reference* rawUpstream = nullptr;
            code = git_branch_upstream(&rawUpstream, head.get());
            if (code >= 0) {
                const ReferencePtr upstream(rawUpstream);
                result.upstream = QString::fromUtf8(git_reference_shorthand(upstream.get()));
                size_t ahead = 0;
                size_t behind = 0;
                code = git_graph_ahead_behind(&ahead, &behind, repository, git_reference_target(head.get()),
                                              git_reference_target(upstream.get()));
                if (code < 0)
                    return std::unexpected(gitError(code, tr("cannot compare the branch with its upstream")));
                result.ahead = int(ahead);
                result.behind = int(behind);
            } else if (code != GIT_ENOTFOUND) {
                return std::unexpected(gitError(code, tr("cannot read the upstream of %1").arg(result.branch)));
            }
        }
    }

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY | GIT_STATUS_OPT_UPDATE_INDEX
        | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    PathArray pathspec(paths);
    if (!paths.isEmpty()) {
        options.pathspec = *pathspec.get();
        options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    }
    git_status_list* rawList = nullptr;
    code = git_status_list_new(&rawList, repository, &options);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot read the status of the work tree")));
    const StatusListPtr list(rawList);
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry* entry = git_status_byindex(list.get(), i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        GitFileStatus file;
        const git_diff_delta* delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        file.path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        if (entry->head_to_index && (entry->status & GIT_STATUS_INDEX_RENAMED))
            file.oldPath = QString::fromUtf8(entry->head_to_index->old_file.path);
        file.staged = stagedChange(entry->status);
        file.unstaged = unstagedChange(entry->status);
        file.conflicted = (entry->status & GIT_STATUS_CONFLICTED) != 0;
        if (file.conflicted) {
            file.staged = GitChange::None;
            file.unstaged = GitChange::None;
        }
        result.files.append(file);
    }
    return result;
}

Result<QList<GitFileDiff>> GitRepository::unstagedDiff(const QStringList& paths) const
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    PathArray pathspec(paths);
    if (!paths.isEmpty()) {
        options.pathspec = *pathspec.get();
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    }
    git_diff* raw = nullptr;
    const int code = git_diff_index_to_workdir(&raw, m_repository.get(), nullptr, &options);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot compare the work tree with the index")));
    const DiffPtr diff(raw);
    return collectDiff(diff.get());
}

Result<QList<GitFileDiff>> GitRepository::stagedDiff(const QStringList& paths) const
{
    git_repository* repository = m_repository.get();
    TreePtr headTree;
    if (git_repository_head_unborn(repository) != 1) {
        auto head = lookupHeadCommit(repository);
        if (!head)
            return std::unexpected(head.error());
        git_tree* rawTree = nullptr;
        const int code = git_commit_tree(&rawTree, head->get());
        if (code < 0)
            return std::unexpected(gitError(code, tr("cannot read the tree of HEAD")));
        headTree.reset(rawTree);
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    PathArray pathspec(paths);
    if (!paths.isEmpty()) {
        options.pathspec = *pathspec.get();
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    }
    git_diff* raw = nullptr;
    const int code = git_diff_tree_to_index(&raw, repository, headTree.get(), nullptr, &options);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot compare the index with HEAD")));
    const DiffPtr diff(raw);
    return collectDiff(diff.get());
}

Result<void> GitRepository::stage(const QStringList& paths) const
{
    auto index = openIndex(m_repository.get());
    if (!index)
        return std::unexpected(index.error());
    const QString root = workdir();
    for (const QString& path : paths) {
        const QFileInfo info(root + path);
        const QByteArray bytes = path.toUtf8();
        const int code = info.exists() || info.isSymLink() ? git_index_add_bypath(index->get(), bytes.constData())
                                                           : git_index_remove_bypath(index->get(), bytes.constData());
        if (code < 0)
            return std::unexpected(gitError(code, tr("cannot stage %1").arg(path)));
    }
    return GitError::check(git_index_write(index->get()), tr("cannot write the index"));
}

Result<void> GitRepository::unstage(const QStringList& paths) const
{
    git_repository* repository = m_repository.get();
    PathArray pathspec(paths);
    if (git_repository_head_unborn(repository) == 1)
        return GitError::check(git_reset_default(repository, nullptr, pathspec.get()), tr("cannot unstage"));
    auto head = lookupHeadCommit(repository);
    if (!head)
        return std::unexpected(head.error());
    return GitError::check(
        git_reset_default(repository, reinterpret_cast<const git_object*>(head->get()), pathspec.get()),
        tr("cannot unstage"));
}

namespace {

Result<QByteArray> indexContent(git_repository* repository, git_index* index, const QString& path,
                                uint32_t* mode)
{
    const git_index_entry* entry = git_index_get_bypath(index, path.toUtf8().constData(), 0);
    if (!entry)
        return QByteArray();
    *mode = entry->mode;
    git_blob* raw = nullptr;
    const int code = git_blob_lookup(&raw, repository, &entry->id);
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot read %1 from the index").arg(path)));
    const BlobPtr blob(raw);
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())), qsizetype(git_blob_rawsize(blob.get())));
}

Result<void> writeIndexEntry(git_index* index, const QString& path, uint32_t mode, const QByteArray& content)
{
    git_index_entry entry{};
    const QByteArray bytes = path.toUtf8();
    entry.path = bytes.constData();
    entry.mode = mode;
    // No stat data: git and libgit2 re-read the work tree file instead of trusting the cache.
    const int code = git_index_add_from_buffer(index, &entry, content.constData(), size_t(content.size()));
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot stage %1").arg(path)));
    return {};
}

Error staleHunk(const QString& path)
{
    return Error{GitRepository::tr("%1 changed since the hunk was shown; refresh and try again").arg(path),
                 {path}, QStringLiteral("git.stale")};
}

} // namespace

Result<void> GitRepository::stageHunk(const QString& path, const GitDiffHunk& hunk) const
{
    auto diffs = unstagedDiff({path});
    if (!diffs)
        return std::unexpected(diffs.error());
    if (diffs->size() != 1 || !diffs->first().hunks.contains(hunk))
        return std::unexpected(staleHunk(path));
    auto index = openIndex(m_repository.get());
    if (!index)
        return std::unexpected(index.error());

    const QString root = workdir();
    const QFileInfo info(root + path);
    if (!info.exists() && !info.isSymLink()) { // a removed file: its only hunk removes every line
        if (auto removed = GitError::check(git_index_remove_bypath(index->get(), path.toUtf8().constData()),
                                           tr("cannot stage the removal of %1").arg(path));
            !removed)
            return removed;
        return GitError::check(git_index_write(index->get()), tr("cannot write the index"));
    }
    uint32_t mode = info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
    auto base = indexContent(m_repository.get(), index->get(), path, &mode);
    if (!base)
        return std::unexpected(base.error());
    const auto result = applyHunk(*base, hunk.oldStart, hunk.oldLines, hunk.lines, '+', '-');
    if (!result)
        return std::unexpected(staleHunk(path));
    if (auto written = writeIndexEntry(index->get(), path, mode, *result); !written)
        return written;
    return GitError::check(git_index_write(index->get()), tr("cannot write the index"));
}

Result<void> GitRepository::unstageHunk(const QString& path, const GitDiffHunk& hunk) const
{
    auto diffs = stagedDiff({path});
    if (!diffs)
        return std::unexpected(diffs.error());
    if (diffs->size() != 1 || !diffs->first().hunks.contains(hunk))
        return std::unexpected(staleHunk(path));
    auto index = openIndex(m_repository.get());
    if (!index)
        return std::unexpected(index.error());
    const QByteArray bytes = path.toUtf8();
    if (!git_index_get_bypath(index->get(), bytes.constData(), 0))
        return unstage({path}); // a staged removal: its only hunk brings the whole file back

    uint32_t mode = GIT_FILEMODE_BLOB;
    auto base = indexContent(m_repository.get(), index->get(), path, &mode);
    if (!base)
        return std::unexpected(base.error());
    const auto result = applyHunk(*base, hunk.newStart, hunk.newLines, hunk.lines, '-', '+');
    if (!result)
        return std::unexpected(staleHunk(path));
    const bool inHead = diffs->first().hunks.size() != 1 || hunk.oldStart != 0 || hunk.oldLines != 0;
    if (!inHead && result->isEmpty()) // the file was added: unstaging its only hunk unstages the file
        return unstage({path});
    if (auto written = writeIndexEntry(index->get(), path, mode, *result); !written)
        return written;
    return GitError::check(git_index_write(index->get()), tr("cannot write the index"));
}

Result<GitSignature> GitRepository::configuredSignature() const
{
    git_signature* raw = nullptr;
    const int code = git_signature_default(&raw, m_repository.get());
    if (code == GIT_ENOTFOUND)
        return makeError(tr("Git does not know who you are: set user.name and user.email in your git config"), {},
                         QStringLiteral("git.identity"));
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot read user.name and user.email from the git config")));
    const SignaturePtr signature(raw);
    return GitSignature{QString::fromUtf8(signature->name), QString::fromUtf8(signature->email),
                        QDateTime::currentDateTime()};
}

Result<QString> GitRepository::configValue(const QString& name) const
{
    git_config* raw = nullptr;
    const int code = git_repository_config_snapshot(&raw, m_repository.get());
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot read the git config")));
    const ConfigPtr config(raw);
    return configString(config.get(), name.toUtf8().constData());
}

Result<GitSigningConfig> GitRepository::signingConfig() const
{
    git_config* raw = nullptr;
    int code = git_repository_config_snapshot(&raw, m_repository.get());
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot read the git config")));
    const ConfigPtr config(raw);
    GitSigningConfig signing;
    int sign = 0;
    code = git_config_get_bool(&sign, config.get(), "commit.gpgsign");
    if (code < 0 && code != GIT_ENOTFOUND)
        return std::unexpected(gitError(code, tr("cannot read commit.gpgsign from the git config")));
    signing.sign = code >= 0 && sign;
    for (const auto& [field, name] : {std::pair{&signing.format, "gpg.format"},
                                      std::pair{&signing.signingKey, "user.signingkey"}}) {
        auto value = configString(config.get(), name);
        if (!value)
            return std::unexpected(value.error());
        if (!value->isEmpty())
            *field = *value;
    }
    const QByteArray programKey = signing.format == QLatin1String("openpgp")
        ? QByteArray("gpg.openpgp.program")
        : QByteArray("gpg.") + signing.format.toUtf8() + ".program";
    auto program = configString(config.get(), programKey.constData());
    if (!program)
        return std::unexpected(program.error());
    signing.program = *program;
    if (signing.program.isEmpty() && signing.format == QLatin1String("openpgp")) {
        program = configString(config.get(), "gpg.program");
        if (!program)
            return std::unexpected(program.error());
        signing.program = *program;
    }
    return signing;
}

namespace {

Result<QString> createCommit(const GitRepository& self, git_repository* repository, const GitSignature& author,
                             const GitSignature& committer, const QString& message, const git_commit* parents[],
                             size_t parentCount, const git_oid* expectedHead, const QString& reflogPrefix)
{
    git::Buffer prettified;
    const QByteArray rawMessage = message.toUtf8();
    int code = git_message_prettify(&prettified.buf, rawMessage.constData(), 0, '#');
    if (code < 0 || prettified.buf.size == 0)
        return makeError(GitRepository::tr("the commit message is empty"), {}, QStringLiteral("git.message"));

    auto index = openIndex(repository);
    if (!index)
        return std::unexpected(index.error());
    if (git_index_has_conflicts(index->get()))
        return makeError(GitRepository::tr("resolve the conflicts before committing"), {},
                         QStringLiteral("git.conflict"));
    git_oid treeId;
    code = git_index_write_tree(&treeId, index->get());
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot write the tree of the index")));
    git_tree* rawTree = nullptr;
    code = git_tree_lookup(&rawTree, repository, &treeId);
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot read the tree of the index")));
    const TreePtr tree(rawTree);

    auto authorSignature = makeSignature(author);
    if (!authorSignature)
        return std::unexpected(authorSignature.error());
    auto committerSignature = makeSignature(committer);
    if (!committerSignature)
        return std::unexpected(committerSignature.error());

    git::Buffer content;
    code = git_commit_create_buffer(&content.buf, repository, authorSignature->get(), committerSignature->get(),
                                    nullptr, prettified.buf.ptr, tree.get(), parentCount, parents);
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot create the commit")));

    auto signing = self.signingConfig();
    if (!signing)
        return std::unexpected(signing.error());
    QByteArray signature;
    if (signing->sign) {
        signing->committer = QStringLiteral("%1 <%2>").arg(committer.name, committer.email);
        auto signed_ = GitCommitSigner::sign(*signing, QByteArray(content.buf.ptr, qsizetype(content.buf.size)));
        if (!signed_)
            return std::unexpected(signed_.error());
        signature = *signed_;
    }

    git_oid commitId;
    code = git_commit_create_with_signature(&commitId, repository, content.buf.ptr,
                                            signature.isEmpty() ? nullptr : signature.constData(), nullptr);
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot write the commit")));

    auto target = headTargetName(repository);
    if (!target)
        return std::unexpected(target.error());
    const QByteArray reflog = (reflogPrefix + summaryOf(message)).toUtf8();
    git_reference* rawReference = nullptr;
    code = git_reference_create_matching(&rawReference, repository, target->constData(), &commitId, 1, expectedHead,
                                         reflog.constData());
    if (code < 0)
        return std::unexpected(gitError(code, GitRepository::tr("cannot move %1 to the new commit")
                                                  .arg(QString::fromUtf8(*target))));
    git_reference_free(rawReference);
    return toHex(&commitId);
}

} // namespace

Result<QString> GitRepository::commitStaged(const QString& message) const
{
    git_repository* repository = m_repository.get();
    auto who = configuredSignature();
    if (!who)
        return std::unexpected(who.error());
    CommitPtr parent;
    if (git_repository_head_unborn(repository) != 1) {
        auto head = lookupHeadCommit(repository);
        if (!head)
            return std::unexpected(head.error());
        parent = std::move(*head);
    }
    const git_commit* parents[] = {parent.get()};
    return createCommit(*this, repository, *who, *who, message, parents, parent ? 1 : 0,
                        parent ? git_commit_id(parent.get()) : nullptr,
                        parent ? QStringLiteral("commit: ") : QStringLiteral("commit (initial): "));
}

Result<QString> GitRepository::amendLastCommit(const QString& message) const
{
    git_repository* repository = m_repository.get();
    auto head = lookupHeadCommit(repository);
    if (!head)
        return std::unexpected(head.error());
    const git_oid* headId = git_commit_id(head->get());

    git_reference* rawHead = nullptr;
    if (git_repository_head(&rawHead, repository) >= 0) {
        const ReferencePtr headReference(rawHead);
        git_reference* rawUpstream = nullptr;
        if (git_reference_is_branch(headReference.get())
            && git_branch_upstream(&rawUpstream, headReference.get()) >= 0) {
            const ReferencePtr upstream(rawUpstream);
            const git_oid* upstreamId = git_reference_target(upstream.get());
            if (git_oid_equal(upstreamId, headId) || git_graph_descendant_of(repository, upstreamId, headId) == 1)
                return makeError(tr("The last commit is already on %1; amending it would rewrite pushed history")
                                     .arg(QString::fromUtf8(git_reference_shorthand(upstream.get()))),
                                 {}, QStringLiteral("git.amend.pushed"));
        }
    }

    auto who = configuredSignature();
    if (!who)
        return std::unexpected(who.error());
    const git_signature* oldAuthor = git_commit_author(head->get());
    GitSignature author{QString::fromUtf8(oldAuthor->name), QString::fromUtf8(oldAuthor->email),
                        QDateTime::fromSecsSinceEpoch(oldAuthor->when.time, QTimeZone(oldAuthor->when.offset * 60))};

    std::vector<CommitPtr> parentCommits;
    std::vector<const git_commit*> parents;
    for (unsigned i = 0; i < git_commit_parentcount(head->get()); ++i) {
        git_commit* rawParent = nullptr;
        const int code = git_commit_parent(&rawParent, head->get(), i);
        if (code < 0)
            return std::unexpected(gitError(code, tr("cannot read the parents of the last commit")));
        parentCommits.emplace_back(rawParent);
        parents.push_back(rawParent);
    }
    const QString text = message.isEmpty() ? QString::fromUtf8(git_commit_message(head->get())) : message;
    return createCommit(*this, repository, author, *who, text, parents.data(), parents.size(), headId,
                        QStringLiteral("commit (amend): "));
}

Result<QString> GitRepository::discard(const QStringList& paths, DiscardScope scope) const
{
    git_repository* repository = m_repository.get();
    if (paths.isEmpty())
        return makeError(tr("no files to discard"), {}, QStringLiteral("git.discard"));
    auto head = lookupHeadCommit(repository);
    if (!head)
        return std::unexpected(head.error());
    auto index = openIndex(repository);
    if (!index)
        return std::unexpected(index.error());
    if (git_index_has_conflicts(index->get()))
        return makeError(tr("resolve the conflicts before discarding changes"), {}, QStringLiteral("git.conflict"));
    auto who = configuredSignature();
    if (!who)
        return std::unexpected(who.error());
    auto signature = makeSignature(*who);
    if (!signature)
        return std::unexpected(signature.error());
    auto branch = currentBranch();
    const QString branchName = branch && !branch->isEmpty() ? *branch : QStringLiteral("(no branch)");
    const QString headSummary = QStringLiteral("%1 %2").arg(toHex(git_commit_id(head->get())).left(7),
                                                             summaryOf(QString::fromUtf8(git_commit_message(head->get()))));

    // The stash layout git uses: I (the index, child of HEAD) and W (the work tree, child of HEAD and I).
    git_oid indexTreeId;
    int code = git_index_write_tree(&indexTreeId, index->get());
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot write the tree of the index")));
    git_tree* rawIndexTree = nullptr;
    code = git_tree_lookup(&rawIndexTree, repository, &indexTreeId);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot read the tree of the index")));
    const TreePtr indexTree(rawIndexTree);
    const git_commit* headParents[] = {head->get()};
    git_oid indexCommitId;
    const QByteArray indexMessage = QStringLiteral("index on %1: %2\n").arg(branchName, headSummary).toUtf8();
    code = git_commit_create(&indexCommitId, repository, nullptr, signature->get(), signature->get(), nullptr,
                             indexMessage.constData(), indexTree.get(), 1, headParents);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the index for recovery")));

    git_index* rawWork = nullptr;
    code = git_index_new(&rawWork);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the work tree for recovery")));
    const IndexPtr work(rawWork);
    code = git_index_read_tree(work.get(), indexTree.get());
    const QString root = workdir();
    for (const QString& path : paths) {
        if (code < 0)
            break;
        const QByteArray bytes = path.toUtf8();
        const QFileInfo info(root + path);
        if (info.exists() || info.isSymLink()) {
            git_index_entry entry{};
            entry.path = bytes.constData();
            entry.mode = info.isSymLink() ? GIT_FILEMODE_LINK
                : info.isExecutable()     ? GIT_FILEMODE_BLOB_EXECUTABLE
                                          : GIT_FILEMODE_BLOB;
            code = git_blob_create_from_workdir(&entry.id, repository, bytes.constData());
            if (code >= 0)
                code = git_index_add(work.get(), &entry);
        } else {
            code = git_index_remove(work.get(), bytes.constData(), 0);
            if (code == GIT_ENOTFOUND)
                code = 0;
        }
    }
    git_oid workTreeId;
    if (code >= 0)
        code = git_index_write_tree_to(&workTreeId, work.get(), repository);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the work tree for recovery")));
    git_tree* rawWorkTree = nullptr;
    code = git_tree_lookup(&rawWorkTree, repository, &workTreeId);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the work tree for recovery")));
    const TreePtr workTree(rawWorkTree);
    git_commit* rawIndexCommit = nullptr;
    code = git_commit_lookup(&rawIndexCommit, repository, &indexCommitId);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the index for recovery")));
    const CommitPtr indexCommit(rawIndexCommit);
    const git_commit* workParents[] = {head->get(), indexCommit.get()};
    const QString stashMessage =
        QStringLiteral("On %1: Fleetdesk discarded %2").arg(branchName, paths.join(QLatin1String(", ")));
    const QByteArray workMessage = (stashMessage + QLatin1Char('\n')).toUtf8();
    git_oid stashId;
    code = git_commit_create(&stashId, repository, nullptr, signature->get(), signature->get(), nullptr,
                             workMessage.constData(), workTree.get(), 2, workParents);
    if (code >= 0)
        code = git_reference_ensure_log(repository, "refs/stash");
    git_reference* rawStash = nullptr;
    if (code >= 0)
        code = git_reference_create(&rawStash, repository, "refs/stash", &stashId, 1, stashMessage.toUtf8().constData());
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot save the recovery stash")));
    git_reference_free(rawStash);

    // Only now, with everything saved, change the files.
    if (scope == DiscardScope::All) {
        if (auto unstaged = unstage(paths); !unstaged)
            return std::unexpected(unstaged.error());
        git_index_read(index->get(), 1);
    }
    PathArray pathspec(paths);
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    checkout.paths = *pathspec.get();
    code = git_checkout_index(repository, index->get(), &checkout);
    if (code < 0)
        return std::unexpected(gitError(code, tr("cannot restore the discarded files")));
    for (const QString& path : paths) {
        if (!git_index_get_bypath(index->get(), path.toUtf8().constData(), 0)) {
            const QFileInfo info(root + path);
            if ((info.exists() || info.isSymLink()) && !QFile::remove(root + path))
                return makeError(tr("cannot remove %1").arg(path), {path}, QStringLiteral("io.remove"));
        }
    }
    return toHex(&stashId);
}

} // namespace fleetdesk
