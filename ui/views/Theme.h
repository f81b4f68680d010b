#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

namespace fleetdesk {

/// The light or dark look of the application, following the system.
///
/// Qt 6.4 has no colour-scheme API, so the scheme is read from the application palette (a dark window colour
/// means a dark scheme) at startup and again whenever the application palette changes. Icons, badges and the
/// highlighters take their colours from here and are refreshed on schemeChanged().
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Scheme
    {
        Light,
        Dark
    };
    Q_ENUM(Scheme)

    enum class Color
    {
        Glyph,       ///< node-kind icons
        ClusterGlyph,
        TenantGlyph,
        Muted,       ///< secondary text, silenced issues
        Error,
        Warning,
        Info,
        Ready,
        Progressing,
        Stale,
        Suspended,
        Unknown,
        SyntaxKey,
        SyntaxString,
        SyntaxNumber,
        SyntaxKeyword, ///< booleans and null
        SyntaxComment,
        SyntaxAnchor,
        SyntaxDocument, ///< ---, ... and directives
        DiffAdded,
        DiffRemoved,
        DiffHunk,
        LineNumber,
        CurrentLine
    };

    /// The application-wide instance; created on first use, watches the application palette.
    static Theme* instance();

    Scheme scheme() const { return m_scheme; }
    bool isDark() const { return m_scheme == Scheme::Dark; }
    QColor color(Color role) const { return colorFor(m_scheme, role); }

    static QColor colorFor(Scheme scheme, Color role);
    /// The scheme a palette stands for: dark when its window colour is dark.
    static Scheme schemeOf(const QPalette& palette);
    /// Tuned light and dark palettes, for forcing a scheme (FLEETDESK_COLOR_SCHEME=light|dark).
    static QPalette paletteFor(Scheme scheme);
    /// Applies FLEETDESK_COLOR_SCHEME when it is set; otherwise leaves the system palette alone.
    static void applyEnvironmentOverride();

public Q_SLOTS:
    /// Reads the scheme from the application palette again; emits schemeChanged when it differs.
    void refresh();

Q_SIGNALS:
    void schemeChanged(fleetdesk::Theme::Scheme scheme);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Theme(QObject* parent);

    Scheme m_scheme = Scheme::Light;
};

} // namespace fleetdesk
