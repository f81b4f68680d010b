#pragma once

#include "common/Error.h"
#include "manifest/ObjectId.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <memory>
#include <vector>

namespace fleetdesk {

/// One YAML document of a file, with its position and its parsed tree.
///
/// The YAML tree is only ever read on the thread that owns the repository (the engine thread, or the caller of
/// a headless load). What leaves that thread is copied out into plain values (see FleetNode).
struct ManifestDocument
{
    SourceLocation location; ///< where the document's content starts (1-based)
    int index = 0;           ///< 0-based position of the document in its file
    int firstLine = 0;       ///< first line of `text` in the file (1-based)
    int endLine = 0;         ///< last line of the document (1-based, inclusive)
    QString text;            ///< the document's own YAML text, as written
    YAML::Node node;         ///< the parsed document
    ObjectId id;             ///< empty kind when the document is not a Kubernetes object

    bool isObject() const { return id.isValid(); }
    /// The file position of a node of this document (a key's value, a list item).
    SourceLocation locate(const YAML::Node& node) const;
};

/// A file read from a repository: its documents, or why it was refused.
struct ParsedFile
{
    QString path;      ///< relative to the repository root, with '/' separators
    QByteArray blobId; ///< git blob id (hex SHA-1) of the content, the cache key
    std::vector<ManifestDocument> documents;
    std::vector<Error> errors; ///< refused documents, or the refused file
};

using ParsedFilePtr = std::shared_ptr<const ParsedFile>;

} // namespace fleetdesk
