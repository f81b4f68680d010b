#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/FluxKustomizationRevision.h"
#include "kustomize/GitTreeSource.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/PostBuildSubstitution.h"

#include "GitCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QJsonObject kustomization(const QByteArray& specYaml)
{
    const QByteArray yaml = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
                            "metadata:\n  name: apps\n  namespace: flux-system\nspec:\n"
        + specYaml;
    return KustomizeYaml::toJson(YAML::Load(yaml.toStdString())).toObject();
}

const RenderedObject* find(const FluxBuild& build, const QString& kind, const QString& name)
{
    for (const RenderedObject& object : build.objects)
        if (object.id().kind == kind && object.id().name == name)
            return &object;
    return nullptr;
}

QJsonValue at(const QJsonObject& object, const QString& dottedPath)
{
    QJsonValue current = object;
    for (const QString& step : dottedPath.split(u'.')) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        current = isIndex ? current.toArray().at(index) : current.toObject().value(step);
    }
    return current;
}

QString label(const RenderedObject& object, const QString& key)
{
    return object.object.value(u"metadata").toObject().value(u"labels").toObject().value(key).toString();
}

QByteArray configMap(const QByteArray& name, const QByteArray& data = "  key: value\n")
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n" + data;
}

QByteArray deployment(const QByteArray& name, const QByteArray& extraLabels = {})
{
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\n  labels:\n    app: " + name
        + "\n" + extraLabels + "spec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - name: app\n"
          "        image: nginx:1.0\n";
}

GitCli::Outcome git(const QString& dir, QStringList args)
{
    args.prepend(QStringLiteral("user.email=test@fleetdesk.invalid"));
    args.prepend(QStringLiteral("-c"));
    args.prepend(QStringLiteral("user.name=Fleetdesk Test"));
    args.prepend(QStringLiteral("-c"));
    return GitCli::run(dir, args);
}

} // namespace

class TestFluxKustomizationBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- generated and amended kustomization.yaml --------------------------------------------------------------

    void aPathWithoutKustomizationGetsOneListingManifestsAndKustomizationDirectoriesInLexicalOrder()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "apps/b.yaml", configMap("b"));
        writeFile(repo.path(), "apps/a.yml", configMap("a"));
        writeFile(repo.path(), "apps/nested/c.yaml", configMap("c"));
        writeFile(repo.path(), "apps/kbase/kustomization.yaml", "resources:\n- d.yaml\n");
        writeFile(repo.path(), "apps/kbase/d.yaml", configMap("d"));
        writeFile(repo.path(), "apps/kbase/ignored.yaml", configMap("not-listed"));
        writeFile(repo.path(), "apps/README.md", "not yaml");
        writeFile(repo.path(), "apps/.sops.yaml", "creation_rules:\n- age: age1xyz\n");
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization("  path: ./apps\n"));

        bool generated = false;
        auto file = builder.kustomizationFile(*source, &generated);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QVERIFY(generated);
        const YAML::Node kus = YAML::Load(file->toStdString());
        QStringList resources;
        for (const YAML::Node& r : kus["resources"])
            resources.append(QString::fromStdString(r.Scalar()));
        QCOMPARE(resources, (QStringList{"./a.yml", "./b.yaml", "./kbase", "./nested/c.yaml"}));

        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QVERIFY(build->generatedKustomization);
        QStringList names;
        for (const RenderedObject& object : build->objects)
            names.append(object.id().name);
        names.sort();
        QCOMPARE(names, (QStringList{"a", "b", "c", "d"}));
    }

    void generationRefusesAYamlFileThatIsNotAKubernetesObjectAndNamesIt()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "apps/cm.yaml", configMap("cm"));
        writeFile(repo.path(), "apps/values.yaml", "replicaCount: 3\n");
        const auto source = workingTreeSource(repo.path());
        auto build = FluxKustomizationBuilder(kustomization("  path: apps\n")).build(*source);
        QVERIFY(!build);
        QVERIFY2(build.error().message.contains(u"apps/values.yaml"), qPrintable(build.error().message));
        QVERIFY(build.error().message.startsWith(u"failed to decode Kubernetes YAML"));
    }

    void anEmptyPathGeneratesAPlaceholderNamespaceAndRendersNothing()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "empty/notes.txt", "nothing here");
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization("  path: ./empty\n"));
        auto file = builder.kustomizationFile(*source);
        QVERIFY(file);
        QVERIFY2(file->contains("namespace: _placeholder"), file->constData());
        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QCOMPARE(build->objects.size(), size_t(0));
    }

    void aMissingPathIsReportedWithTheSpecPath()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "apps/cm.yaml", configMap("cm"));
        const auto source = workingTreeSource(repo.path());
        auto build = FluxKustomizationBuilder(kustomization("  path: ./nowhere\n")).build(*source);
        QVERIFY(!build);
        QCOMPARE(build.error().message, QStringLiteral("kustomization path not found: ./nowhere"));
        auto escaping = FluxKustomizationBuilder(kustomization("  path: ../outside\n")).build(*source);
        QVERIFY(!escaping);
        QVERIFY(escaping.error().message.contains(u"leaves the source"));
    }

    void anExistingKustomizationIsAmendedWithTargetNamespaceAndNamePrefixAndSuffix()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/kustomization.yaml", "namespace: original\nresources:\n- cm.yaml\n");
        writeFile(repo.path(), "app/cm.yaml", configMap("settings"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(
            kustomization("  path: ./app\n  targetNamespace: team-a\n  namePrefix: pre-\n  nameSuffix: -suf\n"));
        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QVERIFY(!build->generatedKustomization);
        QCOMPARE(build->objects.size(), size_t(1));
        QCOMPARE(build->objects.front().id().ns, QStringLiteral("team-a"));
        QCOMPARE(build->objects.front().id().name, QStringLiteral("pre-settings-suf"));
    }

    void aKustomizationWithoutResourcesGetsOriginAnnotationsBuildMetadata()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "gen/kustomization.yaml",
                  "configMapGenerator:\n- name: generated\n  literals:\n  - a=b\n");
        const auto source = workingTreeSource(repo.path());
        auto file = FluxKustomizationBuilder(kustomization("  path: ./gen\n")).kustomizationFile(*source);
        QVERIFY(file);
        const YAML::Node kus = YAML::Load(file->toStdString());
        QCOMPARE(QString::fromStdString(kus["buildMetadata"][0].Scalar()), QStringLiteral("originAnnotations"));
        QCOMPARE(QString::fromStdString(kus["kind"].Scalar()), QStringLiteral("Kustomization"));
    }

    void specPatchesApplyOnlyToTheirTargets()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/web.yaml", deployment("web", "    tier: front\n"));
        writeFile(repo.path(), "app/worker.yaml", deployment("worker", "    tier: back\n"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization(R"(  path: ./app
  patches:
  - patch: |
      - op: replace
        path: /spec/replicas
        value: 5
    target:
      kind: Deployment
      labelSelector: tier=front
  - patch: |
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: not-used
      spec:
        minReadySeconds: 7
    target:
      kind: Deployment
      name: worker
)"));
        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        const RenderedObject* web = find(*build, "Deployment", "web");
        const RenderedObject* worker = find(*build, "Deployment", "worker");
        QVERIFY(web && worker);
        QCOMPARE(at(web->object, "spec.replicas").toInt(), 5);
        QCOMPARE(at(worker->object, "spec.replicas").toInt(), 1);
        QCOMPARE(at(worker->object, "spec.minReadySeconds").toInt(), 7);
        QVERIFY(at(web->object, "spec.minReadySeconds").isUndefined());
    }

    void specImagesOverrideTheKustomizationsImagesAndAddNewOnes()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/kustomization.yaml",
                  "resources:\n- web.yaml\nimages:\n- name: nginx\n  newName: registry.local/nginx\n  newTag: \"1.1\"\n");
        writeFile(repo.path(), "app/web.yaml",
                  deployment("web").replace("      - name: app\n        image: nginx:1.0\n",
                                            "      - name: app\n        image: nginx:1.0\n"
                                            "      - name: side\n        image: busybox\n"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization(
            "  path: ./app\n  images:\n  - name: nginx\n    newTag: \"2.0\"\n  - name: busybox\n    digest: "
            "sha256:0000000000000000000000000000000000000000000000000000000000000001\n"));
        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        const RenderedObject* web = find(*build, "Deployment", "web");
        QVERIFY(web);
        QCOMPARE(at(web->object, "spec.template.spec.containers.0.image").toString(),
                 QStringLiteral("registry.local/nginx:2.0"));
        QCOMPARE(at(web->object, "spec.template.spec.containers.1.image").toString(),
                 QStringLiteral("busybox@sha256:0000000000000000000000000000000000000000000000000000000000000001"));
    }

    void specComponentsAreAddedAndMissingOnesAreSkippedOnlyWhenAsked()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/kustomization.yaml", "resources:\n- cm.yaml\n");
        writeFile(repo.path(), "app/cm.yaml", configMap("settings"));
        writeFile(repo.path(), "components/extra/kustomization.yaml",
                  "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n- extra.yaml\n");
        writeFile(repo.path(), "components/extra/extra.yaml", configMap("extra"));
        const auto source = workingTreeSource(repo.path());

        auto build = FluxKustomizationBuilder(
                         kustomization("  path: ./app\n  components:\n  - ../components/extra\n  - ../components/gone\n"
                                       "  ignoreMissingComponents: true\n"))
                         .build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QVERIFY(find(*build, "ConfigMap", "extra"));
        QVERIFY(!build->kustomizationFile.contains("gone"));

        auto strict = FluxKustomizationBuilder(
                          kustomization("  path: ./app\n  components:\n  - ../components/gone\n"))
                          .build(*source);
        QVERIFY(!strict);

        auto remote = FluxKustomizationBuilder(
                          kustomization("  path: ./app\n  components:\n  - https://example.invalid/c\n"))
                          .build(*source);
        QVERIFY(!remote);
        QVERIFY(remote.error().message.contains(u"must be local and relative"));
    }

    void everyObjectGetsTheOwnerLabelsAndCommonMetadataWinsOverThem()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("a") + "---\n" + configMap("b"));
        const auto source = workingTreeSource(repo.path());
        auto plain = FluxKustomizationBuilder(kustomization("  path: ./app\n")).build(*source);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
        QCOMPARE(plain->objects.size(), size_t(2));
        for (const RenderedObject& object : plain->objects) {
            QCOMPARE(label(object, FluxKustomizationBuilder::NameLabel), QStringLiteral("apps"));
            QCOMPARE(label(object, FluxKustomizationBuilder::NamespaceLabel), QStringLiteral("flux-system"));
        }

        auto common = FluxKustomizationBuilder(
                          kustomization("  path: ./app\n  commonMetadata:\n    labels:\n      team: blue\n"
                                        "      kustomize.toolkit.fluxcd.io/name: overridden\n"
                                        "    annotations:\n      owner: ops\n"))
                          .build(*source);
        QVERIFY(common);
        for (const RenderedObject& object : common->objects) {
            QCOMPARE(label(object, "team"), QStringLiteral("blue"));
            QCOMPARE(label(object, FluxKustomizationBuilder::NameLabel), QStringLiteral("overridden"));
            QCOMPARE(at(object.object, "metadata.annotations.owner").toString(), QStringLiteral("ops"));
        }
    }

    // --- post-build substitution -------------------------------------------------------------------------------

    void envsubstExpandsLikeFluxdEnvsubst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        // variables: name=podinfo, file=archive.tar.gz, empty="", path=a/b/a/b
        QTest::newRow("plain") << "app-${name}" << false << "app-podinfo" << "";
        QTest::newRow("undefined is empty") << "[${nope}]" << false << "[]" << "";
        QTest::newRow("undefined strict") << "${nope}" << true << "" << "variable not set (strict mode): \"nope\"";
        QTest::newRow(":= unset") << "${nope:=dflt}" << true << "dflt" << "";
        QTest::newRow(":= empty") << "${empty:=dflt}" << true << "dflt" << "";
        QTest::newRow(":= set") << "${name:=dflt}" << false << "podinfo" << "";
        QTest::newRow(":- unset") << "${nope:-dflt}" << false << "dflt" << "";
        QTest::newRow("= unset") << "${nope=dflt}" << true << "dflt" << "";
        QTest::newRow("- is not supported") << "${nope-dflt}" << false << "" << "missing closing brace";
        QTest::newRow("nested default") << "${nope:=${name}-x}" << false << "podinfo-x" << "";
        QTest::newRow("$$ escapes") << "$${name} costs $$5" << false << "${name} costs $5" << "";
        QTest::newRow("lone dollar") << "$name $ {x}" << false << "$name $ {x}" << "";
        QTest::newRow("unclosed") << "${name" << false << "" << "missing closing brace";
        QTest::newRow("no name") << "${}" << false << "" << "unable to parse variable name";
        QTest::newRow("length") << "${#name}" << false << "7" << "";
        QTest::newRow("offset") << "${name:3}" << false << "info" << "";
        QTest::newRow("offset length") << "${name:0:3}" << false << "pod" << "";
        QTest::newRow("upper") << "${name^^}" << false << "PODINFO" << "";
        QTest::newRow("upper first") << "${name^}" << false << "Podinfo" << "";
        QTest::newRow("replace first") << "${path/b/x}" << false << "a/x/a/b" << "";
        QTest::newRow("replace all") << "${path//b/x}" << false << "a/x/a/x" << "";
        QTest::newRow("replace escaped slash") << "${path//\\//-}" << false << "a-b-a-b" << "";
        QTest::newRow("replace prefix") << "${path/#a/z}" << false << "z/b/a/b" << "";
        QTest::newRow("shortest prefix") << "${file#*.}" << false << "tar.gz" << "";
        QTest::newRow("longest prefix") << "${file##*.}" << false << "gz" << "";
        QTest::newRow("shortest suffix") << "${file%.*}" << false << "archive.tar" << "";
        QTest::newRow("longest suffix") << "${file%%.*}" << false << "archive" << "";
    }

    void envsubstExpandsLikeFluxdEnvsubst()
    {
        QFETCH(QString, text);
        QFETCH(bool, strict);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const QHash<QString, QString> variables{{"name", "podinfo"},
                                                {"file", "archive.tar.gz"},
                                                {"empty", ""},
                                                {"path", "a/b/a/b"}};
        auto result = PostBuildSubstitution::expand(text, variables, strict);
        if (error.isEmpty()) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QCOMPARE(*result, expected);
        } else {
            QVERIFY(!result);
            QCOMPARE(result.error().message, error);
        }
    }

    void substitutedValuesAreTypedAsTheControllerReadsThemBack()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/web.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    quoted: "${REPLICAS}"
    single: '${REPLICAS}'
    plain: ${REPLICAS}
    flag: ${ENABLED}
    missing: ${NOT_SET}
    colon: "port: ${REPLICAS}"
    escaped: "$${REPLICAS}"
    text: cluster-${CLUSTER}
    block: |
      line ${CLUSTER}
      second
spec:
  replicas: ${REPLICAS}
  template:
    spec:
      containers:
      - name: app
        image: nginx
        args: ${ARGS}
)");
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization(
            "  path: ./app\n  postBuild:\n    substitute:\n      REPLICAS: \"3\"\n      ENABLED: \"yes\"\n"
            "      CLUSTER: prod\n      ARGS: '[\"--a\", \"--b\"]'\n"));
        auto build = builder.build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QVERIFY(build->substituted);
        const QJsonObject web = find(*build, "Deployment", "web")->object;
        QCOMPARE(at(web, "spec.replicas"), QJsonValue(3));
        // The controller substitutes YAML written from JSON: quotes in Git are gone, as `flux build` shows.
        QCOMPARE(at(web, "metadata.annotations.quoted"), QJsonValue(3));
        QCOMPARE(at(web, "metadata.annotations.single"), QJsonValue(3));
        QCOMPARE(at(web, "metadata.annotations.colon"), QJsonValue(QStringLiteral("port: 3")));
        QCOMPARE(at(web, "metadata.annotations.escaped"), QJsonValue(QStringLiteral("${REPLICAS}")));
        QCOMPARE(at(web, "metadata.annotations.plain"), QJsonValue(3));
        QCOMPARE(at(web, "metadata.annotations.flag"), QJsonValue(true)); // YAML 1.1 "yes", as sigs.k8s.io/yaml
        QVERIFY(at(web, "metadata.annotations.missing").isNull());
        QCOMPARE(at(web, "metadata.annotations.text"), QJsonValue(QStringLiteral("cluster-prod")));
        QCOMPARE(at(web, "metadata.annotations.block"), QJsonValue(QStringLiteral("line prod\nsecond\n")));
        QCOMPARE(at(web, "spec.template.spec.containers.0.args"), QJsonValue(QJsonArray{"--a", "--b"}));
    }

    void aValueThatBreaksTheYamlFailsTheBuildLikeTheController()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm2", "  x: ${ARGS}\n"));
        const auto source = workingTreeSource(repo.path());
        auto build = FluxKustomizationBuilder(
                         kustomization("  path: ./app\n  postBuild:\n    substitute:\n      ARGS: \"a: b\"\n"))
                         .build(*source);
        QVERIFY(!build);
        QVERIFY2(build.error().message.startsWith(u"post build failed for 'ConfigMap/cm2': envsubst error: YAMLToJSON: "),
                 qPrintable(build.error().message));
        QVERIFY2(build.error().message.contains(u"illegal map value"), qPrintable(build.error().message));
    }

    void objectsThatOptOutByLabelOrAnnotationAreNotSubstituted()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cms.yaml", R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: by-annotation
  annotations:
    kustomize.toolkit.fluxcd.io/substitute: disabled
data:
  script: echo ${HOME}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: by-label
  labels:
    kustomize.toolkit.fluxcd.io/substitute: disabled
data:
  script: echo ${HOME}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: substituted
data:
  script: echo ${HOME}
)");
        const auto source = workingTreeSource(repo.path());
        auto build = FluxKustomizationBuilder(
                         kustomization("  path: ./app\n  postBuild:\n    substitute:\n      HOME: /root\n"))
                         .build(*source);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        QCOMPARE(at(find(*build, "ConfigMap", "by-annotation")->object, "data.script").toString(),
                 QStringLiteral("echo ${HOME}"));
        QCOMPARE(at(find(*build, "ConfigMap", "by-label")->object, "data.script").toString(),
                 QStringLiteral("echo ${HOME}"));
        QCOMPARE(at(find(*build, "ConfigMap", "substituted")->object, "data.script").toString(),
                 QStringLiteral("echo /root"));
    }

    void substitutionRunsOnlyWithVariablesUnlessTheStrategyIsAlways()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  value: x${UNSET:=fallback}\n"));
        const auto source = workingTreeSource(repo.path());
        auto none = FluxKustomizationBuilder(kustomization("  path: ./app\n  postBuild:\n    substitute: {}\n"))
                        .build(*source);
        QVERIFY(none);
        QVERIFY(!none->substituted);
        QCOMPARE(at(find(*none, "ConfigMap", "cm")->object, "data.value").toString(),
                 QStringLiteral("x${UNSET:=fallback}"));

        auto always = FluxKustomizationBuilder(
                          kustomization("  path: ./app\n  postBuild:\n    substituteStrategy: Always\n"))
                          .build(*source);
        QVERIFY(always);
        QVERIFY(always->substituted);
        QCOMPARE(at(find(*always, "ConfigMap", "cm")->object, "data.value").toString(), QStringLiteral("xfallback"));
    }

    void inlineValuesWinOverSubstituteFromAndNewlinesAreRemoved()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  a: ${A}\n  b: ${B}\n"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization(
            "  path: ./app\n  postBuild:\n    substitute:\n      A: inline\n    substituteFrom:\n"
            "    - kind: ConfigMap\n      name: vars\n    - kind: Secret\n      name: secret-vars\n      optional: true\n"));
        QCOMPARE(builder.substituteFrom(),
                 (QList<SubstituteSource>{{"ConfigMap", "vars", false}, {"Secret", "secret-vars", true}}));
        SubstituteValues values;
        values.variables = {{"A", "from-configmap"}, {"B", "multi\nline"}};
        auto build = builder.build(*source, values);
        QVERIFY2(build, qPrintable(build ? QString() : build.error().message));
        const QJsonObject cm = find(*build, "ConfigMap", "cm")->object;
        QCOMPARE(at(cm, "data.a").toString(), QStringLiteral("inline"));
        QCOMPARE(at(cm, "data.b").toString(), QStringLiteral("multiline"));
    }

    void aMissingRequiredSourceFailsTheBuildAndNamesIt()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  a: ${A}\n"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(kustomization(
            "  path: ./app\n  postBuild:\n    substituteFrom:\n    - kind: ConfigMap\n      name: cluster-vars\n"));
        SubstituteValues values;
        values.missing.append({"ConfigMap", "cluster-vars", false});
        values.reasons.insert("ConfigMap/cluster-vars", "configmaps \"cluster-vars\" not found");
        auto build = builder.build(*source, values);
        QVERIFY(!build);
        QCOMPARE(build.error().message,
                 QStringLiteral("substitute from 'ConfigMap/cluster-vars' error: configmaps \"cluster-vars\" not found"));
    }

    void strictSubstitutionFailsOnAnUndefinedVariableAndNamesTheObject()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  a: ${A}\n  b: ${B:=ok}\n"));
        const auto source = workingTreeSource(repo.path());
        const FluxKustomizationBuilder builder(
            kustomization("  path: ./app\n  postBuild:\n    substitute:\n      OTHER: x\n"));
        FluxKustomizationBuilder::Options strict;
        strict.strictSubstitution = true;
        auto failed = builder.build(*source, {}, strict);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"ConfigMap/cm"), qPrintable(failed.error().message));
        QVERIFY(failed.error().message.endsWith(u"variable not set (strict mode): \"A\""));

        auto lenient = builder.build(*source);
        QVERIFY(lenient);
        QVERIFY(at(find(*lenient, "ConfigMap", "cm")->object, "data.a").isNull());
        QCOMPARE(at(find(*lenient, "ConfigMap", "cm")->object, "data.b").toString(), QStringLiteral("ok"));
    }

    void anInvalidVariableNameFailsTheBuild()
    {
        QTemporaryDir repo;
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  a: ${A}\n"));
        const auto source = workingTreeSource(repo.path());
        auto build = FluxKustomizationBuilder(
                         kustomization("  path: ./app\n  postBuild:\n    substitute:\n      bad-name: x\n"))
                         .build(*source);
        QVERIFY(!build);
        QVERIFY2(build.error().message.contains(u"'bad-name' var name is invalid"),
                 qPrintable(build.error().message));
    }

    // --- revisions -------------------------------------------------------------------------------------------

    void theAppliedRevisionIsBuiltWhenItsCommitIsLocalElseHead()
    {
        QTemporaryDir repo;
        QVERIFY(git(repo.path(), {"init", "-q", "-b", "main"}).ok());
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  version: one\n"));
        QVERIFY(git(repo.path(), {"add", "-A"}).ok());
        QVERIFY(git(repo.path(), {"commit", "-q", "-m", "one"}).ok());
        const QString first = GitCli::output(repo.path(), {"rev-parse", "HEAD"});
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  version: two\n"));
        QVERIFY(git(repo.path(), {"commit", "-q", "-am", "two"}).ok());
        const QString second = GitCli::output(repo.path(), {"rev-parse", "HEAD"});
        writeFile(repo.path(), "app/cm.yaml", configMap("cm", "  version: uncommitted\n"));

        const FluxKustomizationBuilder builder(kustomization("  path: ./app\n"));
        const auto versionAt = [&](const FluxKustomizationRevision& revision) {
            auto source = revision.open(repo.path());
            if (!source)
                return QStringLiteral("<open failed: %1>").arg(source.error().message);
            auto build = builder.build(**source);
            if (!build)
                return QStringLiteral("<build failed: %1>").arg(build.error().message);
            return at(build->objects.front().object, "data.version").toString();
        };

        auto applied = FluxKustomizationRevision::choose(repo.path(), "main@sha1:" + first);
        QVERIFY(applied);
        QCOMPARE(applied->kind, FluxKustomizationRevision::Kind::Applied);
        QCOMPARE(applied->commit, first);
        QCOMPARE(versionAt(*applied), QStringLiteral("one"));

        auto unknown = FluxKustomizationRevision::choose(repo.path(),
                                                         "main@sha1:0123456789abcdef0123456789abcdef01234567");
        QVERIFY(unknown);
        QCOMPARE(unknown->kind, FluxKustomizationRevision::Kind::Head);
        QCOMPARE(unknown->commit, second);
        QVERIFY(unknown->reason.contains(u"not in the local repository"));
        QCOMPARE(versionAt(*unknown), QStringLiteral("two"));

        auto none = FluxKustomizationRevision::choose(repo.path(), {});
        QVERIFY(none);
        QCOMPARE(none->kind, FluxKustomizationRevision::Kind::Head);

        auto workingTree = FluxKustomizationRevision::choose(repo.path(), "main@sha1:" + first, true);
        QVERIFY(workingTree);
        QCOMPARE(workingTree->kind, FluxKustomizationRevision::Kind::WorkingTree);
        QCOMPARE(versionAt(*workingTree), QStringLiteral("uncommitted"));
    }

    void revisionStringsOfEveryFluxFormatNameTheirCommit()
    {
        const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(FluxKustomizationRevision::commitOf("main@sha1:" + hex), hex);
        QCOMPARE(FluxKustomizationRevision::commitOf("refs/heads/main@sha1:" + hex), hex);
        QCOMPARE(FluxKustomizationRevision::commitOf("sha1:" + hex), hex);
        QCOMPARE(FluxKustomizationRevision::commitOf("main/" + hex), hex);
        QCOMPARE(FluxKustomizationRevision::commitOf("latest@sha256:" + hex + hex.left(24)), QString());
        QCOMPARE(FluxKustomizationRevision::commitOf({}), QString());
    }

    void aGitTreeSourceFollowsInnerLinksRefusesEscapesAndMaterializesPrivately()
    {
        QTemporaryDir repo;
        QVERIFY(git(repo.path(), {"init", "-q", "-b", "main"}).ok());
        writeFile(repo.path(), "base/cm.yaml", configMap("cm"));
        QVERIFY(QFile::link("base", repo.path() + "/app"));
        QVERIFY(QFile::link("../../etc/passwd", repo.path() + "/base/escape.yaml"));
        QVERIFY(git(repo.path(), {"add", "-A"}).ok());
        QVERIFY(git(repo.path(), {"commit", "-q", "-m", "links"}).ok());
        auto tree = GitTreeSource::open(repo.path(), "HEAD");
        QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().message));
        const GitTreeSource& source = **tree;
        QVERIFY(source.isDirectory("app"));
        QVERIFY(source.isFile("app/cm.yaml"));
        QCOMPARE(source.entries("base"), (QStringList{"cm.yaml", "escape.yaml"}));
        QVERIFY(source.read("app/cm.yaml"));
        QVERIFY(!source.isFile("base/escape.yaml"));
        auto escaped = source.read("base/escape.yaml");
        QVERIFY(!escaped);
        QVERIFY(escaped.error().message.contains(u"leaves the repository"));
        QVERIFY(!source.read("../outside.yaml"));

        auto dir = source.materialize();
        QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
        QCOMPARE(QFileInfo(*dir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(QFileInfo::exists(*dir + "/base/cm.yaml"));
        QVERIFY(QFileInfo(*dir + "/app").isSymLink());
        QVERIFY(!QFileInfo::exists(*dir + "/base/escape.yaml") && !QFileInfo(*dir + "/base/escape.yaml").isSymLink());
        QCOMPARE(*source.materialize(), *dir); // exported once
    }
};

QTEST_GUILESS_MAIN(TestFluxKustomizationBuilder)
#include "tst_fluxkustomizationbuilder.moc"
