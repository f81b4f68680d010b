#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace fleetdesk {

/// Asks whether to trust an SSH host key that is not in known_hosts (Trust Once, Trust Always, Refuse), or explains
/// that a host's key changed and the connection was refused (only Close: a changed key is never trusted from here).
/// Non-blocking: open() it and read decision() when finished() is emitted.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Refuse, TrustOnce, TrustAlways };
    enum class Situation { UnknownHost, ChangedKey };

    HostKeyDialog(Situation situation, const QString& host, const QString& keyType, const QString& fingerprint,
                  const QString& details, QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    Situation situation() const { return m_situation; }
    QString fingerprint() const { return m_fingerprint; }

private:
    void decide(Decision decision);

    Situation m_situation;
    QString m_fingerprint;
    Decision m_decision = Decision::Refuse;
};

} // namespace fleetdesk
