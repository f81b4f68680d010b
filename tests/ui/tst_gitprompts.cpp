// The Git prompts: HostKeyDialog (unknown host: trust once, trust always, refuse; changed key: refuse only) and
// SecretPromptDialog, driven with QTest through their objectNames; and GitPromptHandler end to end against a real
// smart-HTTP server with basic auth: the push fails for credentials, the dialog asks, the worker (on its own thread)
// gets the answer and the push is sent again, with the token remembered in a real Secret Service when one runs.
#include "dialogs/GitPromptHandler.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretPromptDialog.h"
#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "secrets/KeychainSecretStore.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"
#include "PrivateSecretService.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fleetdesk;

namespace {

const QString fingerprint = QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");

template<typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestGitPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anUnknownHostOffersTrustOnceTrustAlwaysAndRefuse_data();
    void anUnknownHostOffersTrustOnceTrustAlwaysAndRefuse();
    void aChangedHostKeyCanOnlyBeRefusedAndSaysWhy();
    void thePassphraseDialogShowsTheSshPromptAndHidesTheInput();
    void rememberingIsOnlyOfferedWithAKeychain();
    void httpsCredentialsAreAskedInADialogAndThePushIsSentAgain();

private:
    std::unique_ptr<GitTestHome> m_home;
};

void TestGitPrompts::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestGitPrompts::cleanupTestCase()
{
    m_home.reset();
}

void TestGitPrompts::anUnknownHostOffersTrustOnceTrustAlwaysAndRefuse_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("result");
    QTest::newRow("trust once") << QStringLiteral("trustOnceButton") << int(HostKeyDialog::Decision::TrustOnce)
                                << int(QDialog::Accepted);
    QTest::newRow("trust always") << QStringLiteral("trustAlwaysButton") << int(HostKeyDialog::Decision::TrustAlways)
                                  << int(QDialog::Accepted);
    QTest::newRow("refuse") << QStringLiteral("refuseButton") << int(HostKeyDialog::Decision::Refuse)
                            << int(QDialog::Rejected);
}

void TestGitPrompts::anUnknownHostOffersTrustOnceTrustAlwaysAndRefuse()
{
    QFETCH(QString, button);
    QFETCH(int, decision);
    QFETCH(int, result);
    HostKeyDialog dialog(HostKeyDialog::Situation::UnknownHost, QStringLiteral("[127.0.0.1]:2222"),
                         QStringLiteral("ssh-ed25519"), fingerprint, {});
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(dialog.isVisible());
    const QString text = child<QLabel>(&dialog, "hostKeyText")->text();
    QVERIFY(text.contains(fingerprint));
    QVERIFY(text.contains(QStringLiteral("[127.0.0.1]:2222")));
    // Refuse is the default: Enter does not trust anything.
    QVERIFY(child<QPushButton>(&dialog, "refuseButton")->isDefault());
    QTest::mouseClick(dialog.findChild<QPushButton*>(button), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), result);
    QCOMPARE(int(dialog.decision()), decision);
}

void TestGitPrompts::aChangedHostKeyCanOnlyBeRefusedAndSaysWhy()
{
    HostKeyDialog dialog(HostKeyDialog::Situation::ChangedKey, QStringLiteral("git.example.test"),
                         QStringLiteral("ssh-ed25519"), fingerprint,
                         QStringLiteral("The key in known_hosts line 3 differs"));
    dialog.open();
    QVERIFY(!child<QPushButton>(&dialog, "trustOnceButton"));
    QVERIFY(!child<QPushButton>(&dialog, "trustAlwaysButton"));
    const QString text = child<QLabel>(&dialog, "hostKeyText")->text();
    QVERIFY(text.contains(QStringLiteral("has changed")));
    QVERIFY(text.contains(QStringLiteral("man-in-the-middle")));
    QVERIFY(text.contains(QStringLiteral("ssh-keygen -R git.example.test")));
    QVERIFY(text.contains(QStringLiteral("known_hosts line 3")));
    QTest::mouseClick(child<QPushButton>(&dialog, "refuseButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.decision(), HostKeyDialog::Decision::Refuse);
}

void TestGitPrompts::thePassphraseDialogShowsTheSshPromptAndHidesTheInput()
{
    SecretPromptDialog dialog(SecretPromptDialog::Kind::Passphrase,
                              QStringLiteral("Enter passphrase for key '/home/u/.ssh/id_rsa': "), true);
    dialog.open();
    QVERIFY(child<QLabel>(&dialog, "promptText")->text().contains(QStringLiteral("id_rsa")));
    QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit"));
    auto* edit = child<QLineEdit>(&dialog, "passphraseEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QStringLiteral("correct horse"));
    child<QCheckBox>(&dialog, "rememberCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.secret(), QStringLiteral("correct horse"));
    QVERIFY(dialog.remember());
}

void TestGitPrompts::rememberingIsOnlyOfferedWithAKeychain()
{
    SecretPromptDialog dialog(SecretPromptDialog::Kind::UsernameAndToken, QStringLiteral("https://git.example.test"),
                              false);
    auto* remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(!remember->isEnabled());
    remember->setChecked(true);
    QVERIFY(!dialog.remember());
}

void TestGitPrompts::httpsCredentialsAreAskedInADialogAndThePushIsSentAgain()
{
    GitHttpServer server({QStringLiteral("deployer"), QStringLiteral("tok-123"), {}, {}});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createRepository(QStringLiteral("platform")));
    QTemporaryDir dir;
    auto repository = GitRepository::init(dir.path());
    QVERIFY(repository);
    QVERIFY(repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(repository->stageAll());
    const auto commit = repository->commitStaged(QStringLiteral("Start"));
    QVERIFY(commit);
    const QString url = server.url(QStringLiteral("platform"));
    QVERIFY(GitCli::run(dir.path(), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}).ok());

    // The keychain is the real Secret Service when the private one runs (see main); else nothing is remembered.
    const bool keychain = KeychainSecretStore::isBuiltIn() && PrivateSecretService::unavailableReason().isEmpty();
    KeychainSecretStore secrets(QStringLiteral("Fleetdesk prompt tests"));
    auto* worker = new GitWorker(keychain ? &secrets : nullptr);
    QThread thread;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QWidget window;
    GitPromptHandler handler(worker, &window, keychain);
    connect(worker, &GitWorker::operationFinished, &handler, &GitPromptHandler::handleResult, Qt::QueuedConnection);
    QList<GitOperationResult> results; // collected on this thread
    connect(worker, &GitWorker::operationFinished, &window,
            [&results](const GitOperationResult& result) { results.append(result); }, Qt::QueuedConnection);
    QSignalSpy shown(&handler, &GitPromptHandler::dialogShown);
    QSignalSpy retried(&handler, &GitPromptHandler::retried);

    const QString path = dir.path();
    QMetaObject::invokeMethod(worker, [worker, path] { worker->push(path); }, Qt::QueuedConnection);
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.first().errorCode, QStringLiteral("git.credentials.required"));
    QDialog* dialog = handler.currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("credentialDialog"));
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "promptText")->text().contains(url));
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("deployer"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("tok-123"));
    if (keychain)
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(retried.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 30000);
    const GitOperationResult second = results.last();
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(GitCli::output(server.repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);
    QCOMPARE(shown.size(), 1);
    if (keychain) {
        auto stored = secrets.read(SecretStore::secretKeyForUrl(url));
        QVERIFY(stored && stored->has_value());
        QCOMPARE(QByteArray((*stored)->chars(), qsizetype((*stored)->size())), QByteArray("deployer\ntok-123"));
        QVERIFY(secrets.remove(SecretStore::secretKeyForUrl(url)).has_value());
    }
    thread.quit();
    thread.wait();
}

int main(int argc, char** argv)
{
    if (const int code = PrivateSecretService::runInside(argc, argv); code >= 0)
        return code;
    QApplication app(argc, argv);
    TestGitPrompts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitprompts.moc"
