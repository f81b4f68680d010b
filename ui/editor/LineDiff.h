#pragma once

#include <QStringList>

#include <vector>

namespace fleetdesk {

/// A line diff of two texts (longest common subsequence, after trimming the common head and tail), for the
/// drift view's side-by-side and inline modes. Pure: no widgets.
class LineDiff
{
public:
    enum class Op
    {
        Equal,
        Removed, ///< only in the old (live) text
        Added    ///< only in the new (desired) text
    };

    struct Line
    {
        Op op = Op::Equal;
        int oldLine = -1; ///< 0-based line in the old text; -1 for Added
        int newLine = -1; ///< 0-based line in the new text; -1 for Removed
    };

    /// Lines of both texts in order: removals come before the additions that replace them.
    static std::vector<Line> compute(const QStringList& oldLines, const QStringList& newLines);
    /// Splits a text into lines, dropping the empty line after a final newline.
    static QStringList splitLines(const QString& text);
};

} // namespace fleetdesk
