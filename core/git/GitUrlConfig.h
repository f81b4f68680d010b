#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace fleetdesk {

/// git's rules for URL-specific config variables such as `http.<url>.sslCAInfo` (git help config, "http.<url>.*"):
/// the scheme must be equal; the host must be equal, or match a pattern whose `*` stands for one dot-separated part
/// (`https://*.example.com`); the port must be equal (443 and 80 are the defaults of https and http); the pattern's
/// path must be a prefix of the URL's path at a '/' boundary; and a user name in the pattern must be the URL's. Of
/// the matching variables the one with the longer host, then the longer path, then a user name wins, and a later
/// variable wins a tie; `http.<key>` without a URL is the weakest match.
class GitUrlConfig
{
public:
    /// One config variable as libgit2 lists it: "http.https://git.example.test/fleet.sslcainfo" (section and key in
    /// lower case, the URL as written).
    struct Entry
    {
        QString name;
        QString value;
    };

    /// How well a pattern matches a URL; a greater Match wins.
    struct Match
    {
        int hostLength = 0; ///< the length of the pattern's host
        int pathLength = 0; ///< the length of the matched path, with its final '/'
        bool userMatched = false;
        auto operator<=>(const Match&) const = default;
    };

    /// How `pattern` (from a variable name) matches `url`, or nothing when it does not.
    static std::optional<Match> match(const QString& pattern, const QString& url);
    /// The value of `section.<url>.key` or `section.key` that applies to `url`. `entries` come in git's order
    /// (system, global, local config; each in file order), so that the later of two equal matches wins.
    static std::optional<QString> value(const QList<Entry>& entries, const QString& section, const QString& key,
                                        const QString& url);
};

} // namespace fleetdesk
