#include "SopsIni.h"

#include "SopsScalar.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("SopsIni", text);
}

const QString kSopsSection = QStringLiteral("sops");
constexpr std::string_view kDefaultSection = "DEFAULT";
constexpr std::string_view kMapSeparator = "__map_";
constexpr std::string_view kListSeparator = "__list_";
constexpr std::string_view kDelimiters = "=:";

// ------------------------------------------------------------------------------------------------ Go's unicode.IsSpace

/// Byte length of the unicode.IsSpace rune that starts `s`, or 0.
int leadingSpace(std::string_view s)
{
    if (s.empty())
        return 0;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c < 0xC2)
        return 0;
    static constexpr std::string_view runes[] = {"\xC2\x85",     "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\xA8",
                                                 "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80"};
    for (std::string_view r : runes)
        if (s.starts_with(r))
            return int(r.size());
    if (s.size() >= 3 && c == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80
        && static_cast<unsigned char>(s[2]) >= 0x80 && static_cast<unsigned char>(s[2]) <= 0x8A)
        return 3; // U+2000 … U+200A
    return 0;
}

/// Byte length of the unicode.IsSpace rune that ends `s`, or 0.
int trailingSpace(std::string_view s)
{
    if (s.empty())
        return 0;
    const auto c = static_cast<unsigned char>(s.back());
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c < 0x80)
        return 0;
    static constexpr std::string_view runes[] = {"\xC2\x85",     "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\xA8",
                                                 "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80"};
    for (std::string_view r : runes)
        if (s.ends_with(r))
            return int(r.size());
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2
        && static_cast<unsigned char>(s[s.size() - 2]) == 0x80 && c >= 0x80 && c <= 0x8A)
        return 3;
    return 0;
}

std::string_view trimLeft(std::string_view s)
{
    while (const int n = leadingSpace(s))
        s.remove_prefix(std::size_t(n));
    return s;
}

std::string_view trimSpace(std::string_view s)
{
    s = trimLeft(s);
    while (const int n = trailingSpace(s))
        s.remove_suffix(std::size_t(n));
    return s;
}

/// strings.TrimLeft with an ASCII cut set.
std::string_view trimLeftSet(std::string_view s, std::string_view set)
{
    while (!s.empty() && set.find(s.front()) != std::string_view::npos)
        s.remove_prefix(1);
    return s;
}

std::string_view trimRightSet(std::string_view s, std::string_view set)
{
    while (!s.empty() && set.find(s.back()) != std::string_view::npos)
        s.remove_suffix(1);
    return s;
}

bool containsAny(std::string_view s, std::string_view set)
{
    return s.find_first_of(set) != std::string_view::npos;
}

// ------------------------------------------------------------------------------------------------ go-ini's model

struct IniKey
{
    std::string name;
    SecureBuffer value;
    SecureBuffer comment;
};

struct IniSection
{
    std::string name;
    SecureBuffer comment;
    std::vector<IniKey> keys;
    std::unordered_map<std::string, std::size_t> index;
    int line = 0;

    /// go-ini's Section.NewKey: a repeated name keeps its place and takes the new value. Returns the key's index.
    std::size_t newKey(std::string_view keyName, SecureBuffer value)
    {
        const std::string key(keyName);
        if (auto it = index.find(key); it != index.end()) {
            keys[it->second].value = std::move(value);
            return it->second;
        }
        index.emplace(key, keys.size());
        keys.push_back(IniKey{key, std::move(value), {}});
        return keys.size() - 1;
    }
};

/// go-ini's parser (parser.go) with sops's LoadOptions{AllowNonUniqueSections: true}; every other option is off.
class Parser
{
public:
    Parser(std::string_view text, const QString& file) : m_text(text), m_file(file) {}

    Result<std::vector<IniSection>> run()
    {
        // BOM (parser.BOM): UTF-16 marks are skipped as two bytes, UTF-8 as three.
        if (m_text.size() >= 2) {
            const auto b0 = static_cast<unsigned char>(m_text[0]);
            const auto b1 = static_cast<unsigned char>(m_text[1]);
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE))
                m_pos = 2;
            else if (b0 == 0xEF && b1 == 0xBB && m_text.size() >= 3 && static_cast<unsigned char>(m_text[2]) == 0xBF)
                m_pos = 3;
        }
        std::vector<IniSection> sections;
        sections.push_back(IniSection{std::string(kDefaultSection), {}, {}, {}, 0});
        int count = 1; // the auto-increment counter for "-" keys
        while (!m_eof) {
            std::string_view line = readLine();
            const int lineNo = m_line;
            line = trimLeft(line);
            if (line.empty())
                continue;
            if (line.front() == '#' || line.front() == ';') {
                m_comment.append(line);
                continue;
            }
            if (line.front() == '[') {
                const std::size_t close = line.rfind(']');
                if (close == std::string_view::npos)
                    return fail(lineNo, tr("unclosed section header (no ']')"));
                const std::string_view name = line.substr(1, close - 1);
                if (name.empty())
                    return fail(lineNo, tr("empty section name"));
                IniSection section;
                section.name = std::string(name);
                section.line = lineNo;
                const std::string_view rest = line.substr(close + 1);
                if (const std::size_t c = rest.find_first_of("#;"); c != std::string_view::npos)
                    m_comment.append(rest.substr(c));
                section.comment = SecureBuffer::fromString(trimSpace(m_comment.view()));
                m_comment.clear();
                count = 1;
                sections.push_back(std::move(section));
                continue;
            }
            auto name = readKeyName(line, lineNo);
            if (!name)
                return std::unexpected(name.error());
            std::string keyName = std::string(name->first);
            if (keyName == "-")
                keyName = "#" + std::to_string(count++);
            auto value = readValue(line.substr(name->second), lineNo);
            if (!value)
                return std::unexpected(value.error());
            if (keyName.empty())
                return fail(lineNo, tr("empty key name"));
            IniSection& section = sections.back();
            IniKey& key = section.keys[section.newKey(keyName, std::move(*value))];
            key.comment = SecureBuffer::fromString(trimSpace(m_comment.view()));
            m_comment.clear();
        }
        // Comments after the last key are dropped, as go-ini drops them.
        return sections;
    }

private:
    /// bufio.Reader.ReadBytes('\n'): the line with its '\n'; at the end the rest (maybe empty) and m_eof.
    std::string_view readLine()
    {
        ++m_line;
        if (m_pos >= m_text.size()) {
            m_eof = true;
            return {};
        }
        const std::size_t nl = m_text.find('\n', m_pos);
        std::string_view line;
        if (nl == std::string_view::npos) {
            line = m_text.substr(m_pos);
            m_pos = m_text.size();
            m_eof = true;
        } else {
            line = m_text.substr(m_pos, nl + 1 - m_pos);
            m_pos = nl + 1;
        }
        return line;
    }

    std::unexpected<Error> fail(int line, const QString& what) const
    {
        return makeError(QStringLiteral("%1:%2: %3").arg(m_file).arg(line).arg(what), SourceLocation{m_file, line, 1},
                         QStringLiteral("ini.syntax"));
    }

    /// readKeyName: the key and the offset just after its delimiter.
    Result<std::pair<std::string_view, std::size_t>> readKeyName(std::string_view line, int lineNo) const
    {
        std::string_view quote;
        if (line.front() == '"')
            quote = line.size() > 6 && line.starts_with(R"(""")") ? R"(""")" : R"(")";
        else if (line.front() == '`')
            quote = "`";
        if (!quote.empty()) {
            const std::size_t start = quote.size();
            const std::size_t close = line.find(quote, start);
            if (close == std::string_view::npos)
                return fail(lineNo, tr("missing closing quote of the key name"));
            const std::size_t delimiter = line.find_first_of(kDelimiters, close + start);
            if (delimiter == std::string_view::npos)
                return fail(lineNo, tr("no '=' or ':' after the key name"));
            return std::pair{trimSpace(line.substr(start, close - start)), delimiter + 1};
        }
        const std::size_t delimiter = line.find_first_of(kDelimiters);
        if (delimiter == std::string_view::npos)
            return fail(lineNo, tr("not a section, a comment or a key: no '=' or ':'"));
        if (delimiter == 0)
            return fail(lineNo, tr("empty key name"));
        return std::pair{trimSpace(line.substr(0, delimiter)), delimiter + 1};
    }

    static bool surroundedBy(std::string_view s, char quote)
    {
        return s.size() >= 2 && s.front() == quote && s.back() == quote && s.find(quote, 1) == s.size() - 1;
    }

    Result<SecureBuffer> readValue(std::string_view in, int lineNo)
    {
        std::string_view line = trimLeft(in);
        if (line.empty())
            return SecureBuffer();
        std::string_view quote;
        if (line.size() > 3 && line.starts_with(R"(""")"))
            quote = R"(""")";
        else if (line.front() == '`')
            quote = "`";
        if (!quote.empty()) {
            const std::string_view rest = line.substr(quote.size());
            const std::size_t close = rest.rfind(quote);
            if (close == std::string_view::npos)
                return readMultiline(rest, quote, lineNo);
            return SecureBuffer::fromString(rest.substr(0, close));
        }
        line = trimSpace(line);
        if (line.back() == '\\')
            return readContinuation(line.substr(0, line.size() - 1));
        if (const std::size_t c = line.find_first_of("#;"); c != std::string_view::npos) {
            m_comment.append(line.substr(c));
            line = trimSpace(line.substr(0, c));
        }
        if (surroundedBy(line, '\'') || surroundedBy(line, '"'))
            line = line.substr(1, line.size() - 2);
        return SecureBuffer::fromString(line);
    }

    Result<SecureBuffer> readMultiline(std::string_view first, std::string_view quote, int lineNo)
    {
        SecureBuffer value = SecureBuffer::fromString(first);
        for (;;) {
            const std::string_view next = readLine();
            const std::size_t close = next.rfind(quote);
            if (close != std::string_view::npos) {
                const std::string_view after = trimRightSet(next.substr(close + quote.size()), "\r\n");
                if (trimSpace(after).ends_with('\\')) {
                    value.append(next);
                    continue;
                }
                value.append(next.substr(0, close));
                const std::string_view tail = next.substr(close);
                if (const std::size_t c = tail.find_first_of("#;"); c != std::string_view::npos)
                    m_comment.append(trimSpace(tail.substr(c)));
                return value;
            }
            value.append(next);
            if (m_eof)
                return fail(lineNo, tr("the quoted value that starts here is never closed (%1)")
                                        .arg(QString::fromLatin1(quote.data(), qsizetype(quote.size()))));
        }
    }

    SecureBuffer readContinuation(std::string_view first)
    {
        SecureBuffer value = SecureBuffer::fromString(first);
        for (;;) {
            const std::string_view next = trimSpace(readLine());
            if (next.empty())
                break;
            value.append(next);
            if (value[value.size() - 1] != '\\')
                break;
            value.resize(value.size() - 1);
        }
        return value;
    }

    std::string_view m_text;
    QString m_file;
    std::size_t m_pos = 0;
    int m_line = 0;
    bool m_eof = false;
    SecureBuffer m_comment;
};

/// sops's stripCommentChar.
std::string_view stripCommentChar(std::string_view comment)
{
    if (comment.starts_with(';'))
        return trimLeftSet(comment, "; ");
    if (comment.starts_with('#'))
        return trimLeftSet(comment, "# ");
    return comment;
}

// ------------------------------------------------------------------------------------------------ metadata

/// stores/flatten.go: unflattenTreeBranch, with its errors.
struct FlatNode
{
    std::optional<SopsNode> value;
    std::map<QString, FlatNode> keys;
    std::map<int, FlatNode> items;
};

Result<SopsNode> convert(FlatNode& node, const QString& file)
{
    const int kinds = int(node.value.has_value()) + int(!node.keys.empty()) + int(!node.items.empty());
    if (kinds > 1)
        return makeError(tr("%1: invalid sops metadata: a [sops] key is both a value and a list or mapping").arg(file),
                         SourceLocation{file, 0, 0}, QStringLiteral("sops.metadata"));
    if (node.value)
        return std::move(*node.value);
    if (!node.items.empty()) {
        if (node.items.begin()->first != 0 || node.items.rbegin()->first + 1 != int(node.items.size()))
            return makeError(tr("%1: invalid sops metadata: a list in [sops] has gaps").arg(file),
                             SourceLocation{file, 0, 0}, QStringLiteral("sops.metadata"));
        SopsNode list = SopsNode::sequence();
        for (auto& [index, child] : node.items) {
            auto value = convert(child, file);
            if (!value)
                return value;
            list.add(std::move(*value));
        }
        return list;
    }
    SopsNode map = SopsNode::mapping();
    for (auto& [key, child] : node.keys) {
        auto value = convert(child, file);
        if (!value)
            return value;
        map.add(key, std::move(*value));
    }
    return map;
}

Result<SopsNode> unflattenMetadata(const SopsNode& section, const QString& file, int line)
{
    FlatNode root;
    for (const SopsEntry& e : section.children) {
        if (e.value.isComment())
            continue;
        // tokenize(): "__map_" and "__list_" split the key; a list index that is not a number counts as 0, as in Go.
        FlatNode* node = &root;
        const QString& path = e.key;
        qsizetype last = 0;
        int state = 0; // 0 plain, 1 map, 2 list
        auto finish = [&](qsizetype end) {
            if (state == 2) {
                bool ok = false;
                const int index = path.mid(last + qsizetype(kListSeparator.size()), end - last - qsizetype(kListSeparator.size())).toInt(&ok);
                node = &node->items[ok ? index : 0];
            } else {
                const qsizetype skip = state == 1 ? qsizetype(kMapSeparator.size()) : 0;
                node = &node->keys[path.mid(last + skip, end - last - skip)];
            }
            last = end;
        };
        qsizetype i = 0;
        while (i < path.size()) {
            if (QStringView(path).sliced(i).startsWith(QLatin1String("__map_"))) {
                finish(i);
                state = 1;
                i += qsizetype(kMapSeparator.size());
            } else if (QStringView(path).sliced(i).startsWith(QLatin1String("__list_"))) {
                finish(i);
                state = 2;
                i += qsizetype(kListSeparator.size());
            } else {
                ++i;
            }
        }
        finish(path.size());
        if (node->value)
            return makeError(tr("%1:%2: invalid sops metadata: [sops] sets \"%3\" twice").arg(file).arg(line).arg(path),
                             SourceLocation{file, line, 0}, QStringLiteral("sops.metadata"));
        // EscapeNewlines: the stored "\n" is a newline.
        std::string text(e.value.text.view());
        for (std::size_t at = text.find("\\n"); at != std::string::npos; at = text.find("\\n", at + 1))
            text.replace(at, 2, "\n");
        node->value = SopsNode::scalar(K::String, SecureBuffer::fromString(text));
    }
    auto converted = convert(root, file);
    if (!converted)
        return converted;
    if (converted->kind != K::Mapping)
        return makeError(tr("%1:%2: invalid sops metadata in [sops]").arg(file).arg(line), SourceLocation{file, line, 0},
                         QStringLiteral("sops.metadata"));
    return converted;
}

// ------------------------------------------------------------------------------------------------ writing

/// stores.ValToString.
SecureBuffer valueText(const SopsNode& node)
{
    switch (node.kind) {
    case K::String:
    case K::Int:
        return node.text;
    case K::Bool:
        return SecureBuffer::fromString(node.text.view() == "True" ? "true" : "false");
    case K::Float: {
        // FormatFloat(v, 'G', -1, 64), with a ".0" when that reads like an integer.
        const auto v = SopsScalar::parseFloat(node.text.view());
        if (!v)
            return node.text;
        std::string g;
        if (std::isnan(*v))
            g = "NaN";
        else if (std::isinf(*v))
            g = *v > 0 ? "+Inf" : "-Inf";
        else
            g = SopsScalar::yamlFloat(*v);
        for (char& c : g)
            if (c == 'e')
                c = 'E';
        if (g.find('.') == std::string::npos && g.find('E') == std::string::npos && std::isfinite(*v))
            g += ".0";
        return SecureBuffer::fromString(g);
    }
    case K::Time: {
        // time.RFC3339: no fractional seconds.
        std::string t(node.text.view());
        if (const std::size_t dot = t.find('.'); dot != std::string::npos) {
            std::size_t end = dot + 1;
            while (end < t.size() && t[end] >= '0' && t[end] <= '9')
                ++end;
            t.erase(dot, end - dot);
        }
        return SecureBuffer::fromString(t);
    }
    case K::Null:
        return SecureBuffer::fromString("<nil>"); // fmt.Sprintf("%v", nil), as sops writes it
    case K::Comment:
    case K::Mapping:
    case K::Sequence:
        break;
    }
    return {};
}

/// sops's flattenTreeBranch (below the top) of the metadata, with EscapeNewlines on string values.
void flattenMetadata(const SopsNode& node, const std::string& key, IniSection& out)
{
    if (node.kind == K::Mapping || node.kind == K::Sequence) {
        int index = 0;
        for (const SopsEntry& e : node.children) {
            if (e.value.isComment())
                continue;
            std::string child;
            if (node.kind == K::Mapping)
                child = key.empty() ? e.key.toStdString() : key + std::string(kMapSeparator) + e.key.toStdString();
            else
                child = key + std::string(kListSeparator) + std::to_string(index++);
            flattenMetadata(e.value, child, out);
        }
        return;
    }
    SecureBuffer text = valueText(node);
    if (node.kind == K::String) {
        SecureBuffer escaped;
        for (char c : text.view()) {
            if (c == '\n')
                escaped.append("\\n");
            else
                escaped.append(c);
        }
        text = std::move(escaped);
    }
    out.newKey(key, std::move(text));
}

void appendCommentLines(SecureBuffer& out, std::string_view comment, bool trimPlain)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t nl = comment.find('\n', start);
        const std::string_view line = comment.substr(start, nl == std::string_view::npos ? std::string_view::npos
                                                                                          : nl - start);
        if (!line.empty() && (line.front() == '#' || line.front() == ';')) {
            out.append(line.front());
            out.append(' ');
            out.append(trimSpace(line.substr(1)));
        } else {
            out.append("; ");
            out.append(trimPlain ? trimSpace(line) : line);
        }
        out.append('\n');
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }
}

/// go-ini's File.writeToBuffer with PrettyFormat and PrettySection.
SecureBuffer writeSections(const std::vector<IniSection>& sections)
{
    SecureBuffer out;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const IniSection& section = sections[i];
        if (!section.comment.isEmpty())
            appendCommentLines(out, section.comment.view(), false);
        std::string upper = section.name;
        for (char& c : upper)
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
        if (i > 0 || upper != kDefaultSection) {
            out.append('[');
            out.append(section.name);
            out.append("]\n");
        } else if (section.keys.empty()) {
            continue;
        }
        std::size_t align = 0;
        for (const IniKey& key : section.keys) {
            std::size_t length = key.name.size();
            if (key.name.find('"') != std::string::npos || containsAny(key.name, kDelimiters))
                length += 2;
            else if (key.name.find('`') != std::string::npos)
                length += 6;
            align = std::max(align, length);
        }
        for (const IniKey& key : section.keys) {
            if (!key.comment.isEmpty())
                appendCommentLines(out, key.comment.view(), true);
            std::string name = key.name;
            if (name.find('"') != std::string::npos || containsAny(name, kDelimiters))
                name = "`" + name + "`";
            else if (name.find('`') != std::string::npos)
                name = R"(""")" + name + R"(""")";
            out.append(name);
            out.append(std::string(align > name.size() ? align - name.size() : 0, ' '));
            out.append(" = ");
            const std::string_view value = key.value.view();
            if (containsAny(value, "\n`")) {
                out.append(R"(""")");
                out.append(value);
                out.append(R"(""")");
            } else if (containsAny(value, "#;")) {
                out.append('`');
                out.append(value);
                out.append('`');
            } else if (trimSpace(value).size() != value.size()) {
                out.append('"');
                out.append(value);
                out.append('"');
            } else {
                out.append(value);
            }
            out.append('\n');
        }
        if (i + 1 < sections.size())
            out.append('\n');
    }
    return out;
}

} // namespace

Result<SopsTree> SopsIni::parse(QByteArrayView text, const QString& fileName)
{
    if (text.size() > kMaxInputSize)
        return makeError(tr("%1: file larger than %2 MiB").arg(fileName).arg(kMaxInputSize / (1024 * 1024)),
                         SourceLocation{fileName, 0, 0}, QStringLiteral("limit.size"));
    Parser parser(std::string_view(text.data(), std::size_t(text.size())), fileName);
    auto sections = parser.run();
    if (!sections)
        return std::unexpected(sections.error());
    SopsNode doc = SopsNode::mapping();
    int metadataLine = 0;
    for (IniSection& section : *sections) {
        SopsNode items = SopsNode::mapping();
        if (!section.comment.isEmpty())
            items.add(SopsNode::comment(stripCommentChar(section.comment.view())));
        for (IniKey& key : section.keys) {
            items.add(QString::fromStdString(key.name), SopsNode::scalar(K::String, std::move(key.value)));
            if (!key.comment.isEmpty())
                items.add(SopsNode::comment(stripCommentChar(key.comment.view())));
        }
        const QString name = QString::fromStdString(section.name);
        if (name == kSopsSection) {
            if (metadataLine > 0)
                return makeError(tr("%1:%2: a second [sops] section (the first is on line %3)")
                                     .arg(fileName)
                                     .arg(section.line)
                                     .arg(metadataLine),
                                 SourceLocation{fileName, section.line, 1}, QStringLiteral("sops.metadata"));
            metadataLine = section.line;
            auto metadata = unflattenMetadata(items, fileName, section.line);
            if (!metadata)
                return std::unexpected(metadata.error());
            items = std::move(*metadata);
        }
        doc.add(name, std::move(items));
    }
    SopsTree tree;
    tree.documents.push_back(std::move(doc));
    return tree;
}

SecureBuffer SopsIni::write(const SopsTree& tree)
{
    std::vector<IniSection> sections;
    if (tree.documents.empty())
        return {};
    for (const SopsEntry& e : tree.documents.front().children) {
        if (e.value.isComment() || e.value.kind != K::Mapping)
            continue; // sops writes only sections (mappings) at the top
        IniSection section;
        section.name = e.key.toStdString();
        if (e.key == kSopsSection) {
            flattenMetadata(e.value, {}, section);
            sections.push_back(std::move(section));
            continue;
        }
        std::optional<std::size_t> last;
        for (std::size_t i = 0; i < e.value.children.size(); ++i) {
            const SopsEntry& item = e.value.children[i];
            if (item.value.isComment()) {
                if (i == 0)
                    section.comment = item.value.text;
                else if (last)
                    section.keys[*last].comment = item.value.text;
                continue;
            }
            last = section.newKey(item.key.toStdString(), valueText(item.value));
        }
        sections.push_back(std::move(section));
    }
    return writeSections(sections);
}

} // namespace fleetdesk
