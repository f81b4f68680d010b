#include "ManagedFields.h"

#include "drift/FieldPath.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fleetdesk {

namespace {

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument(value.isObject() ? QJsonDocument(value.toObject())
                                                                : QJsonDocument(value.toArray()))
                                     .toJson(QJsonDocument::Compact));
    }
}

void collect(const QJsonObject& fields, const QString& prefix, ManagedFields::Entry& entry,
             QHash<QString, QStringList>& listKeys)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String(".")) {
            entry.owned.insert(prefix);
            continue;
        }
        const QString step = ManagedFields::pathStep(key);
        if (step.isEmpty())
            continue;
        if (key.startsWith(QLatin1String("k:"))) {
            const QJsonObject keyFields = QJsonDocument::fromJson(key.mid(2).toUtf8()).object();
            QStringList names = keyFields.keys();
            std::sort(names.begin(), names.end());
            if (!listKeys.contains(prefix))
                listKeys.insert(prefix, names);
        }
        const QString path = prefix + step;
        const QJsonObject children = it.value().toObject();
        if (children.isEmpty())
            entry.owned.insert(path);
        else
            collect(children, path, entry, listKeys);
    }
}

} // namespace

QString ManagedFields::pathStep(const QString& key)
{
    if (key.startsWith(QLatin1String("f:")))
        return FieldPath::fieldStep(key.mid(2));
    if (key.startsWith(QLatin1String("k:"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(key.mid(2).toUtf8());
        if (!doc.isObject())
            return {};
        return itemStep(doc.object());
    }
    if (key.startsWith(QLatin1String("v:"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + key.mid(2).toUtf8() + "]");
        if (!doc.isArray() || doc.array().size() != 1)
            return {};
        return QStringLiteral("[=") + scalarText(doc.array().first()) + QLatin1Char(']');
    }
    if (key.startsWith(QLatin1String("i:"))) {
        bool ok = false;
        const int index = key.mid(2).toInt(&ok);
        return ok ? QStringLiteral("[%1]").arg(index) : QString();
    }
    return {};
}

QString ManagedFields::itemStep(const QJsonObject& keyFields)
{
    QStringList names = keyFields.keys();
    std::sort(names.begin(), names.end());
    QStringList parts;
    for (const QString& name : names)
        parts.append(name + QLatin1Char('=') + scalarText(keyFields.value(name)));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

ManagedFields ManagedFields::parse(const QJsonArray& managedFields)
{
    ManagedFields result;
    for (const QJsonValue& value : managedFields) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("fieldsType")).toString() != QLatin1String("FieldsV1"))
            continue;
        Entry entry;
        entry.manager = object.value(QStringLiteral("manager")).toString();
        entry.operation = object.value(QStringLiteral("operation")).toString();
        entry.subresource = object.value(QStringLiteral("subresource")).toString();
        entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODate);
        const QJsonObject fields = object.value(QStringLiteral("fieldsV1")).toObject();
        // Fields of a subresource are stored relative to the object as well (scale records .spec.replicas).
        collect(fields, QString(), entry, result.m_listKeys);
        result.m_entries.push_back(std::move(entry));
    }
    return result;
}

const ManagedFields::Entry* ManagedFields::ownerOf(const QString& path) const
{
    const auto latest = [this](auto&& matches) -> const Entry* {
        const Entry* best = nullptr;
        for (const Entry& entry : m_entries) {
            if (matches(entry) && (!best || entry.time > best->time))
                best = &entry;
        }
        return best;
    };
    if (const Entry* exact = latest([&path](const Entry& e) { return e.owned.contains(path); }))
        return exact;
    QStringList steps = FieldPath::split(path);
    while (!steps.isEmpty()) {
        steps.removeLast();
        const QString ancestor = steps.join(QString());
        if (ancestor.isEmpty())
            break;
        if (const Entry* owner = latest([&ancestor](const Entry& e) { return e.owned.contains(ancestor); }))
            return owner;
    }
    const QString below = path;
    return latest([&below](const Entry& e) {
        return std::any_of(e.owned.cbegin(), e.owned.cend(), [&below](const QString& owned) {
            return owned.size() > below.size() && owned.startsWith(below)
                && (owned.at(below.size()) == QLatin1Char('.') || owned.at(below.size()) == QLatin1Char('['));
        });
    });
}

QStringList ManagedFields::listKeys(const QString& listPath) const
{
    return m_listKeys.value(listPath);
}

} // namespace fleetdesk
