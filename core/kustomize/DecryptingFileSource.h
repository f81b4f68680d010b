#pragma once

#include "common/Error.h"
#include "kustomize/KustomizeRenderer.h"
#include "sops/AgeIdentity.h"
#include "sops/SecureBuffer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace fleetdesk {

/// What kustomize-controller (internal/decryptor, v1.9) decrypts for a Kustomization with spec.decryption provider
/// sops, done in memory over a RenderFileSource:
/// - decryptSources() is DecryptSources: from spec.path it follows the kustomization files (resources and components,
///   recursively) and decrypts every secretGenerator `files` source (format from the extension of its key: .yaml/.yml,
///   .json, .env, .ini, a key ending in .dockerconfigjson is JSON, anything else the binary store), every
///   secretGenerator `envs` file (by extension, dotenv otherwise) and every patches[].path (by extension) whose bytes
///   carry that format's SOPS marker ("mac: ENC[", "\"mac\": \"ENC[", "sops_mac=ENC[", "[sops]"). The plaintext is
///   what sops writes for the same format (for INI, go-ini's layout), so the generated Secret is the controller's.
///   Files over 5 MiB are refused, as the controller refuses them. configMapGenerator sources are not decrypted
///   (neither does the controller).
/// - decryptSecretData() is DecryptResource for a Secret that is not itself a SOPS file: every data value that holds
///   a whole SOPS file (by its marker) is decrypted and written in the format of the data key's extension.
/// Unlike the controller, the MAC is verified: a file whose MAC fails is an error, never rendered.
///
/// Decrypted files are served by read() from wiped buffers; they have no contentKey (so no renderer cache shared
/// across builds keeps them) and materialize() refuses once anything was decrypted, so that no plaintext is written
/// to disk for the kustomize binary. The renderer's own copies of what it read live as long as that renderer.
class DecryptingFileSource : public RenderFileSource
{
    Q_DECLARE_TR_FUNCTIONS(DecryptingFileSource)
public:
    /// kustomize-controller's maxEncryptedFileSize.
    static constexpr qint64 MaxFileSize = 5 << 20;

    /// sops's formats as the controller picks them.
    enum class Format { Binary, Dotenv, Ini, Json, Yaml };

    /// `keyError` says why `identities` is empty (e.g. the decryption Secret could not be read); it becomes the
    /// error of a build that needs a key.
    DecryptingFileSource(const RenderFileSource& inner, QList<AgeIdentity> identities, QString keyError = {});

    /// DecryptSources from `directory` (repository-relative); `topKustomization` replaces the kustomization file of
    /// `directory` (Flux's generated or amended kustomization.yaml). Directories and files that cannot be read are
    /// left to the renderer, which reports them.
    Result<void> decryptSources(const QString& directory, const std::optional<QByteArray>& topKustomization);
    /// DecryptResource for one rendered object (a no-op unless it is a Secret whose data holds SOPS files).
    Result<void> decryptSecretData(QJsonObject& object) const;
    /// The repository-relative paths that were decrypted, sorted.
    QStringList decryptedFiles() const;

    bool isDirectory(const QString& path) const override;
    bool isFile(const QString& path) const override;
    QStringList entries(const QString& path) const override;
    Result<QByteArray> read(const QString& path) const override;
    Result<QString> materialize() const override;
    QByteArray contentKey(const QString& path) const override;

private:
    static Format formatForPath(const QString& path);
    static QByteArrayView marker(Format format);

    Result<void> visitDirectory(const QString& directory, const std::optional<QByteArray>& override, bool top);
    Result<void> decryptFile(const QString& path, Format format);
    Result<SecureBuffer> decrypt(QByteArrayView data, Format input, Format output, const QString& what) const;

    const RenderFileSource& m_inner;
    QList<AgeIdentity> m_identities;
    QString m_keyError;
    QHash<QString, SecureBuffer> m_plain;
    QSet<QString> m_visitedDirectories;
};

} // namespace fleetdesk
