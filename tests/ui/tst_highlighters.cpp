#include "editor/DiffHighlighter.h"
#include "editor/YamlHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace fleetdesk;

namespace {

/// The format the highlighter gave the character at (line, column), 0-based; an invalid format when none.
QTextCharFormat formatAt(const QTextDocument& document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

const char* const manifest = R"(%YAML 1.2
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization   # the deployer
metadata:
  name: &name "tenant-acme"
  labels:
    toolkit.fluxcd.io/tenant: 'acme'
spec:
  interval: 10m
  retryCount: 3
  timeout: 2.5
  prune: true
  suspend: off
  wait: null
  sourceRef: *name
  tags: !!seq [a, b: c]
  description: |
    Free text: not a key
      # and not a comment
  after: value
  - item: 42
...
)";

} // namespace

class TestHighlighters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlTokensGetTheirFormats_data();
    void yamlTokensGetTheirFormats();
    void diffLinesGetTheirFormats_data();
    void diffLinesGetTheirFormats();
};

void TestHighlighters::yamlTokensGetTheirFormats_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("token"); // YamlHighlighter::Token, or -1 for no format

    const auto row = [](const char* name, int line, int column, int token) {
        QTest::newRow(name) << line << column << token;
    };
    const int none = -1;
    const auto t = [](YamlHighlighter::Token token) { return int(token); };
    using Token = YamlHighlighter::Token;
    row("directive", 0, 2, t(Token::Document));
    row("document start", 1, 1, t(Token::Document));
    row("key", 2, 0, t(Token::Key));
    row("colon after key is plain", 2, 10, none);
    row("plain value", 2, 14, t(Token::String));
    row("comment after value", 3, 24, t(Token::Comment));
    row("key before comment", 3, 2, t(Token::Key));
    row("nested key", 5, 3, t(Token::Key));
    row("anchor", 5, 9, t(Token::Anchor));
    row("double-quoted string", 5, 16, t(Token::String));
    row("dotted key", 7, 10, t(Token::Key));
    row("single-quoted string", 7, 31, t(Token::String));
    row("duration is a plain string", 9, 13, t(Token::String));
    row("integer", 10, 14, t(Token::Number));
    row("float", 11, 12, t(Token::Number));
    row("boolean true", 12, 10, t(Token::Keyword));
    row("boolean off", 13, 12, t(Token::Keyword));
    row("null", 14, 9, t(Token::Keyword));
    row("alias", 15, 14, t(Token::Anchor));
    row("tag", 16, 9, t(Token::Anchor));
    row("flow key", 16, 18, t(Token::Key));
    row("block scalar indicator", 17, 15, t(Token::Keyword));
    row("block scalar text is a string", 18, 4, t(Token::String));
    row("block scalar 'key' is not a key", 18, 14, t(Token::String));
    row("block scalar '#' is not a comment", 19, 6, t(Token::String));
    row("key after the block scalar", 20, 2, t(Token::Key));
    row("key in a sequence item", 21, 4, t(Token::Key));
    row("number in a sequence item", 21, 10, t(Token::Number));
    row("document end", 22, 0, t(Token::Document));
}

void TestHighlighters::yamlTokensGetTheirFormats()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, token);

    QTextDocument document;
    document.setPlainText(QString::fromUtf8(manifest));
    YamlHighlighter highlighter(&document);
    highlighter.rehighlight();

    const QTextCharFormat actual = formatAt(document, line, column);
    if (token < 0) {
        QVERIFY2(!actual.hasProperty(QTextFormat::ForegroundBrush),
                 qPrintable(document.findBlockByNumber(line).text()));
    } else {
        const QTextCharFormat expected = highlighter.format(static_cast<YamlHighlighter::Token>(token));
        QVERIFY2(actual.hasProperty(QTextFormat::ForegroundBrush), qPrintable(document.findBlockByNumber(line).text()));
        QCOMPARE(actual.foreground().color(), expected.foreground().color());
        QCOMPARE(actual.fontItalic(), expected.fontItalic());
        QCOMPARE(actual.fontWeight(), expected.fontWeight());
    }
}

void TestHighlighters::diffLinesGetTheirFormats_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("kind"); // DiffHighlighter::Line, or -1

    QTest::newRow("diff header") << 0 << int(DiffHighlighter::Line::FileHeader);
    QTest::newRow("old file") << 1 << int(DiffHighlighter::Line::FileHeader);
    QTest::newRow("new file") << 2 << int(DiffHighlighter::Line::FileHeader);
    QTest::newRow("hunk") << 3 << int(DiffHighlighter::Line::Hunk);
    QTest::newRow("context") << 4 << -1;
    QTest::newRow("removed") << 5 << int(DiffHighlighter::Line::Removed);
    QTest::newRow("added") << 6 << int(DiffHighlighter::Line::Added);
}

void TestHighlighters::diffLinesGetTheirFormats()
{
    QFETCH(int, line);
    QFETCH(int, kind);

    QTextDocument document;
    document.setPlainText(QStringLiteral("diff --git a/sync.yaml b/sync.yaml\n"
                                         "--- a/sync.yaml\n"
                                         "+++ b/sync.yaml\n"
                                         "@@ -10,3 +10,3 @@ spec:\n"
                                         "   interval: 10m\n"
                                         "-  prune: false\n"
                                         "+  prune: true\n"));
    DiffHighlighter highlighter(&document);
    highlighter.rehighlight();

    const QTextCharFormat actual = formatAt(document, line, 2);
    if (kind < 0) {
        QVERIFY(!actual.hasProperty(QTextFormat::ForegroundBrush));
    } else {
        const QTextCharFormat expected = highlighter.format(static_cast<DiffHighlighter::Line>(kind));
        QCOMPARE(actual.foreground().color(), expected.foreground().color());
        QCOMPARE(actual.background(), expected.background());
    }
}

QTEST_MAIN(TestHighlighters)

#include "tst_highlighters.moc"
