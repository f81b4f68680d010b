#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fleetdesk {

/// The built-in YAML highlighter, used when KSyntaxHighlighting is not available: keys, quoted and plain
/// strings, numbers, booleans and null, comments, anchors, aliases and tags, document markers and directives,
/// and block scalars (`|`, `>`) over the lines that belong to them. Colours follow the Theme.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token
    {
        Key,
        String,
        Number,
        Keyword,
        Comment,
        Anchor,
        Document
    };

    explicit YamlHighlighter(QTextDocument* document);

    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();
    /// Highlights a value from `pos`; returns true when it opens a block scalar.
    bool highlightValue(const QString& text, qsizetype pos);
    void highlightPlainScalar(const QString& text, qsizetype start, qsizetype end);
    void highlightComment(const QString& text, qsizetype pos);

    QTextCharFormat m_formats[7];
};

} // namespace fleetdesk
