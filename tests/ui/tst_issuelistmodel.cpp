#include "models/IssueListModel.h"
#include "views/Theme.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdesk;

namespace {

Issue makeIssue(Severity severity, const QString& rule, const QString& message, bool silenced = false)
{
    Issue issue;
    issue.severity = severity;
    issue.ruleId = rule;
    issue.message = message;
    issue.hint = QStringLiteral("Set spec.serviceAccountName.");
    issue.location = {QStringLiteral("clusters/eu/tenants/legacy/sync.yaml"), 14, 3};
    issue.repository = QStringLiteral("platform-flux");
    issue.objectName = QStringLiteral("Kustomization tenant-legacy/tenant-legacy");
    issue.nodeKey = QStringLiteral("c:eu/tenants/t:legacy/f:") + rule;
    issue.silenced = silenced;
    return issue;
}

std::vector<Issue> sampleIssues()
{
    return {makeIssue(Severity::Error, QStringLiteral("tenant-service-account"), QStringLiteral("no service account")),
            makeIssue(Severity::Warning, QStringLiteral("plain-secret"), QStringLiteral("plain Secret"), true),
            makeIssue(Severity::Warning, QStringLiteral("remote-base"), QStringLiteral("remote base"))};
}

} // namespace

class TestIssueListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsShowSeverityRuleMessageLocationAndObject();
    void silencedIssuesAreGreyedAndMarked();
    void rolesCarryTheNodeKeyAndSeverity();
    void unchangedIssuesDoNotResetTheModel();
    void countsLeaveSilencedIssuesOut();
};

void TestIssueListModel::rowsShowSeverityRuleMessageLocationAndObject()
{
    IssueListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIssues(sampleIssues());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(IssueListModel::ColumnCount));
    QCOMPARE(model.index(0, IssueListModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, IssueListModel::RuleColumn).data().toString(), QStringLiteral("tenant-service-account"));
    QCOMPARE(model.index(0, IssueListModel::MessageColumn).data().toString(), QStringLiteral("no service account"));
    QCOMPARE(model.index(0, IssueListModel::LocationColumn).data().toString(),
             QStringLiteral("platform-flux/clusters/eu/tenants/legacy/sync.yaml:14:3"));
    QCOMPARE(model.index(0, IssueListModel::ObjectColumn).data().toString(),
             QStringLiteral("Kustomization tenant-legacy/tenant-legacy"));
    QVERIFY(!model.index(0, IssueListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(0, IssueListModel::RuleColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Set spec.serviceAccountName.")));
    QCOMPARE(model.headerData(IssueListModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));
}

void TestIssueListModel::silencedIssuesAreGreyedAndMarked()
{
    IssueListModel model;
    model.setIssues(sampleIssues());

    const QModelIndex silenced = model.index(1, IssueListModel::MessageColumn);
    QCOMPARE(silenced.data().toString(), QStringLiteral("plain Secret (silenced)"));
    QCOMPARE(silenced.data(Qt::ForegroundRole).value<QColor>(), Theme::instance()->color(Theme::Color::Muted));
    QVERIFY(silenced.data(IssueListModel::SilencedRole).toBool());
    QVERIFY(!model.index(0, IssueListModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, IssueListModel::MessageColumn).data().toString().contains(QStringLiteral("silenced")));
    // Silenced ones sort after everything else by severity.
    QVERIFY(model.index(1, 0).data(IssueListModel::SortRole).toInt()
            > model.index(2, 0).data(IssueListModel::SortRole).toInt());
}

void TestIssueListModel::rolesCarryTheNodeKeyAndSeverity()
{
    IssueListModel model;
    model.setIssues(sampleIssues());
    const QModelIndex index = model.index(2, IssueListModel::LocationColumn);
    QCOMPARE(index.data(IssueListModel::NodeKeyRole).toString(), QStringLiteral("c:eu/tenants/t:legacy/f:remote-base"));
    QCOMPARE(index.data(IssueListModel::SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(index.data(IssueListModel::RuleRole).toString(), QStringLiteral("remote-base"));
    QCOMPARE(model.issue(index)->message, QStringLiteral("remote base"));
    QCOMPARE(model.issue(QModelIndex()), nullptr);
}

void TestIssueListModel::unchangedIssuesDoNotResetTheModel()
{
    IssueListModel model;
    model.setIssues(sampleIssues());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setIssues(sampleIssues());
    QCOMPARE(resets.count(), 0);
    auto fewer = sampleIssues();
    fewer.pop_back();
    model.setIssues(fewer);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestIssueListModel::countsLeaveSilencedIssuesOut()
{
    IssueListModel model;
    model.setIssues(sampleIssues());
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
}

QTEST_MAIN(TestIssueListModel)

#include "tst_issuelistmodel.moc"
