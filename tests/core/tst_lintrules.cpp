#include "engine/WorkspaceLoader.h"
#include "fleet/DemoFleetGenerator.h"
#include "fleet/lint/Linter.h"
#include "manifest/ManifestParser.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

QString lintDataDir()
{
    return QStringLiteral(FLEETDESK_TEST_DATA_DIR "/lint");
}

/// "rule-id repository/file:line", with " silenced" appended for silenced findings: the expected.txt format.
QString describe(const Issue& issue)
{
    QString text = issue.ruleId + QLatin1Char(' ') + issue.repository + QLatin1Char('/') + issue.location.file
                   + QLatin1Char(':') + QString::number(issue.location.line);
    if (issue.silenced)
        text += QStringLiteral(" silenced");
    return text;
}

bool isLintFinding(const Issue& issue)
{
    return Linter::rule(issue.ruleId) != nullptr;
}

/// The lint findings of a golden case, loaded end to end (discovery, tenant repositories, lint).
std::vector<Issue> lintFindings(const WorkspaceLoadResult& result)
{
    std::vector<Issue> findings;
    for (const Issue& issue : result.issues) {
        if (isLintFinding(issue))
            findings.push_back(issue);
    }
    return findings;
}

WorkspaceLoadResult loadCase(const QString& caseName)
{
    return WorkspaceLoader::loadOnce(lintDataDir() + QLatin1Char('/') + caseName + QStringLiteral("/platform-flux"));
}

/// The lines of a case's expected.txt, without comments and blank lines, sorted.
QStringList expectedFindings(const QString& caseName)
{
    QFile file(lintDataDir() + QLatin1Char('/') + caseName + QStringLiteral("/expected.txt"));
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.simplified();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    lines.sort();
    return lines;
}

QStringList describeAll(const std::vector<Issue>& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines.append(describe(issue));
    lines.sort();
    return lines;
}

QStringList ruleIdsOf(const QStringList& describedFindings)
{
    QStringList ids;
    for (const QString& line : describedFindings)
        ids.append(line.section(QLatin1Char(' '), 0, 0));
    return ids;
}

} // namespace

class TestLintRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linterHasTenRulesWithUniqueIds();
    void everyRuleDescribesItselfAndHowToFix();
    void everyRuleHasAFiringAndAQuietGoldenCase();
    void goldenCaseReportsExactlyTheExpectedFindings_data();
    void goldenCaseReportsExactlyTheExpectedFindings();
    void findingsNameTheirObjectRepositoryAndFix();
    void silencedFindingsAreKeptAndMarked();
    void silencingNamesOnlyTheListedRules();
    void findingFromTwoClustersIsReportedOnce();
    void findingsAreSortedByRepositoryFileAndLine();
    void lintIgnoreAnnotationAcceptsCommasSpacesAndWildcard();
    void linterFindsNothingInAnEmptyFleet();
    void demoFleetReportsExactlyThePlantedViolations_data();
    void demoFleetReportsExactlyThePlantedViolations();
};

void TestLintRules::linterHasTenRulesWithUniqueIds()
{
    const auto& rules = Linter::rules();
    QCOMPARE(rules.size(), size_t(11));
    QSet<QString> ids;
    for (const auto& rule : rules) {
        QVERIFY(!rule->id().isEmpty());
        ids.insert(rule->id());
        QCOMPARE(Linter::rule(rule->id()), rule.get());
    }
    QCOMPARE(ids.size(), 11);
    const QSet<QString> documented{
        QStringLiteral("tenant-service-account"), QStringLiteral("cross-namespace-ref"),
        QStringLiteral("tenant-cluster-scoped"),  QStringLiteral("tenant-cluster-admin"),
        QStringLiteral("plain-secret"),           QStringLiteral("remote-base"),
        QStringLiteral("tenant-prune"),           QStringLiteral("path-escape"),
        QStringLiteral("target-namespace"),       QStringLiteral("crd-dependency"),
        QStringLiteral("sops-decryption")};
    QCOMPARE(ids, documented);
    QCOMPARE(Linter::rule(QStringLiteral("no-such-rule")), nullptr);
}

void TestLintRules::everyRuleDescribesItselfAndHowToFix()
{
    for (const auto& rule : Linter::rules()) {
        QVERIFY2(!rule->title().isEmpty(), qPrintable(rule->id()));
        QVERIFY2(rule->description().size() > rule->title().size(), qPrintable(rule->id()));
        QVERIFY2(!rule->hint().isEmpty(), qPrintable(rule->id()));
        QVERIFY2(rule->severity() != Severity::Info, qPrintable(rule->id()));
    }
    // The severities are part of the contract (the CLI exits non-zero on errors).
    QCOMPARE(Linter::rule(QStringLiteral("tenant-service-account"))->severity(), Severity::Error);
    QCOMPARE(Linter::rule(QStringLiteral("plain-secret"))->severity(), Severity::Error);
    QCOMPARE(Linter::rule(QStringLiteral("remote-base"))->severity(), Severity::Warning);
    QCOMPARE(Linter::rule(QStringLiteral("tenant-prune"))->severity(), Severity::Warning);
    QCOMPARE(Linter::rule(QStringLiteral("crd-dependency"))->severity(), Severity::Warning);
    QCOMPARE(Linter::rule(QStringLiteral("sops-decryption"))->severity(), Severity::Error);
}

void TestLintRules::everyRuleHasAFiringAndAQuietGoldenCase()
{
    for (const auto& rule : Linter::rules()) {
        const QString id = rule->id();
        const QString fires = id + QStringLiteral("-fires");
        const QString quiet = id + QStringLiteral("-quiet");
        QVERIFY2(QFileInfo::exists(lintDataDir() + QLatin1Char('/') + fires + QStringLiteral("/platform-flux")),
                 qPrintable(fires));
        QVERIFY2(QFileInfo::exists(lintDataDir() + QLatin1Char('/') + quiet + QStringLiteral("/platform-flux")),
                 qPrintable(quiet));
        QVERIFY2(ruleIdsOf(expectedFindings(fires)).contains(id), qPrintable(fires));
        QVERIFY2(!ruleIdsOf(expectedFindings(quiet)).contains(id), qPrintable(quiet));
    }
}

void TestLintRules::goldenCaseReportsExactlyTheExpectedFindings_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");

    for (const auto& rule : Linter::rules()) {
        const QString id = rule->id();
        QTest::addRow("%s fires", qPrintable(id)) << id + QStringLiteral("-fires") << id << true;
        QTest::addRow("%s stays quiet", qPrintable(id)) << id + QStringLiteral("-quiet") << id << false;
    }
    QTest::newRow("clean fleet") << QStringLiteral("clean") << QString() << false;
    QTest::newRow("silenced") << QStringLiteral("silenced") << QStringLiteral("tenant-service-account") << true;
    QTest::newRow("two clusters") << QStringLiteral("two-clusters-dedup") << QStringLiteral("tenant-cluster-scoped")
                                  << true;
    QTest::newRow("silenced by the deployer")
        << QStringLiteral("silenced-by-deployer") << QStringLiteral("tenant-cluster-scoped") << true;
    QTest::newRow("two clusters, one silences")
        << QStringLiteral("two-clusters-partly-silenced") << QStringLiteral("tenant-cluster-scoped") << true;
}

void TestLintRules::goldenCaseReportsExactlyTheExpectedFindings()
{
    QFETCH(QString, caseName);
    QFETCH(QString, rule);
    QFETCH(bool, fires);

    QVERIFY2(QFileInfo::exists(lintDataDir() + QLatin1Char('/') + caseName + QStringLiteral("/expected.txt")),
             "every golden case has an expected.txt (empty when nothing fires)");
    const WorkspaceLoadResult result = loadCase(caseName);
    QVERIFY(result.fleet);
    QVERIFY2(!result.fleet->objects.empty(), "the case's Flux objects were discovered");

    // Golden cases are otherwise well-formed: no load or discovery problems.
    for (const Issue& issue : result.issues) {
        if (!isLintFinding(issue))
            QFAIL(qPrintable(QStringLiteral("unexpected load problem: ") + issue.ruleId + QLatin1Char(' ')
                             + issue.location.toString() + QLatin1Char(' ') + issue.message));
    }

    const QStringList actual = describeAll(lintFindings(result));
    const QStringList expected = expectedFindings(caseName);
    QCOMPARE(actual, expected);
    if (!rule.isEmpty())
        QCOMPARE(ruleIdsOf(actual).contains(rule), fires);
}

void TestLintRules::findingsNameTheirObjectRepositoryAndFix()
{
    const WorkspaceLoadResult result = loadCase(QStringLiteral("tenant-service-account-fires"));
    const std::vector<Issue> findings = lintFindings(result);
    QCOMPARE(findings.size(), size_t(2));
    for (const Issue& finding : findings) {
        QCOMPARE(finding.severity, Severity::Error);
        QVERIFY(!finding.objectKey.isEmpty());
        QVERIFY(!finding.objectName.isEmpty());
        QVERIFY2(finding.message.contains(finding.objectName), qPrintable(finding.message));
        QCOMPARE(finding.hint, Linter::rule(finding.ruleId)->hint());
        QVERIFY(finding.location.line > 0);
        QVERIFY(!finding.silenced);
    }
    // The tenant repository's HelmRelease and the platform's Kustomization, each in its own repository.
    QCOMPARE(findings[0].repository, QStringLiteral("acme"));
    QCOMPARE(findings[0].objectKey, QStringLiteral("helm.toolkit.fluxcd.io/HelmRelease/tenant-acme/podinfo"));
    QCOMPARE(findings[0].objectName, QStringLiteral("HelmRelease/tenant-acme/podinfo"));
    QCOMPARE(findings[1].repository, QStringLiteral("platform-flux"));
    QCOMPARE(findings[1].objectKey,
             QStringLiteral("kustomize.toolkit.fluxcd.io/Kustomization/tenant-acme/tenant-acme"));
}

void TestLintRules::silencedFindingsAreKeptAndMarked()
{
    const std::vector<Issue> findings = lintFindings(loadCase(QStringLiteral("silenced")));
    QStringList silenced;
    for (const Issue& finding : findings) {
        if (finding.silenced)
            silenced.append(finding.ruleId);
    }
    silenced.sort();
    QCOMPARE(silenced, (QStringList{QStringLiteral("plain-secret"), QStringLiteral("tenant-prune"),
                                    QStringLiteral("tenant-service-account")}));
}

void TestLintRules::silencingNamesOnlyTheListedRules()
{
    // The tenant Kustomization silences tenant-service-account and tenant-prune, not target-namespace.
    const std::vector<Issue> findings = lintFindings(loadCase(QStringLiteral("silenced")));
    const auto targetNamespace = std::find_if(findings.begin(), findings.end(), [](const Issue& issue) {
        return issue.ruleId == QLatin1String("target-namespace");
    });
    QVERIFY(targetNamespace != findings.end());
    QVERIFY(!targetNamespace->silenced);
    QCOMPARE(targetNamespace->objectKey,
             QStringLiteral("kustomize.toolkit.fluxcd.io/Kustomization/tenant-acme/tenant-acme"));
}

void TestLintRules::findingFromTwoClustersIsReportedOnce()
{
    const WorkspaceLoadResult result = loadCase(QStringLiteral("two-clusters-dedup"));
    QCOMPARE(result.fleet->clusters.size(), size_t(2));
    // Both clusters' tenant Kustomizations apply the same Namespace document.
    int deployersApplyingIt = 0;
    for (const FluxObject& object : result.fleet->objects) {
        for (const AppliedDocument& applied : object.applied) {
            if (applied.document && applied.document->id.kind == QLatin1String("Namespace")
                && applied.file->path == QLatin1String("base/namespace.yaml"))
                ++deployersApplyingIt;
        }
    }
    QCOMPARE(deployersApplyingIt, 2);
    const std::vector<Issue> findings = lintFindings(result);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().ruleId, QStringLiteral("tenant-cluster-scoped"));
}

void TestLintRules::findingsAreSortedByRepositoryFileAndLine()
{
    const std::vector<Issue> findings = Linter::run(*loadCase(QStringLiteral("silenced")).fleet);
    QVERIFY(findings.size() >= 3);
    for (size_t i = 1; i < findings.size(); ++i) {
        const Issue& a = findings[i - 1];
        const Issue& b = findings[i];
        const auto keyA = std::make_tuple(a.repository, a.location.file, a.location.line, a.location.column);
        const auto keyB = std::make_tuple(b.repository, b.location.file, b.location.line, b.location.column);
        QVERIFY2(keyA <= keyB, qPrintable(describe(a) + QStringLiteral(" before ") + describe(b)));
    }
}

void TestLintRules::lintIgnoreAnnotationAcceptsCommasSpacesAndWildcard()
{
    const ManifestParser parser;
    const ParsedFile file = parser.parse(QStringLiteral("objects.yaml"), QByteArrayLiteral(R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: listed
  annotations:
    fleetdesk.io/lint-ignore: "plain-secret,remote-base  tenant-prune"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: everything
  annotations:
    fleetdesk.io/lint-ignore: "*"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: plain
)"));
    QCOMPARE(file.documents.size(), size_t(3));
    const ManifestDocument& listed = file.documents[0];
    QCOMPARE(LintRule::ignoredRules(listed), (QStringList{QStringLiteral("plain-secret"), QStringLiteral("remote-base"),
                                                          QStringLiteral("tenant-prune")}));
    QVERIFY(LintRule::isIgnoredBy(listed, QStringLiteral("remote-base")));
    QVERIFY(!LintRule::isIgnoredBy(listed, QStringLiteral("path-escape")));
    QVERIFY(LintRule::isIgnoredBy(file.documents[1], QStringLiteral("path-escape")));
    QVERIFY(LintRule::ignoredRules(file.documents[2]).isEmpty());
    QVERIFY(!LintRule::isIgnoredBy(file.documents[2], QStringLiteral("plain-secret")));
}

void TestLintRules::linterFindsNothingInAnEmptyFleet()
{
    Fleet fleet;
    auto platform = std::make_shared<RepositoryContent>();
    platform->name = QStringLiteral("empty");
    fleet.platform = platform;
    QVERIFY(Linter::run(fleet).empty());
}

void TestLintRules::demoFleetReportsExactlyThePlantedViolations_data()
{
    QTest::addColumn<int>("clusters");
    QTest::addColumn<int>("tenants");
    QTest::addColumn<int>("kustomizationsPerTenant");
    QTest::newRow("the README demo") << 2 << 3 << 1;
    QTest::newRow("a larger fleet") << 3 << 6 << 3;
}

void TestLintRules::demoFleetReportsExactlyThePlantedViolations()
{
    QFETCH(int, clusters);
    QFETCH(int, tenants);
    QFETCH(int, kustomizationsPerTenant);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoFleetOptions options;
    options.clusters = clusters;
    options.tenants = tenants;
    options.kustomizationsPerTenant = kustomizationsPerTenant;
    const auto generated = DemoFleetGenerator::generate(dir.path(), options);
    QVERIFY2(generated.has_value(), qPrintable(generated ? QString() : generated.error().toString()));

    const WorkspaceLoadResult result = WorkspaceLoader::loadOnce(generated->platformPath);
    for (const Issue& issue : result.issues) {
        if (!isLintFinding(issue))
            QFAIL(qPrintable(QStringLiteral("unexpected load problem: ") + issue.ruleId + QLatin1Char(' ')
                             + issue.location.toString() + QLatin1Char(' ') + issue.message));
    }
    // The legacy tenant (first cluster only) breaks exactly two rules; everything else is clean.
    const std::vector<Issue> findings = lintFindings(result);
    QCOMPARE(findings.size(), size_t(2));
    const QString legacy = DemoFleetGenerator::legacyTenantName();
    const QString firstCluster = DemoFleetGenerator::clusterNames(clusters).constFirst();
    QCOMPARE(findings[0].ruleId, QStringLiteral("plain-secret"));
    QCOMPARE(findings[0].repository, legacy);
    QCOMPARE(findings[1].ruleId, QStringLiteral("tenant-service-account"));
    QCOMPARE(findings[1].repository, QStringLiteral("platform-flux"));
    QVERIFY2(findings[1].location.file.startsWith(QStringLiteral("clusters/") + firstCluster + QStringLiteral("/")),
             qPrintable(findings[1].location.file));
    QVERIFY(findings[1].objectName.contains(legacy));
    for (const Issue& finding : findings) {
        QCOMPARE(finding.severity, Severity::Error);
        QVERIFY(finding.location.line > 0);
        QVERIFY(!finding.silenced);
    }
}

QTEST_GUILESS_MAIN(TestLintRules)

#include "tst_lintrules.moc"
