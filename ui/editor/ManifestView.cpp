#include "ManifestView.h"

#include "views/Theme.h"

#ifdef FLEETDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include "editor/YamlHighlighter.h"
#endif

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace fleetdesk {

namespace {

/// The margin that shows line numbers; ManifestView paints it.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(ManifestView* view)
        : QWidget(view)
        , m_view(view)
    {
    }

    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_view->paintLineNumbers(event); }

private:
    ManifestView* m_view;
};

#ifdef FLEETDESK_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository& syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

void applySyntaxTheme(KSyntaxHighlighting::SyntaxHighlighter* highlighter)
{
    highlighter->setTheme(syntaxRepository().defaultTheme(Theme::instance()->isDark()
                                                              ? KSyntaxHighlighting::Repository::DarkTheme
                                                              : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
}
#endif

} // namespace

ManifestView::ManifestView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Select an object to see its manifest."));

#ifdef FLEETDESK_HAVE_KSYNTAXHIGHLIGHTING
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("YAML")));
    applySyntaxTheme(highlighter);
    connect(Theme::instance(), &Theme::schemeChanged, highlighter, [highlighter] { applySyntaxTheme(highlighter); });
    m_highlighter = highlighter;
#else
    m_highlighter = new YamlHighlighter(document());
#endif

    connect(this, &QPlainTextEdit::blockCountChanged, this, &ManifestView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &ManifestView::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ManifestView::highlightCurrentLine);
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        highlightCurrentLine();
        m_lineNumberArea->update();
    });
    updateMargins();
}

ManifestView::~ManifestView() = default;

void ManifestView::setManifest(const QString& yaml, int firstLine)
{
    m_firstLine = qMax(1, firstLine);
    setPlainText(yaml);
    updateMargins();
    highlightCurrentLine();
}

void ManifestView::clearManifest()
{
    m_firstLine = 1;
    clear();
    updateMargins();
}

void ManifestView::revealLine(int fileLine)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, fileLine - m_firstLine));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

int ManifestView::lineNumberAreaWidth() const
{
    const int lastLine = m_firstLine + qMax(1, blockCount()) - 1;
    const int digits = qMax(3, static_cast<int>(QString::number(lastLine).size()));
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void ManifestView::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    m_lineNumberArea->update();
}

void ManifestView::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargins();
}

void ManifestView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void ManifestView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateMargins();
        highlightCurrentLine();
    }
}

void ManifestView::highlightCurrentLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!document()->isEmpty()) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(Theme::instance()->color(Theme::Color::CurrentLine));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = textCursor();
        selection.cursor.clearSelection();
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void ManifestView::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    painter.setPen(Theme::instance()->color(Theme::Color::LineNumber));
    painter.setFont(font());

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumberArea->width() - 6;
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont numberFont = font();
            numberFont.setBold(block.blockNumber() == current && hasFocus());
            painter.setFont(numberFont);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(m_firstLine + block.blockNumber()));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
    // A hairline between the numbers and the text.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_lineNumberArea->width() - 1, event->rect().top(), m_lineNumberArea->width() - 1,
                     event->rect().bottom());
}

} // namespace fleetdesk
