#include "GitPromptHandler.h"

#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretPromptDialog.h"
#include "git/GitWorker.h"

namespace fleetdesk {

GitPromptHandler::GitPromptHandler(GitWorker* worker, QWidget* dialogParent, bool keychainAvailable, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_parent(dialogParent)
    , m_keychainAvailable(keychainAvailable)
{
}

void GitPromptHandler::handleResult(const GitOperationResult& result)
{
    if (result.ok() || m_dialog)
        return;
    GitWorker* worker = m_worker;
    if (result.errorCode == QLatin1String("ssh.hostkey.unknown") && result.hostKeyPending) {
        auto* dialog = new HostKeyDialog(HostKeyDialog::Situation::UnknownHost, result.hostKeyName,
                                         result.hostKeyType, result.hostKeyFingerprint, result.message, m_parent);
        connect(dialog, &QDialog::finished, this, [this, dialog, worker, result] {
            const HostKeyDialog::Decision decision = dialog->decision();
            if (decision == HostKeyDialog::Decision::Refuse)
                return;
            const bool remember = decision == HostKeyDialog::Decision::TrustAlways;
            const QString fingerprint = result.hostKeyFingerprint;
            QMetaObject::invokeMethod(
                worker, [worker, fingerprint, remember] { worker->approveHostKey(fingerprint, remember); },
                Qt::QueuedConnection);
            retry(result);
        });
        show(dialog);
    } else if (result.errorCode == QLatin1String("ssh.hostkey.changed")) {
        show(new HostKeyDialog(HostKeyDialog::Situation::ChangedKey, result.hostKeyName, result.hostKeyType,
                               result.hostKeyFingerprint, result.message, m_parent));
    } else if (result.errorCode == QLatin1String("git.credentials.required")) {
        const bool passphrase = !result.secretPrompt.isEmpty();
        if (!passphrase && result.credentialUrl.isEmpty())
            return;
        auto* dialog = new SecretPromptDialog(passphrase ? SecretPromptDialog::Kind::Passphrase
                                                         : SecretPromptDialog::Kind::UsernameAndToken,
                                              passphrase ? result.secretPrompt : result.credentialUrl,
                                              m_keychainAvailable, m_parent);
        connect(dialog, &QDialog::accepted, this, [this, dialog, worker, result, passphrase] {
            const QString secret = dialog->secret();
            const QString username = dialog->username();
            const bool remember = dialog->remember();
            if (passphrase)
                QMetaObject::invokeMethod(
                    worker,
                    [worker, prompt = result.secretPrompt, secret, remember] {
                        worker->provideSecret(prompt, secret, remember);
                    },
                    Qt::QueuedConnection);
            else
                QMetaObject::invokeMethod(
                    worker,
                    [worker, url = result.credentialUrl, username, secret, remember] {
                        worker->provideCredential(url, username, secret, remember);
                    },
                    Qt::QueuedConnection);
            retry(result);
        });
        show(dialog);
    }
}

void GitPromptHandler::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void GitPromptHandler::retry(const GitOperationResult& result)
{
    GitWorker* worker = m_worker;
    const QString repository = result.repository;
    // A commit-and-push that stopped at the push has committed: what is left is the push.
    if (result.operation == QLatin1String("push") || result.operation == QLatin1String("commit-and-push"))
        QMetaObject::invokeMethod(worker, [worker, repository] { worker->push(repository); }, Qt::QueuedConnection);
    else if (result.operation == QLatin1String("pull"))
        QMetaObject::invokeMethod(worker, [worker, repository] { worker->pull(repository); }, Qt::QueuedConnection);
    else
        return;
    Q_EMIT retried(result.operation == QLatin1String("pull") ? result.operation : QStringLiteral("push"), repository);
}

} // namespace fleetdesk
