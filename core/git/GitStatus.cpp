#include "GitStatus.h"

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
