// SOPS-encrypted secretGenerator sources against the real kustomize-controller: a Kustomization with spec.decryption
// generates Secrets from an encrypted .env, .ini and .json; Fleetdesk's in-memory decryption renders exactly what
// the controller applied (same data, same hash suffixes: no drift), and a changed encrypted value in the working
// tree shows as "value of key X differs" without either value appearing anywhere.

#include "LiveControlPlane.h"
#include "drift/DriftCalculator.h"
#include "drift/DriftReportFormat.h"
#include "kube/KubeClient.h"
#include "sops/AgeIdentity.h"
#include "sops/SopsFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace fleetdesk;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const ObjectDrift* objectOf(const KustomizationDrift& drift, const QString& kind, const QString& namePrefix)
{
    for (const ObjectDrift& object : drift.objects) {
        if (object.id.kind == kind && object.id.name.startsWith(namePrefix))
            return &object;
    }
    return nullptr;
}

} // namespace

class TestDriftSopsGenerator : public QObject
{
    Q_OBJECT

    test::LiveControlPlane m_plane;
    std::unique_ptr<KubeClient> m_client;
    QTemporaryDir m_work;
    AgeIdentity m_identity = AgeIdentity::generate();

    QByteArray encrypt(const QByteArray& plain, SopsFile::Format format, const QString& name)
    {
        SopsEncryptionSettings settings;
        settings.keyGroups = {{m_identity.recipient()}};
        auto encrypted = SopsFile::encrypt(plain, format, settings, name);
        return encrypted ? *encrypted : QByteArray();
    }

    KustomizationDriftPtr compute(const QString& ns, const QString& name, const QString& dir, bool workingTree)
    {
        std::optional<KubeResponse> ks;
        m_client->get(QStringLiteral("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/%1/kustomizations/%2").arg(ns, name),
                      [&ks](const KubeResponse& r) { ks = r; });
        QDeadlineTimer deadline(30000);
        while (!ks && !deadline.hasExpired())
            QTest::qWait(20);
        if (!ks || !ks->ok())
            return nullptr;
        DriftCalculator calculator(m_client.get());
        DriftRequest request;
        request.cluster = QStringLiteral("testenv");
        request.kustomization = ks->json;
        request.repositoryRoot = dir;
        request.workingTree = workingTree;
        KustomizationDriftPtr result;
        calculator.compute(request, [&result](KustomizationDriftPtr r) { result = std::move(r); });
        QDeadlineTimer computed(60000);
        while (!result && !computed.hasExpired())
            QTest::qWait(20);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
        QVERIFY(m_work.isValid());
        m_client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(m_client);
    }

    void encryptedGeneratorSourcesRenderAsTheControllerAppliesThemAndAChangedValueDiffers()
    {
        const QString name = QStringLiteral("drift-sopsgen-") + test::LiveControlPlane::uniqueSuffix();
        const QString ns = name;
        const QString dir = m_work.filePath(name);
        QVERIFY(!m_plane.createRepository(dir, name).isEmpty());

        const QByteArray gitPassword = "git-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray env = "DB_USER=admin\nDB_PASSWORD=" + gitPassword + "\n";
        // Written the way people write INI files: go-ini reformats it (alignment, the inline comment above its key,
        // the quotes), and the controller hands sops's reformatted text to kustomize.
        const QByteArray ini = "; application settings\nlog_level=info\n[database]\nuser=admin\npassword=\"" + gitPassword
            + "\" ; rotated monthly\n\n[cache]\nurl : redis://cache:6379\n";
        const QByteArray json = "{\"token\": \"" + gitPassword + "\", \"port\": 5432, \"debug\": false}";
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/app.env"), encrypt(env, SopsFile::Format::Dotenv, QStringLiteral("app.env"))));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/app.ini"), encrypt(ini, SopsFile::Format::Ini, QStringLiteral("app.ini"))));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/files.ini"), encrypt(ini, SopsFile::Format::Ini, QStringLiteral("files.ini"))));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/settings.json"),
                          encrypt(json, SopsFile::Format::Json, QStringLiteral("settings.json"))));
        const QByteArray kustomization = readFile(dir + QStringLiteral("/deploy/kustomization.yaml"));
        QVERIFY(kustomization.endsWith("- deployment.yaml\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/kustomization.yaml"),
                          kustomization + "secretGenerator:\n"
                                          "- name: app-env\n  envs:\n  - app.env\n  options:\n    disableNameSuffixHash: true\n"
                                          "- name: app-ini\n  files:\n  - app.ini\n  options:\n    disableNameSuffixHash: true\n"
                                          "- name: app-files\n  files:\n  - files.ini\n  - settings.json\n"));
        const QString head = m_plane.commitAndPush(dir, name, QStringLiteral("Encrypted generator sources"));
        QVERIFY(!head.isEmpty());

        const QString keyFile = m_work.filePath(name + QStringLiteral(".agekey"));
        const SecureBuffer secretKey = m_identity.toSecretString();
        QVERIFY(writeFile(keyFile, QByteArray(secretKey.chars(), qsizetype(secretKey.size())) + '\n'));
        m_plane.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns});
        bool ok = false;
        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"),
                         QStringLiteral("sops-age"), QStringLiteral("--from-file=identity.agekey=") + keyFile},
                        &ok);
        QVERIFY(ok);
        QVERIFY(m_plane.createSync(ns, name));
        m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("kustomization"), name,
                         QStringLiteral("--type=merge"), QStringLiteral("-p"),
                         QStringLiteral(R"({"spec":{"decryption":{"provider":"sops","secretRef":{"name":"sops-age"}}}})")},
                        &ok);
        QVERIFY(ok);
        QVERIFY2(m_plane.waitApplied(ns, name, head),
                 qPrintable(m_plane.field(ns, QStringLiteral("kustomization/") + name,
                                          QStringLiteral(".status.conditions[?(@.type==\"Ready\")].message"))));

        // The controller decrypted the sources: the live Secret holds the plaintext (checked here once, in the test).
        const QString liveIni = m_plane.field(ns, QStringLiteral("secret/app-ini"), QStringLiteral(".data.app\\.ini"));
        const QByteArray liveIniText = QByteArray::fromBase64(liveIni.toLatin1());
        QVERIFY2(liveIniText.contains(QByteArray(QByteArray("password = ") + gitPassword)), liveIniText.constData());
        QVERIFY(!liveIniText.contains("[sops]"));

        // Fleetdesk renders the same objects from Git, decrypting in memory: no drift, hash suffixes included.
        auto drift = compute(ns, name, dir, false);
        QVERIFY(drift);
        QVERIFY2(drift->error.isEmpty(), qPrintable(drift->error));
        for (const QString& secret : {QStringLiteral("app-env"), QStringLiteral("app-ini"), QStringLiteral("app-files-")}) {
            const ObjectDrift* object = objectOf(*drift, QStringLiteral("Secret"), secret);
            QVERIFY2(object, qPrintable(secret));
            QVERIFY2(object->kind == DriftKind::InSync, qPrintable(DriftReportFormat::toText(*drift, true)));
        }
        QCOMPARE(drift->driftCount(), 0);

        // Change one encrypted value in each no-hash source, in the working tree only.
        const QByteArray newPassword = "tree-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QByteArray changedEnv = env;
        changedEnv.replace(gitPassword, newPassword);
        QByteArray changedIni = ini;
        changedIni.replace(gitPassword, newPassword);
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/app.env"),
                          encrypt(changedEnv, SopsFile::Format::Dotenv, QStringLiteral("app.env"))));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/app.ini"),
                          encrypt(changedIni, SopsFile::Format::Ini, QStringLiteral("app.ini"))));
        drift = compute(ns, name, dir, true);
        QVERIFY(drift);
        QVERIFY2(drift->error.isEmpty(), qPrintable(drift->error));
        const ObjectDrift* envSecret = objectOf(*drift, QStringLiteral("Secret"), QStringLiteral("app-env"));
        QVERIFY(envSecret);
        QCOMPARE(envSecret->kind, DriftKind::Change);
        QCOMPARE(envSecret->fields.size(), std::size_t(1));
        QVERIFY(envSecret->fields.front().secretValue);
        const ObjectDrift* iniSecret = objectOf(*drift, QStringLiteral("Secret"), QStringLiteral("app-ini"));
        QVERIFY(iniSecret);
        QCOMPARE(iniSecret->kind, DriftKind::Change);
        QCOMPARE(iniSecret->fields.size(), std::size_t(1));
        QVERIFY(iniSecret->fields.front().secretValue);
        QCOMPARE(objectOf(*drift, QStringLiteral("Secret"), QStringLiteral("app-files-"))->kind, DriftKind::InSync);
        QCOMPARE(drift->driftCount(), 2);

        const QString text = DriftReportFormat::toText(*drift);
        QVERIFY2(text.contains(QStringLiteral("value of key DB_PASSWORD differs")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("value of key app.ini differs")), qPrintable(text));
        const QString reportJson = QString::fromUtf8(QJsonDocument(DriftReportFormat::toJson(*drift)).toJson());
        for (const QByteArray& value : {gitPassword, newPassword}) {
            for (const QString& shown : {text, reportJson, envSecret->liveYaml, envSecret->desiredYaml, iniSecret->liveYaml,
                                         iniSecret->desiredYaml}) {
                QVERIFY(!shown.contains(QString::fromLatin1(value)));
                QVERIFY(!shown.contains(QString::fromLatin1(value.toBase64())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDriftSopsGenerator)
#include "tst_driftsopsgenerator.moc"
