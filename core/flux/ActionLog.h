#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fleetdesk {

/// One recorded action on one object.
struct ActionLogEntry
{
    QDateTime when;
    QString user;    ///< the Kubernetes user of the context
    QString context; ///< the kubeconfig context
    QString cluster; ///< the fleet's cluster name
    QString action;  ///< "suspend", "resume", "reconcile", "reconcile --with-source"
    QString target;  ///< "Kustomization/ns/name"
    bool ok = false;
    QString result; ///< the message

    bool operator==(const ActionLogEntry&) const = default;
};

/// The local, append-only log of actions (JSON lines): who, when, what, and the result. Entries are only ever
/// appended; export writes a copy as JSON or CSV.
class ActionLog
{
public:
    /// `file` empty means the default under the user's data folder.
    explicit ActionLog(QString file = {});

    QString fileName() const { return m_file; }
    Result<void> append(const ActionLogEntry& entry) const;
    /// Every entry, oldest first; lines that can't be read are skipped.
    QList<ActionLogEntry> entries() const;
    /// Writes every entry to `path` as a JSON array ("json") or CSV ("csv").
    Result<void> exportTo(const QString& path, const QString& format) const;

private:
    QString m_file;
};

} // namespace fleetdesk
