#include "git/GitRepository.h"
#include "git/GitSync.h"
#include "secrets/KeychainSecretStore.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"
#include "PrivateSecretService.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

QString errorText(const Error& error)
{
    return error.toString() + QStringLiteral(" [") + error.code + QLatin1Char(']');
}

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const auto& verified_ = (expression);                                                                  \
        QVERIFY2(verified_.has_value(), qPrintable(verified_ ? QString() : errorText(verified_.error())));     \
    } while (false)

#define REQUIRE_SECRET_SERVICE()                                                                               \
    do {                                                                                                       \
        if (!KeychainSecretStore::isBuiltIn())                                                                 \
            QSKIP("Fleetdesk was built without QtKeychain (Debian package qtkeychain-qt6-dev)");                \
        if (!PrivateSecretService::unavailableReason().isEmpty())                                              \
            QSKIP(qPrintable(PrivateSecretService::unavailableReason()));                                      \
    } while (false)

QString text(const SecureBuffer& buffer)
{
    return QString::fromUtf8(buffer.chars(), qsizetype(buffer.size()));
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenSecretIsReadBackAndRemoved();
    void missingSecretReadsAsNothing();
    void secretKeysDropPathsAndUserInformation();
    void cloneCommitAndPushOverHttpsWithATokenFromTheKeychain();
};

void TestKeychainSecretStore::writtenSecretIsReadBackAndRemoved()
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store(QStringLiteral("Fleetdesk tests"));
    const QString key = QStringLiteral("git-token:https://git.example.test");
    VERIFY_OK(store.write(key, SecureBuffer::fromString("tok-1 with spaces and ünïcode")));
    auto read = store.read(key);
    VERIFY_OK(read);
    QVERIFY(read->has_value());
    QCOMPARE(text(**read), QStringLiteral("tok-1 with spaces and ünïcode"));

    VERIFY_OK(store.write(key, SecureBuffer::fromString("tok-2")));
    QCOMPARE(text(**store.read(key)), QStringLiteral("tok-2"));
    // Another service does not see it.
    QVERIFY(!KeychainSecretStore(QStringLiteral("Someone else")).read(key)->has_value());

    VERIFY_OK(store.remove(key));
    read = store.read(key);
    VERIFY_OK(read);
    QVERIFY(!read->has_value());
    VERIFY_OK(store.remove(key));
}

void TestKeychainSecretStore::missingSecretReadsAsNothing()
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store(QStringLiteral("Fleetdesk tests"));
    const auto read = store.read(QStringLiteral("never-written"));
    VERIFY_OK(read);
    QVERIFY(!read->has_value());
}

void TestKeychainSecretStore::secretKeysDropPathsAndUserInformation()
{
    QCOMPARE(SecretStore::secretKeyForUrl(QStringLiteral("https://bob:pw@git.example.test:8443/tenants/acme.git")),
             QStringLiteral("git-token:https://git.example.test:8443"));
    QCOMPARE(SecretStore::secretKeyForUrl(QStringLiteral("https://git.example.test/platform.git")),
             QStringLiteral("git-token:https://git.example.test"));
    QCOMPARE(SecretStore::secretKeyForSshKey(QStringLiteral("/keys/id_ed25519")),
             QStringLiteral("ssh-passphrase:/keys/id_ed25519"));
}

void TestKeychainSecretStore::cloneCommitAndPushOverHttpsWithATokenFromTheKeychain()
{
    REQUIRE_SECRET_SERVICE();
    GitTestHome home;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A certificate for localhost from no public CA: trusted only because Fleetdesk is told to.
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    const QString privateKey = dir.filePath(QStringLiteral("key.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                QStringLiteral("-keyout"), privateKey, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                QStringLiteral("subjectAltName=DNS:localhost")}),
             0);
    const QString token = QStringLiteral("glpat-keychain-6b1e");
    GitHttpServer server({QStringLiteral("deployer"), token, certificate, privateKey, QStringLiteral("localhost")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createRepository(QStringLiteral("platform")));
    const QString url = server.url(QStringLiteral("platform"));
    QVERIFY(url.startsWith(QLatin1String("https://")));

    KeychainSecretStore store(QStringLiteral("Fleetdesk tests"));
    VERIFY_OK(store.write(SecretStore::secretKeyForUrl(url), SecureBuffer::fromView(token.toUtf8())));
    GitRemoteCallbacks callbacks;
    int asked = 0;
    callbacks.credentials = [&](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        ++asked;
        auto secret = store.read(SecretStore::secretKeyForUrl(request.url));
        if (!secret || !secret->has_value() || !request.userPassword)
            return std::nullopt;
        return GitCredential{GitCredential::Kind::UserPassword, QStringLiteral("deployer"), std::move(**secret), {}, {}};
    };

    // Not trusted yet: the TLS check fails closed.
    const QString path = dir.filePath(QStringLiteral("clone"));
    const auto untrusted = GitSync::clone(url, path, callbacks);
    QVERIFY(!untrusted);
    QCOMPARE(asked, 0);

    VERIFY_OK(GitSync::trustCertificateAuthorities(certificate));
    auto seed = GitRepository::init(dir.filePath(QStringLiteral("seed")));
    VERIFY_OK(seed);
    QVERIFY(seed->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(seed->stageAll());
    VERIFY_OK(seed->commitStaged(QStringLiteral("Seed")));
    QVERIFY(GitCli::run(dir.filePath(QStringLiteral("seed")), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}).ok());
    VERIFY_OK(GitSync::push(*seed, callbacks));

    auto clone = GitSync::clone(url, path, callbacks);
    VERIFY_OK(clone);
    QVERIFY(asked >= 1);
    QVERIFY(clone->writeFile(QStringLiteral("a.yaml"), "a: over https\n"));
    VERIFY_OK(clone->stage({QStringLiteral("a.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Over HTTPS"));
    VERIFY_OK(commit);
    VERIFY_OK(GitSync::push(*clone, callbacks));
    QCOMPARE(GitCli::output(server.repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);
    // The token is not in the repository's config or remote URL.
    QVERIFY(!GitCli::output(path, {QStringLiteral("config"), QStringLiteral("--list")}).contains(token));
}

int main(int argc, char** argv)
{
    if (const int code = PrivateSecretService::runInside(argc, argv); code >= 0)
        return code;
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
