#include "GitRepository.h"

#include "git/GitError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

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

namespace fleetdesk {

namespace {

// Owning pointers for the short-lived libgit2 objects used below.
struct IndexFree
{
    void operator()(git_index* index) const { git_index_free(index); }
};
struct TreeFree
{
    void operator()(git_tree* tree) const { git_tree_free(tree); }
};
struct CommitFree
{
    void operator()(git_commit* commit) const { git_commit_free(commit); }
};
struct ObjectFree
{
    void operator()(git_object* object) const { git_object_free(object); }
};
struct ReferenceFree
{
    void operator()(git_reference* reference) const { git_reference_free(reference); }
};
struct RevwalkFree
{
    void operator()(git_revwalk* walk) const { git_revwalk_free(walk); }
};
struct OdbFree
{
    void operator()(git_odb* odb) const { git_odb_free(odb); }
};
struct WritepackFree
{
    void operator()(git_odb_writepack* writepack) const { writepack->free(writepack); }
};
struct SignatureFree
{
    void operator()(git_signature* signature) const { git_signature_free(signature); }
};

using IndexPtr = std::unique_ptr<git_index, IndexFree>;
using TreePtr = std::unique_ptr<git_tree, TreeFree>;
using CommitPtr = std::unique_ptr<git_commit, CommitFree>;
using ObjectPtr = std::unique_ptr<git_object, ObjectFree>;
using ReferencePtr = std::unique_ptr<git_reference, ReferenceFree>;
using RevwalkPtr = std::unique_ptr<git_revwalk, RevwalkFree>;
using SignaturePtr = std::unique_ptr<git_signature, SignatureFree>;
using OdbPtr = std::unique_ptr<git_odb, OdbFree>;
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

Result<QString> GitRepository::headCommitId() const
{
    git_object* raw = nullptr;
    const int code = git_revparse_single(&raw, m_repository.get(), "HEAD^{commit}");
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read HEAD")));
    const ObjectPtr object(raw);
    return toHex(git_object_id(object.get()));
}

Result<QString> GitRepository::headTreeId() const
{
    git_object* raw = nullptr;
    const int code = git_revparse_single(&raw, m_repository.get(), "HEAD^{tree}");
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("cannot read the tree of HEAD")));
    const ObjectPtr object(raw);
    return toHex(git_object_id(object.get()));
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

} // namespace fleetdesk
