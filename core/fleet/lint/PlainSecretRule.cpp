#include "PlainSecretRule.h"

#include "manifest/YamlAccess.h"

namespace fleetdesk {

QString PlainSecretRule::id() const
{
    return QStringLiteral("plain-secret");
}

Severity PlainSecretRule::severity() const
{
    return Severity::Error;
}

QString PlainSecretRule::title() const
{
    return tr("Unencrypted Secret in Git");
}

QString PlainSecretRule::description() const
{
    return tr("A `kind: Secret` without SOPS metadata is stored in Git in clear text (base64 is not encryption). "
              "Everyone who can read the repository, and every clone and backup of it, holds the secret.");
}

QString PlainSecretRule::hint() const
{
    return tr("Encrypt the Secret with SOPS (sops --encrypt --encrypted-regex '^(data|stringData)$' --in-place) and "
              "enable decryption on the Kustomization, or use a SealedSecret or an external secret store; then "
              "rotate the exposed values.");
}

void PlainSecretRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const RepositoryContent* repository : repositories(fleet)) {
        repository->forEachDocumentUnder(QString(), [&](const ParsedFile&, const ManifestDocument& document) {
            if (document.id.kind != QLatin1String("Secret") || !document.id.group.isEmpty()
                || document.id.version != QLatin1String("v1"))
                return;
            if (yaml::child(document.node, "sops").IsDefined())
                return;
            // Point at the secret values themselves when there are any.
            SourceLocation where = keyLocation(document, document.node, "data");
            if (where == document.location)
                where = keyLocation(document, document.node, "stringData");
            out.push_back(makeIssue(repository, document,
                                    tr("%1 is a plain Secret without SOPS metadata: its values are in Git "
                                       "unencrypted")
                                        .arg(document.id.displayName()),
                                    where));
        });
    }
}

} // namespace fleetdesk
