#include "SopsDecryptionRule.h"

#include "manifest/YamlAccess.h"

#include <QSet>

namespace fleetdesk {

QString SopsDecryptionRule::id() const
{
    return QStringLiteral("sops-decryption");
}

Severity SopsDecryptionRule::severity() const
{
    return Severity::Error;
}

QString SopsDecryptionRule::title() const
{
    return tr("SOPS files without decryption");
}

QString SopsDecryptionRule::description() const
{
    return tr("kustomize-controller decrypts SOPS-encrypted manifests only when the Kustomization has "
              "spec.decryption with provider sops and a secretRef naming the Secret that holds the private key. "
              "Without it the ciphertext is applied as it is (or the apply fails). Flux reads that Secret from the "
              "Kustomization's own namespace: a tenant Kustomization that names a Secret in another namespace asks "
              "for a key it must not have.");
}

QString SopsDecryptionRule::hint() const
{
    return tr("Add spec.decryption: {provider: sops, secretRef: {name: sops-age}} to the Kustomization, with the "
              "sops-age Secret (key age.agekey) in the Kustomization's own namespace.");
}

void SopsDecryptionRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    for (const FluxObject& object : fleet.objects) {
        if (!isKustomization(object) || !object.document)
            continue;
        const ManifestDocument& document = *object.document;
        const YAML::Node decryption = yaml::at(document.node, {"spec", "decryption"});
        const QString ns = object.effectiveNamespace();

        if (isTenant(object) && decryption.IsMap()) {
            const YAML::Node secretRef = yaml::child(decryption, "secretRef");
            const QString refNamespace = yaml::scalar(secretRef, "namespace");
            if (!refNamespace.isEmpty() && refNamespace != ns) {
                out.push_back(makeIssue(object,
                                        tr("tenant %1 names its decryption Secret %2 in namespace %3; Flux reads it "
                                           "from the Kustomization's own namespace %4 only")
                                            .arg(object.id.displayName(), yaml::scalar(secretRef, "name"),
                                                 refNamespace, ns),
                                        keyLocation(document, secretRef, "namespace")));
            }
        }

        // The SOPS-encrypted files the path applies, in order, each once.
        QStringList files;
        QSet<const ParsedFile*> seen;
        for (const AppliedDocument& applied : object.applied) {
            if (!applied.document || !applied.file || seen.contains(applied.file))
                continue;
            if (!yaml::child(applied.document->node, "sops").IsMap())
                continue;
            seen.insert(applied.file);
            files.append(applied.document->location.file);
        }
        if (files.isEmpty())
            continue;
        const bool sops = decryption.IsMap() && yaml::scalar(decryption, "provider") == QLatin1String("sops");
        const bool secretRef = !yaml::scalar(yaml::child(decryption, "secretRef"), "name").isEmpty();
        if (sops && secretRef)
            continue;
        QString what = files.first();
        if (files.size() > 1)
            what = files.size() == 2 ? tr("%1 and 1 more file").arg(files.first())
                                     : tr("%1 and %2 more files").arg(files.first()).arg(files.size() - 1);
        QString message;
        if (!decryption.IsMap())
            message = tr("%1 applies SOPS-encrypted %2 but has no spec.decryption: the ciphertext would be applied")
                          .arg(object.id.displayName(), what);
        else if (!sops)
            message = tr("%1 applies SOPS-encrypted %2 but spec.decryption.provider is not sops")
                          .arg(object.id.displayName(), what);
        else
            message = tr("%1 applies SOPS-encrypted %2 but spec.decryption has no secretRef with the age key")
                          .arg(object.id.displayName(), what);
        const SourceLocation where = decryption.IsMap() ? keyLocationAt(document, {"spec"}, "decryption")
                                                        : keyLocation(document, document.node, "spec");
        out.push_back(makeIssue(object, message, where));
    }
}

} // namespace fleetdesk
