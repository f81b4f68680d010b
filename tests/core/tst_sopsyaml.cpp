// The SOPS YAML/JSON stores on their own: scalar typing like go-yaml, quoting on output, comments kept in place,
// agreement with yaml-cpp on the data, and precise syntax errors.
#include "sops/SopsJson.h"
#include "sops/SopsScalar.h"
#include "sops/SopsYaml.h"

#include <yaml-cpp/yaml.h>

#include <QTest>

using namespace fleetdesk;
using K = SopsNode::Kind;

Q_DECLARE_METATYPE(fleetdesk::SopsNode::Kind)

namespace {

// Structural equality of two yaml-cpp nodes (styles and anchors aside).
bool same(const YAML::Node& a, const YAML::Node& b)
{
    if (a.Type() != b.Type())
        return false;
    if (a.IsScalar())
        return a.Scalar() == b.Scalar();
    if (a.IsSequence()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!same(a[i], b[i]))
                return false;
        return true;
    }
    if (a.IsMap()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const YAML::Node other = b[it->first.Scalar()];
            if (!other || !same(it->second, other))
                return false;
        }
    }
    return true;
}

} // namespace

class TestSopsYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainScalarsAreTypedLikeGoYaml_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<K>("kind");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("int") << QByteArray("42") << K::Int << QByteArray("42");
        QTest::newRow("negative") << QByteArray("-7") << K::Int << QByteArray("-7");
        QTest::newRow("hex") << QByteArray("0x1F") << K::Int << QByteArray("31");
        QTest::newRow("legacy octal") << QByteArray("017") << K::Int << QByteArray("15");
        QTest::newRow("octal 0o") << QByteArray("0o17") << K::Int << QByteArray("15");
        QTest::newRow("binary") << QByteArray("0b101") << K::Int << QByteArray("5");
        QTest::newRow("underscores") << QByteArray("1_000") << K::Int << QByteArray("1000");
        QTest::newRow("plus") << QByteArray("+5") << K::Int << QByteArray("5");
        QTest::newRow("08 is a float") << QByteArray("08") << K::Float << QByteArray("8");
        QTest::newRow("float") << QByteArray("1.5") << K::Float << QByteArray("1.5");
        QTest::newRow("float exponent") << QByteArray("1.234568e9") << K::Float << QByteArray("1234568000");
        QTest::newRow("float integral") << QByteArray("1.0") << K::Float << QByteArray("1");
        QTest::newRow("float big") << QByteArray("1e21") << K::Float << QByteArray("1000000000000000000000");
        QTest::newRow("float small") << QByteArray("1e-7") << K::Float << QByteArray("0.0000001");
        QTest::newRow("dot float") << QByteArray(".5") << K::Float << QByteArray("0.5");
        QTest::newRow("inf") << QByteArray(".inf") << K::Float << QByteArray("+Inf");
        QTest::newRow("minus inf") << QByteArray("-.Inf") << K::Float << QByteArray("-Inf");
        QTest::newRow("nan") << QByteArray(".NaN") << K::Float << QByteArray("NaN");
        QTest::newRow("true") << QByteArray("True") << K::Bool << QByteArray("True");
        QTest::newRow("false") << QByteArray("FALSE") << K::Bool << QByteArray("False");
        QTest::newRow("yes is a string") << QByteArray("yes") << K::String << QByteArray("yes");
        QTest::newRow("null") << QByteArray("~") << K::Null << QByteArray();
        QTest::newRow("timestamp") << QByteArray("2031-01-01T00:00:00Z") << K::Time << QByteArray("2031-01-01T00:00:00Z");
        QTest::newRow("date") << QByteArray("2021-09-19") << K::Time << QByteArray("2021-09-19T00:00:00Z");
        QTest::newRow("offset and fraction") << QByteArray("2024-02-29T13:14:15.500+02:00") << K::Time
                                             << QByteArray("2024-02-29T13:14:15.5+02:00");
        QTest::newRow("space form") << QByteArray("2001-12-14 21:59:43.10") << K::Time
                                    << QByteArray("2001-12-14T21:59:43.1Z");
        QTest::newRow("invalid date") << QByteArray("2021-02-30") << K::String << QByteArray("2021-02-30");
        QTest::newRow("version") << QByteArray("3.13.2") << K::String << QByteArray("3.13.2");
        QTest::newRow("unicode") << QByteArray("日本語") << K::String << QByteArray("日本語");
    }

    void plainScalarsAreTypedLikeGoYaml()
    {
        QFETCH(QByteArray, plain);
        QFETCH(K, kind);
        QFETCH(QByteArray, canonical);
        auto tree = SopsYaml::parse(QByteArray("k: " + plain + "\n"), QStringLiteral("t.yaml"));
        QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().message));
        const SopsNode* n = tree->documents[0].find(QStringLiteral("k"));
        QVERIFY(n);
        QCOMPARE(n->kind, kind);
        QCOMPARE(n->text.toByteArray(), canonical);
    }

    void hugeIntegersAreRefusedLikeSops()
    {
        auto tree = SopsYaml::parse("k: 18446744073709551615\n", QStringLiteral("t.yaml"));
        QVERIFY(!tree);
        QVERIFY(tree.error().message.contains(QLatin1String("64 bits")));
    }

    void floatsAreWrittenLikeGo_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("1") << 1.0 << QByteArray("1") << QByteArray("1");
        QTest::newRow("1e6") << 1e6 << QByteArray("1e+06") << QByteArray("1000000");
        QTest::newRow("123456") << 123456.0 << QByteArray("123456") << QByteArray("123456");
        QTest::newRow("big") << 1.234568e9 << QByteArray("1.234568e+09") << QByteArray("1234568000");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21") << QByteArray("1e+21");
        QTest::newRow("small") << 1e-7 << QByteArray("1e-07") << QByteArray("1e-7");
        QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001") << QByteArray("0.0001");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5") << QByteArray("-2.5");
    }

    void floatsAreWrittenLikeGo()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        QCOMPARE(QByteArray::fromStdString(SopsScalar::yamlFloat(value)), yaml);
        QCOMPARE(QByteArray::fromStdString(SopsScalar::jsonFloat(value)), json);
    }

    void stringsThatNeedQuotesSurviveAWriteAndRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        int row = 0;
        for (const char* s : {"true", "123", "1.5", "null", "~", "yes", "No", "", " lead", "trail ", "- dash", "a: b",
                              "#hash", "x #y", "'single'", "\"double\"", "tab\there", "multi\nline\n", "keep\n\n",
                              "strip\nend", "@at", "`tick", "%pct", "---", "...", "1:30", "2031-01-01", "ENC[x]",
                              "ünïcödé", "emoji 🚀", "\x01control", "line\u2028sep", "{brace}", "[bracket]", "c:colon"})
            QTest::addRow("string %d", row++) << QByteArray(s);
    }

    void stringsThatNeedQuotesSurviveAWriteAndRead()
    {
        QFETCH(QByteArray, text);
        SopsTree tree;
        tree.documents.push_back(SopsNode::mapping());
        tree.documents[0].add(QStringLiteral("k"), SopsNode::string(std::string_view(text.constData(), std::size_t(text.size()))));
        const SecureBuffer written = SopsYaml::write(tree);
        auto back = SopsYaml::parse(written.byteView(), QStringLiteral("t.yaml"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        const SopsNode* n = back->documents[0].find(QStringLiteral("k"));
        QVERIFY(n);
        QCOMPARE(n->kind, K::String);
        QCOMPARE(n->text.toByteArray(), text);
        const YAML::Node other = YAML::Load(written.toByteArray().toStdString());
        QCOMPARE(QByteArray::fromStdString(other["k"].as<std::string>()), text);
    }

    void dataAgreesWithYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("nested") << QByteArray("a:\n  b:\n    c: 1\n  d: [x, 'y z', {e: f}]\ng: |\n  lit\n  eral\nh: >-\n  fol\n  ded\n");
        QTest::newRow("compact sequence") << QByteArray("list:\n- a\n- b: 1\n  c: 2\n-\n  - nested\nafter: x\n");
        QTest::newRow("multi-line scalars") << QByteArray("a: plain\n  continued\nb: \"dq\n  folded\"\nc: 'sq\n\n  para'\n");
        QTest::newRow("anchors") << QByteArray("base: &b {x: 1}\ncopy: *b\nv: &s str\nw: *s\n");
        QTest::newRow("escapes") << QByteArray("a: \"\\u00e9\\t\\x41\\\\\"\nb: 'it''s'\n");
        QTest::newRow("block chomping") << QByteArray("keep: |+\n  a\n\nstrip: |-\n  b\nindent: |2\n    c\n");
        QTest::newRow("documents") << QByteArray("---\na: 1\n---\nb: 2\n...\n---\nc: 3\n");
        QTest::newRow("comments everywhere") << QByteArray("# top\na: 1 # inline\n# between\nb:\n  # head\n  - x # item\n  # foot\n");
    }

    void dataAgreesWithYamlCpp()
    {
        QFETCH(QByteArray, text);
        auto tree = SopsYaml::parse(text, QStringLiteral("t.yaml"));
        QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().message));
        const SecureBuffer written = SopsYaml::write(*tree);
        const auto a = YAML::LoadAll(text.toStdString());
        const auto b = YAML::LoadAll(written.toByteArray().toStdString());
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(same(a[i], b[i]), written.chars());
        auto again = SopsYaml::parse(written.byteView(), QStringLiteral("t.yaml"));
        QVERIFY(again);
        for (std::size_t i = 0; i < tree->documents.size(); ++i)
            QVERIFY(tree->documents[i].sameAs(again->documents[i], true));
    }

    void commentsKeepTheirOrderAndPlace()
    {
        const QByteArray text = "# top\na: 1 # inline a\nm:\n    # head b\n    b: 2\n    c: 3 # inline c\n    # foot m\n"
                                "# head d\nd:\n    - x\n";
        auto tree = SopsYaml::parse(text, QStringLiteral("t.yaml"));
        QVERIFY(tree);
        const SopsNode& doc = tree->documents[0];
        QCOMPARE(doc.children[0].value.text.toByteArray(), QByteArray(" top"));
        QVERIFY(doc.children[1].value.inlineComment); // before its entry, like sops
        QCOMPARE(doc.children[2].key, QStringLiteral("a"));
        const SopsNode* m = doc.find(QStringLiteral("m"));
        QCOMPARE(m->children.back().value.text.toByteArray(), QByteArray(" foot m"));
        QCOMPARE(doc.children[4].value.text.toByteArray(), QByteArray(" head d"));
        QCOMPARE(SopsYaml::write(*tree).toByteArray(), text);
    }

    void syntaxErrorsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("tab") << QByteArray("a:\n\tb: 1\n") << "t.yaml:2:1: tab character";
        QTest::newRow("duplicate") << QByteArray("a: 1\na: 2\n") << "t.yaml:2:1: duplicate mapping key";
        QTest::newRow("non-string key") << QByteArray("1: x\n") << "only string keys";
        QTest::newRow("sequence root") << QByteArray("- a\n") << "sequences are not supported";
        QTest::newRow("scalar root") << QByteArray("just text\n") << "must be a mapping";
        QTest::newRow("unterminated") << QByteArray("a: \"open\n") << "unterminated quoted string";
        QTest::newRow("complex key") << QByteArray("? a\n: b\n") << "complex mapping keys";
        QTest::newRow("bad indent") << QByteArray("a:\n    b: 1\n  c: 2\n") << "t.yaml:3:3:";
        QTest::newRow("alias") << QByteArray("a: *nope\n") << "unknown alias";
    }

    void syntaxErrorsNameFileLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto tree = SopsYaml::parse(text, QStringLiteral("t.yaml"));
        QVERIFY(!tree);
        QCOMPARE(tree.error().code, QStringLiteral("yaml.syntax"));
        QVERIFY2(tree.error().message.contains(message), qPrintable(tree.error().message));
    }

    void jsonKeepsOrderAndWritesLikeGo()
    {
        const QByteArray text = "{\"z\": 1, \"a\": [true, null, 2.50, 1e3], \"s\": \"<&>\\u2028\", \"e\": {}}";
        auto tree = SopsJson::parse(text, QStringLiteral("t.json"));
        QVERIFY(tree);
        QCOMPARE(SopsJson::write(*tree).toByteArray(),
                 QByteArray("{\n\t\"z\": 1,\n\t\"a\": [\n\t\ttrue,\n\t\tnull,\n\t\t2.5,\n\t\t1000\n\t],\n\t\"s\": "
                            "\"\\u003c\\u0026\\u003e\\u2028\",\n\t\"e\": {}\n}\n"));
        auto bad = SopsJson::parse("[1]", QStringLiteral("t.json"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("must be an object")));
    }
};

QTEST_GUILESS_MAIN(TestSopsYaml)
#include "tst_sopsyaml.moc"
