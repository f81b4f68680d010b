#include "TemporaryFleet.h"

#include "engine/WorkspaceLoader.h"
#include "fleet/DemoFleetGenerator.h"
#include "git/GitRepository.h"
#include "manifest/ManifestParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

Q_DECLARE_METATYPE(fleetdesk::DemoFleetOptions)

namespace {

/// Runs `git -C repository args...` and returns its standard output; fails the test when git fails.
QString git(const QString& repository, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repository} + args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("git %s failed: %s", qPrintable(args.join(u' ')), process.readAllStandardError().constData());
        return QStringLiteral("<git failed>");
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

/// Every file of a work tree (relative, sorted), .git excluded.
QStringList workTreeFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String(".git/")))
            files.append(relative);
    }
    files.sort();
    return files;
}

QStringList subdirectories(const QString& path)
{
    QStringList names = QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

/// Independent check of a bech32 string (BIP 173): charset, and the checksum over the expanded human-readable part.
bool isValidBech32(const QString& text, const QString& expectedHrp)
{
    static const QString charset = QStringLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
    const qsizetype separator = text.lastIndexOf(u'1');
    if (separator < 1 || text.left(separator) != expectedHrp || text.size() - separator - 1 < 6)
        return false;
    std::vector<quint32> values;
    for (QChar c : expectedHrp)
        values.push_back(c.unicode() >> 5);
    values.push_back(0);
    for (QChar c : expectedHrp)
        values.push_back(c.unicode() & 31);
    for (QChar c : text.mid(separator + 1)) {
        const qsizetype value = charset.indexOf(c);
        if (value < 0)
            return false;
        values.push_back(quint32(value));
    }
    const quint32 generator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 checksum = 1;
    for (quint32 value : values) {
        const quint32 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= generator[i];
        }
    }
    return checksum == 1;
}

QStringList findingRules(const std::vector<Issue>& issues)
{
    QStringList rules;
    for (const Issue& issue : issues)
        rules.append(issue.ruleId);
    rules.sort();
    return rules;
}

QString describe(const std::vector<Issue>& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines.append(QStringLiteral("%1 %2 %3: %4")
                         .arg(issue.ruleId, issue.repository, issue.location.toString(), issue.message));
    return lines.join(u'\n');
}

} // namespace

class TestDemoFleetGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultFleetWritesThePlatformAndOneRepositoryPerTenant();
    void repositoriesAreGitRepositoriesOnMainWithACleanWorkTree();
    void repositoriesHaveTheExpectedHistoryByTheDemoAuthor();
    void defaultFleetHasTheDocumentedLayout();
    void legacyTenantIsOnlyInTheFirstClusterWithAPlainSecret();
    void everyYamlFileParsesWithoutErrors_data();
    void everyYamlFileParsesWithoutErrors();
    void generationIsDeterministic();
    void refusesToWriteOverAnExistingRepository_data();
    void refusesToWriteOverAnExistingRepository();
    void rejectsSizesOutOfRange_data();
    void rejectsSizesOutOfRange();
    void customSizesProduceTheRequestedClustersTenantsAndKustomizations_data();
    void customSizesProduceTheRequestedClustersTenantsAndKustomizations();
    void clusterAndTenantNamesAreGeneratedUniquely();
    void sopsConfigurationNamesAValidAgeRecipient();
    void lintingTheDemoReportsExactlyThePlantedLegacyFindings();
    void lintingAFleetWithoutLegacyReportsNothing_data();
    void lintingAFleetWithoutLegacyReportsNothing();
};

void TestDemoFleetGenerator::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(), "git must be installed for this test");
}

void TestDemoFleetGenerator::defaultFleetWritesThePlatformAndOneRepositoryPerTenant()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const DemoFleetSummary& summary = fleet.summary();

    QCOMPARE(summary.platformPath, QDir(fleet.directory()).filePath(QStringLiteral("platform-flux")));
    QCOMPARE(summary.clusters, (QStringList{QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}));
    QCOMPARE(summary.tenants, (QStringList{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech"),
                                           QStringLiteral("legacy")}));
    QCOMPARE(summary.clusterCount, 2);
    QCOMPARE(summary.tenantCount, 4);
    QCOMPARE(subdirectories(QDir(fleet.directory()).filePath(QStringLiteral("tenants"))), summary.tenants);
    for (const QString& tenant : summary.tenants)
        QVERIFY(summary.tenantPaths.contains(fleet.tenantRoot(tenant)));

    int files = 0;
    for (const QString& repository : summary.repositoryPaths())
        files += int(git(repository, {QStringLiteral("ls-files")}).split(u'\n', Qt::SkipEmptyParts).size());
    QCOMPARE(summary.fileCount, files);
}

void TestDemoFleetGenerator::repositoriesAreGitRepositoriesOnMainWithACleanWorkTree()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    for (const QString& path : fleet.summary().repositoryPaths()) {
        QCOMPARE(git(path, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")}),
                 QStringLiteral("main"));
        QCOMPARE(git(path, {QStringLiteral("status"), QStringLiteral("--porcelain"),
                            QStringLiteral("--untracked-files=all")}),
                 QString());
        QCOMPARE(git(path, {QStringLiteral("fsck"), QStringLiteral("--no-progress")}), QString());

        auto repository = GitRepository::open(path);
        QVERIFY2(repository.has_value(), qPrintable(repository ? QString() : repository.error().toString()));
        QCOMPARE(repository->currentBranch().value_or(QString()), QStringLiteral("main"));
        QCOMPARE(repository->headCommitId().value_or(QString()),
                 git(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    }
}

void TestDemoFleetGenerator::repositoriesHaveTheExpectedHistoryByTheDemoAuthor()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const DemoFleetSummary& summary = fleet.summary();

    const QStringList subjects{QStringLiteral("log"), QStringLiteral("--reverse"), QStringLiteral("--format=%s")};
    QCOMPARE(git(summary.platformPath, subjects),
             QStringLiteral("Bootstrap flux-system\nAdd infrastructure\nOnboard tenants"));
    int commits = 3;
    for (const QString& path : summary.tenantPaths) {
        QCOMPARE(git(path, subjects), QStringLiteral("Initial workload\nTune replicas"));
        commits += 2;
    }
    QCOMPARE(summary.commitCount, commits);

    for (const QString& path : summary.repositoryPaths()) {
        const QStringList people =
            git(path, {QStringLiteral("log"), QStringLiteral("--format=%an <%ae>|%cn <%ce>")}).split(u'\n');
        for (const QString& line : people)
            QCOMPARE(line, QStringLiteral("Fleetdesk Demo <demo@fleetdesk.test>|Fleetdesk Demo <demo@fleetdesk.test>"));
        auto repository = GitRepository::open(path);
        QVERIFY(repository.has_value());
        QCOMPARE(repository->commitCount().value_or(-1), int(people.size()));
    }
}

void TestDemoFleetGenerator::defaultFleetHasTheDocumentedLayout()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const QDir platform(fleet.platformRoot());

    QCOMPARE(subdirectories(platform.filePath(QStringLiteral("clusters"))),
             (QStringList{QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}));
    QVERIFY(platform.exists(QStringLiteral(".sops.yaml")));
    for (const QString& cluster : fleet.summary().clusters) {
        const QString c = QStringLiteral("clusters/") + cluster;
        for (const char* file : {"gotk-components.yaml", "gotk-sync.yaml", "kustomization.yaml"})
            QVERIFY2(platform.exists(c + QStringLiteral("/flux-system/") + QLatin1String(file)), file);
        QCOMPARE(workTreeFiles(platform.filePath(c + QStringLiteral("/infrastructure"))),
                 (QStringList{QStringLiteral("cert-manager.yaml"), QStringLiteral("ingress-nginx.yaml"),
                              QStringLiteral("monitoring.yaml")}));
        for (const QString& component : {QStringLiteral("cert-manager"), QStringLiteral("ingress-nginx"),
                                         QStringLiteral("monitoring")}) {
            QVERIFY(platform.exists(QStringLiteral("infrastructure/overlays/%1/%2/kustomization.yaml")
                                        .arg(cluster, component)));
        }
        QCOMPARE(subdirectories(platform.filePath(c + QStringLiteral("/tenants"))),
                 cluster == QLatin1String("prod-eu-west-1")
                     ? (QStringList{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech"),
                                    QStringLiteral("legacy")})
                     : (QStringList{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")}));
        for (const QString& tenant : {QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")}) {
            QCOMPARE(workTreeFiles(platform.filePath(c + QStringLiteral("/tenants/") + tenant)),
                     (QStringList{QStringLiteral("kustomization.yaml"), QStringLiteral("namespace.yaml"),
                                  QStringLiteral("rbac.yaml"), QStringLiteral("sync.yaml")}));
        }
    }
    for (const QString& component : {QStringLiteral("cert-manager"), QStringLiteral("ingress-nginx"),
                                      QStringLiteral("monitoring")}) {
        QCOMPARE(workTreeFiles(platform.filePath(QStringLiteral("infrastructure/base/") + component)),
                 (QStringList{QStringLiteral("kustomization.yaml"), QStringLiteral("namespace.yaml"),
                              QStringLiteral("release.yaml"), QStringLiteral("repository.yaml")}));
    }

    for (const QString& tenant : {QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")}) {
        QCOMPARE(workTreeFiles(fleet.tenantRoot(tenant)),
                 (QStringList{QStringLiteral("base/configmap.yaml"), QStringLiteral("base/deployment.yaml"),
                              QStringLiteral("base/hpa.yaml"), QStringLiteral("base/kustomization.yaml"),
                              QStringLiteral("base/service.yaml"),
                              QStringLiteral("clusters/prod-eu-west-1/kustomization.yaml"),
                              QStringLiteral("clusters/prod-us-east-1/kustomization.yaml")}));
        QFile sync(platform.filePath(QStringLiteral("clusters/prod-us-east-1/tenants/%1/sync.yaml").arg(tenant)));
        QVERIFY(sync.open(QIODevice::ReadOnly));
        const QByteArray text = sync.readAll();
        QVERIFY(text.contains(QByteArray("url: https://git.fleetdesk.test/tenants/" + tenant.toUtf8() + ".git")));
        QVERIFY(text.contains(QByteArray("serviceAccountName: tenant-" + tenant.toUtf8() + "-flux")));
        QVERIFY(text.contains("path: ./clusters/prod-us-east-1\n"));
        QVERIFY(text.contains("prune: true"));
    }
}

void TestDemoFleetGenerator::legacyTenantIsOnlyInTheFirstClusterWithAPlainSecret()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const QString legacy = fleet.tenantRoot(QStringLiteral("legacy"));
    QCOMPARE(subdirectories(QDir(legacy).filePath(QStringLiteral("clusters"))),
             QStringList{QStringLiteral("prod-eu-west-1")});
    QVERIFY(!QDir(fleet.platformRoot()).exists(QStringLiteral("clusters/prod-us-east-1/tenants/legacy")));

    QFile secret(QDir(legacy).filePath(QStringLiteral("base/secret.yaml")));
    QVERIFY(secret.open(QIODevice::ReadOnly));
    const QByteArray text = secret.readAll();
    QVERIFY(text.contains("kind: Secret"));
    QVERIFY(!text.contains("sops:"));

    QFile sync(QDir(fleet.platformRoot()).filePath(QStringLiteral("clusters/prod-eu-west-1/tenants/legacy/sync.yaml")));
    QVERIFY(sync.open(QIODevice::ReadOnly));
    const QByteArray syncText = sync.readAll();
    QVERIFY(syncText.contains("toolkit.fluxcd.io/tenant: legacy"));
    QVERIFY(!syncText.contains("serviceAccountName"));
}

void TestDemoFleetGenerator::everyYamlFileParsesWithoutErrors_data()
{
    QTest::addColumn<DemoFleetOptions>("options");
    QTest::newRow("default demo") << DemoFleetOptions{};
    QTest::newRow("3 clusters, 5 tenants, 3 Kustomizations each") << DemoFleetOptions{3, 5, 3, true};
}

void TestDemoFleetGenerator::everyYamlFileParsesWithoutErrors()
{
    QFETCH(DemoFleetOptions, options);
    TemporaryFleet fleet(options);
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));

    const ManifestParser parser;
    int yamlFiles = 0;
    QSet<QString> kinds;
    for (const QString& root : fleet.summary().repositoryPaths()) {
        for (const QString& path : workTreeFiles(root)) {
            if (!path.endsWith(QLatin1String(".yaml")))
                continue;
            QFile file(QDir(root).filePath(path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ParsedFile parsed = parser.parse(path, file.readAll());
            const QString firstError = parsed.errors.empty() ? QString() : parsed.errors.front().toString();
            QVERIFY2(parsed.errors.empty(), qPrintable(path + QStringLiteral(": ") + firstError));
            QVERIFY2(!parsed.documents.empty(), qPrintable(path));
            for (const ManifestDocument& document : parsed.documents)
                kinds.insert(document.id.kind);
            ++yamlFiles;
        }
    }
    QVERIFY(yamlFiles > 0);
    for (const char* kind : {"Namespace", "GitRepository", "Kustomization", "HelmRepository", "HelmRelease",
                             "ServiceAccount", "RoleBinding", "Deployment", "Service", "ConfigMap",
                             "HorizontalPodAutoscaler", "Secret"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void TestDemoFleetGenerator::generationIsDeterministic()
{
    TemporaryFleet first;
    TemporaryFleet second;
    QVERIFY2(first.isValid(), qPrintable(first.errorString()));
    QVERIFY2(second.isValid(), qPrintable(second.errorString()));
    QCOMPARE(first.summary().tenants, second.summary().tenants);

    const QStringList firstPaths = first.summary().repositoryPaths();
    const QStringList secondPaths = second.summary().repositoryPaths();
    QSet<QString> trees;
    for (int i = 0; i < firstPaths.size(); ++i) {
        auto a = GitRepository::open(firstPaths[i]);
        auto b = GitRepository::open(secondPaths[i]);
        QVERIFY(a.has_value() && b.has_value());
        const QString tree = a->headTreeId().value_or(QString());
        QCOMPARE(tree.size(), 40);
        QCOMPARE(b->headTreeId().value_or(QString()), tree);
        QCOMPARE(b->headCommitId().value_or(QString()), a->headCommitId().value_or(QString()));
        QCOMPARE(git(secondPaths[i], {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}), tree);
        trees.insert(tree);
    }
    // Each repository has content of its own.
    QCOMPARE(int(trees.size()), int(firstPaths.size()));
}

void TestDemoFleetGenerator::refusesToWriteOverAnExistingRepository_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("platform repository") << QStringLiteral("platform-flux");
    QTest::newRow("tenant repository") << QStringLiteral("tenants/globex");
}

void TestDemoFleetGenerator::refusesToWriteOverAnExistingRepository()
{
    QFETCH(QString, existing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(existing));
    QFile marker(QDir(dir.path()).filePath(existing + QStringLiteral("/notes.txt")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("mine\n");
    marker.close();

    const auto result = DemoFleetGenerator::generate(dir.path());
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, QStringLiteral("demo.exists"));
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(QDir(dir.path()).filePath(existing))),
             qPrintable(result.error().message));

    // Nothing was written: only what was there before.
    QCOMPARE(workTreeFiles(dir.path()), QStringList{existing + QStringLiteral("/notes.txt")});
    QVERIFY(!QDir(dir.path()).exists(existing + QStringLiteral("/.git")));
}

void TestDemoFleetGenerator::rejectsSizesOutOfRange_data()
{
    QTest::addColumn<DemoFleetOptions>("options");
    QTest::newRow("no clusters") << DemoFleetOptions{0, 3, 1, true};
    QTest::newRow("negative tenants") << DemoFleetOptions{2, -1, 1, true};
    QTest::newRow("no Kustomizations") << DemoFleetOptions{2, 3, 0, true};
    QTest::newRow("too many clusters") << DemoFleetOptions{DemoFleetGenerator::MaxClusters + 1, 3, 1, true};
}

void TestDemoFleetGenerator::rejectsSizesOutOfRange()
{
    QFETCH(DemoFleetOptions, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto result = DemoFleetGenerator::generate(dir.path(), options);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, QStringLiteral("demo.options"));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestDemoFleetGenerator::customSizesProduceTheRequestedClustersTenantsAndKustomizations_data()
{
    QTest::addColumn<DemoFleetOptions>("options");
    QTest::newRow("one cluster, no tenants") << DemoFleetOptions{1, 0, 1, false};
    QTest::newRow("one cluster, only legacy") << DemoFleetOptions{1, 0, 2, true};
    QTest::newRow("3 clusters, 5 tenants, 2 each") << DemoFleetOptions{3, 5, 2, true};
    QTest::newRow("13 clusters, 4 tenants") << DemoFleetOptions{13, 4, 1, false};
}

void TestDemoFleetGenerator::customSizesProduceTheRequestedClustersTenantsAndKustomizations()
{
    QFETCH(DemoFleetOptions, options);
    TemporaryFleet fleet(options);
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const DemoFleetSummary& summary = fleet.summary();
    const int tenantCount = options.tenants + (options.includeLegacyTenant ? 1 : 0);

    QCOMPARE(summary.clusterCount, options.clusters);
    QCOMPARE(summary.tenantCount, tenantCount);
    QCOMPARE(subdirectories(QDir(fleet.platformRoot()).filePath(QStringLiteral("clusters"))).size(),
             options.clusters);
    QCOMPARE(QSet<QString>(summary.clusters.begin(), summary.clusters.end()).size(), options.clusters);
    QCOMPARE(subdirectories(QDir(fleet.directory()).filePath(QStringLiteral("tenants"))).size(), tenantCount);
    QCOMPARE(summary.commitCount, (tenantCount > 0 ? 3 : 2) + 2 * tenantCount);

    // Each well-behaved tenant: K Kustomizations per cluster, each with a path in its repository.
    const QRegularExpression kustomization(QStringLiteral("^kind: Kustomization$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpression path(QStringLiteral("^  path: \\./(\\S+)$"), QRegularExpression::MultilineOption);
    for (const QString& tenant : DemoFleetGenerator::tenantNames(options.tenants)) {
        const QString tenantRoot = fleet.tenantRoot(tenant);
        for (const QString& cluster : summary.clusters) {
            QFile sync(QDir(fleet.platformRoot())
                           .filePath(QStringLiteral("clusters/%1/tenants/%2/sync.yaml").arg(cluster, tenant)));
            QVERIFY2(sync.open(QIODevice::ReadOnly), qPrintable(sync.fileName()));
            const QString text = QString::fromUtf8(sync.readAll());
            QCOMPARE(int(text.count(kustomization)), options.kustomizationsPerTenant);
            int paths = 0;
            auto it = path.globalMatch(text);
            while (it.hasNext()) {
                const QString directory = it.next().captured(1);
                QVERIFY2(QDir(tenantRoot).exists(directory + QStringLiteral("/kustomization.yaml")),
                         qPrintable(tenant + u':' + directory));
                ++paths;
            }
            QCOMPARE(paths, options.kustomizationsPerTenant);
        }
    }
}

void TestDemoFleetGenerator::clusterAndTenantNamesAreGeneratedUniquely()
{
    const QStringList clusters = DemoFleetGenerator::clusterNames(30);
    QCOMPARE(clusters.size(), 30);
    QCOMPARE(clusters.mid(0, 2), (QStringList{QStringLiteral("prod-eu-west-1"), QStringLiteral("prod-us-east-1")}));
    QCOMPARE(QSet<QString>(clusters.begin(), clusters.end()).size(), 30);
    for (const QString& name : clusters)
        QVERIFY2(QRegularExpression(QStringLiteral("^prod-[a-z]+-[a-z]+-\\d+$")).match(name).hasMatch(),
                 qPrintable(name));

    QCOMPARE(DemoFleetGenerator::tenantNames(2), (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
    const QStringList tenants = DemoFleetGenerator::tenantNames(80);
    QCOMPARE(tenants.size(), 80);
    QCOMPARE(tenants.front(), QStringLiteral("team-001"));
    QCOMPARE(tenants.back(), QStringLiteral("team-080"));
    QVERIFY(!tenants.contains(DemoFleetGenerator::legacyTenantName()));
}

void TestDemoFleetGenerator::sopsConfigurationNamesAValidAgeRecipient()
{
    const QString recipient = DemoFleetGenerator::sopsAgeRecipient();
    QCOMPARE(recipient.size(), 62);
    QVERIFY2(isValidBech32(recipient, QStringLiteral("age")), qPrintable(recipient));

    TemporaryFleet fleet({1, 0, 1, false});
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    QFile sops(QDir(fleet.platformRoot()).filePath(QStringLiteral(".sops.yaml")));
    QVERIFY(sops.open(QIODevice::ReadOnly));
    const QByteArray text = sops.readAll();
    QVERIFY(text.contains(QByteArray("age: " + recipient.toLatin1())));
    QVERIFY(text.contains("path_regex: '.*secret.*\\.yaml$'"));
}

void TestDemoFleetGenerator::lintingTheDemoReportsExactlyThePlantedLegacyFindings()
{
    TemporaryFleet fleet;
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(fleet.platformRoot());

    QVERIFY2(result.issues.size() == 2, qPrintable(describe(result.issues)));
    QCOMPARE(findingRules(result.issues), (QStringList{QStringLiteral("plain-secret"),
                                                       QStringLiteral("tenant-service-account")}));
    for (const Issue& issue : result.issues) {
        QVERIFY(!issue.silenced);
        QVERIFY(issue.location.line > 0);
        if (issue.ruleId == QLatin1String("plain-secret")) {
            QCOMPARE(issue.location.file, QStringLiteral("base/secret.yaml"));
            QCOMPARE(issue.repository, QStringLiteral("legacy"));
        } else {
            QCOMPARE(issue.location.file, QStringLiteral("clusters/prod-eu-west-1/tenants/legacy/sync.yaml"));
        }
    }
}

void TestDemoFleetGenerator::lintingAFleetWithoutLegacyReportsNothing_data()
{
    QTest::addColumn<DemoFleetOptions>("options");
    QTest::newRow("demo without legacy") << DemoFleetOptions{2, 3, 1, false};
    QTest::newRow("4 clusters, 6 tenants, 3 each") << DemoFleetOptions{4, 6, 3, false};
}

void TestDemoFleetGenerator::lintingAFleetWithoutLegacyReportsNothing()
{
    QFETCH(DemoFleetOptions, options);
    TemporaryFleet fleet(options);
    QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
    const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(fleet.platformRoot());
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QVERIFY(result.fleet);
    QCOMPARE(int(result.fleet->clusters.size()), options.clusters);
    for (const Cluster& cluster : result.fleet->clusters)
        QCOMPARE(int(cluster.tenants.size()), options.tenants);
}

QTEST_GUILESS_MAIN(TestDemoFleetGenerator)
#include "tst_demofleetgenerator.moc"
