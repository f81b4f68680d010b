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
        <source>File format: yaml, json or dotenv (default: from the extension).</source>
        <translation>Format du fichier : yaml, json ou dotenv (par défaut : d’après l’extension).</translation>
    </message>
    <message>
        <source>Recovery only: decrypt even when the MAC is missing or wrong.</source>
        <translation>Récupération uniquement : déchiffrer même si le MAC manque ou est faux.</translation>
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
    <message>
        <source>cannot load the certificate authorities in %1</source>
        <translation>impossible de charger les autorités de certification de %1</translation>
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
    <name>SopsCommand</name>
    <message>
        <source>usage: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH]</source>
        <translation>usage : fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH]</translation>
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
    <name>fleetdesk</name>
    <message>
        <source>%1: not a SOPS-encrypted file</source>
        <translation>%1 : pas un fichier chiffré par SOPS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Fleetdesk: a desktop console for Flux v2 GitOps fleets.

Commands that need no display:
  fleetdesk lint PATH [--format text|json|sarif]   check tenant isolation; exits 1 on errors
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   write a demo fleet of Git repositories
  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]
                                                   SOPS with age, like the sops commands
  fleetdesk status [--context C] [--all-contexts] [--format table|json]
                                                   live Flux status across clusters
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
  fleetdesk status [--context C] [--all-contexts] [--format table|json]
                                                   état Flux en direct sur tous les clusters
  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]
                                                   actions Flux avec la sémantique de la CLI flux

Sans commande, ouvre la fenêtre sur PATH (un dépôt de plateforme), ou sur la flotte de démonstration avec --demo.</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS milliseconds after the tree is loaded, so that live cluster state can arrive (default 300).</source>
        <translation>Avec --screenshot : attendre MS millisecondes après le chargement de l&apos;arbre, pour que l&apos;état en direct des clusters arrive (300 par défaut).</translation>
    </message>
</context>
</TS>
