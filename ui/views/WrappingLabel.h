#pragma once

#include <QLabel>

#include <array>

namespace fleetdesk {

/// A word-wrapped QLabel that remembers its heightForWidth().
///
/// QLabel lays its text out again (a whole QTextDocument when the text is selectable) on every
/// heightForWidth() call, and a window relayout asks each wrapped label several times. This label
/// keeps the last few answers until its text, font, style or margins change, so an unrelated
/// relayout (a status bar text, a dock tab) costs no text layout.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    void forget() const;

    mutable QString m_text;
    mutable bool m_wordWrap = true;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable std::array<Entry, 4> m_entries{};
    mutable std::size_t m_next = 0;
};

} // namespace fleetdesk
