#pragma once

#include <QPlainTextEdit>

#include <vector>

namespace fleetdesk {

/// A read-only, YAML-highlighted pane of diff rows for the drift view: one side of the side-by-side mode, or the
/// whole inline mode. Its gutter shows the line numbers (one column, or live and desired in inline mode), the
/// +/− sign in inline mode and a marker on the first line of each drifted field; hovering the marker names the
/// field and the manager that last set it. Rows are backed by the Theme's diff colours.
class DiffPane : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class RowKind
    {
        Context,
        Removed, ///< live only
        Added,   ///< desired only
        Filler   ///< an empty row that keeps the two sides aligned
    };

    struct Row
    {
        QString text;
        RowKind kind = RowKind::Context;
        int oldNumber = 0; ///< 1-based line in the live text; 0 when none
        int newNumber = 0; ///< 1-based line in the desired text; 0 when none
        QString field;     ///< set on the first line of a drifted field: its path
        QString fieldNote; ///< the marker's tooltip (the field manager)
        bool inField = false; ///< inside a drifted field's lines
    };

    enum class Gutter
    {
        OldNumbers, ///< the live side
        NewNumbers, ///< the desired side
        BothNumbers ///< inline: live and desired numbers and the sign
    };

    explicit DiffPane(Gutter gutter, QWidget* parent = nullptr);
    ~DiffPane() override;

    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }
    /// The row showing a field's first line, or -1.
    int rowOfField(const QString& path) const;
    /// Scrolls a row into view and puts the caret on it.
    void revealRow(int row);

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    /// The tooltip for the gutter at a viewport y: the field marker's note.
    QString gutterToolTip(int y) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMargins();
    void updateGutter(const QRect& rect, int dy);
    void updateBackgrounds();
    int rowAt(int y) const;

    Gutter m_gutter;
    QWidget* m_gutterArea;
    std::vector<Row> m_rows;
};

} // namespace fleetdesk
