#include "DiffPane.h"

#include "editor/YamlHighlighter.h"
#include "views/Theme.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace fleetdesk {

namespace {

class DiffGutter : public QWidget
{
public:
    explicit DiffGutter(DiffPane* pane)
        : QWidget(pane)
        , m_pane(pane)
    {
        setObjectName(QStringLiteral("diffGutter"));
        setMouseTracking(true);
    }

    QSize sizeHint() const override { return {m_pane->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_pane->paintGutter(event); }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = m_pane->gutterToolTip(help->pos().y());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    DiffPane* m_pane;
};

/// `color` laid over `base` at `alpha`: an opaque tint that reads the same in light and dark schemes.
QColor tint(const QColor& base, const QColor& color, qreal alpha)
{
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + color.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + color.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + color.blueF() * alpha));
}

constexpr int MarkerWidth = 5;

} // namespace

DiffPane::DiffPane(Gutter gutter, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(gutter)
    , m_gutterArea(new DiffGutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(document());
    connect(this, &QPlainTextEdit::updateRequest, this, &DiffPane::updateGutter);
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        updateBackgrounds();
        m_gutterArea->update();
    });
    updateMargins();
}

DiffPane::~DiffPane() = default;

void DiffPane::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
    QStringList lines;
    lines.reserve(qsizetype(m_rows.size()));
    for (const Row& row : m_rows)
        lines.append(row.text);
    setPlainText(lines.join(QLatin1Char('\n')));
    updateMargins();
    updateBackgrounds();
}

int DiffPane::rowOfField(const QString& path) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field == path)
            return int(i);
    }
    return -1;
}

void DiffPane::revealRow(int row)
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
}

int DiffPane::gutterWidth() const
{
    int largest = 1;
    for (const Row& row : m_rows)
        largest = qMax(largest, qMax(row.oldNumber, row.newNumber));
    const int digits = qMax(3, int(QString::number(largest).size()));
    const int number = fontMetrics().horizontalAdvance(u'9') * digits + 8;
    if (m_gutter == Gutter::BothNumbers)
        return 2 * number + fontMetrics().horizontalAdvance(u'+') + 10 + MarkerWidth;
    return number + 6 + MarkerWidth;
}

void DiffPane::updateMargins()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    m_gutterArea->update();
}

void DiffPane::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutterArea->scroll(0, dy);
    else
        m_gutterArea->update(0, rect.y(), m_gutterArea->width(), rect.height());
}

void DiffPane::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutterArea->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void DiffPane::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateMargins();
        updateBackgrounds();
    }
}

void DiffPane::updateBackgrounds()
{
    const Theme* theme = Theme::instance();
    const QColor base = palette().color(QPalette::Base);
    const qreal strength = theme->isDark() ? 0.22 : 0.13;
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = document()->begin();
    for (const Row& row : m_rows) {
        if (!block.isValid())
            break;
        QColor background;
        switch (row.kind) {
        case RowKind::Removed:
            background = tint(base, theme->color(Theme::Color::DiffRemoved), row.inField ? strength * 1.7 : strength);
            break;
        case RowKind::Added:
            background = tint(base, theme->color(Theme::Color::DiffAdded), row.inField ? strength * 1.7 : strength);
            break;
        case RowKind::Filler:
            background = tint(base, palette().color(QPalette::Mid), 0.18);
            break;
        case RowKind::Context:
            if (row.inField)
                background = tint(base, theme->color(Theme::Color::Warning), strength * 0.8);
            break;
        }
        if (background.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(background);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(block);
            selections.append(selection);
        }
        block = block.next();
    }
    setExtraSelections(selections);
}

int DiffPane::rowAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (y >= top && y < bottom)
            return block.blockNumber();
        block = block.next();
        top = bottom;
    }
    return -1;
}

QString DiffPane::gutterToolTip(int y) const
{
    const int row = rowAt(y);
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].field.isEmpty())
        return {};
    return m_rows[size_t(row)].fieldNote;
}

void DiffPane::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutterArea);
    const QPalette pal = palette();
    const Theme* theme = Theme::instance();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    painter.setFont(font());

    const int digitWidth = fontMetrics().horizontalAdvance(u'9');
    int largest = 1;
    for (const Row& row : m_rows)
        largest = qMax(largest, qMax(row.oldNumber, row.newNumber));
    const int numberWidth = digitWidth * qMax(3, int(QString::number(largest).size())) + 8;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int number = block.blockNumber();
        if (block.isVisible() && bottom >= event->rect().top() && number < int(m_rows.size())) {
            const Row& row = m_rows[size_t(number)];
            if (row.field.isEmpty() && row.inField) {
                painter.fillRect(0, top, MarkerWidth - 2, bottom - top,
                                 tint(pal.color(QPalette::Base), theme->color(Theme::Color::Warning), 0.45));
            } else if (!row.field.isEmpty()) {
                painter.fillRect(0, top, MarkerWidth - 1, bottom - top, theme->color(Theme::Color::Warning));
            }
            painter.setPen(theme->color(Theme::Color::LineNumber));
            const int x = MarkerWidth;
            if (m_gutter == Gutter::BothNumbers) {
                if (row.oldNumber > 0)
                    painter.drawText(x, top, numberWidth - 4, lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                                     QString::number(row.oldNumber));
                if (row.newNumber > 0)
                    painter.drawText(x + numberWidth, top, numberWidth - 4, lineHeight,
                                     Qt::AlignRight | Qt::AlignVCenter, QString::number(row.newNumber));
                QString sign;
                if (row.kind == RowKind::Removed) {
                    painter.setPen(theme->color(Theme::Color::DiffRemoved));
                    sign = QStringLiteral("−");
                } else if (row.kind == RowKind::Added) {
                    painter.setPen(theme->color(Theme::Color::DiffAdded));
                    sign = QStringLiteral("+");
                }
                if (!sign.isEmpty())
                    painter.drawText(x + 2 * numberWidth, top, digitWidth + 6, lineHeight, Qt::AlignCenter, sign);
            } else {
                const int shown = m_gutter == Gutter::OldNumbers ? row.oldNumber : row.newNumber;
                if (shown > 0)
                    painter.drawText(x, top, numberWidth - 4, lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                                     QString::number(shown));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(m_gutterArea->width() - 1, event->rect().top(), m_gutterArea->width() - 1,
                     event->rect().bottom());
}

} // namespace fleetdesk
