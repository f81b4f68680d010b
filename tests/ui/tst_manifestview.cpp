#include "editor/ManifestView.h"
#include "editor/YamlHighlighter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace fleetdesk;

class TestManifestView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theViewIsReadOnlyButKeyboardNavigable();
    void theManifestIsHighlighted();
    void revealLineUsesTheFilesLineNumbers();
    void theLineNumberMarginGrowsWithTheLastLineNumber();
};

void TestManifestView::theViewIsReadOnlyButKeyboardNavigable()
{
    ManifestView view;
    view.setManifest(QStringLiteral("kind: Namespace\nmetadata:\n  name: acme\n"), 1);
    QVERIFY(view.isReadOnly());
    QVERIFY(view.textInteractionFlags() & Qt::TextSelectableByKeyboard);
    view.show();
    view.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.textCursor().blockNumber(), 1);
    QTest::keyClick(&view, Qt::Key_X);
    QCOMPARE(view.toPlainText(), QStringLiteral("kind: Namespace\nmetadata:\n  name: acme\n"));
}

void TestManifestView::theManifestIsHighlighted()
{
    ManifestView view;
    view.setManifest(QStringLiteral("kind: Namespace # comment\n"), 1);
    const QTextBlock block = view.document()->firstBlock();
    const auto formats = block.layout()->formats();
    QVERIFY(!formats.isEmpty());
    const auto* highlighter = view.document()->findChild<YamlHighlighter*>();
    QVERIFY(highlighter);
    bool keyFormatted = false;
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.start == 0 && range.length == 4)
            keyFormatted = range.format.foreground() == highlighter->format(YamlHighlighter::Token::Key).foreground();
    }
    QVERIFY(keyFormatted);
}

void TestManifestView::revealLineUsesTheFilesLineNumbers()
{
    ManifestView view;
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines.append(QStringLiteral("key%1: value").arg(i));
    view.resize(400, 200);
    view.setManifest(lines.join(u'\n'), 40);
    QCOMPARE(view.firstLineNumber(), 40);
    view.revealLine(140);
    QCOMPARE(view.textCursor().blockNumber(), 100);
    QCOMPARE(view.textCursor().block().text(), QStringLiteral("key100: value"));
}

void TestManifestView::theLineNumberMarginGrowsWithTheLastLineNumber()
{
    ManifestView view;
    view.setManifest(QStringLiteral("a: 1\nb: 2\n"), 1);
    const int small = view.lineNumberAreaWidth();
    view.setManifest(QStringLiteral("a: 1\nb: 2\n"), 123456);
    QVERIFY(view.lineNumberAreaWidth() > small);
    view.clearManifest();
    QCOMPARE(view.lineNumberAreaWidth(), small);
}

QTEST_MAIN(TestManifestView)

#include "tst_manifestview.moc"
