#include "FieldSpec.h"

#include <QJsonArray>

namespace fleetdesk {

namespace {

void visitValue(QJsonValue& value, const QStringList& path, int index, bool create,
                const std::function<void(QJsonValue&)>& apply);

void visitInObject(QJsonObject& object, const QStringList& path, int index, bool create,
                   const std::function<void(QJsonValue&)>& apply)
{
    QString segment = path.at(index);
    const bool list = segment.endsWith(QLatin1String("[]"));
    if (list)
        segment.chop(2);
    auto it = object.find(segment);
    const bool last = index + 1 == path.size();
    if (it == object.end() || it->isNull()) {
        if (!create || list)
            return;
        QJsonValue created;
        if (last) {
            apply(created);
        } else {
            QJsonObject child;
            visitInObject(child, path, index + 1, create, apply);
            if (!child.isEmpty())
                created = child;
        }
        if (!created.isUndefined())
            object.insert(segment, created);
        return;
    }
    QJsonValue child = *it;
    if (last && !list) {
        apply(child);
    } else if (list && child.isArray()) {
        QJsonArray items = child.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonValue item = items.at(i);
            if (last)
                apply(item);
            else
                visitValue(item, path, index + 1, create, apply);
            items.replace(i, item);
        }
        child = items;
    } else if (last) {
        apply(child);
    } else {
        visitValue(child, path, index + 1, create, apply);
    }
    if (child.isUndefined())
        object.remove(segment);
    else
        object.insert(segment, child);
}

void visitValue(QJsonValue& value, const QStringList& path, int index, bool create,
                const std::function<void(QJsonValue&)>& apply)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        visitInObject(object, path, index, create, apply);
        value = object;
    } else if (value.isArray()) {
        QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonValue item = items.at(i);
            visitValue(item, path, index, create, apply);
            items.replace(i, item);
        }
        value = items;
    }
}

} // namespace

FieldSpec FieldSpec::make(const QString& kind, const QString& path, bool create, const QString& group,
                          const QString& version)
{
    return FieldSpec{group, version, kind, splitPath(path), create};
}

QStringList FieldSpec::splitPath(const QString& path)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\') && i + 1 < path.size() && path.at(i + 1) == QLatin1Char('/')) {
            current.append(QLatin1Char('/'));
            ++i;
        } else if (c == QLatin1Char('/')) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool FieldSpec::selects(const QString& objectGroup, const QString& objectVersion, const QString& objectKind) const
{
    return (group.isEmpty() || group == objectGroup) && (version.isEmpty() || version == objectVersion)
        && (kind.isEmpty() || kind == objectKind);
}

void FieldSpec::visit(QJsonObject& object, const std::function<void(QJsonValue&)>& apply) const
{
    if (path.isEmpty())
        return;
    visitInObject(object, path, 0, create, apply);
}

std::pair<QString, QString> splitApiVersion(const QString& apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), apiVersion};
    return {apiVersion.left(slash), apiVersion.mid(slash + 1)};
}

} // namespace fleetdesk
