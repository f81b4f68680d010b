#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fleetdesk {

/// What the user's git config says about signing commits: commit.gpgsign, gpg.format, user.signingkey and the
/// program for the format (gpg.program, gpg.ssh.program).
struct GitSigningConfig
{
    bool sign = false;
    QString format = QStringLiteral("openpgp"); ///< "openpgp", "ssh" or "x509"
    QString signingKey;                          ///< a key id (openpgp), a key file or "key::<public key>" (ssh)
    QString program;                             ///< empty: "gpg" or "ssh-keygen"
    QString committer;                           ///< "Name <email>", the openpgp key when signingKey is empty
};

/// Signs commit objects the way git does: OpenPGP with `gpg --status-fd=2 -bsau KEY`, SSH with
/// `ssh-keygen -Y sign -n git -f KEY`. A format or setup it cannot serve is an error with the code
/// "git.signing.unsupported", so a commit that should be signed is never written unsigned.
class GitCommitSigner
{
    Q_DECLARE_TR_FUNCTIONS(GitCommitSigner)

public:
    /// The armored signature of `commitContent` (the bytes of a commit object without a signature).
    static Result<QByteArray> sign(const GitSigningConfig& config, const QByteArray& commitContent);

private:
    static Result<QByteArray> signWithGpg(const GitSigningConfig& config, const QByteArray& commitContent);
    static Result<QByteArray> signWithSsh(const GitSigningConfig& config, const QByteArray& commitContent);
};

} // namespace fleetdesk
