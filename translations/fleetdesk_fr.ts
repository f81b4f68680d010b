<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgeEncryption</name>
    <message>
        <source>age file larger than %1 bytes</source>
        <translation>fichier age de plus de %1 octets</translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>malformed age identity: %1</source>
        <translation>identité age mal formée : %1</translation>
    </message>
    <message>
        <source>not an age X25519 identity (prefix &quot;%1&quot;, expected &quot;AGE-SECRET-KEY-&quot; in upper case)</source>
        <translation>pas une identité age X25519 (préfixe « %1 », « AGE-SECRET-KEY- » en majuscules attendu)</translation>
    </message>
    <message>
        <source>age identity holds %1 bytes, not 32</source>
        <translation>l’identité age contient %1 octets, pas 32</translation>
    </message>
</context>
<context>
    <name>AgeKeyFile</name>
    <message>
        <source>%1: identity file larger than 16 MiB</source>
        <translation>%1 : fichier d’identité de plus de 16 Mio</translation>
    </message>
    <message>
        <source>%1: passphrase-protected identity files are not supported</source>
        <translation>%1 : les fichiers d’identité protégés par phrase secrète ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1 : UTF-8 non valide</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: no age identity found</source>
        <translation>%1 : aucune identité age trouvée</translation>
    </message>
</context>
<context>
    <name>AgeRecipient</name>
    <message>
        <source>malformed age recipient &quot;%1&quot;: %2</source>
        <translation>destinataire age « %1 » mal formé : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age X25519 recipient (prefix %2)</source>
        <translation>« %1 » n’est pas un destinataire age X25519 (préfixe %2)</translation>
    </message>
    <message>
        <source>age recipient &quot;%1&quot; holds %2 bytes, not 32</source>
        <translation>le destinataire age « %1 » contient %2 octets, pas 32</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks a platform repository (and the tenant repositories beside it) for tenant-isolation mistakes. Exits 1 when an error is found, 0 otherwise, 2 on bad usage.</source>
        <translation>Vérifie un dépôt de plateforme (et les dépôts de locataires à côté) à la recherche d’erreurs d’isolation des locataires. Se termine avec 1 si une erreur est trouvée, 0 sinon, 2 en cas de mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Output format: text, json or sarif.</source>
        <translation>Format de sortie : text, json ou sarif.</translation>
    </message>
    <message>
        <source>The platform repository to lint.</source>
        <translation>Le dépôt de plateforme à vérifier.</translation>
    </message>
    <message>
        <source>fleetdesk lint: expected exactly one PATH</source>
        <translation>fleetdesk lint : un seul PATH attendu</translation>
    </message>
    <message>
        <source>fleetdesk lint: unknown format &apos;%1&apos; (text, json, sarif)</source>
        <translation>fleetdesk lint : format « %1 » inconnu (text, json, sarif)</translation>
    </message>
    <message>
        <source>fleetdesk lint: %1 is not a folder</source>
        <translation>fleetdesk lint : %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>Writes a demo fleet as Git repositories: DIR/platform-flux and DIR/tenants/&lt;name&gt;.</source>
        <translation>Écrit une flotte de démonstration sous forme de dépôts Git : DIR/platform-flux et DIR/tenants/&lt;name&gt;.</translation>
    </message>
    <message>
        <source>Number of clusters (default 2).</source>
        <translation>Nombre de clusters (2 par défaut).</translation>
    </message>
    <message>
        <source>Number of tenants (default 3).</source>
        <translation>Nombre de locataires (3 par défaut).</translation>
    </message>
    <message>
        <source>Kustomizations per tenant and cluster (default 1).</source>
        <translation>Kustomizations par locataire et par cluster (1 par défaut).</translation>
    </message>
    <message>
        <source>Where to write the repositories.</source>
        <translation>Où écrire les dépôts.</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: expected exactly one DIR</source>
        <translation>fleetdesk generate-fleet : un seul DIR attendu</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: --%1 takes a number from 1 to 10000, not &apos;%2&apos;</source>
        <translation>fleetdesk generate-fleet : --%1 attend un nombre de 1 à 10000, pas « %2 »</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: %1</source>
        <translation>fleetdesk generate-fleet : %1</translation>
    </message>
    <message>
        <source>Wrote %1 clusters and %2 tenants (%3 files, %4 commits) to %5</source>
        <translation>%1 clusters et %2 locataires (%3 fichiers, %4 commits) écrits dans %5</translation>
    </message>
</context>
<context>
    <name>CrdDependencyRule</name>
    <message>
        <source>Custom resources applied without their CRDs first</source>
        <translation>Ressources personnalisées appliquées sans leurs CRD au préalable</translation>
    </message>
    <message>
        <source>When one Kustomization applies CustomResourceDefinitions together with custom resources of those definitions, or applies custom resources whose CRDs another Kustomization installs without depending on it, the first reconcile fails (no matches for kind) or races, and pruning the CRDs deletes every custom resource with them.</source>
        <translation>Quand une Kustomization applique des CustomResourceDefinitions avec des ressources personnalisées de ces définitions, ou applique des ressources personnalisées dont une autre Kustomization installe les CRD sans en dépendre, la première réconciliation échoue (« no matches for kind ») ou dépend du hasard, et le nettoyage des CRD supprime avec elles toutes les ressources personnalisées.</translation>
    </message>
    <message>
        <source>Put the CRDs in a Kustomization of their own and add it to the dependsOn list of the Kustomization that applies the custom resources.</source>
        <translation>Placez les CRD dans leur propre Kustomization et ajoutez-la à la liste dependsOn de la Kustomization qui applique les ressources personnalisées.</translation>
    </message>
    <message>
        <source>%1 applies the CRD for %2 together with %3, a custom resource of it</source>
        <translation>%1 applique la CRD de %2 en même temps que %3, une ressource personnalisée de celle-ci</translation>
    </message>
    <message>
        <source>%1 applies %2, whose CRD %3 installs, but does not depend on %3</source>
        <translation>%1 applique %2, dont la CRD est installée par %3, mais ne dépend pas de %3</translation>
    </message>
</context>
<context>
    <name>CrossNamespaceRefRule</name>
    <message>
        <source>Cross-namespace reference</source>
        <translation>Référence inter-espaces de noms</translation>
    </message>
    <message>
        <source>A sourceRef or dependsOn that names another namespace lets an object use a source or wait on an object it does not own. Multi-tenant Flux runs with --no-cross-namespace-refs, which refuses such references, so they either break isolation or fail to reconcile.</source>
        <translation>Un sourceRef ou un dependsOn qui nomme un autre espace de noms permet à un objet d’utiliser une source ou d’attendre un objet qui ne lui appartient pas. Flux multi-locataire s’exécute avec --no-cross-namespace-refs, qui refuse ces références : elles brisent donc l’isolation ou font échouer la réconciliation.</translation>
    </message>
    <message>
        <source>Reference only objects in the same namespace: drop the namespace field, or move the source into the referring object&apos;s namespace.</source>
        <translation>Ne référencez que des objets du même espace de noms : supprimez le champ namespace, ou déplacez la source dans l’espace de noms de l’objet qui la référence.</translation>
    </message>
    <message>
        <source>%1 takes its source from %2 in namespace %3, outside its own namespace %4</source>
        <translation>%1 prend sa source dans %2, dans l’espace de noms %3, hors de son propre espace de noms %4</translation>
    </message>
    <message>
        <source>%1 depends on %2 in namespace %3, outside its own namespace %4</source>
        <translation>%1 dépend de %2 dans l’espace de noms %3, hors de son propre espace de noms %4</translation>
    </message>
</context>
<context>
    <name>DemoFleetGenerator</name>
    <message>
        <source>the number of clusters must be between 1 and %1, not %2</source>
        <translation>le nombre de clusters doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>the number of tenants must be between 0 and %1, not %2</source>
        <translation>le nombre de locataires doit être compris entre 0 et %1, pas %2</translation>
    </message>
    <message>
        <source>the number of Kustomizations per tenant must be between 1 and %1, not %2</source>
        <translation>le nombre de Kustomizations par locataire doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>%1 already exists: the demo fleet is not written over existing files</source>
        <translation>%1 existe déjà : la flotte de démonstration n’écrase pas les fichiers existants</translation>
    </message>
</context>
<context>
    <name>ExecCredentialProvider</name>
    <message>
        <source>exec plugin %1 did not print an ExecCredential: %2</source>
        <translation>le plugin exec %1 n’a pas affiché d’ExecCredential : %2</translation>
    </message>
    <message>
        <source>exec plugin %1 returned neither a token nor a client certificate</source>
        <translation>le plugin exec %1 n’a renvoyé ni jeton ni certificat client</translation>
    </message>
    <message>
        <source>the kubeconfig of context &apos;%1&apos; wants to run &apos;%2 %3&apos; to get a token; allow it first</source>
        <translation>la kubeconfig du contexte « %1 » veut exécuter « %2 %3 » pour obtenir un jeton ; autorisez-le d’abord</translation>
    </message>
    <message>
        <source>cannot run exec plugin %1: %2</source>
        <translation>impossible d’exécuter le plugin exec %1 : %2</translation>
    </message>
    <message>
        <source>exec plugin %1 failed (exit %2): %3</source>
        <translation>le plugin exec %1 a échoué (code de sortie %2) : %3</translation>
    </message>
</context>
<context>
    <name>FleetTreeBuilder</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>cannot open the object database</source>
        <translation>impossible d’ouvrir la base d’objets</translation>
    </message>
    <message>
        <source>cannot open the index</source>
        <translation>impossible d’ouvrir l’index</translation>
    </message>
    <message>
        <source>invalid commit signature</source>
        <translation>signature de commit non valide</translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation>impossible de créer un dépôt Git dans %1</translation>
    </message>
    <message>
        <source>cannot open the Git repository %1</source>
        <translation>impossible d’ouvrir le dépôt Git %1</translation>
    </message>
    <message>
        <source>%1 is not a path inside the work tree</source>
        <translation>%1 n’est pas un chemin dans l’arbre de travail</translation>
    </message>
    <message>
        <source>cannot create the directory for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot stage the work tree</source>
        <translation>impossible d’indexer l’arbre de travail</translation>
    </message>
    <message>
        <source>cannot stage the removed files</source>
        <translation>impossible d’indexer les fichiers supprimés</translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation>impossible d’écrire l’index</translation>
    </message>
    <message>
        <source>cannot write the tree of the index</source>
        <translation>impossible d’écrire l’arbre de l’index</translation>
    </message>
    <message>
        <source>cannot read the tree of the index</source>
        <translation>impossible de lire l’arbre de l’index</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot commit &quot;%1&quot;</source>
        <translation>impossible de valider « %1 »</translation>
    </message>
    <message>
        <source>cannot create an in-memory object store</source>
        <translation>impossible de créer un magasin d’objets en mémoire</translation>
    </message>
    <message>
        <source>cannot pack the new objects</source>
        <translation>impossible d’empaqueter les nouveaux objets</translation>
    </message>
    <message>
        <source>cannot write the pack file</source>
        <translation>impossible d’écrire le fichier pack</translation>
    </message>
    <message>
        <source>cannot read the pack file</source>
        <translation>impossible de lire le fichier pack</translation>
    </message>
    <message>
        <source>cannot read the tree of HEAD</source>
        <translation>impossible de lire l’arbre de HEAD</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>impossible de parcourir l’historique</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>exec plugins are not enabled here</source>
        <translation>les plugins exec ne sont pas activés ici</translation>
    </message>
    <message>
        <source>cannot read tokenFile: %1</source>
        <translation>impossible de lire tokenFile : %1</translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>impossible de lire %1 « %2 » : %3</translation>
    </message>
    <message>
        <source>cannot read kubeconfig: %1</source>
        <translation>impossible de lire la kubeconfig : %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping</source>
        <translation>une kubeconfig doit être un mapping</translation>
    </message>
    <message>
        <source>a cluster needs a name and a server</source>
        <translation>un cluster a besoin d’un nom et d’un serveur</translation>
    </message>
    <message>
        <source>exec plugin of user &apos;%1&apos;: unsupported apiVersion &apos;%2&apos; (client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation>plugin exec de l’utilisateur « %1 » : apiVersion « %2 » non prise en charge (client.authentication.k8s.io/v1 ou v1beta1)</translation>
    </message>
</context>
<context>
    <name>KustomizeResolver</name>
    <message>
        <source>path &apos;%1&apos; has no manifests in %2</source>
        <translation>le chemin « %1 » ne contient aucun manifeste dans %2</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; points outside the repository</source>
        <translation>la ressource « %1 » pointe hors du dépôt</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; not found</source>
        <translation>ressource « %1 » introuvable</translation>
    </message>
</context>
<context>
    <name>LintReportWriter</name>
    <message>
        <source>(silenced)</source>
        <translation>(ignoré)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l’imbrication dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (alias expansion, &quot;billion laughs&quot;)</source>
        <translation>le document s’étend à plus de %1 nœuds (expansion d’alias, « billion laughs »)</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit</source>
        <translation>le fichier fait %1 Mo, au-delà de la limite de %2 Mo</translation>
    </message>
    <message>
        <source>binary file: not UTF-8 text, so not a YAML manifest</source>
        <translation>fichier binaire : pas du texte UTF-8, donc pas un manifeste YAML</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>document refused: %1</source>
        <translation>document refusé : %1</translation>
    </message>
</context>
<context>
    <name>PathEscapeRule</name>
    <message>
        <source>Path escapes the repository</source>
        <translation>Le chemin sort du dépôt</translation>
    </message>
    <message>
        <source>A spec.path (or a HelmRelease chart path) that climbs above the source&apos;s root with &apos;..&apos; points at nothing Flux will apply, or tries to reach files outside what the tenant owns. Flux clamps such paths to the root, so what gets applied is not what the manifest says.</source>
        <translation>Un spec.path (ou le chemin de chart d’un HelmRelease) qui remonte au-dessus de la racine de la source avec « .. » ne désigne rien que Flux appliquera, ou tente d’atteindre des fichiers hors de ce que possède le locataire. Flux ramène ces chemins à la racine : ce qui est appliqué n’est donc pas ce que dit le manifeste.</translation>
    </message>
    <message>
        <source>Write the path relative to the root of the source repository, for example ./clusters/&lt;cluster&gt;, without climbing above it.</source>
        <translation>Écrivez le chemin relativement à la racine du dépôt source, par exemple ./clusters/&lt;cluster&gt;, sans remonter au-dessus.</translation>
    </message>
    <message>
        <source>%1 has spec.path %2, which leaves its source repository</source>
        <translation>%1 a pour spec.path %2, qui sort de son dépôt source</translation>
    </message>
    <message>
        <source>%1 takes its chart from %2, which leaves its source repository</source>
        <translation>%1 prend son chart dans %2, qui sort de son dépôt source</translation>
    </message>
    <message>
        <source>%1 applies %2, whose kustomization refers to files outside its source repository</source>
        <translation>%1 applique %2, dont la kustomization renvoie à des fichiers hors de son dépôt source</translation>
    </message>
</context>
<context>
    <name>PlainSecretRule</name>
    <message>
        <source>Unencrypted Secret in Git</source>
        <translation>Secret non chiffré dans Git</translation>
    </message>
    <message>
        <source>A `kind: Secret` without SOPS metadata is stored in Git in clear text (base64 is not encryption). Everyone who can read the repository, and every clone and backup of it, holds the secret.</source>
        <translation>Un `kind: Secret` sans métadonnées SOPS est stocké en clair dans Git (base64 n’est pas un chiffrement). Quiconque peut lire le dépôt, ainsi que chaque clone et chaque sauvegarde, détient le secret.</translation>
    </message>
    <message>
        <source>Encrypt the Secret with SOPS (sops --encrypt --encrypted-regex &apos;^(data|stringData)$&apos; --in-place) and enable decryption on the Kustomization, or use a SealedSecret or an external secret store; then rotate the exposed values.</source>
        <translation>Chiffrez le Secret avec SOPS (sops --encrypt --encrypted-regex &apos;^(data|stringData)$&apos; --in-place) et activez le déchiffrement sur la Kustomization, ou utilisez un SealedSecret ou un coffre de secrets externe ; puis renouvelez les valeurs exposées.</translation>
    </message>
    <message>
        <source>%1 is a plain Secret without SOPS metadata: its values are in Git unencrypted</source>
        <translation>%1 est un Secret en clair sans métadonnées SOPS : ses valeurs sont dans Git sans chiffrement</translation>
    </message>
</context>
<context>
    <name>RemoteBaseRule</name>
    <message>
        <source>Remote base in kustomization.yaml</source>
        <translation>Base distante dans kustomization.yaml</translation>
    </message>
    <message>
        <source>A kustomization.yaml that pulls resources, bases or components from a URL applies content that is not reviewed in this repository and can change without a commit here. Flux also refuses remote bases when it runs with --no-remote-bases, as multi-tenant setups should.</source>
        <translation>Un kustomization.yaml qui récupère des ressources, des bases ou des composants depuis une URL applique un contenu qui n’est pas relu dans ce dépôt et peut changer sans commit ici. Flux refuse aussi les bases distantes lorsqu’il s’exécute avec --no-remote-bases, comme devraient le faire les installations multi-locataires.</translation>
    </message>
    <message>
        <source>Vendor the remote content into the repository, or publish it as its own Flux source (GitRepository or OCIRepository) pinned to a tag or digest.</source>
        <translation>Intégrez le contenu distant au dépôt, ou publiez-le comme source Flux à part entière (GitRepository ou OCIRepository) figée sur un tag ou un digest.</translation>
    </message>
    <message>
        <source>%1 applies the remote base %2</source>
        <translation>%1 applique la base distante %2</translation>
    </message>
    <message>
        <source>%1 lists the remote %2 %3</source>
        <translation>%1 référence les %2 distants %3</translation>
    </message>
</context>
<context>
    <name>RepositoryLoader</name>
    <message>
        <source>dangling symlink to %1</source>
        <translation>lien symbolique orphelin vers %1</translation>
    </message>
    <message>
        <source>symlink points outside the repository (%1): not read</source>
        <translation>le lien symbolique pointe hors du dépôt (%1) : non lu</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit: not read</source>
        <translation>le fichier fait %1 Mo, au-delà de la limite de %2 Mo : non lu</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>SopsScalar</name>
    <message>
        <source>integer %1 does not fit in 64 bits (sops cannot encrypt it)</source>
        <translation>l’entier %1 ne tient pas sur 64 bits (sops ne peut pas le chiffrer)</translation>
    </message>
</context>
<context>
    <name>TargetNamespaceRule</name>
    <message>
        <source>Target namespace outside the tenant</source>
        <translation>Espace de noms cible hors du locataire</translation>
    </message>
    <message>
        <source>A tenant Kustomization or HelmRelease whose spec.targetNamespace names another namespace than its own puts the tenant&apos;s objects into a namespace the tenant does not own: another tenant&apos;s, or the platform&apos;s.</source>
        <translation>Une Kustomization ou un HelmRelease de locataire dont le spec.targetNamespace nomme un autre espace de noms que le sien place les objets du locataire dans un espace de noms qui ne lui appartient pas : celui d’un autre locataire, ou celui de la plateforme.</translation>
    </message>
    <message>
        <source>Set spec.targetNamespace to the tenant&apos;s own namespace (the namespace the Kustomization or HelmRelease lives in), or remove it.</source>
        <translation>Donnez à spec.targetNamespace l’espace de noms du locataire (celui où se trouve la Kustomization ou le HelmRelease), ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 targets namespace %3, outside the tenant&apos;s namespace %4</source>
        <translation>%1 du locataire %2 cible l’espace de noms %3, hors de l’espace de noms du locataire %4</translation>
    </message>
</context>
<context>
    <name>TenantClusterAdminRule</name>
    <message>
        <source>Tenant bound to cluster-admin</source>
        <translation>Locataire lié à cluster-admin</translation>
    </message>
    <message>
        <source>A RoleBinding or ClusterRoleBinding to cluster-admin in a tenant (applied by the tenant, placed in the tenant&apos;s namespace, or granted to one of its service accounts) gives the tenant full control, in its namespace or across the cluster.</source>
        <translation>Un RoleBinding ou un ClusterRoleBinding vers cluster-admin dans un locataire (appliqué par le locataire, placé dans son espace de noms ou accordé à l’un de ses comptes de service) donne au locataire le contrôle total, dans son espace de noms ou sur tout le cluster.</translation>
    </message>
    <message>
        <source>Bind the tenant&apos;s service account to the namespaced `edit` or `admin` ClusterRole with a RoleBinding in the tenant&apos;s namespace, or to a Role of its own.</source>
        <translation>Liez le compte de service du locataire au ClusterRole `edit` ou `admin` avec un RoleBinding dans l’espace de noms du locataire, ou à un Role qui lui est propre.</translation>
    </message>
    <message>
        <source>%1 binds cluster-admin %2</source>
        <translation>%1 lie cluster-admin %2</translation>
    </message>
    <message>
        <source>inside tenant %1 (applied by %2)</source>
        <translation>dans le locataire %1 (appliqué par %2)</translation>
    </message>
    <message>
        <source>in tenant namespace %1</source>
        <translation>dans l’espace de noms de locataire %1</translation>
    </message>
</context>
<context>
    <name>TenantClusterScopedRule</name>
    <message>
        <source>Tenant applies cluster-scoped objects</source>
        <translation>Le locataire applique des objets de portée cluster</translation>
    </message>
    <message>
        <source>Namespaces, ClusterRoles, ClusterRoleBindings, CRDs, webhook configurations, PersistentVolumes and StorageClasses affect the whole cluster. A tenant that can apply them can escape its namespace, grant itself permissions or intercept other tenants&apos; requests.</source>
        <translation>Les Namespaces, ClusterRoles, ClusterRoleBindings, CRD, configurations de webhook, PersistentVolumes et StorageClasses touchent tout le cluster. Un locataire qui peut les appliquer peut sortir de son espace de noms, s’accorder des droits ou intercepter les requêtes des autres locataires.</translation>
    </message>
    <message>
        <source>Move the object to the platform repository (for example clusters/&lt;cluster&gt;/tenants/&lt;tenant&gt;/) and let the platform team apply it.</source>
        <translation>Déplacez l’objet dans le dépôt de la plateforme (par exemple clusters/&lt;cluster&gt;/tenants/&lt;tenant&gt;/) et laissez l’équipe plateforme l’appliquer.</translation>
    </message>
    <message>
        <source>%1 is cluster-scoped, but tenant %2 applies it through %3</source>
        <translation>%1 est de portée cluster, mais le locataire %2 l’applique via %3</translation>
    </message>
</context>
<context>
    <name>TenantPruneRule</name>
    <message>
        <source>Tenant Kustomization without pruning</source>
        <translation>Kustomization de locataire sans nettoyage</translation>
    </message>
    <message>
        <source>Without prune: true, objects removed from the tenant&apos;s repository stay in the cluster. Git stops being the truth for the tenant, and leftovers (old Deployments, RoleBindings) keep running unseen.</source>
        <translation>Sans prune: true, les objets retirés du dépôt du locataire restent dans le cluster. Git cesse d’être la référence pour le locataire, et les restes (anciens Deployments, RoleBindings) continuent de tourner sans être vus.</translation>
    </message>
    <message>
        <source>Set spec.prune: true on the tenant&apos;s Kustomization.</source>
        <translation>Définissez spec.prune: true sur la Kustomization du locataire.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 has prune: false</source>
        <translation>%1 du locataire %2 a prune: false</translation>
    </message>
    <message>
        <source>%1 of tenant %2 does not set spec.prune</source>
        <translation>%1 du locataire %2 ne définit pas spec.prune</translation>
    </message>
</context>
<context>
    <name>TenantServiceAccountRule</name>
    <message>
        <source>Tenant deployer without a service account</source>
        <translation>Déploiement de locataire sans compte de service</translation>
    </message>
    <message>
        <source>A tenant Kustomization or HelmRelease without spec.serviceAccountName is applied with the controller&apos;s own service account, which can change anything in the cluster. The tenant is then not confined by its RBAC at all.</source>
        <translation>Une Kustomization ou un HelmRelease de locataire sans spec.serviceAccountName est appliqué avec le compte de service du contrôleur, qui peut tout modifier dans le cluster. Le locataire n’est alors plus du tout limité par son RBAC.</translation>
    </message>
    <message>
        <source>Set spec.serviceAccountName to the tenant&apos;s service account (one bound to a namespaced role), or start the controllers with --default-service-account.</source>
        <translation>Donnez à spec.serviceAccountName le compte de service du locataire (lié à un rôle d’espace de noms), ou démarrez les contrôleurs avec --default-service-account.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 has no spec.serviceAccountName: it is applied with the controller&apos;s cluster-wide permissions</source>
        <translation>%1 du locataire %2 n’a pas de spec.serviceAccountName : il est appliqué avec les droits du contrôleur sur tout le cluster</translation>
    </message>
</context>
<context>
    <name>fleetdesk::Bech32</name>
    <message>
        <source>bech32: invalid character</source>
        <translation>bech32 : caractère non valide</translation>
    </message>
    <message>
        <source>bech32: mixed case</source>
        <translation>bech32 : casse mixte</translation>
    </message>
    <message>
        <source>bech32: separator &apos;1&apos; at an invalid position</source>
        <translation>bech32 : séparateur « 1 » à une position non valide</translation>
    </message>
    <message>
        <source>bech32: invalid data character</source>
        <translation>bech32 : caractère de données non valide</translation>
    </message>
    <message>
        <source>bech32: checksum mismatch</source>
        <translation>bech32 : somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>bech32: non-zero or excess padding bits</source>
        <translation>bech32 : bits de remplissage non nuls ou en excès</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DetailsPane</name>
    <message>
        <source>&amp;Open File at Line</source>
        <translation>&amp;Ouvrir le fichier à la ligne</translation>
    </message>
    <message>
        <source>Open the manifest&apos;s file in your editor ($VISUAL or $EDITOR), at the object&apos;s line</source>
        <translation>Ouvrir le fichier du manifeste dans votre éditeur ($VISUAL ou $EDITOR), à la ligne de l’objet</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Espace de noms :</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a cluster, tenant or object in the fleet tree.</source>
        <translation>Sélectionnez un cluster, un locataire ou un objet dans l’arbre de la flotte.</translation>
    </message>
    <message>
        <source>(silenced)</source>
        <translation>(ignoré)</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Résultats du lint</translation>
    </message>
    <message>
        <source>A cluster: its platform part and its tenants are below it in the tree.</source>
        <translation>Un cluster : sa partie plateforme et ses locataires se trouvent en dessous dans l’arbre.</translation>
    </message>
    <message>
        <source>A tenant: its Flux objects and what they apply are below it in the tree.</source>
        <translation>Un locataire : ses objets Flux et ce qu’ils appliquent se trouvent en dessous dans l’arbre.</translation>
    </message>
    <message>
        <source>No manifest for this node.</source>
        <translation>Aucun manifeste pour ce nœud.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FleetTreeModel</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Tenant group</source>
        <translation>Groupe de locataires</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lint finding(s) in this subtree</source>
        <translation>
            <numerusform>%n résultat de lint dans cette branche</numerusform>
            <numerusform>%n résultats de lint dans cette branche</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Règles : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
</context>
<context>
    <name>fleetdesk::IssueListModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 (silenced)</source>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Silenced on this object with the lint-ignore annotation.</source>
        <translation>Ignoré sur cet objet avec l’annotation lint-ignore.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>fleetdesk::IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Issues — %1, %2</source>
        <translation>Problèmes — %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdesk::MainWindow</name>
    <message>
        <source>Fleetdesk</source>
        <translation>Fleetdesk</translation>
    </message>
    <message>
        <source>Filter by name, kind, tenant, cluster or lint rule (Ctrl+F)</source>
        <translation>Filtrer par nom, type, locataire, cluster ou règle de lint (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Open File at &amp;Line</source>
        <translation>Ouvrir le fichier à la &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <source>&amp;Issues Panel</source>
        <translation>Panneau des &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Fleetdesk</source>
        <translation>À &amp;propos de Fleetdesk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 — Fleetdesk</source>
        <translation>%1 — Fleetdesk</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open Platform Repository</source>
        <translation>Ouvrir un dépôt de plateforme</translation>
    </message>
    <message>
        <source>No workspace open — File ▸ Open Workspace… (Ctrl+O)</source>
        <translation>Aucun espace de travail ouvert — Fichier ▸ Ouvrir un espace de travail… (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n locataire</numerusform>
            <numerusform>%n locataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>chargé en %1 ms</translation>
    </message>
    <message>
        <source>generation %1</source>
        <translation>génération %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>About Fleetdesk</source>
        <translation>À propos de Fleetdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fleetdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for GitOps with Flux v2 fleets: browse the fleet your platform repository describes and check tenant isolation before you push.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fleetdesk %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour GitOps avec les flottes Flux v2 : parcourez la flotte que décrit votre dépôt de plateforme et vérifiez l’isolation des locataires avant le push.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ManifestView</name>
    <message>
        <source>Select an object to see its manifest.</source>
        <translation>Sélectionnez un objet pour voir son manifeste.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ReconcileEngine</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fleetdesk: a desktop console for Flux v2 GitOps fleets.

Commands that need no display:
  fleetdesk lint PATH [--format text|json|sarif]   check tenant isolation; exits 1 on errors
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   write a demo fleet of Git repositories

Without a command, opens the window on PATH (a platform repository), or on the demo fleet with --demo.</source>
        <translation>Fleetdesk : une console de bureau pour les flottes GitOps Flux v2.

Commandes qui n’ont pas besoin d’affichage :
  fleetdesk lint PATH [--format text|json|sarif]   vérifier l’isolation des locataires ; code de sortie 1 en cas d’erreur
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   écrire une flotte de démonstration en dépôts Git

Sans commande, ouvre la fenêtre sur PATH (un dépôt de plateforme), ou sur la flotte de démonstration avec --demo.</translation>
    </message>
    <message>
        <source>fleetdesk: cannot create the demo fleet: %1</source>
        <translation>fleetdesk : impossible de créer la flotte de démonstration : %1</translation>
    </message>
    <message>
        <source>Open the demo fleet (created under the user&apos;s data folder if missing).</source>
        <translation>Ouvrir la flotte de démonstration (créée dans le dossier de données de l’utilisateur si elle manque).</translation>
    </message>
    <message>
        <source>Open PATH (or --demo), wait until the tree is loaded, save a PNG of the window to FILE and exit.</source>
        <translation>Ouvrir PATH (ou --demo), attendre que l’arbre soit chargé, enregistrer une image PNG de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>A platform repository to open.</source>
        <translation>Un dépôt de plateforme à ouvrir.</translation>
    </message>
    <message>
        <source>fleetdesk: %1 is not a folder</source>
        <translation>fleetdesk : %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>fleetdesk: --screenshot needs PATH or --demo</source>
        <translation>fleetdesk : --screenshot nécessite PATH ou --demo</translation>
    </message>
    <message>
        <source>fleetdesk: cannot write %1</source>
        <translation>fleetdesk : impossible d’écrire %1</translation>
    </message>
    <message>
        <source>fleetdesk: the workspace did not load in time</source>
        <translation>fleetdesk : l’espace de travail ne s’est pas chargé à temps</translation>
    </message>
</context>
</TS>
