#include "drift/DriftReportFormat.h"
#include "editor/DiffPane.h"
#include "editor/LineDiff.h"
#include "editor/YamlFieldLocator.h"
#include "models/FleetFilterProxyModel.h"
#include "models/FleetTreeModel.h"
#include "views/DriftDock.h"
#include "views/DriftView.h"
#include "views/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QAction>

#include <algorithm>

using namespace fleetdesk;

namespace {

const QString LiveSecretValue = QStringLiteral("c3VwZXJzZWNyZXQtbGl2ZQ==");       // "supersecret-live"
const QString DesiredSecretValue = QStringLiteral("c3VwZXJzZWNyZXQtZGVzaXJlZA=="); // "supersecret-desired"

const char* LiveDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: web
  name: web
  namespace: shop
spec:
  progressDeadlineSeconds: 600
  replicas: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      containers:
      - image: nginx:1.27-debug
        name: web
        ports:
        - containerPort: 8080
      - image: envoy:1.30
        name: proxy
)";

const char* DesiredDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: web
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      containers:
      - image: nginx:1.27
        name: web
        ports:
        - containerPort: 8080
      - image: envoy:1.30
        name: proxy
)";

ObjectId objectId(const QString& apiVersion, const QString& kind, const QString& ns, const QString& name)
{
    return ObjectId::fromApiVersion(apiVersion, kind, ns, name);
}

/// A drift report as the engine makes one: a changed Deployment (kubectl scale and kubectl edit), a changed
/// Secret, an object to create, one to prune, a skipped one, one that failed and one in sync.
KustomizationDriftPtr sampleDrift()
{
    auto drift = std::make_shared<KustomizationDrift>();
    drift->cluster = QStringLiteral("prod-eu-west-1");
    drift->ns = QStringLiteral("flux-system");
    drift->name = QStringLiteral("shop");
    drift->repositoryRoot = QStringLiteral("/srv/checkouts/tenant-shop");
    drift->revision = QStringLiteral("main@sha1:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
    drift->computedAt = QDateTime::currentDateTimeUtc().addSecs(-120);

    ObjectDrift deployment;
    deployment.id = objectId(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), QStringLiteral("shop"),
                             QStringLiteral("web"));
    deployment.kind = DriftKind::Change;
    deployment.liveYaml = QString::fromUtf8(LiveDeployment);
    deployment.desiredYaml = QString::fromUtf8(DesiredDeployment);
    deployment.sourceFile = QStringLiteral("apps/shop/deployment.yaml");
    deployment.sourceLine = 12;
    deployment.fields.push_back({QStringLiteral(".spec.replicas"), QJsonValue(5), QJsonValue(2),
                                 QStringLiteral("kubectl"), QStringLiteral("Update"), false, false});
    deployment.fields.push_back({QStringLiteral(".spec.template.spec.containers[name=web].image"),
                                 QJsonValue(QStringLiteral("nginx:1.27-debug")), QJsonValue(QStringLiteral("nginx:1.27")),
                                 QStringLiteral("kubectl-edit"), QStringLiteral("Update"), false, false});
    deployment.fields.push_back({QStringLiteral(".spec.progressDeadlineSeconds"), QJsonValue(600), QJsonValue(QJsonValue::Undefined),
                                 QStringLiteral("kube-apiserver"), QStringLiteral("Update"), false, true});
    drift->objects.push_back(deployment);

    ObjectDrift secret;
    secret.id = objectId(QStringLiteral("v1"), QStringLiteral("Secret"), QStringLiteral("shop"), QStringLiteral("db"));
    secret.kind = DriftKind::Change;
    // The engine redacts values; the view must not rely on it, so this report carries them.
    secret.liveYaml = QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\n"
                                     "data:\n  password: %1\n  user: YWRtaW4=\ntype: Opaque\n")
                          .arg(LiveSecretValue);
    secret.desiredYaml = QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\n"
                                        "data:\n  password: %1\n  user: YWRtaW4=\ntype: Opaque\n")
                             .arg(DesiredSecretValue);
    secret.sourceFile = QStringLiteral("apps/shop/db.sops.yaml");
    secret.sourceLine = 1;
    FieldDrift password{QStringLiteral(".data.password"), QJsonValue(LiveSecretValue), QJsonValue(DesiredSecretValue),
                        QStringLiteral("kustomize-controller"), QStringLiteral("Apply"), true, false};
    secret.fields.push_back(password);
    drift->objects.push_back(secret);

    ObjectDrift create;
    create.id = objectId(QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("shop"),
                         QStringLiteral("feature-flags"));
    create.kind = DriftKind::Create;
    create.desiredYaml = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\n"
                                        "  namespace: shop\ndata:\n  checkout: \"true\"\n");
    create.sourceFile = QStringLiteral("apps/shop/flags.yaml");
    create.sourceLine = 1;
    drift->objects.push_back(create);

    ObjectDrift prune;
    prune.id = objectId(QStringLiteral("v1"), QStringLiteral("Service"), QStringLiteral("shop"), QStringLiteral("legacy"));
    prune.kind = DriftKind::Prune;
    prune.liveYaml = QStringLiteral("apiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\n  namespace: shop\n"
                                    "spec:\n  ports:\n  - port: 80\n");
    drift->objects.push_back(prune);

    ObjectDrift skipped;
    skipped.id = objectId(QStringLiteral("autoscaling/v2"), QStringLiteral("HorizontalPodAutoscaler"),
                          QStringLiteral("shop"), QStringLiteral("web"));
    skipped.kind = DriftKind::Skipped;
    skipped.message = QStringLiteral("kustomize.toolkit.fluxcd.io/reconcile: disabled");
    drift->objects.push_back(skipped);

    ObjectDrift inSync;
    inSync.id = objectId(QStringLiteral("v1"), QStringLiteral("ServiceAccount"), QStringLiteral("shop"),
                         QStringLiteral("web"));
    inSync.kind = DriftKind::InSync;
    drift->objects.push_back(inSync);
    return drift;
}

int rowWithText(const DiffPane* pane, const QString& text, DiffPane::RowKind kind)
{
    const auto& rows = pane->rows();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].text.trimmed() == text && rows[i].kind == kind)
            return int(i);
    }
    return -1;
}

/// Every text a widget under `root` shows or offers: labels, buttons, text views, item texts and tooltips.
QString allText(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        texts.append(widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts.append(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts.append(button->text());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            texts.append(edit->toPlainText());
        if (auto* pane = qobject_cast<DiffPane*>(widget)) {
            for (const DiffPane::Row& row : pane->rows())
                texts.append(row.text + row.fieldNote);
        }
        if (auto* tree = qobject_cast<QTreeWidget*>(widget)) {
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                for (int column = 0; column < tree->columnCount(); ++column) {
                    texts.append(tree->topLevelItem(row)->text(column));
                    texts.append(tree->topLevelItem(row)->toolTip(column));
                }
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString deploymentKey()
{
    return objectId(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), QStringLiteral("shop"),
                    QStringLiteral("web"))
        .key();
}

FleetNodePtr treeNode(NodeKind nodeKind, const QString& key, const QString& name, const QString& kind, int drift,
                      int driftTotal, std::vector<FleetNodePtr> children = {})
{
    auto node = std::make_shared<FleetNode>();
    node->nodeKind = nodeKind;
    node->key = key;
    node->name = name;
    node->kind = kind;
    node->drift = drift;
    node->driftTotal = driftTotal;
    node->children = std::move(children);
    return node;
}

} // namespace

class TestDriftView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiffPutsRemovalsBeforeTheAdditionsThatReplaceThem();
    void fieldLocatorFindsKeysListItemsBySelectorAndQuotedKeys();
    void listsEveryObjectThatIsNotInSyncWithItsChange();
    void sideBySideAlignsLiveAndDesiredAndMarksTheChangedFields();
    void inlineModeShowsLiveLinesThenDesiredLinesInOneColumn();
    void hideDefaultedFieldsDropsThemFromTheTableAndTheDiff();
    void fieldManagerIsShownForEveryDriftedField();
    void theFieldTableSaysWhatFleetdeskDiffPrints();
    void secretValuesNeverAppearInAnyWidgetText();
    void openSourceAsksForTheDesiredObjectsFileAndLine();
    void emptyStatesSayWhyThereIsNothingToShow();
    void oneObjectOfAKustomizationCanBeShownAlone();
    void everyWidgetHasAnObjectNameAndControlsHaveToolTips();
    void treeShowsDriftCountsRolledUpAndADashWhenNotComputed();
    void onlyDriftedFilterKeepsDriftedNodesAndTheirAncestors();
    void driftDockShowsTheLatestDriftOfTheSelectedKustomizationOrObject();
    void mainWindowDocksTheDriftViewWithItsActions();
    void screenshotOfTheDiffView();
};

void TestDriftView::lineDiffPutsRemovalsBeforeTheAdditionsThatReplaceThem()
{
    const auto diff = LineDiff::compute({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                        {QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c"), QStringLiteral("d")});
    QCOMPARE(diff.size(), size_t(5));
    QCOMPARE(diff[0].op, LineDiff::Op::Equal);
    QCOMPARE(diff[1].op, LineDiff::Op::Removed);
    QCOMPARE(diff[1].oldLine, 1);
    QCOMPARE(diff[2].op, LineDiff::Op::Added);
    QCOMPARE(diff[2].newLine, 1);
    QCOMPARE(diff[3].op, LineDiff::Op::Equal);
    QCOMPARE(diff[4].op, LineDiff::Op::Added);
    QCOMPARE(diff[4].newLine, 3);
    QCOMPARE(LineDiff::splitLines(QStringLiteral("x\ny\n")), QStringList({QStringLiteral("x"), QStringLiteral("y")}));
}

void TestDriftView::fieldLocatorFindsKeysListItemsBySelectorAndQuotedKeys()
{
    const YamlFieldLocator locator(LineDiff::splitLines(QString::fromUtf8(LiveDeployment)));
    const auto replicas = locator.locate(QStringLiteral(".spec.replicas"));
    QVERIFY(replicas.isValid());
    QCOMPARE(locator.lines().at(replicas.first).trimmed(), QStringLiteral("replicas: 5"));
    const auto image = locator.locate(QStringLiteral(".spec.template.spec.containers[name=web].image"));
    QVERIFY(image.isValid());
    QCOMPARE(locator.lines().at(image.first).trimmed(), QStringLiteral("- image: nginx:1.27-debug"));
    const auto proxy = locator.locate(QStringLiteral(".spec.template.spec.containers[1].image"));
    QVERIFY(proxy.isValid());
    QCOMPARE(locator.lines().at(proxy.first).trimmed(), QStringLiteral("- image: envoy:1.30"));
    const auto port = locator.locate(QStringLiteral(".spec.template.spec.containers[name=web].ports[0].containerPort"));
    QVERIFY(port.isValid());
    QCOMPARE(locator.lines().at(port.first).trimmed(), QStringLiteral("- containerPort: 8080"));
    const auto label = locator.locate(QStringLiteral(".metadata.labels[\"app.kubernetes.io/name\"]"));
    QVERIFY(label.isValid());
    QCOMPARE(label.first, 4);
    const auto selector = locator.locate(QStringLiteral(".spec.selector"));
    QCOMPARE(selector.first, 10);
    QCOMPARE(selector.last, 12);
    QVERIFY(!locator.locate(QStringLiteral(".spec.paused")).isValid());
    QVERIFY(!locator.locate(QStringLiteral(".spec.template.spec.containers[name=db].image")).isValid());
}

void TestDriftView::listsEveryObjectThatIsNotInSyncWithItsChange()
{
    DriftView view;
    view.setDrift(sampleDrift());
    QVERIFY(!view.isShowingEmptyState());
    QTreeWidget* list = view.objectList();
    QCOMPARE(list->topLevelItemCount(), 5);
    QStringList changes;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        changes.append(list->topLevelItem(row)->text(1));
        QVERIFY(!list->topLevelItem(row)->icon(0).isNull());
    }
    QCOMPARE(changes, QStringList({QStringLiteral("Change"), QStringLiteral("Change"), QStringLiteral("Create"),
                                   QStringLiteral("Prune"), QStringLiteral("Skipped")}));
    QVERIFY(!view.objectList()->findItems(QStringLiteral("ServiceAccount/shop/web"), Qt::MatchExactly).size());
    // The summary counts what Flux would do.
    const QString summary = view.findChild<QLabel*>(QStringLiteral("driftSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("2 to change")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 to create")));
    QVERIFY(summary.contains(QStringLiteral("1 to prune")));
    QVERIFY(summary.contains(QStringLiteral("main@1a2b3c4")));

    QVERIFY(view.selectObject(objectId(QStringLiteral("autoscaling/v2"), QStringLiteral("HorizontalPodAutoscaler"),
                                       QStringLiteral("shop"), QStringLiteral("web")).key()));
    const auto* message = view.findChild<QLabel*>(QStringLiteral("driftObjectMessage"));
    QVERIFY(message->text().contains(QStringLiteral("reconcile: disabled")));
}

void TestDriftView::sideBySideAlignsLiveAndDesiredAndMarksTheChangedFields()
{
    DriftView view;
    view.setDrift(sampleDrift());
    QCOMPARE(view.mode(), DriftView::Mode::SideBySide);
    QCOMPARE(view.currentObject()->id.key(), deploymentKey());
    const DiffPane* live = view.livePane();
    const DiffPane* desired = view.desiredPane();
    QCOMPARE(live->rows().size(), desired->rows().size());

    const int liveReplicas = rowWithText(live, QStringLiteral("replicas: 5"), DiffPane::RowKind::Removed);
    const int desiredReplicas = rowWithText(desired, QStringLiteral("replicas: 2"), DiffPane::RowKind::Added);
    QVERIFY(liveReplicas >= 0);
    QCOMPARE(desiredReplicas, liveReplicas); // the same row on both sides
    QCOMPARE(live->rows()[size_t(liveReplicas)].field, QStringLiteral(".spec.replicas"));
    QCOMPARE(live->rows()[size_t(liveReplicas)].oldNumber, 10);
    QCOMPARE(desired->rows()[size_t(desiredReplicas)].newNumber, 9);
    // The defaulted field is only live: its row faces a filler.
    const int deadline = rowWithText(live, QStringLiteral("progressDeadlineSeconds: 600"), DiffPane::RowKind::Removed);
    QVERIFY(deadline >= 0);
    QCOMPARE(desired->rows()[size_t(deadline)].kind, DiffPane::RowKind::Filler);
    // The container image changed by kubectl edit: the list item is marked as the field.
    const int image = rowWithText(desired, QStringLiteral("- image: nginx:1.27"), DiffPane::RowKind::Added);
    QVERIFY(image >= 0);
    QCOMPARE(desired->rows()[size_t(image)].field, QStringLiteral(".spec.template.spec.containers[name=web].image"));
    // Unchanged lines are context on both sides, and the panes hold the YAML.
    QCOMPARE(rowWithText(live, QStringLiteral("kind: Deployment"), DiffPane::RowKind::Context), 1);
    QVERIFY(desired->toPlainText().contains(QStringLiteral("replicas: 2")));
    QVERIFY(!view.findChild<QStackedWidget*>(QStringLiteral("driftDiffStack"))->currentWidget()->isAncestorOf(view.inlinePane()));
}

void TestDriftView::inlineModeShowsLiveLinesThenDesiredLinesInOneColumn()
{
    DriftView view;
    view.setDrift(sampleDrift());
    view.findChild<QToolButton*>(QStringLiteral("driftInlineButton"))->click();
    QCOMPARE(view.mode(), DriftView::Mode::Inline);
    QCOMPARE(view.findChild<QStackedWidget*>(QStringLiteral("driftDiffStack"))->currentWidget(), view.inlinePane());
    const DiffPane* pane = view.inlinePane();
    const int removed = rowWithText(pane, QStringLiteral("replicas: 5"), DiffPane::RowKind::Removed);
    const int added = rowWithText(pane, QStringLiteral("replicas: 2"), DiffPane::RowKind::Added);
    QVERIFY(removed >= 0);
    QCOMPARE(added, removed + 1);
    QCOMPARE(pane->rows()[size_t(removed)].oldNumber, 10);
    QCOMPARE(pane->rows()[size_t(added)].newNumber, 9);
    const int context = rowWithText(pane, QStringLiteral("kind: Deployment"), DiffPane::RowKind::Context);
    QCOMPARE(pane->rows()[size_t(context)].oldNumber, 2);
    QCOMPARE(pane->rows()[size_t(context)].newNumber, 2);
    // No filler rows inline.
    for (const DiffPane::Row& row : pane->rows())
        QVERIFY(row.kind != DiffPane::RowKind::Filler);
    view.findChild<QToolButton*>(QStringLiteral("driftSideBySideButton"))->click();
    QCOMPARE(view.mode(), DriftView::Mode::SideBySide);
}

void TestDriftView::hideDefaultedFieldsDropsThemFromTheTableAndTheDiff()
{
    DriftView view;
    view.setDrift(sampleDrift());
    QCOMPARE(view.fieldTable()->topLevelItemCount(), 3);
    QVERIFY(view.livePane()->toPlainText().contains(QStringLiteral("progressDeadlineSeconds")));
    view.hideDefaultedBox()->click();
    QVERIFY(view.hidesDefaulted());
    QCOMPARE(view.fieldTable()->topLevelItemCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(view.fieldTable()->topLevelItem(row)->text(0) != QStringLiteral(".spec.progressDeadlineSeconds"));
    QVERIFY(!view.livePane()->toPlainText().contains(QStringLiteral("progressDeadlineSeconds")));
    QVERIFY(!view.inlinePane()->toPlainText().contains(QStringLiteral("progressDeadlineSeconds")));
    // What is not defaulted stays.
    QVERIFY(rowWithText(view.livePane(), QStringLiteral("replicas: 5"), DiffPane::RowKind::Removed) >= 0);
    view.setHideDefaulted(false);
    QCOMPARE(view.fieldTable()->topLevelItemCount(), 3);
}

void TestDriftView::fieldManagerIsShownForEveryDriftedField()
{
    DriftView view;
    view.setDrift(sampleDrift());
    QTreeWidget* table = view.fieldTable();
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral(".spec.replicas"));
    QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("5"));
    QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("2"));
    QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("kubectl (Update)"));
    QCOMPARE(table->topLevelItem(1)->text(3), QStringLiteral("kubectl-edit (Update)"));
    QCOMPARE(table->topLevelItem(1)->text(1), QStringLiteral("\"nginx:1.27-debug\""));
    QCOMPARE(table->topLevelItem(2)->text(2), QStringLiteral("<absent>"));
    QVERIFY(table->topLevelItem(2)->text(3).contains(QStringLiteral("defaulted")));
    // The gutter marker names the manager too.
    const DiffPane* live = view.livePane();
    const int replicas = live->rowOfField(QStringLiteral(".spec.replicas"));
    QVERIFY(replicas >= 0);
    QVERIFY(live->rows()[size_t(replicas)].fieldNote.contains(QStringLiteral("kubectl (Update)")));
    const int image = view.desiredPane()->rowOfField(QStringLiteral(".spec.template.spec.containers[name=web].image"));
    QVERIFY(view.desiredPane()->rows()[size_t(image)].fieldNote.contains(QStringLiteral("kubectl-edit")));
    // Choosing a field in the table scrolls the diff to it.
    table->setCurrentItem(table->topLevelItem(1));
    QCOMPARE(view.desiredPane()->textCursor().blockNumber(), image);
}

void TestDriftView::theFieldTableSaysWhatFleetdeskDiffPrints()
{
    // `fleetdesk diff` prints DriftReportFormat::toText; every row of the view's field table, for every changed
    // object, reads as one of its lines: "path: live → desired — manager (operation)", or for a Secret
    // "path: value of key K differs — manager (operation)".
    const KustomizationDriftPtr drift = sampleDrift();
    const QStringList printed = DriftReportFormat::toText(*drift).split(QLatin1Char('\n'));
    DriftView view;
    view.setDrift(drift);
    int rows = 0;
    for (const ObjectDrift& object : drift->objects) {
        if (object.kind != DriftKind::Change)
            continue;
        QVERIFY(view.selectObject(object.id.key()));
        QTreeWidget* table = view.fieldTable();
        QCOMPARE(table->topLevelItemCount(), int(object.fields.size()));
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = table->topLevelItem(row);
            QString manager = item->text(3);
            const bool defaulted = manager.endsWith(QStringLiteral(" · defaulted"));
            manager.remove(QStringLiteral(" · defaulted"));
            QString line = item->text(2) == QStringLiteral("(hidden)")
                ? QStringLiteral("%1: %2").arg(item->text(0), item->text(1))
                : QStringLiteral("%1: %2 → %3").arg(item->text(0), item->text(1), item->text(2));
            line += QStringLiteral(" — ") + manager;
            if (defaulted)
                line += QStringLiteral(" [defaulted]");
            const bool found = std::any_of(printed.cbegin(), printed.cend(),
                                           [&line](const QString& out) { return out.trimmed() == line; });
            QVERIFY2(found, qPrintable(QStringLiteral("the view's row \"%1\" is not in:\n%2").arg(line, printed.join(u'\n'))));
            ++rows;
        }
    }
    QCOMPARE(rows, 4);
}

void TestDriftView::secretValuesNeverAppearInAnyWidgetText()
{
    DriftView view;
    view.resize(1000, 600);
    view.show();
    view.setDrift(sampleDrift());
    QVERIFY(view.selectObject(objectId(QStringLiteral("v1"), QStringLiteral("Secret"), QStringLiteral("shop"),
                                       QStringLiteral("db")).key()));
    const auto checkNoValues = [&view] {
        const QString text = allText(&view);
        QVERIFY(!text.contains(LiveSecretValue));
        QVERIFY(!text.contains(DesiredSecretValue));
        QVERIFY(!text.contains(QStringLiteral("supersecret")));
        QVERIFY(!text.contains(QStringLiteral("YWRtaW4=")));
    };
    checkNoValues();
    QCOMPARE(view.fieldTable()->topLevelItem(0)->text(1), QStringLiteral("value of key password differs"));
    QVERIFY(view.livePane()->toPlainText().contains(QStringLiteral("password:")));
    view.setMode(DriftView::Mode::Inline);
    checkNoValues();
    view.setHideDefaulted(true);
    checkNoValues();
    // The changed key is still marked in the diff.
    QVERIFY(view.inlinePane()->rowOfField(QStringLiteral(".data.password")) >= 0);
}

void TestDriftView::openSourceAsksForTheDesiredObjectsFileAndLine()
{
    DriftView view;
    QSignalSpy spy(&view, &DriftView::openSourceRequested);
    view.setDrift(sampleDrift());
    QVERIFY(view.openSourceButton()->isEnabled());
    view.openSourceButton()->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QDir::cleanPath(QStringLiteral("/srv/checkouts/tenant-shop/apps/shop/deployment.yaml")));
    QCOMPARE(spy.at(0).at(1).toInt(), 12);
    // Activating an object in the list (Enter, double click) does the same.
    QVERIFY(view.selectObject(objectId(QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("shop"),
                                       QStringLiteral("feature-flags")).key()));
    Q_EMIT view.objectList()->itemActivated(view.objectList()->currentItem(), 0);
    QCOMPARE(spy.count(), 2);
    QVERIFY(spy.at(1).at(0).toString().endsWith(QStringLiteral("apps/shop/flags.yaml")));
    QCOMPARE(spy.at(1).at(1).toInt(), 1);
    // A pruned object has no source file.
    QVERIFY(view.selectObject(objectId(QStringLiteral("v1"), QStringLiteral("Service"), QStringLiteral("shop"),
                                       QStringLiteral("legacy")).key()));
    QVERIFY(!view.openSourceButton()->isEnabled());
    view.openSource();
    QCOMPARE(spy.count(), 2);
}

void TestDriftView::emptyStatesSayWhyThereIsNothingToShow()
{
    DriftView view;
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("Select a Kustomization")));

    view.showNotComputed(QStringLiteral("flux-system/shop"));
    QVERIFY(view.emptyStateText().contains(QStringLiteral("not computed yet"), Qt::CaseInsensitive));
    QVERIFY(view.emptyStateText().contains(QStringLiteral("flux-system/shop")));

    view.showOffline(QStringLiteral("prod-eu-west-1"), QStringLiteral("connection refused"));
    QVERIFY(view.emptyStateText().contains(QStringLiteral("offline")));
    QVERIFY(view.emptyStateText().contains(QStringLiteral("connection refused")));

    auto failed = std::make_shared<KustomizationDrift>(*sampleDrift());
    failed->objects.clear();
    failed->error = QStringLiteral("apps/shop/kustomization.yaml:4: unknown field \"resourcez\"");
    view.setDrift(failed);
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("resourcez")));

    auto clean = std::make_shared<KustomizationDrift>(*sampleDrift());
    clean->objects.erase(clean->objects.begin(), clean->objects.end() - 1); // only the ServiceAccount in sync
    view.setDrift(clean);
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("No drift")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("driftSummary"))->text().contains(QStringLiteral("in sync")));

    view.setDrift(sampleDrift());
    QVERIFY(!view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().isEmpty());
}

void TestDriftView::oneObjectOfAKustomizationCanBeShownAlone()
{
    DriftView view;
    view.setDrift(sampleDrift(), objectId(QStringLiteral("v1"), QStringLiteral("Service"), QStringLiteral("shop"),
                                          QStringLiteral("legacy")).key());
    QCOMPARE(view.objectList()->topLevelItemCount(), 1);
    QCOMPARE(view.currentObject()->kind, DriftKind::Prune);
    QVERIFY(rowWithText(view.livePane(), QStringLiteral("- port: 80"), DiffPane::RowKind::Removed) >= 0);
    view.setDrift(sampleDrift(), objectId(QStringLiteral("v1"), QStringLiteral("ServiceAccount"), QStringLiteral("shop"),
                                          QStringLiteral("web")).key());
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("matches Git")));
}

void TestDriftView::everyWidgetHasAnObjectNameAndControlsHaveToolTips()
{
    DriftView view;
    view.setDrift(sampleDrift());
    QStringList unnamed;
    for (QWidget* widget : view.findChildren<QWidget*>()) {
        // Qt's own internals (scroll bars, viewports, splitter handles) are not ours to name.
        const QString className = QString::fromLatin1(widget->metaObject()->className());
        if (widget->objectName().startsWith(QLatin1String("qt_")) || className == QLatin1String("QSplitterHandle")
            || className == QLatin1String("QScrollBar") || className == QLatin1String("QHeaderView")
            || (className == QLatin1String("QWidget") && widget->parentWidget()
                && widget->parentWidget()->inherits("QAbstractScrollArea")))
            continue;
        if (widget->objectName().isEmpty())
            unnamed.append(className);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    for (QAbstractButton* button : view.findChildren<QAbstractButton*>()) {
        if (button->parentWidget()->inherits("QAbstractScrollArea") || button->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->objectName()));
    }
    // Every control has a mnemonic, so it is reachable from the keyboard.
    for (const char* name : {"driftSideBySideButton", "driftInlineButton", "driftHideDefaulted", "driftOpenSourceButton"})
        QVERIFY(view.findChild<QAbstractButton*>(QLatin1String(name))->text().contains(QLatin1Char('&')));
}

void TestDriftView::treeShowsDriftCountsRolledUpAndADashWhenNotComputed()
{
    // cluster (3) → tenants (3) → tenant shop (3) → Kustomization shop (3) → Deployment web (1)
    //                            → tenant blog (not computed) → Kustomization blog (—)
    const QString c = QStringLiteral("c:prod");
    auto web = treeNode(NodeKind::Object, c + QStringLiteral("/tenants/t:shop/f:Kustomization/shop/o:Deployment/web"),
                        QStringLiteral("web"), QStringLiteral("Deployment"), 1, 1);
    auto shopKs = treeNode(NodeKind::FluxObject, c + QStringLiteral("/tenants/t:shop/f:Kustomization/shop"),
                           QStringLiteral("shop"), QStringLiteral("Kustomization"), 3, 3, {web});
    auto shop = treeNode(NodeKind::Tenant, c + QStringLiteral("/tenants/t:shop"), QStringLiteral("shop"), {}, -1, 3,
                         {shopKs});
    auto blogKs = treeNode(NodeKind::FluxObject, c + QStringLiteral("/tenants/t:blog/f:Kustomization/blog"),
                           QStringLiteral("blog"), QStringLiteral("Kustomization"), -1, 0);
    auto blog = treeNode(NodeKind::Tenant, c + QStringLiteral("/tenants/t:blog"), QStringLiteral("blog"), {}, -1, 0,
                         {blogKs});
    auto tenants = treeNode(NodeKind::Tenants, c + QStringLiteral("/tenants"), QStringLiteral("Tenants"), {}, -1, 3,
                            {shop, blog});
    auto cluster = treeNode(NodeKind::Cluster, c, QStringLiteral("prod"), {}, -1, 3, {tenants});
    auto root = treeNode(NodeKind::Workspace, QStringLiteral("workspace"), {}, {}, -1, 3, {cluster});
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = 1;
    snapshot->workspaceRoot = QStringLiteral("/srv/fleet");
    snapshot->root = root;

    FleetTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(snapshot);
    const auto driftText = [&model](const QString& key) {
        return model.index(model.indexForKey(key).row(), FleetTreeModel::DriftColumn, model.indexForKey(key).parent())
            .data()
            .toString();
    };
    QCOMPARE(model.headerData(FleetTreeModel::DriftColumn, Qt::Horizontal).toString(), QStringLiteral("Drift"));
    QCOMPARE(driftText(shopKs->key), QStringLiteral("3"));
    QCOMPARE(driftText(web->key), QStringLiteral("1"));
    QCOMPARE(driftText(shop->key), QStringLiteral("3"));
    QCOMPARE(driftText(tenants->key), QStringLiteral("3"));
    QCOMPARE(driftText(cluster->key), QStringLiteral("3"));
    QCOMPARE(driftText(blogKs->key), QStringLiteral("—"));
    QCOMPARE(driftText(blog->key), QStringLiteral("—"));
    QCOMPARE(model.indexForKey(blogKs->key).data(FleetTreeModel::DriftRole).toInt(), -1);
    QCOMPARE(model.indexForKey(cluster->key).data(FleetTreeModel::DriftRole).toInt(), 3);

    // A new generation where the blog drift is computed and clean, and shop's drift went down.
    auto blogKs2 = std::make_shared<FleetNode>(*blogKs);
    blogKs2->drift = 0;
    auto blog2 = std::make_shared<FleetNode>(*blog);
    blog2->children = {blogKs2};
    auto shopKs2 = std::make_shared<FleetNode>(*shopKs);
    shopKs2->drift = 1;
    shopKs2->driftTotal = 1;
    auto shop2 = std::make_shared<FleetNode>(*shop);
    shop2->driftTotal = 1;
    shop2->children = {shopKs2};
    auto tenants2 = std::make_shared<FleetNode>(*tenants);
    tenants2->driftTotal = 1;
    tenants2->children = {shop2, blog2};
    auto cluster2 = std::make_shared<FleetNode>(*cluster);
    cluster2->driftTotal = 1;
    cluster2->children = {tenants2};
    auto root2 = std::make_shared<FleetNode>(*root);
    root2->children = {cluster2};
    auto snapshot2 = std::make_shared<FleetSnapshot>(*snapshot);
    snapshot2->generation = 2;
    snapshot2->root = root2;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(snapshot2);
    QVERIFY(changed.count() > 0);
    QCOMPARE(driftText(blogKs->key), QStringLiteral("0"));
    QCOMPARE(driftText(blog->key), QStringLiteral("0"));
    QCOMPARE(driftText(cluster->key), QStringLiteral("1"));
    // The tenant itself did not change, but its Drift cell did: the view hears of it.
    const QModelIndex blogIndex = model.indexForKey(blog->key);
    bool blogCellChanged = false;
    for (const QList<QVariant>& args : changed) {
        const QModelIndex first = args.at(0).toModelIndex();
        const QModelIndex last = args.at(1).toModelIndex();
        if (first.parent() == blogIndex.parent() && first.row() <= blogIndex.row() && last.row() >= blogIndex.row()
            && first.column() <= FleetTreeModel::DriftColumn && last.column() >= FleetTreeModel::DriftColumn)
            blogCellChanged = true;
    }
    QVERIFY(blogCellChanged);
}

void TestDriftView::onlyDriftedFilterKeepsDriftedNodesAndTheirAncestors()
{
    const QString c = QStringLiteral("c:prod");
    auto shopKs = treeNode(NodeKind::FluxObject, c + QStringLiteral("/tenants/t:shop/f:Kustomization/shop"),
                           QStringLiteral("shop"), QStringLiteral("Kustomization"), 2, 2);
    auto shop = treeNode(NodeKind::Tenant, c + QStringLiteral("/tenants/t:shop"), QStringLiteral("shop"), {}, -1, 2,
                         {shopKs});
    auto blogKs = treeNode(NodeKind::FluxObject, c + QStringLiteral("/tenants/t:blog/f:Kustomization/blog"),
                           QStringLiteral("blog"), QStringLiteral("Kustomization"), 0, 0);
    auto blog = treeNode(NodeKind::Tenant, c + QStringLiteral("/tenants/t:blog"), QStringLiteral("blog"), {}, -1, 0,
                         {blogKs});
    auto cluster = treeNode(NodeKind::Cluster, c, QStringLiteral("prod"), {}, -1, 2, {shop, blog});
    auto root = treeNode(NodeKind::Workspace, QStringLiteral("workspace"), {}, {}, -1, 2, {cluster});
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = 1;
    snapshot->workspaceRoot = QStringLiteral("/srv/fleet");
    snapshot->root = root;

    FleetTreeModel model;
    model.applySnapshot(snapshot);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    proxy.setOnlyDrifted(true);
    QVERIFY(proxy.onlyDrifted());
    const QModelIndex clusterIndex = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(clusterIndex), 1);
    QCOMPARE(proxy.index(0, 0, clusterIndex).data().toString(), QStringLiteral("shop"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0, clusterIndex)), 1);
    proxy.setOnlyDrifted(false);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
}

void TestDriftView::driftDockShowsTheLatestDriftOfTheSelectedKustomizationOrObject()
{
    const QString c = QStringLiteral("c:prod-eu-west-1");
    auto web = treeNode(NodeKind::Object, c + QStringLiteral("/tenants/t:shop/f:Kustomization/shop/o:Deployment/web"),
                        QStringLiteral("web"), QStringLiteral("Deployment"), 1, 1);
    auto webNode = std::const_pointer_cast<FleetNode>(web);
    webNode->apiVersion = QStringLiteral("apps/v1");
    webNode->ns = QStringLiteral("shop");
    webNode->cluster = QStringLiteral("prod-eu-west-1");
    auto ks = std::make_shared<FleetNode>(*treeNode(NodeKind::FluxObject, c + QStringLiteral("/tenants/t:shop/f:Kustomization/shop"),
                                                    QStringLiteral("shop"), QStringLiteral("Kustomization"), -1, 0, {web}));
    ks->ns = QStringLiteral("flux-system");
    ks->cluster = QStringLiteral("prod-eu-west-1");
    auto tenant = treeNode(NodeKind::Tenant, c + QStringLiteral("/tenants/t:shop"), QStringLiteral("shop"), {}, -1, 0, {ks});
    auto cluster = treeNode(NodeKind::Cluster, c, QStringLiteral("prod-eu-west-1"), {}, -1, 0, {tenant});
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = 1;
    snapshot->workspaceRoot = QStringLiteral("/srv/fleet");
    snapshot->root = treeNode(NodeKind::Workspace, QStringLiteral("workspace"), {}, {}, -1, 0, {cluster});

    FleetTreeModel model;
    model.applySnapshot(snapshot);
    FleetFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTreeView tree;
    tree.setModel(&proxy);
    DriftDock dock(nullptr, &model, &tree);
    DriftView* view = dock.view();
    QVERIFY(view->emptyStateText().contains(QStringLiteral("Select a Kustomization")));

    const auto select = [&](const QString& key) {
        tree.setCurrentIndex(proxy.mapFromSource(model.indexForKey(key)));
    };
    select(ks->key);
    QVERIFY(view->emptyStateText().contains(QStringLiteral("not computed yet"), Qt::CaseInsensitive));
    model.setClusterConnection(QStringLiteral("prod-eu-west-1"), QStringLiteral("offline"), QStringLiteral("dial tcp: refused"));
    dock.follow();
    QVERIFY(view->emptyStateText().contains(QStringLiteral("dial tcp: refused")));

    dock.storeDrift(sampleDrift());
    QVERIFY(!view->isShowingEmptyState());
    QCOMPARE(view->objectList()->topLevelItemCount(), 5);
    QCOMPARE(dock.driftOf(QStringLiteral("prod-eu-west-1"), QStringLiteral("flux-system"), QStringLiteral("shop")), view->drift());

    select(web->key);
    QCOMPARE(view->objectFilter(), deploymentKey());
    QCOMPARE(view->objectList()->topLevelItemCount(), 1);
    QCOMPARE(view->currentObject()->id.name, QStringLiteral("web"));

    select(tenant->key);
    QVERIFY(view->isShowingEmptyState());
    QVERIFY(view->emptyStateText().contains(QStringLiteral("Flux Kustomizations")));
    // Without an engine there is nobody to ask "what would this change do".
    QVERIFY(!dock.whatWouldChangeAction()->isEnabled());
}

void TestDriftView::mainWindowDocksTheDriftViewWithItsActions()
{
    MainWindow window(nullptr);
    QVERIFY(window.driftDock());
    QCOMPARE(window.driftDock()->objectName(), QStringLiteral("driftDock"));
    QVERIFY(window.findChild<DriftView*>(QStringLiteral("driftView")));
    auto* toggle = window.findChild<QAction*>(QStringLiteral("toggleDriftAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("whatWouldChangeAction")));
    auto* onlyDrifted = window.findChild<QAction*>(QStringLiteral("onlyDriftedAction"));
    QVERIFY(onlyDrifted);
    onlyDrifted->trigger();
    QVERIFY(window.filterModel()->onlyDrifted());
    QVERIFY(!window.fleetModel()->headerData(FleetTreeModel::DriftColumn, Qt::Horizontal).toString().isEmpty());
}

void TestDriftView::screenshotOfTheDiffView()
{
    DriftView view;
    view.resize(1280, 720);
    view.setDrift(sampleDrift());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fieldTable()->setCurrentItem(view.fieldTable()->topLevelItem(0));
    // Beside the test binary, like tst_mainwindow's: the source tree is never written to.
    const QString file = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("driftview.png"));
    const QPixmap shot = view.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(file, "PNG"));
    view.setMode(DriftView::Mode::Inline);
    const QString inlineFile = QFileInfo(file).dir().filePath(QStringLiteral("driftview-inline.png"));
    QVERIFY(view.grab().save(inlineFile, "PNG"));
}

QTEST_MAIN(TestDriftView)
#include "tst_driftview.moc"
