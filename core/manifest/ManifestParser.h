#pragma once

#include "manifest/ManifestDocument.h"

namespace fleetdesk {

/// Limits that keep hostile or broken input from taking the process down.
struct ParseLimits
{
    qint64 maxFileBytes = 8 * 1024 * 1024;
    int maxDepth = 64;
    /// Nodes visited per document, counting every alias expansion: stops "billion laughs".
    qint64 maxNodes = 200000;
};

/// Splits a YAML file into documents and parses each one. Never throws: every problem becomes an Error with the
/// file, line and column, and the other documents of the file are still returned.
class ManifestParser
{
public:
    explicit ManifestParser(ParseLimits limits = {});

    ParsedFile parse(const QString& relativePath, const QByteArray& content) const;

    /// The git blob id of the content (what `git hash-object` prints).
    static QByteArray gitBlobId(const QByteArray& content);

    const ParseLimits& limits() const { return m_limits; }

private:
    ParseLimits m_limits;
};

} // namespace fleetdesk
