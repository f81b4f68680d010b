#include "SopsJson.h"

#include "SopsScalar.h"

#include <QCoreApplication>

#include <cstdio>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

struct JsonFailure
{
    const char* message;
    std::size_t pos;
};

class JsonReader
{
public:
    explicit JsonReader(std::string_view s) : m_s(s) {}

    SopsNode document()
    {
        ws();
        if (at(m_p) != '{')
            fail("the top level of a JSON file must be an object");
        SopsNode root = value(0);
        ws();
        if (m_p != m_s.size())
            fail("unexpected data after the JSON object");
        return root;
    }

    std::size_t pos() const { return m_p; }

private:
    std::string_view m_s;
    std::size_t m_p = 0;

    [[noreturn]] void fail(const char* m) const { throw JsonFailure{m, m_p}; }
    char at(std::size_t p) const { return p < m_s.size() ? m_s[p] : '\0'; }
    void ws()
    {
        while (m_p < m_s.size() && (m_s[m_p] == ' ' || m_s[m_p] == '\t' || m_s[m_p] == '\n' || m_s[m_p] == '\r'))
            ++m_p;
    }
    void expect(std::string_view word)
    {
        if (m_s.substr(m_p, word.size()) != word)
            fail("invalid JSON value");
        m_p += word.size();
    }

    static void appendUtf8(SecureBuffer& out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }

    std::uint32_t hex4()
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = at(m_p++);
            int d = -1;
            if (h >= '0' && h <= '9') d = h - '0';
            else if (h >= 'a' && h <= 'f') d = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') d = h - 'A' + 10;
            if (d < 0)
                fail("invalid \\u escape");
            v = v * 16 + std::uint32_t(d);
        }
        return v;
    }

    SecureBuffer string()
    {
        ++m_p; // opening quote
        SecureBuffer out;
        for (;;) {
            if (m_p >= m_s.size())
                fail("unterminated string");
            const char c = m_s[m_p++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                out.append(c);
                continue;
            }
            const char e = at(m_p++);
            switch (e) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'u': {
                std::uint32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF && at(m_p) == '\\' && at(m_p + 1) == 'u') {
                    const std::size_t save = m_p;
                    m_p += 2;
                    const std::uint32_t lo = hex4();
                    if (lo >= 0xDC00 && lo <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    else
                        m_p = save;
                }
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    cp = 0xFFFD;
                appendUtf8(out, cp);
                break;
            }
            default:
                fail("invalid escape in a string");
            }
        }
    }

    SopsNode number()
    {
        const std::size_t start = m_p;
        if (at(m_p) == '-')
            ++m_p;
        if (at(m_p) == '0') {
            ++m_p;
        } else if (at(m_p) >= '1' && at(m_p) <= '9') {
            while (at(m_p) >= '0' && at(m_p) <= '9')
                ++m_p;
        } else {
            fail("invalid number");
        }
        bool isFloat = false;
        if (at(m_p) == '.') {
            isFloat = true;
            ++m_p;
            if (!(at(m_p) >= '0' && at(m_p) <= '9'))
                fail("invalid number");
            while (at(m_p) >= '0' && at(m_p) <= '9')
                ++m_p;
        }
        if (at(m_p) == 'e' || at(m_p) == 'E') {
            isFloat = true;
            ++m_p;
            if (at(m_p) == '+' || at(m_p) == '-')
                ++m_p;
            if (!(at(m_p) >= '0' && at(m_p) <= '9'))
                fail("invalid number");
            while (at(m_p) >= '0' && at(m_p) <= '9')
                ++m_p;
        }
        const std::string_view text = m_s.substr(start, m_p - start);
        if (!isFloat) {
            if (auto i = SopsScalar::parseGoInt(text))
                return SopsNode::scalar(K::Int, SecureBuffer::fromString(std::to_string(*i)));
        }
        const auto d = SopsScalar::parseFloat(text);
        if (!d)
            fail("number out of range");
        return SopsNode::scalar(K::Float, SecureBuffer::fromString(SopsScalar::goFixed(*d)));
    }

    SopsNode value(int depth)
    {
        if (depth > 200)
            fail("nesting deeper than 200 levels");
        ws();
        const char c = at(m_p);
        if (c == '{') {
            ++m_p;
            SopsNode node = SopsNode::mapping();
            ws();
            if (at(m_p) == '}') {
                ++m_p;
                return node;
            }
            for (;;) {
                ws();
                if (at(m_p) != '"')
                    fail("expected a string key");
                SecureBuffer key = string();
                ws();
                if (at(m_p) != ':')
                    fail("expected ':'");
                ++m_p;
                SopsNode v = value(depth + 1);
                node.add(QString::fromUtf8(key.chars(), qsizetype(key.size())), std::move(v));
                ws();
                if (at(m_p) == ',') {
                    ++m_p;
                    continue;
                }
                if (at(m_p) == '}') {
                    ++m_p;
                    return node;
                }
                fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            ++m_p;
            SopsNode node = SopsNode::sequence();
            ws();
            if (at(m_p) == ']') {
                ++m_p;
                return node;
            }
            for (;;) {
                node.add(value(depth + 1));
                ws();
                if (at(m_p) == ',') {
                    ++m_p;
                    continue;
                }
                if (at(m_p) == ']') {
                    ++m_p;
                    return node;
                }
                fail("expected ',' or ']'");
            }
        }
        if (c == '"')
            return SopsNode::scalar(K::String, string());
        if (c == 't') {
            expect("true");
            return SopsNode::scalar(K::Bool, SecureBuffer::fromString("True"));
        }
        if (c == 'f') {
            expect("false");
            return SopsNode::scalar(K::Bool, SecureBuffer::fromString("False"));
        }
        if (c == 'n') {
            expect("null");
            return SopsNode{};
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        fail("invalid JSON value");
    }
};

void writeString(SecureBuffer& out, std::string_view s)
{
    out.append('"');
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"': out.append("\\\""); continue;
        case '\\': out.append("\\\\"); continue;
        case '\n': out.append("\\n"); continue;
        case '\r': out.append("\\r"); continue;
        case '\t': out.append("\\t"); continue;
        case '\b': out.append("\\b"); continue;
        case '\f': out.append("\\f"); continue;
        case '<': out.append("\\u003c"); continue;
        case '>': out.append("\\u003e"); continue;
        case '&': out.append("\\u0026"); continue;
        default: break;
        }
        if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(std::string_view(buf));
            continue;
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
            && (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            out.append(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
            continue;
        }
        out.append(char(c));
    }
    out.append('"');
}

class JsonWriter
{
public:
    explicit JsonWriter(int indent) : m_indent(indent) {}
    SecureBuffer m_out;

    void pad(int level)
    {
        for (int i = 0; i < level; ++i) {
            if (m_indent < 0)
                m_out.append('\t');
            else
                for (int k = 0; k < m_indent; ++k)
                    m_out.append(' ');
        }
    }

    void value(const SopsNode& n, int level)
    {
        switch (n.kind) {
        case K::Null: m_out.append("null"); return;
        case K::String:
        case K::Time:
        case K::Comment: writeString(m_out, n.text.view()); return;
        case K::Int: m_out.append(n.text.view()); return;
        case K::Bool: m_out.append(n.text.view() == "True" ? "true" : "false"); return;
        case K::Float: {
            const auto d = SopsScalar::parseFloat(n.text.view());
            m_out.append(d ? SopsScalar::jsonFloat(*d) : std::string(n.text.view()));
            return;
        }
        case K::Mapping:
        case K::Sequence: {
            const bool map = n.kind == K::Mapping;
            std::vector<const SopsEntry*> items;
            for (const SopsEntry& e : n.children)
                if (!e.value.isComment())
                    items.push_back(&e);
            if (items.empty()) {
                m_out.append(map ? "{}" : "[]");
                return;
            }
            m_out.append(map ? '{' : '[');
            for (std::size_t i = 0; i < items.size(); ++i) {
                m_out.append('\n');
                pad(level + 1);
                if (map) {
                    const QByteArray key = items[i]->key.toUtf8();
                    writeString(m_out, std::string_view(key.constData(), std::size_t(key.size())));
                    m_out.append(": ");
                }
                value(items[i]->value, level + 1);
                if (i + 1 < items.size())
                    m_out.append(',');
            }
            m_out.append('\n');
            pad(level);
            m_out.append(map ? '}' : ']');
            return;
        }
        }
    }

private:
    int m_indent;
};

} // namespace

Result<SopsTree> SopsJson::parse(QByteArrayView text, const QString& fileName)
{
    if (text.size() > kMaxInputSize)
        return makeError(QCoreApplication::translate("SopsJson", "%1: file larger than %2 MiB")
                             .arg(fileName)
                             .arg(kMaxInputSize / (1024 * 1024)),
                         SourceLocation{fileName, 0, 0}, QStringLiteral("limit.size"));
    const std::string_view s(text.data(), std::size_t(text.size()));
    JsonReader reader(s);
    try {
        SopsTree tree;
        tree.documents.push_back(reader.document());
        return tree;
    } catch (const JsonFailure& f) {
        int line = 1;
        int col = 1;
        for (std::size_t i = 0; i < f.pos && i < s.size(); ++i) {
            if (s[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        return makeError(QCoreApplication::translate("SopsJson", "%1:%2:%3: %4")
                             .arg(fileName)
                             .arg(line)
                             .arg(col)
                             .arg(QCoreApplication::translate("SopsJson", f.message)),
                         SourceLocation{fileName, line, col}, QStringLiteral("json.syntax"));
    }
}

SecureBuffer SopsJson::write(const SopsTree& tree, int indent)
{
    JsonWriter w(indent);
    if (!tree.documents.empty())
        w.value(tree.documents.front(), 0);
    else
        w.m_out.append("{}");
    w.m_out.append('\n');
    return std::move(w.m_out);
}

} // namespace fleetdesk
