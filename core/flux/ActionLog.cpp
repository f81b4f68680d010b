#include "ActionLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace fleetdesk {

namespace {

QJsonObject toJson(const ActionLogEntry& e)
{
    return QJsonObject{{QStringLiteral("when"), e.when.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), e.user},
                       {QStringLiteral("context"), e.context},
                       {QStringLiteral("cluster"), e.cluster},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("target"), e.target},
                       {QStringLiteral("ok"), e.ok},
                       {QStringLiteral("result"), e.result}};
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

ActionLog::ActionLog(QString file)
    : m_file(std::move(file))
{
    if (m_file.isEmpty())
        m_file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/actions.jsonl");
}

Result<void> ActionLog::append(const ActionLogEntry& entry) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(QCoreApplication::translate("ActionLog", "cannot write the action log: %1").arg(file.errorString()),
                         {m_file, 0, 0}, QStringLiteral("io.write"));
    file.write(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n');
    return {};
}

QList<ActionLogEntry> ActionLog::entries() const
{
    QList<ActionLogEntry> list;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        ActionLogEntry e;
        e.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
        e.user = o.value(QStringLiteral("user")).toString();
        e.context = o.value(QStringLiteral("context")).toString();
        e.cluster = o.value(QStringLiteral("cluster")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.target = o.value(QStringLiteral("target")).toString();
        e.ok = o.value(QStringLiteral("ok")).toBool();
        e.result = o.value(QStringLiteral("result")).toString();
        list.append(e);
    }
    return list;
}

Result<void> ActionLog::exportTo(const QString& path, const QString& format) const
{
    const QList<ActionLogEntry> all = entries();
    QByteArray out;
    if (format == QLatin1String("csv")) {
        out = "when,user,context,cluster,action,target,ok,result\n";
        for (const ActionLogEntry& e : all) {
            const QStringList fields{e.when.toUTC().toString(Qt::ISODateWithMs), e.user, e.context, e.cluster, e.action,
                                     e.target, e.ok ? QStringLiteral("true") : QStringLiteral("false"), e.result};
            QStringList quoted;
            for (const QString& f : fields)
                quoted.append(csvField(f));
            out += quoted.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    } else if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ActionLogEntry& e : all)
            array.append(toJson(e));
        out = QJsonDocument(array).toJson();
    } else {
        return makeError(QCoreApplication::translate("ActionLog", "unknown export format %1").arg(format), {},
                         QStringLiteral("usage.format"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return makeError(QCoreApplication::translate("ActionLog", "cannot write %1: %2").arg(path, file.errorString()),
                         {path, 0, 0}, QStringLiteral("io.write"));
    return {};
}

} // namespace fleetdesk
