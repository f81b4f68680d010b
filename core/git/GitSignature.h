#pragma once

#include <QDateTime>
#include <QString>

namespace fleetdesk {

/// Who made a commit and when: name, email and a time with its UTC offset (as QDateTime carries it).
struct GitSignature
{
    QString name;
    QString email;
    QDateTime when;

    bool operator==(const GitSignature&) const = default;
};

} // namespace fleetdesk
