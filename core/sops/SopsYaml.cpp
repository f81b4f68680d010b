#include "SopsYaml.h"

#include "SopsScalar.h"

#include <QCoreApplication>
#include <QSet>

#include <cstring>
#include <map>
#include <string>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

struct PendingComment
{
    int column;
    SecureBuffer text;
};

struct ParseFailure
{
    QString message;
    std::size_t pos;
};

class Reader
{
public:
    Reader(std::string_view text, const QString& fileName) : m_s(text), m_file(fileName)
    {
        if (m_s.starts_with("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    Result<SopsTree> run()
    {
        try {
            return stream();
        } catch (const ParseFailure& f) {
            int line = 1;
            int col = 1;
            for (std::size_t i = 0; i < f.pos && i < m_s.size(); ++i) {
                if (m_s[i] == '\n') {
                    ++line;
                    col = 1;
                } else {
                    ++col;
                }
            }
            return makeError(QCoreApplication::translate("SopsYaml", "%1:%2:%3: %4")
                                 .arg(m_file)
                                 .arg(line)
                                 .arg(col)
                                 .arg(f.message),
                             SourceLocation{m_file, line, col}, QStringLiteral("yaml.syntax"));
        }
    }

private:
    std::string_view m_s;
    QString m_file;
    std::size_t m_pos = 0;
    std::vector<PendingComment> m_pending;
    std::map<std::string, SopsNode> m_anchors;
    int m_depth = 0;
    struct Open
    {
        bool sequence;
        int column;
    };
    std::vector<Open> m_open; // the block collections being parsed, outermost first

    // Trailing comments when a mapping at `column` ends before a line at `endColumn`: a comment indented deeper
    // than that line belongs to the innermost mapping that ends, unless a block sequence that ends with it has its
    // dashes further right than the comment (then an outer mapping takes it). This is how go-yaml attaches foot
    // comments, so the comments' AADs agree with sops.
    void flushMappingFoot(SopsNode& into, int endColumn, bool nextIsDash)
    {
        std::vector<PendingComment> keep;
        for (PendingComment& c : m_pending) {
            bool take = c.column > endColumn;
            for (std::size_t i = m_open.size() - 1; take && i-- > 0;) {
                const Open& o = m_open[i];
                const bool closing = o.column > endColumn || (o.sequence && o.column == endColumn && !nextIsDash);
                if (!closing)
                    break;
                if (o.sequence && o.column > c.column)
                    take = false;
            }
            if (take)
                into.children.push_back(SopsEntry{QString(), SopsNode::scalar(K::Comment, std::move(c.text))});
            else
                keep.push_back(std::move(c));
        }
        m_pending = std::move(keep);
    }

    struct OpenGuard
    {
        Reader& r;
        OpenGuard(Reader& reader, bool sequence, int column) : r(reader) { r.m_open.push_back({sequence, column}); }
        ~OpenGuard() { r.m_open.pop_back(); }
    };

    [[noreturn]] void fail(const char* text, std::size_t at = std::string_view::npos)
    {
        throw ParseFailure{QCoreApplication::translate("SopsYaml", text), at == std::string_view::npos ? m_pos : at};
    }

    struct DepthGuard
    {
        Reader& r;
        explicit DepthGuard(Reader& reader) : r(reader)
        {
            if (++r.m_depth > SopsYaml::kMaxDepth)
                r.fail("nesting deeper than 200 levels");
        }
        ~DepthGuard() { --r.m_depth; }
    };

    char at(std::size_t p) const { return p < m_s.size() ? m_s[p] : '\0'; }
    bool eol(std::size_t p) const { return p >= m_s.size() || m_s[p] == '\n' || (m_s[p] == '\r' && at(p + 1) == '\n'); }
    bool blankOrEol(std::size_t p) const { return eol(p) || m_s[p] == ' ' || m_s[p] == '\t'; }
    std::size_t lineEnd(std::size_t p) const
    {
        const std::size_t nl = m_s.find('\n', p);
        return nl == std::string_view::npos ? m_s.size() : nl;
    }
    std::size_t nextLine(std::size_t p) const
    {
        const std::size_t e = lineEnd(p);
        return e >= m_s.size() ? m_s.size() : e + 1;
    }
    std::size_t lineStart(std::size_t p) const
    {
        const std::size_t nl = p == 0 ? std::string_view::npos : m_s.rfind('\n', p - 1);
        return nl == std::string_view::npos ? 0 : nl + 1;
    }
    int column(std::size_t p) const { return int(p - lineStart(p)); }
    std::string_view lineText(std::size_t from) const
    {
        std::size_t e = lineEnd(from);
        if (e > from && m_s[e - 1] == '\r')
            --e;
        return m_s.substr(from, e - from);
    }
    bool isDocMarker(std::size_t lineBegin) const
    {
        const std::string_view rest = m_s.substr(lineBegin);
        return (rest.starts_with("---") || rest.starts_with("...")) && blankOrEol(lineBegin + 3);
    }
    bool isDash(std::size_t p) const { return at(p) == '-' && blankOrEol(p + 1); }

    // From a line start: skips blank and comment lines (comments become pending). Returns the indentation of the
    // next content line (m_pos at its start), or -1 at the end of input.
    int skipToContent()
    {
        while (m_pos < m_s.size()) {
            std::size_t p = m_pos;
            while (at(p) == ' ')
                ++p;
            if (at(p) == '\t') {
                std::size_t q = p;
                while (at(q) == ' ' || at(q) == '\t')
                    ++q;
                if (eol(q) || at(q) == '#') {
                    p = q;
                } else {
                    fail("tab character used for indentation", p);
                }
            }
            if (eol(p)) {
                m_pos = nextLine(p);
                continue;
            }
            if (at(p) == '#') {
                const std::string_view text = lineText(p + 1);
                m_pending.push_back({column(p), SecureBuffer::fromString(text)});
                m_pos = nextLine(p);
                continue;
            }
            return int(p - m_pos);
        }
        return -1;
    }

    void flushPending(SopsNode& into, int minColumn)
    {
        std::vector<PendingComment> keep;
        for (PendingComment& c : m_pending) {
            if (c.column >= minColumn) {
                SopsNode n = SopsNode::scalar(K::Comment, std::move(c.text));
                into.children.push_back(SopsEntry{QString(), std::move(n)});
            } else {
                keep.push_back(std::move(c));
            }
        }
        m_pending = std::move(keep);
    }

    // After a value on its line: trailing spaces, an optional comment, end of line. Moves to the next line.
    std::optional<SecureBuffer> finishLine(std::size_t p)
    {
        while (at(p) == ' ' || at(p) == '\t')
            ++p;
        const bool hadSpace = p > 0 && (m_s[p - 1] == ' ' || m_s[p - 1] == '\t');
        std::optional<SecureBuffer> comment;
        if (at(p) == '#') {
            if (!hadSpace)
                fail("a comment must be separated from the value by a space", p);
            comment = SecureBuffer::fromString(lineText(p + 1));
            p = lineEnd(p);
        }
        if (!eol(p))
            fail("unexpected content after the value", p);
        m_pos = nextLine(p);
        return comment;
    }

    Result<SopsTree> stream()
    {
        SopsTree tree;
        bool explicitStart = false;
        for (;;) {
            int indent = skipToContent();
            if (indent < 0) {
                if (tree.documents.empty() && !m_pending.empty()) {
                    SopsNode doc = SopsNode::mapping();
                    flushPending(doc, -1);
                    tree.documents.push_back(std::move(doc));
                } else if (explicitStart) {
                    SopsNode doc = SopsNode::mapping();
                    flushPending(doc, -1);
                    tree.documents.push_back(std::move(doc));
                }
                break;
            }
            if (indent == 0 && at(m_pos) == '%') {
                m_pos = nextLine(m_pos);
                continue;
            }
            if (indent == 0 && isDocMarker(m_pos) && m_s.substr(m_pos).starts_with("...")) {
                (void)finishLine(m_pos + 3);
                continue;
            }
            if (indent == 0 && isDocMarker(m_pos)) {
                if (explicitStart || !tree.documents.empty()) {
                    // "---" right after "---": an empty document in between.
                    if (explicitStart) {
                        SopsNode doc = SopsNode::mapping();
                        flushPending(doc, -1);
                        tree.documents.push_back(std::move(doc));
                    }
                }
                auto c = finishLine(m_pos + 3);
                if (c)
                    m_pending.push_back({0, std::move(*c)});
                explicitStart = true;
                continue;
            }
            // A document body.
            SopsNode root = blockNode(indent, -1);
            if (root.kind == K::Sequence)
                fail("YAML documents that are sequences are not supported");
            if (root.kind == K::Null) {
                root = SopsNode::mapping();
            } else if (root.kind != K::Mapping) {
                fail("a document must be a mapping, not a scalar");
            }
            flushPending(root, -1);
            tree.documents.push_back(std::move(root));
            explicitStart = false;
            indent = skipToContent();
            if (indent < 0)
                break;
            if (!(indent == 0 && isDocMarker(m_pos)))
                fail("content after the end of the document");
        }
        if (tree.documents.empty())
            tree.documents.push_back(SopsNode::mapping());
        return tree;
    }

    // m_pos at a line start whose content is at `indent` (> parentIndent).
    SopsNode blockNode(int indent, int parentIndent)
    {
        DepthGuard guard(*this);
        const std::size_t p = m_pos + std::size_t(indent);
        if (isDash(p))
            return sequence(indent, std::string_view::npos);
        if (looksLikeKey(p))
            return mapping(indent, std::string_view::npos);
        std::optional<SecureBuffer> inlineComment;
        SopsNode n = value(p, parentIndent, false, inlineComment, /*ownLine=*/true);
        if (inlineComment)
            m_pending.push_back({indent, std::move(*inlineComment)});
        return n;
    }

    // Scans a quoted scalar on one line starting at p; returns the position after the closing quote or npos.
    std::size_t quotedEndOnLine(std::size_t p) const
    {
        const char q = at(p);
        std::size_t i = p + 1;
        while (!eol(i)) {
            if (q == '"' && m_s[i] == '\\') {
                i += 2;
                continue;
            }
            if (m_s[i] == q) {
                if (q == '\'' && at(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            ++i;
        }
        return std::string_view::npos;
    }

    bool looksLikeKey(std::size_t p) const
    {
        const char c = at(p);
        if (c == '?' && blankOrEol(p + 1))
            return true; // rejected with a precise error in mapping()
        if (c == '"' || c == '\'') {
            std::size_t e = quotedEndOnLine(p);
            if (e == std::string_view::npos)
                return false;
            while (at(e) == ' ' || at(e) == '\t')
                ++e;
            return at(e) == ':' && blankOrEol(e + 1);
        }
        if (c == '[' || c == '{' || c == '#' || c == '|' || c == '>' || c == '*' || c == '&' || c == '!')
            return false;
        // Only ':' and '#' matter: jump from one to the next within the line (a value such as ENC[…] is long).
        const std::size_t end = lineEnd(p);
        if (p >= end)
            return false;
        const auto next = [this, end](std::size_t from, char wanted) {
            const void* hit = std::memchr(m_s.data() + from, wanted, end - from);
            return hit ? std::size_t(static_cast<const char*>(hit) - m_s.data()) : end;
        };
        std::size_t comment = next(p, '#');
        for (std::size_t i = p; i < end; ++i) {
            if (comment < i)
                comment = next(i, '#');
            const std::size_t colon = next(i, ':');
            if (comment < colon) {
                if (comment > p && (m_s[comment - 1] == ' ' || m_s[comment - 1] == '\t'))
                    return false;
                i = comment;
                continue;
            }
            if (colon == end)
                return false;
            if (blankOrEol(colon + 1))
                return true;
            i = colon;
        }
        return false;
    }

    QString readKey(std::size_t& p)
    {
        const std::size_t start = p;
        if (at(p) == '?' && blankOrEol(p + 1))
            fail("complex mapping keys (\"? \") are not supported", p);
        QString key;
        if (at(p) == '"' || at(p) == '\'') {
            SecureBuffer text = quoted(p);
            key = QString::fromUtf8(text.chars(), qsizetype(text.size()));
        } else {
            std::size_t i = p;
            while (!(m_s[i] == ':' && blankOrEol(i + 1)))
                ++i;
            std::size_t e = i;
            while (e > p && (m_s[e - 1] == ' ' || m_s[e - 1] == '\t'))
                --e;
            const std::string_view raw = m_s.substr(p, e - p);
            if (raw != "<<") {
                auto r = SopsScalar::resolvePlain(raw);
                if (!r || r->kind != K::String)
                    fail("only string keys are supported (sops: \"Tree contains a non-string key\")", start);
            }
            key = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
            p = i;
        }
        while (at(p) == ' ' || at(p) == '\t')
            ++p;
        if (at(p) != ':')
            fail("expected ':' after the mapping key", p);
        return key;
    }

    // A block mapping at column n. If first != npos, the first key starts there (after "- ").
    SopsNode mapping(int n, std::size_t first)
    {
        DepthGuard guard(*this);
        SopsNode node = SopsNode::mapping();
        OpenGuard open(*this, false, n);
        std::size_t p = first;
        int endColumn = 0;
        bool endsAtDash = false;
        QSet<QString> keys; // to refuse a duplicate key without comparing it with every earlier one
        for (;;) {
            if (p == std::string_view::npos) {
                const int indent = skipToContent();
                if (indent < 0 || indent < n || (indent == 0 && isDocMarker(m_pos))) {
                    endColumn = indent < 0 || isDocMarker(m_pos) ? 0 : indent;
                    endsAtDash = indent >= 0 && isDash(m_pos + std::size_t(indent));
                    break;
                }
                if (indent > n)
                    fail("bad indentation of a mapping entry", m_pos + std::size_t(indent));
                p = m_pos + std::size_t(n);
                if (isDash(p)) {
                    endColumn = n;
                    break;
                }
            }
            if (!looksLikeKey(p))
                fail("expected a mapping key (\"key: value\")", p);
            const std::size_t keyPos = p;
            const QString key = readKey(p);
            if (keys.contains(key))
                fail("duplicate mapping key", keyPos);
            keys.insert(key);
            flushPending(node, -1);
            std::optional<SecureBuffer> inlineComment;
            SopsNode v = value(p + 1, n, false, inlineComment, false);
            // Like sops, an inline comment comes before the entry it annotates (it is written back on its line).
            if (inlineComment)
                node.add(SopsNode::scalar(K::Comment, std::move(*inlineComment))).inlineComment = true;
            node.add(key, std::move(v));
            p = std::string_view::npos;
        }
        // Trailing comments indented at least as far as this mapping's keys are its foot comments (go-yaml
        // attaches them to the last key); the rest belong further out or to the next key.
        flushMappingFoot(node, endColumn, endsAtDash);
        return node;
    }

    SopsNode sequence(int n, std::size_t first)
    {
        DepthGuard guard(*this);
        SopsNode node = SopsNode::sequence();
        OpenGuard open(*this, true, n);
        std::size_t p = first;
        int endColumn = 0;
        for (;;) {
            if (p == std::string_view::npos) {
                const int indent = skipToContent();
                if (indent < 0 || indent < n || (indent == 0 && isDocMarker(m_pos))) {
                    endColumn = indent < 0 || isDocMarker(m_pos) ? 0 : indent;
                    break;
                }
                p = m_pos + std::size_t(indent);
                if (indent > n)
                    fail("bad indentation of a sequence item", p);
                if (!isDash(p)) {
                    endColumn = n;
                    break;
                }
            }
            flushPending(node, -1);
            std::optional<SecureBuffer> inlineComment;
            SopsNode v = value(p + 1, n, true, inlineComment, false);
            if (inlineComment)
                node.add(SopsNode::scalar(K::Comment, std::move(*inlineComment))).inlineComment = true;
            node.add(std::move(v));
            p = std::string_view::npos;
        }
        // Trailing comments stay in a block sequence only when indented at least as far as its dashes; the others
        // go to the enclosing mapping (how go-yaml attaches them, so the AADs agree with sops).
        flushPending(node, std::max(n, endColumn + 1));
        return node;
    }

    // The value after "key:" or "- " (p just after the indicator), or a node alone on its line (ownLine).
    SopsNode value(std::size_t p, int parentIndent, bool inSequence, std::optional<SecureBuffer>& inlineComment,
                   bool ownLine)
    {
        DepthGuard guard(*this);
        while (at(p) == ' ' || at(p) == '\t')
            ++p;
        std::string anchor;
        std::string tag;
        for (;;) {
            if (at(p) == '&' || at(p) == '!') {
                const char kind = at(p);
                std::size_t e = p + 1;
                while (!blankOrEol(e))
                    ++e;
                (kind == '&' ? anchor : tag) = std::string(m_s.substr(p + 1, e - p - 1));
                p = e;
                while (at(p) == ' ' || at(p) == '\t')
                    ++p;
                continue;
            }
            break;
        }
        SopsNode result;
        const char c = at(p);
        if (eol(p) || c == '#') {
            if (c == '#') {
                if (p > 0 && m_s[p - 1] != ' ' && m_s[p - 1] != '\t')
                    fail("a comment must be separated by a space", p);
                inlineComment = SecureBuffer::fromString(lineText(p + 1));
            }
            m_pos = nextLine(p);
            const int indent = skipToContent();
            if (indent >= 0 && !(indent == 0 && isDocMarker(m_pos)) && indent > parentIndent) {
                result = blockNode(indent, parentIndent);
            } else if (indent >= 0 && !inSequence && indent == parentIndent && isDash(m_pos + std::size_t(indent))) {
                result = sequence(indent, std::string_view::npos);
            } else if (tag == "!!str" || tag == "tag:yaml.org,2002:str") {
                result = SopsNode::string("");
            }
        } else if (c == '*') {
            std::size_t e = p + 1;
            while (!blankOrEol(e) && at(e) != ',' )
                ++e;
            const std::string name(m_s.substr(p + 1, e - p - 1));
            const auto it = m_anchors.find(name);
            if (it == m_anchors.end())
                fail("unknown alias", p);
            result = it->second;
            inlineComment = finishLine(e);
        } else if (c == '|' || c == '>') {
            result = blockScalar(p, parentIndent, inlineComment);
        } else if (c == '[' || c == '{') {
            std::size_t e = p;
            result = flow(e);
            inlineComment = finishLine(e);
        } else if (c == '"' || c == '\'') {
            if (!ownLine && inSequence && looksLikeKey(p)) {
                result = mapping(column(p), p);
            } else {
                std::size_t e = p;
                result = SopsNode::scalar(K::String, quoted(e));
                inlineComment = finishLine(e);
            }
        } else if (inSequence && isDash(p)) {
            result = sequence(column(p), p);
        } else if (inSequence && looksLikeKey(p)) {
            result = mapping(column(p), p);
        } else if (!ownLine && looksLikeKey(p)) {
            fail("mapping values are not allowed here (missing quotes or a line break?)", p);
        } else {
            result = plain(p, parentIndent, tag, inlineComment);
        }
        if (!anchor.empty())
            m_anchors[anchor] = result;
        return result;
    }

    SopsNode typedPlain(std::string_view text, const std::string& tag, std::size_t where)
    {
        if (tag == "!!str" || tag == "tag:yaml.org,2002:str" || tag == "!!binary" || tag == "!")
            return SopsNode::string(text);
        auto r = SopsScalar::resolvePlain(text);
        if (!r)
            throw ParseFailure{r.error().message, where};
        return std::move(*r);
    }

    SopsNode plain(std::size_t p, int parentIndent, const std::string& tag, std::optional<SecureBuffer>& comment)
    {
        const std::size_t start = p;
        SecureBuffer text;
        auto readLinePart = [&](std::size_t& i) {
            const std::size_t s0 = i;
            while (!eol(i)) {
                if (m_s[i] == '#' && i > s0 && (m_s[i - 1] == ' ' || m_s[i - 1] == '\t'))
                    break;
                if (m_s[i] == ':' && blankOrEol(i + 1))
                    fail("mapping values are not allowed here", i);
                ++i;
            }
            std::size_t e = i;
            while (e > s0 && (m_s[e - 1] == ' ' || m_s[e - 1] == '\t'))
                --e;
            return m_s.substr(s0, e - s0);
        };
        std::size_t i = p;
        text.append(readLinePart(i));
        // Continuation lines: more indented than the parent, not comments, not document markers.
        for (;;) {
            if (at(i) == '#')
                break;
            std::size_t q = nextLine(i);
            if (q >= m_s.size() || i >= m_s.size())
                break;
            int breaks = 0;
            std::size_t lineBegin = q;
            bool found = false;
            while (lineBegin < m_s.size()) {
                std::size_t k = lineBegin;
                while (at(k) == ' ' || at(k) == '\t')
                    ++k;
                if (eol(k)) {
                    ++breaks;
                    lineBegin = nextLine(k);
                    continue;
                }
                const int ind = int(k - lineBegin);
                if (ind <= parentIndent || at(k) == '#' || (ind == 0 && isDocMarker(lineBegin)))
                    break;
                if (looksLikeKey(k) || (isDash(k)))
                    break;
                found = true;
                if (breaks == 0)
                    text.append(' ');
                for (int b = 0; b < breaks; ++b)
                    text.append('\n');
                std::size_t e = k;
                text.append(readLinePart(e));
                i = e;
                break;
            }
            if (!found)
                break;
        }
        comment = finishLine(i);
        return typedPlain(text.view(), tag, start);
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

    // A single- or double-quoted scalar starting at p (the quote); may span lines (folded). p ends after it.
    SecureBuffer quoted(std::size_t& p)
    {
        const char q = at(p);
        const std::size_t start = p;
        SecureBuffer out;
        std::size_t i = p + 1;
        for (;;) {
            if (i >= m_s.size())
                fail("unterminated quoted string", start);
            const char c = m_s[i];
            if (c == q) {
                if (q == '\'' && at(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                p = i + 1;
                return out;
            }
            if (c == '\n' || (c == '\r' && at(i + 1) == '\n')) {
                // Fold: drop trailing blanks, count empty lines, skip leading blanks of the next line.
                while (!out.isEmpty() && (out[out.size() - 1] == ' ' || out[out.size() - 1] == '\t'))
                    out.resize(out.size() - 1);
                i = nextLine(i);
                int empties = 0;
                for (;;) {
                    std::size_t k = i;
                    while (at(k) == ' ' || at(k) == '\t')
                        ++k;
                    if (k < m_s.size() && eol(k)) {
                        ++empties;
                        i = nextLine(k);
                        continue;
                    }
                    if (column(k) == 0 && isDocMarker(k))
                        fail("document marker inside a quoted string", k);
                    i = k;
                    break;
                }
                if (empties == 0)
                    out.append(' ');
                for (int e = 0; e < empties; ++e)
                    out.append('\n');
                continue;
            }
            if (q == '"' && c == '\\') {
                const char e = at(i + 1);
                i += 2;
                switch (e) {
                case '0': out.append('\0'); break;
                case 'a': out.append('\a'); break;
                case 'b': out.append('\b'); break;
                case 't': case '\t': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'v': out.append('\v'); break;
                case 'f': out.append('\f'); break;
                case 'r': out.append('\r'); break;
                case 'e': out.append('\x1b'); break;
                case ' ': out.append(' '); break;
                case '"': out.append('"'); break;
                case '/': out.append('/'); break;
                case '\\': out.append('\\'); break;
                case 'N': appendUtf8(out, 0x85); break;
                case '_': appendUtf8(out, 0xA0); break;
                case 'L': appendUtf8(out, 0x2028); break;
                case 'P': appendUtf8(out, 0x2029); break;
                case 'x': case 'u': case 'U': {
                    const int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    std::uint32_t cp = 0;
                    for (int k = 0; k < len; ++k) {
                        const char h = at(i + std::size_t(k));
                        int v = -1;
                        if (h >= '0' && h <= '9') v = h - '0';
                        else if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
                        else if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
                        if (v < 0)
                            fail("invalid escape in a double-quoted string", i);
                        cp = cp * 16 + std::uint32_t(v);
                    }
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                        fail("invalid Unicode escape", i);
                    appendUtf8(out, cp);
                    i += std::size_t(len);
                    break;
                }
                case '\r': case '\n': {
                    // Escaped line break: join without a space.
                    i = (e == '\r') ? i + 1 : i;
                    while (at(i) == ' ' || at(i) == '\t')
                        ++i;
                    break;
                }
                default:
                    fail("invalid escape in a double-quoted string", i - 2);
                }
                continue;
            }
            out.append(c);
            ++i;
        }
    }

    SopsNode blockScalar(std::size_t p, int parentIndent, std::optional<SecureBuffer>& comment)
    {
        const bool literal = at(p) == '|';
        char chomp = 'c';
        int explicitIndent = 0;
        std::size_t i = p + 1;
        for (int k = 0; k < 2; ++k) {
            if (at(i) == '+' || at(i) == '-') {
                chomp = at(i);
                ++i;
            } else if (at(i) >= '1' && at(i) <= '9') {
                explicitIndent = at(i) - '0';
                ++i;
            }
        }
        comment = finishLine(i);
        const int base = parentIndent < 0 ? 0 : parentIndent;
        int contentIndent = explicitIndent ? base + explicitIndent : -1;
        // Gather lines.
        std::vector<std::string_view> lines;
        std::size_t q = m_pos;
        int maxLeadingBlank = 0;
        while (q < m_s.size()) {
            std::size_t k = q;
            while (at(k) == ' ')
                ++k;
            const int ind = int(k - q);
            if (eol(k)) {
                if (contentIndent < 0)
                    maxLeadingBlank = std::max(maxLeadingBlank, ind);
                lines.push_back(ind > contentIndent && contentIndent >= 0 ? lineText(q + std::size_t(contentIndent))
                                                                          : std::string_view());
                q = nextLine(k);
                continue;
            }
            if (contentIndent < 0) {
                if (ind <= parentIndent)
                    break;
                contentIndent = ind;
                if (maxLeadingBlank > contentIndent)
                    fail("leading empty line of a block scalar is more indented than its content", q);
            }
            if (ind < contentIndent)
                break;
            if (ind == 0 && isDocMarker(q))
                break;
            lines.push_back(lineText(q + std::size_t(contentIndent)));
            q = nextLine(k);
        }
        // Trailing empty lines belong to chomping, not to the next node.
        std::size_t contentLines = lines.size();
        while (contentLines > 0 && lines[contentLines - 1].empty())
            --contentLines;
        const std::size_t trailing = lines.size() - contentLines;
        m_pos = q;
        SecureBuffer out;
        if (literal) {
            for (std::size_t l = 0; l < contentLines; ++l) {
                out.append(lines[l]);
                out.append('\n');
            }
        } else {
            bool prevNormal = false;
            bool pendingBreak = false;
            for (std::size_t l = 0; l < contentLines; ++l) {
                const std::string_view line = lines[l];
                const bool moreIndented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
                if (line.empty()) {
                    out.append('\n');
                    pendingBreak = false;
                    continue;
                }
                if (pendingBreak)
                    out.append((prevNormal && !moreIndented) ? ' ' : '\n');
                out.append(line);
                pendingBreak = true;
                prevNormal = !moreIndented;
                if (l + 1 < contentLines && lines[l + 1].empty()) {
                    // A break followed by empty lines: the first break is dropped unless more-indented.
                    if (moreIndented)
                        out.append('\n');
                    pendingBreak = false;
                }
            }
            if (contentLines > 0)
                out.append('\n');
        }
        if (chomp == '-') {
            while (!out.isEmpty() && out[out.size() - 1] == '\n')
                out.resize(out.size() - 1);
        } else if (chomp == '+') {
            if (contentLines == 0 && trailing == 0) {
            } else {
                for (std::size_t t = 0; t < trailing; ++t)
                    out.append('\n');
            }
        }
        return SopsNode::scalar(K::String, std::move(out));
    }

    void skipFlowSpace(std::size_t& p)
    {
        for (;;) {
            const char c = at(p);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++p;
            } else if (c == '#' && (p == 0 || m_s[p - 1] == ' ' || m_s[p - 1] == '\t' || m_s[p - 1] == '\n')) {
                p = lineEnd(p);
            } else {
                return;
            }
        }
    }

    SopsNode flowScalar(std::size_t& p)
    {
        if (at(p) == '"' || at(p) == '\'')
            return SopsNode::scalar(K::String, quoted(p));
        if (at(p) == '*') {
            std::size_t e = p + 1;
            while (!blankOrEol(e) && at(e) != ',' && at(e) != ']' && at(e) != '}')
                ++e;
            const auto it = m_anchors.find(std::string(m_s.substr(p + 1, e - p - 1)));
            if (it == m_anchors.end())
                fail("unknown alias", p);
            p = e;
            return it->second;
        }
        const std::size_t start = p;
        SecureBuffer text;
        bool spacePending = false;
        while (p < m_s.size()) {
            const char c = m_s[p];
            if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')
                break;
            if (c == ':' && (blankOrEol(p + 1) || at(p + 1) == ',' || at(p + 1) == ']' || at(p + 1) == '}'))
                break;
            if (c == '#' && p > start && (m_s[p - 1] == ' ' || m_s[p - 1] == '\t' || m_s[p - 1] == '\n'))
                break;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                spacePending = !text.isEmpty();
                ++p;
                continue;
            }
            if (spacePending)
                text.append(' ');
            spacePending = false;
            text.append(c);
            ++p;
        }
        return typedPlain(text.view(), std::string(), start);
    }

    SopsNode flow(std::size_t& p)
    {
        DepthGuard guard(*this);
        const char open = at(p);
        const char close = open == '[' ? ']' : '}';
        SopsNode node = open == '[' ? SopsNode::sequence() : SopsNode::mapping();
        QSet<QString> keys;
        ++p;
        for (;;) {
            skipFlowSpace(p);
            if (p >= m_s.size())
                fail("unterminated flow collection");
            if (at(p) == close) {
                ++p;
                return node;
            }
            if (open == '{') {
                std::size_t keyPos = p;
                SopsNode k = flowScalar(p);
                if (k.kind != K::String)
                    fail("only string keys are supported (sops: \"Tree contains a non-string key\")", keyPos);
                const QString key = QString::fromUtf8(k.text.chars(), qsizetype(k.text.size()));
                if (keys.contains(key))
                    fail("duplicate mapping key", keyPos);
                keys.insert(key);
                skipFlowSpace(p);
                SopsNode v;
                if (at(p) == ':') {
                    ++p;
                    skipFlowSpace(p);
                    if (at(p) != ',' && at(p) != '}')
                        v = (at(p) == '[' || at(p) == '{') ? flow(p) : flowScalar(p);
                }
                node.add(key, std::move(v));
            } else {
                SopsNode v = (at(p) == '[' || at(p) == '{') ? flow(p) : flowScalar(p);
                skipFlowSpace(p);
                if (at(p) == ':')
                    fail("mappings inside flow sequences are not supported", p);
                node.add(std::move(v));
            }
            skipFlowSpace(p);
            if (at(p) == ',') {
                ++p;
                continue;
            }
            if (at(p) != close)
                fail("expected ',' or the end of the flow collection", p);
        }
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Writer

bool isPrintable(std::string_view s, std::size_t& i, bool& special)
{
    // Returns false at invalid UTF-8. Sets special for characters YAML cannot print raw.
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            special = true;
        ++i;
        return true;
    }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!len || i + std::size_t(len) > s.size())
        return false;
    std::uint32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + std::size_t(k)]);
        if ((cc & 0xC0) != 0x80)
            return false;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp == 0x85 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp < 0xA0)
        || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        special = true;
    i += std::size_t(len);
    return true;
}

void writeDoubleQuoted(SecureBuffer& out, std::string_view s)
{
    out.append('"');
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\0': out.append("\\0"); break;
            case '\a': out.append("\\a"); break;
            case '\b': out.append("\\b"); break;
            case '\t': out.append("\\t"); break;
            case '\n': out.append("\\n"); break;
            case '\v': out.append("\\v"); break;
            case '\f': out.append("\\f"); break;
            case '\r': out.append("\\r"); break;
            case 0x1b: out.append("\\e"); break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02X", c);
                    out.append(std::string_view(buf));
                } else {
                    out.append(char(c));
                }
            }
            ++i;
            continue;
        }
        std::size_t j = i;
        bool special = false;
        if (!isPrintable(s, j, special)) {
            // Invalid UTF-8: go-yaml would refuse; write the replacement character.
            out.append("\\uFFFD");
            ++i;
            continue;
        }
        if (special) {
            // Decode and escape.
            std::uint32_t cp = c & (0xFF >> (int(j - i) + 1));
            for (std::size_t k = i + 1; k < j; ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
            char buf[16];
            if (cp == 0x85)
                std::snprintf(buf, sizeof buf, "\\N");
            else if (cp == 0xA0)
                std::snprintf(buf, sizeof buf, "\\_");
            else if (cp == 0x2028)
                std::snprintf(buf, sizeof buf, "\\L");
            else if (cp == 0x2029)
                std::snprintf(buf, sizeof buf, "\\P");
            else if (cp <= 0xFF)
                std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(cp));
            else
                std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(cp));
            out.append(std::string_view(buf));
        } else {
            out.append(s.substr(i, j - i));
        }
        i = j;
    }
    out.append('"');
}

enum class Style { Plain, Single, Double, Literal };

Style chooseStyle(std::string_view s, bool isKey)
{
    // One pass over the text: valid UTF-8 that YAML can print raw, line breaks, and the ": " and " #" a plain
    // scalar cannot hold.
    bool special = false;
    bool valid = true;
    bool multiline = false;
    bool colonSpace = false;
    bool spaceHash = false;
    for (std::size_t i = 0; i < s.size() && valid;) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f) { // printable ASCII, the common case, without the call
            if (c == ' ') {
                colonSpace = colonSpace || (i > 0 && s[i - 1] == ':');
                spaceHash = spaceHash || (i + 1 < s.size() && s[i + 1] == '#');
            }
            ++i;
            continue;
        }
        multiline = multiline || c == '\n';
        valid = isPrintable(s, i, special);
    }
    if (!valid || special)
        return Style::Double;
    if (multiline) {
        if (isKey)
            return Style::Double;
        // Literal blocks cannot carry trailing spaces before a break, a leading space or leading breaks,
        // or tabs next to breaks.
        if (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')
            return Style::Double;
        for (std::size_t i = 0; i + 1 < s.size(); ++i)
            if ((s[i] == ' ' || s[i] == '\t' || s[i] == '\r') && s[i + 1] == '\n')
                return Style::Double;
        if (s.find('\t') != std::string_view::npos || s.find('\r') != std::string_view::npos)
            return Style::Double;
        if (s.back() == ' ')
            return Style::Double;
        return Style::Literal;
    }
    if (s.empty() || SopsScalar::plainWouldChangeType(s))
        return Style::Double;
    bool plainOk = true;
    const char first = s.front();
    if (first == ' ' || s.back() == ' ' || first == '\t' || s.back() == '\t')
        plainOk = false;
    if (std::string_view(",[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos)
        plainOk = false;
    if ((first == '-' || first == '?' || first == ':') && (s.size() == 1 || s[1] == ' ' || s[1] == '\t'))
        plainOk = false;
    if (s.starts_with("---") || s.starts_with("..."))
        plainOk = false;
    // A tab anywhere (so also ":\t" and "\t#") rules plain out; it already made the text "special" above.
    if (colonSpace || spaceHash || s.back() == ':' || s.find('\t') != std::string_view::npos)
        plainOk = false;
    if (plainOk)
        return Style::Plain;
    return Style::Single;
}

class Writer
{
public:
    Writer(int indent, bool hoist) : m_step(indent), m_hoist(hoist) {}

    SecureBuffer run(const SopsTree& tree)
    {
        // Room for the whole text up front: growing a wiping buffer copies and wipes it each time.
        std::size_t estimate = 0;
        for (const SopsNode& doc : tree.documents)
            estimate += sizeEstimate(doc);
        m_out.reserve(estimate + estimate / 4 + 64);
        for (std::size_t d = 0; d < tree.documents.size(); ++d) {
            if (d > 0)
                m_out.append("---\n");
            const SopsNode& doc = tree.documents[d];
            if (doc.children.empty()) {
                m_out.append("{}\n");
                continue;
            }
            mapping(doc, 0);
        }
        return std::move(m_out);
    }

private:
    SecureBuffer m_out;
    int m_step;
    bool m_hoist;

    /// About the length of `node` as YAML: its texts and keys, and some indentation and punctuation per entry.
    static std::size_t sizeEstimate(const SopsNode& node)
    {
        std::size_t size = node.text.size() + 8;
        for (const SopsEntry& e : node.children)
            size += std::size_t(e.key.size()) + sizeEstimate(e.value);
        return size;
    }

    void pad(int n)
    {
        for (int i = 0; i < n; ++i)
            m_out.append(' ');
    }

    void newline()
    {
        // Trim trailing spaces before a line break (never part of our scalars in plain style).
        m_out.append('\n');
    }

    // `headerComment` (an inline comment) is written after a block scalar's indicator when the text becomes one;
    // returns true when it was written.
    bool scalarText(std::string_view s, int indent, bool isKey, const SopsNode* headerComment = nullptr)
    {
        bool used = false;
        switch (chooseStyle(s, isKey)) {
        case Style::Plain:
            m_out.append(s);
            break;
        case Style::Single: {
            m_out.append('\'');
            for (char c : s) {
                if (c == '\'')
                    m_out.append('\'');
                m_out.append(c);
            }
            m_out.append('\'');
            break;
        }
        case Style::Double:
            writeDoubleQuoted(m_out, s);
            break;
        case Style::Literal: {
            std::size_t trailing = 0;
            while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
                ++trailing;
            m_out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
            if (headerComment) {
                m_out.append(" #");
                m_out.append(headerComment->text.view());
                used = true;
            }
            std::string_view body = s.substr(0, s.size() - trailing);
            std::size_t pos = 0;
            for (;;) {
                const std::size_t nl = body.find('\n', pos);
                const std::string_view line = body.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
                newline();
                if (!line.empty()) {
                    pad(indent);
                    m_out.append(line);
                }
                if (nl == std::string_view::npos)
                    break;
                pos = nl + 1;
            }
            for (std::size_t t = 1; t < trailing; ++t)
                newline();
            break;
        }
        }
        return used;
    }

    bool scalar(const SopsNode& n, int blockIndent, const SopsNode* headerComment = nullptr)
    {
        switch (n.kind) {
        case K::Null:
            m_out.append("null");
            break;
        case K::String:
            return scalarText(n.text.view(), blockIndent, false, headerComment);
        case K::Int:
        case K::Time:
            m_out.append(n.text.view());
            break;
        case K::Bool:
            m_out.append(n.text.view() == "True" ? "true" : "false");
            break;
        case K::Float: {
            const auto d = SopsScalar::parseFloat(n.text.view());
            m_out.append(d ? SopsScalar::yamlFloat(*d) : std::string(n.text.view()));
            break;
        }
        default:
            break;
        }
        return false;
    }

    void comment(const SopsNode& c, int indent, bool& lineOpen)
    {
        if (lineOpen)
            newline();
        pad(indent);
        m_out.append('#');
        m_out.append(c.text.view());
        lineOpen = true;
    }

    void inlineComment(const SopsNode* c)
    {
        if (!c)
            return;
        m_out.append(" #");
        m_out.append(c->text.view());
    }

    // An inline comment written on the line of the entry that follows it (sops keeps it before the entry).
    static const SopsNode* inlineFor(const std::vector<SopsEntry>& children, std::size_t i)
    {
        const SopsNode& c = children[i].value;
        if (!c.isComment() || !c.inlineComment || i + 1 >= children.size() || children[i + 1].value.isComment())
            return nullptr;
        return &c;
    }

    // Writes the entries of a mapping; the first key goes at the current position when `inlineFirst`.
    void mapping(const SopsNode& node, int indent, bool inlineFirst = false)
    {
        bool lineOpen = inlineFirst; // true: something is on the current line already
        bool first = true;
        const SopsNode* pendingInline = nullptr;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            const SopsEntry& e = node.children[i];
            if (e.value.isComment()) {
                if (const SopsNode* c = inlineFor(node.children, i)) {
                    pendingInline = c;
                    continue;
                }
                if (first && inlineFirst) {
                    // "- #comment" would not start the mapping; put the comment there and the keys below.
                    m_out.append("#");
                    m_out.append(e.value.text.view());
                    newline();
                    lineOpen = false;
                    first = false;
                    continue;
                }
                comment(e.value, indent, lineOpen);
                first = false;
                continue;
            }
            if (lineOpen && !(first && inlineFirst)) {
                newline();
                lineOpen = false;
            }
            if (!(first && inlineFirst))
                pad(indent);
            first = false;
            const QByteArray key = e.key.toUtf8();
            scalarText(std::string_view(key.constData(), std::size_t(key.size())), indent, true);
            m_out.append(':');
            value(e.value, indent, pendingInline);
            pendingInline = nullptr;
            lineOpen = true;
        }
        if (lineOpen)
            newline();
    }

    // After "key:": writes the value, ending without a newline (the line is "open").
    void value(const SopsNode& v, int indent, const SopsNode* lineComment)
    {
        if (v.isCollection()) {
            if (countData(v) == 0 && !hasComments(v)) {
                m_out.append(v.kind == K::Mapping ? " {}" : " []");
                inlineComment(lineComment);
                return;
            }
            inlineComment(lineComment);
            newline();
            if (v.kind == K::Mapping)
                mapping(v, indent + m_step);
            else
                sequence(v, indent + m_step);
            m_out.resize(m_out.size() - 1); // leave the line open for the caller
            return;
        }
        m_out.append(' ');
        if (!scalar(v, indent + m_step, lineComment))
            inlineComment(lineComment);
    }

    static std::size_t countData(const SopsNode& v)
    {
        std::size_t n = 0;
        for (const SopsEntry& e : v.children)
            n += e.value.isComment() ? 0 : 1;
        return n;
    }
    static bool hasComments(const SopsNode& v) { return countData(v) != v.children.size(); }

    void sequence(const SopsNode& node, int indent, bool inlineFirst = false)
    {
        bool lineOpen = inlineFirst;
        bool first = true;
        const SopsNode* pendingInline = nullptr;
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            const SopsEntry& e = node.children[i];
            if (e.value.isComment()) {
                if (const SopsNode* c = inlineFor(node.children, i); c && !node.children[i + 1].value.isCollection()) {
                    pendingInline = c;
                    continue;
                }
                if (first && inlineFirst) {
                    m_out.append("#");
                    m_out.append(e.value.text.view());
                    newline();
                    lineOpen = false;
                    first = false;
                    continue;
                }
                comment(e.value, indent, lineOpen);
                first = false;
                continue;
            }
            const SopsNode& v = e.value;
            // Head comments of a mapping item go above its dash, as sops writes them (same AAD: sequence indices
            // are not part of the path).
            std::size_t lead = 0;
            if (m_hoist && v.kind == K::Mapping && !(first && inlineFirst))
                while (lead < v.children.size() && v.children[lead].value.isComment()
                       && !v.children[lead].value.inlineComment)
                    comment(v.children[lead++].value, indent, lineOpen);
            if (lineOpen && !(first && inlineFirst))
                newline();
            if (!(first && inlineFirst))
                pad(indent);
            first = false;
            m_out.append('-');
            if (v.kind == K::Mapping && countData(v) > 0) {
                m_out.append(' ');
                if (lead > 0) {
                    SopsNode rest = SopsNode::mapping();
                    rest.children.assign(v.children.begin() + std::ptrdiff_t(lead), v.children.end());
                    mapping(rest, indent + 2, true);
                } else {
                    mapping(v, indent + 2, true);
                }
                m_out.resize(m_out.size() - 1);
            } else if (v.kind == K::Sequence && countData(v) > 0) {
                m_out.append(' ');
                sequence(v, indent + 2, true);
                m_out.resize(m_out.size() - 1);
            } else if (v.kind == K::Mapping) {
                m_out.append(" {}");
            } else if (v.kind == K::Sequence) {
                m_out.append(" []");
            } else {
                m_out.append(' ');
                if (!scalar(v, indent + 2, pendingInline))
                    inlineComment(pendingInline);
            }
            pendingInline = nullptr;
            lineOpen = true;
        }
        if (lineOpen)
            newline();
    }
};

} // namespace

Result<SopsTree> SopsYaml::parse(QByteArrayView text, const QString& fileName)
{
    if (text.size() > kMaxInputSize)
        return makeError(QCoreApplication::translate("SopsYaml", "%1: file larger than %2 MiB")
                             .arg(fileName)
                             .arg(kMaxInputSize / (1024 * 1024)),
                         SourceLocation{fileName, 0, 0}, QStringLiteral("limit.size"));
    Reader reader(std::string_view(text.data(), std::size_t(text.size())), fileName);
    return reader.run();
}

SecureBuffer SopsYaml::write(const SopsTree& tree, int indent, bool hoistItemComments)
{
    Writer writer(indent < 1 ? 4 : indent, hoistItemComments);
    return writer.run(tree);
}

} // namespace fleetdesk
