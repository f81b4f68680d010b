#include "GitTreeSource.h"

#include "git/GitError.h"
#include "git/GitHandles.h"
#include "git/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>

#include <git2/revparse.h>

#include <algorithm>

namespace fleetdesk {

namespace {

constexpr int MaxLinkHops = 40;

enum class Kind { Missing, Tree, Blob, Escapes, Loops };

struct Found
{
    Kind kind = Kind::Missing;
    git_oid oid{};
    git_filemode_t mode = GIT_FILEMODE_UNREADABLE;
};

QString cleanRelative(const QString& path, bool* escapes)
{
    *escapes = false;
    if (QDir::isAbsolutePath(path)) {
        *escapes = true;
        return {};
    }
    QString clean = QDir::cleanPath(path.isEmpty() ? QStringLiteral(".") : path);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        *escapes = true;
    if (clean == QLatin1String("."))
        clean.clear();
    return clean;
}

} // namespace

struct GitTreeSource::Private
{
    GitRepository repository;
    git_oid commit{};
    git_oid tree{};
    mutable QMutex mutex;
    mutable std::unique_ptr<QTemporaryDir> exported;

    explicit Private(GitRepository r)
        : repository(std::move(r))
    {
    }

    git_repository* repo() const { return repository.handle(); }

    /// Follows `path` through the tree (and through symbolic links that stay inside it). Called with the mutex.
    Found find(const QString& path) const
    {
        bool escapes = false;
        const QString clean = cleanRelative(path, &escapes);
        if (escapes)
            return {Kind::Escapes};
        QStringList pending = clean.isEmpty() ? QStringList() : clean.split(u'/');
        QStringList directory;
        git_oid current = tree;
        int hops = 0;
        Found found{Kind::Tree, tree, GIT_FILEMODE_TREE};
        while (!pending.isEmpty()) {
            const QString name = pending.takeFirst();
            git_tree* raw = nullptr;
            if (git_tree_lookup(&raw, repo(), &current) < 0)
                return {};
            const git::TreePtr treeObject(raw);
            const git_tree_entry* entry = git_tree_entry_byname(treeObject.get(), name.toUtf8().constData());
            if (!entry)
                return {};
            const git_filemode_t mode = git_tree_entry_filemode(entry);
            const git_oid* oid = git_tree_entry_id(entry);
            if (mode == GIT_FILEMODE_TREE) {
                directory.append(name);
                current = *oid;
                found = {Kind::Tree, *oid, mode};
                continue;
            }
            if (mode == GIT_FILEMODE_LINK) {
                if (++hops > MaxLinkHops)
                    return {Kind::Loops};
                git_blob* blobRaw = nullptr;
                if (git_blob_lookup(&blobRaw, repo(), oid) < 0)
                    return {};
                const git::BlobPtr blob(blobRaw);
                const QString target = QString::fromUtf8(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                                         qsizetype(git_blob_rawsize(blob.get())));
                if (QDir::isAbsolutePath(target))
                    return {Kind::Escapes};
                QString joined = directory.join(u'/');
                joined = joined.isEmpty() ? target : joined + u'/' + target;
                if (!pending.isEmpty())
                    joined += u'/' + pending.join(u'/');
                bool out = false;
                const QString resolved = cleanRelative(joined, &out);
                if (out)
                    return {Kind::Escapes};
                pending = resolved.isEmpty() ? QStringList() : resolved.split(u'/');
                directory.clear();
                current = tree;
                found = {Kind::Tree, tree, GIT_FILEMODE_TREE};
                continue;
            }
            if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
                if (!pending.isEmpty())
                    return {};
                found = {Kind::Blob, *oid, mode};
                continue;
            }
            return {}; // a submodule: its content is not in this repository
        }
        return found;
    }

    Result<void> exportTree(const git_oid& treeId, const QString& directory, const QString& relative) const
    {
        git_tree* raw = nullptr;
        if (const int code = git_tree_lookup(&raw, repo(), &treeId); code < 0)
            return std::unexpected(GitError::fromLastError(code, GitTreeSource::tr("reading a tree")));
        const git::TreePtr treeObject(raw);
        const size_t count = git_tree_entrycount(treeObject.get());
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(treeObject.get(), i);
            const QString name = QString::fromUtf8(git_tree_entry_name(entry));
            const QString target = directory + u'/' + name;
            const QString path = relative.isEmpty() ? name : relative + u'/' + name;
            const git_filemode_t mode = git_tree_entry_filemode(entry);
            if (mode == GIT_FILEMODE_TREE) {
                if (!QDir().mkdir(target))
                    return makeError(GitTreeSource::tr("cannot create %1").arg(target), {path},
                                     QStringLiteral("kustomize.export"));
                if (auto r = exportTree(*git_tree_entry_id(entry), target, path); !r)
                    return r;
                continue;
            }
            if (mode == GIT_FILEMODE_LINK) {
                // Kept as a link only when it resolves inside the tree; an escaping link is left out.
                const Found resolved = find(path);
                if (resolved.kind != Kind::Tree && resolved.kind != Kind::Blob)
                    continue;
            }
            if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE && mode != GIT_FILEMODE_LINK)
                continue;
            git_blob* blobRaw = nullptr;
            if (const int code = git_blob_lookup(&blobRaw, repo(), git_tree_entry_id(entry)); code < 0)
                return std::unexpected(GitError::fromLastError(code, GitTreeSource::tr("reading %1").arg(path)));
            const git::BlobPtr blob(blobRaw);
            const QByteArray content(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                     qsizetype(git_blob_rawsize(blob.get())));
            if (mode == GIT_FILEMODE_LINK) {
                if (!QFile::link(QString::fromUtf8(content), target))
                    return makeError(GitTreeSource::tr("cannot create the link %1").arg(target), {path},
                                     QStringLiteral("kustomize.export"));
                continue;
            }
            QFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return makeError(GitTreeSource::tr("cannot write %1").arg(target), {path},
                                 QStringLiteral("kustomize.export"));
            QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
            if (mode == GIT_FILEMODE_BLOB_EXECUTABLE)
                permissions |= QFile::ExeOwner;
            file.setPermissions(permissions);
        }
        return {};
    }
};

GitTreeSource::GitTreeSource(std::unique_ptr<Private> data)
    : d(std::move(data))
{
}

GitTreeSource::~GitTreeSource() = default;

Result<std::unique_ptr<GitTreeSource>> GitTreeSource::open(const QString& repositoryPath, const QString& revision)
{
    auto repository = GitRepository::open(repositoryPath);
    if (!repository)
        return std::unexpected(repository.error());
    auto d = std::make_unique<Private>(std::move(*repository));
    git_object* raw = nullptr;
    const QByteArray spec = (revision.isEmpty() ? QStringLiteral("HEAD") : revision).toUtf8();
    if (const int code = git_revparse_single(&raw, d->repo(), spec.constData()); code < 0)
        return std::unexpected(
            GitError::fromLastError(code, tr("finding revision %1 in %2").arg(revision, repositoryPath)));
    const git::ObjectPtr object(raw);
    git_object* peeled = nullptr;
    if (const int code = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("%1 is not a commit").arg(revision)));
    const git::ObjectPtr commitObject(peeled);
    d->commit = *git_object_id(commitObject.get());
    d->tree = *git_commit_tree_id(reinterpret_cast<const git_commit*>(commitObject.get()));
    return std::unique_ptr<GitTreeSource>(new GitTreeSource(std::move(d)));
}

QString GitTreeSource::commitId() const
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &d->commit);
    return QString::fromLatin1(hex);
}

bool GitTreeSource::isDirectory(const QString& path) const
{
    const QMutexLocker lock(&d->mutex);
    return d->find(path).kind == Kind::Tree;
}

bool GitTreeSource::isFile(const QString& path) const
{
    const QMutexLocker lock(&d->mutex);
    return d->find(path).kind == Kind::Blob;
}

QStringList GitTreeSource::entries(const QString& path) const
{
    const QMutexLocker lock(&d->mutex);
    const Found found = d->find(path);
    if (found.kind != Kind::Tree)
        return {};
    git_tree* raw = nullptr;
    if (git_tree_lookup(&raw, d->repo(), &found.oid) < 0)
        return {};
    const git::TreePtr treeObject(raw);
    QStringList names;
    const size_t count = git_tree_entrycount(treeObject.get());
    names.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry* entry = git_tree_entry_byindex(treeObject.get(), i);
        if (git_tree_entry_filemode(entry) == GIT_FILEMODE_COMMIT)
            continue;
        names.append(QString::fromUtf8(git_tree_entry_name(entry)));
    }
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    return names;
}

Result<QByteArray> GitTreeSource::read(const QString& path) const
{
    const QMutexLocker lock(&d->mutex);
    const Found found = d->find(path);
    switch (found.kind) {
    case Kind::Escapes:
        return makeError(tr("%1: path leaves the repository").arg(path), {path}, QStringLiteral("kustomize.path"));
    case Kind::Loops:
        return makeError(tr("%1: too many levels of symbolic links").arg(path), {path},
                         QStringLiteral("kustomize.symlink"));
    case Kind::Tree:
        return makeError(tr("%1: is a directory").arg(path), {path}, QStringLiteral("kustomize.path"));
    case Kind::Missing:
        return makeError(tr("%1: no such file in commit %2").arg(path, commitId().left(12)), {path},
                         QStringLiteral("kustomize.missing"));
    case Kind::Blob:
        break;
    }
    git_blob* raw = nullptr;
    if (const int code = git_blob_lookup(&raw, d->repo(), &found.oid); code < 0)
        return std::unexpected(GitError::fromLastError(code, tr("reading %1").arg(path)));
    const git::BlobPtr blob(raw);
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

Result<QString> GitTreeSource::materialize() const
{
    const QMutexLocker lock(&d->mutex);
    if (d->exported)
        return d->exported->path();
    auto directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fleetdesk-tree-XXXXXX"));
    if (!directory->isValid())
        return makeError(tr("cannot create a temporary directory: %1").arg(directory->errorString()), {},
                         QStringLiteral("kustomize.export"));
    QFile::setPermissions(directory->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (auto exported = d->exportTree(d->tree, directory->path(), {}); !exported)
        return std::unexpected(exported.error());
    d->exported = std::move(directory);
    return d->exported->path();
}

} // namespace fleetdesk
