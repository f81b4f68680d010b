#include "Error.h"

namespace fleetdesk {

QString SourceLocation::toString() const
{
    if (file.isEmpty())
        return {};
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString Error::toString() const
{
    const QString location = where.toString();
    return location.isEmpty() ? message : QStringLiteral("%1: %2").arg(location, message);
}

} // namespace fleetdesk
