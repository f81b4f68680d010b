#include "GitUrlConfig.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

namespace fleetdesk {

namespace {

/// A URL cut into the parts git compares, normalised as git's url_normalize does: scheme and host in lower case,
/// the default port dropped, '.' and '..' path segments resolved, %-escapes decoded, the path starting with '/'.
struct UrlParts
{
    QString scheme;
    bool hasUser = false;
    QString user;
    QString host;
    QString port;
    QString path;
};

QString decoded(const QString& text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

std::optional<UrlParts> parse(const QString& url)
{
    UrlParts parts;
    const int separator = int(url.indexOf(QLatin1String("://")));
    if (separator <= 0 || !url.at(0).isLetter())
        return std::nullopt;
    parts.scheme = url.left(separator).toLower();
    for (const QChar c : parts.scheme)
        if (!c.isLetterOrNumber() && c != QLatin1Char('+') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return std::nullopt;
    QString rest = url.mid(separator + 3);
    int end = int(rest.size());
    for (const QChar delimiter : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const int at = int(rest.indexOf(delimiter));
        if (at >= 0 && at < end)
            end = at;
    }
    QString authority = rest.left(end);
    QString path = rest.mid(end);
    const int query = int(path.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
    if (query >= 0)
        path.truncate(query);

    const int at = int(authority.indexOf(QLatin1Char('@')));
    if (at >= 0) {
        parts.hasUser = true;
        parts.user = decoded(authority.left(at).section(QLatin1Char(':'), 0, 0));
        authority = authority.mid(at + 1);
    }
    const int colon = int(authority.lastIndexOf(QLatin1Char(':')));
    const int bracket = int(authority.lastIndexOf(QLatin1Char(']')));
    if (colon > bracket) {
        parts.port = authority.mid(colon + 1);
        authority.truncate(colon);
        while (parts.port.size() > 1 && parts.port.startsWith(QLatin1Char('0')))
            parts.port.remove(0, 1);
        for (const QChar c : parts.port)
            if (!c.isDigit())
                return std::nullopt;
        if ((parts.scheme == QLatin1String("http") && parts.port == QLatin1String("80"))
            || (parts.scheme == QLatin1String("https") && parts.port == QLatin1String("443")))
            parts.port.clear();
    }
    parts.host = authority.toLower();
    if (parts.host.isEmpty() && parts.scheme != QLatin1String("file"))
        return std::nullopt;

    QStringList segments;
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        const QString name = decoded(segment);
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            if (segments.isEmpty())
                return std::nullopt; // git refuses a '..' above the root
            segments.removeLast();
            continue;
        }
        segments.append(name);
    }
    // "/a/b" splits into "", "a", "b"; keep a final empty segment (a trailing '/').
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    parts.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    return parts;
}

bool hostMatches(const QString& pattern, const QString& host)
{
    const QStringList patternParts = pattern.split(QLatin1Char('.'));
    const QStringList hostParts = host.split(QLatin1Char('.'));
    if (patternParts.size() != hostParts.size())
        return false;
    for (qsizetype i = 0; i < patternParts.size(); ++i)
        if (patternParts.at(i) != QLatin1String("*") && patternParts.at(i) != hostParts.at(i))
            return false;
    return true;
}

/// git's url_match_prefix: the length of the match, counting an implicit final '/', or 0.
int pathMatch(QString prefix, const QString& path)
{
    if (prefix.isEmpty() || prefix == QLatin1String("/"))
        return path.isEmpty() || path.startsWith(QLatin1Char('/')) ? 1 : 0;
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!path.startsWith(prefix))
        return 0;
    if (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/'))
        return int(prefix.size()) + 1;
    return 0;
}

} // namespace

std::optional<GitUrlConfig::Match> GitUrlConfig::match(const QString& pattern, const QString& url)
{
    const auto wanted = parse(pattern);
    const auto given = parse(url);
    if (!wanted || !given || wanted->scheme != given->scheme)
        return std::nullopt;
    Match result;
    if (wanted->hasUser) {
        if (!given->hasUser || wanted->user != given->user)
            return std::nullopt;
        result.userMatched = true;
    }
    if (!hostMatches(wanted->host, given->host) || wanted->port != given->port)
        return std::nullopt;
    result.pathLength = pathMatch(wanted->path, given->path);
    if (result.pathLength == 0)
        return std::nullopt;
    result.hostLength = int(wanted->host.size());
    return result;
}

std::optional<QString> GitUrlConfig::value(const QList<Entry>& entries, const QString& section, const QString& key,
                                           const QString& url)
{
    std::optional<QString> best;
    Match bestMatch;
    for (const Entry& entry : entries) {
        if (entry.name.size() <= section.size() || !entry.name.startsWith(section, Qt::CaseInsensitive)
            || entry.name.at(section.size()) != QLatin1Char('.'))
            continue;
        const QString rest = entry.name.mid(section.size() + 1);
        const int dot = int(rest.lastIndexOf(QLatin1Char('.')));
        Match found;
        if (dot >= 0) {
            const auto matched = match(rest.left(dot), url);
            if (!matched)
                continue;
            found = *matched;
        }
        if (rest.mid(dot + 1).compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (best && found < bestMatch)
            continue;
        best = entry.value;
        bestMatch = found;
    }
    return best;
}

} // namespace fleetdesk
