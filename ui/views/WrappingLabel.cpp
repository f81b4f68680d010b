#include "WrappingLabel.h"

#include <QEvent>

namespace fleetdesk {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrappingLabel::forget() const
{
    m_entries.fill(Entry{});
    m_next = 0;
}

int WrappingLabel::heightForWidth(int width) const
{
    const QString current = text();
    if (current != m_text || wordWrap() != m_wordWrap || textFormat() != m_format) {
        forget();
        m_text = current;
        m_wordWrap = wordWrap();
        m_format = textFormat();
    }
    for (const Entry& entry : m_entries) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = Entry{width, height};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::PaletteChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace fleetdesk
