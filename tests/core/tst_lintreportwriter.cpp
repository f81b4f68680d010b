// The headless linter's output formats: text for people, JSON and SARIF 2.1.0 for pipelines.

#include "fleet/LintReportWriter.h"
#include "fleet/lint/Linter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fleetdesk;

class TestLintReportWriter : public QObject
{
    Q_OBJECT

private:
    static std::vector<Issue> sampleIssues()
    {
        Issue secret;
        secret.severity = Severity::Error;
        secret.ruleId = QStringLiteral("plain-secret");
        secret.message = QStringLiteral("Secret tenant-legacy/db is not encrypted");
        secret.hint = QStringLiteral("Encrypt it with sops");
        secret.location = {QStringLiteral("base/secret.yaml"), 3, 1};
        secret.repository = QStringLiteral("legacy");
        secret.objectName = QStringLiteral("Secret/tenant-legacy/db");

        Issue prune;
        prune.severity = Severity::Warning;
        prune.ruleId = QStringLiteral("tenant-prune");
        prune.message = QStringLiteral("prune is off");
        prune.location = {QStringLiteral("clusters/c1/tenants/acme/sync.yaml"), 20, 3};
        prune.repository = QStringLiteral("platform-flux");
        prune.silenced = true;
        return {secret, prune};
    }

    static LintReportWriter writer()
    {
        return LintReportWriter(QStringLiteral("/fleet/platform-flux"),
                                {{QStringLiteral("platform-flux"), QStringLiteral("/fleet/platform-flux")},
                                 {QStringLiteral("legacy"), QStringLiteral("/fleet/tenants/legacy")}});
    }

private Q_SLOTS:
    void pathsOfOtherRepositoriesAreRelativeToThePlatform()
    {
        const auto issues = sampleIssues();
        QCOMPARE(writer().reportPath(issues[0]), QStringLiteral("../tenants/legacy/base/secret.yaml"));
        QCOMPARE(writer().reportPath(issues[1]), QStringLiteral("clusters/c1/tenants/acme/sync.yaml"));
    }

    void textNamesFileLineSeverityAndRule()
    {
        const QString text = QString::fromUtf8(writer().write(sampleIssues(), LintReportWriter::Format::Text));
        QVERIFY(text.contains(QLatin1String(
            "../tenants/legacy/base/secret.yaml:3:1: error: Secret tenant-legacy/db is not encrypted [plain-secret]")));
        QVERIFY(text.contains(QLatin1String("hint: Encrypt it with sops")));
        QVERIFY(text.contains(QLatin1String("(silenced)")));
        QVERIFY(text.contains(QLatin1String("1 error(s), 0 warning(s), 1 silenced")));
    }

    void jsonListsRuleSeverityFileLineAndObject()
    {
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(writer().write(sampleIssues(), LintReportWriter::Format::Json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("plain-secret"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("../tenants/legacy/base/secret.yaml"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("object")).toString(), QStringLiteral("Secret/tenant-legacy/db"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("silenced")).toBool(), true);
        QCOMPARE(doc.object().value(QStringLiteral("errors")).toBool(), true);
    }

    void sarifHasTheRulesAndResultsWithSuppressions()
    {
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(writer().write(sampleIssues(), LintReportWriter::Format::Sarif), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = doc.object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonArray rules =
            run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(
                QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), qsizetype(Linter::rules().size()));
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject location = results.at(0)
                                         .toObject()
                                         .value(QStringLiteral("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        QCOMPARE(location.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(), 3);
        QVERIFY(results.at(1).toObject().contains(QStringLiteral("suppressions")));
        QVERIFY(!results.at(0).toObject().contains(QStringLiteral("suppressions")));
    }

    void onlyUnsilencedErrorsFailTheGate()
    {
        auto issues = sampleIssues();
        QVERIFY(LintReportWriter::hasErrors(issues));
        issues[0].silenced = true;
        QVERIFY(!LintReportWriter::hasErrors(issues));
        QVERIFY(!LintReportWriter::hasErrors({}));
    }

    void unknownFormatsAreRefused()
    {
        QVERIFY(LintReportWriter::formatFromName(QStringLiteral("sarif")).has_value());
        QVERIFY(!LintReportWriter::formatFromName(QStringLiteral("xml")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLintReportWriter)
#include "tst_lintreportwriter.moc"
