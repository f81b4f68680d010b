#include "TlsTrust.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace fleetdesk {

namespace {

QMutex processAuthoritiesMutex;
QStringList& processAuthorities()
{
    static QStringList files;
    return files;
}

template<typename T, void (*FreeFunction)(T*)>
struct Freer
{
    void operator()(T* pointer) const { FreeFunction(pointer); }
};
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Freer<X509_STORE, X509_STORE_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, Freer<X509_STORE_CTX, X509_STORE_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;

/// "~/x" as git expands a path from the config.
QString expandedPath(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

/// Adds every PEM certificate in `pem` to `store`; the number added.
int addCertificates(X509_STORE* store, const QByteArray& pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int added = 0;
    while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        const X509Ptr certificate(raw);
        if (X509_STORE_add_cert(store, certificate.get()) == 1)
            ++added;
    }
    ERR_clear_error(); // the end of the input reads as an error
    return added;
}

/// The DNS names and IP addresses a certificate is for (its subjectAltName), for the mismatch message.
QStringList namesOf(X509* certificate)
{
    QStringList names;
    auto* general = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (general) {
        for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(general, i);
            if (name->type == GEN_DNS) {
                const ASN1_STRING* text = name->d.dNSName;
                names.append(QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                                 ASN1_STRING_length(text)));
            } else if (name->type == GEN_IPADD) {
                const ASN1_OCTET_STRING* bytes = name->d.iPAddress;
                const auto* data = ASN1_STRING_get0_data(bytes);
                if (ASN1_STRING_length(bytes) == 4)
                    names.append(QHostAddress(quint32(data[0]) << 24 | quint32(data[1]) << 16 | quint32(data[2]) << 8
                                              | data[3])
                                     .toString());
                else if (ASN1_STRING_length(bytes) == 16)
                    names.append(QHostAddress(data).toString());
            }
        }
        GENERAL_NAMES_free(general);
    }
    if (names.isEmpty()) {
        char common[256] = {};
        if (X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, common, sizeof common) > 0)
            names.append(QString::fromUtf8(common));
    }
    return names;
}

} // namespace

TlsTrust TlsTrust::forUrl(const QList<GitUrlConfig::Entry>& entries, const QString& url)
{
    TlsTrust trust;
    const QString fileVariable = qEnvironmentVariable("GIT_SSL_CAINFO");
    const QString file = !fileVariable.isEmpty()
        ? fileVariable
        : GitUrlConfig::value(entries, QStringLiteral("http"), QStringLiteral("sslCAInfo"), url).value_or(QString());
    if (!file.isEmpty())
        trust.m_files.append(expandedPath(file));
    const QString folderVariable = qEnvironmentVariable("GIT_SSL_CAPATH");
    const QString folder = !folderVariable.isEmpty()
        ? folderVariable
        : GitUrlConfig::value(entries, QStringLiteral("http"), QStringLiteral("sslCAPath"), url).value_or(QString());
    if (!folder.isEmpty())
        trust.m_folders.append(expandedPath(folder));
    const QMutexLocker locker(&processAuthoritiesMutex);
    for (const QString& extra : processAuthorities())
        if (!trust.m_files.contains(extra))
            trust.m_files.append(extra);
    return trust;
}

void TlsTrust::addProcessAuthorities(const QString& file)
{
    const QMutexLocker locker(&processAuthoritiesMutex);
    if (!processAuthorities().contains(file))
        processAuthorities().append(file);
}

Result<void> TlsTrust::verify(const QByteArray& der, const QString& host) const
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &bytes, long(der.size())));
    if (!certificate) {
        ERR_clear_error();
        return makeError(tr("The HTTPS server %1 sent a certificate that cannot be read").arg(host), {},
                         QStringLiteral("tls.certificate.invalid"));
    }
    const StorePtr store(X509_STORE_new());
    X509_STORE_set_default_paths(store.get()); // the system's: SSL_CERT_FILE / SSL_CERT_DIR, else /etc/ssl/certs
    ERR_clear_error();
    for (const QString& file : m_files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly) || addCertificates(store.get(), input.readAll()) == 0)
            return makeError(tr("The certificate authority file %1 (from GIT_SSL_CAINFO or the git config's "
                                "http.sslCAInfo) cannot be read or holds no PEM certificate")
                                 .arg(file),
                             {file}, QStringLiteral("tls.ca.unreadable"));
    }
    for (const QString& folder : m_folders) {
        const QDir directory(folder);
        if (!directory.exists())
            return makeError(tr("The certificate authority folder %1 (from GIT_SSL_CAPATH or the git config's "
                                "http.sslCAPath) does not exist")
                                 .arg(folder),
                             {folder}, QStringLiteral("tls.ca.unreadable"));
        for (const QString& name : directory.entryList(QDir::Files | QDir::Readable, QDir::Name)) {
            QFile input(directory.filePath(name));
            if (input.size() < (1 << 20) && input.open(QIODevice::ReadOnly))
                addCertificates(store.get(), input.readAll()); // a file without certificates is no error here
        }
    }

    const StoreContextPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        ERR_clear_error();
        return makeError(tr("cannot set up the certificate check for %1").arg(host), {},
                         QStringLiteral("tls.certificate.untrusted"));
    }
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER);
    QString name = host;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (QHostAddress address; address.setAddress(name))
        X509_VERIFY_PARAM_set1_ip_asc(parameters, name.toLatin1().constData());
    else
        X509_VERIFY_PARAM_set1_host(parameters, name.toUtf8().constData(), 0);
    const int verified = X509_verify_cert(context.get());
    const int error = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    if (verified == 1)
        return {};

    if (error == X509_V_ERR_HOSTNAME_MISMATCH || error == X509_V_ERR_IP_ADDRESS_MISMATCH)
        return makeError(tr("The HTTPS certificate of %1 is for another host: it names %2. Fleetdesk refuses the "
                            "connection.")
                             .arg(host, namesOf(certificate.get()).join(QLatin1String(", "))),
                         {}, QStringLiteral("tls.certificate.namemismatch"));
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
    QString message = tr("The HTTPS certificate of %1 is not trusted (%2). Fleetdesk refuses the connection.")
                          .arg(host, reason);
    if (m_files.isEmpty() && m_folders.isEmpty())
        message += QLatin1Char(' ')
            + tr("No certificate authority of this system signed it. If the server uses a private certificate "
                 "authority, name its PEM file in the git config's http.sslCAInfo (or http.<url>.sslCAInfo for this "
                 "server only), or in GIT_SSL_CAINFO.");
    else
        message += QLatin1Char(' ')
            + tr("It was checked against the system's certificate authorities and %1.")
                  .arg((m_files + m_folders).join(QLatin1String(", ")));
    return makeError(message, {}, QStringLiteral("tls.certificate.untrusted"));
}

} // namespace fleetdesk
