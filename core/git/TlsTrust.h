#pragma once

#include "common/Error.h"
#include "git/GitUrlConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace fleetdesk {

/// The certificate authorities an HTTPS operation trusts: the system's, plus the custom ones for its URL.
///
/// The custom ones are the PEM file in GIT_SSL_CAINFO, else in the git config's `http.<url>.sslCAInfo` (matched as git
/// matches it, see GitUrlConfig) or `http.sslCAInfo`; the folder of PEM files in GIT_SSL_CAPATH, else
/// `http.<url>.sslCAPath` or `http.sslCAPath`; and the files given to addProcessAuthorities(). Unlike git with
/// OpenSSL, which then trusts only those, the system's authorities stay trusted.
///
/// libgit2 1.5 on Debian checks certificates with mbedTLS against the system bundle it loaded for the whole process;
/// GIT_OPT_SET_SSL_CERT_LOCATIONS would replace that bundle for every thread at once (and free it under a running
/// handshake). So Fleetdesk leaves libgit2's store alone: when libgit2 finds a certificate not valid, the operation's
/// certificate check verifies the server's certificate again with OpenSSL, against the system's and these
/// authorities, and the host name. libgit2 hands over only the server's own certificate, so an intermediate
/// certificate must be in the custom file or folder too.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    /// The authorities for `url`, from the environment and the config `entries` (the http.* variables).
    static TlsTrust forUrl(const QList<GitUrlConfig::Entry>& entries, const QString& url);
    /// Trusts the PEM file `file` for every later HTTPS operation of this process, besides the system's and git
    /// config's authorities.
    static void addProcessAuthorities(const QString& file);

    QStringList files() const { return m_files; }
    QStringList folders() const { return m_folders; }

    /// Verifies the server certificate `der` (DER) for `host` (a name or an IP address) against the system's and
    /// these authorities. Error codes: "tls.certificate.untrusted", "tls.certificate.namemismatch",
    /// "tls.certificate.invalid" (unreadable), "tls.ca.unreadable" (a custom file that holds no certificate).
    Result<void> verify(const QByteArray& der, const QString& host) const;

private:
    QStringList m_files;
    QStringList m_folders;
};

} // namespace fleetdesk
