#include "PostBuildSubstitution.h"

#include "kustomize/KustomizeYaml.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <vector>

namespace fleetdesk {

const QString PostBuildSubstitution::OptOutKey = QStringLiteral("kustomize.toolkit.fluxcd.io/substitute");

namespace {

// ---------------------------------------------------------------------------------------------------------------
// The envsubst language of fluxcd/pkg/envsubst: a scanner whose modes and accept functions decide what a token
// is, and a recursive-descent parser over it. The behaviour (including where it errs) follows that package.

enum ScanMode : int { ScanIdent = 1, ScanLbrack = 2, ScanRbrack = 4, ScanEscape = 8 };
enum EscapeChars : int { EscapeDollar = 1, EscapeBackslash = 2, EscapeAll = 3 };
enum class Token { Illegal, Eof, Ident, Lbrack, Rbrack };
using Accept = bool (*)(QChar r, int i);

bool acceptRune(QChar, int) { return true; }
bool acceptIdent(QChar r, int) { return r.isLetter() || r.isDigit() || r == u'_'; }
bool acceptColon(QChar r, int) { return r == u':'; }
bool acceptOneHash(QChar r, int i) { return r == u'#' && i == 1; }
bool acceptNotClosing(QChar r, int) { return r != u'}'; }
bool acceptHashFunc(QChar r, int i) { return r == u'#' && i < 3; }
bool acceptPercentFunc(QChar r, int i) { return r == u'%' && i < 3; }
bool acceptDefaultFunc(QChar r, int i)
{
    return (i == 1 && r == u':') || (i == 2 && (r == u'=' || r == u'-' || r == u'?' || r == u'+'));
}
bool acceptReplaceFunc(QChar r, int i)
{
    return (i == 1 && r == u'/') || (i == 2 && (r == u'/' || r == u'#' || r == u'%'));
}
bool acceptOneEqual(QChar r, int i) { return i == 1 && r == u'='; }
bool acceptOneColon(QChar r, int i) { return i == 1 && r == u':'; }
bool rejectColonClose(QChar r, int) { return r != u':' && r != u'}'; }
bool acceptSlash(QChar r, int) { return r == u'/'; }
bool acceptNotSlash(QChar r, int) { return r != u'/'; }
bool acceptCasingFunc(QChar r, int i) { return (r == u',' || r == u'^') && i < 3; }

struct Scanner
{
    QString buf;
    int pos = 0;
    int start = 0;
    int width = 0;
    int mode = 0;
    int escapeChars = 0;
    Accept accept = acceptRune;

    QChar read()
    {
        if (pos >= buf.size()) {
            width = 0;
            return QChar(0);
        }
        width = 1;
        return buf.at(pos++);
    }
    void unread() { pos -= width; }
    /// Drops the character just read; the position stays, so the one after it is taken as read.
    void skip() { buf.remove(pos - 1, 1); }
    QChar peek()
    {
        const QChar r = read();
        unread();
        return r;
    }
    QString text() const { return buf.mid(start, pos - start); }

    Token scan()
    {
        start = pos;
        const QChar r = read();
        if (r.isNull())
            return Token::Eof;
        if (scanLbrack(r))
            return Token::Lbrack;
        if (scanRbrack(r))
            return Token::Rbrack;
        if (scanIdent(r))
            return Token::Ident;
        return Token::Illegal;
    }

    bool scanIdent(QChar r)
    {
        if (!(mode & ScanIdent))
            return false;
        if (scanEscaped(r))
            skip();
        else if (!accept(r, pos - start))
            return false;
        for (;;) {
            const QChar c = read();
            if (c.isNull()) {
                unread();
                break;
            }
            if (scanLbrack(c)) {
                unread();
                unread();
                break;
            }
            if (scanEscaped(c)) {
                skip();
                continue;
            }
            if (!accept(c, pos - start)) {
                unread();
                break;
            }
        }
        return true;
    }
    bool scanLbrack(QChar r)
    {
        if (!(mode & ScanLbrack))
            return false;
        if (r == u'$') {
            if (read() == u'{')
                return true;
            unread();
        }
        return false;
    }
    bool scanRbrack(QChar r) const { return (mode & ScanRbrack) && r == u'}'; }
    bool scanEscaped(QChar r)
    {
        if (!(mode & ScanEscape))
            return false;
        if (r == u'$' && (escapeChars & EscapeDollar) && peek() == u'$')
            return true;
        if (r == u'\\' && (escapeChars & EscapeBackslash)) {
            const QChar next = peek();
            return next == u'/' || next == u'\\';
        }
        return false;
    }
};

struct Node
{
    bool isFunc = false;
    QString text;  ///< a text node's content
    QString name;  ///< a function's operator ("", ":=", "#", "//", ...)
    QString param; ///< the variable
    std::vector<Node> args;
};

const char* const BadSubstitution = "bad substitution";
const char* const MissingClosingBrace = "missing closing brace";
const char* const ParseVariableName = "unable to parse variable name";
const char* const ParseFuncSubstitution = "unable to parse substitution within function";
const char* const ParseDefaultFunction = "unable to parse default function";

class Parser
{
public:
    explicit Parser(const QString& text) { m_s.buf = text; }

    /// The top-level sequence of text and functions; an error is one of the messages above.
    std::expected<std::vector<Node>, const char*> parseAll()
    {
        std::vector<Node> nodes;
        for (;;) {
            m_s.accept = acceptRune;
            m_s.mode = ScanIdent | ScanLbrack | ScanEscape;
            m_s.escapeChars = EscapeDollar;
            switch (m_s.scan()) {
            case Token::Ident:
                nodes.push_back(Node{false, m_s.text(), {}, {}, {}});
                break;
            case Token::Eof:
                return nodes;
            case Token::Lbrack: {
                auto func = parseFunc();
                if (!func)
                    return std::unexpected(func.error());
                nodes.push_back(std::move(*func));
                break;
            }
            default:
                return std::unexpected(BadSubstitution);
            }
        }
    }

private:
    using NodeResult = std::expected<Node, const char*>;

    static Node func(const QString& param) { return Node{true, {}, {}, param, {}}; }

    NodeResult parseFunc()
    {
        m_s.escapeChars = EscapeAll;
        if (m_s.peek() == u'#')
            return parseLenFunc();
        m_s.accept = acceptIdent;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(ParseVariableName);
        const QString name = m_s.text();
        switch (m_s.peek().unicode()) {
        case u':':
            return parseDefaultOrSubstr(name);
        case u'=':
            return parseDefaultFunc(name);
        case u',':
        case u'^':
            return parseCasingFunc(name);
        case u'/':
            return parseReplaceFunc(name);
        case u'#':
            return parseRemoveFunc(name, acceptHashFunc);
        case u'%':
            return parseRemoveFunc(name, acceptPercentFunc);
        default:
            break;
        }
        m_s.accept = acceptIdent;
        m_s.mode = ScanRbrack;
        if (m_s.scan() == Token::Rbrack)
            return func(name);
        return std::unexpected(MissingClosingBrace);
    }

    NodeResult parseParam(Accept accept, int mode)
    {
        m_s.accept = accept;
        m_s.mode = mode | ScanLbrack;
        switch (m_s.scan()) {
        case Token::Lbrack:
            return parseFunc();
        case Token::Ident:
        case Token::Rbrack:
            return Node{false, m_s.text(), {}, {}, {}};
        default:
            return std::unexpected(ParseFuncSubstitution);
        }
    }

    NodeResult parseDefaultOrSubstr(const QString& name)
    {
        m_s.read();
        const QChar r = m_s.peek();
        m_s.unread();
        if (r == u'=' || r == u'-' || r == u'?' || r == u'+')
            return parseDefaultFunc(name);
        return parseSubstrFunc(name);
    }

    NodeResult parseSubstrFunc(const QString& name)
    {
        Node node = func(name);
        m_s.accept = acceptOneColon;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.name = m_s.text();
        auto first = parseParam(rejectColonClose, ScanIdent);
        if (!first)
            return first;
        node.args.push_back(std::move(*first));
        m_s.accept = acceptColon;
        m_s.mode = ScanIdent | ScanRbrack;
        switch (m_s.scan()) {
        case Token::Rbrack:
            return node;
        case Token::Ident:
            break;
        default:
            return std::unexpected(BadSubstitution);
        }
        auto second = parseParam(acceptNotClosing, ScanIdent);
        if (!second)
            return second;
        node.args.push_back(std::move(*second));
        return closed(std::move(node));
    }

    NodeResult parseRemoveFunc(const QString& name, Accept accept)
    {
        Node node = func(name);
        m_s.accept = accept;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.name = m_s.text();
        auto pattern = parseParam(acceptNotClosing, ScanIdent);
        if (!pattern)
            return pattern;
        node.args.push_back(std::move(*pattern));
        return closed(std::move(node));
    }

    NodeResult parseReplaceFunc(const QString& name)
    {
        Node node = func(name);
        m_s.accept = acceptReplaceFunc;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.name = m_s.text();
        auto pattern = parseParam(acceptNotSlash, ScanIdent | ScanEscape);
        if (!pattern)
            return pattern;
        node.args.push_back(std::move(*pattern));
        m_s.accept = acceptSlash;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        if (m_s.peek() == u'}')
            return closed(std::move(node));
        auto replacement = parseParam(acceptNotClosing, ScanIdent | ScanEscape);
        if (!replacement)
            return replacement;
        node.args.push_back(std::move(*replacement));
        return closed(std::move(node));
    }

    NodeResult parseDefaultFunc(const QString& name)
    {
        Node node = func(name);
        m_s.accept = m_s.peek() == u'=' ? acceptOneEqual : acceptDefaultFunc;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(ParseDefaultFunction);
        node.name = m_s.text();
        for (;;) {
            if (m_s.peek() == u'}')
                return closed(std::move(node));
            auto param = parseParam(acceptNotClosing, ScanIdent);
            if (!param)
                return param;
            node.args.push_back(std::move(*param));
        }
    }

    NodeResult parseCasingFunc(const QString& name)
    {
        Node node = func(name);
        m_s.accept = acceptCasingFunc;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.name = m_s.text();
        return closed(std::move(node));
    }

    NodeResult parseLenFunc()
    {
        Node node = func({});
        m_s.accept = acceptOneHash;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.name = m_s.text();
        m_s.accept = acceptIdent;
        m_s.mode = ScanIdent;
        if (m_s.scan() != Token::Ident)
            return std::unexpected(BadSubstitution);
        node.param = m_s.text();
        return closed(std::move(node));
    }

    NodeResult closed(Node node)
    {
        m_s.mode = ScanRbrack;
        if (m_s.scan() != Token::Rbrack)
            return std::unexpected(BadSubstitution);
        return node;
    }

    Scanner m_s;
};

// Glob matching as the package's path.Match: '*' (any run, '/' included), '?', '[...]' / '[^...]' with ranges,
// '\' escapes. A malformed pattern is an error, and the trim functions then leave the value alone.
struct GlobError
{};

bool getEsc(const std::u32string& chunk, size_t& i, char32_t& r)
{
    if (i >= chunk.size() || chunk[i] == U'-' || chunk[i] == U']')
        return false;
    if (chunk[i] == U'\\') {
        ++i;
        if (i >= chunk.size())
            return false;
    }
    r = chunk[i++];
    return i < chunk.size();
}

/// Matches `chunk` at the start of `s`; returns the rest of s, or nullopt. Throws GlobError on a bad pattern.
std::optional<std::u32string_view> matchChunk(const std::u32string& chunk, std::u32string_view s)
{
    size_t c = 0;
    while (c < chunk.size()) {
        if (s.empty())
            return std::nullopt;
        switch (chunk[c]) {
        case U'[': {
            const char32_t r = s.front();
            s.remove_prefix(1);
            ++c;
            bool notNegated = true;
            if (c < chunk.size() && chunk[c] == U'^') {
                notNegated = false;
                ++c;
            }
            bool match = false;
            int ranges = 0;
            for (;;) {
                if (c < chunk.size() && chunk[c] == U']' && ranges > 0) {
                    ++c;
                    break;
                }
                char32_t lo = 0;
                if (!getEsc(chunk, c, lo))
                    throw GlobError{};
                char32_t hi = lo;
                if (chunk[c] == U'-') {
                    ++c;
                    if (!getEsc(chunk, c, hi))
                        throw GlobError{};
                }
                if (lo <= r && r <= hi)
                    match = true;
                ++ranges;
            }
            if (match != notNegated)
                return std::nullopt;
            break;
        }
        case U'?':
            s.remove_prefix(1);
            ++c;
            break;
        case U'\\':
            ++c;
            if (c >= chunk.size())
                throw GlobError{};
            [[fallthrough]];
        default:
            if (chunk[c] != s.front())
                return std::nullopt;
            s.remove_prefix(1);
            ++c;
        }
    }
    return s;
}

bool globMatch(std::u32string pattern, std::u32string_view name)
{
    while (!pattern.empty()) {
        bool star = false;
        size_t p = 0;
        while (p < pattern.size() && pattern[p] == U'*') {
            ++p;
            star = true;
        }
        bool inRange = false;
        size_t i = p;
        for (; i < pattern.size(); ++i) {
            const char32_t ch = pattern[i];
            if (ch == U'\\') {
                if (i + 1 < pattern.size())
                    ++i;
            } else if (ch == U'[') {
                inRange = true;
            } else if (ch == U']') {
                inRange = false;
            } else if (ch == U'*' && !inRange) {
                break;
            }
        }
        const std::u32string chunk = pattern.substr(p, i - p);
        pattern = pattern.substr(i);
        if (star && chunk.empty())
            return true;
        auto rest = matchChunk(chunk, name);
        if (rest && (rest->empty() || !pattern.empty())) {
            name = *rest;
            continue;
        }
        bool advanced = false;
        if (star) {
            for (size_t k = 0; k < name.size(); ++k) {
                auto t = matchChunk(chunk, name.substr(k + 1));
                if (t) {
                    if (pattern.empty() && !t->empty())
                        continue;
                    name = *t;
                    advanced = true;
                    break;
                }
            }
        }
        if (!advanced)
            return false;
    }
    return name.empty();
}

std::u32string ucs4(const QString& s)
{
    const QList<uint> units = s.toUcs4();
    return std::u32string(units.begin(), units.end());
}

QString fromUcs4(std::u32string_view s)
{
    return QString::fromUcs4(s.data(), qsizetype(s.size()));
}

/// The shortest (longest) prefix of `value` that `pattern` matches, removed; `value` when none does or the
/// pattern is malformed. The empty prefix is never tried, as in the package.
QString trimPrefix(const QString& value, const QString& pattern, bool longest)
{
    const std::u32string s = ucs4(value);
    const std::u32string p = ucs4(pattern);
    try {
        size_t best = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            const size_t length = s.size() - i;
            if (globMatch(p, std::u32string_view(s).substr(0, length))) {
                best = length;
                if (longest)
                    break;
            }
        }
        return fromUcs4(std::u32string_view(s).substr(best));
    } catch (const GlobError&) {
        return value;
    }
}

QString reversed(const QString& s)
{
    std::u32string u = ucs4(s);
    std::reverse(u.begin(), u.end());
    return fromUcs4(u);
}

QString substring(const QString& value, const std::vector<QString>& args)
{
    // Offsets count bytes of the UTF-8 text.
    const QByteArray s = value.toUtf8();
    bool ok = false;
    qsizetype pos = args[0].toLongLong(&ok);
    if (!ok || args[0].trimmed() != args[0])
        return value;
    if (pos < 0)
        pos = std::max<qsizetype>(0, s.size() + pos);
    if (args.size() == 1)
        return pos < s.size() ? QString::fromUtf8(s.mid(pos)) : QString();
    qsizetype length = args[1].toLongLong(&ok);
    if (!ok || args[1].trimmed() != args[1])
        return value;
    if (length < 0) {
        const qsizetype end = s.size() + length;
        if (end < pos)
            return QString();
        return QString::fromUtf8(s.mid(pos, end - pos));
    }
    if (pos + length >= s.size())
        return pos < s.size() ? QString::fromUtf8(s.mid(pos)) : QString();
    return QString::fromUtf8(s.mid(pos, length));
}

bool isDefaultOperator(const QString& name)
{
    static const QStringList names{QStringLiteral("-"), QStringLiteral("+"), QStringLiteral("="),
                                   QStringLiteral("?"), QStringLiteral(":-"), QStringLiteral(":+"),
                                   QStringLiteral(":="), QStringLiteral(":?")};
    return names.contains(name);
}

QString applyFunction(const QString& name, const QString& value, const std::vector<QString>& args)
{
    const auto withDefault = [&]() {
        if (value.isEmpty() && !args.empty()) {
            QString joined;
            for (const QString& a : args)
                joined += a;
            return joined;
        }
        return value;
    };
    if (name == u",")
        return value.isEmpty() ? value : value.left(1).toLower() + value.mid(1);
    if (name == u",,")
        return value.toLower();
    if (name == u"^")
        return value.isEmpty() ? value : value.left(1).toUpper() + value.mid(1);
    if (name == u"^^")
        return value.toUpper();
    if (name == u"#")
        return args.empty() ? QString::number(value.toUtf8().size()) : trimPrefix(value, args[0], false);
    if (name == u"##")
        return args.empty() ? value : trimPrefix(value, args[0], true);
    if (name == u"%")
        return args.empty() ? value : reversed(trimPrefix(reversed(value), reversed(args[0]), false));
    if (name == u"%%")
        return args.empty() ? value : reversed(trimPrefix(reversed(value), reversed(args[0]), true));
    if (name == u":")
        return args.empty() ? value : substring(value, args);
    if (name == u"/#") {
        if (args.size() != 2 || !value.startsWith(args[0]))
            return value;
        return args[1] + value.mid(args[0].size());
    }
    if (name == u"/%") {
        if (args.size() != 2 || !value.endsWith(args[0]))
            return value;
        return value.left(value.size() - args[0].size()) + args[1];
    }
    if (name == u"/" || name == u"//") {
        if (args.empty())
            return value;
        const QString to = args.size() > 1 ? args[1] : QString();
        if (name == u"//")
            return QString(value).replace(args[0], to);
        const qsizetype at = value.indexOf(args[0]);
        return at < 0 ? value : value.left(at) + to + value.mid(at + args[0].size());
    }
    return withDefault();
}

struct Evaluator
{
    const QHash<QString, QString>& variables;
    bool strict;

    Result<QString> eval(const Node& node) const
    {
        if (!node.isFunc)
            return node.text;
        std::vector<QString> args;
        for (const Node& arg : node.args) {
            auto value = eval(arg);
            if (!value)
                return value;
            args.push_back(*value);
        }
        const auto it = variables.constFind(node.param);
        const bool exists = !strict || it != variables.constEnd();
        if (!exists && !isDefaultOperator(node.name))
            return makeError(QStringLiteral("variable not set (strict mode): \"%1\"").arg(node.param), {},
                             QStringLiteral("postbuild.strict"));
        return applyFunction(node.name, it != variables.constEnd() ? *it : QString(), args);
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Reading back a substituted scalar the way sigs.k8s.io/yaml's YAMLToJSON does (go-yaml v2 resolution: YAML 1.1
// booleans such as yes/no/on/off, 0-prefixed octal, underscores in numbers; timestamps stay strings).

QJsonValue resolvePlainV2(const QString& text)
{
    static const QStringList nulls{QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                   QStringLiteral("NULL")};
    static const QStringList trues{QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),
                                   QStringLiteral("Yes"),  QStringLiteral("YES"),  QStringLiteral("on"),
                                   QStringLiteral("On"),   QStringLiteral("ON"),   QStringLiteral("true"),
                                   QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList falses{QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
                                    QStringLiteral("No"),    QStringLiteral("NO"),    QStringLiteral("off"),
                                    QStringLiteral("Off"),   QStringLiteral("OFF"),   QStringLiteral("false"),
                                    QStringLiteral("False"), QStringLiteral("FALSE")};
    if (nulls.contains(text))
        return QJsonValue::Null;
    if (trues.contains(text))
        return true;
    if (falses.contains(text))
        return false;
    const QChar first = text.front();
    if (!(first.isDigit() || first == u'+' || first == u'-' || first == u'.'))
        return text;
    QString plain = text;
    plain.remove(u'_');
    // Go's strconv.ParseInt(s, 0, 64): optional sign, then 0x / 0o / 0b prefixes or a leading 0 for octal.
    QString digits = plain;
    bool negative = false;
    if (digits.startsWith(u'+') || digits.startsWith(u'-')) {
        negative = digits.startsWith(u'-');
        digits = digits.mid(1);
    }
    int base = 10;
    if (digits.startsWith(QLatin1String("0x")) || digits.startsWith(QLatin1String("0X"))) {
        base = 16;
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0o")) || digits.startsWith(QLatin1String("0O"))) {
        base = 8;
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0b")) || digits.startsWith(QLatin1String("0B"))) {
        base = 2;
        digits = digits.mid(2);
    } else if (digits.size() > 1 && digits.startsWith(u'0')) {
        base = 8;
        digits = digits.mid(1);
    }
    if (!digits.isEmpty() && !digits.startsWith(u'+') && !digits.startsWith(u'-')) {
        bool ok = false;
        const qlonglong value = digits.toLongLong(&ok, base);
        if (ok)
            return double(negative ? -value : value);
    }
    static const QRegularExpression floatPattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (floatPattern.match(plain).hasMatch()) {
        bool ok = false;
        const double value = plain.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    }
    return text;
}

QJsonValue toJsonV2(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.Scalar()), toJsonV2(it->second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(toJsonV2(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        return node.Tag() == "?" ? resolvePlainV2(text) : QJsonValue(text);
    }
    default:
        return QJsonValue::Null;
    }
}

QString doubleQuoted(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace

PostBuildSubstitution::PostBuildSubstitution(QHash<QString, QString> variables, bool strict)
    : m_variables(std::move(variables))
    , m_strict(strict)
{
}

Result<void> PostBuildSubstitution::checkNames() const
{
    static const QRegularExpression pattern(QStringLiteral("^[_\\p{L}][_\\p{L}\\p{Nd}]*$"));
    QStringList names = m_variables.keys();
    names.sort();
    for (const QString& name : names) {
        if (!pattern.match(name).hasMatch())
            return makeError(tr("'%1' var name is invalid, must match '%2'")
                                 .arg(name, QStringLiteral("^[_[:alpha:]][_[:alpha:][:digit:]]*$")),
                             {}, QStringLiteral("postbuild.name"));
    }
    return {};
}

bool PostBuildSubstitution::isOptedOut(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const auto disabled = [](const QJsonValue& v) { return v.isString() && v.toString() == u"disabled"; };
    return disabled(metadata.value(QLatin1String("labels")).toObject().value(OptOutKey))
        || disabled(metadata.value(QLatin1String("annotations")).toObject().value(OptOutKey));
}

Result<QString> PostBuildSubstitution::expand(const QString& text, const QHash<QString, QString>& variables,
                                              bool strict)
{
    if (!text.contains(u'$'))
        return text;
    Parser parser(text);
    auto nodes = parser.parseAll();
    if (!nodes)
        return makeError(QString::fromLatin1(nodes.error()), {}, QStringLiteral("postbuild.syntax"));
    const Evaluator evaluator{variables, strict};
    QString out;
    out.reserve(text.size());
    for (const Node& node : *nodes) {
        auto value = evaluator.eval(node);
        if (!value)
            return value;
        out += *value;
    }
    return out;
}

namespace {

struct Walker
{
    const PostBuildSubstitution& substitution;

    /// expand(), with errors worded as the controller reports them.
    Result<QString> expand(const QString& text) const
    {
        auto expanded = substitution.expand(text);
        if (!expanded)
            return makeError(QStringLiteral("variable substitution failed: ") + expanded.error().message, {},
                             expanded.error().code);
        return expanded;
    }

    Result<QJsonValue> scalar(const QString& value, const QStringList& path, bool inSequence) const
    {
        // go-yaml v2 writes a string with a line break as a literal block (it stays a string), otherwise plain
        // when plain YAML can hold it, else quoted.
        if (value.contains(u'\n')) {
            auto expanded = expand(value);
            if (!expanded)
                return std::unexpected(expanded.error());
            return QJsonValue(*expanded);
        }
        const QByteArray quoted = KustomizeYaml::quoteIfNeeded(value);
        QString written = value;
        if (quoted.startsWith('\''))
            written = u'\'' + QString(value).replace(u'\'', QLatin1String("''")) + u'\'';
        else if (quoted.startsWith('"'))
            written = doubleQuoted(value);
        auto expanded = expand(written);
        if (!expanded)
            return std::unexpected(expanded.error());
        const QString line = (inSequence ? QStringLiteral("- ") : QStringLiteral("k: ")) + *expanded;
        try {
            const YAML::Node document = YAML::Load(line.toStdString());
            const YAML::Node node = inSequence ? document[0] : document["k"];
            return toJsonV2(node);
        } catch (const YAML::Exception& e) {
            return makeError(PostBuildSubstitution::tr("YAMLToJSON: yaml: %1 (in the substituted value of %2)")
                                 .arg(QString::fromStdString(e.msg), path.join(u'.')),
                             {}, QStringLiteral("postbuild.yaml"));
        }
    }

    Result<QJsonValue> value(const QJsonValue& v, QStringList& path, bool inSequence) const
    {
        if (v.isObject()) {
            auto object = this->object(v.toObject(), path);
            if (!object)
                return std::unexpected(object.error());
            return QJsonValue(*object);
        }
        if (v.isArray()) {
            const QJsonArray array = v.toArray();
            QJsonArray out;
            for (qsizetype i = 0; i < array.size(); ++i) {
                path.append(QString::number(i));
                auto item = value(array.at(i), path, true);
                path.removeLast();
                if (!item)
                    return item;
                out.append(*item);
            }
            return QJsonValue(out);
        }
        if (v.isString() && v.toString().contains(u'$'))
            return scalar(v.toString(), path, inSequence);
        return v;
    }

    Result<QJsonObject> object(const QJsonObject& o, QStringList& path) const
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString key = it.key();
            if (key.contains(u'$')) {
                auto expanded = expand(key);
                if (!expanded)
                    return std::unexpected(expanded.error());
                key = *expanded;
            }
            path.append(it.key());
            auto v = value(it.value(), path, false);
            path.removeLast();
            if (!v)
                return std::unexpected(v.error());
            out.insert(key, *v);
        }
        return out;
    }
};

} // namespace

Result<QJsonObject> PostBuildSubstitution::apply(const QJsonObject& object) const
{
    if (isOptedOut(object))
        return object;
    QStringList path;
    return Walker{*this}.object(object, path);
}

} // namespace fleetdesk
