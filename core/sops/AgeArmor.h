#pragma once

#include "common/Error.h"

#include <QByteArray>

namespace fleetdesk {

/// age's ASCII armor: strict PEM with the label "AGE ENCRYPTED FILE", padded base64 in 64-column lines.
class AgeArmor
{
public:
    static QByteArray armor(QByteArrayView binary);
    /// True when the data starts (after optional whitespace) with a PEM "-----BEGIN " line.
    static bool looksArmored(QByteArrayView data);
    /// Strict parsing: CRLF or LF, at most 1024 bytes of surrounding whitespace, no empty or long lines, no
    /// garbage, canonical padded base64. Errors carry the code "age.armor".
    static Result<QByteArray> dearmor(QByteArrayView text);
};

} // namespace fleetdesk
