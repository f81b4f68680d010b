// ObjectComparer and ManagedFields: Flux's drift rules on a live object and its server-side apply dry-run.

#include "drift/DriftYaml.h"
#include "drift/FieldPath.h"
#include "drift/ManagedFields.h"
#include "drift/ObjectComparer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace fleetdesk;

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

/// A Deployment as the API server returns it after kustomize-controller applied it and `kubectl scale` and
/// `kubectl edit` changed it.
QJsonObject liveDeployment()
{
    return json("{\n"
"  \"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\",\n"
"  \"metadata\": {\n"
"    \"name\": \"web\", \"namespace\": \"apps\", \"uid\": \"1f0c\", \"resourceVersion\": \"812\", \"generation\": 4,\n"
"    \"creationTimestamp\": \"2026-11-28T00:10:00Z\",\n"
"    \"labels\": {\"app\": \"web\", \"kustomize.toolkit.fluxcd.io/name\": \"apps\"},\n"
"    \"managedFields\": [\n"
"      {\"manager\": \"kustomize-controller\", \"operation\": \"Apply\", \"apiVersion\": \"apps/v1\",\n"
"       \"time\": \"2026-11-28T00:10:00Z\", \"fieldsType\": \"FieldsV1\",\n"
"       \"fieldsV1\": {\"f:metadata\": {\"f:labels\": {\"f:app\": {}, \"f:kustomize.toolkit.fluxcd.io/name\": {}}},\n"
"                    \"f:spec\": {\"f:selector\": {}, \"f:template\": {\"f:metadata\": {\"f:labels\": {\"f:app\": {}}},\n"
"                      \"f:spec\": {\"f:containers\": {\"k:{\\\"name\\\":\\\"web\\\"}\": {\".\": {}, \"f:name\": {},\n"
"                        \"f:ports\": {\"k:{\\\"containerPort\\\":8080,\\\"protocol\\\":\\\"TCP\\\"}\": {\".\": {}, \"f:containerPort\": {}}}}}}}}}},\n"
"      {\"manager\": \"kubectl-scale\", \"operation\": \"Update\", \"apiVersion\": \"apps/v1\", \"subresource\": \"scale\",\n"
"       \"time\": \"2026-11-28T00:20:00Z\", \"fieldsType\": \"FieldsV1\",\n"
"       \"fieldsV1\": {\"f:spec\": {\"f:replicas\": {}}}},\n"
"      {\"manager\": \"kubectl-edit\", \"operation\": \"Update\", \"apiVersion\": \"apps/v1\",\n"
"       \"time\": \"2026-11-28T00:21:00Z\", \"fieldsType\": \"FieldsV1\",\n"
"       \"fieldsV1\": {\"f:spec\": {\"f:template\": {\"f:spec\": {\"f:containers\": {\"k:{\\\"name\\\":\\\"web\\\"}\": {\"f:image\": {}}}}}}}},\n"
"      {\"manager\": \"kube-controller-manager\", \"operation\": \"Update\", \"apiVersion\": \"apps/v1\", \"subresource\": \"status\",\n"
"       \"time\": \"2026-11-28T00:21:05Z\", \"fieldsType\": \"FieldsV1\", \"fieldsV1\": {\"f:status\": {\"f:replicas\": {}}}}\n"
"    ]\n"
"  },\n"
"  \"spec\": {\"replicas\": 5, \"selector\": {\"matchLabels\": {\"app\": \"web\"}}, \"revisionHistoryLimit\": 10,\n"
"    \"template\": {\"metadata\": {\"labels\": {\"app\": \"web\"}},\n"
"      \"spec\": {\"containers\": [{\"name\": \"web\", \"image\": \"nginx:1.27-hotfix\", \"imagePullPolicy\": \"IfNotPresent\",\n"
"        \"ports\": [{\"containerPort\": 8080, \"protocol\": \"TCP\"}]}]}}},\n"
"  \"status\": {\"replicas\": 5, \"observedGeneration\": 4}\n"
"}");
}

/// What the dry-run with fieldManager=kustomize-controller and force returns for the Git version (replicas 2,
/// image nginx:1.27): the same object with Git's values, new metadata noise and the server's defaults.
QJsonObject dryRunDeployment()
{
    QJsonObject o = liveDeployment();
    QJsonObject metadata = o.value("metadata").toObject();
    metadata.insert("resourceVersion", "813");
    metadata.insert("generation", 5);
    metadata.insert("managedFields", QJsonArray());
    o.insert("metadata", metadata);
    QJsonObject spec = o.value("spec").toObject();
    spec.insert("replicas", 2);
    QJsonObject templ = spec.value("template").toObject();
    QJsonObject podSpec = templ.value("spec").toObject();
    QJsonArray containers = podSpec.value("containers").toArray();
    QJsonObject web = containers.at(0).toObject();
    web.insert("image", "nginx:1.27");
    containers.replace(0, web);
    podSpec.insert("containers", containers);
    templ.insert("spec", podSpec);
    spec.insert("template", templ);
    o.insert("spec", spec);
    o.insert("status", QJsonObject{{"replicas", 2}});
    return o;
}

ObjectId deploymentId()
{
    return ObjectId::fromApiVersion("apps/v1", "Deployment", "apps", "web");
}

const FieldDrift* field(const ObjectDrift& drift, const QString& path)
{
    for (const FieldDrift& f : drift.fields) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QJsonObject secret(const char* password, const QJsonArray& managedFields = {})
{
    QJsonObject o = json("{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"type\": \"Opaque\",\n"
"        \"metadata\": {\"name\": \"db\", \"namespace\": \"apps\"}, \"data\": {\"user\": \"YWRtaW4=\"}}");
    QJsonObject data = o.value("data").toObject();
    data.insert("password", QString::fromLatin1(QByteArray(password).toBase64()));
    o.insert("data", data);
    if (!managedFields.isEmpty()) {
        QJsonObject metadata = o.value("metadata").toObject();
        metadata.insert("managedFields", managedFields);
        o.insert("metadata", metadata);
    }
    return o;
}

} // namespace

class TestDriftComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsV1KeysBecomePathSteps_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("step");
        QTest::newRow("field") << "f:replicas" << ".replicas";
        QTest::newRow("dotted field") << "f:app.kubernetes.io/name" << "[\"app.kubernetes.io/name\"]";
        QTest::newRow("keyed item") << "k:{\"name\":\"web\"}" << "[name=web]";
        QTest::newRow("two keys sorted") << "k:{\"protocol\":\"TCP\",\"containerPort\":80}"
                                         << "[containerPort=80,protocol=TCP]";
        QTest::newRow("set value") << "v:\"example.com/finalizer\"" << "[=example.com/finalizer]";
        QTest::newRow("index") << "i:3" << "[3]";
        QTest::newRow("not a FieldsV1 key") << "x:y" << "";
    }
    void fieldsV1KeysBecomePathSteps()
    {
        QFETCH(QString, key);
        QFETCH(QString, step);
        QCOMPARE(ManagedFields::pathStep(key), step);
    }

    void pathsSplitIntoStepsThatJoinBack()
    {
        const QString path = ".metadata.labels[\"app.kubernetes.io/name\"]";
        QCOMPARE(FieldPath::split(path), QStringList({".metadata", ".labels", "[\"app.kubernetes.io/name\"]"}));
        const QString item = ".spec.containers[name=web].ports[containerPort=80,protocol=TCP].name";
        QCOMPARE(FieldPath::split(item).join(QString()), item);
        QCOMPARE(FieldPath::split(item).size(), 6);
    }

    void ownerIsTheManagerThatLastSetTheField()
    {
        const ManagedFields managed = ManagedFields::parse(
            liveDeployment().value("metadata").toObject().value("managedFields").toArray());
        QCOMPARE(managed.entries().size(), size_t(4));
        QCOMPARE(managed.ownerOf(".spec.replicas")->manager, QString("kubectl-scale"));
        QCOMPARE(managed.ownerOf(".spec.template.spec.containers[name=web].image")->manager, QString("kubectl-edit"));
        // A field under an item owned as a whole belongs to the item's owner.
        QCOMPARE(managed.ownerOf(".spec.template.spec.containers[name=web].terminationMessagePath")->manager,
                 QString("kustomize-controller"));
        QCOMPARE(managed.listKeys(".spec.template.spec.containers[name=web].ports"),
                 QStringList({"containerPort", "protocol"}));
        QVERIFY(managed.ownerOf(".spec.paused") == nullptr);
    }

    void scaleAndEditAreDriftOnExactlyThoseFieldsWithTheirManagers()
    {
        const ObjectComparer comparer;
        const ObjectDrift drift = comparer.compare(deploymentId(), liveDeployment(), dryRunDeployment());
        QCOMPARE(drift.kind, DriftKind::Change);
        QCOMPARE(drift.fields.size(), size_t(2));
        const FieldDrift* replicas = field(drift, ".spec.replicas");
        QVERIFY(replicas);
        QCOMPARE(replicas->live.toInt(), 5);
        QCOMPARE(replicas->desired.toInt(), 2);
        QCOMPARE(replicas->manager, QString("kubectl-scale"));
        QCOMPARE(replicas->operation, QString("Update"));
        const FieldDrift* image = field(drift, ".spec.template.spec.containers[name=web].image");
        QVERIFY(image);
        QCOMPARE(image->live.toString(), QString("nginx:1.27-hotfix"));
        QCOMPARE(image->desired.toString(), QString("nginx:1.27"));
        QCOMPARE(image->manager, QString("kubectl-edit"));
        QVERIFY(!image->defaulted);
    }

    void statusAndMetadataNoiseAreNotDrift()
    {
        const ObjectComparer comparer;
        QJsonObject dryRun = liveDeployment();
        QJsonObject metadata = dryRun.value("metadata").toObject();
        metadata.insert("resourceVersion", "9999");
        metadata.insert("uid", "other");
        metadata.insert("generation", 77);
        metadata.insert("creationTimestamp", "2030-01-01T00:00:00Z");
        metadata.insert("selfLink", "/apis/apps/v1/namespaces/apps/deployments/web");
        metadata.insert("managedFields", QJsonArray());
        dryRun.insert("metadata", metadata);
        dryRun.insert("status", QJsonObject{{"replicas", 0}});
        const ObjectDrift drift = comparer.compare(deploymentId(), liveDeployment(), dryRun);
        QCOMPARE(drift.kind, DriftKind::InSync);
        QVERIFY(drift.fields.empty());
        QVERIFY(!drift.liveYaml.contains("managedFields"));
        QVERIFY(!drift.liveYaml.contains("resourceVersion"));
        QVERIFY(!drift.liveYaml.contains("status"));
    }

    void labelAndAnnotationChangesAreDrift()
    {
        const ObjectComparer comparer;
        QJsonObject dryRun = liveDeployment();
        QJsonObject metadata = dryRun.value("metadata").toObject();
        QJsonObject labels = metadata.value("labels").toObject();
        labels.insert("tier", "frontend");
        metadata.insert("labels", labels);
        metadata.insert("annotations", QJsonObject{{"owner", "team-a"}});
        dryRun.insert("metadata", metadata);
        const ObjectDrift drift = comparer.compare(deploymentId(), liveDeployment(), dryRun);
        QCOMPARE(drift.fields.size(), size_t(2));
        QVERIFY(field(drift, ".metadata.labels.tier"));
        QVERIFY(field(drift, ".metadata.labels.tier")->live.isUndefined());
        QCOMPARE(field(drift, ".metadata.annotations")->desired.toObject().value("owner").toString(),
                 QString("team-a"));
    }

    void aFieldOnlyLiveAndOwnedByNobodyIsDefaulted()
    {
        const ObjectComparer comparer;
        QJsonObject dryRun = liveDeployment();
        QJsonObject spec = dryRun.value("spec").toObject();
        spec.remove("revisionHistoryLimit");
        dryRun.insert("spec", spec);
        const ObjectDrift drift = comparer.compare(deploymentId(), liveDeployment(), dryRun);
        const FieldDrift* limit = field(drift, ".spec.revisionHistoryLimit");
        QVERIFY(limit);
        QVERIFY(limit->defaulted);
        QVERIFY(limit->manager.isEmpty());
        QVERIFY(limit->desired.isUndefined());
    }

    void listItemsAreKeyedByTheirMergeKeys()
    {
        const ObjectComparer comparer;
        const QJsonObject live = json("{\"apiVersion\": \"v1\", \"kind\": \"Service\",\n"
"            \"metadata\": {\"name\": \"web\", \"namespace\": \"apps\"},\n"
"            \"spec\": {\"ports\": [{\"name\": \"http\", \"port\": 80, \"protocol\": \"TCP\", \"targetPort\": 8080},\n"
"                               {\"name\": \"metrics\", \"port\": 9090, \"protocol\": \"TCP\", \"targetPort\": 9090}]}}");
        const QJsonObject dryRun = json("{\"apiVersion\": \"v1\", \"kind\": \"Service\",\n"
"            \"metadata\": {\"name\": \"web\", \"namespace\": \"apps\"},\n"
"            \"spec\": {\"ports\": [{\"name\": \"metrics\", \"port\": 9090, \"protocol\": \"TCP\", \"targetPort\": 9091},\n"
"                               {\"name\": \"http\", \"port\": 80, \"protocol\": \"TCP\", \"targetPort\": 8080},\n"
"                               {\"name\": \"grpc\", \"port\": 9000, \"protocol\": \"TCP\", \"targetPort\": 9000}]}}");
        const ObjectDrift drift = comparer.compare(ObjectId::fromApiVersion("v1", "Service", "apps", "web"), live, dryRun);
        QCOMPARE(drift.fields.size(), size_t(2));
        QVERIFY(field(drift, ".spec.ports[port=9090,protocol=TCP].targetPort"));
        QVERIFY(field(drift, ".spec.ports[port=9000,protocol=TCP]"));
        QVERIFY(field(drift, ".spec.ports[port=9000,protocol=TCP]")->live.isUndefined());
    }

    void atomicListsAreComparedWhole()
    {
        const ObjectComparer comparer;
        const QJsonObject live = json("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\"},\n"
"            \"spec\": {\"args\": [\"--a\", \"--b\"]}}");
        const QJsonObject dryRun = json("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\"},\n"
"            \"spec\": {\"args\": [\"--a\", \"--c\"]}}");
        const ObjectDrift drift = comparer.compare(ObjectId::fromApiVersion("v1", "ConfigMap", {}, "c"), live, dryRun);
        QCOMPARE(drift.fields.size(), size_t(1));
        QCOMPARE(drift.fields.front().path, QString(".spec.args"));
        QCOMPARE(drift.fields.front().desired.toArray().at(1).toString(), QString("--c"));
    }

    void aChangedSecretValueIsReportedWithoutItsValue()
    {
        const ObjectComparer comparer;
        const QJsonArray managed = QJsonDocument::fromJson("[{\"manager\": \"kubectl-edit\", \"operation\": \"Update\",\n"
"            \"time\": \"2026-11-28T00:30:00Z\", \"fieldsType\": \"FieldsV1\",\n"
"            \"fieldsV1\": {\"f:data\": {\"f:password\": {}}}}]").array();
        const QJsonObject live = secret("hunter2-live", managed);
        const QJsonObject dryRun = secret("s3cret-in-git");
        const ObjectDrift drift = comparer.compare(ObjectId::fromApiVersion("v1", "Secret", "apps", "db"), live, dryRun);
        QCOMPARE(drift.kind, DriftKind::Change);
        QCOMPARE(drift.fields.size(), size_t(1));
        const FieldDrift& password = drift.fields.front();
        QCOMPARE(password.path, QString(".data.password"));
        QVERIFY(password.secretValue);
        QVERIFY(password.live.isUndefined());
        QVERIFY(password.desired.isUndefined());
        QCOMPARE(password.manager, QString("kubectl-edit"));
        for (const QString& yaml : {drift.liveYaml, drift.desiredYaml}) {
            QVERIFY(!yaml.contains(QByteArray("hunter2-live").toBase64()));
            QVERIFY(!yaml.contains(QByteArray("s3cret-in-git").toBase64()));
            QVERIFY(!yaml.contains("YWRtaW4="));
            QVERIFY(yaml.contains("<redacted #"));
        }
        // Equal values get equal markers, different values different ones.
        const QString liveUser = drift.liveYaml.section("user: ", 1).section('\n', 0, 0);
        const QString desiredUser = drift.desiredYaml.section("user: ", 1).section('\n', 0, 0);
        QCOMPARE(liveUser, desiredUser);
        QVERIFY(drift.liveYaml.section("password: ", 1).section('\n', 0, 0)
                != drift.desiredYaml.section("password: ", 1).section('\n', 0, 0));
    }

    void equalSecretsAreInSync()
    {
        const ObjectComparer comparer;
        const ObjectDrift drift = comparer.compare(ObjectId::fromApiVersion("v1", "Secret", "apps", "db"),
                                                   secret("same"), secret("same"));
        QCOMPARE(drift.kind, DriftKind::InSync);
    }

    void theLastAppliedAnnotationOfASecretIsNeverShown()
    {
        const ObjectComparer comparer;
        QJsonObject live = secret("a");
        QJsonObject metadata = live.value("metadata").toObject();
        metadata.insert("annotations",
                        QJsonObject{{"kubectl.kubernetes.io/last-applied-configuration", "{\"data\":{\"password\":\"YQ==\"}}"}});
        live.insert("metadata", metadata);
        const ObjectDrift drift = comparer.compare(ObjectId::fromApiVersion("v1", "Secret", "apps", "db"), live, secret("a"));
        QCOMPARE(drift.fields.size(), size_t(1));
        QVERIFY(drift.fields.front().secretValue);
        QVERIFY(!drift.liveYaml.contains("YQ=="));
    }

    void keyedHashesDependOnTheKey()
    {
        const ObjectComparer a(QByteArray("key-a"));
        const ObjectComparer b(QByteArray("key-b"));
        QCOMPARE(a.keyedHash("value"), a.keyedHash("value"));
        QVERIFY(a.keyedHash("value") != b.keyedHash("value"));
        QVERIFY(a.keyedHash("value") != a.keyedHash("other"));
        // Two comparers of one process share the random key.
        QCOMPARE(ObjectComparer().keyedHash("value"), ObjectComparer().keyedHash("value"));
    }

    void ssaAnnotationsAreHonouredAsFluxDoes()
    {
        const ObjectComparer comparer;
        const auto withAnnotation = [](QJsonObject o, const QString& key, const QString& value) {
            QJsonObject metadata = o.value("metadata").toObject();
            QJsonObject annotations = metadata.value("annotations").toObject();
            annotations.insert(key, value);
            metadata.insert("annotations", annotations);
            o.insert("metadata", metadata);
            return o;
        };
        const QString ssa = "kustomize.toolkit.fluxcd.io/ssa";
        const QJsonObject desired = dryRunDeployment();
        QCOMPARE(ObjectComparer::ssaPolicy(desired), SsaPolicy::Override);
        QCOMPARE(ObjectComparer::ssaPolicy(withAnnotation(desired, ssa, "Merge")), SsaPolicy::Merge);
        QVERIFY(!comparer.skipped(deploymentId(), desired, liveDeployment()));
        QVERIFY(!comparer.skipped(deploymentId(), withAnnotation(desired, ssa, "Merge"), liveDeployment()));

        const auto ignore = comparer.skipped(deploymentId(), withAnnotation(desired, ssa, "Ignore"), liveDeployment());
        QVERIFY(ignore);
        QCOMPARE(ignore->kind, DriftKind::Skipped);
        QVERIFY(ignore->message.contains("Ignore"));
        QVERIFY(comparer.skipped(deploymentId(), withAnnotation(desired, ssa, "Ignore"), {}));

        // IfNotPresent: skipped when the object exists, created when it does not.
        QVERIFY(comparer.skipped(deploymentId(), withAnnotation(desired, ssa, "IfNotPresent"), liveDeployment()));
        QVERIFY(!comparer.skipped(deploymentId(), withAnnotation(desired, ssa, "IfNotPresent"), {}));

        // reconcile: disabled set on the object in the cluster pauses it.
        const QString reconcile = "kustomize.toolkit.fluxcd.io/reconcile";
        const auto disabled = comparer.skipped(deploymentId(), desired,
                                               withAnnotation(liveDeployment(), reconcile, "disabled"));
        QVERIFY(disabled);
        QVERIFY(disabled->message.contains("disabled"));
    }

    void createdAndPrunedCarryOneSide()
    {
        const ObjectComparer comparer;
        const ObjectDrift create = comparer.created(deploymentId(), dryRunDeployment());
        QCOMPARE(create.kind, DriftKind::Create);
        QVERIFY(create.liveYaml.isEmpty());
        QVERIFY(create.desiredYaml.contains("image: nginx:1.27\n"));
        const ObjectDrift prune = comparer.pruned(deploymentId(), liveDeployment());
        QCOMPARE(prune.kind, DriftKind::Prune);
        QVERIFY(prune.desiredYaml.isEmpty());
        QVERIFY(prune.liveYaml.startsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"));
        KustomizationDrift report;
        report.objects = {create, prune, comparer.compare(deploymentId(), liveDeployment(), liveDeployment())};
        QCOMPARE(report.driftCount(), 2);
    }

    void yamlQuotesWhatWouldReadAsAnotherType()
    {
        const QString yaml = DriftYaml::write(json("{\"kind\": \"ConfigMap\", \"data\": {\"a\": \"true\", \"b\": \"08\",\n"
"            \"c\": \"plain\", \"d\": \"\", \"e\": \"x: y\", \"f\": \"1.5\", \"g\": \"line\\nbreak\"}, \"count\": 3, \"n\": 4, \"list\": [{\"k\": 1, \"j\": 2}, \"s\"]}"));
        QVERIFY(yaml.startsWith("kind: ConfigMap\n"));
        QVERIFY(yaml.contains("  a: \"true\"\n"));
        QVERIFY(yaml.contains("  b: \"08\"\n"));
        QVERIFY(yaml.contains("  c: plain\n"));
        QVERIFY(yaml.contains("  d: \"\"\n"));
        QVERIFY(yaml.contains("  e: \"x: y\"\n"));
        QVERIFY(yaml.contains("  f: \"1.5\"\n"));
        QVERIFY(yaml.contains("  g: \"line\\nbreak\"\n"));
        QVERIFY(yaml.contains("list:\n- j: 2\n  k: 1\n- s\n"));
        QVERIFY(yaml.contains("count: 3\n"));
        QVERIFY(yaml.contains("\"n\": 4\n"));
    }
};

QTEST_GUILESS_MAIN(TestDriftComparer)
#include "tst_driftcomparer.moc"
