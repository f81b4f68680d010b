#pragma once

#include "git/GitChanges.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace fleetdesk {

class GitWorker;

/// Answers what a GitWorker operation could not do without the user, from the GUI thread and without blocking it:
/// an unknown SSH host key (HostKeyDialog: trust once, trust always, refuse), a changed host key (refused, with an
/// explanation), an SSH key passphrase or HTTPS username and token (SecretPromptDialog, optionally remembered in
/// the keychain). Dialogs are opened window-modal with open(), never exec(); the answer goes to the worker with a
/// queued call and the operation (push, pull, or the push of a commit-and-push) is sent again.
class GitPromptHandler : public QObject
{
    Q_OBJECT

public:
    GitPromptHandler(GitWorker* worker, QWidget* dialogParent, bool keychainAvailable, QObject* parent = nullptr);

    /// The dialog on screen, if any.
    QDialog* currentDialog() const { return m_dialog; }

public Q_SLOTS:
    void handleResult(const fleetdesk::GitOperationResult& result);

Q_SIGNALS:
    void dialogShown(QDialog* dialog);
    /// The operation was sent again after the user answered.
    void retried(const QString& operation, const QString& repository);

private:
    void show(QDialog* dialog);
    void retry(const GitOperationResult& result);

    GitWorker* m_worker;
    QWidget* m_parent;
    bool m_keychainAvailable;
    QPointer<QDialog> m_dialog;
};

} // namespace fleetdesk
