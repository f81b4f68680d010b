#include "YamlHighlighter.h"

#include "views/Theme.h"

#include <QRegularExpression>

namespace fleetdesk {

namespace {

int tokenIndex(YamlHighlighter::Token token)
{
    return static_cast<int>(token);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

/// End (exclusive) of a quoted string starting at `pos`, or the line's end when it is not closed.
qsizetype quotedEnd(const QString& text, qsizetype pos)
{
    const QChar quote = text.at(pos);
    qsizetype i = pos + 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quote == u'"' && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                i += 2; // '' escapes a quote in single-quoted strings
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

/// Position of a comment start ('#' at the start or after a blank) at or after `pos`, or -1.
qsizetype commentStart(const QString& text, qsizetype pos)
{
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (text.at(i) == u'#' && (i == 0 || isBlank(text.at(i - 1))))
            return i;
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        updateFormats();
        rehighlight();
    });
}

QTextCharFormat YamlHighlighter::format(Token token) const
{
    return m_formats[tokenIndex(token)];
}

void YamlHighlighter::updateFormats()
{
    const Theme* theme = Theme::instance();
    const auto make = [theme](Theme::Color color, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(theme->color(color));
        if (bold)
            format.setFontWeight(QFont::DemiBold);
        format.setFontItalic(italic);
        return format;
    };
    m_formats[tokenIndex(Token::Key)] = make(Theme::Color::SyntaxKey);
    m_formats[tokenIndex(Token::String)] = make(Theme::Color::SyntaxString);
    m_formats[tokenIndex(Token::Number)] = make(Theme::Color::SyntaxNumber);
    m_formats[tokenIndex(Token::Keyword)] = make(Theme::Color::SyntaxKeyword, true);
    m_formats[tokenIndex(Token::Comment)] = make(Theme::Color::SyntaxComment, false, true);
    m_formats[tokenIndex(Token::Anchor)] = make(Theme::Color::SyntaxAnchor);
    m_formats[tokenIndex(Token::Document)] = make(Theme::Color::SyntaxDocument, true);
}

void YamlHighlighter::highlightComment(const QString& text, qsizetype pos)
{
    setFormat(static_cast<int>(pos), static_cast<int>(text.size() - pos), format(Token::Comment));
}

void YamlHighlighter::highlightBlock(const QString& text)
{
    qsizetype indent = 0;
    while (indent < text.size() && isBlank(text.at(indent)))
        ++indent;

    // Inside a block scalar: every blank or more-indented line belongs to it. The state is the indent of the
    // line that opened it.
    const int blockIndent = previousBlockState();
    if (blockIndent >= 0 && (indent == text.size() || indent > blockIndent)) {
        setFormat(0, static_cast<int>(text.size()), format(Token::String));
        setCurrentBlockState(blockIndent);
        return;
    }
    setCurrentBlockState(-1);

    if (indent == text.size())
        return;
    if (indent == 0 && text.startsWith(u'%')) {
        setFormat(0, static_cast<int>(text.size()), format(Token::Document));
        return;
    }
    qsizetype pos = indent;
    if (indent == 0 && (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && (text.size() == 3 || isBlank(text.at(3)))) {
        setFormat(0, 3, format(Token::Document));
        pos = 3;
        if (highlightValue(text, pos))
            setCurrentBlockState(0);
        return;
    }

    // Sequence entries ("- ", possibly nested: "- - ").
    while (pos < text.size() && text.at(pos) == u'-' && (pos + 1 == text.size() || isBlank(text.at(pos + 1)))) {
        pos += 1;
        while (pos < text.size() && isBlank(text.at(pos)))
            ++pos;
    }
    if (pos >= text.size())
        return;
    if (text.at(pos) == u'#') {
        highlightComment(text, pos);
        return;
    }

    // A mapping key: a quoted or plain scalar followed by ':' and a blank or the line's end.
    qsizetype keyEnd = -1;
    if (text.at(pos) == u'"' || text.at(pos) == u'\'') {
        qsizetype after = quotedEnd(text, pos);
        qsizetype colon = after;
        while (colon < text.size() && isBlank(text.at(colon)))
            ++colon;
        if (colon < text.size() && text.at(colon) == u':'
            && (colon + 1 == text.size() || isBlank(text.at(colon + 1))))
            keyEnd = after;
        if (keyEnd >= 0) {
            setFormat(static_cast<int>(pos), static_cast<int>(keyEnd - pos), format(Token::Key));
            pos = colon + 1;
        }
    } else if (text.at(pos) != u'{' && text.at(pos) != u'[' && text.at(pos) != u'&' && text.at(pos) != u'*'
               && text.at(pos) != u'!' && text.at(pos) != u'|' && text.at(pos) != u'>') {
        const qsizetype comment = commentStart(text, pos);
        const qsizetype limit = comment < 0 ? text.size() : comment;
        for (qsizetype i = pos; i < limit; ++i) {
            if (text.at(i) == u':' && (i + 1 == text.size() || isBlank(text.at(i + 1)))) {
                keyEnd = i;
                break;
            }
        }
        if (keyEnd >= 0) {
            qsizetype end = keyEnd;
            while (end > pos && isBlank(text.at(end - 1)))
                --end;
            setFormat(static_cast<int>(pos), static_cast<int>(end - pos), format(Token::Key));
            pos = keyEnd + 1;
        }
    }

    if (highlightValue(text, pos))
        setCurrentBlockState(static_cast<int>(indent));
}

bool YamlHighlighter::highlightValue(const QString& text, qsizetype pos)
{
    bool opensBlock = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (isBlank(c)) {
            ++pos;
            continue;
        }
        if (c == u'#') {
            highlightComment(text, pos);
            return opensBlock;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            qsizetype end = pos + 1;
            while (end < text.size() && !isBlank(text.at(end)))
                ++end;
            setFormat(static_cast<int>(pos), static_cast<int>(end - pos), format(Token::Anchor));
            pos = end;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype end = quotedEnd(text, pos);
            setFormat(static_cast<int>(pos), static_cast<int>(end - pos), format(Token::String));
            pos = end;
            continue;
        }
        if (c == u'|' || c == u'>') {
            qsizetype end = pos + 1;
            while (end < text.size() && (text.at(end) == u'-' || text.at(end) == u'+' || text.at(end).isDigit()))
                ++end;
            if (end == text.size() || isBlank(text.at(end))) {
                setFormat(static_cast<int>(pos), static_cast<int>(end - pos), format(Token::Keyword));
                opensBlock = true;
                pos = end;
                continue;
            }
        }
        if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',') {
            ++pos;
            continue;
        }
        // A plain scalar: up to a comment, or inside flow collections up to the next separator.
        qsizetype end = pos;
        const qsizetype comment = commentStart(text, pos);
        const qsizetype limit = comment < 0 ? text.size() : comment;
        const bool inFlow = text.lastIndexOf(u'[', pos) >= 0 || text.lastIndexOf(u'{', pos) >= 0;
        while (end < limit) {
            const QChar e = text.at(end);
            if (inFlow && (e == u',' || e == u']' || e == u'}'))
                break;
            if (inFlow && e == u':' && (end + 1 == text.size() || isBlank(text.at(end + 1)))) {
                break;
            }
            ++end;
        }
        qsizetype trimmedEnd = end;
        while (trimmedEnd > pos && isBlank(text.at(trimmedEnd - 1)))
            --trimmedEnd;
        if (inFlow && end < text.size() && text.at(end) == u':')
            setFormat(static_cast<int>(pos), static_cast<int>(trimmedEnd - pos), format(Token::Key));
        else
            highlightPlainScalar(text, pos, trimmedEnd);
        pos = end == pos ? end + 1 : end;
    }
    return opensBlock;
}

void YamlHighlighter::highlightPlainScalar(const QString& text, qsizetype start, qsizetype end)
{
    if (end <= start)
        return;
    static const QRegularExpression number(QStringLiteral(
        "^[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9][0-9_]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\\.[0-9]+"
        "|\\.inf|\\.Inf|\\.nan|\\.NaN)$"));
    static const QRegularExpression keyword(
        QStringLiteral("^(true|True|TRUE|false|False|FALSE|yes|Yes|no|No|on|On|off|Off|null|Null|NULL|~)$"));
    const QString value = text.mid(start, end - start);
    Token token = Token::String;
    if (keyword.match(value).hasMatch())
        token = Token::Keyword;
    else if (number.match(value).hasMatch())
        token = Token::Number;
    setFormat(static_cast<int>(start), static_cast<int>(end - start), format(token));
}

} // namespace fleetdesk
