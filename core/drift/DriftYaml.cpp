#include "DriftYaml.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fleetdesk::DriftYaml {

namespace {

bool needsQuotes(const QString& s)
{
    if (s.isEmpty())
        return true;
    static const QRegularExpression plainUnsafe(
        QStringLiteral("^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
                       "|[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    if (plainUnsafe.match(s).hasMatch())
        return true;
    const QChar first = s.front();
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@` ").contains(first))
        return true;
    if (s.back().isSpace() || s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #"))
        || s.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : s) {
        if (c < QLatin1Char(' ') || c == QChar(0x7f))
            return true;
    }
    return false;
}

QString quoted(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c < QLatin1Char(' '))
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString scalar(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return needsQuotes(v.toString()) ? quoted(v.toString()) : v.toString();
    default:
        return {};
    }
}

QStringList orderedKeys(const QJsonObject& object, bool top)
{
    QStringList keys = object.keys();
    if (!top)
        return keys;
    static const QStringList first = {QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                      QStringLiteral("metadata"), QStringLiteral("spec")};
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& k) {
            const auto i = first.indexOf(k);
            return i < 0 ? int(first.size()) : int(i);
        };
        return rank(a) < rank(b);
    });
    return keys;
}

void writeValue(QString& out, const QJsonValue& value, int indent);

void writeObject(QString& out, const QJsonObject& object, int indent, bool top, bool inlineFirst)
{
    const QString pad(indent, QLatin1Char(' '));
    bool firstLine = true;
    for (const QString& key : orderedKeys(object, top)) {
        if (!(inlineFirst && firstLine))
            out += pad;
        firstLine = false;
        out += needsQuotes(key) ? quoted(key) : key;
        out += QLatin1Char(':');
        const QJsonValue v = object.value(key);
        if (v.isObject() && !v.toObject().isEmpty()) {
            out += QLatin1Char('\n');
            writeObject(out, v.toObject(), indent + 2, false, false);
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            out += QLatin1Char('\n');
            writeValue(out, v, indent);
        } else {
            out += QLatin1Char(' ');
            writeValue(out, v, indent + 2);
        }
    }
}

void writeValue(QString& out, const QJsonValue& value, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    if (value.isObject()) {
        if (value.toObject().isEmpty())
            out += QLatin1String("{}\n");
        else
            writeObject(out, value.toObject(), indent, false, false);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += QLatin1String("[]\n");
            return;
        }
        for (const QJsonValue& item : array) {
            out += pad + QLatin1String("- ");
            if (item.isObject() && !item.toObject().isEmpty()) {
                writeObject(out, item.toObject(), indent + 2, false, true);
            } else if (item.isArray() && !item.toArray().isEmpty()) {
                out += QLatin1Char('\n');
                writeValue(out, item, indent + 2);
            } else {
                writeValue(out, item, indent + 2);
            }
        }
        return;
    }
    out += scalar(value) + QLatin1Char('\n');
}

} // namespace

QString write(const QJsonObject& object)
{
    QString out;
    writeObject(out, object, 0, true, false);
    return out;
}

} // namespace fleetdesk::DriftYaml
