// The commit guard and "New age key for this cluster".
#include "sops/AgeKeyFile.h"
#include "sops/ClusterAgeKey.h"
#include "sops/SopsCommitGuard.h"
#include "sops/SopsConfig.h"
#include "sops/SopsFile.h"
#include "sops/SopsYaml.h"

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

const QByteArray kSecret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n";
const QByteArray kConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: fast\n";
const QByteArray kDeployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: 2\n";

} // namespace

class TestSopsGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardRefusesPlainFilesAndSecretsButNotEncryptedOnes()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
        const AgeIdentity id = AgeIdentity::generate();
        QVERIFY(writeText(repo + QStringLiteral("/.sops.yaml"),
                          "creation_rules:\n  - path_regex: ^secrets/.*\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n"
                          "    age: " + id.recipient().toString().toLatin1() + "\n"));
        QVERIFY(writeText(repo + QStringLiteral("/secrets/db.yaml"), kSecret));
        QVERIFY(writeText(repo + QStringLiteral("/secrets/cm.yaml"), kConfigMap));
        QVERIFY(writeText(repo + QStringLiteral("/secrets/deploy.yaml"), kDeployment)); // nothing to encrypt
        QVERIFY(writeText(repo + QStringLiteral("/apps/plain-secret.yaml"), kSecret)); // outside the rule
        QVERIFY(writeText(repo + QStringLiteral("/apps/deploy.yaml"), kDeployment));
        SopsEncryptionSettings s;
        s.keyGroups = {{id.recipient()}};
        s.selection.encryptedRegex = QStringLiteral("^(data|stringData)$");
        auto enc = SopsFile::encrypt(kSecret, SopsFile::Format::Yaml, s, QStringLiteral("secrets/ok.yaml"));
        QVERIFY(enc);
        QVERIFY(writeText(repo + QStringLiteral("/secrets/ok.yaml"), *enc));

        const QStringList paths = {QStringLiteral("secrets/db.yaml"), QStringLiteral("secrets/cm.yaml"),
                                   QStringLiteral("secrets/deploy.yaml"), QStringLiteral("apps/plain-secret.yaml"),
                                   QStringLiteral("apps/deploy.yaml"), QStringLiteral("secrets/ok.yaml"),
                                   QStringLiteral("secrets/deleted.yaml")};
        const QList<SopsCommitFinding> findings = SopsCommitGuard::check(repo, paths);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings[0].path, QStringLiteral("secrets/db.yaml"));
        QCOMPARE(findings[0].reason, SopsCommitFinding::Reason::PlainFileMatchesCreationRule);
        QVERIFY(findings[0].message.contains(QLatin1String("creation rule 1 of .sops.yaml")));
        QCOMPARE(findings[1].path, QStringLiteral("secrets/cm.yaml"));
        QCOMPARE(findings[2].path, QStringLiteral("apps/plain-secret.yaml"));
        QCOMPARE(findings[2].reason, SopsCommitFinding::Reason::SecretWithoutSopsMetadata);

        const QList<SopsCommitFinding> overridden =
            SopsCommitGuard::check(repo, paths, {QStringLiteral("secrets/db.yaml"), QStringLiteral("apps/plain-secret.yaml")});
        QCOMPARE(overridden.size(), 1);
        QCOMPARE(overridden[0].path, QStringLiteral("secrets/cm.yaml"));
    }

    void guardFlagsSecretsEvenWithoutAnyConfig()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".git"))));
        QVERIFY(writeText(dir.filePath(QStringLiteral("s.yaml")), "---\n" + kDeployment + "---\n" + kSecret));
        const auto findings = SopsCommitGuard::check(dir.path(), {QStringLiteral("s.yaml")});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].reason, SopsCommitFinding::Reason::SecretWithoutSopsMetadata);
    }

    void newClusterKeyAddsARuleAndAFluxSecret()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
        QVERIFY(writeText(repo + QStringLiteral("/.sops.yaml"),
                          "# team rules\ncreation_rules:\n  - path_regex: .*\\.yaml$\n    age: "
                          "age1lzd99uklcjnc0e7d860axevet2cz99ce9pq6tzuzd05l5nr28ams36nvun\n"));
        auto created = ClusterAgeKey::create(repo, QStringLiteral("./clusters/prod-eu-west-1"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->pathRegex, QStringLiteral("^clusters/prod\\-eu\\-west\\-1/.*\\.ya?ml$"));
        const QByteArray config = readText(repo + QStringLiteral("/.sops.yaml"));
        QVERIFY(config.contains("# team rules"));
        auto parsed = SopsConfig::load(repo + QStringLiteral("/.sops.yaml"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->rules.size(), 2);
        auto rule = parsed->ruleFor(repo + QStringLiteral("/clusters/prod-eu-west-1/apps/secret.yaml"));
        QVERIFY(rule);
        QCOMPARE(rule->index, 0);
        QCOMPARE(rule->keyGroups[0], QList<AgeRecipient>{created->identity.recipient()});
        QCOMPARE(rule->selection.encryptedRegex, QStringLiteral("^(data|stringData)$"));
        QCOMPARE(parsed->ruleFor(repo + QStringLiteral("/clusters/other/x.yaml"))->index, 1);

        // A second key for the same cluster joins the same rule.
        auto second = ClusterAgeKey::create(repo, QStringLiteral("clusters/prod-eu-west-1"));
        QVERIFY(second);
        auto reparsed = SopsConfig::load(repo + QStringLiteral("/.sops.yaml"));
        QCOMPARE(reparsed->rules.size(), 2);
        QCOMPARE(reparsed->rules[0].keyGroups[0].size(), 2);

        // The Flux Secret: sops-age / age.agekey, parseable as a keys file, never written into the repository.
        const SecureBuffer manifest = ClusterAgeKey::secretManifest(created->identity);
        auto tree = SopsYaml::parse(manifest.byteView(), QStringLiteral("secret.yaml"));
        QVERIFY(tree);
        const SopsNode& doc = tree->documents[0];
        QCOMPARE(doc.find(QStringLiteral("metadata"))->find(QStringLiteral("name"))->text.toByteArray(), QByteArray("sops-age"));
        QCOMPARE(doc.find(QStringLiteral("metadata"))->find(QStringLiteral("namespace"))->text.toByteArray(),
                 QByteArray("flux-system"));
        const SopsNode* agekey = doc.find(QStringLiteral("stringData"))->find(QStringLiteral("age.agekey"));
        QVERIFY(agekey);
        auto ids = AgeKeyFile::parse(agekey->text, QStringLiteral("age.agekey"));
        QVERIFY(ids);
        QCOMPARE(ids->first().recipient(), created->identity.recipient());
        auto inRepo = ClusterAgeKey::writeSecretManifest(created->identity, repo + QStringLiteral("/sops-age.yaml"));
        QVERIFY(!inRepo);
        QCOMPARE(inRepo.error().code, QStringLiteral("sops.secret-in-repo"));
        QVERIFY(!QFile::exists(repo + QStringLiteral("/sops-age.yaml")));
        const QString outside = dir.filePath(QStringLiteral("export/sops-age.yaml"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("export"))));
        QVERIFY(ClusterAgeKey::writeSecretManifest(created->identity, outside));
        QCOMPARE(QFile::permissions(outside) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        // And the commit guard refuses it if someone copies it into the repository anyway.
        QVERIFY(writeText(repo + QStringLiteral("/sops-age.yaml"), manifest.toByteArray()));
        QCOMPARE(SopsCommitGuard::check(repo, {QStringLiteral("sops-age.yaml")}).size(), 1);
    }

    void newClusterKeyCreatesTheConfigWhenMissing()
    {
        QTemporaryDir dir;
        auto created = ClusterAgeKey::create(dir.path(), QStringLiteral("clusters/dev"));
        QVERIFY(created);
        auto parsed = SopsConfig::load(dir.filePath(QStringLiteral(".sops.yaml")));
        QVERIFY(parsed);
        QCOMPARE(parsed->rules.size(), 1);
        QVERIFY(parsed->ruleFor(dir.filePath(QStringLiteral("clusters/dev/s.yml"))));
    }
};

QTEST_GUILESS_MAIN(TestSopsGuard)
#include "tst_sopsguard.moc"
