#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyleFactory>

namespace fleetdesk {

Theme::Theme(QObject* parent)
    : QObject(parent)
    , m_scheme(schemeOf(QGuiApplication::palette()))
{
    if (qApp)
        qApp->installEventFilter(this);
}

Theme* Theme::instance()
{
    static Theme* theme = new Theme(qApp);
    return theme;
}

Theme::Scheme Theme::schemeOf(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    return window.lightness() < text.lightness() ? Scheme::Dark : Scheme::Light;
}

void Theme::refresh()
{
    const Scheme detected = schemeOf(QGuiApplication::palette());
    if (detected == m_scheme)
        return;
    m_scheme = detected;
    Q_EMIT schemeChanged(m_scheme);
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ThemeChange))
        refresh();
    return QObject::eventFilter(watched, event);
}

QColor Theme::colorFor(Scheme scheme, Color role)
{
    const bool dark = scheme == Scheme::Dark;
    const auto pick = [dark](const char* light, const char* darkColor) {
        return QColor(QLatin1String(dark ? darkColor : light));
    };
    switch (role) {
    case Color::Glyph:
        return pick("#4a5b6e", "#b4c3d3");
    case Color::ClusterGlyph:
        return pick("#2f6fb8", "#6aa8ee");
    case Color::TenantGlyph:
        return pick("#7a4fb5", "#b79af0");
    case Color::Muted:
        return pick("#7b8590", "#8a939c");
    case Color::Error:
        return pick("#d1362f", "#f2665e");
    case Color::Warning:
        return pick("#c77c02", "#f0a830");
    case Color::Info:
        return pick("#2f6fb8", "#64a4ec");
    case Color::Ready:
        return pick("#23924a", "#4cc777");
    case Color::Progressing:
        return pick("#2f6fb8", "#64a4ec");
    case Color::Stale:
        return pick("#b8860b", "#e0b44c");
    case Color::Suspended:
        return pick("#6b7785", "#98a4b1");
    case Color::Unknown:
        return pick("#9aa3ad", "#6e7882");
    case Color::SyntaxKey:
        return pick("#1f5fa8", "#79b8ff");
    case Color::SyntaxString:
        return pick("#2a7a2a", "#9ecb7a");
    case Color::SyntaxNumber:
        return pick("#a84d00", "#f0a060");
    case Color::SyntaxKeyword:
        return pick("#8a2ea8", "#d19af0");
    case Color::SyntaxComment:
        return pick("#7b8590", "#7f8a95");
    case Color::SyntaxAnchor:
        return pick("#b0337a", "#f08fc0");
    case Color::SyntaxDocument:
        return pick("#5c6670", "#a0aab4");
    case Color::DiffAdded:
        return pick("#1e7a34", "#7fd18b");
    case Color::DiffRemoved:
        return pick("#b3261e", "#f28b82");
    case Color::DiffHunk:
        return pick("#6f42c1", "#b392f0");
    case Color::LineNumber:
        return pick("#98a1aa", "#6c7680");
    case Color::CurrentLine:
        return pick("#eef3f9", "#2a3038");
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QPalette Theme::paletteFor(Scheme scheme)
{
    QPalette palette;
    if (scheme == Scheme::Light) {
        palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
        palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
        palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        palette.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf9));
        palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xee));
        palette.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
        palette.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x85, 0x90));
        palette.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
        palette.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xcf));
        palette.setColor(QPalette::Dark, QColor(0xa0, 0xa6, 0xad));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xad));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xad));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xad));
    } else {
        palette.setColor(QPalette::Window, QColor(0x23, 0x27, 0x2e));
        palette.setColor(QPalette::WindowText, QColor(0xdc, 0xe1, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1b, 0x1f, 0x24));
        palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x2d));
        palette.setColor(QPalette::Text, QColor(0xdc, 0xe1, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x2c, 0x31, 0x39));
        palette.setColor(QPalette::ButtonText, QColor(0xdc, 0xe1, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3b, 0x7d, 0xd0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x31, 0x39));
        palette.setColor(QPalette::ToolTipText, QColor(0xdc, 0xe1, 0xe6));
        palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x89, 0x93));
        palette.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
        palette.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x48));
        palette.setColor(QPalette::Midlight, QColor(0x32, 0x37, 0x3f));
        palette.setColor(QPalette::Mid, QColor(0x2a, 0x2f, 0x36));
        palette.setColor(QPalette::Dark, QColor(0x15, 0x18, 0x1c));
        palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0c, 0x0e));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x76, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x76, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x76, 0x80));
    }
    return palette;
}

void Theme::applyEnvironmentOverride()
{
    const QByteArray requested = qgetenv("FLEETDESK_COLOR_SCHEME").trimmed().toLower();
    if (requested != "dark" && requested != "light")
        return;
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(paletteFor(requested == "dark" ? Scheme::Dark : Scheme::Light));
    instance()->refresh();
}

} // namespace fleetdesk
