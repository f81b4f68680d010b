#include "YamlFieldLocator.h"

namespace fleetdesk {

namespace {

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2
        && ((text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            || (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))))) {
        text = text.mid(1, text.size() - 2);
        text.replace(QLatin1String("\\\""), QLatin1String("\""));
        text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    }
    return text;
}

/// The position of the ':' that ends a key starting at `from`, or -1.
qsizetype keyEnd(const QString& line, qsizetype from)
{
    if (from >= line.size())
        return -1;
    if (line.at(from) == QLatin1Char('"') || line.at(from) == QLatin1Char('\'')) {
        const QChar quote = line.at(from);
        for (qsizetype i = from + 1; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                ++i;
            } else if (line.at(i) == quote) {
                return i + 1 < line.size() && line.at(i + 1) == QLatin1Char(':') ? i + 1 : -1;
            }
        }
        return -1;
    }
    for (qsizetype i = from; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(':') && (i + 1 == line.size() || line.at(i + 1) == QLatin1Char(' ')))
            return i;
    }
    return -1;
}

} // namespace

YamlFieldLocator::YamlFieldLocator(QStringList lines)
    : m_lines(std::move(lines))
{
}

QStringList YamlFieldLocator::steps(const QString& path)
{
    QStringList result;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path.at(i) == QLatin1Char('.')) {
            qsizetype j = i + 1;
            while (j < path.size() && path.at(j) != QLatin1Char('.') && path.at(j) != QLatin1Char('['))
                ++j;
            result.append(path.mid(i, j - i));
            i = j;
        } else if (path.at(i) == QLatin1Char('[')) {
            qsizetype j = i + 1;
            bool inQuotes = false;
            while (j < path.size() && (inQuotes || path.at(j) != QLatin1Char(']'))) {
                if (path.at(j) == QLatin1Char('\\'))
                    ++j;
                else if (path.at(j) == QLatin1Char('"'))
                    inQuotes = !inQuotes;
                ++j;
            }
            result.append(path.mid(i, j - i + 1));
            i = j + 1;
        } else {
            ++i;
        }
    }
    return result;
}

int YamlFieldLocator::indentOf(int line) const
{
    const QString& text = m_lines.at(line);
    int indent = 0;
    while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool YamlFieldLocator::isItem(int line) const
{
    const QString& text = m_lines.at(line);
    const int indent = indentOf(line);
    return indent < text.size() && text.at(indent) == QLatin1Char('-')
        && (indent + 1 == text.size() || text.at(indent + 1) == QLatin1Char(' '));
}

int YamlFieldLocator::keyColumn(int line) const
{
    const QString& text = m_lines.at(line);
    int column = indentOf(line);
    while (column < text.size() && text.at(column) == QLatin1Char('-')
           && (column + 1 == text.size() || text.at(column + 1) == QLatin1Char(' '))) {
        column += 2;
        while (column < text.size() && text.at(column) == QLatin1Char(' '))
            ++column;
    }
    if (column >= text.size() || text.at(column) == QLatin1Char('#'))
        return -1;
    return keyEnd(text, column) < 0 ? -1 : column;
}

QString YamlFieldLocator::keyAt(int line) const
{
    const int column = keyColumn(line);
    if (column < 0)
        return {};
    const QString& text = m_lines.at(line);
    return unquoted(text.mid(column, keyEnd(text, column) - column));
}

QString YamlFieldLocator::valueAt(int line) const
{
    const int column = keyColumn(line);
    if (column < 0)
        return {};
    const QString& text = m_lines.at(line);
    return unquoted(text.mid(keyEnd(text, column) + 1));
}

int YamlFieldLocator::subtreeEnd(int line, int column) const
{
    // A key's subtree: deeper lines, and list items at the key's own indentation ("key:\n- item").
    int next = line + 1;
    while (next < m_lines.size()) {
        if (m_lines.at(next).trimmed().isEmpty()) {
            ++next;
            continue;
        }
        const int indent = indentOf(next);
        if (indent > column || (indent == column && isItem(next) && !isItem(line)))
            ++next;
        else
            break;
    }
    return next;
}

YamlFieldLocator::Span YamlFieldLocator::locate(const QString& path) const
{
    const QStringList pathSteps = steps(path);
    if (pathSteps.isEmpty() || m_lines.isEmpty())
        return {};
    Range range{0, int(m_lines.size())};
    Span found;
    for (const QString& step : pathSteps) {
        while (range.begin < range.end && m_lines.at(range.begin).trimmed().isEmpty())
            ++range.begin;
        if (range.begin >= range.end)
            return {};
        const bool quotedKey = step.startsWith(QLatin1String("[\""));
        if (step.startsWith(QLatin1Char('.')) || quotedKey) {
            const QString key = quotedKey ? unquoted(step.mid(1, step.size() - 2)) : step.mid(1);
            const int column = keyColumn(range.begin);
            if (column < 0)
                return {};
            int match = -1;
            for (int line = range.begin; line < range.end; ++line) {
                if (keyColumn(line) == column && keyAt(line) == key
                    && (line == range.begin || indentOf(line) == column)) {
                    match = line;
                    break;
                }
            }
            if (match < 0)
                return {};
            const int end = subtreeEnd(match, column);
            found = {match, end - 1};
            range = {match + 1, end};
            // The key's value continues on the same line only for scalars; nested content starts below.
        } else {
            // A list step: "[N]" or "[key=value]". Items are "- " lines at the range's first indentation.
            const int itemIndent = indentOf(range.begin);
            if (!isItem(range.begin))
                return {};
            QList<int> items;
            for (int line = range.begin; line < range.end; ++line) {
                if (indentOf(line) == itemIndent && isItem(line))
                    items.append(line);
                else if (indentOf(line) < itemIndent && !m_lines.at(line).trimmed().isEmpty())
                    break;
            }
            const QString selector = step.mid(1, step.size() - 2);
            int item = -1;
            const qsizetype equals = selector.indexOf(QLatin1Char('='));
            if (equals < 0) {
                bool ok = false;
                const int index = selector.toInt(&ok);
                if (!ok || index < 0 || index >= items.size())
                    return {};
                item = items.at(index);
            } else {
                const QString key = unquoted(selector.left(equals));
                const QString value = unquoted(selector.mid(equals + 1));
                for (qsizetype k = 0; k < items.size() && item < 0; ++k) {
                    const int last = k + 1 < items.size() ? items.at(k + 1) : range.end;
                    const int column = keyColumn(items.at(k));
                    for (int line = items.at(k); line < last; ++line) {
                        if (keyColumn(line) == column && keyAt(line) == key && valueAt(line) == value) {
                            item = items.at(k);
                            break;
                        }
                    }
                }
                if (item < 0)
                    return {};
            }
            const qsizetype position = items.indexOf(item);
            int end = position + 1 < items.size() ? items.at(position + 1) : range.end;
            // Past the last item, stop at the first line that is not deeper than the dash.
            for (int line = item + 1; line < end; ++line) {
                if (indentOf(line) <= itemIndent && !m_lines.at(line).trimmed().isEmpty()) {
                    end = line;
                    break;
                }
            }
            found = {item, end - 1};
            range = {item, end}; // an item's first key is inline after the dash
        }
    }
    return found;
}

} // namespace fleetdesk
