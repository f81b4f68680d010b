#include "manifest/ManifestParser.h"
#include "manifest/RepositoryLoader.h"
#include "manifest/YamlAccess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

/// Gives a file a modification time of its own, so a reload sees it changed whatever the clock resolution.
void setModified(const QString& path, const QDateTime& when)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
}

const ParsedFile* findFile(const RepositoryContent& content, const QString& path)
{
    return content.file(path);
}

bool hasErrorCode(const std::vector<Error>& errors, const QString& code)
{
    return std::any_of(errors.begin(), errors.end(), [&code](const Error& e) { return e.code == code; });
}

const QByteArray configMap = QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n");

} // namespace

class TestManifestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiDocumentFileKeepsEachDocumentsLineAndColumn();
    void locateGivesTheFilePositionOfNestedNodes();
    void contentOnTheMarkerLineParsesAsInAStream();
    void malformedDocumentBecomesAnErrorWithFileLineAndColumn();
    void objectIdentityComesFromApiVersionKindNamespaceAndName();
    void byteOrderMarkIsIgnored();
    void billionLaughsAliasesAreRefused();
    void fewAliasesAreAccepted();
    void hundredLevelNestingIsRefused_data();
    void hundredLevelNestingIsRefused();
    void fiftyMegabyteFileIsRefused();
    void binaryFileIsRefused_data();
    void binaryFileIsRefused();
    void symlinkPointingOutsideTheRepositoryIsRefused();
    void symlinkInsideTheRepositoryIsRead();
    void blobIdEqualsGitHashObject_data();
    void blobIdEqualsGitHashObject();
    void unchangedFilesAreNotReparsedOnReload();
    void touchedFileWithSameContentIsTakenFromTheCache();
    void yamlAccessorsNeverChangeTheDocument();
    void nonScalarKeysDoNotConfuseAccessors();
};

void TestManifestParser::multiDocumentFileKeepsEachDocumentsLineAndColumn()
{
    const QByteArray content = "# A leading comment\n"           // 1
                               "apiVersion: v1\n"                 // 2
                               "kind: Namespace\n"                // 3
                               "metadata:\n"                      // 4
                               "  name: shop\n"                   // 5
                               "---\n"                            // 6
                               "# comment only\n"                 // 7
                               "---\n"                            // 8
                               "\n"                               // 9
                               "  apiVersion: apps/v1\n"          // 10
                               "  kind: Deployment\n"             // 11
                               "  metadata:\n"                    // 12
                               "    name: web\n"                  // 13
                               "    namespace: shop\n"            // 14
                               "...\n"                            // 15
                               "---\n"                            // 16
                               "apiVersion: v1\n"                 // 17
                               "kind: Service\n"                  // 18
                               "metadata: {name: web, namespace: shop}\n"; // 19
    const ParsedFile file = ManifestParser().parse(QStringLiteral("apps/shop.yaml"), content);
    QVERIFY(file.errors.empty());
    QCOMPARE(file.path, QStringLiteral("apps/shop.yaml"));
    QCOMPARE(file.documents.size(), size_t(3));

    const ManifestDocument& ns = file.documents[0];
    QCOMPARE(ns.location, (SourceLocation{QStringLiteral("apps/shop.yaml"), 2, 1}));
    QCOMPARE(ns.id.displayName(), QStringLiteral("Namespace/shop"));

    const ManifestDocument& deployment = file.documents[1];
    QCOMPARE(deployment.location, (SourceLocation{QStringLiteral("apps/shop.yaml"), 10, 3}));
    QCOMPARE(deployment.firstLine, 9);
    QCOMPARE(deployment.endLine, 14);
    QCOMPARE(deployment.id.displayName(), QStringLiteral("Deployment/shop/web"));
    QVERIFY(deployment.text.contains(QLatin1String("kind: Deployment")));
    QVERIFY(!deployment.text.contains(QLatin1String("Service")));

    const ManifestDocument& service = file.documents[2];
    QCOMPARE(service.location.line, 17);
    QCOMPARE(service.id.displayName(), QStringLiteral("Service/shop/web"));
    QVERIFY(ns.index < deployment.index && deployment.index < service.index);
}

void TestManifestParser::locateGivesTheFilePositionOfNestedNodes()
{
    const QByteArray content = "apiVersion: v1\n"     // 1
                               "kind: ConfigMap\n"    // 2
                               "metadata:\n"          // 3
                               "  name: first\n"      // 4
                               "---\n"                // 5
                               "apiVersion: kustomize.toolkit.fluxcd.io/v1\n" // 6
                               "kind: Kustomization\n" // 7
                               "metadata:\n"           // 8
                               "  name: apps\n"        // 9
                               "spec:\n"               // 10
                               "  path: ./apps\n"      // 11
                               "  dependsOn:\n"        // 12
                               "    - name: infra\n"   // 13
                               "    - name: crds\n";   // 14
    const ParsedFile file = ManifestParser().parse(QStringLiteral("k.yaml"), content);
    QCOMPARE(file.documents.size(), size_t(2));
    const ManifestDocument& doc = file.documents[1];
    QCOMPARE(doc.locate(yaml::at(doc.node, {"spec", "path"})), (SourceLocation{QStringLiteral("k.yaml"), 11, 9}));
    const YAML::Node depends = yaml::at(doc.node, {"spec", "dependsOn"});
    QVERIFY(depends.IsSequence());
    QCOMPARE(doc.locate(depends[1]), (SourceLocation{QStringLiteral("k.yaml"), 14, 7}));
    // A missing node falls back to the document's own position.
    QCOMPARE(doc.locate(yaml::at(doc.node, {"spec", "prune"})), doc.location);
}

void TestManifestParser::contentOnTheMarkerLineParsesAsInAStream()
{
    const QByteArray content = "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: flow}}\n" // 1
                               "--- apiVersion: v1\n"                                              // 2
                               "kind: Secret\n"                                                     // 3
                               "---\n"                                                              // 4
                               "apiVersion: v1\n"                                                   // 5
                               "kind: ConfigMap\n"                                                  // 6
                               "metadata:\n"                                                        // 7
                               "  name: last\n";                                                    // 8
    const ParsedFile file = ManifestParser().parse(QStringLiteral("m.yaml"), content);
    QCOMPARE(file.documents.size(), size_t(2));
    QCOMPARE(file.documents[0].id.name, QStringLiteral("flow"));
    QCOMPARE(file.documents[0].location, (SourceLocation{QStringLiteral("m.yaml"), 1, 5}));
    QCOMPARE(file.documents[1].id.name, QStringLiteral("last"));
    QCOMPARE(file.documents[1].location.line, 5);
    // A block mapping cannot start on the marker line: refused, as Flux (and any YAML parser) refuses it.
    QCOMPARE(file.errors.size(), size_t(1));
    QCOMPARE(file.errors[0].code, QStringLiteral("yaml.syntax"));
    QCOMPARE(file.errors[0].where.line, 2);
}

void TestManifestParser::malformedDocumentBecomesAnErrorWithFileLineAndColumn()
{
    const QByteArray content = "apiVersion: v1\n"        // 1
                               "kind: ConfigMap\n"       // 2
                               "metadata:\n"             // 3
                               "  name: good\n"          // 4
                               "---\n"                   // 5
                               "apiVersion: v1\n"        // 6
                               "kind: ConfigMap\n"       // 7
                               "metadata:\n"             // 8
                               "  name: bad: value\n"    // 9: a second ':' in a plain scalar
                               "---\n"                   // 10
                               "apiVersion: v1\n"        // 11
                               "kind: ConfigMap\n"       // 12
                               "metadata:\n"             // 13
                               "  name: after\n";        // 14
    const ParsedFile file = ManifestParser().parse(QStringLiteral("broken/cm.yaml"), content);
    QCOMPARE(file.errors.size(), size_t(1));
    const Error& error = file.errors.front();
    QCOMPARE(error.code, QStringLiteral("yaml.syntax"));
    QCOMPARE(error.where.file, QStringLiteral("broken/cm.yaml"));
    QCOMPARE(error.where.line, 9);
    QCOMPARE(error.where.column, 12);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.toString().contains(QLatin1String("broken/cm.yaml:9")));
    // Loading continues: the documents before and after are there.
    QCOMPARE(file.documents.size(), size_t(2));
    QCOMPARE(file.documents[0].id.name, QStringLiteral("good"));
    QCOMPARE(file.documents[1].id.name, QStringLiteral("after"));
    QCOMPARE(file.documents[1].location.line, 11);
}

void TestManifestParser::objectIdentityComesFromApiVersionKindNamespaceAndName()
{
    const QByteArray content = QByteArrayLiteral(R"(apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
  namespace: apps
---
apiVersion: helm.toolkit.fluxcd.io/v2beta2
kind: HelmRelease
metadata:
  name: podinfo
  namespace: apps
---
resources:
  - podinfo.yaml
)");
    const ParsedFile file = ManifestParser().parse(QStringLiteral("hr.yaml"), content);
    QCOMPARE(file.documents.size(), size_t(3));
    const ObjectId& id = file.documents[0].id;
    QCOMPARE(id.group, QStringLiteral("helm.toolkit.fluxcd.io"));
    QCOMPARE(id.version, QStringLiteral("v2"));
    QCOMPARE(id.kind, QStringLiteral("HelmRelease"));
    QCOMPARE(id.ns, QStringLiteral("apps"));
    QCOMPARE(id.name, QStringLiteral("podinfo"));
    QCOMPARE(id.apiVersion(), QStringLiteral("helm.toolkit.fluxcd.io/v2"));
    QCOMPARE(id.key(), QStringLiteral("helm.toolkit.fluxcd.io/HelmRelease/apps/podinfo"));
    // The version is not part of identity.
    QCOMPARE(file.documents[1].id, id);
    // A document that is not a Kubernetes object is kept, without identity.
    QVERIFY(!file.documents[2].isObject());
}

void TestManifestParser::byteOrderMarkIsIgnored()
{
    const ParsedFile file = ManifestParser().parse(QStringLiteral("bom.yaml"), QByteArray("\xEF\xBB\xBF") + configMap);
    QVERIFY(file.errors.empty());
    QCOMPARE(file.documents.size(), size_t(1));
    QCOMPARE(file.documents[0].id.kind, QStringLiteral("ConfigMap"));
    QCOMPARE(file.documents[0].location.line, 1);
}

void TestManifestParser::billionLaughsAliasesAreRefused()
{
    QByteArray content = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n"
                         "  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        QByteArrayList refs;
        for (int i = 0; i < 9; ++i)
            refs.append("*a" + QByteArray::number(level - 1));
        content += "  a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + refs.join(", ")
                   + "]\n";
    }
    content += "---\n" + configMap;
    const ParsedFile file = ManifestParser().parse(QStringLiteral("lol.yaml"), content);
    QCOMPARE(file.errors.size(), size_t(1));
    QCOMPARE(file.errors[0].code, QStringLiteral("limit.structure"));
    QCOMPARE(file.errors[0].where, (SourceLocation{QStringLiteral("lol.yaml"), 1, 1}));
    QVERIFY2(file.errors[0].message.contains(QLatin1String("billion laughs")), qPrintable(file.errors[0].message));
    // The next document of the file still loads.
    QCOMPARE(file.documents.size(), size_t(1));
    QCOMPARE(file.documents[0].id.name, QStringLiteral("settings"));
}

void TestManifestParser::fewAliasesAreAccepted()
{
    const ParsedFile file = ManifestParser().parse(QStringLiteral("anchors.yaml"), QByteArrayLiteral(R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: anchors
  labels: &labels {app: web, tier: front}
  annotations: *labels
)"));
    QVERIFY(file.errors.empty());
    QCOMPARE(file.documents.size(), size_t(1));
    QCOMPARE(yaml::scalarAt(file.documents[0].node, {"metadata", "annotations", "tier"}), QStringLiteral("front"));
}

void TestManifestParser::hundredLevelNestingIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray header = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n";
    QTest::newRow("flow sequences") << header + "data:\n  x: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n";
    QByteArray blocks = header + "spec:\n";
    for (int level = 1; level <= 100; ++level)
        blocks += QByteArray(level * 2, ' ') + "k" + QByteArray::number(level) + ":\n";
    blocks += QByteArray(202, ' ') + "leaf\n";
    QTest::newRow("block mappings") << blocks;
}

void TestManifestParser::hundredLevelNestingIsRefused()
{
    QFETCH(QByteArray, content);
    const ParsedFile file = ManifestParser().parse(QStringLiteral("deep.yaml"), content);
    QVERIFY(file.documents.empty());
    QCOMPARE(file.errors.size(), size_t(1));
    QCOMPARE(file.errors[0].code, QStringLiteral("limit.structure"));
    QVERIFY2(file.errors[0].message.contains(QString::number(ParseLimits{}.maxDepth)),
             qPrintable(file.errors[0].message));

    // Within the limit, the same shape is accepted.
    const QByteArray shallow = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shallow\ndata:\n  x: "
                               + QByteArray(20, '[') + QByteArray(20, ']') + "\n";
    QVERIFY(ManifestParser().parse(QStringLiteral("shallow.yaml"), shallow).errors.empty());
}

void TestManifestParser::fiftyMegabyteFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString repo = dir.filePath(QStringLiteral("repo"));
    // 50 MB of valid YAML: a ConfigMap with one huge value.
    QByteArray big = configMap + "data:\n  blob: \"";
    big += QByteArray(50 * 1024 * 1024, 'x');
    big += "\"\n";
    writeFile(repo + QStringLiteral("/big.yaml"), big);
    writeFile(repo + QStringLiteral("/small.yaml"), configMap);

    // The parser refuses the content by size, before any YAML work.
    const ParsedFile parsed = ManifestParser().parse(QStringLiteral("big.yaml"), big);
    QVERIFY(parsed.documents.empty());
    QCOMPARE(parsed.errors.size(), size_t(1));
    QCOMPARE(parsed.errors[0].code, QStringLiteral("limit.size"));
    QCOMPARE(parsed.errors[0].where.file, QStringLiteral("big.yaml"));

    // The loader does not even read it, and loads the rest.
    ParsedFileCache cache;
    RepositoryLoader loader;
    const RepositoryContent content = loader.load(repo, cache);
    QCOMPARE(content.refused.size(), size_t(1));
    QCOMPARE(content.refused[0].code, QStringLiteral("limit.size"));
    QCOMPARE(content.refused[0].where.file, QStringLiteral("big.yaml"));
    QVERIFY(content.refused[0].message.contains(QLatin1String("50.0 MB")));
    QCOMPARE(findFile(content, QStringLiteral("big.yaml")), nullptr);
    QVERIFY(findFile(content, QStringLiteral("small.yaml")));
    QCOMPARE(loader.filesReadLastLoad(), 1);
}

void TestManifestParser::binaryFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("NUL bytes") << png;
    QTest::newRow("invalid UTF-8") << QByteArray("apiVersion: v1\nkind: ConfigMap\ndata:\n  x: \xff\xfe\xc3\n");
}

void TestManifestParser::binaryFileIsRefused()
{
    QFETCH(QByteArray, content);
    const ParsedFile parsed = ManifestParser().parse(QStringLiteral("image.yaml"), content);
    QVERIFY(parsed.documents.empty());
    QCOMPARE(parsed.errors.size(), size_t(1));
    QCOMPARE(parsed.errors[0].code, QStringLiteral("input.binary"));
    QCOMPARE(parsed.errors[0].where.file, QStringLiteral("image.yaml"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("image.yaml")), content);
    writeFile(dir.filePath(QStringLiteral("ok.yaml")), configMap);
    ParsedFileCache cache;
    const RepositoryContent repo = RepositoryLoader().load(dir.path(), cache);
    const ParsedFile* image = findFile(repo, QStringLiteral("image.yaml"));
    QVERIFY(image);
    QVERIFY(image->documents.empty());
    QVERIFY(hasErrorCode(image->errors, QStringLiteral("input.binary")));
    QCOMPARE(findFile(repo, QStringLiteral("ok.yaml"))->documents.size(), size_t(1));
}

void TestManifestParser::symlinkPointingOutsideTheRepositoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    writeFile(outside + QStringLiteral("/secret.yaml"), configMap);
    writeFile(repo + QStringLiteral("/apps/app.yaml"), configMap);
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.yaml"), repo + QStringLiteral("/apps/stolen.yaml")));
    QVERIFY(QFile::link(outside, repo + QStringLiteral("/linked-dir")));

    ParsedFileCache cache;
    const RepositoryContent content = RepositoryLoader().load(repo, cache);
    QCOMPARE(content.files.size(), size_t(1));
    QVERIFY(findFile(content, QStringLiteral("apps/app.yaml")));
    QCOMPARE(findFile(content, QStringLiteral("apps/stolen.yaml")), nullptr);
    QCOMPARE(findFile(content, QStringLiteral("linked-dir/secret.yaml")), nullptr);

    QStringList refused;
    for (const Error& error : content.refused) {
        QCOMPARE(error.code, QStringLiteral("input.symlink-escape"));
        QVERIFY(error.message.contains(QLatin1String("outside")));
        refused.append(error.where.file);
    }
    refused.sort();
    QCOMPARE(refused, (QStringList{QStringLiteral("apps/stolen.yaml"), QStringLiteral("linked-dir")}));
}

void TestManifestParser::symlinkInsideTheRepositoryIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("base/cm.yaml")), configMap);
    QDir().mkpath(dir.filePath(QStringLiteral("overlay")));
    QVERIFY(QFile::link(QStringLiteral("../base/cm.yaml"), dir.filePath(QStringLiteral("overlay/cm.yaml"))));

    ParsedFileCache cache;
    const RepositoryContent content = RepositoryLoader().load(dir.path(), cache);
    QVERIFY(content.refused.empty());
    QVERIFY(findFile(content, QStringLiteral("base/cm.yaml")));
    const ParsedFile* linked = findFile(content, QStringLiteral("overlay/cm.yaml"));
    QVERIFY(linked);
    QCOMPARE(linked->documents.size(), size_t(1));
}

void TestManifestParser::blobIdEqualsGitHashObject_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("manifest") << configMap;
    QTest::newRow("no final newline") << QByteArray("kind: ConfigMap");
    QTest::newRow("utf-8") << QByteArray("data:\n  greeting: \xc3\xa9t\xc3\xa9\n");
}

void TestManifestParser::blobIdEqualsGitHashObject()
{
    QFETCH(QByteArray, content);
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    QVERIFY2(!git.isEmpty(), "git is part of the build environment");
    QProcess process;
    process.start(git, {QStringLiteral("hash-object"), QStringLiteral("--stdin")});
    QVERIFY(process.waitForStarted());
    process.write(content);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    const QByteArray expected = process.readAllStandardOutput().trimmed();
    QCOMPARE(expected.size(), 40);
    QCOMPARE(ManifestParser::gitBlobId(content), expected);
    QCOMPARE(ManifestParser().parse(QStringLiteral("f.yaml"), content).blobId, expected);
}

void TestManifestParser::unchangedFilesAreNotReparsedOnReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const char* name : {"a.yaml", "b.yaml", "sub/c.yaml"}) {
        writeFile(dir.filePath(QLatin1String(name)), configMap);
        setModified(dir.filePath(QLatin1String(name)), base);
    }

    ParsedFileCache cache;
    RepositoryLoader loader;
    const RepositoryContent first = loader.load(dir.path(), cache);
    QCOMPARE(first.files.size(), size_t(3));
    QCOMPARE(loader.filesReadLastLoad(), 3);
    QCOMPARE(loader.filesParsedLastLoad(), 3);

    // Nothing changed: nothing read, nothing parsed, the same parsed files.
    const RepositoryContent second = loader.load(dir.path(), cache, &first);
    QCOMPARE(loader.filesReadLastLoad(), 0);
    QCOMPARE(loader.filesParsedLastLoad(), 0);
    QCOMPARE(second.files.size(), size_t(3));
    for (size_t i = 0; i < second.files.size(); ++i)
        QCOMPARE(second.files[i].get(), first.files[i].get());

    // One file changed: only it is read and parsed again.
    writeFile(dir.filePath(QStringLiteral("b.yaml")), configMap + "data:\n  changed: \"yes\"\n");
    setModified(dir.filePath(QStringLiteral("b.yaml")), base.addSecs(60));
    const RepositoryContent third = loader.load(dir.path(), cache, &second);
    QCOMPARE(loader.filesReadLastLoad(), 1);
    QCOMPARE(loader.filesParsedLastLoad(), 1);
    QCOMPARE(third.file(QStringLiteral("a.yaml")), second.file(QStringLiteral("a.yaml")));
    QCOMPARE(third.file(QStringLiteral("sub/c.yaml")), second.file(QStringLiteral("sub/c.yaml")));
    QVERIFY(third.file(QStringLiteral("b.yaml")) != second.file(QStringLiteral("b.yaml")));
    QCOMPARE(yaml::scalarAt(third.file(QStringLiteral("b.yaml"))->documents[0].node, {"data", "changed"}),
             QStringLiteral("yes"));
}

void TestManifestParser::touchedFileWithSameContentIsTakenFromTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    writeFile(path, configMap);
    setModified(path, QDateTime::currentDateTimeUtc().addSecs(-3600));

    ParsedFileCache cache;
    RepositoryLoader loader;
    const RepositoryContent first = loader.load(dir.path(), cache);
    QCOMPARE(loader.filesParsedLastLoad(), 1);

    // A checkout that rewrites the file with the same content changes its time, not its blob id.
    writeFile(path, configMap);
    setModified(path, QDateTime::currentDateTimeUtc().addSecs(-60));
    const RepositoryContent second = loader.load(dir.path(), cache, &first);
    QCOMPARE(loader.filesReadLastLoad(), 1);
    QCOMPARE(loader.filesParsedLastLoad(), 0);
    QCOMPARE(second.file(QStringLiteral("a.yaml")), first.file(QStringLiteral("a.yaml")));
    QCOMPARE(cache.size(), qsizetype(1));
}

void TestManifestParser::yamlAccessorsNeverChangeTheDocument()
{
    const ParsedFile file = ManifestParser().parse(QStringLiteral("k.yaml"), QByteArrayLiteral(R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: stable
  annotations:
    a: "1"
data:
  key: value
)"));
    QCOMPARE(file.documents.size(), size_t(1));
    const ManifestDocument& doc = file.documents[0];
    const QString before = doc.text;
    // Reading paths, present and missing, many times: the tree stays as it was parsed.
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(yaml::scalarAt(doc.node, {"metadata", "annotations", "a"}), QStringLiteral("1"));
        QCOMPARE(yaml::scalarAt(doc.node, {"metadata", "labels", "missing"}), QString());
        QCOMPARE(yaml::scalarAt(doc.node, {"data", "key"}), QStringLiteral("value"));
        QVERIFY(!yaml::at(doc.node, {"spec", "path"}).IsDefined());
    }
    QCOMPARE(yaml::scalar(doc.node, "kind"), QStringLiteral("ConfigMap"));
    QVERIFY(!yaml::child(doc.node, "spec").IsDefined());
    QVERIFY(!yaml::child(doc.node, "labels").IsDefined());
    QCOMPARE(doc.node.size(), size_t(4));
    QCOMPARE(doc.text, before);
}

void TestManifestParser::nonScalarKeysDoNotConfuseAccessors()
{
    const ParsedFile file = ManifestParser().parse(QStringLiteral("odd.yaml"), QByteArrayLiteral(R"(? [a, b]
: complex
? {k: v}
: also
kind: ConfigMap
)"));
    QVERIFY(file.errors.empty());
    QCOMPARE(file.documents.size(), size_t(1));
    const ManifestDocument& doc = file.documents[0];
    QVERIFY(!doc.isObject());
    QCOMPARE(yaml::scalar(doc.node, "kind"), QStringLiteral("ConfigMap"));
    QCOMPARE(yaml::stringMap(doc.node).size(), 1);
    QCOMPARE(yaml::scalar(doc.node, "a"), QString());
}

QTEST_GUILESS_MAIN(TestManifestParser)

#include "tst_manifestparser.moc"
