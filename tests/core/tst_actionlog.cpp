// The action log: append-only JSON lines, read back in order, exported as JSON and CSV.

#include "flux/ActionLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

class TestActionLog : public QObject
{
    Q_OBJECT

private:
    static ActionLogEntry entry(const QString& action, const QString& target, bool ok, const QString& result)
    {
        ActionLogEntry e;
        e.when = QDateTime(QDate(2026, 11, 27), QTime(22, 0, 0, 250), Qt::UTC);
        e.user = QStringLiteral("admin");
        e.context = QStringLiteral("admin@testenv");
        e.cluster = QStringLiteral("prod-eu-west-1");
        e.action = action;
        e.target = target;
        e.ok = ok;
        e.result = result;
        return e;
    }

private Q_SLOTS:
    void entriesAreAppendedAndReadBackInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log/actions.jsonl"));
        const ActionLogEntry a = entry(QStringLiteral("suspend"), QStringLiteral("Kustomization/acme/acme"), true,
                                       QStringLiteral("suspended"));
        const ActionLogEntry b = entry(QStringLiteral("reconcile"), QStringLiteral("Kustomization/acme/acme"), false,
                                       QStringLiteral("resource is suspended"));
        QVERIFY(ActionLog(path).append(a).has_value());
        QVERIFY(ActionLog(path).append(b).has_value()); // another instance appends, never truncates
        const QList<ActionLogEntry> read = ActionLog(path).entries();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0), a);
        QCOMPARE(read.at(1), b);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void exportWritesJsonAndQuotedCsv()
    {
        QTemporaryDir dir;
        ActionLog log(dir.filePath(QStringLiteral("actions.jsonl")));
        QVERIFY(log.append(entry(QStringLiteral("suspend"), QStringLiteral("Kustomization/acme/acme"), false,
                                 QStringLiteral("Permission denied: you may not patch \"x\", sorry")))
                    .has_value());
        QVERIFY(log.exportTo(dir.filePath(QStringLiteral("out.json")), QStringLiteral("json")).has_value());
        QFile json(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));

        QVERIFY(log.exportTo(dir.filePath(QStringLiteral("out.csv")), QStringLiteral("csv")).has_value());
        QFile csv(dir.filePath(QStringLiteral("out.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("when,user,context,cluster,action,target,ok,result"));
        QCOMPARE(lines.at(1), QByteArray("2026-11-27T22:00:00.250Z,admin,admin@testenv,prod-eu-west-1,suspend,"
                                         "Kustomization/acme/acme,false,\"Permission denied: you may not patch "
                                         "\"\"x\"\", sorry\""));
        QVERIFY(!log.exportTo(dir.filePath(QStringLiteral("out.xml")), QStringLiteral("xml")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
