#include "LineDiff.h"

#include <algorithm>

namespace fleetdesk {

namespace {

/// Beyond this many cells the middle is shown as replaced rather than aligned line by line.
constexpr qsizetype MaxTableCells = 16 * 1024 * 1024;

} // namespace

QStringList LineDiff::splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

std::vector<LineDiff::Line> LineDiff::compute(const QStringList& oldLines, const QStringList& newLines)
{
    const qsizetype oldCount = oldLines.size();
    const qsizetype newCount = newLines.size();
    qsizetype head = 0;
    while (head < oldCount && head < newCount && oldLines[head] == newLines[head])
        ++head;
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && oldLines[oldCount - 1 - tail] == newLines[newCount - 1 - tail])
        ++tail;

    std::vector<Line> result;
    result.reserve(static_cast<size_t>(std::max(oldCount, newCount) + 8));
    for (qsizetype i = 0; i < head; ++i)
        result.push_back({Op::Equal, int(i), int(i)});

    const qsizetype n = oldCount - head - tail;
    const qsizetype m = newCount - head - tail;
    if (n * m > MaxTableCells || n == 0 || m == 0) {
        for (qsizetype i = 0; i < n; ++i)
            result.push_back({Op::Removed, int(head + i), -1});
        for (qsizetype j = 0; j < m; ++j)
            result.push_back({Op::Added, -1, int(head + j)});
    } else {
        // lcs[i][j]: the longest common subsequence of old[i..] and new[j..] (middle part only).
        std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return static_cast<size_t>(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = oldLines[head + i] == newLines[head + j]
                    ? lcs[at(i + 1, j + 1)] + 1
                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        std::vector<Line> added;
        const auto flushAdded = [&] {
            result.insert(result.end(), added.begin(), added.end());
            added.clear();
        };
        while (i < n || j < m) {
            if (i < n && j < m && oldLines[head + i] == newLines[head + j]) {
                flushAdded();
                result.push_back({Op::Equal, int(head + i), int(head + j)});
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
                added.push_back({Op::Added, -1, int(head + j)});
                ++j;
            } else {
                result.push_back({Op::Removed, int(head + i), -1});
                ++i;
            }
        }
        flushAdded();
    }
    for (qsizetype k = 0; k < tail; ++k)
        result.push_back({Op::Equal, int(oldCount - tail + k), int(newCount - tail + k)});
    return result;
}

} // namespace fleetdesk
