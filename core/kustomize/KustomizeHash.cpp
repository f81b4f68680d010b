#include "KustomizeHash.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace fleetdesk {

namespace {

void appendGoString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8.at(i));
        switch (c) {
        case '"': out.append("\\\""); continue;
        case '\\': out.append("\\\\"); continue;
        case '\n': out.append("\\n"); continue;
        case '\r': out.append("\\r"); continue;
        case '\t': out.append("\\t"); continue;
        case '<': case '>': case '&':
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
            continue;
        default: break;
        }
        if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are escaped by encoding/json.
        if (c == 0xe2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8
                || static_cast<unsigned char>(utf8.at(i + 2)) == 0xa9)) {
            out.append(static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029");
            i += 2;
            continue;
        }
        out.append(char(c));
    }
    out.append('"');
}

void appendGoJson(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // encoding/json sorts map keys by their UTF-8 bytes
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        out.append('{');
        bool first = true;
        for (const QString& key : keys) {
            if (!first)
                out.append(',');
            first = false;
            appendGoString(out, key);
            out.append(':');
            appendGoJson(out, object.value(key));
        }
        out.append('}');
        return;
    }
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue& item : value.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            appendGoJson(out, item);
        }
        out.append(']');
        return;
    }
    case QJsonValue::String:
        appendGoString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e21)
            out.append(QByteArray::number(d, 'f', 0));
        else
            out.append(QByteArray::number(d, 'g', 17));
        return;
    }
    default:
        out.append("null");
    }
}

// kustomize reads these fields through the YAML node: a missing field is "", a scalar is its text, a map is kept.
QJsonValue fieldValue(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isObject() || value.isArray())
        return value;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::fromLatin1(QByteArray::number(value.toDouble(), 'g', 17));
    return value.toString();
}

} // namespace

QByteArray KustomizeHash::goJson(const QJsonValue& value)
{
    QByteArray out;
    appendGoJson(out, value);
    return out;
}

QString KustomizeHash::hash(const QJsonObject& object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    // kustomize looks the name up as one field called "metadata/name", which no object has: it always hashes "".
    const QJsonValue name = QString();
    QJsonObject encoded;
    if (kind == QLatin1String("ConfigMap")) {
        encoded.insert(QStringLiteral("kind"), kind);
        encoded.insert(QStringLiteral("name"), name);
        encoded.insert(QStringLiteral("data"), fieldValue(object.value(QLatin1String("data"))));
        const QJsonValue binary = fieldValue(object.value(QLatin1String("binaryData")));
        if (binary.isObject())
            encoded.insert(QStringLiteral("binaryData"), binary);
    } else if (kind == QLatin1String("Secret")) {
        encoded.insert(QStringLiteral("kind"), kind);
        encoded.insert(QStringLiteral("type"), fieldValue(object.value(QLatin1String("type"))));
        encoded.insert(QStringLiteral("name"), name);
        encoded.insert(QStringLiteral("data"), fieldValue(object.value(QLatin1String("data"))));
        const QJsonValue stringData = fieldValue(object.value(QLatin1String("stringData")));
        if (stringData.isObject())
            encoded.insert(QStringLiteral("stringData"), stringData);
    } else {
        encoded = object;
    }
    const QByteArray digest = QCryptographicHash::hash(goJson(encoded), QCryptographicHash::Sha256).toHex();
    QString suffix = QString::fromLatin1(digest.left(10));
    for (QChar& c : suffix) {
        switch (c.toLatin1()) {
        case '0': c = QLatin1Char('g'); break;
        case '1': c = QLatin1Char('h'); break;
        case '3': c = QLatin1Char('k'); break;
        case 'a': c = QLatin1Char('m'); break;
        case 'e': c = QLatin1Char('t'); break;
        default: break;
        }
    }
    return suffix;
}

} // namespace fleetdesk
