// The headless `fleetdesk sops …` commands (FLEETDESK_BIN): encrypt/decrypt with .sops.yaml and identities from
// the environment, atomic writes and nothing written on failure, a scripted `edit` that leaves no plaintext in the
// temp and config folders, and updatekeys.
#include "sops/AgeIdentity.h"
#include "sops/SopsFile.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

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

const QByteArray kPlain = "apiVersion: v1\nkind: Secret\nmetadata:\n    name: db\nstringData:\n    password: "
                          "marker-plaintext-4711\n    user: admin\n";

} // namespace

class TestSopsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QProcessEnvironment m_env;
    AgeIdentity m_id = AgeIdentity::generate();
    AgeIdentity m_other = AgeIdentity::generate();

    Run fleetdesk(const QStringList& args, const QProcessEnvironment& env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_repo);
        p.start(qEnvironmentVariable("FLEETDESK_BIN"), QStringList{QStringLiteral("sops")} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    Run fleetdesk(const QStringList& args) { return fleetdesk(args, m_env); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("FLEETDESK_BIN")).isExecutable(), "FLEETDESK_BIN must be set");
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo + QStringLiteral("/.git")));
        QVERIFY(writeText(m_repo + QStringLiteral("/.sops.yaml"),
                          "creation_rules:\n  - path_regex: \\.yaml$\n    encrypted_regex: ^(data|stringData)$\n"
                          "    age: " + m_id.recipient().toString().toLatin1() + "\n"));
        const QString keys = m_dir.filePath(QStringLiteral("keys.txt"));
        QVERIFY(writeText(keys, m_id.toSecretString().toByteArray() + "\n"));
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char* var : {"SOPS_AGE_KEY", "SOPS_AGE_KEY_CMD", "SOPS_AGE_RECIPIENTS", "SOPS_CONFIG", "SOPS_EDITOR"})
            m_env.remove(QString::fromLatin1(var));
        m_env.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), keys);
        m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        m_env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        for (const char* d : {"home", "config", "runtime", "tmp"})
            QVERIFY(QDir().mkpath(m_dir.filePath(QString::fromLatin1(d))));
    }

    void encryptUsesTheCreationRuleAndDecryptGivesThePlaintextBack()
    {
        const QString file = m_repo + QStringLiteral("/secret.yaml");
        QVERIFY(writeText(file, kPlain));
        const Run enc = fleetdesk({QStringLiteral("encrypt"), file});
        QVERIFY2(enc.code == 0, enc.err.constData());
        QVERIFY(enc.out.contains("encrypted_regex: ^(data|stringData)$"));
        QVERIFY(enc.out.contains("kind: Secret"));
        QVERIFY(!enc.out.contains("marker-plaintext-4711"));
        QCOMPARE(readText(file), kPlain); // stdout only
        QVERIFY(writeText(file, enc.out));
        const Run dec = fleetdesk({QStringLiteral("decrypt"), file});
        QVERIFY2(dec.code == 0, dec.err.constData());
        QCOMPARE(dec.out, kPlain);
        const QString out = m_repo + QStringLiteral("/out.yaml");
        QCOMPARE(fleetdesk({QStringLiteral("decrypt"), file, QStringLiteral("--output"), out}).code, 0);
        QCOMPARE(readText(out), kPlain);
        QFile::remove(out);
    }

    void iniFilesAreFoundByExtensionOrByInputType()
    {
        const QByteArray plain = "[database]\nuser     = admin\npassword = marker-plaintext-4711\n";
        const QString file = m_repo + QStringLiteral("/app.ini");
        QVERIFY(writeText(file, plain));
        const Run enc = fleetdesk({QStringLiteral("encrypt"), QStringLiteral("--age"), m_id.recipient().toString(), file});
        QVERIFY2(enc.code == 0, enc.err.constData());
        QVERIFY(enc.out.contains("\n[sops]\n"));
        QVERIFY(!enc.out.contains("marker-plaintext-4711"));
        // The same file under a name without the extension, told its type.
        const QString other = m_repo + QStringLiteral("/app.conf");
        QVERIFY(writeText(other, enc.out));
        const Run wrongType = fleetdesk({QStringLiteral("decrypt"), other});
        QVERIFY(wrongType.code != 0);
        const Run dec = fleetdesk({QStringLiteral("decrypt"), QStringLiteral("--input-type"), QStringLiteral("ini"), other});
        QVERIFY2(dec.code == 0, dec.err.constData());
        QCOMPARE(dec.out, plain);
        const Run unknown = fleetdesk({QStringLiteral("decrypt"), QStringLiteral("--input-type"), QStringLiteral("toml"), other});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("yaml, json, dotenv, ini"), unknown.err.constData());
        QFile::remove(file);
        QFile::remove(other);
    }

    void inPlaceEncryptionRoundTripsAndRefusesASecondTime()
    {
        const QString file = m_repo + QStringLiteral("/inplace.yaml");
        QVERIFY(writeText(file, kPlain));
        QCOMPARE(fleetdesk({QStringLiteral("encrypt"), QStringLiteral("--in-place"), file}).code, 0);
        const QByteArray encrypted = readText(file);
        QVERIFY(encrypted.contains("sops:"));
        const Run again = fleetdesk({QStringLiteral("encrypt"), QStringLiteral("-i"), file});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("already encrypted"), again.err.constData());
        QCOMPARE(readText(file), encrypted);
        QCOMPARE(fleetdesk({QStringLiteral("decrypt"), QStringLiteral("-i"), file}).code, 0);
        QCOMPARE(readText(file), kPlain);
    }

    void failuresWriteNothingAndSayWhy()
    {
        const QString file = m_repo + QStringLiteral("/fail.yaml");
        QVERIFY(writeText(file, kPlain));
        QCOMPARE(fleetdesk({QStringLiteral("encrypt"), QStringLiteral("-i"), file}).code, 0);
        const QByteArray encrypted = readText(file);
        QProcessEnvironment wrongKey = m_env;
        const QString otherKeys = m_dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(writeText(otherKeys, m_other.toSecretString().toByteArray() + "\n"));
        wrongKey.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), otherKeys);
        const QString out = m_repo + QStringLiteral("/never.yaml");
        const Run r = fleetdesk({QStringLiteral("decrypt"), file, QStringLiteral("--output"), out}, wrongKey);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no age identity could decrypt the data key"), r.err.constData());
        QVERIFY(r.err.contains("fail.yaml"));
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.out.isEmpty());
        // A tampered value: the MAC check refuses, nothing written; --ignore-mac is the visible way out.
        QByteArray tampered = encrypted;
        const qsizetype user = tampered.indexOf("user: ENC[AES256_GCM,data:");
        QVERIFY(user > 0);
        tampered[user + 27] = tampered[user + 27] == 'A' ? 'B' : 'A';
        QVERIFY(writeText(file, tampered));
        const Run bad = fleetdesk({QStringLiteral("decrypt"), QStringLiteral("-i"), file});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("stringData:user:"), bad.err.constData());
        QCOMPARE(readText(file), tampered);
        QCOMPARE(fleetdesk({QStringLiteral("decrypt"), file, QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(fleetdesk({QStringLiteral("frobnicate"), file}).code, 2);
    }

    void scriptedEditReencryptsAndLeavesNoPlaintextOnDisk()
    {
        const QString file = m_repo + QStringLiteral("/edit.yaml");
        QVERIFY(writeText(file, kPlain));
        QCOMPARE(fleetdesk({QStringLiteral("encrypt"), QStringLiteral("-i"), file}).code, 0);
        const QByteArray before = readText(file);
        const QString editor = m_dir.filePath(QStringLiteral("editor.sh"));
        QVERIFY(writeText(editor, "#!/bin/sh\nsed -i 's/user: admin/user: root/' \"$1\"\n"));
        QFile::setPermissions(editor, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("EDITOR"), editor);
        const Run r = fleetdesk({QStringLiteral("edit"), file}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray after = readText(file);
        QVERIFY(after != before);
        // The unchanged password keeps its ciphertext (same IV), the edited user does not.
        const auto line = [](const QByteArray& text, const char* key) {
            const qsizetype at = text.indexOf(key);
            return text.mid(at, text.indexOf('\n', at) - at);
        };
        QCOMPARE(line(after, "password:"), line(before, "password:"));
        QVERIFY(line(after, "user:") != line(before, "user:"));
        const Run dec = fleetdesk({QStringLiteral("decrypt"), file});
        QCOMPARE(dec.out, QByteArray(kPlain).replace("user: admin", "user: root"));
        // No plaintext anywhere in the temp, runtime, config and home folders.
        for (const char* d : {"home", "config", "runtime", "tmp"}) {
            QDirIterator it(m_dir.filePath(QString::fromLatin1(d)), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2(!readText(path).contains("marker-plaintext-4711"), qPrintable(path));
            }
            QVERIFY2(QDir(m_dir.filePath(QString::fromLatin1(d))).isEmpty(), d);
        }
        // An editor that changes nothing leaves the file alone.
        env.insert(QStringLiteral("EDITOR"), QStringLiteral("true"));
        const QByteArray stable = readText(file);
        QCOMPARE(fleetdesk({QStringLiteral("edit"), file}, env).code, 0);
        QCOMPARE(readText(file), stable);
    }

    void updatekeysAddsTheRulesNewRecipient()
    {
        const QString file = m_repo + QStringLiteral("/keys.yaml");
        QVERIFY(writeText(file, kPlain));
        QCOMPARE(fleetdesk({QStringLiteral("encrypt"), QStringLiteral("-i"), file}).code, 0);
        const QByteArray config = readText(m_repo + QStringLiteral("/.sops.yaml"));
        QVERIFY(writeText(m_repo + QStringLiteral("/.sops.yaml"),
                          QByteArray(config).replace(m_id.recipient().toString().toLatin1(),
                                                     QByteArray(m_id.recipient().toString().toLatin1() + "," +
                                                                m_other.recipient().toString().toLatin1()))));
        const Run r = fleetdesk({QStringLiteral("updatekeys"), QStringLiteral("-y"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("updated"));
        QVERIFY(readText(file).contains(m_other.recipient().toString().toLatin1()));
        QVERIFY(SopsFile::decrypt(readText(file), SopsFile::Format::Yaml, {m_other}, file));
        const Run all = fleetdesk({QStringLiteral("updatekeys"), m_repo});
        QVERIFY2(all.code == 0, all.err.constData());
        QVERIFY(writeText(m_repo + QStringLiteral("/.sops.yaml"), config));
    }
};

QTEST_GUILESS_MAIN(TestSopsCommand)
#include "tst_sopscommand.moc"
