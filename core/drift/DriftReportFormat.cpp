#include "DriftReportFormat.h"

#include "drift/FieldPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fleetdesk::DriftReportFormat {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DriftReportFormat", text);
}

} // namespace

QString kindName(DriftKind kind)
{
    switch (kind) {
    case DriftKind::InSync: return QStringLiteral("in-sync");
    case DriftKind::Create: return QStringLiteral("created");
    case DriftKind::Change: return QStringLiteral("changed");
    case DriftKind::Prune: return QStringLiteral("pruned");
    case DriftKind::Skipped: return QStringLiteral("skipped");
    case DriftKind::Error: return QStringLiteral("error");
    }
    return {};
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: return tr("<absent>");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString objectLine(const ObjectDrift& object)
{
    QString line = QStringLiteral("► %1 ").arg(object.id.displayName());
    switch (object.kind) {
    case DriftKind::InSync: line += tr("in sync"); break;
    case DriftKind::Create: line += tr("created"); break;
    case DriftKind::Change: line += tr("changed"); break;
    case DriftKind::Prune: line += tr("pruned"); break;
    case DriftKind::Skipped: line += tr("skipped: %1").arg(object.message); break;
    case DriftKind::Error: line += tr("error: %1").arg(object.message); break;
    }
    return line;
}

QString secretKey(const FieldDrift& field)
{
    const QStringList steps = FieldPath::split(field.path);
    const QString key = steps.isEmpty() ? field.path : steps.last();
    return key.startsWith(u'.') ? key.mid(1) : key.mid(2).chopped(2);
}

QString managerText(const FieldDrift& field)
{
    if (field.manager.isEmpty())
        return {};
    return field.operation.isEmpty() ? field.manager : tr("%1 (%2)").arg(field.manager, field.operation);
}

QString fieldLine(const FieldDrift& field)
{
    QString line = field.secretValue
        ? tr("%1: value of key %2 differs").arg(field.path, secretKey(field))
        : QStringLiteral("%1: %2 → %3").arg(field.path, valueText(field.live), valueText(field.desired));
    if (!field.manager.isEmpty())
        line += QStringLiteral(" — ") + managerText(field);
    if (field.defaulted)
        line += QLatin1Char(' ') + tr("[defaulted]");
    return line;
}

QString toText(const KustomizationDrift& drift, bool withInSync)
{
    QString out = QStringLiteral("Kustomization %1/%2 (%3, %4)\n")
                      .arg(drift.ns, drift.name, drift.cluster,
                           drift.revision.isEmpty() ? tr("no revision") : drift.revision);
    if (!drift.error.isEmpty()) {
        out += QStringLiteral("✗ %1\n").arg(drift.error);
        return out;
    }
    for (const ObjectDrift& object : drift.objects) {
        if (object.kind == DriftKind::InSync && !withInSync)
            continue;
        out += objectLine(object) + QLatin1Char('\n');
        for (const FieldDrift& field : object.fields)
            out += QStringLiteral("    ") + fieldLine(field) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject toJson(const KustomizationDrift& drift)
{
    QJsonArray objects;
    for (const ObjectDrift& object : drift.objects) {
        QJsonArray fields;
        for (const FieldDrift& field : object.fields) {
            QJsonObject f{{QStringLiteral("path"), field.path}};
            if (!field.secretValue) {
                if (!field.live.isUndefined())
                    f.insert(QStringLiteral("live"), field.live);
                if (!field.desired.isUndefined())
                    f.insert(QStringLiteral("desired"), field.desired);
            }
            if (!field.manager.isEmpty()) {
                f.insert(QStringLiteral("manager"), field.manager);
                f.insert(QStringLiteral("operation"), field.operation);
            }
            if (field.secretValue)
                f.insert(QStringLiteral("secretValue"), true);
            if (field.defaulted)
                f.insert(QStringLiteral("defaulted"), true);
            fields.append(f);
        }
        QJsonObject o{{QStringLiteral("apiVersion"), object.id.apiVersion()},
                      {QStringLiteral("kind"), object.id.kind},
                      {QStringLiteral("name"), object.id.name},
                      {QStringLiteral("action"), kindName(object.kind)}};
        if (!object.id.ns.isEmpty())
            o.insert(QStringLiteral("namespace"), object.id.ns);
        if (!fields.isEmpty())
            o.insert(QStringLiteral("fields"), fields);
        if (!object.message.isEmpty())
            o.insert(QStringLiteral("message"), object.message);
        if (!object.sourceFile.isEmpty()) {
            o.insert(QStringLiteral("sourceFile"), object.sourceFile);
            o.insert(QStringLiteral("sourceLine"), object.sourceLine);
        }
        objects.append(o);
    }
    QJsonObject result{{QStringLiteral("cluster"), drift.cluster},
                       {QStringLiteral("namespace"), drift.ns},
                       {QStringLiteral("name"), drift.name},
                       {QStringLiteral("revision"), drift.revision},
                       {QStringLiteral("drift"), drift.driftCount()},
                       {QStringLiteral("objects"), objects}};
    if (!drift.error.isEmpty())
        result.insert(QStringLiteral("error"), drift.error);
    return result;
}

} // namespace fleetdesk::DriftReportFormat
