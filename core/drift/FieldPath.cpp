#include "FieldPath.h"

namespace fleetdesk::FieldPath {

QString fieldStep(const QString& name)
{
    static const QString special = QStringLiteral(".[]=\" ");
    bool plain = !name.isEmpty();
    for (const QChar c : name) {
        if (special.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return QLatin1Char('.') + name;
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QStringList split(const QString& path)
{
    QStringList steps;
    int i = 0;
    const int n = int(path.size());
    while (i < n) {
        const int start = i;
        if (path.at(i) == QLatin1Char('.')) {
            ++i;
            while (i < n && path.at(i) != QLatin1Char('.') && path.at(i) != QLatin1Char('['))
                ++i;
        } else if (path.at(i) == QLatin1Char('[')) {
            bool quoted = false;
            ++i;
            while (i < n) {
                const QChar c = path.at(i);
                if (quoted && c == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (!quoted && c == QLatin1Char(']'))
                    break;
                ++i;
            }
            ++i;
        } else {
            ++i;
        }
        steps.append(path.mid(start, i - start));
    }
    return steps;
}

} // namespace fleetdesk::FieldPath
