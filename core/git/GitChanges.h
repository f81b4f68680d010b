#pragma once

#include "git/GitDiff.h"
#include "git/GitRemoteCallbacks.h"
#include "git/GitStatus.h"

#include <QMetaType>
#include <QString>

namespace fleetdesk {

/// Everything the changes panel shows for one repository, computed on the engine thread and handed to the GUI as
/// one value: the status, the unstaged and staged diffs, and the commit message template (commit.template).
struct GitChanges
{
    QString repository; ///< the work tree path, as the worker was given it
    GitStatus status;
    QList<GitFileDiff> unstaged;
    QList<GitFileDiff> staged;
    QString commitTemplate;
};

/// The outcome of one GitWorker request. `errorCode` is empty on success; it tells the UI what to ask for before a
/// retry ("git.credentials.required", "ssh.hostkey.unknown", ...).
struct GitOperationResult
{
    QString repository;
    QString operation; ///< "stage", "commit", "push", ...
    QString errorCode;
    QString message;     ///< what happened, for the user (never holds credentials)
    QStringList conflictedFiles;
    bool hostKeyPending = false; ///< with "ssh.hostkey.unknown": `hostKey*` describe the key to confirm
    QString hostKeyName;
    QString hostKeyType;
    QString hostKeyFingerprint;
    QString secretPrompt;  ///< with "git.credentials.required" from the OpenSSH client: what it asked
    QString credentialUrl; ///< with "git.credentials.*" over HTTPS: the URL (without credentials) to answer for
    /// With "commit.check.failed" / "commit.check.warnings": the findings on the staged content, one
    /// "file:line rule: message" each (StagedCheckFinding::toString).
    QStringList checkFindings;

    bool ok() const { return errorCode.isEmpty(); }
};

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::GitChanges)
Q_DECLARE_METATYPE(fleetdesk::GitOperationResult)
Q_DECLARE_METATYPE(fleetdesk::GitDiffHunk)
Q_DECLARE_METATYPE(fleetdesk::GitTransferProgress)
