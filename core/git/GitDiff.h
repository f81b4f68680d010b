#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetdesk {

/// One line of a diff hunk. `origin` is ' ' (context), '+' (added) or '-' (removed). Line numbers are 1-based and
/// 0 on the side where the line does not exist. `content` keeps its line ending; it has none when it is the last
/// line of a file without a final newline.
struct GitDiffLine
{
    char origin = ' ';
    int oldLine = 0;
    int newLine = 0;
    QByteArray content;

    bool operator==(const GitDiffLine&) const = default;
};

/// One hunk: the ranges it covers on both sides (as in "@@ -oldStart,oldLines +newStart,newLines @@") and its
/// lines.
struct GitDiffHunk
{
    QString header;
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QList<GitDiffLine> lines;

    bool operator==(const GitDiffHunk&) const = default;
};

/// The diff of one file, hunk by hunk.
struct GitFileDiff
{
    QString oldPath;
    QString path;
    bool binary = false;
    QList<GitDiffHunk> hunks;

    bool operator==(const GitFileDiff&) const = default;
};

} // namespace fleetdesk
