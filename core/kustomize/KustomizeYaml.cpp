#include "KustomizeYaml.h"

#include "manifest/ManifestParser.h"
#include "sops/SopsScalar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <optional>
#include <set>

namespace fleetdesk {

namespace {

QJsonValue plainScalar(const std::string& text)
{
    if (!text.empty()) {
        const char c = text[0];
        const bool maybeTyped = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '~' || c == 't'
            || c == 'T' || c == 'f' || c == 'F' || c == 'n' || c == 'N';
        if (!maybeTyped)
            return QString::fromStdString(text);
    }
    auto resolved = SopsScalar::resolvePlain(text);
    const QString asString = QString::fromStdString(text);
    if (!resolved) {
        // An integer beyond 64 bits: go-yaml makes it a float.
        bool ok = false;
        const double d = asString.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(asString);
    }
    switch (resolved->kind) {
    case SopsNode::Kind::Null:
        return QJsonValue::Null;
    case SopsNode::Kind::Bool:
        return resolved->text.view() == "True";
    case SopsNode::Kind::Int:
        return double(std::stoll(std::string(resolved->text.view())));
    case SopsNode::Kind::Float: {
        const std::string t(resolved->text.view());
        if (t == "NaN" || t == "+Inf" || t == "-Inf")
            return asString; // JSON has no such number; keep the text
        return std::stod(t);
    }
    case SopsNode::Kind::Time:
        // kustomize decodes a timestamp to time.Time and prints it as RFC 3339 with nanoseconds.
        return QString::fromUtf8(resolved->text.chars(), qsizetype(resolved->text.size()));
    default:
        return asString;
    }
}

void appendIndent(QByteArray& out, int indent)
{
    out.append(QByteArray(indent, ' '));
}

bool isPlainSafe(const QString& s)
{
    if (s.isEmpty())
        return false;
    if (SopsScalar::plainWouldChangeType(s.toStdString()))
        return false;
    const QChar first = s.front();
    static const QString badFirst = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (badFirst.contains(first)) {
        if (!((first == '-' || first == '?' || first == ':') && s.size() > 1 && s.at(1) != ' '))
            return false;
    }
    if (first.isSpace() || s.back().isSpace())
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(QLatin1Char(':')))
        return false;
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff)
            return false;
    }
    if (s == QLatin1String("---") || s == QLatin1String("..."))
        return false;
    return true;
}

QByteArray doubleQuoted(const QString& s)
{
    QByteArray out = "\"";
    for (QChar c : s) {
        const ushort u = c.unicode();
        switch (u) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        default:
            if (u < 0x20 || u == 0x7f)
                out.append(QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0')).toLatin1());
            else
                out.append(QString(c).toUtf8());
        }
    }
    out.append('"');
    return out;
}

QByteArray number(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e18)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', 17);
}

bool blockLiteralFits(const QString& s)
{
    if (!s.contains(QLatin1Char('\n')))
        return false;
    for (QChar c : s)
        if ((c.unicode() < 0x20 && c != '\n' && c != '\t') || c.unicode() == 0x7f)
            return false;
    if (s.startsWith(QLatin1Char(' ')) || s.startsWith(QLatin1Char('\n')))
        return false;
    const QStringList lines = s.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
            return false;
    return true;
}

void writeValue(QByteArray& out, const QJsonValue& value, int indent, bool inSequence);

void writeScalarAfterKey(QByteArray& out, const QJsonValue& value, int indent)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (blockLiteralFits(s)) {
            int trailing = 0;
            while (trailing < s.size() && s.at(s.size() - 1 - trailing) == QLatin1Char('\n'))
                ++trailing;
            out.append(trailing == 0 ? " |-" : trailing == 1 ? " |" : " |+");
            out.append('\n');
            QString body = s;
            if (trailing > 0)
                body.chop(1);
            const QStringList lines = body.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                if (!line.isEmpty()) {
                    appendIndent(out, indent);
                    out.append(line.toUtf8());
                }
                out.append('\n');
            }
            return;
        }
        out.append(' ');
        out.append(KustomizeYaml::quoteIfNeeded(s));
        out.append('\n');
        return;
    }
    out.append(' ');
    if (value.isBool())
        out.append(value.toBool() ? "true" : "false");
    else if (value.isDouble())
        out.append(number(value.toDouble()));
    else
        out.append("null");
    out.append('\n');
}

void writeMapping(QByteArray& out, const QJsonObject& object, int indent, bool firstInline)
{
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(first && firstInline))
            appendIndent(out, indent);
        first = false;
        out.append(KustomizeYaml::quoteIfNeeded(it.key()));
        out.append(':');
        writeValue(out, it.value(), indent, false);
    }
}

void writeSequence(QByteArray& out, const QJsonArray& array, int indent)
{
    for (const QJsonValue& item : array) {
        appendIndent(out, indent);
        out.append('-');
        if (item.isObject() && !item.toObject().isEmpty()) {
            out.append(' ');
            writeMapping(out, item.toObject(), indent + 2, true);
        } else if (item.isArray() && !item.toArray().isEmpty()) {
            out.append('\n');
            writeSequence(out, item.toArray(), indent + 2);
        } else {
            writeValue(out, item, indent + 2, true);
        }
    }
}

// Writes what follows "key:" or "-": a nested block on the next lines, or a scalar on the same line.
void writeValue(QByteArray& out, const QJsonValue& value, int indent, bool inSequence)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out.append(" {}\n");
            return;
        }
        out.append('\n');
        writeMapping(out, o, inSequence ? indent : indent + 2, false);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        writeSequence(out, a, indent);
        return;
    }
    writeScalarAfterKey(out, value, indent + 2);
}

} // namespace

QByteArray KustomizeYaml::quoteIfNeeded(const QString& text)
{
    if (isPlainSafe(text))
        return text.toUtf8();
    // go-yaml double-quotes a string that would read back as another type, and single-quotes the others.
    if (text.isEmpty() || SopsScalar::plainWouldChangeType(text.toStdString()))
        return doubleQuoted(text);
    if (!text.contains(QLatin1Char('\n'))) {
        bool printable = true;
        for (QChar c : text)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                printable = false;
        if (printable) // a quote inside is written twice
            return '\'' + QString(text).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + '\'';
    }
    return doubleQuoted(text);
}

namespace {

/// toJson that remembers the first plain scalar go-yaml v3 reads as NaN or infinity (kustomize cannot turn it into
/// JSON and fails).
QJsonValue toJsonChecked(const YAML::Node& node, std::optional<YAML::Mark>& nonFinite)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node& key = it->first;
            QString keyText = key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
            if (key.IsNull())
                keyText = QStringLiteral("null");
            object.insert(keyText, toJsonChecked(it->second, nonFinite));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(toJsonChecked(item, nonFinite));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const std::string& tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str" || tag == "tag:yaml.org,2002:binary")
            return QString::fromStdString(node.Scalar());
        if (tag == "?" || tag.empty() || tag.starts_with("tag:yaml.org,2002:")) {
            QJsonValue value = plainScalar(node.Scalar());
            const std::string& text = node.Scalar();
            if (!nonFinite && value.isString() && text.size() >= 4 && text.size() <= 5
                && (text[0] == '.' || text[1] == '.')) {
                static const std::set<std::string> words{".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf",
                                                         "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"};
                if (words.contains(text))
                    nonFinite = node.Mark();
            }
            return value;
        }
        return QString::fromStdString(node.Scalar());
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue::Null;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue KustomizeYaml::toJson(const YAML::Node& node)
{
    std::optional<YAML::Mark> ignored;
    return toJsonChecked(node, ignored);
}

Result<std::vector<RenderedObject>> KustomizeYaml::parseDocuments(const QString& path, const QByteArray& content)
{
    static const ManifestParser parser;
    const ParsedFile parsed = parser.parse(path, content);
    if (!parsed.errors.empty())
        return std::unexpected(parsed.errors.front());
    std::vector<RenderedObject> objects;
    objects.reserve(parsed.documents.size());
    for (const ManifestDocument& document : parsed.documents) {
        if (!document.node.IsDefined() || document.node.IsNull())
            continue;
        if (!document.node.IsMap())
            return makeError(QCoreApplication::translate("KustomizeYaml", "%1:%2: a document is not a YAML mapping")
                                 .arg(path)
                                 .arg(document.location.line),
                             document.location, QStringLiteral("kustomize.document"));
        RenderedObject object;
        std::optional<YAML::Mark> nonFinite;
        object.object = toJsonChecked(document.node, nonFinite).toObject();
        if (nonFinite) {
            const int line = document.firstLine + nonFinite->line;
            return makeError(QCoreApplication::translate("KustomizeYaml", "%1:%2: kustomize cannot turn the value NaN "
                                                                          "or infinity into JSON; quote it")
                                 .arg(path)
                                 .arg(line),
                             SourceLocation{path, line, nonFinite->column + 1}, QStringLiteral("kustomize.document"));
        }
        object.sourceFile = path;
        object.sourceLine = document.location.line;
        objects.push_back(std::move(object));
    }
    return objects;
}

QByteArray KustomizeYaml::toYaml(const QJsonObject& object)
{
    QByteArray out;
    out.reserve(1024);
    writeMapping(out, object, 0, false);
    return out;
}

} // namespace fleetdesk
