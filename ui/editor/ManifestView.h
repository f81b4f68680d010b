#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace fleetdesk {

/// A read-only YAML view with line numbers (the file's own line numbers when the first line is given) and the
/// current line highlighted. It highlights with KSyntaxHighlighting's "YAML" definition when the build has it,
/// with YamlHighlighter otherwise. The caret moves with the keyboard, so the text is navigable and selectable.
class ManifestView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ManifestView(QWidget* parent = nullptr);
    ~ManifestView() override;

    /// Shows `yaml`; its first line is line `firstLine` of its file.
    void setManifest(const QString& yaml, int firstLine = 1);
    void clearManifest();
    int firstLineNumber() const { return m_firstLine; }

    /// Moves the caret to a line of the file (as numbered in the margin) and scrolls it into view.
    void revealLine(int fileLine);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMargins();
    void updateLineNumberArea(const QRect& rect, int dy);
    void highlightCurrentLine();

    QWidget* m_lineNumberArea = nullptr;
    QSyntaxHighlighter* m_highlighter = nullptr;
    int m_firstLine = 1;
};

} // namespace fleetdesk
