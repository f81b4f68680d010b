#include "SopsDotenv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

const QString kPrefix = QStringLiteral("sops_");
const QString kMapSeparator = QStringLiteral("__map_");
const QString kListSeparator = QStringLiteral("__list_");

// Places `value` at the flattened path (after the prefix) inside `root`.
void place(SopsNode& root, const QString& path, SopsNode value)
{
    static const QRegularExpression sep(QStringLiteral("__(map|list)_"));
    struct Token
    {
        bool list;
        QString key;
        int index;
    };
    QList<Token> tokens;
    qsizetype start = 0;
    bool isList = false;
    auto it = sep.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString part = path.mid(start, m.capturedStart() - start);
        tokens.append({isList, part, isList ? part.toInt() : 0});
        isList = m.captured(1) == QLatin1String("list");
        start = m.capturedEnd();
    }
    const QString last = path.mid(start);
    tokens.append({isList, last, isList ? last.toInt() : 0});

    SopsNode* current = &root;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool lastToken = i + 1 == tokens.size();
        const bool childIsList = !lastToken && tokens[i + 1].list;
        SopsNode* child = nullptr;
        if (tokens[i].list) {
            if (current->kind != K::Sequence)
                *current = SopsNode::sequence();
            while (int(current->children.size()) <= tokens[i].index)
                current->add(SopsNode{});
            child = &current->children[std::size_t(tokens[i].index)].value;
        } else {
            if (current->kind != K::Mapping)
                *current = SopsNode::mapping();
            child = current->find(tokens[i].key);
            if (!child)
                child = &current->add(tokens[i].key, SopsNode{});
        }
        if (lastToken) {
            *child = std::move(value);
            return;
        }
        if (childIsList && child->kind != K::Sequence)
            *child = SopsNode::sequence();
        else if (!childIsList && child->kind != K::Mapping)
            *child = SopsNode::mapping();
        current = child;
    }
}

void flatten(const SopsNode& node, const QString& prefix, SecureBuffer& out)
{
    if (node.kind == K::Mapping || node.kind == K::Sequence) {
        int index = 0;
        for (const SopsEntry& e : node.children) {
            if (e.value.isComment())
                continue;
            const QString key = node.kind == K::Mapping ? prefix + kMapSeparator + e.key
                                                        : prefix + kListSeparator + QString::number(index++);
            flatten(e.value, key, out);
        }
        return;
    }
    out.append(prefix.toUtf8());
    out.append('=');
    std::string_view v = node.text.view();
    if (node.kind == K::Bool)
        v = v == "True" ? "true" : "false";
    for (char c : v) {
        if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    out.append('\n');
}

} // namespace

Result<SopsTree> SopsDotenv::parse(QByteArrayView text, const QString& fileName)
{
    SopsNode doc = SopsNode::mapping();
    SopsNode metadata = SopsNode::mapping();
    bool hasMetadata = false;
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        const QByteArrayView line = text.sliced(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (line.isEmpty())
            continue;
        if (line.front() == '#') {
            doc.add(SopsNode::comment(std::string_view(line.data() + 1, std::size_t(line.size() - 1))));
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            return makeError(QCoreApplication::translate("SopsDotenv", "%1:%2: invalid dotenv line (no '=')")
                                 .arg(fileName)
                                 .arg(lineNo),
                             SourceLocation{fileName, lineNo, 1}, QStringLiteral("dotenv.syntax"));
        const QString key = QString::fromUtf8(line.first(eq));
        SecureBuffer value;
        const QByteArrayView raw = line.sliced(eq + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == 'n') {
                value.append('\n');
                ++i;
            } else {
                value.append(raw[i]);
            }
        }
        if (key.startsWith(kPrefix)) {
            hasMetadata = true;
            place(metadata, key.mid(kPrefix.size()), SopsNode::scalar(K::String, std::move(value)));
        } else {
            doc.add(key, SopsNode::scalar(K::String, std::move(value)));
        }
    }
    if (hasMetadata)
        doc.add(QStringLiteral("sops"), std::move(metadata));
    SopsTree tree;
    tree.documents.push_back(std::move(doc));
    return tree;
}

SecureBuffer SopsDotenv::write(const SopsTree& tree)
{
    SecureBuffer out;
    if (tree.documents.empty())
        return out;
    for (const SopsEntry& e : tree.documents.front().children) {
        if (e.value.isComment()) {
            out.append('#');
            out.append(e.value.text);
            out.append('\n');
            continue;
        }
        if (e.key == QLatin1String("sops") && e.value.kind == K::Mapping) {
            for (const SopsEntry& m : e.value.children)
                if (!m.value.isComment())
                    flatten(m.value, kPrefix + m.key, out);
            continue;
        }
        flatten(e.value, e.key, out);
    }
    return out;
}

} // namespace fleetdesk
