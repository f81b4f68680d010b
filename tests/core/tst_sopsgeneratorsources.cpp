// SOPS-encrypted kustomize inputs decrypted in memory the way kustomize-controller's decryptor does it
// (DecryptSources and DecryptResource): secretGenerator envs and files in every format, patches, Secret data that
// holds a whole SOPS file, the key errors, and that the rendered Secrets equal those rendered from the plaintext.
#include "TestData.h"
#include "kustomize/DecryptingFileSource.h"
#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/WorkingTreeSource.h"
#include "sops/SopsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace fleetdesk;

namespace {

void writeFile(const QString& root, const QString& path, const QByteArray& content)
{
    const QString full = root + u'/' + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QJsonObject fluxKustomization(bool decryption)
{
    QByteArray yaml = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
                      "metadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps\n  prune: true\n";
    if (decryption)
        yaml += "  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n";
    return KustomizeYaml::toJson(YAML::Load(yaml.toStdString())).toObject();
}

const RenderedObject* findObject(const FluxBuild& build, const QString& kind, const QString& prefix)
{
    for (const RenderedObject& object : build.objects)
        if (object.id().kind == kind && object.id().name.startsWith(prefix))
            return &object;
    return nullptr;
}

QByteArray dataOf(const RenderedObject& secret, const QString& key)
{
    return QByteArray::fromBase64(secret.object.value(u"data").toObject().value(key).toString().toLatin1());
}

const QByteArray kEnv = "DB_USER=admin\nDB_PASSWORD=s3cr=t with spaces\n";
// Already in sops's INI layout, so the decrypted file is this text byte for byte.
const QByteArray kIni = "[database]\nuser     = admin\npassword = hunter2\n\n[cache]\nurl = redis://cache:6379\n";
// sops writes JSON with tabs and a final newline.
const QByteArray kJson = "{\n\t\"token\": \"abc123\",\n\t\"port\": 5432\n}\n";
const QByteArray kBinary = "raw token bytes\nsecond line";

// With resources: Flux adds buildMetadata (which only the kustomize binary renders) to a kustomization without any.
const QByteArray kKustomization = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                                  "resources:\n- configmap.yaml\n"
                                  "secretGenerator:\n"
                                  "- name: app-env\n  envs:\n  - secret.env\n"
                                  "- name: app-files\n  files:\n  - config.ini\n  - settings.json\n"
                                  "  - token=token.bin\n  - plain.txt\n"
                                  "configMapGenerator:\n- name: app-config\n  files:\n  - public.ini\n";

} // namespace

class TestSopsGeneratorSources : public QObject
{
    Q_OBJECT

    AgeIdentity m_identity = AgeIdentity::generate();

    QByteArray encrypt(const QByteArray& plain, SopsFile::Format format, const QString& name)
    {
        SopsEncryptionSettings s;
        s.keyGroups = {{m_identity.recipient()}};
        auto enc = SopsFile::encrypt(plain, format, s, name);
        if (!enc)
            qFatal("encrypt %s: %s", qPrintable(name), qPrintable(enc.error().message));
        return *enc;
    }

    /// apps/ with every source encrypted; plain/ with the same plaintexts.
    void writeRepository(const QString& root)
    {
        writeFile(root, QStringLiteral("apps/kustomization.yaml"), kKustomization);
        writeFile(root, QStringLiteral("apps/secret.env"), encrypt(kEnv, SopsFile::Format::Dotenv, QStringLiteral("secret.env")));
        writeFile(root, QStringLiteral("apps/config.ini"), encrypt(kIni, SopsFile::Format::Ini, QStringLiteral("config.ini")));
        writeFile(root, QStringLiteral("apps/settings.json"),
                  encrypt(kJson, SopsFile::Format::Json, QStringLiteral("settings.json")));
        // The binary store is the JSON store holding one "data" value.
        const QByteArray envelope = "{\"data\": \"" + QByteArray(kBinary).replace("\n", "\\n") + "\"}";
        writeFile(root, QStringLiteral("apps/token.bin"), encrypt(envelope, SopsFile::Format::Json, QStringLiteral("token.bin")));
        writeFile(root, QStringLiteral("apps/plain.txt"), "not encrypted\n");
        const QByteArray configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: plain\n";
        writeFile(root, QStringLiteral("apps/configmap.yaml"), configMap);
        writeFile(root, QStringLiteral("plain/configmap.yaml"), configMap);
        const QByteArray publicIni = encrypt("[ui]\ntheme = dark\n", SopsFile::Format::Ini, QStringLiteral("public.ini"));
        writeFile(root, QStringLiteral("apps/public.ini"), publicIni);
        writeFile(root, QStringLiteral("plain/public.ini"), publicIni);

        writeFile(root, QStringLiteral("plain/kustomization.yaml"), kKustomization);
        writeFile(root, QStringLiteral("plain/secret.env"), kEnv);
        writeFile(root, QStringLiteral("plain/config.ini"), kIni);
        writeFile(root, QStringLiteral("plain/settings.json"), kJson);
        writeFile(root, QStringLiteral("plain/token.bin"), kBinary);
        writeFile(root, QStringLiteral("plain/plain.txt"), "not encrypted\n");
    }

    FluxKustomizationBuilder::Options withKeys(QList<AgeIdentity> identities, QString keyError = {})
    {
        FluxKustomizationBuilder::Options options;
        options.decryption = FluxKustomizationBuilder::Options::Decryption{std::move(identities), std::move(keyError)};
        return options;
    }

private Q_SLOTS:
    void encryptedGeneratorSourcesBecomeTheControllersSecretData()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto source = workingTreeSource(dir.path());
        const FluxKustomizationBuilder builder(fluxKustomization(true));
        auto build = builder.build(*source, {}, withKeys({m_identity}));
        QVERIFY2(build, qPrintable(build ? QString() : build.error().toString()));

        const RenderedObject* env = findObject(*build, QStringLiteral("Secret"), QStringLiteral("app-env-"));
        QVERIFY(env);
        QCOMPARE(dataOf(*env, QStringLiteral("DB_USER")), QByteArray("admin"));
        QCOMPARE(dataOf(*env, QStringLiteral("DB_PASSWORD")), QByteArray("s3cr=t with spaces"));
        QCOMPARE(env->object.value(u"data").toObject().size(), 2); // no sops_* keys

        const RenderedObject* files = findObject(*build, QStringLiteral("Secret"), QStringLiteral("app-files-"));
        QVERIFY(files);
        QCOMPARE(dataOf(*files, QStringLiteral("config.ini")), kIni);
        QCOMPARE(dataOf(*files, QStringLiteral("settings.json")), kJson);
        QCOMPARE(dataOf(*files, QStringLiteral("token")), kBinary);
        QCOMPARE(dataOf(*files, QStringLiteral("plain.txt")), QByteArray("not encrypted\n"));
    }

    void theRenderEqualsTheRenderOfThePlaintextHashSuffixesIncluded()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto source = workingTreeSource(dir.path());
        auto decrypted = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(decrypted);
        QJsonObject plainKs = fluxKustomization(false);
        QJsonObject spec = plainKs.value(u"spec").toObject();
        spec.insert(QStringLiteral("path"), QStringLiteral("./plain"));
        plainKs.insert(QStringLiteral("spec"), spec);
        auto plain = FluxKustomizationBuilder(plainKs).build(*source, {});
        QVERIFY(plain);
        QCOMPARE(decrypted->objects.size(), plain->objects.size());
        for (std::size_t i = 0; i < plain->objects.size(); ++i) {
            QCOMPARE(decrypted->objects[i].id().name, plain->objects[i].id().name);
            QCOMPARE(decrypted->objects[i].object.value(u"data"), plain->objects[i].object.value(u"data"));
        }
    }

    void configMapGeneratorSourcesStayAsTheyAre()
    {
        // The controller decrypts secretGenerator sources only.
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto source = workingTreeSource(dir.path());
        auto build = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(build);
        const RenderedObject* config = findObject(*build, QStringLiteral("ConfigMap"), QStringLiteral("app-config-"));
        QVERIFY(config);
        QVERIFY(config->object.value(u"data").toObject().value(u"public.ini").toString().contains(u"[sops]"));
    }

    void withoutSpecDecryptionOrKeysNothingIsDecrypted()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto source = workingTreeSource(dir.path());
        auto noSpec = FluxKustomizationBuilder(fluxKustomization(false)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(noSpec);
        const RenderedObject* files = findObject(*noSpec, QStringLiteral("Secret"), QStringLiteral("app-files-"));
        QVERIFY(files);
        QVERIFY(dataOf(*files, QStringLiteral("config.ini")).contains("[sops]"));

        auto noOption = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {});
        QVERIFY(noOption);
        files = findObject(*noOption, QStringLiteral("Secret"), QStringLiteral("app-files-"));
        QVERIFY(dataOf(*files, QStringLiteral("config.ini")).contains("[sops]"));
    }

    void aMissingOrWrongKeyFailsTheBuildNamingTheFile()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto source = workingTreeSource(dir.path());
        const FluxKustomizationBuilder builder(fluxKustomization(true));
        auto missing = builder.build(*source, {}, withKeys({}, QStringLiteral("cannot read the decryption Secret sops-age")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("apps/")), qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(QStringLiteral("cannot read the decryption Secret sops-age")));
        QVERIFY(missing.error().message.startsWith(QStringLiteral("error decrypting sources: ")));

        auto wrong = builder.build(*source, {}, withKeys({AgeIdentity::generate()}));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("sops.datakey"));
    }

    void aTamperedFileFailsClosed()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        QFile file(dir.filePath(QStringLiteral("apps/config.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        // Swap the two encrypted values of [database]: each fails its path's AAD.
        const qsizetype user = text.indexOf("user     = ENC[");
        const qsizetype password = text.indexOf("password = ENC[");
        QVERIFY(user > 0 && password > user);
        const QByteArray userLine = text.mid(user + 11, text.indexOf('\n', user) - user - 11);
        const QByteArray passwordLine = text.mid(password + 11, text.indexOf('\n', password) - password - 11);
        text.replace(userLine, "PLACEHOLDER").replace(passwordLine, userLine).replace("PLACEHOLDER", passwordLine);
        writeFile(dir.path(), QStringLiteral("apps/config.ini"), text);
        const auto source = workingTreeSource(dir.path());
        auto build = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(!build);
        QVERIFY2(build.error().message.contains(QStringLiteral("apps/config.ini")), qPrintable(build.error().message));
        QVERIFY(!build.error().message.contains(QStringLiteral("hunter2")));
    }

    void encryptedPatchesAndNestedBasesAreDecrypted()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("apps/kustomization.yaml"),
                  "resources:\n- ../base\npatches:\n- path: patch.yaml\n");
        writeFile(root, QStringLiteral("apps/patch.yaml"),
                  encrypt("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: patched\n",
                          SopsFile::Format::Yaml, QStringLiteral("patch.yaml")));
        writeFile(root, QStringLiteral("base/kustomization.yaml"),
                  "resources:\n- configmap.yaml\nsecretGenerator:\n- name: base-env\n  envs:\n  - base.env\n");
        writeFile(root, QStringLiteral("base/configmap.yaml"),
                  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: plain\n");
        // An env file with another extension is read as dotenv.
        writeFile(root, QStringLiteral("base/base.env"), encrypt("TOKEN=from-base\n", SopsFile::Format::Dotenv,
                                                                 QStringLiteral("base.env")));
        const auto source = workingTreeSource(root);
        auto build = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY2(build, qPrintable(build ? QString() : build.error().toString()));
        const RenderedObject* settings = findObject(*build, QStringLiteral("ConfigMap"), QStringLiteral("settings"));
        QVERIFY(settings);
        QCOMPARE(settings->object.value(u"data").toObject().value(u"mode").toString(), QStringLiteral("patched"));
        const RenderedObject* env = findObject(*build, QStringLiteral("Secret"), QStringLiteral("base-env-"));
        QVERIFY(env);
        QCOMPARE(dataOf(*env, QStringLiteral("TOKEN")), QByteArray("from-base"));
    }

    void secretDataHoldingAWholeSopsFileIsDecryptedInTheKeysFormat()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QByteArray encryptedIni = encrypt(kIni, SopsFile::Format::Ini, QStringLiteral("config.ini"));
        writeFile(root, QStringLiteral("apps/kustomization.yaml"), "resources:\n- secret.yaml\n- disabled.yaml\n");
        writeFile(root, QStringLiteral("apps/secret.yaml"),
                  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: holder\ndata:\n  config.ini: " +
                      encryptedIni.toBase64() + "\n  other: " + QByteArray("plain").toBase64() + "\n");
        writeFile(root, QStringLiteral("apps/disabled.yaml"),
                  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: kept\n  annotations:\n"
                  "    kustomize.toolkit.fluxcd.io/decrypt: Disabled\ndata:\n  config.ini: " + encryptedIni.toBase64() + "\n");
        const auto source = workingTreeSource(root);
        auto build = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY2(build, qPrintable(build ? QString() : build.error().toString()));
        const RenderedObject* holder = findObject(*build, QStringLiteral("Secret"), QStringLiteral("holder"));
        QVERIFY(holder);
        QCOMPARE(dataOf(*holder, QStringLiteral("config.ini")), kIni);
        QCOMPARE(dataOf(*holder, QStringLiteral("other")), QByteArray("plain"));
        const RenderedObject* kept = findObject(*build, QStringLiteral("Secret"), QStringLiteral("kept"));
        QVERIFY(kept);
        QCOMPARE(dataOf(*kept, QStringLiteral("config.ini")), encryptedIni);
    }

    void decryptedFilesNeverReachDiskOrASharedCache()
    {
        QTemporaryDir dir;
        writeRepository(dir.path());
        const auto inner = workingTreeSource(dir.path());
        DecryptingFileSource source(*inner, {m_identity});
        QVERIFY(source.materialize()); // nothing decrypted yet: the working tree itself
        QVERIFY(source.decryptSources(QStringLiteral("apps"), std::nullopt));
        QCOMPARE(source.decryptedFiles(),
                 QStringList({QStringLiteral("apps/config.ini"), QStringLiteral("apps/secret.env"),
                              QStringLiteral("apps/settings.json"), QStringLiteral("apps/token.bin")}));
        QCOMPARE(source.read(QStringLiteral("apps/config.ini")).value(), kIni);
        QVERIFY(source.contentKey(QStringLiteral("apps/config.ini")).isEmpty());
        QVERIFY(!source.contentKey(QStringLiteral("apps/plain.txt")).isEmpty());
        auto materialized = source.materialize();
        QVERIFY(!materialized);
        QVERIFY(materialized.error().message.startsWith(QStringLiteral("unsupported: ")));
        // The files on disk are still the encrypted ones.
        QFile onDisk(dir.filePath(QStringLiteral("apps/config.ini")));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().contains("[sops]"));
    }

    void maskingLeavesKeysAndNamesAndReplacesEveryValue()
    {
        auto parsed = KustomizeYaml::parseDocuments(
            QStringLiteral("objects.yaml"),
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s-abc\ntype: Opaque\ndata:\n  a: YWRtaW4=\n"
            "stringData:\n  b: plain\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
            "data:\n  c: visible\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\n");
        QVERIFY(parsed && parsed->size() == 3);
        std::vector<RenderedObject> objects = *parsed;
        FluxKustomizationBuilder::maskSecretValues(objects);
        const QJsonObject secret = objects[0].object;
        QCOMPARE(secret.value(u"data").toObject().value(u"a").toString(), QStringLiteral("KipTT1BTKio="));
        QCOMPARE(QByteArray::fromBase64("KipTT1BTKio="), QByteArray("**SOPS**"));
        QCOMPARE(secret.value(u"stringData").toObject().value(u"b").toString(), QStringLiteral("**SOPS**"));
        QCOMPARE(secret.value(u"metadata").toObject().value(u"name").toString(), QStringLiteral("s-abc"));
        QCOMPARE(secret.value(u"type").toString(), QStringLiteral("Opaque"));
        QCOMPARE(objects[1].object, (*parsed)[1].object); // not a Secret
        QCOMPARE(objects[2].object, (*parsed)[2].object); // no values
    }

    void fleetdeskBuildDecryptsLikeTheControllerAndPrintsNoPlaintext()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        const QString platform = dir.filePath(QStringLiteral("platform-flux"));
        writeRepository(platform);
        writeFile(platform, QStringLiteral("clusters/c1/infrastructure/apps.yaml"),
                  "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n"
                  "  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps\n  prune: true\n"
                  "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n"
                  "  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n");
        writeFile(dir.path(), QStringLiteral("keys.txt"), m_identity.toSecretString().toByteArray() + "\n");
        // What the controller applies: the names (hash suffixes) of the Secrets rendered from the plaintext.
        const auto source = workingTreeSource(platform);
        auto expected = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(expected && expected->decrypted);
        const RenderedObject* env = findObject(*expected, QStringLiteral("Secret"), QStringLiteral("app-env-"));
        const RenderedObject* files = findObject(*expected, QStringLiteral("Secret"), QStringLiteral("app-files-"));
        QVERIFY(env && files);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"SOPS_AGE_KEY", "SOPS_AGE_KEY_FILE", "SOPS_AGE_KEY_CMD"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        // No Secret Service to fall back to: the keychain has no identity either.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        const auto run = [&](const QProcessEnvironment& processEnvironment) {
            QProcess process;
            process.setProcessEnvironment(processEnvironment);
            process.start(qEnvironmentVariable("FLEETDESK_BIN"),
                          {QStringLiteral("build"), QStringLiteral("--kustomization"), QStringLiteral("apps"),
                           QStringLiteral("--workspace"), platform, QStringLiteral("--native-only")});
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        };

        const auto [noKeyCode, noKeyOut, noKeyErr] = run(environment);
        QCOMPARE(noKeyCode, 1);
        QVERIFY(noKeyOut.isEmpty());
        QVERIFY2(noKeyErr.contains("apps/") && noKeyErr.contains("SOPS_AGE_KEY_FILE"), noKeyErr.constData());

        environment.insert(QStringLiteral("SOPS_AGE_KEY_FILE"), dir.filePath(QStringLiteral("keys.txt")));
        const auto [code, out, err] = run(environment);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains(QByteArray("name: " + env->id().name.toUtf8() + "\n")), out.constData());
        QVERIFY2(out.contains(QByteArray("name: " + files->id().name.toUtf8() + "\n")), out.constData());
        // Every value of the two Secrets is the mask: 2 + 4 keys.
        QCOMPARE(out.count(": KipTT1BTKio=\n"), 6);
        for (const QByteArray& plain : {QByteArray("admin"), QByteArray("s3cr=t with spaces"), QByteArray("hunter2"),
                                        QByteArray("abc123"), QByteArray("raw token bytes")}) {
            QVERIFY2(!out.contains(plain) && !out.contains(plain.toBase64()), plain.constData());
        }
        for (const QByteArray& file : {kEnv, kIni, kJson, kBinary})
            QVERIFY(!out.contains(file.toBase64()));
        // The ConfigMap of an encrypted source stays as it is, ciphertext (the controller does not decrypt it).
        QVERIFY(out.contains("app-config-"));
    }

    void filesOverTheControllersLimitAreRefused()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("apps/kustomization.yaml"),
                  "resources:\n- configmap.yaml\nsecretGenerator:\n- name: big\n  files:\n  - big.ini\n");
        writeFile(root, QStringLiteral("apps/configmap.yaml"),
                  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: plain\n");
        writeFile(root, QStringLiteral("apps/big.ini"),
                  "[sops]\n" + QByteArray(int(DecryptingFileSource::MaxFileSize), ';'));
        const auto source = workingTreeSource(root);
        auto build = FluxKustomizationBuilder(fluxKustomization(true)).build(*source, {}, withKeys({m_identity}));
        QVERIFY(!build);
        QCOMPARE(build.error().code, QStringLiteral("limit.size"));
        QVERIFY(build.error().message.contains(QStringLiteral("apps/big.ini")));
    }
};

QTEST_GUILESS_MAIN(TestSopsGeneratorSources)
#include "tst_sopsgeneratorsources.moc"
