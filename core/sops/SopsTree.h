#pragma once

#include "SecureBuffer.h"

#include <QString>

#include <vector>

namespace fleetdesk {

struct SopsEntry;

/// One node of a SOPS tree (sops.go's Tree): scalars carry their canonical plaintext bytes (the bytes SOPS
/// encrypts and feeds to the MAC: ints in decimal, floats in Go 'f' -1 form, bools as True/False, times as RFC 3339
/// with nanoseconds); comments carry the text after '#'. Encrypted values are plain String nodes holding "ENC[…]".
struct SopsNode
{
    enum class Kind : std::uint8_t { Null, String, Int, Float, Bool, Time, Comment, Mapping, Sequence };

    Kind kind = Kind::Null;
    SecureBuffer text;
    /// For comments: written after the value on the same line.
    bool inlineComment = false;
    /// Mapping entries or sequence items, in document order. Comments are entries of kind Comment.
    std::vector<SopsEntry> children;

    bool isScalar() const
    {
        return kind == Kind::String || kind == Kind::Int || kind == Kind::Float || kind == Kind::Bool
            || kind == Kind::Time;
    }
    bool isCollection() const { return kind == Kind::Mapping || kind == Kind::Sequence; }
    bool isComment() const { return kind == Kind::Comment; }

    // Defined after SopsEntry: building a node needs the complete entry type.
    static SopsNode scalar(Kind kind, SecureBuffer text);
    static SopsNode string(std::string_view text);
    static SopsNode comment(std::string_view text, bool isInline = false);
    static SopsNode mapping();
    static SopsNode sequence();

    /// The mapping value under `key`, or nullptr.
    const SopsNode* find(const QString& key) const;
    SopsNode* find(const QString& key);
    /// Appends a key (mapping) or an item (sequence).
    SopsNode& add(const QString& key, SopsNode value);
    SopsNode& add(SopsNode value);
    /// Structural equality (kinds, texts, keys, order; comments included when withComments).
    bool sameAs(const SopsNode& other, bool withComments) const;
};

/// A mapping entry (key + value) or a sequence item (value only). Comment entries have a Comment value.
struct SopsEntry
{
    QString key;
    SopsNode value;
};

inline SopsNode SopsNode::scalar(Kind kind, SecureBuffer text)
{
    SopsNode n;
    n.kind = kind;
    n.text = std::move(text);
    return n;
}

inline SopsNode SopsNode::string(std::string_view text)
{
    return scalar(Kind::String, SecureBuffer::fromString(text));
}

inline SopsNode SopsNode::comment(std::string_view text, bool isInline)
{
    SopsNode n = scalar(Kind::Comment, SecureBuffer::fromString(text));
    n.inlineComment = isInline;
    return n;
}

inline SopsNode SopsNode::mapping()
{
    SopsNode n;
    n.kind = Kind::Mapping;
    return n;
}

inline SopsNode SopsNode::sequence()
{
    SopsNode n;
    n.kind = Kind::Sequence;
    return n;
}

/// A whole file: one root per YAML document (JSON and dotenv have exactly one). Every root is a Mapping.
struct SopsTree
{
    std::vector<SopsNode> documents;
};

} // namespace fleetdesk
