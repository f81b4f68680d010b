#include "views/EditorLauncher.h"

#include <QTest>

using namespace fleetdesk;

class TestEditorLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEditorGetsTheLineInItsOwnConvention_data();
    void theEditorGetsTheLineInItsOwnConvention();
    void fleetdeskEditorWinsOverVisualAndEditor();
    void withoutAGraphicalEditorThereIsNoCommand();
};

void TestEditorLauncher::theEditorGetsTheLineInItsOwnConvention_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString file = QStringLiteral("/repo/clusters/eu/sync.yaml");
    QTest::newRow("gvim") << QStringLiteral("gvim") << 12 << QStringLiteral("gvim")
                          << QStringList{QStringLiteral("+12"), file};
    QTest::newRow("vs code with options") << QStringLiteral("code --wait") << 7 << QStringLiteral("code")
                                          << QStringList{QStringLiteral("--wait"), QStringLiteral("-g"),
                                                         file + QStringLiteral(":7")};
    QTest::newRow("kate by path") << QStringLiteral("/usr/bin/kate") << 3 << QStringLiteral("/usr/bin/kate")
                                  << QStringList{QStringLiteral("--line"), QStringLiteral("3"), file};
    QTest::newRow("sublime") << QStringLiteral("subl") << 9 << QStringLiteral("subl")
                             << QStringList{file + QStringLiteral(":9")};
    QTest::newRow("no line") << QStringLiteral("gedit") << 0 << QStringLiteral("gedit") << QStringList{file};
    QTest::newRow("quoted program") << QStringLiteral("\"/opt/My Editor/edit\" -n") << 4
                                    << QStringLiteral("/opt/My Editor/edit")
                                    << QStringList{QStringLiteral("-n"), QStringLiteral("+4"), file};
}

void TestEditorLauncher::theEditorGetsTheLineInItsOwnConvention()
{
    QFETCH(QString, editor);
    QFETCH(int, line);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("VISUAL"), editor);
    const auto command = EditorLauncher::commandFor(QStringLiteral("/repo/clusters/eu/sync.yaml"), line, environment);
    QVERIFY(command.isValid());
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

void TestEditorLauncher::fleetdeskEditorWinsOverVisualAndEditor()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("EDITOR"), QStringLiteral("gedit"));
    environment.insert(QStringLiteral("VISUAL"), QStringLiteral("gvim"));
    QCOMPARE(EditorLauncher::commandFor(QStringLiteral("f.yaml"), 1, environment).program, QStringLiteral("gvim"));
    environment.insert(QStringLiteral("FLEETDESK_EDITOR"), QStringLiteral("kate"));
    QCOMPARE(EditorLauncher::commandFor(QStringLiteral("f.yaml"), 1, environment).program, QStringLiteral("kate"));
}

void TestEditorLauncher::withoutAGraphicalEditorThereIsNoCommand()
{
    QProcessEnvironment environment;
    QVERIFY(!EditorLauncher::commandFor(QStringLiteral("f.yaml"), 1, environment).isValid());
    // Terminal editors have no terminal to run in: skip to the next variable, or to the desktop default.
    environment.insert(QStringLiteral("VISUAL"), QStringLiteral("vim"));
    environment.insert(QStringLiteral("EDITOR"), QStringLiteral("emacs -nw"));
    QVERIFY(!EditorLauncher::commandFor(QStringLiteral("f.yaml"), 1, environment).isValid());
    environment.insert(QStringLiteral("EDITOR"), QStringLiteral("emacs"));
    QCOMPARE(EditorLauncher::commandFor(QStringLiteral("f.yaml"), 5, environment).arguments,
             QStringList({QStringLiteral("+5"), QStringLiteral("f.yaml")}));
}

QTEST_GUILESS_MAIN(TestEditorLauncher)

#include "tst_editorlauncher.moc"
