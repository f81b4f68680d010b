<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionLog</name>
    <message>
        <source>cannot write the action log: %1</source>
        <translation>impossible d’écrire le journal des actions : %1</translation>
    </message>
    <message>
        <source>unknown export format %1</source>
        <translation>format d’export inconnu %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
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
    <name>ArtifactFileSource</name>
    <message>
        <source>%1: left out of the GitRepository artifact by %2</source>
        <translation>%1 : exclu de l’artefact du GitRepository par %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un répertoire temporaire : %1</translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message>
        <source>Renders the kustomization in PATH like `kustomize build` and prints the objects as multi-document YAML.</source>
        <translation>Rend la kustomization de PATH comme `kustomize build` et affiche les objets en YAML multi-documents.</translation>
    </message>
    <message>
        <source>The folder files may be read from (default: the Git work tree of PATH).</source>
        <translation>Le dossier où les fichiers peuvent être lus (par défaut : l&apos;arbre de travail Git de PATH).</translation>
    </message>
    <message>
        <source>The kustomize binary for features rendered by it (default: on PATH).</source>
        <translation>Le binaire kustomize pour les fonctions qu&apos;il rend (par défaut : dans PATH).</translation>
    </message>
    <message>
        <source>Never run kustomize: fail on features the native renderer lacks.</source>
        <translation>Ne jamais lancer kustomize : échouer sur les fonctions que le rendu natif ne gère pas.</translation>
    </message>
    <message>
        <source>The kustomization directory.</source>
        <translation>Le répertoire de la kustomization.</translation>
    </message>
    <message>
        <source>fleetdesk build: expected exactly one PATH</source>
        <translation>fleetdesk build : un seul PATH attendu</translation>
    </message>
    <message>
        <source>fleetdesk build: %1 is not a directory</source>
        <translation>fleetdesk build : %1 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <source>fleetdesk build: %1</source>
        <translation>fleetdesk build : %1</translation>
    </message>
    <message>
        <source>fleetdesk build: rendered by %1 because of: %2</source>
        <translation>fleetdesk build : rendu par %1 à cause de : %2</translation>
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
    <message>
        <source>fleetdesk: unknown command &apos;%1&apos;</source>
        <translation>fleetdesk : commande « %1 » inconnue</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Write the result back to FILE.</source>
        <translation>Réécrire le résultat dans FILE.</translation>
    </message>
    <message>
        <source>Write the result to PATH.</source>
        <translation>Écrire le résultat dans PATH.</translation>
    </message>
    <message>
        <source>Use this .sops.yaml.</source>
        <translation>Utiliser ce .sops.yaml.</translation>
    </message>
    <message>
        <source>Recovery only: decrypt even when the MAC is missing or wrong.</source>
        <translation>Récupération uniquement : déchiffrer même si le MAC manque ou est faux.</translation>
    </message>
    <message>
        <source>File format: yaml, json, dotenv or ini (default: from the extension).</source>
        <translation>Format du fichier : yaml, json, dotenv ou ini (par défaut : d’après l’extension).</translation>
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
    <name>DecryptingFileSource</name>
    <message>
        <source>error decrypting sources: cannot decrypt %1: its size (%2 bytes) exceeds the limit (%3)</source>
        <translation>erreur de déchiffrement des sources : impossible de déchiffrer %1 : sa taille (%2 octets) dépasse la limite (%3)</translation>
    </message>
    <message>
        <source>error decrypting sources: %1</source>
        <translation>erreur de déchiffrement des sources : %1</translation>
    </message>
    <message>
        <source>%1 is SOPS-encrypted, and there is no key to decrypt it: %2</source>
        <translation>%1 est chiffré avec SOPS et aucune clé ne permet de le déchiffrer : %2</translation>
    </message>
    <message>
        <source>no age identity</source>
        <translation>aucune identité age</translation>
    </message>
    <message>
        <source>%1: not a SOPS-encrypted file (no &quot;sops&quot; metadata)</source>
        <translation>%1 : pas un fichier chiffré avec SOPS (pas de métadonnées « sops »)</translation>
    </message>
    <message>
        <source>%1: no binary data found in the decrypted tree (no &quot;data&quot; value)</source>
        <translation>%1 : aucune donnée binaire dans l’arbre déchiffré (pas de valeur « data »)</translation>
    </message>
    <message>
        <source>Secret/%1 data key %2</source>
        <translation>Secret/%1, clé de données %2</translation>
    </message>
    <message>
        <source>decryption failed for &apos;Secret/%1&apos;: %2</source>
        <translation>échec du déchiffrement de « Secret/%1 » : %2</translation>
    </message>
    <message>
        <source>unsupported: the kustomize binary would need the decrypted %1 on disk; Fleetdesk keeps SOPS plaintext in memory only</source>
        <translation>non pris en charge : le programme kustomize aurait besoin de %1 déchiffré sur le disque ; Fleetdesk ne garde le texte en clair SOPS qu’en mémoire</translation>
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
    <name>DiffCommand</name>
    <message>
        <source>What Flux would create, change and prune: the desired state rendered from a checkout, compared with the cluster by server-side apply dry-runs.</source>
        <translation>Ce que Flux créerait, modifierait et supprimerait : l&apos;état voulu rendu depuis une copie de travail, comparé au cluster par des essais à blanc server-side apply.</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Le contexte kubeconfig (par défaut : le contexte courant).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>The checkout to render (default: the current folder).</source>
        <translation>La copie de travail à rendre (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Render the working tree with uncommitted edits instead of the applied revision.</source>
        <translation>Rendre l&apos;arbre de travail avec les modifications non validées au lieu de la révision appliquée.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>API calls in flight at most (default 8).</source>
        <translation>Nombre maximal d&apos;appels API simultanés (8 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>API requests per second at most, with bursts of twice that (default 100).</source>
        <translation>Nombre maximal de requêtes API par seconde, par rafales jusqu&apos;au double (100 par défaut).</translation>
    </message>
    <message>
        <source>NAME or NAMESPACE/NAME (repeatable).</source>
        <translation>NOM ou ESPACE/NOM (répétable).</translation>
    </message>
    <message>
        <source>fleetdesk diff: %1</source>
        <translation>fleetdesk diff : %1</translation>
    </message>
    <message>
        <source>fleetdesk diff: unknown format &apos;%1&apos; (text, json)</source>
        <translation>fleetdesk diff : format inconnu &apos;%1&apos; (text, json)</translation>
    </message>
    <message>
        <source>fleetdesk diff: %1 is not a folder</source>
        <translation>fleetdesk diff : %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>fleetdesk diff: no context %1 in the kubeconfig</source>
        <translation>fleetdesk diff : aucun contexte %1 dans le kubeconfig</translation>
    </message>
    <message>
        <source>fleetdesk diff: no Kustomization %1 in context %2</source>
        <translation>fleetdesk diff : aucune Kustomization %1 dans le contexte %2</translation>
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
    <name>FluxKustomizationBuilder</name>
    <message>
        <source>%1: not a Flux Kustomization</source>
        <translation>%1 : pas une Kustomization Flux</translation>
    </message>
    <message>
        <source>spec.path &apos;%1&apos; leaves the source</source>
        <translation>spec.path « %1 » sort de la source</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes YAML from %1: %2</source>
        <translation>impossible de décoder le YAML Kubernetes de %1 : %2</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes YAML from %1: line %2: missing kind</source>
        <translation>impossible de décoder le YAML Kubernetes de %1 : ligne %2 : kind manquant</translation>
    </message>
    <message>
        <source>component path &apos;%1&apos; must be local and relative</source>
        <translation>le chemin de composant « %1 » doit être local et relatif</translation>
    </message>
    <message>
        <source>kustomization path not found: %1</source>
        <translation>chemin de kustomization introuvable : %1</translation>
    </message>
    <message>
        <source>kustomize build failed: %1</source>
        <translation>échec de kustomize build : %1</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes apiVersion, kind and name from: %1</source>
        <translation>impossible de décoder apiVersion, kind et name de : %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>substitute from &apos;%1&apos; error: %2</source>
        <translation>erreur de substituteFrom « %1 » : %2</translation>
    </message>
    <message>
        <source>post build failed for &apos;%1&apos;: envsubst error: %2</source>
        <translation>échec du post-build pour « %1 » : erreur envsubst : %2</translation>
    </message>
</context>
<context>
    <name>FluxKustomizationRevision</name>
    <message>
        <source>the working tree, with uncommitted changes</source>
        <translation>l’arbre de travail, avec les modifications non commitées</translation>
    </message>
    <message>
        <source>the applied revision %1</source>
        <translation>la révision appliquée %1</translation>
    </message>
    <message>
        <source>HEAD (%1): no applied revision is known</source>
        <translation>HEAD (%1) : aucune révision appliquée connue</translation>
    </message>
    <message>
        <source>HEAD (%1): the applied commit %2 is not in the local repository</source>
        <translation>HEAD (%1) : le commit appliqué %2 n’est pas dans le dépôt local</translation>
    </message>
</context>
<context>
    <name>GitCommitSigner</name>
    <message>
        <source>Signing is unsupported for your setup: %1. The commit was not made; sign it with git, or set commit.gpgsign to false for this repository.</source>
        <translation>La signature n’est pas prise en charge pour votre configuration : %1. Le commit n’a pas été créé ; signez-le avec git, ou mettez commit.gpgsign à false pour ce dépôt.</translation>
    </message>
    <message>
        <source>gpg.format is &quot;%1&quot;; Fleetdesk signs with openpgp and ssh</source>
        <translation>gpg.format vaut « %1 » ; Fleetdesk signe avec openpgp et ssh</translation>
    </message>
    <message>
        <source>the OpenPGP program %1 is not installed</source>
        <translation>le programme OpenPGP %1 n’est pas installé</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n’a pas pu être lancé</translation>
    </message>
    <message>
        <source>%1 could not sign the commit with the key &quot;%2&quot;: %3</source>
        <translation>%1 n’a pas pu signer le commit avec la clé « %2 » : %3</translation>
    </message>
    <message>
        <source>the SSH signing program %1 is not installed</source>
        <translation>le programme de signature SSH %1 n’est pas installé</translation>
    </message>
    <message>
        <source>gpg.format is ssh but user.signingkey is not set</source>
        <translation>gpg.format vaut ssh mais user.signingkey n’est pas défini</translation>
    </message>
    <message>
        <source>cannot write the public signing key to a temporary file</source>
        <translation>impossible d’écrire la clé publique de signature dans un fichier temporaire</translation>
    </message>
    <message>
        <source>the SSH signing key %1 (user.signingkey) does not exist</source>
        <translation>la clé de signature SSH %1 (user.signingkey) n’existe pas</translation>
    </message>
    <message>
        <source>%1 could not sign the commit: %2</source>
        <translation>%1 n’a pas pu signer le commit : %2</translation>
    </message>
</context>
<context>
    <name>GitCredentialHelper</name>
    <message>
        <source>cannot read the git config</source>
        <translation>impossible de lire la configuration git</translation>
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
    <message>
        <source>cannot compute the diff</source>
        <translation>impossible de calculer le diff</translation>
    </message>
    <message>
        <source>cannot read %1 from the git config</source>
        <translation>impossible de lire %1 dans la configuration git</translation>
    </message>
    <message>
        <source>cannot compare the branch with its upstream</source>
        <translation>impossible de comparer la branche à son amont</translation>
    </message>
    <message>
        <source>cannot read the upstream of %1</source>
        <translation>impossible de lire l’amont de %1</translation>
    </message>
    <message>
        <source>cannot read the status of the work tree</source>
        <translation>impossible de lire l’état de l’arbre de travail</translation>
    </message>
    <message>
        <source>cannot compare the work tree with the index</source>
        <translation>impossible de comparer l’arbre de travail à l’index</translation>
    </message>
    <message>
        <source>cannot compare the index with HEAD</source>
        <translation>impossible de comparer l’index à HEAD</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>impossible d’indexer %1</translation>
    </message>
    <message>
        <source>cannot unstage</source>
        <translation>impossible de désindexer</translation>
    </message>
    <message>
        <source>cannot read %1 from the index</source>
        <translation>impossible de lire %1 dans l’index</translation>
    </message>
    <message>
        <source>%1 changed since the hunk was shown; refresh and try again</source>
        <translation>%1 a changé depuis l’affichage du bloc ; actualisez et réessayez</translation>
    </message>
    <message>
        <source>cannot stage the removal of %1</source>
        <translation>impossible d’indexer la suppression de %1</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email in your git config</source>
        <translation>Git ne sait pas qui vous êtes : définissez user.name et user.email dans votre configuration git</translation>
    </message>
    <message>
        <source>cannot read user.name and user.email from the git config</source>
        <translation>impossible de lire user.name et user.email dans la configuration git</translation>
    </message>
    <message>
        <source>cannot read the git config</source>
        <translation>impossible de lire la configuration git</translation>
    </message>
    <message>
        <source>cannot read commit.gpgsign from the git config</source>
        <translation>impossible de lire commit.gpgsign dans la configuration git</translation>
    </message>
    <message>
        <source>the commit message is empty</source>
        <translation>le message de commit est vide</translation>
    </message>
    <message>
        <source>resolve the conflicts before committing</source>
        <translation>résolvez les conflits avant de valider</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>cannot write the commit</source>
        <translation>impossible d’écrire le commit</translation>
    </message>
    <message>
        <source>cannot move %1 to the new commit</source>
        <translation>impossible de déplacer %1 sur le nouveau commit</translation>
    </message>
    <message>
        <source>The last commit is already on %1; amending it would rewrite pushed history</source>
        <translation>Le dernier commit est déjà sur %1 ; le modifier réécrirait un historique déjà poussé</translation>
    </message>
    <message>
        <source>cannot read the parents of the last commit</source>
        <translation>impossible de lire les parents du dernier commit</translation>
    </message>
    <message>
        <source>no files to discard</source>
        <translation>aucun fichier à abandonner</translation>
    </message>
    <message>
        <source>resolve the conflicts before discarding changes</source>
        <translation>résolvez les conflits avant d’abandonner des modifications</translation>
    </message>
    <message>
        <source>cannot save the index for recovery</source>
        <translation>impossible de sauvegarder l’index pour la récupération</translation>
    </message>
    <message>
        <source>cannot save the work tree for recovery</source>
        <translation>impossible de sauvegarder l’arbre de travail pour la récupération</translation>
    </message>
    <message>
        <source>cannot save the recovery stash</source>
        <translation>impossible d’enregistrer le remisage de récupération</translation>
    </message>
    <message>
        <source>cannot restore the discarded files</source>
        <translation>impossible de restaurer les fichiers abandonnés</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>GitSync</name>
    <message>
        <source>The operation was cancelled</source>
        <translation>L’opération a été annulée</translation>
    </message>
    <message>
        <source>%1 refused the credentials %2 times</source>
        <translation>%1 a refusé les identifiants %2 fois</translation>
    </message>
    <message>
        <source>%1 needs credentials</source>
        <translation>%1 demande des identifiants</translation>
    </message>
    <message>
        <source>%1 does not accept this kind of credentials</source>
        <translation>%1 n’accepte pas ce type d’identifiants</translation>
    </message>
    <message>
        <source>The SSH library did not provide the host key of %1</source>
        <translation>La bibliothèque SSH n’a pas fourni la clé d’hôte de %1</translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established: it is not in %2. Its %3 key fingerprint is %4.</source>
        <translation>L’authenticité de l’hôte %1 ne peut être établie : il ne figure pas dans %2. L’empreinte de sa clé %3 est %4.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>impossible de lire la branche courante</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch first</source>
        <translation>HEAD est détachée : extrayez d’abord une branche</translation>
    </message>
    <message>
        <source>cannot read the git config</source>
        <translation>impossible de lire la configuration git</translation>
    </message>
    <message>
        <source>cannot find the remote %1</source>
        <translation>dépôt distant %1 introuvable</translation>
    </message>
    <message>
        <source>cannot fetch from %1</source>
        <translation>impossible de récupérer depuis %1</translation>
    </message>
    <message>
        <source>invalid committer</source>
        <translation>auteur du commit non valide</translation>
    </message>
    <message>
        <source>cannot commit during the rebase</source>
        <translation>impossible de valider pendant le rebase</translation>
    </message>
    <message>
        <source>cannot apply the next commit of the rebase</source>
        <translation>impossible d’appliquer le commit suivant du rebase</translation>
    </message>
    <message>
        <source>cannot finish the rebase</source>
        <translation>impossible de terminer le rebase</translation>
    </message>
    <message>
        <source>cannot read the upstream branch</source>
        <translation>impossible de lire la branche amont</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot compare the branch with its upstream</source>
        <translation>impossible de comparer la branche à son amont</translation>
    </message>
    <message>
        <source>Commit or discard your changes before pulling: %1</source>
        <translation>Validez ou abandonnez vos modifications avant de tirer : %1</translation>
    </message>
    <message>
        <source>cannot read the upstream commit</source>
        <translation>impossible de lire le commit amont</translation>
    </message>
    <message>
        <source>cannot update the work tree</source>
        <translation>impossible de mettre à jour l’arbre de travail</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>impossible de déplacer la branche</translation>
    </message>
    <message>
        <source>cannot start the rebase</source>
        <translation>impossible de démarrer le rebase</translation>
    </message>
    <message>
        <source>cannot clone %1</source>
        <translation>impossible de cloner %1</translation>
    </message>
    <message>
        <source>cannot push to %1</source>
        <translation>impossible de pousser vers %1</translation>
    </message>
    <message>
        <source>The server rejected the push: %1</source>
        <translation>Le serveur a rejeté le push : %1</translation>
    </message>
    <message>
        <source>The remote kept moving: the push was refused as not a fast-forward %1 times</source>
        <translation>Le dépôt distant n’a cessé d’avancer : le push a été refusé %1 fois faute d’avance rapide</translation>
    </message>
    <message>
        <source>No rebase is in progress</source>
        <translation>Aucun rebase n’est en cours</translation>
    </message>
    <message>
        <source>cannot abort the rebase</source>
        <translation>impossible d’annuler le rebase</translation>
    </message>
    <message>
        <source>The key is an RSA key: the built-in SSH library (libssh2) can only sign with the old ssh-rsa (SHA-1) algorithm, which current OpenSSH servers refuse. Use an ed25519 or ECDSA key, or install the OpenSSH client so Fleetdesk can use it.</source>
        <translation>La clé est une clé RSA : la bibliothèque SSH intégrée (libssh2) ne sait signer qu’avec l’ancien algorithme ssh-rsa (SHA-1), que les serveurs OpenSSH actuels refusent. Utilisez une clé ed25519 ou ECDSA, ou installez le client OpenSSH pour que Fleetdesk l’utilise.</translation>
    </message>
    <message>
        <source>the certificate file %1 does not exist</source>
        <translation>le fichier de certificat %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>GitTreeSource</name>
    <message>
        <source>reading a tree</source>
        <translation>lecture d’un arbre</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>cannot create the link %1</source>
        <translation>impossible de créer le lien %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>finding revision %1 in %2</source>
        <translation>recherche de la révision %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation>%1 n’est pas un commit</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1 : le chemin sort du dépôt</translation>
    </message>
    <message>
        <source>%1: too many levels of symbolic links</source>
        <translation>%1 : trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1 : est un dossier</translation>
    </message>
    <message>
        <source>%1: no such file in commit %2</source>
        <translation>%1 : aucun fichier de ce nom dans le commit %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>cannot store the secret %1 in the keychain</source>
        <translation>impossible d’enregistrer le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <source>Fleetdesk was built without keychain support</source>
        <translation>Fleetdesk a été compilé sans prise en charge du trousseau</translation>
    </message>
    <message>
        <source>cannot read the secret %1 from the keychain</source>
        <translation>impossible de lire le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <source>cannot remove the secret %1 from the keychain</source>
        <translation>impossible de supprimer le secret %1 du trousseau</translation>
    </message>
    <message>
        <source>Fleetdesk is quitting</source>
        <translation>Fleetdesk se ferme</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of %1 has changed! Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. The server now offers the %2 key %3, which does not match the key in %4, line %5. Fleetdesk refuses to connect; if the change is expected, remove that line and connect again.</source>
        <translation>ATTENTION : la clé d’hôte SSH de %1 a changé ! Quelqu’un pourrait intercepter la connexion (une attaque de l’homme du milieu), ou la clé du serveur a été remplacée. Le serveur propose maintenant la clé %2 %3, qui ne correspond pas à la clé de %4, ligne %5. Fleetdesk refuse de se connecter ; si le changement est attendu, supprimez cette ligne et reconnectez-vous.</translation>
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
    <name>KubeWatch</name>
    <message>
        <source>API server not responding: %1</source>
        <translation>le serveur d’API ne répond pas : %1</translation>
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
    <name>KustomizationBuildCommand</name>
    <message>
        <source>The Kustomization&apos;s name.</source>
        <translation>Le nom de la Kustomization.</translation>
    </message>
    <message>
        <source>Its namespace (default: any; flux-system when it has none).</source>
        <translation>Son namespace (par défaut : n’importe lequel ; flux-system s’il n’en a pas).</translation>
    </message>
    <message>
        <source>The fleet cluster whose copy to build; its kubeconfig context of the same name supplies substituteFrom values.</source>
        <translation>Le cluster de la flotte dont la copie est construite ; son contexte kubeconfig du même nom fournit les valeurs substituteFrom.</translation>
    </message>
    <message>
        <source>The platform repository (default: the current directory).</source>
        <translation>Le dépôt de la plateforme (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>Build this Git revision of the source (default: the working tree).</source>
        <translation>Construire cette révision Git de la source (par défaut : l’arbre de travail).</translation>
    </message>
    <message>
        <source>The kustomize binary for features rendered by it (default: on PATH).</source>
        <translation>Le binaire kustomize pour les fonctions qu’il construit (par défaut : dans le PATH).</translation>
    </message>
    <message>
        <source>Never run kustomize: fail on features the native renderer lacks.</source>
        <translation>Ne jamais lancer kustomize : échouer sur les fonctions que le moteur natif ne gère pas.</translation>
    </message>
    <message>
        <source>Fail on undefined variables, like kustomize-controller with StrictPostBuildSubstitutions.</source>
        <translation>Échouer sur les variables non définies, comme kustomize-controller avec StrictPostBuildSubstitutions.</translation>
    </message>
    <message>
        <source>Seconds to wait for substituteFrom values.</source>
        <translation>Secondes d’attente des valeurs substituteFrom.</translation>
    </message>
    <message>
        <source>fleetdesk build: --kustomization takes no PATH</source>
        <translation>fleetdesk build : --kustomization ne prend pas de PATH</translation>
    </message>
    <message>
        <source>fleetdesk build: cannot load the workspace %1</source>
        <translation>fleetdesk build : impossible de charger l’espace de travail %1</translation>
    </message>
    <message>
        <source>fleetdesk build: no Flux Kustomization named %1 in the workspace %2</source>
        <translation>fleetdesk build : aucune Kustomization Flux nommée %1 dans l’espace de travail %2</translation>
    </message>
    <message>
        <source>fleetdesk build: %1 Kustomizations match; choose one with --namespace or --cluster:</source>
        <translation>fleetdesk build : %1 Kustomizations correspondent ; choisissez-en une avec --namespace ou --cluster :</translation>
    </message>
    <message>
        <source>fleetdesk build: the source of %1/%2 has no local checkout in the workspace</source>
        <translation>fleetdesk build : la source de %1/%2 n’a pas de copie locale dans l’espace de travail</translation>
    </message>
    <message>
        <source>fleetdesk build: %1</source>
        <translation>fleetdesk build : %1</translation>
    </message>
    <message>
        <source>fleetdesk build: %1/%2: %3</source>
        <translation>fleetdesk build : %1/%2 : %3</translation>
    </message>
    <message>
        <source>fleetdesk build: rendered by %1 because of: %2</source>
        <translation>fleetdesk build : construit par %1 à cause de : %2</translation>
    </message>
    <message>
        <source>Renders a Flux Kustomization of the workspace the way kustomize-controller builds it (generated kustomization.yaml, spec patches, images and components, post-build substitution, owner labels) and prints the objects as multi-document YAML. With spec.decryption, SOPS-encrypted inputs are decrypted in memory with the age identities `fleetdesk sops` uses, and the values of the Secrets are printed masked.</source>
        <translation>Produit le rendu d&apos;une Kustomization Flux de l&apos;espace de travail comme kustomize-controller la construit (kustomization.yaml généré, patches, images et composants de la spec, substitution post-build, labels de propriétaire) et affiche les objets en YAML multi-documents. Avec spec.decryption, les entrées chiffrées par SOPS sont déchiffrées en mémoire avec les identités age qu&apos;utilise `fleetdesk sops`, et les valeurs des Secrets sont affichées masquées.</translation>
    </message>
    <message>
        <source>spec.decryption needs an age identity and none was found: set SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or SOPS_AGE_KEY_CMD, or put one in %1</source>
        <translation>spec.decryption nécessite une identité age et aucune n&apos;a été trouvée : définissez SOPS_AGE_KEY, SOPS_AGE_KEY_FILE ou SOPS_AGE_KEY_CMD, ou placez-en une dans %1</translation>
    </message>
</context>
<context>
    <name>KustomizationFile</name>
    <message>
        <source>cannot unmarshal %1 into Go value of type types.Kustomization</source>
        <translation>cannot unmarshal %1 into Go value of type types.Kustomization</translation>
    </message>
    <message>
        <source>%1:%2: invalid Kustomization: %3</source>
        <translation>%1:%2 : Kustomization invalide : %3</translation>
    </message>
    <message>
        <source>json: cannot unmarshal %1 into Go struct field %2.%3 of type %4</source>
        <translation>json: cannot unmarshal %1 into Go struct field %2.%3 of type %4</translation>
    </message>
    <message>
        <source> (kustomize reads YAML 1.1, where the unquoted %1 is a %2: quote it)</source>
        <translation> (kustomize lit du YAML 1.1, où %1 sans guillemets est un %2 : mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>a map key must be a scalar</source>
        <translation>une clé de map doit être un scalaire</translation>
    </message>
    <message>
        <source>unsupported map key of type: &lt;nil&gt;</source>
        <translation>unsupported map key of type: &lt;nil&gt;</translation>
    </message>
    <message>
        <source>the unquoted key %1 is a %2 in YAML 1.1, which kustomize reads; quote it</source>
        <translation>la clé %1 sans guillemets est un %2 en YAML 1.1, que lit kustomize ; mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>merge keys nest too deeply</source>
        <translation>les clés de fusion sont trop imbriquées</translation>
    </message>
    <message>
        <source>map merge requires map or sequence of maps as the value</source>
        <translation>map merge requires map or sequence of maps as the value</translation>
    </message>
    <message>
        <source>json: unknown field &quot;%1&quot;</source>
        <translation>json: unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>json: unsupported value: %1</source>
        <translation>json: unsupported value: %1</translation>
    </message>
    <message>
        <source>the value nests too deeply</source>
        <translation>la valeur est trop imbriquée</translation>
    </message>
</context>
<context>
    <name>KustomizeEnvFile</name>
    <message>
        <source>%1:%2: the line is 64 KiB or longer; kustomize silently ignores it and every line after it</source>
        <translation>%1:%2 : la ligne fait 64 Kio ou plus ; kustomize l’ignore en silence, ainsi que toutes les suivantes</translation>
    </message>
    <message>
        <source>%1:%2: the line is not valid UTF-8</source>
        <translation>%1:%2 : la ligne n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>%1:%2: invalid key &apos;%3&apos;: a ConfigMap or Secret key consists of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (kustomize would build it, the API server refuses the object)</source>
        <translation>%1:%2 : clé &apos;%3&apos; invalide : une clé de ConfigMap ou de Secret se compose de lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos; (kustomize la construirait, le serveur d’API refuse l’objet)</translation>
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
    <name>KustomizeYaml</name>
    <message>
        <source>%1:%2: a document is not a YAML mapping</source>
        <translation>%1:%2 : un document n&apos;est pas un mappage YAML</translation>
    </message>
    <message>
        <source>%1:%2: kustomize cannot turn the value NaN or infinity into JSON; quote it</source>
        <translation>%1:%2 : kustomize ne peut pas convertir NaN ou l’infini en JSON ; mettez la valeur entre guillemets</translation>
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
    <name>LiveCommands</name>
    <message>
        <source>fleetdesk: %1</source>
        <translation>fleetdesk : %1</translation>
    </message>
    <message>
        <source>fleetdesk: no kubeconfig context (use --context)</source>
        <translation>fleetdesk : aucun contexte kubeconfig (utilisez --context)</translation>
    </message>
    <message>
        <source>fleetdesk: no context %1 in the kubeconfig</source>
        <translation>fleetdesk : aucun contexte %1 dans la kubeconfig</translation>
    </message>
    <message>
        <source>warning: context %1 skips TLS verification (insecure-skip-tls-verify)</source>
        <translation>avertissement : le contexte %1 ignore la vérification TLS (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <source>Prints the live state of the Flux objects of every selected cluster.</source>
        <translation>Affiche l’état en direct des objets Flux de chaque cluster sélectionné.</translation>
    </message>
    <message>
        <source>A kubeconfig context (repeatable; default: the current one).</source>
        <translation>Un contexte kubeconfig (répétable ; par défaut : le contexte courant).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>Every context of the kubeconfig.</source>
        <translation>Tous les contextes de la kubeconfig.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Seconds after which a last reconcile is stale.</source>
        <translation>Secondes après lesquelles une dernière réconciliation est obsolète.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds to wait for the clusters.</source>
        <translation>Secondes d’attente des clusters.</translation>
    </message>
    <message>
        <source>CLUSTER %1 (%2)</source>
        <translation>CLUSTER %1 (%2)</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <source>fleetdesk: not every cluster answered in time</source>
        <translation>fleetdesk : tous les clusters n’ont pas répondu à temps</translation>
    </message>
    <message>
        <source>Suspends, resumes or reconciles Flux objects with the flux CLI&apos;s semantics.</source>
        <translation>Suspend, reprend ou réconcilie des objets Flux avec la sémantique de la CLI flux.</translation>
    </message>
    <message>
        <source>A fleet cluster (its kubeconfig context has the same name).</source>
        <translation>Un cluster de la flotte (son contexte kubeconfig porte le même nom).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>A kubeconfig context.</source>
        <translation>Un contexte kubeconfig.</translation>
    </message>
    <message>
        <source>Only objects of this tenant (label toolkit.fluxcd.io/tenant or its namespace).</source>
        <translation>Seulement les objets de ce locataire (label toolkit.fluxcd.io/tenant ou son espace de noms).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>The Flux kind (default Kustomization).</source>
        <translation>Le type Flux (Kustomization par défaut).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Reconcile the source first.</source>
        <translation>Réconcilier d’abord la source.</translation>
    </message>
    <message>
        <source>Suspend reason (annotation suspend.toolkit.fluxcd.io/reason).</source>
        <translation>Motif de la suspension (annotation suspend.toolkit.fluxcd.io/reason).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>The action log file.</source>
        <translation>Le fichier du journal des actions.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Seconds to wait per reconcile.</source>
        <translation>Secondes d’attente par réconciliation.</translation>
    </message>
    <message>
        <source>Object names, or namespace/name.</source>
        <translation>Noms d’objets, ou namespace/nom.</translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <translation>[NAME...]</translation>
    </message>
    <message>
        <source>fleetdesk %1: name the objects, or select them with --tenant</source>
        <translation>fleetdesk %1 : nommez les objets, ou sélectionnez-les avec --tenant</translation>
    </message>
    <message>
        <source>fleetdesk %1: %2 is not a Flux kind</source>
        <translation>fleetdesk %1 : %2 n’est pas un type Flux</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>fleetdesk %1: no %2 matched</source>
        <translation>fleetdesk %1 : aucun %2 ne correspond</translation>
    </message>
    <message>
        <source>behind by 1 commit</source>
        <translation>en retard d’un commit</translation>
    </message>
    <message>
        <source>behind by %1 commits</source>
        <translation>en retard de %1 commits</translation>
    </message>
    <message>
        <source>ahead of Git by 1 commit</source>
        <translation>en avance d’un commit sur Git</translation>
    </message>
    <message>
        <source>ahead of Git by %1 commits</source>
        <translation>en avance de %1 commits sur Git</translation>
    </message>
    <message>
        <source>up to date with Git</source>
        <translation>à jour avec Git</translation>
    </message>
    <message>
        <source>The platform repository whose local checkouts the applied revisions are compared with (default: the current folder when it holds clusters/). A fleet cluster is the context of the same name.</source>
        <translation>Le dépôt de plateforme dont les copies locales sont comparées aux révisions appliquées (par défaut : le dossier courant s’il contient clusters/). Un cluster de la flotte est le contexte du même nom.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>fleetdesk status: %1 is not a folder</source>
        <translation>fleetdesk status : %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>  Flux controllers: %1</source>
        <translation>  Contrôleurs Flux : %1</translation>
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
    <name>ObjectComparer</name>
    <message>
        <source>reconcile disabled (%1: disabled)</source>
        <translation>réconciliation désactivée (%1 : disabled)</translation>
    </message>
    <message>
        <source>never applied (%1: Ignore)</source>
        <translation>jamais appliqué (%1 : Ignore)</translation>
    </message>
    <message>
        <source>exists, applied only when missing (%1: IfNotPresent)</source>
        <translation>existe, appliqué seulement s&apos;il manque (%1 : IfNotPresent)</translation>
    </message>
</context>
<context>
    <name>OpenSshTransport</name>
    <message>
        <source>WARNING: the SSH host key has changed! Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Fleetdesk refuses to connect. OpenSSH said:
%1</source>
        <translation>ATTENTION : la clé d’hôte SSH a changé ! Quelqu’un pourrait intercepter la connexion (une attaque de l’homme du milieu), ou la clé du serveur a été remplacée. Fleetdesk refuse de se connecter. OpenSSH a indiqué :
%1</translation>
    </message>
    <message>
        <source>The SSH host key was not accepted. OpenSSH said:
%1</source>
        <translation>La clé d’hôte SSH n’a pas été acceptée. OpenSSH a indiqué :
%1</translation>
    </message>
    <message>
        <source>The SSH server refused the credentials. OpenSSH said:
%1</source>
        <translation>Le serveur SSH a refusé les identifiants. OpenSSH a indiqué :
%1</translation>
    </message>
    <message>
        <source>ssh ended (status %1). It said:
%2</source>
        <translation>ssh s’est terminé (état %1). Il a indiqué :
%2</translation>
    </message>
    <message>
        <source>cannot wait for ssh: %1</source>
        <translation>impossible d’attendre ssh : %1</translation>
    </message>
    <message>
        <source>The operation was cancelled</source>
        <translation>L’opération a été annulée</translation>
    </message>
    <message>
        <source>%1 is not an SSH URL</source>
        <translation>%1 n’est pas une URL SSH</translation>
    </message>
    <message>
        <source>cannot create a temporary file for ssh&apos;s messages</source>
        <translation>impossible de créer un fichier temporaire pour les messages de ssh</translation>
    </message>
    <message>
        <source>cannot create a socket pair for ssh</source>
        <translation>impossible de créer une paire de sockets pour ssh</translation>
    </message>
    <message>
        <source>cannot start ssh: %1</source>
        <translation>impossible de lancer ssh : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary known_hosts file for ssh</source>
        <translation>impossible de créer un fichier known_hosts temporaire pour ssh</translation>
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
    <name>PostBuildSubstitution</name>
    <message>
        <source>&apos;%1&apos; var name is invalid, must match &apos;%2&apos;</source>
        <translation>le nom de variable « %1 » est invalide, il doit correspondre à « %2 »</translation>
    </message>
    <message>
        <source>YAMLToJSON: yaml: %1 (in the substituted value of %2)</source>
        <translation>YAMLToJSON : yaml : %1 (dans la valeur substituée de %2)</translation>
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
    <name>SopsCommand</name>
    <message>
        <source>usage: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH], or fleetdesk sops identity add|remove|list</source>
        <translation>usage : fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FICHIER [--in-place|--output CHEMIN], ou fleetdesk sops identity add|remove|list</translation>
    </message>
</context>
<context>
    <name>SopsConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>creation_rules is not a list</source>
        <translation>creation_rules n’est pas une liste</translation>
    </message>
    <message>
        <source>creation rule %1 is not a mapping</source>
        <translation>la règle de création %1 n’est pas un mapping</translation>
    </message>
    <message>
        <source>creation rule %1: invalid path_regex</source>
        <translation>règle de création %1 : path_regex non valide</translation>
    </message>
    <message>
        <source>creation rule %1 sets more than one of the *_suffix / *_regex options</source>
        <translation>la règle de création %1 définit plus d’une des options *_suffix / *_regex</translation>
    </message>
    <message>
        <source>no matching creation rules found for %1</source>
        <translation>aucune règle de création ne correspond à %1</translation>
    </message>
</context>
<context>
    <name>SopsDecryptionRule</name>
    <message>
        <source>SOPS files without decryption</source>
        <translation>Fichiers SOPS sans déchiffrement</translation>
    </message>
    <message>
        <source>kustomize-controller decrypts SOPS-encrypted manifests only when the Kustomization has spec.decryption with provider sops and a secretRef naming the Secret that holds the private key. Without it the ciphertext is applied as it is (or the apply fails). Flux reads that Secret from the Kustomization&apos;s own namespace: a tenant Kustomization that names a Secret in another namespace asks for a key it must not have.</source>
        <translation>kustomize-controller ne déchiffre les manifestes chiffrés avec SOPS que si la Kustomization a spec.decryption avec provider sops et un secretRef désignant le Secret qui contient la clé privée. Sans cela, le texte chiffré est appliqué tel quel (ou l&apos;application échoue). Flux lit ce Secret dans le namespace de la Kustomization : une Kustomization de locataire qui désigne un Secret d&apos;un autre namespace demande une clé qu&apos;elle ne doit pas avoir.</translation>
    </message>
    <message>
        <source>Add spec.decryption: {provider: sops, secretRef: {name: sops-age}} to the Kustomization, with the sops-age Secret (key age.agekey) in the Kustomization&apos;s own namespace.</source>
        <translation>Ajoutez spec.decryption: {provider: sops, secretRef: {name: sops-age}} à la Kustomization, avec le Secret sops-age (clé age.agekey) dans le namespace de la Kustomization.</translation>
    </message>
    <message>
        <source>tenant %1 names its decryption Secret %2 in namespace %3; Flux reads it from the Kustomization&apos;s own namespace %4 only</source>
        <translation>le locataire %1 désigne son Secret de déchiffrement %2 dans le namespace %3 ; Flux le lit uniquement dans le namespace %4 de la Kustomization</translation>
    </message>
    <message>
        <source>%1 and 1 more file</source>
        <translation>%1 et 1 autre fichier</translation>
    </message>
    <message>
        <source>%1 and %2 more files</source>
        <translation>%1 et %2 autres fichiers</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but has no spec.decryption: the ciphertext would be applied</source>
        <translation>%1 applique %2 chiffré avec SOPS mais n&apos;a pas de spec.decryption : le texte chiffré serait appliqué</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but spec.decryption.provider is not sops</source>
        <translation>%1 applique %2 chiffré avec SOPS mais spec.decryption.provider n&apos;est pas sops</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but spec.decryption has no secretRef with the age key</source>
        <translation>%1 applique %2 chiffré avec SOPS mais spec.decryption n&apos;a pas de secretRef avec la clé age</translation>
    </message>
</context>
<context>
    <name>SopsDotenv</name>
    <message>
        <source>%1:%2: invalid dotenv line (no &apos;=&apos;)</source>
        <translation>%1:%2 : ligne dotenv non valide (pas de « = »)</translation>
    </message>
</context>
<context>
    <name>SopsIdentitySources</name>
    <message>
        <source>cannot read identity file %1: %2</source>
        <translation>impossible de lire le fichier d’identité %1 : %2</translation>
    </message>
    <message>
        <source>identity file %1 is larger than 16 MiB</source>
        <translation>le fichier d’identité %1 dépasse 16 Mio</translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation>impossible de lire le fichier d’identité %1</translation>
    </message>
    <message>
        <source>SOPS_AGE_KEY_CMD is empty</source>
        <translation>SOPS_AGE_KEY_CMD est vide</translation>
    </message>
    <message>
        <source>SOPS_AGE_KEY_CMD (%1) failed: %2</source>
        <translation>SOPS_AGE_KEY_CMD (%1) a échoué : %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
</context>
<context>
    <name>SopsJson</name>
    <message>
        <source>%1: file larger than %2 MiB</source>
        <translation>%1 : fichier de plus de %2 Mio</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
</context>
<context>
    <name>SopsMetadata</name>
    <message>
        <source>%1: invalid sops metadata: %2</source>
        <translation>%1 : métadonnées sops non valides : %2</translation>
    </message>
    <message>
        <source>&quot;age&quot; is not a list</source>
        <translation>« age » n’est pas une liste</translation>
    </message>
    <message>
        <source>an age entry lacks recipient or enc</source>
        <translation>une entrée age n’a pas de recipient ou de enc</translation>
    </message>
    <message>
        <source>&quot;sops&quot; is not a mapping</source>
        <translation>« sops » n’est pas un mapping</translation>
    </message>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex and the comment regexes</source>
        <translation>plus d’une des options unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex et des regex de commentaire</translation>
    </message>
    <message>
        <source>&quot;lastmodified&quot; is missing</source>
        <translation>« lastmodified » est absent</translation>
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
    <name>SopsShamir</name>
    <message>
        <source>invalid Shamir parameters: %1 parts, threshold %2</source>
        <translation>paramètres de Shamir non valides : %1 parts, seuil %2</translation>
    </message>
    <message>
        <source>at least two Shamir shares are needed</source>
        <translation>au moins deux parts de Shamir sont nécessaires</translation>
    </message>
    <message>
        <source>Shamir shares differ in length</source>
        <translation>les parts de Shamir n’ont pas la même longueur</translation>
    </message>
    <message>
        <source>duplicate Shamir share</source>
        <translation>part de Shamir en double</translation>
    </message>
</context>
<context>
    <name>SopsValueCipher</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>value is not encrypted (expected ENC[AES256_GCM,…])</source>
        <translation>la valeur n’est pas chiffrée (ENC[AES256_GCM,…] attendu)</translation>
    </message>
    <message>
        <source>malformed ENC[] value (missing data, iv, tag or type)</source>
        <translation>valeur ENC[] mal formée (data, iv, tag ou type manquant)</translation>
    </message>
    <message>
        <source>data of ENC[] is not valid base64</source>
        <translation>data de ENC[] n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>iv of ENC[] is not valid base64</source>
        <translation>iv de ENC[] n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>tag of ENC[] is not 16 bytes of valid base64</source>
        <translation>tag de ENC[] n’est pas 16 octets de base64 valide</translation>
    </message>
    <message>
        <source>unknown ENC[] type &quot;%1&quot;</source>
        <translation>type ENC[] « %1 » inconnu</translation>
    </message>
    <message>
        <source>authentication failed (wrong data key, a tampered value, or a value moved from another key: its path is &quot;%1&quot;)</source>
        <translation>échec de l’authentification (mauvaise clé de données, valeur altérée, ou valeur déplacée depuis une autre clé : son chemin est « %1 »)</translation>
    </message>
    <message>
        <source>decrypted int is not a number</source>
        <translation>l’int déchiffré n’est pas un nombre</translation>
    </message>
    <message>
        <source>decrypted float is not a number</source>
        <translation>le float déchiffré n’est pas un nombre</translation>
    </message>
    <message>
        <source>decrypted bool is not a boolean</source>
        <translation>le bool déchiffré n’est pas un booléen</translation>
    </message>
    <message>
        <source>decrypted time is not RFC 3339</source>
        <translation>l’heure déchiffrée n’est pas au format RFC 3339</translation>
    </message>
</context>
<context>
    <name>SopsYaml</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: file larger than %2 MiB</source>
        <translation>%1 : fichier de plus de %2 Mio</translation>
    </message>
</context>
<context>
    <name>StrategicMergePatch</name>
    <message>
        <source>%1: wrong node kind: expected %2 but got %3</source>
        <translation>%1 : mauvais type de nœud : %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>metadata of the patch is not a map</source>
        <translation>metadata du patch n&apos;est pas un mapping</translation>
    </message>
    <message>
        <source>unknown patch directive &quot;%1&quot;</source>
        <translation>directive de patch inconnue « %1 »</translation>
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
    <name>TlsTrust</name>
    <message>
        <source>The HTTPS server %1 sent a certificate that cannot be read</source>
        <translation>Le serveur HTTPS %1 a envoyé un certificat illisible</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (from GIT_SSL_CAINFO or the git config&apos;s http.sslCAInfo) cannot be read or holds no PEM certificate</source>
        <translation>Le fichier d&apos;autorités de certification %1 (de GIT_SSL_CAINFO ou de http.sslCAInfo dans la configuration git) est illisible ou ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>The certificate authority folder %1 (from GIT_SSL_CAPATH or the git config&apos;s http.sslCAPath) does not exist</source>
        <translation>Le dossier d&apos;autorités de certification %1 (de GIT_SSL_CAPATH ou de http.sslCAPath dans la configuration git) n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot set up the certificate check for %1</source>
        <translation>impossible de préparer la vérification du certificat de %1</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is for another host: it names %2. Fleetdesk refuses the connection.</source>
        <translation>Le certificat HTTPS de %1 est destiné à un autre hôte : il nomme %2. Fleetdesk refuse la connexion.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not trusted (%2). Fleetdesk refuses the connection.</source>
        <translation>Le certificat HTTPS de %1 n&apos;est pas digne de confiance (%2). Fleetdesk refuse la connexion.</translation>
    </message>
    <message>
        <source>No certificate authority of this system signed it. If the server uses a private certificate authority, name its PEM file in the git config&apos;s http.sslCAInfo (or http.&lt;url&gt;.sslCAInfo for this server only), or in GIT_SSL_CAINFO.</source>
        <translation>Aucune autorité de certification de ce système ne l&apos;a signé. Si le serveur utilise une autorité de certification privée, indiquez son fichier PEM dans http.sslCAInfo de la configuration git (ou dans http.&lt;url&gt;.sslCAInfo pour ce serveur seulement), ou dans GIT_SSL_CAINFO.</translation>
    </message>
    <message>
        <source>It was checked against the system&apos;s certificate authorities and %1.</source>
        <translation>Il a été vérifié avec les autorités de certification du système et %1.</translation>
    </message>
</context>
<context>
    <name>WorkingTreeSource</name>
    <message>
        <source>%1: an absolute path is not allowed</source>
        <translation>%1 : un chemin absolu n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1 : le chemin sort du dépôt</translation>
    </message>
    <message>
        <source>%1: a symbolic link leads out of the repository</source>
        <translation>%1 : un lien symbolique sort du dépôt</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
</context>
<context>
    <name>fleetdesk</name>
    <message>
        <source>%1: not a SOPS-encrypted file</source>
        <translation>%1 : pas un fichier chiffré par SOPS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the JSON pointer &quot;%1&quot; does not start with &apos;/&apos;</source>
        <translation>le pointeur JSON « %1 » ne commence pas par &apos;/&apos;</translation>
    </message>
    <message>
        <source>the JSON pointer &quot;%1&quot; has a &apos;~&apos; not followed by 0 or 1</source>
        <translation>le pointeur JSON « %1 » contient un &apos;~&apos; qui n&apos;est suivi ni de 0 ni de 1</translation>
    </message>
    <message>
        <source>JSON patch operation %1 (%2 %3): %4</source>
        <translation>opération de patch JSON %1 (%2 %3) : %4</translation>
    </message>
    <message>
        <source>an operation must be a map</source>
        <translation>une opération doit être un mapping</translation>
    </message>
    <message>
        <source>the operation has no &quot;path&quot;</source>
        <translation>l&apos;opération n&apos;a pas de « path »</translation>
    </message>
    <message>
        <source>the operation has no &quot;value&quot;</source>
        <translation>l&apos;opération n&apos;a pas de « value »</translation>
    </message>
    <message>
        <source>the path does not exist</source>
        <translation>le chemin n&apos;existe pas</translation>
    </message>
    <message>
        <source>the value is not the expected one</source>
        <translation>la valeur n&apos;est pas celle attendue</translation>
    </message>
    <message>
        <source>the operation has no &quot;from&quot;</source>
        <translation>l&apos;opération n&apos;a pas de « from »</translation>
    </message>
    <message>
        <source>the &quot;from&quot; path %1 does not exist</source>
        <translation>le chemin « from » %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot move a value into itself</source>
        <translation>impossible de déplacer une valeur dans elle-même</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>opération inconnue « %1 »</translation>
    </message>
    <message>
        <source>the JSON patch turned the object into something that is not a map</source>
        <translation>le patch JSON a transformé l&apos;objet en autre chose qu&apos;un mapping</translation>
    </message>
    <message>
        <source>may not add resource with an already registered id: %1</source>
        <translation>impossible d&apos;ajouter une ressource dont l&apos;id est déjà enregistré : %1</translation>
    </message>
    <message>
        <source>label selector &quot;%1&quot;, at character %2: %3</source>
        <translation>sélecteur de labels « %1 », au caractère %2 : %3</translation>
    </message>
    <message>
        <source>%1: invalid sops metadata: a [sops] key is both a value and a list or mapping</source>
        <translation>%1 : métadonnées sops invalides : une clé de [sops] est à la fois une valeur et une liste ou un mappage</translation>
    </message>
    <message>
        <source>%1: invalid sops metadata: a list in [sops] has gaps</source>
        <translation>%1 : métadonnées sops invalides : une liste de [sops] a des trous</translation>
    </message>
    <message>
        <source>%1:%2: invalid sops metadata: [sops] sets &quot;%3&quot; twice</source>
        <translation>%1:%2 : métadonnées sops invalides : [sops] définit « %3 » deux fois</translation>
    </message>
    <message>
        <source>%1:%2: invalid sops metadata in [sops]</source>
        <translation>%1:%2 : métadonnées sops invalides dans [sops]</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ActionLogPane</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Save the whole action log as JSON or CSV</source>
        <translation>Enregistrer tout le journal des actions en JSON ou CSV</translation>
    </message>
    <message>
        <source>Action log written to %1</source>
        <translation>Journal des actions écrit dans %1</translation>
    </message>
    <message>
        <source>Export Action Log</source>
        <translation>Exporter le journal des actions</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
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
    <name>fleetdesk::ChangesPanel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Indexer</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Désindexer</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Stage hunk</source>
        <translation>Indexer le bloc</translation>
    </message>
    <message>
        <source>Unstage hunk</source>
        <translation>Désindexer le bloc</translation>
    </message>
    <message>
        <source>Amend the last commit</source>
        <translation>Modifier le dernier commit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Tirer</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pousser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Abort rebase</source>
        <translation>Annuler le rebase</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Indexé</translation>
    </message>
    <message>
        <source>Unstaged</source>
        <translation>Non indexé</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <source>Summary of the change

Why it is needed</source>
        <translation>Résumé de la modification

Pourquoi elle est nécessaire</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unstaged changes of %n file(s)? They are kept in a recovery stash entry, so `git stash apply` brings them back.</source>
        <translation>
            <numerusform>Abandonner les modifications non indexées de %n fichier ? Elles sont conservées dans une entrée de remisage de récupération : `git stash apply` les restaure.</numerusform>
            <numerusform>Abandonner les modifications non indexées de %n fichiers ? Elles sont conservées dans une entrée de remisage de récupération : `git stash apply` les restaure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abort the rebase</source>
        <translation>Annuler le rebase</translation>
    </message>
    <message>
        <source>Go back to the commits, index and files you had before the rebase started?</source>
        <translation>Revenir aux commits, à l’index et aux fichiers que vous aviez avant le début du rebase ?</translation>
    </message>
    <message>
        <source>Write a summary on the first line.</source>
        <translation>Écrivez un résumé sur la première ligne.</translation>
    </message>
    <message>
        <source>The summary has %1 characters; keep it within %2.</source>
        <translation>Le résumé fait %1 caractères ; limitez-le à %2.</translation>
    </message>
    <message>
        <source>Leave the second line empty, between the summary and the body.</source>
        <translation>Laissez la deuxième ligne vide, entre le résumé et le corps.</translation>
    </message>
    <message>
        <source>The summary has %1 characters; %2 or fewer read best.</source>
        <translation>Le résumé fait %1 caractères ; %2 ou moins se lisent mieux.</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>HEAD détachée</translation>
    </message>
    <message>
        <source>rebase in progress</source>
        <translation>rebase en cours</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Fichier binaire</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>distant : %1</translation>
    </message>
    <message>
        <source>Conflicted: %1</source>
        <translation>En conflit : %1</translation>
    </message>
    <message>
        <source>Commit and Push</source>
        <translation>Commit et push</translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation>Commit quand même</translation>
    </message>
    <message>
        <source>Check the staged content (SOPS commit guard and lint), commit it and push</source>
        <translation>Vérifier le contenu indexé (garde SOPS et analyse), faire le commit et pousser</translation>
    </message>
    <message>
        <source>Commit and push although the lint warns; errors and unencrypted secrets are never let through</source>
        <translation>Faire le commit et pousser malgré les avertissements ; les erreurs et les secrets non chiffrés ne passent jamais</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ClusterAgeKey</name>
    <message>
        <source>%1: creation_rules is not a list</source>
        <translation>%1 : creation_rules n’est pas une liste</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>refusing to write the private age key into the Git working tree %1; save it outside any repository</source>
        <translation>refus d’écrire la clé privée age dans l’arbre de travail Git %1 ; enregistrez-la hors de tout dépôt</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ConfirmActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <source>Optional: why (kept in the suspend.toolkit.fluxcd.io/reason annotation)</source>
        <translation>Facultatif : pourquoi (conservé dans l&apos;annotation suspend.toolkit.fluxcd.io/reason)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ConnectionIndicator</name>
    <message>
        <source>kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Since %1; the tree shows the last known state.</source>
        <translation>Depuis %1 ; l&apos;arbre montre le dernier état connu.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ControllerHealth</name>
    <message>
        <source>Scaled to zero replicas</source>
        <translation>Réduit à zéro réplica</translation>
    </message>
    <message>
        <source>No replica available</source>
        <translation>Aucun réplica disponible</translation>
    </message>
    <message>
        <source>%1 of %2 replicas available</source>
        <translation>%1 réplicas sur %2 disponibles</translation>
    </message>
    <message>
        <source>No instance holds the leader lease</source>
        <translation>Aucune instance ne détient le bail de leader</translation>
    </message>
    <message>
        <source>The leader lease was last renewed %1 s ago</source>
        <translation>Le bail de leader a été renouvelé il y a %1 s</translation>
    </message>
    <message>
        <source>The leader lease was never renewed</source>
        <translation>Le bail de leader n&apos;a jamais été renouvelé</translation>
    </message>
    <message>
        <source>Its health endpoint does not answer</source>
        <translation>Son point de santé ne répond pas</translation>
    </message>
    <message>
        <source>Its health endpoint answers HTTP %1</source>
        <translation>Son point de santé répond HTTP %1</translation>
    </message>
    <message>
        <source>Its API is served, but there is no Deployment or leader lease to tell whether it runs</source>
        <translation>Son API est servie, mais aucun Deployment ni bail de leader n&apos;indique s&apos;il tourne</translation>
    </message>
    <message>
        <source>You may not read Deployments or Leases in %1</source>
        <translation>Vous n&apos;êtes pas autorisé à lire les Deployments ni les Leases dans %1</translation>
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
    <name>fleetdesk::Document</name>
    <message>
        <source>cannot remove the whole document</source>
        <translation>impossible de supprimer tout le document</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; does not exist</source>
        <translation>la clé « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; is out of range of a list of %2</source>
        <translation>l&apos;index « %1 » dépasse une liste de %2 éléments</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is below a value that is neither a map nor a list</source>
        <translation>« %1 » se trouve sous une valeur qui n&apos;est ni un mapping ni une liste</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftCalculator</name>
    <message>
        <source>the API call limit per Kustomization (%1) was reached</source>
        <translation>la limite d&apos;appels API par Kustomization (%1) est atteinte</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>cannot read the decryption Secret %1: %2</source>
        <translation>impossible de lire le Secret de déchiffrement %1 : %2</translation>
    </message>
    <message>
        <source>the decryption Secret %1 holds no age key (*.agekey)</source>
        <translation>le Secret de déchiffrement %1 ne contient aucune clé age (*.agekey)</translation>
    </message>
    <message>
        <source>not pruned (%1: disabled)</source>
        <translation>non supprimé (%1 : disabled)</translation>
    </message>
    <message>
        <source>reconcile disabled</source>
        <translation>réconciliation désactivée</translation>
    </message>
    <message>
        <source>SOPS-encrypted, and the Kustomization has no decryption key</source>
        <translation>chiffré avec SOPS, et la Kustomization n&apos;a pas de clé de déchiffrement</translation>
    </message>
    <message>
        <source>the decrypted file %1 holds no Secret</source>
        <translation>le fichier déchiffré %1 ne contient aucun Secret</translation>
    </message>
    <message>
        <source>dry-run failed: %1</source>
        <translation>échec de l&apos;essai à blanc : %1</translation>
    </message>
    <message>
        <source>the cluster serves no %1 in %2</source>
        <translation>le cluster ne sert aucun %1 dans %2</translation>
    </message>
    <message>
        <source>spec.decryption has no secretRef with an age key</source>
        <translation>spec.decryption n’a pas de secretRef avec une clé age</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftDock</name>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>&amp;What Would This Change Do?</source>
        <translation>&amp;Que changerait cette modification ?</translation>
    </message>
    <message>
        <source>Show the drift the uncommitted edits in the working tree would cause, before you commit them</source>
        <translation>Afficher la dérive que provoqueraient les modifications non validées de l&apos;arbre de travail, avant de les valider</translation>
    </message>
    <message>
        <source>Drift of %1 computed</source>
        <translation>Dérive de %1 calculée</translation>
    </message>
    <message>
        <source>Computing drift of %1: %2 of %3 objects</source>
        <translation>Calcul de la dérive de %1 : %2 objets sur %3</translation>
    </message>
    <message>
        <source>the uncommitted edits to %1</source>
        <translation>les modifications non validées de %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftMonitor</name>
    <message>
        <source>cluster %1 is not connected</source>
        <translation>le cluster %1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>%1/%2 is not tracked on %3</source>
        <translation>%1/%2 n&apos;est pas suivi sur %3</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftReportFormat</name>
    <message>
        <source>&lt;absent&gt;</source>
        <translation>&lt;absent&gt;</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1: value of key %2 differs</source>
        <translation>%1 : la valeur de la clé %2 diffère</translation>
    </message>
    <message>
        <source>[defaulted]</source>
        <translation>[valeur par défaut]</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>aucune révision</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftView</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: value of key %2 differs</source>
        <translation>%1 : la valeur de la clé %2 diffère</translation>
    </message>
    <message>
        <source>Last set by: unknown field manager</source>
        <translation>Défini en dernier par : gestionnaire de champ inconnu</translation>
    </message>
    <message>
        <source>Last set by: %1</source>
        <translation>Défini en dernier par : %1</translation>
    </message>
    <message>
        <source>Set by the API server&apos;s defaulting</source>
        <translation>Défini par les valeurs par défaut du serveur d&apos;API</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>Hide &amp;defaulted fields</source>
        <translation>Masquer les champs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>Show the live object and the desired object next to each other (Alt+S)</source>
        <translation>Afficher l&apos;objet en direct et l&apos;objet souhaité côte à côte (Alt+S)</translation>
    </message>
    <message>
        <source>I&amp;nline</source>
        <translation>E&amp;n ligne</translation>
    </message>
    <message>
        <source>Show one column: live lines marked −, desired lines marked + (Alt+N)</source>
        <translation>Afficher une colonne : lignes en direct marquées −, lignes souhaitées marquées + (Alt+N)</translation>
    </message>
    <message>
        <source>Hide fields that only the API server&apos;s defaulting set in the live object</source>
        <translation>Masquer les champs que seules les valeurs par défaut du serveur d&apos;API ont définis dans l&apos;objet en direct</translation>
    </message>
    <message>
        <source>&amp;Open Source File</source>
        <translation>&amp;Ouvrir le fichier source</translation>
    </message>
    <message>
        <source>Open the desired object&apos;s manifest in the editor at its line (Alt+O)</source>
        <translation>Ouvrir le manifeste de l&apos;objet souhaité dans l&apos;éditeur à sa ligne (Alt+O)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Objects Flux would create, change or prune, and those it skips or failed on</source>
        <translation>Objets que Flux créerait, modifierait ou supprimerait, et ceux qu&apos;il ignore ou sur lesquels il a échoué</translation>
    </message>
    <message>
        <source>The live object in the cluster; removed lines are red</source>
        <translation>L&apos;objet en direct dans le cluster ; les lignes supprimées sont en rouge</translation>
    </message>
    <message>
        <source>The desired object (server-side apply dry-run of Git); added lines are green</source>
        <translation>L&apos;objet souhaité (essai à blanc server-side apply depuis Git) ; les lignes ajoutées sont en vert</translation>
    </message>
    <message>
        <source>Live lines are marked −, desired lines +; drifted fields are marked in the gutter</source>
        <translation>Les lignes en direct sont marquées −, les lignes souhaitées + ; les champs dérivés sont marqués dans la marge</translation>
    </message>
    <message>
        <source>&amp;Live (cluster)</source>
        <translation>&amp;En direct (cluster)</translation>
    </message>
    <message>
        <source>D&amp;esired (Git)</source>
        <translation>&amp;Souhaité (Git)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>Field Manager</source>
        <translation>Gestionnaire de champ</translation>
    </message>
    <message>
        <source>Drifted fields: the live value, the desired value and the field manager that last set the live value</source>
        <translation>Champs dérivés : la valeur en direct, la valeur souhaitée et le gestionnaire de champ qui a défini la valeur en direct en dernier</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a Kustomization, or an object it applies, to see what the cluster holds against what Git says.</source>
        <translation>Sélectionnez une Kustomization, ou un objet qu&apos;elle applique, pour voir ce que contient le cluster par rapport à Git.</translation>
    </message>
    <message>
        <source>No drift for %1</source>
        <translation>Aucune dérive pour %1</translation>
    </message>
    <message>
        <source>Drift is computed for Flux Kustomizations and the objects they apply. Select a Kustomization, or a tenant or cluster to see its drift count in the tree.</source>
        <translation>La dérive est calculée pour les Kustomizations Flux et les objets qu&apos;elles appliquent. Sélectionnez une Kustomization, ou un locataire ou un cluster pour voir son nombre de dérives dans l&apos;arbre.</translation>
    </message>
    <message>
        <source>Drift — %1</source>
        <translation>Dérive — %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Pas encore calculé</translation>
    </message>
    <message>
        <source>The drift of %1 has not been computed yet. It is computed in the background once its cluster is connected; the status bar shows the progress.</source>
        <translation>La dérive de %1 n&apos;a pas encore été calculée. Elle est calculée en arrière-plan dès que son cluster est connecté ; la barre d&apos;état affiche la progression.</translation>
    </message>
    <message>
        <source>Drift — cluster %1</source>
        <translation>Dérive — cluster %1</translation>
    </message>
    <message>
        <source>Cluster %1 is offline, so the drift cannot be computed: it needs the live objects.</source>
        <translation>Le cluster %1 est hors ligne, la dérive ne peut donc pas être calculée : elle nécessite les objets en direct.</translation>
    </message>
    <message>
        <source>Cluster offline</source>
        <translation>Cluster hors ligne</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Rendering %1 and comparing it with the cluster.</source>
        <translation>Rendu de %1 et comparaison avec le cluster.</translation>
    </message>
    <message>
        <source>Drift could not be computed</source>
        <translation>La dérive n&apos;a pas pu être calculée</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>Aucune dérive</translation>
    </message>
    <message>
        <source>The cluster matches Git: applying revision %1 would change nothing.</source>
        <translation>Le cluster correspond à Git : appliquer la révision %1 ne changerait rien.</translation>
    </message>
    <message>
        <source>This object matches Git at revision %1.</source>
        <translation>Cet objet correspond à Git à la révision %1.</translation>
    </message>
    <message>
        <source>Kustomization %1%2 on %3</source>
        <translation>Kustomization %1%2 sur %3</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n à modifier</numerusform>
            <numerusform>%n à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré(s)</numerusform>
            <numerusform>%n ignoré(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>uncommitted changes in the working tree</source>
        <translation>modifications non validées dans l&apos;arbre de travail</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>calculé %1</translation>
    </message>
    <message>
        <source>Computed at %1</source>
        <translation>Calculé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n drifted field(s)</source>
        <translation>
            <numerusform>%n champ(s) dérivé(s)</numerusform>
            <numerusform>%n champ(s) dérivé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1:%2</source>
        <translation>Source : %1:%2</translation>
    </message>
    <message>
        <source>Not in the cluster: Flux would create it.</source>
        <translation>Absent du cluster : Flux le créerait.</translation>
    </message>
    <message>
        <source>No longer in Git and prune is on: Flux would delete it from the cluster.</source>
        <translation>N&apos;est plus dans Git et prune est activé : Flux le supprimerait du cluster.</translation>
    </message>
    <message>
        <source>Not compared.</source>
        <translation>Non comparé.</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Non comparé : %1</translation>
    </message>
    <message>
        <source>Could not be compared: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>value of key %1 differs</source>
        <translation>la valeur de la clé %1 diffère</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Secret values are never shown; they are compared by keyed hash.</source>
        <translation>Les valeurs des Secrets ne sont jamais affichées ; elles sont comparées par hachage à clé.</translation>
    </message>
    <message>
        <source>%1 · defaulted</source>
        <translation>%1 · valeur par défaut</translation>
    </message>
</context>
<context>
    <name>fleetdesk::EventsPane</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Select a Flux object that is in a cluster to see its Events.</source>
        <translation>Sélectionnez un objet Flux présent dans un cluster pour voir ses événements.</translation>
    </message>
    <message>
        <source>Events of %1 on %2: loading…</source>
        <translation>Événements de %1 sur %2 : chargement…</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Révision : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>No Events for %1 on %2 (Kubernetes keeps them for about an hour).</source>
        <translation>Aucun événement pour %1 sur %2 (Kubernetes les garde environ une heure).</translation>
    </message>
    <message>
        <source>Events of %1 on %2, newest first</source>
        <translation>Événements de %1 sur %2, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>You may not list Events for %1: %2</source>
        <translation>Vous n&apos;avez pas le droit de lister les événements de %1 : %2</translation>
    </message>
    <message>
        <source>Events of %1 could not be read: %2</source>
        <translation>Les événements de %1 n&apos;ont pas pu être lus : %2</translation>
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
    <message>
        <source>Lint findings in this subtree: %1</source>
        <translation>Résultats de lint dans cette branche : %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>In Git only (not applied)</source>
        <translation>Seulement dans Git (non appliqué)</translation>
    </message>
    <message>
        <source>In the cluster only (not in Git)</source>
        <translation>Seulement dans le cluster (pas dans Git)</translation>
    </message>
    <message>
        <source>In Git and in the cluster</source>
        <translation>Dans Git et dans le cluster</translation>
    </message>
    <message>
        <source>Suspended in the cluster</source>
        <translation>Suspendu dans le cluster</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <source>Source (Git): %1</source>
        <translation>Source (Git) : %1</translation>
    </message>
    <message>
        <source>Last attempted: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>The cluster has not applied the source&apos;s revision yet.</source>
        <translation>Le cluster n&apos;a pas encore appliqué la révision de la source.</translation>
    </message>
    <message>
        <source>Last successful reconcile: %1 (%2 UTC)</source>
        <translation>Dernière réconciliation réussie : %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Drift not computed yet</source>
        <translation>Dérive pas encore calculée</translation>
    </message>
    <message>
        <source>In sync with Git</source>
        <translation>Synchronisé avec Git</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change</source>
        <translation>
            <numerusform>%n objet(s) changerai(en)t</numerusform>
            <numerusform>%n objet(s) changerai(en)t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drift in this subtree: %n object(s) would change</source>
        <translation>
            <numerusform>Dérive dans ce sous-arbre : %n objet(s) changerai(en)t</numerusform>
            <numerusform>Dérive dans ce sous-arbre : %n objet(s) changerai(en)t</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Last Reconcile</source>
        <translation>Dernière réconciliation</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sains</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradés</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 · controllers %2</source>
        <translation>%1 · contrôleurs %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n behind</source>
        <translation>
            <numerusform>%1 · %n en retard</numerusform>
            <numerusform>%1 · %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Flux controllers: not readable (%1)</source>
        <translation>Contrôleurs Flux : illisibles (%1)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <source>The local checkout&apos;s branch is %n commit(s) ahead of the applied revision.</source>
        <translation>
            <numerusform>La branche de la copie locale a %n commit(s) d’avance sur la révision appliquée.</numerusform>
            <numerusform>La branche de la copie locale a %n commit(s) d’avance sur la révision appliquée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · up to date</source>
        <translation>%1 · à jour</translation>
    </message>
    <message>
        <source>%1 ↑%2</source>
        <translation>%1 ↑%2</translation>
    </message>
    <message>
        <source>%1 ↓%2</source>
        <translation>%1 ↓%2</translation>
    </message>
    <message>
        <source>%1 ↑%2 ↓%3 · diverged</source>
        <translation>%1 ↑%2 ↓%3 · divergé</translation>
    </message>
    <message>
        <source>%1 · no upstream</source>
        <translation>%1 · pas d’amont</translation>
    </message>
    <message>
        <source>%1 · upstream gone</source>
        <translation>%1 · amont disparu</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>HEAD détaché</translation>
    </message>
    <message>
        <source>%1 · no commits yet</source>
        <translation>%1 · aucun commit</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Dépôt : %1</translation>
    </message>
    <message>
        <source>Branch %1 tracks %2</source>
        <translation>La branche %1 suit %2</translation>
    </message>
    <message>
        <source>Up to date with %1</source>
        <translation>À jour avec %1</translation>
    </message>
    <message>
        <source>1 commit to push</source>
        <translation>1 commit à pousser</translation>
    </message>
    <message>
        <source>%1 commits to push</source>
        <translation>%1 commits à pousser</translation>
    </message>
    <message>
        <source>1 commit to pull</source>
        <translation>1 commit à récupérer</translation>
    </message>
    <message>
        <source>%1 commits to pull</source>
        <translation>%1 commits à récupérer</translation>
    </message>
    <message>
        <source>The branch and %1 have diverged: a pull rebases the local commits onto %1.</source>
        <translation>La branche et %1 ont divergé : un pull rebase les commits locaux sur %1.</translation>
    </message>
    <message>
        <source>Branch %1 tracks no upstream: the first push sets one.</source>
        <translation>La branche %1 ne suit aucun amont : le premier push en définit un.</translation>
    </message>
    <message>
        <source>Branch %1 tracks %2, which does not exist: deleted on the remote, or not fetched yet.</source>
        <translation>La branche %1 suit %2, qui n’existe pas : supprimée sur le dépôt distant, ou pas encore récupérée.</translation>
    </message>
    <message>
        <source>HEAD is not on a branch.</source>
        <translation>HEAD n’est sur aucune branche.</translation>
    </message>
    <message>
        <source>Branch %1 has no commits yet.</source>
        <translation>La branche %1 n’a encore aucun commit.</translation>
    </message>
    <message>
        <source>The branch has not been read yet.</source>
        <translation>La branche n’a pas encore été lue.</translation>
    </message>
    <message>
        <source>Cannot read the branch: %1</source>
        <translation>Impossible de lire la branche : %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FluxActions</name>
    <message>
        <source>Permission denied: you may not %1 %2 in namespace %3 (%4)</source>
        <translation>Permission refusée : vous ne pouvez pas %1 %2 dans l’espace de noms %3 (%4)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation>source %1 : %2</translation>
    </message>
    <message>
        <source>resource is suspended</source>
        <translation>la ressource est suspendue</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>réconcilié</translation>
    </message>
    <message>
        <source>reconciled, revision %1</source>
        <translation>réconcilié, révision %1</translation>
    </message>
    <message>
        <source>timed out waiting for the reconcile request %1 to be handled</source>
        <translation>délai dépassé en attendant le traitement de la demande de réconciliation %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FluxEvents</name>
    <message>
        <source>You may not list Events in namespace %1 (%2)</source>
        <translation>Vous n&apos;êtes pas autorisé à lister les événements de l&apos;espace de noms %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::GitWorker</name>
    <message>
        <source>Discarded %1; the content is kept in the stash entry %2</source>
        <translation>%1 abandonné ; le contenu est conservé dans l’entrée de remisage %2</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>%1 validé</translation>
    </message>
    <message>
        <source>Amended the last commit: %1</source>
        <translation>Dernier commit modifié : %1</translation>
    </message>
    <message>
        <source>The rebase stopped on conflicts in %1. Resolve them, or abort to go back to where you were.</source>
        <translation>Le rebase s’est arrêté sur des conflits dans %1. Résolvez-les, ou annulez pour revenir où vous étiez.</translation>
    </message>
    <message>
        <source>The remote has new commits that conflict with yours in %1. Resolve them, or abort to go back to where you were.</source>
        <translation>Le dépôt distant a de nouveaux commits en conflit avec les vôtres dans %1. Résolvez les conflits, ou annulez pour revenir où vous étiez.</translation>
    </message>
    <message>
        <source>Pushed after rebasing onto the remote&apos;s new commits</source>
        <translation>Poussé après un rebase sur les nouveaux commits du dépôt distant</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Poussé</translation>
    </message>
    <message>
        <source>The next commit conflicts too, in %1.</source>
        <translation>Le commit suivant est aussi en conflit, dans %1.</translation>
    </message>
    <message>
        <source>Cloned %1</source>
        <translation>%1 cloné</translation>
    </message>
    <message>
        <source>Nothing is staged to commit</source>
        <translation>Rien n&apos;est indexé pour le commit</translation>
    </message>
    <message>
        <source>Not committed: the staged content has findings that must be fixed first</source>
        <translation>Pas de commit : le contenu indexé a des problèmes à corriger d&apos;abord</translation>
    </message>
    <message>
        <source>Not committed yet: the staged content has lint warnings; commit anyway?</source>
        <translation>Pas encore de commit : le contenu indexé a des avertissements ; faire le commit quand même ?</translation>
    </message>
    <message>
        <source>Committed %1, but the push failed: %2</source>
        <translation>Commit %1 effectué, mais le push a échoué : %2</translation>
    </message>
    <message>
        <source>Committed %1, but the remote has new commits that conflict with it in %2. Resolve them, or abort to go back to where you were.</source>
        <translation>Commit %1 effectué, mais le dépôt distant a de nouveaux commits en conflit dans %2. Résolvez-les, ou annulez pour revenir à l&apos;état précédent.</translation>
    </message>
    <message>
        <source>Committed %1 and pushed after rebasing onto the remote&apos;s new commits</source>
        <translation>Commit %1 effectué et poussé après un rebase sur les nouveaux commits distants</translation>
    </message>
    <message>
        <source>Committed %1 and pushed</source>
        <translation>Commit %1 effectué et poussé</translation>
    </message>
    <message>
        <source>(The answer was not remembered: %1)</source>
        <translation>(La réponse n’a pas été mémorisée : %1)</translation>
    </message>
    <message>
        <source>Forgot the saved SSH key passphrases</source>
        <translation>Les phrases de passe enregistrées des clés SSH ont été oubliées</translation>
    </message>
    <message>
        <source>Forgot the saved credentials for %1 and the saved SSH key passphrases</source>
        <translation>Les identifiants enregistrés pour %1 et les phrases de passe des clés SSH ont été oubliés</translation>
    </message>
</context>
<context>
    <name>fleetdesk::HostKeyDialog</name>
    <message>
        <source>Unknown SSH Host</source>
        <translation>Hôte SSH inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;The authenticity of host &lt;b&gt;%1&lt;/b&gt; can&apos;t be established: it is not in your known_hosts.&lt;/p&gt;&lt;p&gt;Its %2 key fingerprint is&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint your administrator published before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;authenticité de l&apos;hôte &lt;b&gt;%1&lt;/b&gt; ne peut pas être établie : il n&apos;est pas dans votre known_hosts.&lt;/p&gt;&lt;p&gt;L&apos;empreinte de sa clé %2 est&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Comparez-la avec l&apos;empreinte publiée par votre administrateur avant de lui faire confiance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>Faire confiance une &amp;fois</translation>
    </message>
    <message>
        <source>Connect this time without adding the key to known_hosts</source>
        <translation>Se connecter cette fois sans ajouter la clé à known_hosts</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>Toujours faire &amp;confiance</translation>
    </message>
    <message>
        <source>Connect and add the key to known_hosts</source>
        <translation>Se connecter et ajouter la clé à known_hosts</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>SSH Host Key Changed</source>
        <translation>Clé d&apos;hôte SSH modifiée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The host key of %1 has changed. The connection was refused.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. The new %2 key fingerprint is&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator whether the key changed. If it did, remove the old entry from known_hosts (&lt;tt&gt;ssh-keygen -R %1&lt;/tt&gt;) and connect again.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La clé d&apos;hôte de %1 a changé. La connexion a été refusée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu&apos;un pourrait intercepter la connexion (une attaque de l&apos;homme du milieu), ou la clé du serveur a été remplacée. L&apos;empreinte de la nouvelle clé %2 est&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Demandez à l&apos;administrateur du serveur si la clé a changé. Si oui, supprimez l&apos;ancienne entrée de known_hosts (&lt;tt&gt;ssh-keygen -R %1&lt;/tt&gt;) et reconnectez-vous.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
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
        <source>Issues — errors: %1, warnings: %2</source>
        <translation>Problèmes — erreurs : %1, avertissements : %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::KustomizeRenderer</name>
    <message>
        <source>could not prepare a copy of %1 for kustomize</source>
        <translation>impossible de préparer une copie de %1 pour kustomize</translation>
    </message>
    <message>
        <source>could not write the kustomization for kustomize</source>
        <translation>impossible d&apos;écrire la kustomization pour kustomize</translation>
    </message>
    <message>
        <source>unsupported: %1 (could not run %2: %3)</source>
        <translation>unsupported: %1 (impossible de lancer %2 : %3)</translation>
    </message>
    <message>
        <source>%1 build did not finish in time</source>
        <translation>%1 build ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <source>kustomize build %1: %2</source>
        <translation>kustomize build %1 : %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::KustomizeTarget</name>
    <message>
        <source>unable to find one of &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; or &apos;Kustomization&apos; in directory &apos;%1&apos;</source>
        <translation>aucun des fichiers &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; ou &apos;Kustomization&apos; dans le répertoire &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: invalid Kustomization: json: unknown field &quot;%2&quot;</source>
        <translation>%1 : Kustomization invalide : json : champ inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: invalid Kustomization: json: cannot unmarshal %2 into Go struct field %3 of type string</source>
        <translation>%1 : Kustomization invalide : json : impossible de lire %2 dans le champ de structure Go %3 de type string</translation>
    </message>
    <message>
        <source>%1: replicas: each entry needs a name and a count</source>
        <translation>%1 : replicas : chaque entrée doit avoir un nom et un nombre</translation>
    </message>
    <message>
        <source>%1: %2: security; file &apos;%3&apos; is not in or below &apos;%4&apos;</source>
        <translation>%1 : %2 : sécurité : le fichier &apos;%3&apos; n&apos;est pas dans ou sous &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1:%2: missing kind in object</source>
        <translation>%1:%2 : objet sans kind</translation>
    </message>
    <message>
        <source>%1:%2: missing metadata.name in object</source>
        <translation>%1:%2 : objet sans metadata.name</translation>
    </message>
    <message>
        <source>%1: resource &apos;%2&apos; leaves the repository</source>
        <translation>%1 : la ressource &apos;%2&apos; sort du dépôt</translation>
    </message>
    <message>
        <source>%1: cycle detected: &apos;%2&apos; includes itself</source>
        <translation>%1 : cycle détecté : &apos;%2&apos; s&apos;inclut lui-même</translation>
    </message>
    <message>
        <source>%1: resource &apos;%2&apos;: %3</source>
        <translation>%1 : ressource &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>%1: accumulating resources: &apos;%2&apos;: no such file or directory</source>
        <translation>%1 : collecte des ressources : &apos;%2&apos; : fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>%1: expected kind &apos;Component&apos; for path &apos;%2&apos; but got &apos;%3&apos;</source>
        <translation>%1 : kind &apos;Component&apos; attendu pour le chemin &apos;%2&apos;, mais &apos;%3&apos; trouvé</translation>
    </message>
    <message>
        <source>%1: expected kind != &apos;Component&apos; for path &apos;%2&apos;</source>
        <translation>%1 : kind != &apos;Component&apos; attendu pour le chemin &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1 : kind inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: component &apos;%2&apos; leaves the repository</source>
        <translation>%1 : le composant &apos;%2&apos; sort du dépôt</translation>
    </message>
    <message>
        <source>%1: accumulating components: &apos;%2&apos;: no such file or directory</source>
        <translation>%1 : collecte des composants : &apos;%2&apos; : fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>%1: %2: a generator needs a name</source>
        <translation>%1 : %2 : un générateur doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: %2: cannot add key &apos;%3&apos;, another key by that name already exists</source>
        <translation>%1 : %2 : impossible d&apos;ajouter la clé &apos;%3&apos;, une clé de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: %2: invalid literal source %3, expected key=value</source>
        <translation>%1 : %2 : source littérale invalide %3, key=value attendu</translation>
    </message>
    <message>
        <source>%1: %2: id %3 does not exist; cannot merge or replace</source>
        <translation>%1 : %2 : l&apos;id %3 n&apos;existe pas ; fusion ou remplacement impossible</translation>
    </message>
    <message>
        <source>%1: %2: unknown behavior &apos;%3&apos;</source>
        <translation>%1 : %2 : behavior inconnu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: %2: found multiple objects that could accept merge of %3</source>
        <translation>%1 : %2 : plusieurs objets pourraient recevoir la fusion de %3</translation>
    </message>
    <message>
        <source>%1: %2: id %3 exists; behavior must be merge or replace</source>
        <translation>%1 : %2 : l&apos;id %3 existe ; behavior doit être merge ou replace</translation>
    </message>
    <message>
        <source>%1: namespace transformation produces ID conflict: %2</source>
        <translation>%1 : la transformation de namespace produit un conflit d&apos;id : %2</translation>
    </message>
    <message>
        <source>%1: replicas: resource with name %2 does not match a config with the following GVK [Deployment StatefulSet ReplicaSet ReplicationController]</source>
        <translation>%1 : replicas : la ressource nommée %2 ne correspond à aucune configuration avec ces GVK [Deployment StatefulSet ReplicaSet ReplicationController]</translation>
    </message>
    <message>
        <source>%1: %2: a patch needs a path or a patch</source>
        <translation>%1 : %2 : un patch doit avoir path ou patch</translation>
    </message>
    <message>
        <source>%1: no matches for Id %2; failed to find unique target for patch %2</source>
        <translation>%1 : aucune correspondance pour l&apos;id %2 ; pas de cible unique pour le patch %2</translation>
    </message>
    <message>
        <source>%1: multiple matches for Id %2; failed to find unique target for patch %2</source>
        <translation>%1 : plusieurs correspondances pour l&apos;id %2 ; pas de cible unique pour le patch %2</translation>
    </message>
    <message>
        <source>%1: patchesStrategicMerge: &apos;%2&apos;: no such file or directory</source>
        <translation>%1 : patchesStrategicMerge : &apos;%2&apos; : fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>%1: patchesStrategicMerge holds a JSON 6902 patch</source>
        <translation>%1 : patchesStrategicMerge contient un patch JSON 6902</translation>
    </message>
    <message>
        <source>%1: patches: must specify a target for JSON patch %2</source>
        <translation>%1 : patches : un patch JSON doit avoir un target : %2</translation>
    </message>
    <message>
        <source>%1: patches: target: %2</source>
        <translation>%1 : patches : target : %2</translation>
    </message>
    <message>
        <source>%1: patchesJson6902: not a JSON 6902 patch</source>
        <translation>%1 : patchesJson6902 : pas un patch JSON 6902</translation>
    </message>
    <message>
        <source>%1: patchesJson6902: target: %2</source>
        <translation>%1 : patchesJson6902 : target : %2</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1 : le chemin sort du dépôt</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1 : répertoire introuvable</translation>
    </message>
</context>
<context>
    <name>fleetdesk::LabelSelector</name>
    <message>
        <source>a key must follow &apos;!&apos;</source>
        <translation>une clé doit suivre &apos;!&apos;</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>une clé était attendue</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>un nombre était attendu</translation>
    </message>
    <message>
        <source>&apos;(&apos; was expected</source>
        <translation>&apos;(&apos; était attendu</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; was expected</source>
        <translation>&apos;,&apos; ou &apos;)&apos; était attendu</translation>
    </message>
    <message>
        <source>&apos;,&apos; was expected</source>
        <translation>&apos;,&apos; était attendu</translation>
    </message>
</context>
<context>
    <name>fleetdesk::LiveActions</name>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Réconcilier</translation>
    </message>
    <message>
        <source>Ask Flux to reconcile the selected objects now and wait until it has (Ctrl+R)</source>
        <translation>Demander à Flux de réconcilier maintenant les objets sélectionnés et attendre la fin (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reconcile with &amp;Source</source>
        <translation>Réconcilier avec la &amp;source</translation>
    </message>
    <message>
        <source>Reconcile each selected object&apos;s source first (fetch from Git), then the object (Ctrl+Shift+R)</source>
        <translation>Réconcilier d&apos;abord la source de chaque objet sélectionné (récupérer depuis Git), puis l&apos;objet (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>S&amp;uspendre</translation>
    </message>
    <message>
        <source>Stop Flux from reconciling the selected objects (spec.suspend: true) (Ctrl+Shift+S)</source>
        <translation>Empêcher Flux de réconcilier les objets sélectionnés (spec.suspend: true) (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Let Flux reconcile the selected objects again and wait for it (Ctrl+Shift+U)</source>
        <translation>Laisser Flux réconcilier à nouveau les objets sélectionnés et attendre (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>F&amp;lux</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Reconcile with source</source>
        <translation>Réconcilier avec la source</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Réconcilier</translation>
    </message>
    <message>
        <source>1 Flux object</source>
        <translation>1 objet Flux</translation>
    </message>
    <message>
        <source>%1 Flux objects</source>
        <translation>%1 objets Flux</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clusters</translation>
    </message>
    <message>
        <source>%1 1 Flux object on %2?</source>
        <translation>%1 1 objet Flux sur %2 ?</translation>
    </message>
    <message>
        <source>%1 %2 Flux objects on %3?</source>
        <translation>%1 %2 objets Flux sur %3 ?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 finished: suspended</source>
        <translation>%1 terminé : suspendu</translation>
    </message>
    <message>
        <source>%1 finished: Ready at %2</source>
        <translation>%1 terminé : prêt à %2</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 terminé : %2</translation>
    </message>
    <message>
        <source>%1 finished: %2 succeeded</source>
        <translation>%1 terminé : %2 réussis</translation>
    </message>
    <message>
        <source>%1 finished: %2 of %3 failed (%4)</source>
        <translation>%1 terminé : %2 sur %3 en échec (%4)</translation>
    </message>
    <message>
        <source>&amp;Undo Suspend</source>
        <translation>&amp;Annuler la suspension</translation>
    </message>
    <message>
        <source>Resume the objects the last Suspend suspended</source>
        <translation>Reprendre les objets que la dernière suspension a suspendus</translation>
    </message>
    <message numerus="yes">
        <source>%n Flux object(s)</source>
        <translation>
            <numerusform>%n objet(s) Flux</numerusform>
            <numerusform>%n objet(s) Flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Suspend: Resume of %1</source>
        <translation>Annulation de la suspension : reprise de %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Suspend (Resume %n Object(s))</source>
        <translation>
            <numerusform>&amp;Annuler la suspension (reprendre %n objet(s))</numerusform>
            <numerusform>&amp;Annuler la suspension (reprendre %n objet(s))</numerusform>
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
    <message>
        <source>Clusters: %1</source>
        <translation>Clusters : %1</translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Locataires : %1</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objets : %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation>Chargé en %1 ms</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Génération %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>C&amp;hanges Panel</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>Re&amp;connect Clusters</source>
        <translation>Re&amp;connecter les clusters</translation>
    </message>
    <message>
        <source>Flux &amp;Toolbar</source>
        <translation>Barre d&apos;outils &amp;Flux</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Action Log</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>&amp;Action Log</source>
        <translation>Journal des &amp;actions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Flux action finished</source>
        <translation>Action Flux terminée</translation>
    </message>
    <message>
        <source>Flux action failed</source>
        <translation>Action Flux en échec</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Dérive</translation>
    </message>
    <message>
        <source>Only Dri&amp;fted</source>
        <translation>Seulement les dérivés (&amp;f)</translation>
    </message>
    <message>
        <source>Show only the nodes with drift, and the clusters and tenants above them</source>
        <translation>Afficher uniquement les nœuds avec dérive, et les clusters et locataires au-dessus</translation>
    </message>
    <message>
        <source>&amp;Forget Saved Git Credentials</source>
        <translation>&amp;Oublier les identifiants Git enregistrés</translation>
    </message>
    <message>
        <source>Removes the HTTPS token and SSH key passphrases remembered for the repository in the Changes panel; the next push or pull asks again</source>
        <translation>Supprime le jeton HTTPS et les phrases de passe des clés SSH mémorisés pour le dépôt du panneau Modifications ; le prochain push ou pull les redemande</translation>
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
    <name>fleetdesk::NameReferenceFixer</name>
    <message>
        <source>found multiple possible referrals for &apos;%1&apos; in %2: %3</source>
        <translation>plusieurs cibles de référence possibles pour &apos;%1&apos; dans %2 : %3</translation>
    </message>
    <message>
        <source>path config error; no &apos;name&apos; field in node</source>
        <translation>erreur de configuration de chemin : pas de champ &apos;name&apos; dans le nœud</translation>
    </message>
</context>
<context>
    <name>fleetdesk::NotificationBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>fleetdesk::Notifier</name>
    <message>
        <source>Fleetdesk</source>
        <translation>Fleetdesk</translation>
    </message>
    <message>
        <source>failed on %1: %2</source>
        <translation>a échoué sur %1 : %2</translation>
    </message>
    <message>
        <source>is stale on %1: no successful reconcile for a while</source>
        <translation>est périmé sur %1 : aucune réconciliation réussie depuis un moment</translation>
    </message>
    <message>
        <source>recovered on %1: Ready at %2</source>
        <translation>rétabli sur %1 : prêt à %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::Parser</name>
    <message>
        <source>unclosed section header (no &apos;]&apos;)</source>
        <translation>en-tête de section non fermé (pas de « ] »)</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>nom de section vide</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>nom de clé vide</translation>
    </message>
    <message>
        <source>missing closing quote of the key name</source>
        <translation>guillemet fermant du nom de clé manquant</translation>
    </message>
    <message>
        <source>no &apos;=&apos; or &apos;:&apos; after the key name</source>
        <translation>pas de « = » ni de « : » après le nom de clé</translation>
    </message>
    <message>
        <source>not a section, a comment or a key: no &apos;=&apos; or &apos;:&apos;</source>
        <translation>ni section, ni commentaire, ni clé : pas de « = » ni de « : »</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed (%1)</source>
        <translation>la valeur entre guillemets qui commence ici n’est jamais fermée (%1)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::PatchDocument</name>
    <message>
        <source>the patch is not valid YAML or JSON: %1</source>
        <translation>le patch n&apos;est ni du YAML ni du JSON valide : %1</translation>
    </message>
    <message>
        <source>a JSON 6902 patch must be the only document of its file</source>
        <translation>un patch JSON 6902 doit être le seul document de son fichier</translation>
    </message>
    <message>
        <source>JSON 6902 operation %1 needs an &quot;op&quot; and a &quot;path&quot;</source>
        <translation>l&apos;opération JSON 6902 %1 nécessite « op » et « path »</translation>
    </message>
    <message>
        <source>a patch must be a map (strategic merge) or a list (JSON 6902)</source>
        <translation>un patch doit être un mapping (strategic merge) ou une liste (JSON 6902)</translation>
    </message>
    <message>
        <source>the patch is empty</source>
        <translation>le patch est vide</translation>
    </message>
</context>
<context>
    <name>fleetdesk::PatchTarget</name>
    <message>
        <source>target: unknown field &quot;%1&quot;</source>
        <translation>target : champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>target.%1 must be a string</source>
        <translation>target.%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>target.%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>target.%1 : expression régulière invalide « %2 » : %3</translation>
    </message>
    <message>
        <source>target.labelSelector: %1</source>
        <translation>target.labelSelector : %1</translation>
    </message>
    <message>
        <source>target.annotationSelector: %1</source>
        <translation>target.annotationSelector : %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>target : %1</translation>
    </message>
    <message>
        <source>target must be a map</source>
        <translation>target doit être un mapping</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ReconcileEngine</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>No kubeconfig context chosen in Settings</source>
        <translation>Aucun contexte kubeconfig choisi dans les paramètres</translation>
    </message>
    <message>
        <source>No kubeconfig context %1 (map one in Settings)</source>
        <translation>Pas de contexte kubeconfig %1 (à associer dans les paramètres)</translation>
    </message>
    <message>
        <source>Cluster %1 is not connected</source>
        <translation>Le cluster %1 n&apos;est pas connecté</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SecretPromptDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>No keychain is available; nothing is stored</source>
        <translation>Aucun trousseau disponible ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Phrase de passe de la clé SSH</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Git Credentials</source>
        <translation>Identifiants Git</translation>
    </message>
    <message>
        <source>%1 needs a username and a token (or password).</source>
        <translation>%1 demande un nom d&apos;utilisateur et un jeton (ou mot de passe).</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SettingsDialog</name>
    <message>
        <source>&amp;Notify when a Kustomization or HelmRelease fails, goes stale or recovers</source>
        <translation>&amp;Notifier quand une Kustomization ou un HelmRelease échoue, devient périmé ou se rétablit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Fleet cluster</source>
        <translation>Cluster de la flotte</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Contexte kubeconfig</translation>
    </message>
    <message>
        <source>(none: stay offline)</source>
        <translation>(aucun : rester hors ligne)</translation>
    </message>
    <message>
        <source>%1 (same name)</source>
        <translation>%1 (même nom)</translation>
    </message>
    <message>
        <source>Cluster connections</source>
        <translation>Connexions aux clusters</translation>
    </message>
    <message>
        <source>Each cluster of the fleet connects with a context of your kubeconfig. By default it is the context with the cluster&apos;s name. Changes apply when the clusters reconnect, which happens when you press OK.</source>
        <translation>Chaque cluster de la flotte se connecte avec un contexte de votre kubeconfig. Par défaut, c&apos;est le contexte portant le nom du cluster. Les changements s&apos;appliquent quand les clusters se reconnectent, ce qui se produit quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsCommitGuard</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 matches creation rule %2 of %3 but is not encrypted; encrypt it first or override explicitly</source>
        <translation>%1 correspond à la règle de création %2 de %3 mais n’est pas chiffré ; chiffrez-le d’abord ou passez outre explicitement</translation>
    </message>
    <message>
        <source>%1 holds a Kubernetes Secret without SOPS metadata; encrypt it first or override explicitly</source>
        <translation>%1 contient un Secret Kubernetes sans métadonnées SOPS ; chiffrez-le d’abord ou passez outre explicitement</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsEditSession</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB</source>
        <translation>%1 dépasse 32 Mio</translation>
    </message>
    <message>
        <source>%1 is not SOPS-encrypted (it has no sops metadata)</source>
        <translation>%1 n&apos;est pas chiffré avec SOPS (pas de métadonnées sops)</translation>
    </message>
    <message>
        <source>%1: no age identity is available (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, the default keys.txt or the keychain); the file is encrypted for %2</source>
        <translation>%1 : aucune identité age disponible (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, le keys.txt par défaut ou le trousseau) ; le fichier est chiffré pour %2</translation>
    </message>
    <message>
        <source>%1: recipient %2 in the sops metadata: %3</source>
        <translation>%1 : destinataire %2 dans les métadonnées sops : %3</translation>
    </message>
    <message>
        <source>the edited text is not valid: %1; %2 is unchanged</source>
        <translation>le texte modifié n&apos;est pas valide : %1 ; %2 est inchangé</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>impossible d&apos;écrire %1 : %2 ; le fichier est inchangé</translation>
    </message>
    <message>
        <source>%1:%2: this line holds no single value to copy</source>
        <translation>%1:%2 : cette ligne ne contient pas de valeur unique à copier</translation>
    </message>
    <message>
        <source>%1:%2: values inside lists cannot be copied one by one</source>
        <translation>%1:%2 : les valeurs dans les listes ne peuvent pas être copiées une par une</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsEditor</name>
    <message>
        <source>&amp;Save Encrypted</source>
        <translation>&amp;Enregistrer chiffré</translation>
    </message>
    <message>
        <source>&amp;Copy Decrypted Value</source>
        <translation>&amp;Copier la valeur déchiffrée</translation>
    </message>
    <message>
        <source>Encrypted file[*]</source>
        <translation>Fichier chiffré[*]</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>Encrypt again for the recipients in the banner and replace the file (Ctrl+S)</source>
        <translation>Chiffrer à nouveau pour les destinataires du bandeau et remplacer le fichier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copy the decrypted value on the caret&apos;s line; the clipboard is cleared after 30 seconds</source>
        <translation>Copier la valeur déchiffrée de la ligne du curseur ; le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>%1[*] — decrypted in memory</source>
        <translation>%1[*] — déchiffré en mémoire</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2
The file is unchanged.</source>
        <translation>Impossible de déchiffrer %1 : %2
Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 destinataire</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 destinataires</translation>
    </message>
    <message>
        <source>Decrypted in memory — saved re-encrypted for the file&apos;s own %1 (no .sops.yaml creation rule applies)</source>
        <translation>Déchiffré en mémoire — enregistré chiffré à nouveau pour les %1 du fichier (aucune règle de création .sops.yaml ne s&apos;applique)</translation>
    </message>
    <message>
        <source>Decrypted in memory — saved re-encrypted for %1 per .sops.yaml (%2, creation rule %3)</source>
        <translation>Déchiffré en mémoire — enregistré chiffré à nouveau pour %1 selon .sops.yaml (%2, règle de création %3)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
The file is unchanged.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2
Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them encrypted?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer chiffrées ?</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsFile</name>
    <message>
        <source>%1: could not get the data key: %2 of %3 key groups needed could be opened (%4)</source>
        <translation>%1 : impossible d’obtenir la clé de données : %2 des %3 groupes de clés nécessaires ont pu être ouverts (%4)</translation>
    </message>
    <message>
        <source>%1: the file has no age recipients (only other key types, which Fleetdesk does not support)</source>
        <translation>%1 : le fichier n’a aucun destinataire age (seulement d’autres types de clés, que Fleetdesk ne prend pas en charge)</translation>
    </message>
    <message>
        <source>%1: no age identity could decrypt the data key (%2)</source>
        <translation>%1 : aucune identité age n’a pu déchiffrer la clé de données (%2)</translation>
    </message>
    <message>
        <source>%1: the data key is %2 bytes, not 32</source>
        <translation>%1 : la clé de données fait %2 octets, pas 32</translation>
    </message>
    <message>
        <source>no age recipients: set them in .sops.yaml (creation_rules) or with --age</source>
        <translation>aucun destinataire age : définissez-les dans .sops.yaml (creation_rules) ou avec --age</translation>
    </message>
    <message>
        <source>%1: invalid regular expression in the sops metadata: %2</source>
        <translation>%1 : expression régulière non valide dans les métadonnées sops : %2</translation>
    </message>
    <message>
        <source>%1: value at &quot;%2&quot;</source>
        <translation>%1 : valeur à « %2 »</translation>
    </message>
    <message>
        <source>%1: value at &quot;%2&quot; should be encrypted but is a plain %3</source>
        <translation>%1 : la valeur à « %2 » devrait être chiffrée mais est un %3 en clair</translation>
    </message>
    <message>
        <source>%1: the sops metadata has no MAC, so the file&apos;s integrity cannot be verified; refusing to decrypt (override with --ignore-mac only to recover a file you trust)</source>
        <translation>%1 : les métadonnées sops n’ont pas de MAC, l’intégrité du fichier ne peut donc pas être vérifiée ; déchiffrement refusé (passez outre avec --ignore-mac uniquement pour récupérer un fichier de confiance)</translation>
    </message>
    <message>
        <source>%1: &quot;lastmodified&quot; (%2) is not an RFC 3339 time; the MAC cannot be checked</source>
        <translation>%1 : « lastmodified » (%2) n’est pas une heure RFC 3339 ; le MAC ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>%1: MAC</source>
        <translation>%1: MAC</translation>
    </message>
    <message>
        <source>%1: the MAC cannot be decrypted (%2); the file or its lastmodified was tampered with</source>
        <translation>%1 : le MAC ne peut pas être déchiffré (%2) ; le fichier ou son lastmodified a été altéré</translation>
    </message>
    <message>
        <source>%1: MAC mismatch: the file was modified outside sops (file has %2, computed %3)</source>
        <translation>%1 : MAC incorrect : le fichier a été modifié hors de sops (le fichier a %2, calculé %3)</translation>
    </message>
    <message>
        <source>only one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex, unencrypted_comment_regex and encrypted_comment_regex may be set</source>
        <translation>une seule des options unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex, unencrypted_comment_regex et encrypted_comment_regex peut être définie</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière non valide : %1</translation>
    </message>
    <message>
        <source>an encrypted comment matches unencrypted_comment_regex; choose a regex that cannot match &quot;ENC[…]&quot;</source>
        <translation>un commentaire chiffré correspond à unencrypted_comment_regex ; choisissez une regex qui ne peut pas correspondre à « ENC[…] »</translation>
    </message>
    <message>
        <source>%1: the file is already encrypted (it has a top-level &quot;sops&quot; key)</source>
        <translation>%1 : le fichier est déjà chiffré (il a une clé « sops » au premier niveau)</translation>
    </message>
    <message>
        <source>%1: not a SOPS-encrypted file (no &quot;sops&quot; metadata)</source>
        <translation>%1 : pas un fichier chiffré par SOPS (pas de métadonnées « sops »)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsIni</name>
    <message>
        <source>%1: file larger than %2 MiB</source>
        <translation>%1 : fichier de plus de %2 Mio</translation>
    </message>
    <message>
        <source>%1:%2: a second [sops] section (the first is on line %3)</source>
        <translation>%1:%2 : une deuxième section [sops] (la première est à la ligne %3)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsKeyRotation</name>
    <message>
        <source>%1: adding a recipient to a file with several key groups is not supported; edit key_groups in .sops.yaml and run updatekeys</source>
        <translation>%1 : l’ajout d’un destinataire à un fichier à plusieurs groupes de clés n’est pas pris en charge ; modifiez key_groups dans .sops.yaml et lancez updatekeys</translation>
    </message>
    <message>
        <source>%1: %2 is not a recipient of this file</source>
        <translation>%1 : %2 n’est pas un destinataire de ce fichier</translation>
    </message>
    <message>
        <source>%1: creation rule %2 has no age recipients</source>
        <translation>%1 : la règle de création %2 n’a aucun destinataire age</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::StagedCommitCheck</name>
    <message>
        <source>reading the index</source>
        <translation>lecture de l&apos;index</translation>
    </message>
    <message>
        <source>reading HEAD</source>
        <translation>lecture de HEAD</translation>
    </message>
    <message>
        <source>comparing the index with HEAD</source>
        <translation>comparaison de l&apos;index avec HEAD</translation>
    </message>
    <message>
        <source>reading the staged %1</source>
        <translation>lecture de %1 indexé</translation>
    </message>
    <message>
        <source>the repository has no work tree</source>
        <translation>le dépôt n&apos;a pas d&apos;arbre de travail</translation>
    </message>
    <message>
        <source>cannot create a folder for the staged content in %1: %2</source>
        <translation>impossible de créer un dossier pour le contenu indexé dans %1 : %2</translation>
    </message>
    <message>
        <source>writing the staged content out for the lint</source>
        <translation>écriture du contenu indexé pour l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>With --screenshot: wait MS milliseconds after the tree is loaded, so that live cluster state can arrive (default 300).</source>
        <translation>Avec --screenshot : attendre MS millisecondes après le chargement de l&apos;arbre, pour que l&apos;état en direct des clusters arrive (300 par défaut).</translation>
    </message>
    <message>
        <source>fleetdesk: cannot open the window: the GUI module %1 is missing or broken (%2). The commands that need no display (fleetdesk --help lists them) work without it; reinstall Fleetdesk to get the window back.</source>
        <translation>fleetdesk : impossible d’ouvrir la fenêtre : le module graphique %1 est absent ou endommagé (%2). Les commandes qui n’ont pas besoin d’affichage (fleetdesk --help les liste) fonctionnent sans lui ; réinstallez Fleetdesk pour retrouver la fenêtre.</translation>
    </message>
    <message>
        <source>Fleetdesk: a desktop console for Flux v2 GitOps fleets.

Commands that need no display:
  fleetdesk lint PATH [--format text|json|sarif]   check tenant isolation; exits 1 on errors
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   write a demo fleet of Git repositories
  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]
                                                   SOPS with age, like the sops commands
  fleetdesk sops identity add FILE|-|--generate | remove RECIPIENT | list
                                                   age identities kept in the keychain
  fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [KUSTOMIZATION...]
                                                   what Flux would create, change and prune (exit 1 on drift)
  fleetdesk build PATH [--native-only]             kustomize build of a directory, natively
  fleetdesk status [--context C] [--all-contexts] [--workspace DIR] [--format table|json]
                                                   live Flux status across clusters, controller health,
                                                   behind/ahead of the local checkout
  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]
                                                   Flux actions with the flux CLI&apos;s semantics

Without a command, opens the window on PATH (a platform repository), or on the demo fleet with --demo.</source>
        <translation>Fleetdesk : une console de bureau pour les flottes GitOps Flux v2.

Commandes qui n’ont pas besoin d’affichage :
  fleetdesk lint PATH [--format text|json|sarif]   vérifier l’isolation des locataires ; code de sortie 1 en cas d’erreur
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   écrire une flotte de démonstration en dépôts Git
  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]
                                                   SOPS avec age, comme les commandes sops
  fleetdesk sops identity add FILE|-|--generate | remove RECIPIENT | list
                                                   identités age conservées dans le trousseau
  fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [KUSTOMIZATION...]
                                                   ce que Flux créerait, modifierait et supprimerait (code 1 en cas de dérive)
  fleetdesk build PATH [--native-only]             kustomize build d’un répertoire, en natif
  fleetdesk status [--context C] [--all-contexts] [--workspace DIR] [--format table|json]
                                                   état Flux en direct sur tous les clusters, santé des contrôleurs,
                                                   retard/avance sur la copie locale
  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]
                                                   actions Flux avec la sémantique de la CLI flux

Sans commande, ouvre la fenêtre sur PATH (un dépôt de plateforme), ou sur la flotte de démonstration avec --demo.</translation>
    </message>
    <message>
        <source>the commands module %1 is missing or broken (%2); reinstall Fleetdesk to get it back</source>
        <translation>le module des commandes %1 est absent ou endommagé (%2) ; réinstallez Fleetdesk pour le rétablir</translation>
    </message>
</context>
</TS>
