#include "ManifestParser.h"

#include "manifest/YamlAccess.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace fleetdesk {

namespace {

struct DocumentSlice
{
    QByteArray text;
    int firstLine = 1; ///< 1-based line of the slice's first line in the file
    int lastLine = 1;
};

bool isDocumentMarker(QByteArrayView line, const char* marker)
{
    if (!line.startsWith(marker))
        return false;
    if (line.size() == 3)
        return true;
    const char next = line.at(3);
    return next == ' ' || next == '\t' || next == '\r';
}

bool hasContent(QByteArrayView text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos).trimmed();
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith('%'))
            return true;
        pos = end + 1;
    }
    return false;
}

/// Splits a YAML stream at its document markers. A marker line at column 0 always ends a document in YAML,
/// even inside a block scalar, so a line scan is exact. A marker line with content after "--- " starts the next
/// slice, marker included.
std::vector<DocumentSlice> splitDocuments(const QByteArray& content)
{
    std::vector<DocumentSlice> slices;
    DocumentSlice current;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < content.size()) {
        qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            end = content.size();
        ++lineNumber;
        const QByteArrayView line(content.constData() + pos, end - pos);
        if (isDocumentMarker(line, "---") || isDocumentMarker(line, "...")) {
            if (!current.text.isEmpty())
                slices.push_back(std::move(current));
            current = DocumentSlice{};
            current.firstLine = lineNumber;
            if (line.startsWith("---") && !line.sliced(3).trimmed().isEmpty()) {
                // Content on the marker line ("--- |", "--- {a: 1}", "--- !tag"): keep the marker, so columns stay
                // right and the document parses exactly as in a multi-document stream (a block mapping may not
                // start on the marker line, and is refused as it would be by Flux).
                current.text.append(line.data(), line.size());
                current.text.append('\n');
            } else {
                current.firstLine = lineNumber + 1;
            }
        } else {
            if (current.text.isEmpty())
                current.firstLine = lineNumber;
            current.text.append(line.data(), line.size());
            current.text.append('\n');
        }
        current.lastLine = lineNumber;
        pos = end + 1;
    }
    if (!current.text.isEmpty())
        slices.push_back(std::move(current));
    return slices;
}

/// Walks a parsed document, counting every node reached through aliases too, so that exponential alias
/// expansion and pathological nesting are refused before anything else iterates the tree.
class TreeGuard
{
public:
    explicit TreeGuard(const ParseLimits& limits) : m_limits(limits) {}

    std::optional<QString> check(const YAML::Node& node) { return visit(node, 1); }

private:
    std::optional<QString> visit(const YAML::Node& node, int depth)
    {
        if (depth > m_limits.maxDepth)
            return QCoreApplication::translate("ManifestParser", "nesting is deeper than %1 levels")
                .arg(m_limits.maxDepth);
        if (++m_nodes > m_limits.maxNodes)
            return QCoreApplication::translate("ManifestParser",
                                               "the document expands to more than %1 nodes (alias expansion, "
                                               "\"billion laughs\")")
                .arg(m_limits.maxNodes);
        if (node.IsSequence()) {
            for (const YAML::Node& child : node) {
                if (auto problem = visit(child, depth + 1))
                    return problem;
            }
        } else if (node.IsMap()) {
            for (const auto& pair : node) {
                if (auto problem = visit(pair.first, depth + 1))
                    return problem;
                if (auto problem = visit(pair.second, depth + 1))
                    return problem;
            }
        }
        return std::nullopt;
    }

    const ParseLimits& m_limits;
    qint64 m_nodes = 0;
};

bool looksBinary(const QByteArray& content)
{
    if (content.contains('\0'))
        return true;
    // (QStringDecoder::decode() is lazy and converts nothing unless its result becomes a QString: validate instead.)
    return !QByteArrayView(content).isValidUtf8();
}

} // namespace

SourceLocation ManifestDocument::locate(const YAML::Node& n) const
{
    return yaml::locate(n, location, firstLine);
}

ManifestParser::ManifestParser(ParseLimits limits)
    : m_limits(limits)
{
}

QByteArray ManifestParser::gitBlobId(const QByteArray& content)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QByteArray header = QByteArray("blob ") + QByteArray::number(content.size());
    hash.addData(header);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(content);
    return hash.result().toHex();
}

ParsedFile ManifestParser::parse(const QString& relativePath, const QByteArray& content) const
{
    ParsedFile file;
    file.path = relativePath;
    file.blobId = gitBlobId(content);

    if (content.size() > m_limits.maxFileBytes) {
        file.errors.push_back(
            {QCoreApplication::translate("ManifestParser", "file is %1 MB, larger than the %2 MB limit")
                 .arg(double(content.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                 .arg(m_limits.maxFileBytes / (1024 * 1024)),
             {relativePath, 0, 0},
             QStringLiteral("limit.size")});
        return file;
    }
    if (looksBinary(content)) {
        file.errors.push_back(
            {QCoreApplication::translate("ManifestParser", "binary file: not UTF-8 text, so not a YAML manifest"),
             {relativePath, 0, 0},
             QStringLiteral("input.binary")});
        return file;
    }

    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    int index = 0;
    for (DocumentSlice& slice : splitDocuments(text)) {
        if (!hasContent(slice.text))
            continue;
        const int lineOffset = slice.firstLine - 1;
        YAML::Node node;
        try {
            node = YAML::Load(slice.text.toStdString());
        } catch (const YAML::Exception& e) {
            const int line = e.mark.is_null() ? slice.firstLine : lineOffset + e.mark.line + 1;
            const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
            file.errors.push_back({QCoreApplication::translate("ManifestParser", "YAML syntax error: %1")
                                       .arg(QString::fromStdString(e.msg)),
                                   {relativePath, line, column},
                                   QStringLiteral("yaml.syntax")});
            ++index;
            continue;
        }
        if (node.IsNull()) {
            ++index;
            continue;
        }
        TreeGuard guard(m_limits);
        if (auto problem = guard.check(node)) {
            file.errors.push_back({QCoreApplication::translate("ManifestParser", "document refused: %1").arg(*problem),
                                   {relativePath, slice.firstLine, 1},
                                   QStringLiteral("limit.structure")});
            ++index;
            continue;
        }

        ManifestDocument doc;
        doc.index = index++;
        doc.firstLine = slice.firstLine;
        doc.endLine = slice.lastLine;
        const YAML::Mark mark = node.Mark();
        doc.location = {relativePath, mark.is_null() ? slice.firstLine : lineOffset + mark.line + 1,
                        mark.is_null() ? 1 : mark.column + 1};
        doc.text = QString::fromUtf8(slice.text);
        if (node.IsMap()) {
            const QString apiVersion = yaml::scalar(node, "apiVersion");
            const QString kind = yaml::scalar(node, "kind");
            const YAML::Node metadata = yaml::child(node, "metadata");
            if (!apiVersion.isEmpty() && !kind.isEmpty()) {
                doc.id = ObjectId::fromApiVersion(apiVersion, kind, yaml::scalar(metadata, "namespace"),
                                                  yaml::scalar(metadata, "name"));
            }
        }
        doc.node = std::move(node);
        file.documents.push_back(std::move(doc));
    }
    return file;
}

} // namespace fleetdesk
