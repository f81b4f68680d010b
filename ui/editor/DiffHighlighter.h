#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fleetdesk {

/// The built-in unified-diff highlighter, used when KSyntaxHighlighting is not available: added and removed
/// lines, hunk headers and file headers. Colours follow the Theme.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Line
    {
        Added,
        Removed,
        Hunk,
        FileHeader
    };

    explicit DiffHighlighter(QTextDocument* document);

    QTextCharFormat format(Line line) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QTextCharFormat m_formats[4];
};

} // namespace fleetdesk
