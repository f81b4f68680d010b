#include "KustomizationFile.h"

#include "manifest/ManifestParser.h"

#include <QJsonArray>
#include <QMap>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace fleetdesk {

namespace {

// ---- go-yaml v2 scalars (sigs.k8s.io/yaml's YAMLToJSON) -----------------------------------------------------------

/// What go-yaml v2 makes of a scalar when it decodes into interface{}.
struct V2Scalar
{
    enum class Kind { Null, Bool, Int, Uint, Float, String } kind = Kind::String;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double real = 0;
};

/// Go's strconv.ParseInt(s, 0, 64) / ParseUint(s, 0, 64) (underscores already removed).
std::optional<V2Scalar> parseGoInteger(std::string_view s, bool allowSign)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        if (!allowSign)
            return std::nullopt;
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    int base = 10;
    if (s.size() > 1 && s[0] == '0') {
        const char p = char(s[1] | 0x20);
        if (p == 'x' || p == 'o' || p == 'b') {
            base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
    }
    if (s.empty())
        return std::nullopt;
    quint64 value = 0;
    const quint64 max = std::numeric_limits<quint64>::max();
    for (const char c : s) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0 || digit >= base)
            return std::nullopt;
        if (value > (max - quint64(digit)) / quint64(base))
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
    }
    V2Scalar out;
    if (allowSign) {
        const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
        if (value > limit)
            return std::nullopt;
        out.kind = V2Scalar::Kind::Int;
        out.integer = negative ? qint64(0 - value) : qint64(value);
        return out;
    }
    out.kind = V2Scalar::Kind::Uint;
    out.unsignedInteger = quint64(value);
    return out;
}

/// go-yaml v2's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
bool isYamlStyleFloat(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i - start;
    };
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    } else {
        if (digits() == 0)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

std::optional<double> parseFloat(const std::string& s)
{
    bool ok = false;
    const double d = QByteArray::fromStdString(s).toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

/// go-yaml v2's resolve() for an untagged plain scalar.
V2Scalar resolveV2(const std::string& in)
{
    V2Scalar out;
    if (in.empty()) {
        out.kind = V2Scalar::Kind::Null;
        return out;
    }
    static const QMap<std::string, int> words = [] {
        QMap<std::string, int> m; // 1 true, 0 false, 2 null, 3 NaN, 4 +Inf, 5 -Inf
        for (const char* w : {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
            m.insert(w, 1);
        for (const char* w : {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})
            m.insert(w, 0);
        for (const char* w : {"~", "null", "Null", "NULL"})
            m.insert(w, 2);
        for (const char* w : {".nan", ".NaN", ".NAN"})
            m.insert(w, 3);
        for (const char* w : {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})
            m.insert(w, 4);
        for (const char* w : {"-.inf", "-.Inf", "-.INF"})
            m.insert(w, 5);
        return m;
    }();
    const char c = in[0];
    const bool digit = c >= '0' && c <= '9';
    const bool sign = c == '+' || c == '-';
    const bool word = std::string_view("yYnNtTfFoO~").find(c) != std::string_view::npos;
    if (!digit && !sign && !word && c != '.')
        return out;
    if (auto it = words.constFind(in); it != words.constEnd()) {
        switch (*it) {
        case 0:
        case 1:
            out.kind = V2Scalar::Kind::Bool;
            out.boolean = *it == 1;
            break;
        case 2:
            out.kind = V2Scalar::Kind::Null;
            break;
        default:
            out.kind = V2Scalar::Kind::Float;
            out.real = *it == 3 ? std::numeric_limits<double>::quiet_NaN()
                                : (*it == 4 ? 1 : -1) * std::numeric_limits<double>::infinity();
        }
        return out;
    }
    if (word)
        return out;
    if (c == '.') {
        if (isYamlStyleFloat(in))
            if (auto d = parseFloat(in)) {
                out.kind = V2Scalar::Kind::Float;
                out.real = *d;
            }
        return out;
    }
    std::string plain;
    plain.reserve(in.size());
    for (const char ch : in)
        if (ch != '_')
            plain.push_back(ch);
    if (auto i = parseGoInteger(plain, true))
        return *i;
    if (auto u = parseGoInteger(plain, false))
        return *u;
    if (isYamlStyleFloat(plain))
        if (auto d = parseFloat(plain)) {
            out.kind = V2Scalar::Kind::Float;
            out.real = *d;
        }
    return out;
}

/// Go's strconv.FormatFloat(v, 'g', -1, 32), which sigs.k8s.io/yaml uses for a float map key and for a float
/// coerced to a string.
QString goFloat32(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, float(v), std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const std::size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    const int exponent = std::stoi(text.substr(e + 1));
    const bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (const char ch : mantissa)
        if (ch != '.')
            digits.push_back(ch);
    std::string out = negative ? "-" : "";
    if (exponent < -4 || exponent >= 21) {
        out += digits.substr(0, 1);
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        out += exponent < 0 ? "e-" : "e+";
        const int a = std::abs(exponent);
        out += (a < 10 ? "0" : "") + std::to_string(a);
    } else if (exponent < 0) {
        out += "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
    } else if (std::size_t(exponent) + 1 >= digits.size()) {
        out += digits + std::string(std::size_t(exponent) + 1 - digits.size(), '0');
    } else {
        out += digits.substr(0, std::size_t(exponent) + 1) + '.' + digits.substr(std::size_t(exponent) + 1);
    }
    return QString::fromStdString(out);
}

// ---- the Kustomization struct -------------------------------------------------------------------------------------

enum class Type { String, Bool, Int64, StringList, StringMap, Struct, StructList, Any };

struct Struct;

struct Field
{
    const char* name;
    Type type;
    const Struct* sub = nullptr;
};

struct Struct
{
    const char* goName;
    std::vector<Field> fields;
};

const Struct& kustomizationStruct()
{
    static const Struct objectMeta{"ObjectMeta",
                                   {{"name", Type::String},
                                    {"namespace", Type::String},
                                    {"labels", Type::StringMap},
                                    {"annotations", Type::StringMap}}};
    static const Struct fieldSpec{"FieldSpec",
                                  {{"group", Type::String},
                                   {"version", Type::String},
                                   {"kind", Type::String},
                                   {"path", Type::String},
                                   {"create", Type::Bool}}};
    static const Struct label{"Label",
                              {{"pairs", Type::StringMap},
                               {"includeSelectors", Type::Bool},
                               {"includeTemplates", Type::Bool},
                               {"fields", Type::StructList, &fieldSpec}}};
    static const Struct selector{"Selector",
                                 {{"group", Type::String},
                                  {"version", Type::String},
                                  {"kind", Type::String},
                                  {"name", Type::String},
                                  {"namespace", Type::String},
                                  {"annotationSelector", Type::String},
                                  {"labelSelector", Type::String}}};
    static const Struct patchArgs{"PatchArgs", {{"allowNameChange", Type::Bool}, {"allowKindChange", Type::Bool}}};
    static const Struct patch{"Patch",
                              {{"path", Type::String},
                               {"patch", Type::String},
                               {"target", Type::Struct, &selector},
                               {"options", Type::Struct, &patchArgs}}};
    static const Struct image{"Image",
                              {{"name", Type::String},
                               {"newName", Type::String},
                               {"tagSuffix", Type::String},
                               {"newTag", Type::String},
                               {"digest", Type::String}}};
    static const Struct replica{"Replica", {{"name", Type::String}, {"count", Type::Int64}}};
    static const Struct sortOptions{"SortOptions", {{"order", Type::String}, {"legacySortOptions", Type::Any}}};
    static const Struct generatorOptions{"GeneratorOptions",
                                         {{"labels", Type::StringMap},
                                          {"annotations", Type::StringMap},
                                          {"disableNameSuffixHash", Type::Bool},
                                          {"immutable", Type::Bool}}};
    static const std::vector<Field> generatorArgs{
        {"namespace", Type::String},   {"name", Type::String},
        {"behavior", Type::String},    {"literals", Type::StringList},
        {"files", Type::StringList},   {"envs", Type::StringList},
        {"env", Type::String},         {"options", Type::Struct, &generatorOptions},
    };
    static const Struct configMapArgs{"ConfigMapArgs", generatorArgs};
    static const Struct secretArgs{"SecretArgs", [] {
                                       auto fields = generatorArgs;
                                       fields.push_back({"type", Type::String});
                                       return fields;
                                   }()};
    static const Struct kustomization{
        "Kustomization",
        {
            {"kind", Type::String},
            {"apiVersion", Type::String},
            {"metadata", Type::Struct, &objectMeta},
            {"openapi", Type::StringMap},
            {"namePrefix", Type::String},
            {"nameSuffix", Type::String},
            {"namespace", Type::String},
            {"commonLabels", Type::StringMap},
            {"labels", Type::StructList, &label},
            {"commonAnnotations", Type::StringMap},
            {"patchesStrategicMerge", Type::StringList},
            {"patchesJson6902", Type::StructList, &patch},
            {"patches", Type::StructList, &patch},
            {"images", Type::StructList, &image},
            {"imageTags", Type::StructList, &image},
            {"replacements", Type::Any},
            {"replicas", Type::StructList, &replica},
            {"vars", Type::Any},
            {"sortOptions", Type::Struct, &sortOptions},
            {"resources", Type::StringList},
            {"components", Type::StringList},
            {"crds", Type::StringList},
            {"bases", Type::StringList},
            {"configMapGenerator", Type::StructList, &configMapArgs},
            {"secretGenerator", Type::StructList, &secretArgs},
            {"helmGlobals", Type::Any},
            {"helmCharts", Type::Any},
            {"helmChartInflationGenerator", Type::Any},
            {"generatorOptions", Type::Struct, &generatorOptions},
            {"configurations", Type::StringList},
            {"generators", Type::StringList},
            {"transformers", Type::StringList},
            {"validators", Type::StringList},
            {"buildMetadata", Type::StringList},
        }};
    return kustomization;
}

QString goTypeName(const Field& field)
{
    switch (field.type) {
    case Type::String: return QStringLiteral("string");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Int64: return QStringLiteral("int64");
    case Type::StringList: return QStringLiteral("[]string");
    case Type::StringMap: return QStringLiteral("map[string]string");
    case Type::Struct: return QStringLiteral("types.") + QLatin1String(field.sub->goName);
    case Type::StructList: return QStringLiteral("[]types.") + QLatin1String(field.sub->goName);
    case Type::Any: break;
    }
    return QStringLiteral("interface {}");
}

class Decoder
{
public:
    Decoder(const ManifestDocument& document, KustomizationFile::Mode mode)
        : m_document(document)
        , m_mode(mode)
    {
    }

    Result<QJsonObject> decode()
    {
        const YAML::Node& root = m_document.node;
        if (!root.IsMap())
            return fail(root, KustomizationFile::tr("cannot unmarshal %1 into Go value of type types.Kustomization")
                                  .arg(jsonKind(root)));
        QJsonObject out;
        if (auto r = decodeStruct(root, kustomizationStruct(), out, {}); !r)
            return std::unexpected(r.error());
        return out;
    }

private:
    struct Context
    {
        const Struct* owner;
        QString path; ///< JSON field names from the top, dot-separated
    };

    std::unexpected<Error> fail(const YAML::Node& node, const QString& what) const
    {
        const SourceLocation where = m_document.locate(node);
        return std::unexpected(Error{KustomizationFile::tr("%1:%2: invalid Kustomization: %3")
                                         .arg(where.file)
                                         .arg(where.line)
                                         .arg(what),
                                     where, QStringLiteral("kustomize.field")});
    }

    static bool isPlain(const YAML::Node& node)
    {
        const std::string& tag = node.Tag();
        return tag == "?" || tag.empty();
    }

    /// The v2 reading of a scalar: quoted, block and !!str scalars are strings.
    static V2Scalar scalarOf(const YAML::Node& node)
    {
        if (node.IsNull()) {
            V2Scalar v;
            v.kind = V2Scalar::Kind::Null;
            return v;
        }
        const std::string& tag = node.Tag();
        if (isPlain(node) || (tag.starts_with("tag:yaml.org,2002:") && tag != "tag:yaml.org,2002:str"
                              && tag != "tag:yaml.org,2002:binary"))
            return resolveV2(node.Scalar());
        return V2Scalar{};
    }

    static QString jsonKind(const YAML::Node& node)
    {
        if (node.IsMap())
            return QStringLiteral("object");
        if (node.IsSequence())
            return QStringLiteral("array");
        switch (scalarOf(node).kind) {
        case V2Scalar::Kind::Bool: return QStringLiteral("bool");
        case V2Scalar::Kind::Int:
        case V2Scalar::Kind::Uint:
        case V2Scalar::Kind::Float: return QStringLiteral("number");
        case V2Scalar::Kind::Null: return QStringLiteral("null");
        case V2Scalar::Kind::String: break;
        }
        return QStringLiteral("string");
    }

    static QString numberText(const V2Scalar& v)
    {
        switch (v.kind) {
        case V2Scalar::Kind::Int: return QString::number(v.integer);
        case V2Scalar::Kind::Uint: return QString::number(v.unsignedInteger);
        case V2Scalar::Kind::Float: return QString::number(v.real, 'g', 17);
        default: return {};
        }
    }

    std::unexpected<Error> mismatch(const YAML::Node& node, const Field& field, const Context& at,
                                    const QString& detail = {}) const
    {
        QString what = KustomizationFile::tr("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                           .arg(detail.isEmpty() ? jsonKind(node) : detail,
                                QLatin1String(at.owner->goName), at.path, goTypeName(field));
        if (node.IsScalar() && isPlain(node) && scalarOf(node).kind != V2Scalar::Kind::String)
            what += KustomizationFile::tr(" (kustomize reads YAML 1.1, where the unquoted %1 is a %2: quote it)")
                        .arg(QString::fromStdString(node.Scalar()), jsonKind(node));
        return fail(node, what);
    }

    /// A map key as sigs.k8s.io/yaml turns it into a JSON object key.
    Result<QString> keyOf(const YAML::Node& key, bool mustBeString) const
    {
        if (!key.IsScalar() && !key.IsNull())
            return fail(key, KustomizationFile::tr("a map key must be a scalar"));
        const V2Scalar v = scalarOf(key);
        switch (v.kind) {
        case V2Scalar::Kind::String: return QString::fromStdString(key.Scalar());
        case V2Scalar::Kind::Null:
            return fail(key, KustomizationFile::tr("unsupported map key of type: <nil>"));
        default: break;
        }
        if (mustBeString)
            return fail(key, KustomizationFile::tr("the unquoted key %1 is a %2 in YAML 1.1, which kustomize reads; "
                                                   "quote it")
                                 .arg(QString::fromStdString(key.Scalar()), jsonKind(key)));
        switch (v.kind) {
        case V2Scalar::Kind::Bool: return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
        case V2Scalar::Kind::Int: return QString::number(v.integer);
        case V2Scalar::Kind::Uint: return QString::number(v.unsignedInteger);
        default: break;
        }
        QString s = goFloat32(v.real);
        if (s == QLatin1String("+Inf"))
            s = QStringLiteral(".inf");
        else if (s == QLatin1String("-Inf"))
            s = QStringLiteral("-.inf");
        else if (s == QLatin1String("NaN"))
            s = QStringLiteral(".nan");
        return s;
    }

    /// The pairs of a mapping as go-yaml v2 builds its map (merge keys expanded, a later key wins), in the order
    /// encoding/json sees them (sorted).
    Result<QMap<QString, std::pair<YAML::Node, YAML::Node>>> entries(const YAML::Node& map, bool stringKeys,
                                                                     int depth = 0) const
    {
        QMap<QString, std::pair<YAML::Node, YAML::Node>> out;
        if (depth > 32)
            return fail(map, KustomizationFile::tr("merge keys nest too deeply"));
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node key = it->first;
            const YAML::Node value = it->second;
            if (key.IsScalar() && isPlain(key) && key.Scalar() == "<<") {
                std::vector<YAML::Node> merged;
                if (value.IsMap())
                    merged.push_back(value);
                else if (value.IsSequence())
                    for (const YAML::Node& item : value)
                        merged.push_back(item);
                for (const YAML::Node& m : merged) {
                    if (!m.IsMap())
                        return fail(m, KustomizationFile::tr("map merge requires map or sequence of maps as the value"));
                    auto inner = entries(m, stringKeys, depth + 1);
                    if (!inner)
                        return std::unexpected(inner.error());
                    for (auto e = inner->begin(); e != inner->end(); ++e)
                        out.insert(e.key(), e.value());
                }
                continue;
            }
            auto name = keyOf(key, stringKeys);
            if (!name)
                return std::unexpected(name.error());
            out.insert(*name, {key, value});
        }
        return out;
    }

    Result<void> decodeStruct(const YAML::Node& map, const Struct& type, QJsonObject& into, const QString& path)
    {
        auto pairs = entries(map, false);
        if (!pairs)
            return std::unexpected(pairs.error());
        for (auto it = pairs->begin(); it != pairs->end(); ++it) {
            const Field* field = nullptr;
            for (const Field& f : type.fields)
                if (it.key() == QLatin1String(f.name))
                    field = &f;
            if (!field)
                for (const Field& f : type.fields)
                    if (it.key().compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
                        field = &f;
            if (!field) {
                if (m_mode == KustomizationFile::Mode::FluxGenerator)
                    continue;
                return fail(it.value().first,
                            KustomizationFile::tr("json: unknown field \"%1\"").arg(it.key()));
            }
            const QString name = QLatin1String(field->name);
            const Context at{&type, path.isEmpty() ? name : path + u'.' + name};
            QJsonValue value = into.value(name);
            if (auto r = decodeValue(it.value().second, *field, at, value); !r)
                return r;
            if (value.isUndefined())
                into.remove(name);
            else
                into.insert(name, value);
        }
        return {};
    }

    /// Decodes into `value`, which holds what an earlier duplicate key left (objects and maps merge, as in Go).
    Result<void> decodeValue(const YAML::Node& node, const Field& field, const Context& at, QJsonValue& value)
    {
        const bool null = node.IsNull() || (node.IsScalar() && scalarOf(node).kind == V2Scalar::Kind::Null);
        switch (field.type) {
        case Type::String: {
            if (null)
                return {};
            auto s = stringOf(node, field, at);
            if (!s)
                return std::unexpected(s.error());
            value = *s;
            return {};
        }
        case Type::Bool: {
            if (null)
                return {};
            if (!node.IsScalar() || scalarOf(node).kind != V2Scalar::Kind::Bool)
                return mismatch(node, field, at);
            value = scalarOf(node).boolean;
            return {};
        }
        case Type::Int64: {
            if (null)
                return {};
            if (!node.IsScalar())
                return mismatch(node, field, at);
            const V2Scalar v = scalarOf(node);
            if (v.kind == V2Scalar::Kind::Int) {
                value = double(v.integer);
                return {};
            }
            if (v.kind == V2Scalar::Kind::Float && std::isfinite(v.real) && v.real == std::floor(v.real)
                && std::fabs(v.real) < 1e21 && std::fabs(v.real) < 9.2e18) {
                value = v.real;
                return {};
            }
            if (v.kind == V2Scalar::Kind::Float && !std::isfinite(v.real))
                return fail(node, KustomizationFile::tr("json: unsupported value: %1").arg(goFloat32(v.real)));
            if (v.kind == V2Scalar::Kind::Int || v.kind == V2Scalar::Kind::Uint || v.kind == V2Scalar::Kind::Float)
                return mismatch(node, field, at, QStringLiteral("number ") + numberText(v));
            return mismatch(node, field, at);
        }
        case Type::StringList: {
            if (null) {
                value = QJsonValue::Undefined;
                return {};
            }
            if (!node.IsSequence())
                return mismatch(node, field, at);
            QJsonArray array;
            const Field element{field.name, Type::String};
            for (const YAML::Node& item : node) {
                if (item.IsNull() || (item.IsScalar() && scalarOf(item).kind == V2Scalar::Kind::Null)) {
                    array.append(QString());
                    continue;
                }
                auto s = stringOf(item, element, at);
                if (!s)
                    return std::unexpected(s.error());
                array.append(*s);
            }
            value = array;
            return {};
        }
        case Type::StringMap: {
            if (null) {
                value = QJsonValue::Undefined;
                return {};
            }
            if (!node.IsMap())
                return mismatch(node, field, at);
            auto pairs = entries(node, true);
            if (!pairs)
                return std::unexpected(pairs.error());
            QJsonObject map = value.toObject();
            const Field element{field.name, Type::String};
            for (auto it = pairs->begin(); it != pairs->end(); ++it) {
                const YAML::Node& v = it.value().second;
                if (v.IsNull() || (v.IsScalar() && scalarOf(v).kind == V2Scalar::Kind::Null)) {
                    map.insert(it.key(), QString());
                    continue;
                }
                auto s = stringOf(v, element, at);
                if (!s)
                    return std::unexpected(s.error());
                map.insert(it.key(), *s);
            }
            value = map;
            return {};
        }
        case Type::Struct: {
            if (null) {
                value = QJsonValue::Undefined;
                return {};
            }
            if (!node.IsMap())
                return mismatch(node, field, at);
            QJsonObject object = value.toObject();
            if (auto r = decodeStruct(node, *field.sub, object, at.path); !r)
                return r;
            value = object;
            return {};
        }
        case Type::StructList: {
            if (null) {
                value = QJsonValue::Undefined;
                return {};
            }
            if (!node.IsSequence())
                return mismatch(node, field, at);
            QJsonArray array;
            for (const YAML::Node& item : node) {
                QJsonObject object;
                const bool itemNull = item.IsNull() || (item.IsScalar() && scalarOf(item).kind == V2Scalar::Kind::Null);
                if (!itemNull) {
                    if (!item.IsMap()) {
                        const Field one{field.name, Type::Struct, field.sub};
                        return mismatch(item, one, at);
                    }
                    if (auto r = decodeStruct(item, *field.sub, object, at.path); !r)
                        return r;
                }
                array.append(object);
            }
            value = array;
            return {};
        }
        case Type::Any: {
            auto any = anyOf(node, 0);
            if (!any)
                return std::unexpected(any.error());
            value = *any;
            return {};
        }
        }
        return {};
    }

    Result<QString> stringOf(const YAML::Node& node, const Field& field, const Context& at) const
    {
        if (!node.IsScalar())
            return mismatch(node, field, at);
        const V2Scalar v = scalarOf(node);
        if (v.kind == V2Scalar::Kind::String)
            return QString::fromStdString(node.Scalar());
        if (v.kind == V2Scalar::Kind::Float && !std::isfinite(v.real))
            return fail(node, KustomizationFile::tr("json: unsupported value: %1").arg(goFloat32(v.real)));
        if (m_mode == KustomizationFile::Mode::Kustomize)
            return mismatch(node, field, at);
        // sigs.k8s.io/yaml.Unmarshal turns a number or boolean into the string a string field wants.
        switch (v.kind) {
        case V2Scalar::Kind::Bool: return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
        case V2Scalar::Kind::Int: return QString::number(v.integer);
        case V2Scalar::Kind::Uint: return QString::number(v.unsignedInteger);
        case V2Scalar::Kind::Float: return goFloat32(v.real);
        default: break;
        }
        return QString();
    }

    Result<QJsonValue> anyOf(const YAML::Node& node, int depth) const
    {
        if (depth > 64)
            return fail(node, KustomizationFile::tr("the value nests too deeply"));
        if (node.IsMap()) {
            auto pairs = entries(node, false);
            if (!pairs)
                return std::unexpected(pairs.error());
            QJsonObject object;
            for (auto it = pairs->begin(); it != pairs->end(); ++it) {
                auto v = anyOf(it.value().second, depth + 1);
                if (!v)
                    return v;
                object.insert(it.key(), *v);
            }
            return object;
        }
        if (node.IsSequence()) {
            QJsonArray array;
            for (const YAML::Node& item : node) {
                auto v = anyOf(item, depth + 1);
                if (!v)
                    return v;
                array.append(*v);
            }
            return array;
        }
        const V2Scalar v = scalarOf(node);
        switch (v.kind) {
        case V2Scalar::Kind::Null: return QJsonValue(QJsonValue::Null);
        case V2Scalar::Kind::Bool: return v.boolean;
        case V2Scalar::Kind::Int: return double(v.integer);
        case V2Scalar::Kind::Uint: return double(v.unsignedInteger);
        case V2Scalar::Kind::Float:
            if (!std::isfinite(v.real))
                return fail(node, KustomizationFile::tr("json: unsupported value: %1").arg(goFloat32(v.real)));
            return v.real;
        case V2Scalar::Kind::String: break;
        }
        return QString::fromStdString(node.Scalar());
    }

    const ManifestDocument& m_document;
    KustomizationFile::Mode m_mode;
};

} // namespace

Result<QJsonObject> KustomizationFile::parse(const QString& path, const QByteArray& content, Mode mode)
{
    static const ManifestParser parser;
    const ParsedFile parsed = parser.parse(path, content);
    // go-yaml v2's Unmarshal reads the first document of the stream and no further.
    if (!parsed.errors.empty()
        && (parsed.documents.empty() || parsed.errors.front().where.line <= parsed.documents.front().endLine))
        return std::unexpected(parsed.errors.front());
    if (parsed.documents.empty())
        return QJsonObject();
    const ManifestDocument& first = parsed.documents.front();
    if (first.index != 0 || !first.node.IsDefined() || first.node.IsNull())
        return QJsonObject();
    return Decoder(first, mode).decode();
}

} // namespace fleetdesk
