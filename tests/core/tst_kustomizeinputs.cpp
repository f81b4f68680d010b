// The inputs of a kustomize build read the way kustomize v5.8.1 and Flux read them: the kustomization file through
// go-yaml v2 (YAML 1.1 scalars, case-insensitive field names, typed fields), Flux's generator coercion of the
// kustomization.yaml at spec.path, env files through api/kv, and NaN or infinity in a resource. Every refusal names the
// file and line. The objects expected here were checked against kustomize v5.8.1 and flux v2.9.5 (the conformance
// cases under tests/data/kustomize compare against the real binaries on every run; the Flux coercion is compared with
// the real `flux build kustomization --dry-run` below when testenv built the flux CLI).
#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/KustomizationFile.h"
#include "kustomize/KustomizeEnvFile.h"
#include "kustomize/KustomizeRenderer.h"
#include "kustomize/KustomizeYaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

class Repo
{
public:
    Repo() { QVERIFY(m_dir.isValid()); }
    void write(const QString& path, const QByteArray& content)
    {
        const QString full = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString path() const { return m_dir.path(); }
    Result<RenderResult> build(const QString& directory = {}) const
    {
        auto source = workingTreeSource(m_dir.path());
        RenderOptions options;
        options.allowFallback = false;
        return KustomizeRenderer(*source, options).build(directory);
    }

private:
    QTemporaryDir m_dir;
};

const RenderedObject* findKind(const RenderResult& result, const QString& kind)
{
    for (const RenderedObject& o : result.objects)
        if (o.id().kind == kind)
            return &o;
    return nullptr;
}

QJsonObject dataOf(const RenderResult& result, const QString& kind)
{
    const RenderedObject* o = findKind(result, kind);
    return o ? o->object.value(QLatin1String("data")).toObject() : QJsonObject();
}

QString nameOf(const RenderResult& result, const QString& kind)
{
    const RenderedObject* o = findKind(result, kind);
    return o ? o->id().name : QString();
}

const QByteArray deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                              "  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n"
                              "      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n"
                              "        image: nginx\n";

QString findFlux()
{
    if (const QString env = qEnvironmentVariable("FLEETDESK_FLUX"); !env.isEmpty())
        return env;
    const QDir cache(QDir::homePath() + QStringLiteral("/.cache/fleetdesk-testenv"));
    for (const QString& d : cache.entryList({QStringLiteral("flux-cli-*")}, QDir::Dirs, QDir::Name | QDir::Reversed)) {
        const QString candidate = cache.filePath(d + QStringLiteral("/flux"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

} // namespace

#define QVERIFY_OK(result) QVERIFY2(result, (result) ? "" : qPrintable((result).error().toString()))

class TestKustomizeInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yaml11BooleansSwitchGeneratorOptions_data()
    {
        QTest::addColumn<QByteArray>("word");
        QTest::addColumn<bool>("disabled");
        for (const char* w : {"yes", "Yes", "YES", "on", "On", "ON", "y", "Y", "true", "True"})
            QTest::newRow(w) << QByteArray(w) << true;
        for (const char* w : {"no", "NO", "off", "Off", "n", "N", "false", "FALSE"})
            QTest::newRow(w) << QByteArray(w) << false;
    }

    void yaml11BooleansSwitchGeneratorOptions()
    {
        QFETCH(QByteArray, word);
        QFETCH(bool, disabled);
        Repo repo;
        repo.write(QStringLiteral("kustomization.yaml"),
                   "configMapGenerator:\n- name: local\n  literals: [A=1]\n  options:\n    disableNameSuffixHash: "
                       + word + "\n    immutable: " + word + "\n");
        auto result = repo.build();
        QVERIFY_OK(result);
        QCOMPARE(nameOf(*result, QStringLiteral("ConfigMap")) == QLatin1String("local"), disabled);
        QCOMPARE(findKind(*result, QStringLiteral("ConfigMap"))->object.contains(QLatin1String("immutable")), disabled);
    }

    void aValueOfTheWrongTypeIsAnErrorNamingFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("kustomization");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("behavior: on") << QByteArray("configMapGenerator:\n- name: a\n  behavior: on\n  literals: [A=1]\n")
                                      << 3 << QStringLiteral("unmarshal bool into Go struct field");
        QTest::newRow("newTag: 1.10") << QByteArray("resources: [d.yaml]\nimages:\n- name: nginx\n  newTag: 1.10\n")
                                      << 4 << QStringLiteral("the unquoted 1.10 is a number");
        QTest::newRow("quoted boolean") << QByteArray("generatorOptions:\n  disableNameSuffixHash: \"true\"\n") << 2
                                        << QStringLiteral("unmarshal string into Go struct field");
        QTest::newRow("fractional count") << QByteArray("resources: [d.yaml]\nreplicas:\n- name: web\n  count: 2.5\n")
                                          << 4 << QStringLiteral("number 2.5");
        QTest::newRow("count as string") << QByteArray("resources: [d.yaml]\nreplicas:\n- name: web\n  count: \"2\"\n")
                                         << 4 << QStringLiteral("of type int64");
        QTest::newRow("misspelt nested field")
            << QByteArray("configMapGenerator:\n- name: a\n  literals: [A=1]\n  option: {}\n") << 4
            << QStringLiteral("unknown field \"option\"");
        QTest::newRow("boolean label value") << QByteArray("commonLabels:\n  canary: yes\n") << 2
                                             << QStringLiteral("the unquoted yes is a bool");
        QTest::newRow("number label key") << QByteArray("commonLabels:\n  1: one\n") << 2
                                          << QStringLiteral("the unquoted key 1 is a number");
        QTest::newRow("infinite prefix") << QByteArray("resources: [d.yaml]\nnamePrefix: .inf\n") << 2
                                         << QStringLiteral("unsupported value");
        QTest::newRow("literal as boolean") << QByteArray("configMapGenerator:\n- name: a\n  literals:\n  - off\n") << 4
                                            << QStringLiteral("configMapGenerator.literals");
    }

    void aValueOfTheWrongTypeIsAnErrorNamingFileAndLine()
    {
        QFETCH(QByteArray, kustomization);
        QFETCH(int, line);
        QFETCH(QString, says);
        Repo repo;
        repo.write(QStringLiteral("app/kustomization.yaml"), kustomization);
        repo.write(QStringLiteral("app/d.yaml"), deployment);
        auto result = repo.build(QStringLiteral("app"));
        QVERIFY(!result);
        QCOMPARE(result.error().where.file, QStringLiteral("app/kustomization.yaml"));
        QCOMPARE(result.error().where.line, line);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    }

    void fieldNamesMatchCaseInsensitivelyAndTheLastSortedKeyWins()
    {
        Repo repo;
        // encoding/json sees the keys sorted: NAMEPREFIX, namePrefix, nameprefix; the last one wins.
        repo.write(QStringLiteral("kustomization.yaml"),
                   "nameprefix: c-\nNAMEPREFIX: a-\nnamePrefix: b-\nResources: [d.yaml]\nnameSuffix: -x\n"
                   "nameSuffix: -y\n");
        repo.write(QStringLiteral("d.yaml"), deployment);
        auto result = repo.build();
        QVERIFY_OK(result);
        QCOMPARE(nameOf(*result, QStringLiteral("Deployment")), QStringLiteral("c-web-y"));
    }

    void mergeKeysExpandAndOnlyTheFirstDocumentCounts()
    {
        Repo repo;
        repo.write(QStringLiteral("kustomization.yaml"),
                   "configMapGenerator:\n- name: a\n  literals: [A=1]\n  options: &opts\n    disableNameSuffixHash: true\n"
                   "    labels: {team: web}\n- name: b\n  literals: [B=2]\n  options:\n    <<: *opts\n"
                   "    labels: {team: api}\n---\nnamePrefix: ignored-\n");
        auto result = repo.build();
        QVERIFY_OK(result);
        QStringList names;
        for (const RenderedObject& o : result->objects)
            names.append(o.id().name + QLatin1Char('=')
                         + o.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject()
                               .value(QLatin1String("team")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("a=web"), QStringLiteral("b=api")}));
    }

    void envFilesAreReadLineByLineAsKustomizeReadsThem()
    {
        // A key without '=' is empty even when the process environment holds it: kustomize v5 never looks there.
        qputenv("FLEETDESK_TEST_FROM_ENVIRONMENT", "from the environment");
        Repo repo;
        repo.write(QStringLiteral("kustomization.yaml"), "configMapGenerator:\n- name: e\n  envs: [a.env, b.env]\n  env: c.env\n");
        repo.write(QStringLiteral("a.env"), "\xEF\xBB\xBF" "FIRST=1\r\n# comment\r\n\r\n  \tINDENTED=two words  \r\nLAST=end");
        repo.write(QStringLiteral("b.env"), "FLEETDESK_TEST_FROM_ENVIRONMENT\nEQ=a=b\nQ=\"quoted\"\n\xC2\xA0NBSP=x\n");
        repo.write(QStringLiteral("c.env"), "LEGACY=yes\n");
        auto result = repo.build();
        QVERIFY_OK(result);
        const QJsonObject data = dataOf(*result, QStringLiteral("ConfigMap"));
        const QJsonObject expected{{QStringLiteral("FIRST"), QStringLiteral("1")},
                                   {QStringLiteral("INDENTED"), QStringLiteral("two words  ")},
                                   {QStringLiteral("LAST"), QStringLiteral("end")},
                                   {QStringLiteral("FLEETDESK_TEST_FROM_ENVIRONMENT"), QString()},
                                   {QStringLiteral("EQ"), QStringLiteral("a=b")},
                                   {QStringLiteral("Q"), QStringLiteral("\"quoted\"")},
                                   {QStringLiteral("NBSP"), QStringLiteral("x")},
                                   {QStringLiteral("LEGACY"), QStringLiteral("yes")}};
        QCOMPARE(data, expected);
        qunsetenv("FLEETDESK_TEST_FROM_ENVIRONMENT");
    }

    void aBadEnvFileLineIsAnErrorNamingFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("space before '='") << QByteArray("OK=1\nKEY =value\n") << 2 << QStringLiteral("invalid key 'KEY '");
        QTest::newRow("space inside") << QByteArray("# c\n\nMY KEY=1\n") << 3 << QStringLiteral("invalid key 'MY KEY'");
        QTest::newRow("non-ASCII key") << QByteArray("CL\xC3\x89=1\n") << 1 << QStringLiteral("invalid key");
        QTest::newRow("byte order mark on a later line")
            << QByteArray("A=1\n\xEF\xBB\xBF" "B=2\n") << 2 << QStringLiteral("invalid key");
        QTest::newRow("only '='") << QByteArray("=value\n") << 1 << QStringLiteral("invalid key ''");
        QTest::newRow("invalid UTF-8") << QByteArray("A=1\r\nB=M\xFCller\r\n") << 2 << QStringLiteral("not valid UTF-8");
        QTest::newRow("64 KiB line") << QByteArray("A=1\nB=" + QByteArray(64 * 1024, 'x') + "\nC=3\n") << 2
                                     << QStringLiteral("64 KiB");
    }

    void aBadEnvFileLineIsAnErrorNamingFileAndLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, says);
        Repo repo;
        repo.write(QStringLiteral("app/kustomization.yaml"), "secretGenerator:\n- name: s\n  envs: [conf/s.env]\n");
        repo.write(QStringLiteral("app/conf/s.env"), content);
        auto result = repo.build(QStringLiteral("app"));
        QVERIFY(!result);
        QCOMPARE(result.error().where.file, QStringLiteral("app/conf/s.env"));
        QCOMPARE(result.error().where.line, line);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    }

    void aLongButAcceptedEnvLineIsKept()
    {
        const QByteArray value(64 * 1024 - 4, 'v'); // "V=" + value + "\r" is one byte short of kustomize's limit
        auto pairs = KustomizeEnvFile::parse(QStringLiteral("long.env"), "V=" + value + "\r\nW=1");
        QVERIFY_OK(pairs);
        QCOMPARE(pairs->size(), 2);
        QCOMPARE(pairs->at(0).second, value);
    }

    void infinityOrNaNInAResourceIsAnErrorNamingFileAndLine()
    {
        Repo repo;
        repo.write(QStringLiteral("kustomization.yaml"), "resources: [settings.yaml]\n");
        repo.write(QStringLiteral("settings.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                                                    "apiVersion: example.com/v1\nkind: Settings\nmetadata:\n"
                                                    "  name: b\nspec:\n  ratio: 1.5\n  limit: -.Inf\n");
        auto result = repo.build();
        QVERIFY(!result);
        QCOMPARE(result.error().where.file, QStringLiteral("settings.yaml"));
        QCOMPARE(result.error().where.line, 11);
    }

    void fluxGeneratorTurnsNumbersAndBooleansIntoStringsAndDropsUnknownFields()
    {
        Repo repo;
        repo.write(QStringLiteral("apps/x/d.yaml"), deployment);
        const QByteArray kustomization = "resources:\n- d.yaml\nnamePrefix: yes\nimages:\n- name: nginx\n  newTag: 1.10\n"
                                         "commonLabels:\n  release: 3.14159265\n  build: 0x1F\nfoo: bar\n";
        repo.write(QStringLiteral("apps/x/kustomization.yaml"), kustomization);
        const QByteArray ks = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: x\n"
                              "  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/x\n  prune: true\n"
                              "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n";
        repo.write(QStringLiteral("ks.yaml"), ks);
        auto documents = KustomizeYaml::parseDocuments(QStringLiteral("ks.yaml"), ks);
        QVERIFY_OK(documents);
        auto source = workingTreeSource(repo.path());
        FluxKustomizationBuilder builder(documents->front().object);
        FluxKustomizationBuilder::Options options;
        options.render.allowFallback = false;
        auto built = builder.build(*source, {}, options);
        QVERIFY_OK(built);
        QCOMPARE(built->objects.size(), std::size_t(1));
        const QJsonObject object = built->objects.front().object;
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("name")).toString(), QStringLiteral("trueweb"));
        const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("release")).toString(), QStringLiteral("3.1415927"));
        QCOMPARE(labels.value(QLatin1String("build")).toString(), QStringLiteral("31"));
        const QJsonObject container = object.value(QLatin1String("spec")).toObject().value(QLatin1String("template"))
                                          .toObject().value(QLatin1String("spec")).toObject()
                                          .value(QLatin1String("containers")).toArray().at(0).toObject();
        QCOMPARE(container.value(QLatin1String("image")).toString(), QStringLiteral("nginx:1.1"));

        // The same file is refused by a plain kustomize build (encoding/json meets commonLabels.build first).
        auto plain = repo.build(QStringLiteral("apps/x"));
        QVERIFY(!plain);
        QCOMPARE(plain.error().where.line, 9);

        // And the real flux CLI agrees, object for object.
        const QString flux = findFlux();
        QVERIFY2(!flux.isEmpty(), "the flux CLI was not found: set FLEETDESK_FLUX or run tests/testenv/build.sh");
        QProcess process;
        process.setWorkingDirectory(repo.path());
        process.start(flux, {QStringLiteral("build"), QStringLiteral("kustomization"), QStringLiteral("x"),
                             QStringLiteral("-n"), QStringLiteral("flux-system"), QStringLiteral("--path"),
                             QStringLiteral("./apps/x"), QStringLiteral("--kustomization-file"),
                             QStringLiteral("ks.yaml"), QStringLiteral("--dry-run")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        auto real = KustomizeYaml::parseDocuments(QStringLiteral("flux build"), process.readAllStandardOutput());
        QVERIFY_OK(real);
        QCOMPARE(real->size(), std::size_t(1));
        QCOMPARE(real->front().object, object);
    }
};

QTEST_GUILESS_MAIN(TestKustomizeInputs)
#include "tst_kustomizeinputs.moc"
