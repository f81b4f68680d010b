#include "DiffHighlighter.h"

#include "views/Theme.h"

namespace fleetdesk {

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        updateFormats();
        rehighlight();
    });
}

QTextCharFormat DiffHighlighter::format(Line line) const
{
    return m_formats[static_cast<int>(line)];
}

void DiffHighlighter::updateFormats()
{
    const Theme* theme = Theme::instance();
    const bool dark = theme->isDark();
    const auto make = [&](Theme::Color color, int backgroundAlpha, bool bold) {
        QTextCharFormat format;
        const QColor foreground = theme->color(color);
        format.setForeground(foreground);
        if (backgroundAlpha > 0) {
            QColor background = foreground;
            background.setAlpha(dark ? backgroundAlpha * 3 / 2 : backgroundAlpha);
            format.setBackground(background);
        }
        if (bold)
            format.setFontWeight(QFont::DemiBold);
        return format;
    };
    m_formats[static_cast<int>(Line::Added)] = make(Theme::Color::DiffAdded, 28, false);
    m_formats[static_cast<int>(Line::Removed)] = make(Theme::Color::DiffRemoved, 28, false);
    m_formats[static_cast<int>(Line::Hunk)] = make(Theme::Color::DiffHunk, 0, false);
    m_formats[static_cast<int>(Line::FileHeader)] = make(Theme::Color::SyntaxDocument, 0, true);
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    const int length = static_cast<int>(text.size());
    if (text.startsWith(QLatin1String("+++ ")) || text.startsWith(QLatin1String("--- "))
        || text.startsWith(QLatin1String("diff ")) || text.startsWith(QLatin1String("index ")))
        setFormat(0, length, format(Line::FileHeader));
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, length, format(Line::Hunk));
    else if (text.startsWith(u'+'))
        setFormat(0, length, format(Line::Added));
    else if (text.startsWith(u'-'))
        setFormat(0, length, format(Line::Removed));
}

} // namespace fleetdesk
