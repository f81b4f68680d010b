// The Git prompts: HostKeyDialog (unknown host: trust once, trust always, refuse; changed key: refuse only) and
// SecretPromptDialog, driven with QTest through their objectNames; and GitPromptHandler end to end against a real
// smart-HTTP server with basic auth: the push fails for credentials, the dialog asks, the worker (on its own thread)
// gets the answer and the push is sent again; the same over SSH for an unknown host (trusted from the dialog) and a
// changed host key (refused, explained, not retried), against a real sshd. "Remember in the keychain" end to end
// against a real Secret Service (gnome-keyring-daemon in a private D-Bus session, see PrivateSecretService): the
// worker on its thread stores the HTTPS token or SSH key passphrase through KeychainSecretStore (whose jobs run on
// this, the main, thread), a new worker pushes without asking, and "forget" removes it.
#include "dialogs/GitPromptHandler.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretPromptDialog.h"
#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "git/KnownHosts.h"
#include "git/OpenSshTransport.h"
#include "git/SshAskpass.h"
#include "secrets/KeychainSecretStore.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"
#include "PrivateSecretService.h"
#include "SshServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace fleetdesk;

namespace {

const QString fingerprint = QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");

template<typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A worker on its own thread with a prompt handler on this one, as MainWindow wires them; results are collected
/// on this thread.
struct PromptedWorker
{
    QThread thread;
    GitWorker* worker;
    QWidget window;
    std::unique_ptr<GitPromptHandler> handler;
    QList<GitOperationResult> results;

    PromptedWorker(SecretStore* secrets, const GitRemoteCallbacks& defaults, bool keychain)
        : worker(new GitWorker(secrets))
    {
        worker->setRemoteDefaults(defaults);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        handler = std::make_unique<GitPromptHandler>(worker, &window, keychain);
        QObject::connect(worker, &GitWorker::operationFinished, handler.get(), &GitPromptHandler::handleResult,
                         Qt::QueuedConnection);
        QObject::connect(worker, &GitWorker::operationFinished, &window,
                         [this](const GitOperationResult& result) { results.append(result); }, Qt::QueuedConnection);
    }
    ~PromptedWorker()
    {
        handler.reset();
        thread.quit();
        thread.wait();
    }
    void push(const QString& repository)
    {
        GitWorker* w = worker;
        QMetaObject::invokeMethod(w, [w, repository] { w->push(repository); }, Qt::QueuedConnection);
    }
};

/// A local repository with one commit whose origin is an empty bare repository served by `server`.
QString repositoryWithSshRemote(const SshServer& server, const QTemporaryDir& work)
{
    const QString bare = server.directory() + QStringLiteral("/repos/platform.git");
    if (QProcess::execute(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                                  QStringLiteral("--initial-branch=main"), bare}) != 0)
        return {};
    const QString path = work.filePath(QStringLiteral("platform"));
    auto repository = GitRepository::init(path);
    if (!repository || !repository->writeFile(QStringLiteral("a.yaml"), "a: 1\n") || !repository->stageAll()
        || !repository->commitStaged(QStringLiteral("Start")))
        return {};
    if (!GitCli::run(path, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), server.url(bare)}).ok())
        return {};
    return path;
}

#define REQUIRE_SECRET_SERVICE()                                                                               \
    do {                                                                                                       \
        if (!KeychainSecretStore::isBuiltIn())                                                                 \
            QSKIP("Fleetdesk was built without QtKeychain (Debian package qtkeychain-qt6-dev)");                \
        if (!PrivateSecretService::unavailableReason().isEmpty())                                              \
            QSKIP(qPrintable(PrivateSecretService::unavailableReason()));                                      \
    } while (false)

/// What the keychain holds under `key`, read on this thread; "<none>" when nothing, "<error: …>" on failure.
QString stored(KeychainSecretStore& store, const QString& key)
{
    const auto read = store.read(key);
    if (!read)
        return QStringLiteral("<error: %1>").arg(read.error().toString());
    if (!read->has_value())
        return QStringLiteral("<none>");
    return QString::fromUtf8((*read)->chars(), qsizetype((*read)->size()));
}

/// Commits one more file in `path` with the git CLI and returns the new HEAD.
QString commitFile(const QString& path, const QString& name)
{
    QFile file(path + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(name.toUtf8() + ": 1\n") < 0)
        return {};
    file.close();
    if (!GitCli::run(path, {QStringLiteral("add"), name}).ok()
        || !GitCli::run(path, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), name}).ok())
        return {};
    return GitCli::output(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

GitRemoteCallbacks openSsh(const QTemporaryDir& work, const QString& knownHosts)
{
    GitRemoteCallbacks callbacks;
    callbacks.sshTransport = GitRemoteCallbacks::SshTransport::OpenSsh;
    callbacks.knownHostsFile = knownHosts;
    callbacks.sshArguments = {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                              QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-i"),
                              work.filePath(QStringLiteral("id_ed25519"))};
    return callbacks;
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
    void anUnknownSshHostIsTrustedFromTheDialogAndThePushIsSentAgain();
    void aChangedSshHostKeyIsRefusedAndExplainedWithoutARetry();
    void anHttpsTokenRememberedFromTheDialogIsUsedWithoutAskingUntilForgotten();
    void anSshPassphraseRememberedFromTheDialogIsUsedWithoutAskingUntilForgotten();

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

    // No keychain here: the dialog does not offer to remember (see the keychain tests below for remembering).
    const bool keychain = false;
    auto* worker = new GitWorker(nullptr);
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
    QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(retried.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 30000);
    const GitOperationResult second = results.last();
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(GitCli::output(server.repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);
    QCOMPARE(shown.size(), 1);
    thread.quit();
    thread.wait();
}

void TestGitPrompts::anUnknownSshHostIsTrustedFromTheDialogAndThePushIsSentAgain()
{
    if (!SshServer::isInstalled() || !OpenSshTransport::isAvailable())
        QSKIP("sshd or ssh is missing: install the Debian packages openssh-server and openssh-client");
    qunsetenv("SSH_AUTH_SOCK");
    QTemporaryDir work;
    QVERIFY(generateSshKey(work.filePath(QStringLiteral("id_ed25519")), QStringLiteral("ed25519")));
    SshServer server;
    QVERIFY(server.authorize(work.filePath(QStringLiteral("id_ed25519.pub"))));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString repository = repositoryWithSshRemote(server, work);
    QVERIFY(!repository.isEmpty());
    const QString knownHosts = work.filePath(QStringLiteral("known_hosts")); // empty: the host is unknown

    PromptedWorker prompted(nullptr, openSsh(work, knownHosts), false);
    QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
    prompted.push(repository);
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE(prompted.results.size(), 1);
    QCOMPARE(prompted.results.first().errorCode, QStringLiteral("ssh.hostkey.unknown"));
    QDialog* dialog = prompted.handler->currentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("hostKeyDialog"));
    const QString fingerprint = prompted.results.first().hostKeyFingerprint;
    QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
    QVERIFY(child<QLabel>(dialog, "hostKeyText")->text().contains(fingerprint));
    QTest::mouseClick(child<QPushButton>(dialog, "trustAlwaysButton"), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 2, 30000);
    QVERIFY2(prompted.results.last().ok(), qPrintable(prompted.results.last().message + server.log()));
    QCOMPARE(GitCli::output(server.directory() + QStringLiteral("/repos/platform.git"),
                            {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             GitCli::output(repository, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    // Trusted always: the key is in known_hosts now, and no second dialog came.
    const QByteArray hostKey = readFile(server.hostPublicKeyFile()).split(' ').value(1);
    QVERIFY(readFile(knownHosts).contains(hostKey));
    QCOMPARE(shown.size(), 1);
}

void TestGitPrompts::aChangedSshHostKeyIsRefusedAndExplainedWithoutARetry()
{
    if (!SshServer::isInstalled() || !OpenSshTransport::isAvailable())
        QSKIP("sshd or ssh is missing: install the Debian packages openssh-server and openssh-client");
    qunsetenv("SSH_AUTH_SOCK");
    QTemporaryDir work;
    QVERIFY(generateSshKey(work.filePath(QStringLiteral("id_ed25519")), QStringLiteral("ed25519")));
    QVERIFY(generateSshKey(work.filePath(QStringLiteral("other_host_key")), QStringLiteral("ed25519")));
    SshServer server;
    QVERIFY(server.authorize(work.filePath(QStringLiteral("id_ed25519.pub"))));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString repository = repositoryWithSshRemote(server, work);
    QVERIFY(!repository.isEmpty());
    // known_hosts holds another key for the server's address.
    const QString knownHosts = work.filePath(QStringLiteral("known_hosts"));
    SshHostKey stale;
    stale.host = QStringLiteral("127.0.0.1");
    stale.port = server.port();
    const QList<QByteArray> fields = readFile(work.filePath(QStringLiteral("other_host_key.pub"))).split(' ');
    stale.type = QString::fromLatin1(fields.value(0));
    stale.blob = QByteArray::fromBase64(fields.value(1));
    QVERIFY(KnownHosts::add(knownHosts, stale).has_value());
    const QByteArray before = readFile(knownHosts);

    PromptedWorker prompted(nullptr, openSsh(work, knownHosts), false);
    QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
    QSignalSpy retried(prompted.handler.get(), &GitPromptHandler::retried);
    prompted.push(repository);
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE(prompted.results.size(), 1);
    QCOMPARE(prompted.results.first().errorCode, QStringLiteral("ssh.hostkey.changed"));
    QDialog* dialog = prompted.handler->currentDialog();
    QVERIFY(dialog);
    QVERIFY(!child<QPushButton>(dialog, "trustOnceButton"));
    QVERIFY(!child<QPushButton>(dialog, "trustAlwaysButton"));
    QVERIFY(child<QLabel>(dialog, "hostKeyText")->text().contains(QStringLiteral("The connection was refused")));
    QTest::mouseClick(child<QPushButton>(dialog, "refuseButton"), Qt::LeftButton);
    QCOMPARE(retried.size(), 0);
    QCOMPARE(readFile(knownHosts), before);
    QVERIFY(GitCli::output(server.directory() + QStringLiteral("/repos/platform.git"),
                           {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"),
                            QStringLiteral("main")})
                .startsWith(QStringLiteral("<git failed")));
}

void TestGitPrompts::anHttpsTokenRememberedFromTheDialogIsUsedWithoutAskingUntilForgotten()
{
    REQUIRE_SECRET_SERVICE();
    GitHttpServer server({QStringLiteral("deployer"), QStringLiteral("tok-remembered-77"), {}, {}});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createRepository(QStringLiteral("platform")));
    QTemporaryDir dir;
    const QString path = dir.path();
    QVERIFY(GitCli::run(path, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--initial-branch=main")}).ok());
    QVERIFY(!commitFile(path, QStringLiteral("a.yaml")).isEmpty());
    const QString url = server.url(QStringLiteral("platform"));
    QVERIFY(GitCli::run(path, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}).ok());
    const QString bare = server.repositoryPath(QStringLiteral("platform"));

    KeychainSecretStore store(QStringLiteral("Fleetdesk gitprompts"));
    const QString key = SecretStore::secretKeyForUrl(url);
    QVERIFY(store.remove(key).has_value());
    QCOMPARE(stored(store, key), QStringLiteral("<none>"));

    // First session: asked, answered with "remember"; the worker's thread stores the token in the keychain.
    {
        PromptedWorker prompted(&store, {}, true);
        QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
        prompted.push(path);
        QVERIFY(shown.wait(30000));
        QTRY_COMPARE(prompted.results.size(), 1); // collected after the handler saw it
        QCOMPARE(prompted.results.first().errorCode, QStringLiteral("git.credentials.required"));
        QDialog* dialog = prompted.handler->currentDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("deployer"));
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("tok-remembered-77"));
        auto* remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 2, 30000);
        QVERIFY2(prompted.results.last().ok(), qPrintable(prompted.results.last().message));
        QVERIFY2(!prompted.results.last().message.contains(QLatin1String("not remembered")),
                 qPrintable(prompted.results.last().message));
        QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
                 GitCli::output(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        QCOMPARE(shown.size(), 1);
    }
    QCOMPARE(stored(store, key), QStringLiteral("deployer\ntok-remembered-77"));

    // A new session (nothing in memory): the push takes the token from the keychain and asks nothing.
    const QString second = commitFile(path, QStringLiteral("b.yaml"));
    QVERIFY(!second.isEmpty());
    {
        PromptedWorker prompted(&store, {}, true);
        QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
        prompted.push(path);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 1, 30000);
        QVERIFY2(prompted.results.first().ok(), qPrintable(prompted.results.first().message));
        QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), second);
        QCOMPARE(shown.size(), 0);

        // Forget: the keychain entry goes, and the next push asks again.
        GitWorker* worker = prompted.worker;
        QMetaObject::invokeMethod(worker, [worker, path] { worker->forgetCredentials(path); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 2, 30000);
        QCOMPARE(prompted.results.last().operation, QStringLiteral("forget-credentials"));
        QVERIFY2(prompted.results.last().ok(), qPrintable(prompted.results.last().message));
        QVERIFY2(prompted.results.last().message.contains(QUrl(url).host()), qPrintable(prompted.results.last().message));
        QCOMPARE(stored(store, key), QStringLiteral("<none>"));

        QVERIFY(!commitFile(path, QStringLiteral("c.yaml")).isEmpty());
        prompted.push(path);
        QVERIFY(shown.wait(30000));
        QTRY_COMPARE(prompted.results.size(), 3); // collected after the handler saw it
        QCOMPARE(prompted.results.last().errorCode, QStringLiteral("git.credentials.required"));
        QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), second);
        prompted.handler->currentDialog()->reject();
    }
    QCOMPARE(stored(store, key), QStringLiteral("<none>"));
}

void TestGitPrompts::anSshPassphraseRememberedFromTheDialogIsUsedWithoutAskingUntilForgotten()
{
    REQUIRE_SECRET_SERVICE();
    if (!SshServer::isInstalled() || !OpenSshTransport::isAvailable())
        QSKIP("sshd or ssh is missing: install the Debian packages openssh-server and openssh-client");
    qunsetenv("SSH_AUTH_SOCK");
    QTemporaryDir work;
    const QString keyFile = work.filePath(QStringLiteral("id_ed25519"));
    QVERIFY(generateSshKey(keyFile, QStringLiteral("ed25519"), QStringLiteral("pass phrase 9")));
    SshServer server;
    QVERIFY(server.authorize(keyFile + QStringLiteral(".pub")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString repository = repositoryWithSshRemote(server, work);
    QVERIFY(!repository.isEmpty());
    const QString bare = server.directory() + QStringLiteral("/repos/platform.git");
    // The host is known: only the passphrase is asked.
    const QString knownHosts = work.filePath(QStringLiteral("known_hosts"));
    SshHostKey hostKey;
    hostKey.host = QStringLiteral("127.0.0.1");
    hostKey.port = server.port();
    const QList<QByteArray> fields = readFile(server.hostPublicKeyFile()).split(' ');
    hostKey.type = QString::fromLatin1(fields.value(0));
    hostKey.blob = QByteArray::fromBase64(fields.value(1));
    QVERIFY(KnownHosts::add(knownHosts, hostKey).has_value());
    GitRemoteCallbacks callbacks = openSsh(work, knownHosts);
    callbacks.sshArguments << QStringLiteral("-o") << QStringLiteral("IdentitiesOnly=yes");

    KeychainSecretStore store(QStringLiteral("Fleetdesk gitprompts"));
    const QString key = SecretStore::secretKeyForSshKey(keyFile);
    QVERIFY(store.remove(key).has_value());

    {
        PromptedWorker prompted(&store, callbacks, true);
        QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
        prompted.push(repository);
        QTRY_VERIFY_WITH_TIMEOUT(!prompted.results.isEmpty(), 30000);
        QVERIFY2(prompted.results.first().errorCode == QLatin1String("git.credentials.required"),
                 qPrintable(prompted.results.first().errorCode + u' ' + prompted.results.first().message + server.log()));
        QTRY_COMPARE(shown.size(), 1);
        QDialog* dialog = prompted.handler->currentDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("passphraseDialog"));
        QVERIFY(child<QLabel>(dialog, "promptText")->text().contains(keyFile));
        // A wrong passphrase first: ssh asks again, and so does the dialog.
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("not it"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 2, 30000);
        QVERIFY2(prompted.results.last().errorCode == QLatin1String("git.credentials.required"),
                 qPrintable(prompted.results.last().errorCode + u' ' + prompted.results.last().message));
        QTRY_COMPARE(shown.size(), 2);
        QTRY_VERIFY(prompted.handler->currentDialog() && prompted.handler->currentDialog() != dialog);
        dialog = prompted.handler->currentDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("pass phrase 9"));
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 3, 30000);
        QVERIFY2(prompted.results.last().ok(), qPrintable(prompted.results.last().message + server.log()));
        QCOMPARE(shown.size(), 2);
    }
    QCOMPARE(stored(store, key), QStringLiteral("pass phrase 9"));
    QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             GitCli::output(repository, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

    const QString second = commitFile(repository, QStringLiteral("b.yaml"));
    QVERIFY(!second.isEmpty());
    {
        PromptedWorker prompted(&store, callbacks, true);
        QSignalSpy shown(prompted.handler.get(), &GitPromptHandler::dialogShown);
        prompted.push(repository);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 1, 30000);
        QVERIFY2(prompted.results.first().ok(), qPrintable(prompted.results.first().message + server.log()));
        QCOMPARE(GitCli::output(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), second);
        QCOMPARE(shown.size(), 0);

        GitWorker* worker = prompted.worker;
        QMetaObject::invokeMethod(worker, [worker, repository] { worker->forgetCredentials(repository); },
                                  Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(prompted.results.size(), 2, 30000);
        QCOMPARE(prompted.results.last().operation, QStringLiteral("forget-credentials"));
        QVERIFY2(prompted.results.last().ok(), qPrintable(prompted.results.last().message));
        QCOMPARE(stored(store, key), QStringLiteral("<none>"));

        QVERIFY(!commitFile(repository, QStringLiteral("c.yaml")).isEmpty());
        prompted.push(repository);
        QVERIFY(shown.wait(30000));
        QTRY_COMPARE(prompted.results.size(), 3); // collected after the handler saw it
        QCOMPARE(prompted.results.last().errorCode, QStringLiteral("git.credentials.required"));
        QVERIFY(!prompted.results.last().secretPrompt.isEmpty());
        prompted.handler->currentDialog()->reject();
    }
}

int main(int argc, char** argv)
{
    // ssh runs this executable as its askpass helper, as it runs `fleetdesk --askpass` in the app.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);
    if (const int code = PrivateSecretService::runInside(argc, argv); code >= 0)
        return code;
    QApplication app(argc, argv);
    TestGitPrompts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitprompts.moc"
