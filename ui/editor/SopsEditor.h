#pragma once

#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace fleetdesk {

class ManifestView;
class SecretStore;
class SopsEditSession;

/// Edits a SOPS-encrypted file in memory. Opening decrypts on a worker thread (identities from the places sops
/// looks, plus the keychain when one is given); a banner says that the text is decrypted in memory and for whom
/// it will be encrypted. Saving re-encrypts on a worker thread and replaces the file atomically; the plaintext is
/// never written anywhere (no temporary file, no backup, no autosave). "Copy Decrypted Value" puts the value at the
/// caret on the clipboard, marked as a secret for clipboard managers, and clears it after clipboardTimeout().
/// Failures (wrong key, missing identity, tampered MAC, invalid text) show in an error banner; the file is
/// unchanged.
class SopsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SopsEditor(QWidget* parent = nullptr);
    ~SopsEditor() override;

    /// Where identities come from; the system environment and no keychain unless set before openFile().
    void setIdentityEnvironment(const QProcessEnvironment& environment);
    void setKeychain(std::shared_ptr<SecretStore> keychain);
    /// How long a copied value stays on the clipboard (30 s by default).
    void setClipboardTimeout(int milliseconds);
    int clipboardTimeout() const { return m_clipboardTimeout; }

    /// When `path` is SOPS-encrypted, opens it in a new SopsEditor window (deleted on close, identities also
    /// from `keychain`) and returns true; false for any other file.
    static bool openIfEncrypted(const QString& path, QWidget* parent,
                                std::shared_ptr<SecretStore> keychain = nullptr);

    void openFile(const QString& path);
    void save();
    void copyValueAtCursor();

    QString filePath() const { return m_path; }
    bool isModified() const;
    ManifestView* textView() const { return m_text; }
    QString bannerText() const;
    QString errorText() const;

Q_SIGNALS:
    void opened();
    void openFailed(const QString& message);
    void saved();
    void saveFailed(const QString& message);
    void valueCopied();
    void clipboardCleared();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showError(const QString& message);
    void setBusy(bool busy);
    void clearClipboard();
    void wipeText();

    QString m_path;
    QProcessEnvironment m_environment;
    std::shared_ptr<SecretStore> m_keychain;
    std::shared_ptr<SopsEditSession> m_session;
    int m_clipboardTimeout = 30000;
    QByteArray m_copiedHash;
    QLabel* m_banner;
    QLabel* m_error;
    ManifestView* m_text;
    QPushButton* m_save;
    QPushButton* m_copy;
    QTimer* m_clipboardTimer;
};

} // namespace fleetdesk
