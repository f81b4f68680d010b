#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fleetdesk {

/// An SSH host key as a server presented it: the host and port it was reached at, its type ("ssh-ed25519") and
/// the key blob in SSH wire format.
struct SshHostKey
{
    QString host;
    int port = 22;
    QString type;
    QByteArray blob;
    /// The fingerprint when only that is known (the OpenSSH client shows no key blob in its prompt).
    QString fingerprint;

    /// "SHA256:<unpadded base64>", as `ssh-keygen -l` and OpenSSH prompts show it.
    QString sha256Fingerprint() const;
    /// "host", or "[host]:port" for a port other than 22: the name known_hosts files use.
    QString knownHostsName() const;
};

/// Checks SSH host keys against an OpenSSH known_hosts file: plain and hashed ("|1|salt|hash") host names, wildcard
/// and negated patterns, "[host]:port" names and @revoked markers. It fails closed: a key that is not known is
/// Unknown (the user decides) and a different key of the same type, or a revoked one, is Changed (refused).
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    enum class Verdict {
        Known,   ///< the file lists this key for this host
        Unknown, ///< the file lists no key of this type for this host
        Changed, ///< the file lists another key of this type for this host, or revokes this one
    };
    struct Check
    {
        Verdict verdict = Verdict::Unknown;
        int line = 0; ///< the line of the matching (or conflicting) entry, 1-based
    };

    /// Looks `key` up in `file`. A missing file knows no host.
    static Result<Check> check(const QString& file, const SshHostKey& key);
    /// Appends `key` to `file` (creating it and its folder), with the host name hashed as OpenSSH's
    /// HashKnownHosts does.
    static Result<void> add(const QString& file, const SshHostKey& key);
    /// Appends known_hosts `lines` (as ssh wrote them) to `file`, creating it and its folder, on a new line.
    static Result<void> appendLines(const QString& file, const QByteArray& lines);
    /// The user's ~/.ssh/known_hosts.
    static QString defaultFile();
    /// The type name at the start of an SSH wire-format key blob, or empty.
    static QString typeOfBlob(const QByteArray& blob);
    /// The refusal for a Changed verdict: names the host, the file and line and the new fingerprint.
    static Error changedKeyError(const QString& file, const SshHostKey& key, int line);

private:
    static bool hostMatches(const QString& patterns, const QString& name);
};

} // namespace fleetdesk
