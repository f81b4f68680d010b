#include "GitStatus.h"

#include <algorithm>

namespace fleetdesk {

namespace {

template<typename Predicate>
QStringList pathsWhere(const QList<GitFileStatus>& files, Predicate predicate)
{
    QStringList paths;
    for (const GitFileStatus& file : files)
        if (predicate(file))
            paths.append(file.path);
    return paths;
}

} // namespace

void GitStatus::replacePaths(const QStringList& paths, const GitStatus& fresh)
{
    QList<GitFileStatus> kept;
    for (const GitFileStatus& file : std::as_const(files))
        if (!paths.contains(file.path) && !(file.oldPath.size() && paths.contains(file.oldPath)))
            kept.append(file);
    for (const GitFileStatus& file : fresh.files)
        kept.append(file);
    std::sort(kept.begin(), kept.end(), [](const GitFileStatus& a, const GitFileStatus& b) { return a.path < b.path; });
    files = kept;
    branch = fresh.branch;
    upstream = fresh.upstream;
    ahead = fresh.ahead;
    behind = fresh.behind;
    unborn = fresh.unborn;
    rebaseInProgress = fresh.rebaseInProgress;
}

QStringList GitStatus::stagedPaths() const
{
    return pathsWhere(files, [](const GitFileStatus& file) { return file.isStaged(); });
}

QStringList GitStatus::unstagedPaths() const
{
    return pathsWhere(files, [](const GitFileStatus& file) { return file.isUnstaged(); });
}

QStringList GitStatus::untrackedPaths() const
{
    return pathsWhere(files, [](const GitFileStatus& file) { return file.isUntracked(); });
}

QStringList GitStatus::conflictedPaths() const
{
    return pathsWhere(files, [](const GitFileStatus& file) { return file.conflicted; });
}

} // namespace fleetdesk
