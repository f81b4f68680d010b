// The SOPS editor: a scripted edit session (open, edit a value, save) leaves no plaintext in the temporary, config,
// cache or data folders nor in the repository, and the real sops decrypts the saved file to the edited value, for
// every recipient of the .sops.yaml creation rule. Wrong key, missing identity, tampered MAC and invalid text show
// an error and leave the file unchanged. The test runs under a private HOME, XDG folders and TMPDIR.
// sops: $FLEETDESK_SOPS, else $FLEETDESK_TESTENV_SOPS, else ~/.cache/fleetdesk-testenv/sops-v3.13.*, else PATH.
#include "editor/ManifestView.h"
#include "editor/SopsEditor.h"
#include "sops/AgeKeyFile.h"
#include "sops/SopsFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUuid>

#include <cstdlib>

using namespace fleetdesk;

namespace {

QString g_sops;           // found before HOME is replaced
QString g_privateRoot;    // HOME, XDG folders and TMPDIR live below it

QString findSops(const QString& realHome)
{
    if (const QString env = qEnvironmentVariable("FLEETDESK_SOPS"); !env.isEmpty())
        return env;
    if (const QString dir = qEnvironmentVariable("FLEETDESK_TESTENV_SOPS"); !dir.isEmpty())
        for (const QString& c : QStringList{dir + QStringLiteral("/sops"), dir + QStringLiteral("/bin/sops")})
            if (QFileInfo(c).isExecutable())
                return c;
    QDir cache(realHome + QStringLiteral("/.cache/fleetdesk-testenv"));
    const QStringList dirs =
        cache.entryList({QStringLiteral("sops-v3.13.*")}, QDir::Dirs, QDir::Name | QDir::Reversed);
    for (const QString& d : dirs)
        for (const QString& c : {cache.filePath(d + QStringLiteral("/sops")), cache.filePath(d + QStringLiteral("/bin/sops"))})
            if (QFileInfo(c).isExecutable())
                return c;
    return QStandardPaths::findExecutable(QStringLiteral("sops"));
}

QString unique(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/// Every file below `root` (hidden ones too) whose bytes contain `needle`.
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            hits.append(path);
    }
    return hits;
}

/// A repository folder with .sops.yaml (recipients A and B) and secret.yaml, encrypted for A only.
struct Fixture
{
    QTemporaryDir repo{QDir::tempPath() + QStringLiteral("/repo-XXXXXX")};
    AgeIdentity a = AgeIdentity::generate();
    AgeIdentity b = AgeIdentity::generate();
    QString keysA;        // a keys.txt with A (the default location of the private XDG config)
    QString keysB;
    QString file;
    QString password = unique("pw-");
    QString username = unique("user-");
    QByteArray encrypted;

    bool create()
    {
        keysA = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/sops/age/keys.txt");
        keysB = g_privateRoot + QStringLiteral("/other-keys/keys.txt");
        const QDateTime now = QDateTime::currentDateTime();
        if (!writeFile(keysA, AgeKeyFile::format(a, now).toByteArray())
            || !writeFile(keysB, AgeKeyFile::format(b, now).toByteArray()))
            return false;
        QDir().mkpath(repo.filePath(QStringLiteral(".git")));
        const QByteArray config = "creation_rules:\n  - path_regex: \\.yaml$\n    age: "
            + a.recipient().toString().toUtf8() + "," + b.recipient().toString().toUtf8() + "\n";
        if (!writeFile(repo.filePath(QStringLiteral(".sops.yaml")), config))
            return false;
        file = repo.filePath(QStringLiteral("apps/secret.yaml"));
        const QByteArray plain = "apiVersion: v1\nkind: Secret\nmetadata:\n    name: db\n    namespace: apps\n"
                                 "stringData:\n    password: "
            + password.toUtf8() + "\n    username: " + username.toUtf8() + "\n";
        SopsEncryptionSettings settings;
        settings.keyGroups = {{a.recipient()}};
        auto enc = SopsFile::encrypt(plain, SopsFile::Format::Yaml, settings, file);
        if (!enc)
            return false;
        encrypted = *enc;
        return writeFile(file, encrypted);
    }
};

/// Puts the caret on the first occurrence of `text` with `text` selected; false when it is not there.
bool selectText(ManifestView* view, const QString& text)
{
    const QTextCursor found = view->document()->find(text);
    if (found.isNull())
        return false;
    view->setTextCursor(found);
    return true;
}

QString sopsDecrypt(const QString& file, const QString& keys, int* exitCode)
{
    QProcess sops;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), keys);
    sops.setProcessEnvironment(env);
    sops.start(g_sops, {QStringLiteral("decrypt"), file});
    sops.waitForFinished(60000);
    *exitCode = sops.exitStatus() == QProcess::NormalExit ? sops.exitCode() : -1;
    return QString::fromUtf8(sops.readAllStandardOutput()) + QString::fromUtf8(sops.readAllStandardError());
}

} // namespace

class TestSopsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEditSessionWritesOnlyCiphertextThatSopsDecryptsToTheEditedValue();
    void theBannerNamesTheRecipientCountAndTheCreationRule();
    void aCopiedValueIsClearedFromTheClipboardAfterTheTimeout();
    void aWrongKeyShowsAnErrorAndLeavesTheFileUnchanged();
    void aMissingIdentityShowsWhereIdentitiesAreLookedFor();
    void aTamperedMacIsRefusedAndTheFileStaysUnchanged();
    void invalidTextIsNotSavedAndTheFileStaysUnchanged();
};

void TestSopsEditor::anEditSessionWritesOnlyCiphertextThatSopsDecryptsToTheEditedValue()
{
    QVERIFY2(!g_sops.isEmpty(), "no sops binary: build it with tests/testenv/build.sh or set FLEETDESK_SOPS");
    Fixture f;
    QVERIFY(f.create());
    const QString edited = unique("edited-");
    const QByteArray usernameCipherBefore = [&] {
        const qsizetype at = f.encrypted.indexOf("username: ENC[");
        return f.encrypted.mid(at, f.encrypted.indexOf('\n', at) - at);
    }();

    SopsEditor editor;
    QSignalSpy opened(&editor, &SopsEditor::opened);
    QSignalSpy saved(&editor, &SopsEditor::saved);
    editor.show();
    editor.openFile(f.file);
    QVERIFY(opened.wait(10000));
    auto* view = editor.findChild<ManifestView*>(QStringLiteral("sopsText"));
    QVERIFY(view);
    QVERIFY(!view->isReadOnly());
    QVERIFY(view->toPlainText().contains(f.password));

    QVERIFY(selectText(view, f.password));
    QTest::keyClicks(view, edited);
    QVERIFY(editor.isModified());
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("sopsSaveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!editor.isModified());
    QVERIFY(editor.errorText().isEmpty());

    // No plaintext anywhere on disk: neither the old nor the new value nor the one that did not change.
    QStringList places{QDir::tempPath(), f.repo.path(), QDir::homePath()};
    for (const auto location : {QStandardPaths::ConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                                QStandardPaths::GenericCacheLocation, QStandardPaths::GenericDataLocation,
                                QStandardPaths::RuntimeLocation, QStandardPaths::TempLocation})
        places.append(QStandardPaths::writableLocation(location));
    int scanned = 0;
    for (const QString& place : places) {
        if (place.isEmpty() || !QFileInfo(place).isDir())
            continue;
        ++scanned;
        for (const QString& secret : {edited, f.password, f.username})
            QVERIFY2(filesContaining(place, secret.toUtf8()).isEmpty(),
                     qPrintable(QStringLiteral("%1 found in %2").arg(secret, filesContaining(place, secret.toUtf8()).join(QLatin1Char(' ')))));
    }
    QVERIFY(scanned >= 3);
    const QByteArray saved1 = readFile(f.file);
    QVERIFY(saved1.contains("password: ENC[AES256_GCM,"));
    QVERIFY2(saved1.contains(usernameCipherBefore), "an unchanged value keeps its ciphertext");
    QCOMPARE(QDir(QFileInfo(f.file).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // The real sops opens it with either recipient of the creation rule, and sees the edited value.
    for (const QString& keys : {f.keysA, f.keysB}) {
        int code = 0;
        const QString out = sopsDecrypt(f.file, keys, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("password: ") + edited));
        QVERIFY(out.contains(QStringLiteral("username: ") + f.username));
        QVERIFY(!out.contains(f.password));
    }
}

void TestSopsEditor::theBannerNamesTheRecipientCountAndTheCreationRule()
{
    Fixture f;
    QVERIFY(f.create());
    SopsEditor editor;
    QSignalSpy opened(&editor, &SopsEditor::opened);
    editor.openFile(f.file);
    QVERIFY(opened.wait(10000));
    const QString banner = editor.findChild<QLabel*>(QStringLiteral("sopsBanner"))->text();
    QVERIFY2(banner.startsWith(QStringLiteral("Decrypted in memory — saved re-encrypted for 2 recipients per .sops.yaml")),
             qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("creation rule 1")));
    QVERIFY(banner.contains(QDir::toNativeSeparators(f.repo.filePath(QStringLiteral(".sops.yaml")))));
}

void TestSopsEditor::aCopiedValueIsClearedFromTheClipboardAfterTheTimeout()
{
    Fixture f;
    QVERIFY(f.create());
    SopsEditor editor;
    editor.setClipboardTimeout(300);
    QSignalSpy opened(&editor, &SopsEditor::opened);
    QSignalSpy copied(&editor, &SopsEditor::valueCopied);
    QSignalSpy cleared(&editor, &SopsEditor::clipboardCleared);
    editor.show();
    editor.openFile(f.file);
    QVERIFY(opened.wait(10000));
    auto* view = editor.findChild<ManifestView*>(QStringLiteral("sopsText"));
    QVERIFY(selectText(view, QStringLiteral("username:")));
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("sopsCopyValueButton")), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), f.username);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QVERIFY(cleared.wait(5000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // A line without a value says so instead of copying.
    QVERIFY(selectText(view, QStringLiteral("stringData:")));
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("sopsCopyValueButton")), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    QVERIFY2(editor.errorText().contains(QStringLiteral("no single value")), qPrintable(editor.errorText()));
}

void TestSopsEditor::aWrongKeyShowsAnErrorAndLeavesTheFileUnchanged()
{
    Fixture f;
    QVERIFY(f.create());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QDir::homePath());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), g_privateRoot + QStringLiteral("/empty-config"));
    env.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), f.keysB); // B is in .sops.yaml but the file is only for A
    SopsEditor editor;
    editor.setIdentityEnvironment(env);
    QSignalSpy failed(&editor, &SopsEditor::openFailed);
    editor.openFile(f.file);
    QVERIFY(failed.wait(10000));
    QVERIFY2(editor.errorText().contains(QStringLiteral("no age identity could decrypt the data key")),
             qPrintable(editor.errorText()));
    QVERIFY(editor.errorText().contains(QStringLiteral("The file is unchanged.")));
    QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("sopsSaveButton"))->isEnabled());
    QVERIFY(editor.textView()->toPlainText().isEmpty());
    QCOMPARE(readFile(f.file), f.encrypted);
}

void TestSopsEditor::aMissingIdentityShowsWhereIdentitiesAreLookedFor()
{
    Fixture f;
    QVERIFY(f.create());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QDir::homePath());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), g_privateRoot + QStringLiteral("/empty-config"));
    SopsEditor editor;
    editor.setIdentityEnvironment(env);
    QSignalSpy failed(&editor, &SopsEditor::openFailed);
    editor.openFile(f.file);
    QVERIFY(failed.wait(10000));
    QVERIFY2(editor.errorText().contains(QStringLiteral("no age identity is available")), qPrintable(editor.errorText()));
    QVERIFY(editor.errorText().contains(f.a.recipient().toString()));
    QCOMPARE(readFile(f.file), f.encrypted);
}

void TestSopsEditor::aTamperedMacIsRefusedAndTheFileStaysUnchanged()
{
    Fixture f;
    QVERIFY(f.create());
    // Another lastmodified changes the MAC's AAD: the MAC no longer opens.
    QByteArray tampered = f.encrypted;
    const qsizetype at = tampered.indexOf("lastmodified: \"");
    QVERIFY(at >= 0);
    tampered.replace(at + 15, 4, "1999");
    QVERIFY(writeFile(f.file, tampered));
    SopsEditor editor;
    QSignalSpy failed(&editor, &SopsEditor::openFailed);
    editor.openFile(f.file);
    QVERIFY(failed.wait(10000));
    QVERIFY2(editor.errorText().contains(QStringLiteral("MAC")), qPrintable(editor.errorText()));
    QVERIFY(!editor.errorText().contains(f.password));
    QCOMPARE(readFile(f.file), tampered);
}

void TestSopsEditor::invalidTextIsNotSavedAndTheFileStaysUnchanged()
{
    Fixture f;
    QVERIFY(f.create());
    SopsEditor editor;
    QSignalSpy opened(&editor, &SopsEditor::opened);
    QSignalSpy saveFailed(&editor, &SopsEditor::saveFailed);
    editor.show();
    editor.openFile(f.file);
    QVERIFY(opened.wait(10000));
    auto* view = editor.findChild<ManifestView*>(QStringLiteral("sopsText"));
    QVERIFY(selectText(view, QStringLiteral("stringData:")));
    QTest::keyClicks(view, QStringLiteral("stringData: [unclosed"));
    editor.save();
    QVERIFY(saveFailed.wait(10000));
    QVERIFY2(editor.errorText().contains(QStringLiteral("not valid")), qPrintable(editor.errorText()));
    QVERIFY(editor.isModified());
    QCOMPARE(readFile(f.file), f.encrypted);
}

int main(int argc, char** argv)
{
    // A private HOME, XDG folders and TMPDIR, set before Qt reads them.
    g_sops = findSops(QDir::homePath());
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/fleetdesk-sopseditor-XXXXXX"));
    const char* root = mkdtemp(pattern.data());
    if (!root)
        return 2;
    g_privateRoot = QString::fromLocal8Bit(root);
    for (const auto& [variable, folder] : std::initializer_list<std::pair<const char*, const char*>>{
             {"HOME", "/home"}, {"XDG_CONFIG_HOME", "/config"}, {"XDG_DATA_HOME", "/data"},
             {"XDG_CACHE_HOME", "/cache"}, {"XDG_STATE_HOME", "/state"}, {"XDG_RUNTIME_DIR", "/runtime"},
             {"TMPDIR", "/tmp"}}) {
        const QString path = g_privateRoot + QLatin1String(folder);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(variable, path.toLocal8Bit());
    }
    for (const char* variable : {"SOPS_AGE_KEY", "SOPS_AGE_KEY_FILE", "SOPS_AGE_KEY_CMD", "SOPS_CONFIG"})
        qunsetenv(variable);
    int code = 0;
    {
        QApplication app(argc, argv);
        app.setApplicationName(QStringLiteral("fleetdesk-tst-sopseditor"));
        TestSopsEditor test;
        code = QTest::qExec(&test, argc, argv);
    }
    QDir(g_privateRoot).removeRecursively();
    return code;
}

#include "tst_sopseditor.moc"
