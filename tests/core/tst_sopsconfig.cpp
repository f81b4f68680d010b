// .sops.yaml creation rules and lookup, age identity sources, key rotation (add, remove, updatekeys for a tree).
#include "sops/AgeKeyFile.h"
#include "sops/SopsConfig.h"
#include "sops/SopsFile.h"
#include "sops/SopsIdentitySources.h"
#include "sops/SopsKeyRotation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

bool writeText(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray secret(const AgeIdentity& id)
{
    return id.toSecretString().toByteArray();
}

} // namespace

class TestSopsConfig : public QObject
{
    Q_OBJECT

    AgeIdentity m_a = AgeIdentity::generate();
    AgeIdentity m_b = AgeIdentity::generate();
    AgeIdentity m_c = AgeIdentity::generate();

private Q_SLOTS:
    void creationRulesAcceptAgeAsStringListAndKeyGroups()
    {
        const QByteArray text = "creation_rules:\n"
                                "  - path_regex: prod/.*\\.yaml$\n"
                                "    encrypted_regex: ^(data|stringData)$\n"
                                "    age: " + m_a.recipient().toString().toLatin1() + " , " +
                                m_b.recipient().toString().toLatin1() + ",\n"
                                "  - path_regex: list/\n"
                                "    age:\n"
                                "      - " + m_a.recipient().toString().toLatin1() + "\n"
                                "  - path_regex: groups/\n"
                                "    shamir_threshold: 2\n"
                                "    key_groups:\n"
                                "      - age: [" + m_a.recipient().toString().toLatin1() + "]\n"
                                "      - age: [" + m_b.recipient().toString().toLatin1() + "]\n"
                                "        merge:\n"
                                "          - age: [" + m_c.recipient().toString().toLatin1() + "]\n"
                                "  - pgp: ABCDEF\n"
                                "stores:\n  yaml:\n    indent: 2\n";
        auto config = SopsConfig::parse(text, QStringLiteral("/repo/.sops.yaml"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->rules.size(), 4);
        QCOMPARE(config->yamlIndent, 2);
        const SopsCreationRule& first = config->rules[0];
        QCOMPARE(first.selection.encryptedRegex, QStringLiteral("^(data|stringData)$"));
        QCOMPARE(first.keyGroups.size(), 1);
        QCOMPARE(first.keyGroups[0], (QList<AgeRecipient>{m_a.recipient(), m_b.recipient()}));
        QCOMPARE(config->rules[1].keyGroups[0], QList<AgeRecipient>{m_a.recipient()});
        QCOMPARE(config->rules[2].keyGroups.size(), 2);
        QCOMPARE(config->rules[2].keyGroups[1], (QList<AgeRecipient>{m_b.recipient(), m_c.recipient()}));
        QCOMPARE(config->rules[2].shamirThreshold, 2);
        QVERIFY(config->rules[3].hasOtherKeyTypes);
        QVERIFY(config->rules[3].keyGroups.isEmpty());

        QCOMPARE(config->ruleFor(QStringLiteral("/repo/prod/app/secret.yaml"))->index, 0);
        QCOMPARE(config->ruleFor(QStringLiteral("/repo/list/x.json"))->index, 1);
        QCOMPARE(config->ruleFor(QStringLiteral("/repo/other.yaml"))->index, 3); // no path_regex: matches all
    }

    void noMatchingRuleNamesTheFile()
    {
        auto config = SopsConfig::parse(QByteArray("creation_rules:\n  - path_regex: ^only/\n    age: "
                                                   + m_a.recipient().toString().toLatin1() + "\n"),
                                        QStringLiteral("/repo/.sops.yaml"));
        QVERIFY(config);
        auto rule = config->ruleFor(QStringLiteral("/repo/elsewhere/s.yaml"));
        QVERIFY(!rule);
        QVERIFY(rule.error().message.contains(QLatin1String("no matching creation rules found for elsewhere/s.yaml")));
    }

    void invalidConfigsGivePreciseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad recipient") << QByteArray("creation_rules:\n  - age: age1notakey\n") << "age1notakey";
        QTest::newRow("two rules") << QByteArray("creation_rules:\n  - encrypted_regex: a\n    unencrypted_regex: b\n")
                                   << "more than one";
        QTest::newRow("bad regex") << QByteArray("creation_rules:\n  - path_regex: '('\n") << "invalid path_regex";
        QTest::newRow("not a list") << QByteArray("creation_rules: 3\n") << "not a list";
    }

    void invalidConfigsGivePreciseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        auto config = SopsConfig::parse(text, QStringLiteral("/repo/.sops.yaml"));
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(messagePart), qPrintable(config.error().message));
        QVERIFY(config.error().message.contains(QLatin1String("/repo/.sops.yaml")));
    }

    void configIsFoundFromTheFilesRepositoryAndFromTheWorkingDirectory()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
        QVERIFY(writeText(repo + QStringLiteral("/.sops.yaml"), "creation_rules: []\n"));
        QVERIFY(writeText(repo + QStringLiteral("/clusters/a/s.yaml"), "a: 1\n"));
        // Outside the repository, a .sops.yaml above the repository root is not used for the file.
        QVERIFY(writeText(dir.filePath(QStringLiteral("outside/x.yaml")), "a: 1\n"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("outside/sub/.git/HEAD")), "x"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("outside/sub/y.yaml")), "a: 1\n"));
        qunsetenv("SOPS_CONFIG");
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto found = SopsConfig::locate(repo + QStringLiteral("/clusters/a/s.yaml"), {}, false);
        QVERIFY(found);
        QCOMPARE(*found, QFileInfo(repo + QStringLiteral("/.sops.yaml")).absoluteFilePath());
        QVERIFY(!SopsConfig::locate(dir.filePath(QStringLiteral("outside/sub/y.yaml")), {}, false));
        // sops's way: from the working directory upwards, whatever the file.
        QVERIFY(QDir::setCurrent(repo + QStringLiteral("/clusters/a")));
        auto fromCwd = SopsConfig::locate(dir.filePath(QStringLiteral("outside/x.yaml")), {}, true);
        QVERIFY(fromCwd);
        QCOMPARE(*fromCwd, QFileInfo(repo + QStringLiteral("/.sops.yaml")).absoluteFilePath());
        QVERIFY(QDir::setCurrent(cwd));
        QCOMPARE(*SopsConfig::locate(QStringLiteral("x"), QStringLiteral("/explicit/.sops.yaml")),
                 QStringLiteral("/explicit/.sops.yaml"));
    }

    void identitiesComeFromEverySource()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("file.txt"));
        QVERIFY(writeText(keyFile, QByteArray("# comment\n" + secret(m_b) + "\n")));
        const QString xdg = dir.filePath(QStringLiteral("xdg"));
        QVERIFY(writeText(xdg + QStringLiteral("/sops/age/keys.txt"), QByteArray(secret(m_c) + "\n")));
        const QString cmdKey = dir.filePath(QStringLiteral("cmd.txt"));
        const AgeIdentity fromCmd = AgeIdentity::generate();
        QVERIFY(writeText(cmdKey, QByteArray(secret(fromCmd) + "\n")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOPS_AGE_KEY"), QString::fromLatin1("# x\n" + secret(m_a)));
        env.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), keyFile);
        env.insert(QStringLiteral("SOPS_AGE_KEY_CMD"), QStringLiteral("cat '%1'").arg(cmdKey));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg);
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        auto loaded = SopsIdentitySources::load(env);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->identities.size(), 4);
        QCOMPARE(loaded->identities[0].recipient(), m_a.recipient());
        QCOMPARE(loaded->identities[1].recipient(), m_b.recipient());
        QCOMPARE(loaded->identities[2].recipient(), fromCmd.recipient());
        QCOMPARE(loaded->identities[3].recipient(), m_c.recipient());
        QCOMPARE(loaded->sources.size(), 4);
    }

    void defaultKeyFileFollowsXdgThenHome()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
        QCOMPARE(SopsIdentitySources::defaultKeyFile(env), QStringLiteral("/home/u/.config/sops/age/keys.txt"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative"));
        QCOMPARE(SopsIdentitySources::defaultKeyFile(env), QStringLiteral("/home/u/.config/sops/age/keys.txt"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/xdg"));
        QCOMPARE(SopsIdentitySources::defaultKeyFile(env), QStringLiteral("/xdg/sops/age/keys.txt"));
    }

    void brokenIdentitySourcesNameTheSource()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), QStringLiteral("/nonexistent/keys.txt"));
        auto missing = SopsIdentitySources::load(env);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/keys.txt")));
        QProcessEnvironment bad;
        bad.insert(QStringLiteral("SOPS_AGE_KEY"), QStringLiteral("AGE-SECRET-KEY-1NOTVALID"));
        auto invalid = SopsIdentitySources::load(bad);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.contains(QLatin1String("SOPS_AGE_KEY, line 1")));
        QProcessEnvironment cmd;
        cmd.insert(QStringLiteral("SOPS_AGE_KEY_CMD"), QStringLiteral("false"));
        cmd.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        auto failed = SopsIdentitySources::load(cmd);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QLatin1String("SOPS_AGE_KEY_CMD")));
    }

    void commandLinesSplitLikeAShell()
    {
        QCOMPARE(SopsIdentitySources::splitCommand(QStringLiteral("pass show 'age key' \"a b\" c\\ d")),
                 (QStringList{QStringLiteral("pass"), QStringLiteral("show"), QStringLiteral("age key"),
                              QStringLiteral("a b"), QStringLiteral("c d")}));
    }

    void addingARecipientKeepsTheDataKeyAndValues()
    {
        SopsEncryptionSettings s;
        s.keyGroups = {{m_a.recipient()}};
        auto enc = SopsFile::encrypt("password: hunter2\n", SopsFile::Format::Yaml, s, QStringLiteral("s.yaml"));
        QVERIFY(enc);
        auto added = SopsKeyRotation::addRecipient(*enc, SopsFile::Format::Yaml, {m_a}, m_b.recipient(),
                                                   QStringLiteral("s.yaml"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        const QByteArray valueBefore = enc->mid(enc->indexOf("password:"), enc->indexOf('\n') - enc->indexOf("password:"));
        QVERIFY(added->contains(valueBefore)); // values untouched
        auto byB = SopsFile::decrypt(*added, SopsFile::Format::Yaml, {m_b}, QStringLiteral("s.yaml"));
        QVERIFY2(byB, qPrintable(byB ? QString() : byB.error().message));
        QCOMPARE(byB->toByteArray(), QByteArray("password: hunter2\n"));
    }

    void removingARecipientRotatesTheDataKey()
    {
        SopsEncryptionSettings s;
        s.keyGroups = {{m_a.recipient(), m_b.recipient()}};
        auto enc = SopsFile::encrypt("password: hunter2\n", SopsFile::Format::Yaml, s, QStringLiteral("s.yaml"));
        QVERIFY(enc);
        auto removed = SopsKeyRotation::removeRecipient(*enc, SopsFile::Format::Yaml, {m_a}, m_b.recipient(),
                                                        QStringLiteral("s.yaml"));
        QVERIFY(removed);
        QVERIFY(!removed->contains(m_b.recipient().toString().toLatin1()));
        auto byB = SopsFile::decrypt(*removed, SopsFile::Format::Yaml, {m_b}, QStringLiteral("s.yaml"));
        QVERIFY(!byB);
        QCOMPARE(byB.error().code, QStringLiteral("sops.datakey"));
        auto byA = SopsFile::decrypt(*removed, SopsFile::Format::Yaml, {m_a}, QStringLiteral("s.yaml"));
        QVERIFY(byA);
        QCOMPARE(byA->toByteArray(), QByteArray("password: hunter2\n"));
        auto missing = SopsKeyRotation::removeRecipient(*removed, SopsFile::Format::Yaml, {m_a}, m_c.recipient(),
                                                        QStringLiteral("s.yaml"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("is not a recipient")));
    }

    void updateAllBringsEveryMatchingFileToItsRuleAtOnce()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        SopsEncryptionSettings s;
        s.keyGroups = {{m_a.recipient()}};
        for (const char* name : {"clusters/a/one.yaml", "clusters/a/two.json", "clusters/b/three.yaml"}) {
            const QString path = root + QLatin1Char('/') + QLatin1String(name);
            auto enc = SopsFile::encrypt(QByteArray(name).endsWith("json") ? "{\"k\": \"v\"}" : "k: v\n",
                                         SopsFile::formatForPath(path), s, path);
            QVERIFY(enc);
            QVERIFY(writeText(path, *enc));
        }
        QVERIFY(writeText(root + QStringLiteral("/clusters/a/plain.yaml"), "k: v\n"));
        QVERIFY(writeText(root + QStringLiteral("/.sops.yaml"),
                          "creation_rules:\n  - path_regex: ^clusters/a/\n    age: " +
                              m_a.recipient().toString().toLatin1() + "," + m_b.recipient().toString().toLatin1() +
                              "\n  - path_regex: ^clusters/b/\n    age: " + m_a.recipient().toString().toLatin1() +
                              "\n"));
        auto config = SopsConfig::load(root + QStringLiteral("/.sops.yaml"));
        QVERIFY(config);
        const QByteArray untouched = readText(root + QStringLiteral("/clusters/b/three.yaml"));
        auto dry = SopsKeyRotation::updateAll(*config, {m_a}, false);
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().message));
        QCOMPARE(dry->size(), 2);
        QVERIFY(!readText(root + QStringLiteral("/clusters/a/one.yaml")).contains(m_b.recipient().toString().toLatin1()));
        auto done = SopsKeyRotation::updateAll(*config, {m_a}, true);
        QVERIFY(done);
        for (const char* name : {"clusters/a/one.yaml", "clusters/a/two.json"}) {
            const QString path = root + QLatin1Char('/') + QLatin1String(name);
            auto byB = SopsFile::decrypt(readText(path), SopsFile::formatForPath(path), {m_b}, path);
            QVERIFY2(byB, qPrintable(path + QStringLiteral(": ") + (byB ? QString() : byB.error().message)));
        }
        QCOMPARE(readText(root + QStringLiteral("/clusters/b/three.yaml")), untouched);
        QCOMPARE(readText(root + QStringLiteral("/clusters/a/plain.yaml")), QByteArray("k: v\n"));
        // Without an identity nothing is written and the error names the file.
        QVERIFY(writeText(root + QStringLiteral("/.sops.yaml"),
                          "creation_rules:\n  - age: " + m_c.recipient().toString().toLatin1() + "\n"));
        auto config2 = SopsConfig::load(root + QStringLiteral("/.sops.yaml"));
        const QByteArray before = readText(root + QStringLiteral("/clusters/a/one.yaml"));
        auto refused = SopsKeyRotation::updateAll(*config2, {m_c}, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sops.datakey"));
        QVERIFY(refused.error().message.contains(QLatin1String("clusters/a/one.yaml")));
        QCOMPARE(readText(root + QStringLiteral("/clusters/a/one.yaml")), before);
    }
};

QTEST_GUILESS_MAIN(TestSopsConfig)
#include "tst_sopsconfig.moc"
