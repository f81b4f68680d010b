#include "GitError.h"

#include <git2/errors.h>

#include <array>

namespace fleetdesk {

QString GitError::className(int klass)
{
    // Indexed by git_error_t (libgit2 1.5).
    static constexpr std::array<const char*, 36> names{
        "none",     "nomemory", "os",         "invalid",  "reference", "zlib",     "repository", "config",
        "regex",    "odb",      "index",      "object",   "net",       "tag",      "tree",       "indexer",
        "ssl",      "submodule", "thread",    "stash",    "checkout",  "fetchhead", "merge",     "ssh",
        "filter",   "revert",   "callback",   "cherrypick", "describe", "rebase",  "filesystem", "patch",
        "worktree", "sha",      "http",       "internal"};
    if (klass >= 0 && klass < int(names.size()))
        return QString::fromLatin1(names[size_t(klass)]);
    return QString::number(klass);
}

Error GitError::fromLastError(int code, const QString& what)
{
    const git_error* last = git_error_last();
    const int klass = last ? last->klass : GIT_ERROR_NONE;
    const QString detail = last && last->message ? QString::fromUtf8(last->message).trimmed() : QString();
    Error error;
    error.message = detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail);
    error.code = QStringLiteral("git.%1.%2").arg(className(klass)).arg(code);
    return error;
}

Result<void> GitError::check(int code, const QString& what)
{
    if (code >= 0)
        return {};
    return std::unexpected(fromLastError(code, what));
}

} // namespace fleetdesk
