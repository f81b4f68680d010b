#pragma once

#include <QString>

#include <expected>

namespace fleetdesk {

/// Where something is in a repository: a file relative to the repository root, with 1-based line and column.
/// A line of 0 means "the whole file".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    QString toString() const;
    bool operator==(const SourceLocation&) const = default;
};

/// The error type of core. It says what failed and where: a file position, an API object or a library code.
struct Error
{
    QString message;
    SourceLocation where;
    /// A short machine-readable class, for example "yaml.syntax", "limit.size", "git.-3".
    QString code;

    QString toString() const;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(QString message, SourceLocation where = {}, QString code = {})
{
    return std::unexpected<Error>(Error{std::move(message), std::move(where), std::move(code)});
}

} // namespace fleetdesk
