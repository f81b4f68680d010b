#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace fleetdesk {

/// Asks for what a Git remote needs: an SSH key passphrase (the OpenSSH client's prompt is shown), or an HTTPS
/// username and token for a URL (shown without credentials). "Remember in the keychain" stores the answer in the
/// OS keychain (only offered when there is one). Non-blocking: open() it and read the answer when finished().
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Passphrase, UsernameAndToken };

    SecretPromptDialog(Kind kind, const QString& promptOrUrl, bool keychainAvailable, QWidget* parent = nullptr);
    ~SecretPromptDialog() override;

    Kind kind() const { return m_kind; }
    QString username() const;
    /// The passphrase or token. Read it once; the field is cleared when the dialog is destroyed.
    QString secret() const;
    bool remember() const;

private:
    Kind m_kind;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace fleetdesk
