// The patch engine of the native kustomize renderer: strategic merge (as kustomize's kyaml applies it), JSON 6902
// patches, patch targets with selectors, and the patch file parser. The strategic-merge cases are also checked
// against the real kustomize v5.8.1 (found like the conformance suite finds it: FLEETDESK_KUSTOMIZE, else
// ~/.cache/fleetdesk-testenv/kustomize-v5.8.1*/kustomize, else PATH; a missing binary fails).
#include "kustomize/JsonPatch.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/PatchDocument.h"
#include "kustomize/PatchTarget.h"
#include "kustomize/StrategicMergePatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

// Checks a Result, printing its error when it has one.
#define QVERIFY_OK(result) QVERIFY2(result, (result) ? "" : qPrintable((result).error().message))

namespace {

QString findKustomize()
{
    if (const QString env = qEnvironmentVariable("FLEETDESK_KUSTOMIZE"); !env.isEmpty())
        return env;
    QDir cache(QDir::homePath() + QStringLiteral("/.cache/fleetdesk-testenv"));
    for (const QString& d : cache.entryList({QStringLiteral("kustomize-v5.8.1*")}, QDir::Dirs, QDir::Name)) {
        for (const QString& c : {cache.filePath(d + QStringLiteral("/kustomize")), cache.filePath(d + QStringLiteral("/bin/kustomize"))})
            if (QFileInfo(c).isExecutable())
                return c;
    }
    return QStandardPaths::findExecutable(QStringLiteral("kustomize"));
}

QJsonObject yaml(const char* text)
{
    auto docs = KustomizeYaml::parseDocuments(QStringLiteral("test.yaml"), QByteArray(text));
    if (!docs || docs->empty())
        qFatal("test YAML does not parse: %s", text);
    return docs->front().object;
}

QJsonArray yamlList(const char* text)
{
    auto patch = PatchDocument::parse(QByteArray(text));
    if (!patch || patch->kind != PatchDocument::Kind::Json6902)
        qFatal("test JSON patch does not parse: %s", text);
    return patch->operations;
}

QByteArray pretty(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QStringList names(const QJsonValue& list, const char* key = "name")
{
    QStringList out;
    for (const QJsonValue& v : list.toArray())
        out.append(v.toObject().value(QLatin1String(key)).toVariant().toString());
    return out;
}

QJsonValue at(const QJsonObject& object, const QString& dottedPath)
{
    QJsonValue current = object;
    for (const QString& part : dottedPath.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        current = isIndex ? current.toArray().at(index) : current.toObject().value(part);
    }
    return current;
}

const char* const kDeployment = R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: {app: web, tier: front}
  finalizers: [a, b]
spec:
  replicas: 1
  template:
    spec:
      tolerations:
      - {key: k1, operator: Exists}
      containers:
      - name: app
        image: nginx
        args: [x, y]
        ports:
        - {name: http, containerPort: 80}
        - {name: metrics, containerPort: 9090, protocol: TCP}
        env:
        - {name: A, value: "1"}
        - {name: B, value: "2"}
      - name: sidecar
        image: envoy
      volumes:
      - name: data
        emptyDir: {}
)";

} // namespace

class KustomizePatchesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containersMergeByNameWithThePatchItemsFirst()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
      - name: extra
        image: busybox
      - name: app
        image: nginx:1.27
)"));
        QVERIFY_OK(out);
        const QJsonValue containers = at(*out, QStringLiteral("spec.template.spec.containers"));
        QCOMPARE(names(containers), (QStringList{QStringLiteral("extra"), QStringLiteral("app"), QStringLiteral("sidecar")}));
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.1.image")).toString(), QStringLiteral("nginx:1.27"));
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.1.args")).toArray().size(), 2);
    }

    void envItemsMergeByNameAndPatchDeleteRemovesOne()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
      - name: app
        env:
        - {name: B, $patch: delete}
        - {name: C, value: "3"}
        - {name: A, value: "10"}
)"));
        QVERIFY_OK(out);
        const QJsonValue env = at(*out, QStringLiteral("spec.template.spec.containers.0.env"));
        QCOMPARE(names(env), (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.0.env.1.value")).toString(), QStringLiteral("10"));
    }

    void listsWithoutAMergeKeyAreReplaced()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      tolerations:
      - {key: k2, operator: Exists}
      containers:
      - name: app
        args: [z]
)"));
        QVERIFY_OK(out);
        QCOMPARE(names(at(*out, QStringLiteral("spec.template.spec.tolerations")), "key"), QStringList{QStringLiteral("k2")});
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.0.args")).toArray(), QJsonArray{QStringLiteral("z")});
    }

    void customResourcesMergeMapsButReplaceEveryList()
    {
        const QJsonObject widget = yaml(R"(
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, finalizers: [a]}
spec:
  settings: {a: 1, b: 2}
  items:
  - {name: one, v: 1}
  - {name: two, v: 2}
)");
        auto out = applyStrategicMerge(widget, yaml(R"(
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, finalizers: [b]}
spec:
  settings: {b: 3}
  items:
  - {name: two, v: 22}
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("spec.settings")).toObject(), (QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 3}}));
        QCOMPARE(names(at(*out, QStringLiteral("spec.items"))), QStringList{QStringLiteral("two")});
        QCOMPARE(at(*out, QStringLiteral("metadata.finalizers")).toArray(), QJsonArray{QStringLiteral("b")});
        QVERIFY(!isBuiltInKind(QStringLiteral("example.com/v1"), QStringLiteral("Widget")));
        QVERIFY(isBuiltInKind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")));
    }

    void finalizersOfBuiltInKindsMergeAsASetWithThePatchFirst()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, finalizers: [c, a]}
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("metadata.finalizers")).toArray(),
                 (QJsonArray{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void nullDeletesAKeyAndMapDirectivesReplaceOrDelete()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels:
    $patch: replace
    owner: team-a
spec:
  replicas: null
  template:
    spec:
      volumes:
      - name: data
        $patch: delete
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("metadata.labels")).toObject(), (QJsonObject{{QStringLiteral("owner"), QStringLiteral("team-a")}}));
        QVERIFY(!at(*out, QStringLiteral("spec")).toObject().contains(QStringLiteral("replicas")));
        QVERIFY(at(*out, QStringLiteral("spec.template.spec.volumes")).toArray().isEmpty());
    }

    void aReplaceItemReplacesTheWholeList()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
      - $patch: replace
      - name: only
        image: busybox
)"));
        QVERIFY_OK(out);
        QCOMPARE(names(at(*out, QStringLiteral("spec.template.spec.containers"))), QStringList{QStringLiteral("only")});
    }

    void portsMergeByContainerPortAndProtocol()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    spec:
      containers:
      - name: app
        ports:
        - {containerPort: 9090, protocol: TCP, name: prom}
        - {containerPort: 8080}
)"));
        QVERIFY_OK(out);
        const QJsonValue ports = at(*out, QStringLiteral("spec.template.spec.containers.0.ports"));
        QCOMPARE(names(ports, "containerPort"), (QStringList{QStringLiteral("8080"), QStringLiteral("80"), QStringLiteral("9090")}));
        QCOMPARE(names(ports), (QStringList{QString(), QStringLiteral("http"), QStringLiteral("prom")}));
    }

    void directivesKustomizeDoesNotInterpretStayAsFields()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  $deleteFromPrimitiveList/finalizers: [b]
spec:
  template:
    spec:
      $setElementOrder/containers: [{name: sidecar}, {name: app}]
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("metadata.finalizers")).toArray().size(), 2);
        QVERIFY(at(*out, QStringLiteral("metadata")).toObject().contains(QStringLiteral("$deleteFromPrimitiveList/finalizers")));
        QCOMPARE(names(at(*out, QStringLiteral("spec.template.spec.containers"))), (QStringList{QStringLiteral("app"), QStringLiteral("sidecar")}));
    }

    void thePatchTakesTheTargetsIdentity()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: any-name, namespace: elsewhere}
spec: {replicas: 3}
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("metadata.name")).toString(), QStringLiteral("app"));
        QVERIFY(!at(*out, QStringLiteral("metadata")).toObject().contains(QStringLiteral("namespace")));
        QCOMPARE(at(*out, QStringLiteral("spec.replicas")).toInt(), 3);
    }

    void aTopLevelDeleteGivesAnEmptyObject()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n$patch: delete\n"));
        QVERIFY_OK(out);
        QVERIFY(out->isEmpty());
        auto bad = applyStrategicMerge(yaml(kDeployment), yaml("metadata: {name: app}\n$patch: sideways\n"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("sideways")), qPrintable(bad.error().message));
    }

    void aMapOntoAScalarIsAnErrorNamingTheField()
    {
        auto out = applyStrategicMerge(yaml(kDeployment), yaml(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: {count: 3}
)"));
        QVERIFY(!out);
        QVERIFY2(out.error().message.contains(QStringLiteral("spec.replicas")), qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("wrong node kind")), qPrintable(out.error().message));
    }

    void strategicMergeAgreesWithKustomize_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("containers, env, ports, finalizers") << QByteArray(kDeployment) << QByteArray(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, finalizers: [c]}
spec:
  template:
    spec:
      tolerations: [{key: k2, operator: Exists}]
      containers:
      - name: app
        ports:
        - {containerPort: 9090, protocol: UDP}
        - {containerPort: 8080}
        - {containerPort: 7070, protocol: UDP}
        env:
        - {name: B, $patch: delete}
        - {name: C, value: "3"}
      - name: side
        image: busybox
      volumes:
      - name: data
        $patch: replace
        configMap: {name: cm}
)");
        QTest::newRow("service ports by port") << QByteArray(R"(
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  ports:
  - {name: http, port: 80, targetPort: 8080}
  - {name: https, port: 443, targetPort: 8443}
)") << QByteArray(R"(
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  ports:
  - {port: 443, targetPort: 9443}
  - {port: 8080, name: alt}
)");
        QTest::newRow("custom resource") << QByteArray(R"(
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, labels: {a: "1"}}
spec:
  items: [{name: one}, {name: two}]
  nested: {a: {b: 1, c: 2}}
)") << QByteArray(R"(
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, labels: {b: "2"}}
spec:
  items: [{name: three}]
  nested: {a: {c: null, d: 4}}
)");
        QTest::newRow("cronjob template, volume mounts, init containers") << QByteArray(R"(
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers: [{name: i1, image: a}, {name: i2, image: b}]
          containers:
          - name: job
            image: x
            volumeMounts: [{name: a, mountPath: /a}, {name: b, mountPath: /b}]
)") << QByteArray(R"(
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - $patch: replace
          - {name: i3, image: c}
          containers:
          - name: job
            volumeMounts: [{name: c, mountPath: /b}, {name: d, mountPath: /d}]
)");
        QTest::newRow("labels replace, annotations delete, host aliases") << QByteArray(R"(
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: s, labels: {a: "1"}, annotations: {x: y}}
spec:
  template:
    spec:
      hostAliases: [{ip: 10.0.0.1, hostnames: [a]}, {ip: 10.0.0.2, hostnames: [b]}]
      imagePullSecrets: [{name: one}]
      containers: [{name: c, image: i}]
)") << QByteArray(R"(
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: s
  labels: {$patch: replace, b: "2"}
  annotations: {$patch: delete}
spec:
  template:
    spec:
      hostAliases: [{ip: 10.0.0.2, hostnames: [c]}, {ip: 10.0.0.3, hostnames: [d]}]
      imagePullSecrets: [{name: two}]
)");
        QTest::newRow("empty maps and lists, nulls in list items") << QByteArray(R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: {a: "1"}
  annotations: {x: "1"}
spec:
  strategy: RollingUpdate
  template:
    spec:
      tolerations: [{key: a}]
      containers:
      - name: c
        image: i
        args: [a]
        env: [{name: A, value: "1"}, {name: B, valueFrom: {fieldRef: {fieldPath: x}}}]
        resources: {limits: {cpu: "1"}}
)") << QByteArray(R"(
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: {}
  annotations: null
spec:
  strategy: Recreate
  template:
    spec:
      tolerations: []
      volumes:
      - name: v
        emptyDir: {}
      containers:
      - name: c
        args: []
        env:
        - {name: A, value: null, valueFrom: {secretKeyRef: {name: s, key: k}}}
        - {name: B, value: "2", valueFrom: null}
        resources: {}
        securityContext: {}
)");
        QTest::newRow("lists with and without merge keys across kinds") << QByteArray(R"(
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: s
spec:
  volumeClaimTemplates:
  - metadata: {name: a}
    spec: {storageClassName: x}
  template:
    spec:
      schedulingGates: [{name: g1}]
      resourceClaims: [{name: r1, source: {x: 1}}]
      readinessGates: [{conditionType: c1}]
      topologySpreadConstraints:
      - {topologyKey: zone, whenUnsatisfiable: DoNotSchedule, maxSkew: 1}
      containers:
      - name: c
        image: i
        volumeDevices: [{name: d, devicePath: /dev/a}]
        envFrom: [{configMapRef: {name: a}}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata: {name: m}
webhooks:
- name: a.example.com
  sideEffects: None
- name: b.example.com
  sideEffects: None
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: sa}
secrets: [{name: s1}]
imagePullSecrets: [{name: p1}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: cr}
rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  ownerReferences: [{uid: u1, name: a, kind: K, apiVersion: v1}]
spec:
  containers: [{name: a, image: a}]
  ephemeralContainers: [{name: e1, image: a}]
)") << QByteArray(R"(
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: s
spec:
  volumeClaimTemplates:
  - metadata: {name: b}
  template:
    spec:
      schedulingGates: [{name: g2}]
      resourceClaims: [{name: r2}]
      readinessGates: [{conditionType: c2}]
      topologySpreadConstraints:
      - {topologyKey: zone, whenUnsatisfiable: DoNotSchedule, maxSkew: 2}
      - {topologyKey: host, whenUnsatisfiable: ScheduleAnyway, maxSkew: 1}
      containers:
      - name: c
        volumeDevices: [{name: e, devicePath: /dev/b}]
        envFrom: [{secretRef: {name: b}}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata: {name: m}
webhooks:
- name: b.example.com
  sideEffects: NoneOnDryRun
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: sa}
secrets: [{name: s2}]
imagePullSecrets: [{name: p2}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: cr}
rules: [{apiGroups: [apps], resources: [deployments], verbs: [get]}]
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  ownerReferences: [{uid: u2, name: b, kind: K, apiVersion: v1}]
spec:
  ephemeralContainers: [{name: e2, image: a}]
)");
    }

    void strategicMergeAgreesWithKustomize()
    {
        QFETCH(QByteArray, resource);
        QFETCH(QByteArray, patch);
        const QString kustomize = findKustomize();
        QVERIFY2(!kustomize.isEmpty(), "kustomize v5.8.1 not found: set FLEETDESK_KUSTOMIZE or build it with tests/testenv/build.sh");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const char* name, const QByteArray& content) {
            QFile f(dir.filePath(QLatin1String(name)));
            return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
        };
        QVERIFY(write("resource.yaml", resource));
        QVERIFY(write("patch.yaml", patch));
        QVERIFY(write("kustomization.yaml", "resources: [resource.yaml]\npatches:\n- path: patch.yaml\n"));
        QProcess process;
        process.start(kustomize, {QStringLiteral("build"), dir.path()});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        auto expected = KustomizeYaml::parseDocuments(QStringLiteral("kustomize-output.yaml"), process.readAllStandardOutput());
        QVERIFY(expected);

        auto targets = KustomizeYaml::parseDocuments(QStringLiteral("resource.yaml"), resource);
        auto parsed = PatchDocument::parse(patch, QStringLiteral("patch.yaml"));
        QVERIFY(targets && parsed);
        const auto idOf = [](const QJsonObject& o) -> QString {
            return o.value(QLatin1String("kind")).toString() + QLatin1Char('/')
                + o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        };
        QMap<QString, QJsonObject> native, real;
        for (const RenderedObject& target : *targets) {
            QJsonObject object = target.object;
            for (const QJsonObject& mergePatch : parsed->mergePatches) {
                if (idOf(mergePatch) != idOf(object))
                    continue;
                auto merged = applyStrategicMerge(object, mergePatch);
                QVERIFY_OK(merged);
                object = *merged;
            }
            native.insert(idOf(object), object);
        }
        for (const RenderedObject& o : *expected)
            real.insert(idOf(o.object), o.object);
        QCOMPARE(native.keys(), real.keys());
        for (const QString& id : real.keys()) {
            if (native.value(id) != real.value(id))
                qWarning().noquote() << id << "native:\n" << pretty(native.value(id)) << "\nkustomize:\n" << pretty(real.value(id));
            QCOMPARE(native.value(id), real.value(id));
        }
    }

    void jsonPatchAppliesEveryOperation()
    {
        const QJsonObject target = yaml(kDeployment);
        auto out = applyJsonPatch(target, yamlList(R"(
- {op: add, path: /metadata/annotations, value: {"a/b": "1", "t~x": "2"}}
- {op: replace, path: /metadata/annotations/a~1b, value: "3"}
- {op: remove, path: /metadata/annotations/t~0x}
- {op: add, path: /spec/template/spec/containers/-, value: {name: last, image: x}}
- {op: add, path: /spec/template/spec/containers/0/args/0, value: first}
- {op: copy, from: /spec/template/spec/containers/0/image, path: /metadata/labels/image}
- {op: move, from: /metadata/labels/tier, path: /metadata/labels/layer}
- {op: test, path: /spec/replicas, value: 1}
- {op: replace, path: /spec/template/spec/containers/-1/image, value: y}
)"));
        QVERIFY_OK(out);
        QCOMPARE(at(*out, QStringLiteral("metadata.annotations")).toObject(), (QJsonObject{{QStringLiteral("a/b"), QStringLiteral("3")}}));
        QCOMPARE(names(at(*out, QStringLiteral("spec.template.spec.containers"))),
                 (QStringList{QStringLiteral("app"), QStringLiteral("sidecar"), QStringLiteral("last")}));
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.2.image")).toString(), QStringLiteral("y"));
        QCOMPARE(at(*out, QStringLiteral("spec.template.spec.containers.0.args")).toArray(),
                 (QJsonArray{QStringLiteral("first"), QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(at(*out, QStringLiteral("metadata.labels")).toObject(),
                 (QJsonObject{{QStringLiteral("app"), QStringLiteral("web")}, {QStringLiteral("layer"), QStringLiteral("front")},
                              {QStringLiteral("image"), QStringLiteral("nginx")}}));
    }

    void jsonPatchErrorsNameTheOperationIndexAndPath()
    {
        const QJsonObject target = yaml(kDeployment);
        auto missing = applyJsonPatch(target, yamlList("- {op: replace, path: /spec/replicas, value: 2}\n- {op: remove, path: /spec/paused}\n"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("operation 1 (remove /spec/paused)")), qPrintable(missing.error().message));
        auto failedTest = applyJsonPatch(target, yamlList("- {op: test, path: /spec/replicas, value: 5}\n"));
        QVERIFY(!failedTest);
        QVERIFY2(failedTest.error().message.contains(QStringLiteral("operation 0 (test /spec/replicas)")), qPrintable(failedTest.error().message));
        auto outOfRange = applyJsonPatch(target, yamlList("- {op: add, path: /spec/template/spec/containers/7, value: {}}\n"));
        QVERIFY(!outOfRange);
        QCOMPARE(outOfRange.error().code, QStringLiteral("patch.json6902"));
        auto badPointer = parseJsonPointer(QStringLiteral("/a~2b"));
        QVERIFY(!badPointer);
        QCOMPARE(*parseJsonPointer(QStringLiteral("/a~1b/~0/-")), (QStringList{QStringLiteral("a/b"), QStringLiteral("~"), QStringLiteral("-")}));
    }

    void patchTargetsMatchByAnchoredRegexes()
    {
        auto target = PatchTarget::fromYaml("kind: Deploy\n");
        QVERIFY(target);
        QVERIFY(!target->matches(yaml(kDeployment)));
        target = PatchTarget::fromYaml("group: apps\nversion: v1\nkind: Deploy.*\nname: ap+\nnamespace: default\n");
        QVERIFY_OK(target);
        QVERIFY(target->matches(yaml(kDeployment)));
        target = PatchTarget::fromYaml("name: old-name\n");
        QVERIFY(!target->matches(yaml(kDeployment)));
        QVERIFY(target->matches(yaml(kDeployment), {QStringLiteral("old-name")}));
        target = PatchTarget::fromYaml("kind: Namespace\nnamespace: default\n");
        QVERIFY(!target->matches(yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: default}\n")));
    }

    void patchTargetsMatchByLabelAndAnnotationSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equals") << QStringLiteral("app=web") << true;
        QTest::newRow("double equals") << QStringLiteral("app==web,tier=front") << true;
        QTest::newRow("not equals") << QStringLiteral("app!=web") << false;
        QTest::newRow("not equals when missing") << QStringLiteral("zone!=a") << true;
        QTest::newRow("in") << QStringLiteral("tier in (back, front)") << true;
        QTest::newRow("notin") << QStringLiteral("tier notin (back,front)") << false;
        QTest::newRow("exists") << QStringLiteral("tier") << true;
        QTest::newRow("does not exist") << QStringLiteral("!tier") << false;
        QTest::newRow("does not exist when missing") << QStringLiteral("!zone, app = web") << true;
    }

    void patchTargetsMatchByLabelAndAnnotationSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matches);
        auto byLabels = PatchTarget::fromJson({{QStringLiteral("labelSelector"), selector}});
        QVERIFY_OK(byLabels);
        QCOMPARE(byLabels->matches(yaml(kDeployment)), matches);
        QJsonObject annotated = yaml(kDeployment);
        QJsonObject metadata = annotated.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("annotations"), metadata.take(QStringLiteral("labels")));
        annotated.insert(QStringLiteral("metadata"), metadata);
        auto byAnnotations = PatchTarget::fromJson({{QStringLiteral("annotationSelector"), selector}});
        QVERIFY(byAnnotations);
        QCOMPARE(byAnnotations->matches(annotated), matches);
    }

    void badTargetsAreErrorsNamingTheField()
    {
        auto unknown = PatchTarget::fromYaml("kind: Deployment\nlabelselector: a=b\n");
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("labelselector")), qPrintable(unknown.error().message));
        auto badSelector = PatchTarget::fromYaml("labelSelector: \"tier in (a\"\n");
        QVERIFY(!badSelector);
        QVERIFY2(badSelector.error().message.contains(QStringLiteral("target.labelSelector")), qPrintable(badSelector.error().message));
        auto badRegex = PatchTarget::fromYaml("name: \"(\"\n");
        QVERIFY(!badRegex);
        QVERIFY2(badRegex.error().message.contains(QStringLiteral("target.name")), qPrintable(badRegex.error().message));
    }

    void patchFilesAreJson6902ListsOrStrategicMergeDocuments()
    {
        auto yamlOps = PatchDocument::parse("- op: add\n  path: /a\n  value: 1\n", QStringLiteral("p.yaml"));
        QVERIFY_OK(yamlOps);
        QCOMPARE(yamlOps->kind, PatchDocument::Kind::Json6902);
        auto jsonOps = PatchDocument::parse(R"([{"op": "remove", "path": "/b"}])", QStringLiteral("p.json"));
        QVERIFY(jsonOps);
        QCOMPARE(jsonOps->kind, PatchDocument::Kind::Json6902);
        QCOMPARE(jsonOps->operations.size(), 1);
        auto documents = PatchDocument::parse("kind: A\nmetadata: {name: a}\n---\n{\"kind\": \"B\", \"metadata\": {\"name\": \"b\"}}\n");
        QVERIFY(documents);
        QCOMPARE(documents->kind, PatchDocument::Kind::StrategicMerge);
        QCOMPARE(documents->mergePatches.size(), size_t(2));
        auto broken = PatchDocument::parse("kind: A\nmetadata: {name: [\n", QStringLiteral("overlays/prod/patch.yaml"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().where.file, QStringLiteral("overlays/prod/patch.yaml"));
        QVERIFY(broken.error().where.line > 0);
        auto notAnOperation = PatchDocument::parse("- {op: add}\n", QStringLiteral("p.yaml"));
        QVERIFY(!notAnOperation);
        QVERIFY2(notAnOperation.error().message.contains(QStringLiteral("operation 0")), qPrintable(notAnOperation.error().message));
    }
};

QTEST_GUILESS_MAIN(KustomizePatchesTest)
#include "tst_kustomizepatches.moc"
