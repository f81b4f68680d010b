#include "JsonPatch.h"

#include <QCoreApplication>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonPatch", text);
}

/// An array index of a pointer token: -1 for "-" (the end), nullopt when not an index.
std::optional<qsizetype> arrayIndex(const QString& token, qsizetype size, bool forInsert)
{
    if (token == QLatin1String("-"))
        return forInsert ? std::optional<qsizetype>(size) : std::nullopt;
    if (token.isEmpty() || (token.size() > 1 && token.front() == QLatin1Char('0')))
        return std::nullopt;
    bool ok = false;
    qsizetype index = token.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (index < 0)
        index += size;
    const qsizetype limit = forInsert ? size : size - 1;
    if (index < 0 || index > limit)
        return std::nullopt;
    return index;
}

/// The operations on a JSON document addressed by pointer tokens.
class Document
{
public:
    explicit Document(QJsonValue root) : m_root(std::move(root)) {}
    const QJsonValue& root() const { return m_root; }

    std::optional<QJsonValue> get(const QStringList& path) const
    {
        QJsonValue current = m_root;
        for (const QString& token : path) {
            if (current.isObject()) {
                const QJsonObject object = current.toObject();
                if (!object.contains(token))
                    return std::nullopt;
                current = object.value(token);
            } else if (current.isArray()) {
                const QJsonArray array = current.toArray();
                const auto index = arrayIndex(token, array.size(), false);
                if (!index)
                    return std::nullopt;
                current = array.at(*index);
            } else {
                return std::nullopt;
            }
        }
        return current;
    }

    enum class Mode { Add, Replace, Remove };

    /// Changes the value at `path`; returns an error text or an empty string.
    QString change(const QStringList& path, Mode mode, const QJsonValue& value = {})
    {
        if (path.isEmpty()) {
            if (mode == Mode::Remove)
                return tr("cannot remove the whole document");
            m_root = value;
            return {};
        }
        return changeIn(m_root, path, 0, mode, value);
    }

private:
    static QString changeIn(QJsonValue& node, const QStringList& path, qsizetype depth, Mode mode,
                            const QJsonValue& value)
    {
        const QString& token = path.at(depth);
        const bool last = depth == path.size() - 1;
        if (node.isObject()) {
            QJsonObject object = node.toObject();
            if (last) {
                if (mode != Mode::Add && !object.contains(token))
                    return tr("the key \"%1\" does not exist").arg(token);
                if (mode == Mode::Remove)
                    object.remove(token);
                else
                    object.insert(token, value);
            } else {
                if (!object.contains(token))
                    return tr("the key \"%1\" does not exist").arg(token);
                QJsonValue child = object.value(token);
                if (QString error = changeIn(child, path, depth + 1, mode, value); !error.isEmpty())
                    return error;
                object.insert(token, child);
            }
            node = object;
            return {};
        }
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const auto index = arrayIndex(token, array.size(), last && mode == Mode::Add);
            if (!index)
                return tr("the index \"%1\" is out of range of a list of %2").arg(token).arg(array.size());
            if (last) {
                if (mode == Mode::Add)
                    array.insert(*index, value);
                else if (mode == Mode::Replace)
                    array.replace(*index, value);
                else
                    array.removeAt(*index);
            } else {
                QJsonValue child = array.at(*index);
                if (QString error = changeIn(child, path, depth + 1, mode, value); !error.isEmpty())
                    return error;
                array.replace(*index, child);
            }
            node = array;
            return {};
        }
        return tr("\"%1\" is below a value that is neither a map nor a list").arg(token);
    }

    QJsonValue m_root;
};

} // namespace

Result<QStringList> parseJsonPointer(const QString& pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (pointer.front() != QLatin1Char('/'))
        return makeError(tr("the JSON pointer \"%1\" does not start with '/'").arg(pointer), {},
                         QStringLiteral("patch.pointer"));
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString& token : tokens) {
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i) != QLatin1Char('~'))
                continue;
            if (i + 1 >= token.size() || (token.at(i + 1) != QLatin1Char('0') && token.at(i + 1) != QLatin1Char('1')))
                return makeError(tr("the JSON pointer \"%1\" has a '~' not followed by 0 or 1").arg(pointer), {},
                                 QStringLiteral("patch.pointer"));
        }
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return tokens;
}

Result<QJsonObject> applyJsonPatch(const QJsonObject& target, const QJsonArray& operations)
{
    Document document{QJsonValue(target)};
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        const QString op = operation.value(QLatin1String("op")).toString();
        const QString pathText = operation.value(QLatin1String("path")).toString();
        const auto fail = [&](const QString& why) {
            return makeError(tr("JSON patch operation %1 (%2 %3): %4").arg(i).arg(op.isEmpty() ? QStringLiteral("?") : op, pathText, why),
                             {}, QStringLiteral("patch.json6902"));
        };
        if (!operations.at(i).isObject())
            return fail(tr("an operation must be a map"));
        if (!operation.value(QLatin1String("path")).isString())
            return fail(tr("the operation has no \"path\""));
        auto path = parseJsonPointer(pathText);
        if (!path)
            return fail(path.error().message);
        const bool needsValue = op == QLatin1String("add") || op == QLatin1String("replace") || op == QLatin1String("test");
        if (needsValue && !operation.contains(QLatin1String("value")))
            return fail(tr("the operation has no \"value\""));
        const QJsonValue value = operation.value(QLatin1String("value"));

        QString error;
        if (op == QLatin1String("add")) {
            error = document.change(*path, Document::Mode::Add, value);
        } else if (op == QLatin1String("replace")) {
            error = document.change(*path, Document::Mode::Replace, value);
        } else if (op == QLatin1String("remove")) {
            error = document.change(*path, Document::Mode::Remove);
        } else if (op == QLatin1String("test")) {
            const auto current = document.get(*path);
            if (!current)
                error = tr("the path does not exist");
            else if (*current != value)
                error = tr("the value is not the expected one");
        } else if (op == QLatin1String("move") || op == QLatin1String("copy")) {
            const QString fromText = operation.value(QLatin1String("from")).toString();
            if (!operation.value(QLatin1String("from")).isString())
                return fail(tr("the operation has no \"from\""));
            auto from = parseJsonPointer(fromText);
            if (!from)
                return fail(from.error().message);
            const auto source = document.get(*from);
            if (!source)
                return fail(tr("the \"from\" path %1 does not exist").arg(fromText));
            if (op == QLatin1String("move")) {
                if (path->size() > from->size() && path->mid(0, from->size()) == *from)
                    return fail(tr("cannot move a value into itself"));
                error = document.change(*from, Document::Mode::Remove);
            }
            if (error.isEmpty())
                error = document.change(*path, Document::Mode::Add, *source);
        } else {
            return fail(tr("unknown operation \"%1\"").arg(op));
        }
        if (!error.isEmpty())
            return fail(error);
    }
    if (!document.root().isObject())
        return makeError(tr("the JSON patch turned the object into something that is not a map"), {},
                         QStringLiteral("patch.json6902"));
    return document.root().toObject();
}

} // namespace fleetdesk
