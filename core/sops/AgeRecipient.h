#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace fleetdesk {

/// An age X25519 recipient: the public key, written as Bech32 "age1…" (62 characters).
class AgeRecipient
{
public:
    AgeRecipient() = default;
    explicit AgeRecipient(QByteArray publicKey) : m_publicKey(std::move(publicKey)) {}

    /// Parses "age1…". Leading and trailing spaces are trimmed (sops trims recipients).
    static Result<AgeRecipient> parse(const QString& text);

    const QByteArray& publicKey() const { return m_publicKey; }
    QString toString() const;
    bool isValid() const { return m_publicKey.size() == 32; }
    bool operator==(const AgeRecipient& other) const { return m_publicKey == other.m_publicKey; }

private:
    QByteArray m_publicKey;
};

} // namespace fleetdesk
