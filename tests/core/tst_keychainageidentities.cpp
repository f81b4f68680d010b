// age identities kept in the OS keychain: against a real Secret Service (gnome-keyring in a private D-Bus session,
// see PrivateSecretService), through the core API, SopsIdentitySources and `fleetdesk sops identity` (FLEETDESK_BIN).
#include "secrets/KeychainSecretStore.h"
#include "sops/AgeKeyFile.h"
#include "sops/KeychainAgeIdentities.h"
#include "sops/SopsFile.h"
#include "sops/SopsIdentitySources.h"

#include "PrivateSecretService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

#define REQUIRE_SECRET_SERVICE()                                                                               \
    do {                                                                                                       \
        if (!KeychainSecretStore::isBuiltIn())                                                                 \
            QSKIP("Fleetdesk was built without QtKeychain (Debian package qtkeychain-qt6-dev)");                \
        if (!PrivateSecretService::unavailableReason().isEmpty())                                              \
            QSKIP(qPrintable(PrivateSecretService::unavailableReason()));                                      \
    } while (false)

QStringList recipientsOf(const QList<AgeIdentity>& identities)
{
    QStringList out;
    for (const AgeIdentity& identity : identities)
        out.append(identity.recipient().toString());
    return out;
}

/// An environment where sops's own places hold no identity.
QProcessEnvironment emptySopsEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"SOPS_AGE_KEY", "SOPS_AGE_KEY_FILE", "SOPS_AGE_KEY_CMD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return env;
}

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

Cli runCli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FLEETDESK_BIN"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestKeychainAgeIdentities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void identitiesAreAddedListedAndRemovedOnce();
    void identitySourcesAddTheKeychainIdentitiesAfterSopsPlaces();
    void theIdentityCommandStoresAKeyThatSopsDecryptThenUses();
};

void TestKeychainAgeIdentities::cleanup()
{
    if (KeychainSecretStore::isBuiltIn() && PrivateSecretService::unavailableReason().isEmpty()) {
        KeychainSecretStore store;
        QVERIFY(store.remove(KeychainAgeIdentities::storeKey()).has_value());
    }
}

void TestKeychainAgeIdentities::identitiesAreAddedListedAndRemovedOnce()
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store;
    const AgeIdentity a = AgeIdentity::generate();
    const AgeIdentity b = AgeIdentity::generate();
    QVERIFY(KeychainAgeIdentities::list(store)->isEmpty());
    QCOMPARE(KeychainAgeIdentities::add(store, a).value_or(false), true);
    QCOMPARE(KeychainAgeIdentities::add(store, b).value_or(false), true);
    QCOMPARE(KeychainAgeIdentities::add(store, a).value_or(true), false);
    auto listed = KeychainAgeIdentities::list(store);
    QVERIFY(listed);
    QCOMPARE(recipientsOf(*listed), (QStringList{a.recipient().toString(), b.recipient().toString()}));
    QVERIFY(listed->at(0).scalar() == a.scalar());

    QCOMPARE(KeychainAgeIdentities::remove(store, a.recipient()).value_or(false), true);
    QCOMPARE(KeychainAgeIdentities::remove(store, a.recipient()).value_or(true), false);
    QCOMPARE(recipientsOf(*KeychainAgeIdentities::list(store)), QStringList{b.recipient().toString()});
    QCOMPARE(KeychainAgeIdentities::remove(store, b.recipient()).value_or(false), true);
    // The last one removed drops the keychain entry itself.
    auto entry = store.read(KeychainAgeIdentities::storeKey());
    QVERIFY(entry);
    QVERIFY(!entry->has_value());
}

void TestKeychainAgeIdentities::identitySourcesAddTheKeychainIdentitiesAfterSopsPlaces()
{
    REQUIRE_SECRET_SERVICE();
    QTemporaryDir home;
    KeychainSecretStore store;
    const AgeIdentity stored = AgeIdentity::generate();
    const AgeIdentity inEnv = AgeIdentity::generate();
    QVERIFY(KeychainAgeIdentities::add(store, stored).has_value());
    QProcessEnvironment env = emptySopsEnvironment(home);
    env.insert(QStringLiteral("SOPS_AGE_KEY"), QString::fromUtf8(inEnv.toSecretString().byteView().toByteArray()));

    auto loaded = SopsIdentitySources::load(env, &store);
    QVERIFY(loaded);
    QCOMPARE(recipientsOf(loaded->identities),
             (QStringList{inEnv.recipient().toString(), stored.recipient().toString()}));
    QCOMPARE(loaded->sources.last(), QStringLiteral("the keychain"));
    // Without the keychain, only the environment's.
    QCOMPARE(recipientsOf(SopsIdentitySources::load(env)->identities), QStringList{inEnv.recipient().toString()});

    // A file only the keychain identity opens decrypts with what the sources load.
    SopsEncryptionSettings settings;
    settings.keyGroups = {{stored.recipient()}};
    auto encrypted = SopsFile::encrypt("token: from-the-keychain\n", SopsFile::Format::Yaml, settings,
                                       QStringLiteral("secret.yaml"));
    QVERIFY(encrypted);
    auto plain = SopsFile::decrypt(*encrypted, SopsFile::Format::Yaml, loaded->identities,
                                   QStringLiteral("secret.yaml"));
    QVERIFY(plain);
    QCOMPARE(plain->toByteArray(), QByteArray("token: from-the-keychain\n"));
}

void TestKeychainAgeIdentities::theIdentityCommandStoresAKeyThatSopsDecryptThenUses()
{
    REQUIRE_SECRET_SERVICE();
    QVERIFY2(QFileInfo(qEnvironmentVariable("FLEETDESK_BIN")).isExecutable(), "FLEETDESK_BIN must be set");
    QTemporaryDir home;
    const QProcessEnvironment env = emptySopsEnvironment(home);
    const AgeIdentity identity = AgeIdentity::generate();
    const QString recipient = identity.recipient().toString();

    Cli add = runCli({QStringLiteral("sops"), QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("-")},
                     env, AgeKeyFile::format(identity, QDateTime::currentDateTime()).toByteArray());
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.out.trimmed(), QStringLiteral("added ") + recipient);
    Cli list = runCli({QStringLiteral("sops"), QStringLiteral("identity"), QStringLiteral("list")}, env);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.trimmed(), recipient);
    QVERIFY(!list.out.contains(QStringLiteral("AGE-SECRET-KEY")));

    // `sops decrypt` finds no identity in sops's places and uses the keychain's.
    SopsEncryptionSettings settings;
    settings.keyGroups = {{identity.recipient()}};
    const QString file = home.filePath(QStringLiteral("secret.yaml"));
    auto encrypted = SopsFile::encrypt("password: hunter2\n", SopsFile::Format::Yaml, settings, file);
    QVERIFY(encrypted);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*encrypted);
    out.close();
    Cli decrypt = runCli({QStringLiteral("sops"), QStringLiteral("decrypt"), file}, env);
    QVERIFY2(decrypt.exitCode == 0, qPrintable(decrypt.err));
    QCOMPARE(decrypt.out, QStringLiteral("password: hunter2\n"));

    Cli remove = runCli({QStringLiteral("sops"), QStringLiteral("identity"), QStringLiteral("remove"), recipient}, env);
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    Cli again = runCli({QStringLiteral("sops"), QStringLiteral("identity"), QStringLiteral("remove"), recipient}, env);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("no identity for ") + recipient));
    Cli failed = runCli({QStringLiteral("sops"), QStringLiteral("decrypt"), file}, env);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.isEmpty());
}

int main(int argc, char** argv)
{
    if (const int code = PrivateSecretService::runInside(argc, argv); code >= 0)
        return code;
    QCoreApplication app(argc, argv);
    TestKeychainAgeIdentities test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainageidentities.moc"
