<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionLog</name>
    <message>
        <source>cannot write the action log: %1</source>
        <translation>das Aktionsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unknown export format %1</source>
        <translation>unbekanntes Exportformat %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AgeEncryption</name>
    <message>
        <source>age file larger than %1 bytes</source>
        <translation>age-Datei größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>malformed age identity: %1</source>
        <translation>fehlerhafte age-Identität: %1</translation>
    </message>
    <message>
        <source>not an age X25519 identity (prefix &quot;%1&quot;, expected &quot;AGE-SECRET-KEY-&quot; in upper case)</source>
        <translation>keine age-X25519-Identität (Präfix „%1“, erwartet „AGE-SECRET-KEY-“ in Großbuchstaben)</translation>
    </message>
    <message>
        <source>age identity holds %1 bytes, not 32</source>
        <translation>age-Identität enthält %1 Bytes, nicht 32</translation>
    </message>
</context>
<context>
    <name>AgeKeyFile</name>
    <message>
        <source>%1: identity file larger than 16 MiB</source>
        <translation>%1: Identitätsdatei größer als 16 MiB</translation>
    </message>
    <message>
        <source>%1: passphrase-protected identity files are not supported</source>
        <translation>%1: passwortgeschützte Identitätsdateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1: kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: no age identity found</source>
        <translation>%1: keine age-Identität gefunden</translation>
    </message>
</context>
<context>
    <name>AgeRecipient</name>
    <message>
        <source>malformed age recipient &quot;%1&quot;: %2</source>
        <translation>fehlerhafter age-Empfänger „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age X25519 recipient (prefix %2)</source>
        <translation>„%1“ ist kein age-X25519-Empfänger (Präfix %2)</translation>
    </message>
    <message>
        <source>age recipient &quot;%1&quot; holds %2 bytes, not 32</source>
        <translation>age-Empfänger „%1“ enthält %2 Bytes, nicht 32</translation>
    </message>
</context>
<context>
    <name>ArtifactFileSource</name>
    <message>
        <source>%1: left out of the GitRepository artifact by %2</source>
        <translation>%1: durch %2 aus dem Artefakt des GitRepository ausgelassen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message>
        <source>Renders the kustomization in PATH like `kustomize build` and prints the objects as multi-document YAML.</source>
        <translation>Rendert die Kustomization in PATH wie `kustomize build` und gibt die Objekte als YAML mit mehreren Dokumenten aus.</translation>
    </message>
    <message>
        <source>The folder files may be read from (default: the Git work tree of PATH).</source>
        <translation>Der Ordner, aus dem Dateien gelesen werden dürfen (Standard: der Git-Arbeitsbaum von PATH).</translation>
    </message>
    <message>
        <source>The kustomize binary for features rendered by it (default: on PATH).</source>
        <translation>Das kustomize-Programm für Funktionen, die es rendert (Standard: aus PATH).</translation>
    </message>
    <message>
        <source>Never run kustomize: fail on features the native renderer lacks.</source>
        <translation>kustomize nie ausführen: bei Funktionen, die der native Renderer nicht kann, fehlschlagen.</translation>
    </message>
    <message>
        <source>The kustomization directory.</source>
        <translation>Das Kustomization-Verzeichnis.</translation>
    </message>
    <message>
        <source>fleetdesk build: expected exactly one PATH</source>
        <translation>fleetdesk build: genau ein PATH erwartet</translation>
    </message>
    <message>
        <source>fleetdesk build: %1 is not a directory</source>
        <translation>fleetdesk build: %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>fleetdesk build: %1</source>
        <translation>fleetdesk build: %1</translation>
    </message>
    <message>
        <source>fleetdesk build: rendered by %1 because of: %2</source>
        <translation>fleetdesk build: von %1 gerendert wegen: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks a platform repository (and the tenant repositories beside it) for tenant-isolation mistakes. Exits 1 when an error is found, 0 otherwise, 2 on bad usage.</source>
        <translation>Prüft ein Plattform-Repository (und die Mandanten-Repositorys daneben) auf Fehler in der Mandantentrennung. Beendet sich mit 1, wenn ein Fehler gefunden wird, sonst mit 0, und mit 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Output format: text, json or sarif.</source>
        <translation>Ausgabeformat: text, json oder sarif.</translation>
    </message>
    <message>
        <source>The platform repository to lint.</source>
        <translation>Das zu prüfende Plattform-Repository.</translation>
    </message>
    <message>
        <source>fleetdesk lint: expected exactly one PATH</source>
        <translation>fleetdesk lint: genau ein PATH erwartet</translation>
    </message>
    <message>
        <source>fleetdesk lint: unknown format &apos;%1&apos; (text, json, sarif)</source>
        <translation>fleetdesk lint: unbekanntes Format „%1“ (text, json, sarif)</translation>
    </message>
    <message>
        <source>fleetdesk lint: %1 is not a folder</source>
        <translation>fleetdesk lint: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Writes a demo fleet as Git repositories: DIR/platform-flux and DIR/tenants/&lt;name&gt;.</source>
        <translation>Schreibt eine Demo-Flotte als Git-Repositorys: DIR/platform-flux und DIR/tenants/&lt;name&gt;.</translation>
    </message>
    <message>
        <source>Number of clusters (default 2).</source>
        <translation>Anzahl der Cluster (Vorgabe 2).</translation>
    </message>
    <message>
        <source>Number of tenants (default 3).</source>
        <translation>Anzahl der Mandanten (Vorgabe 3).</translation>
    </message>
    <message>
        <source>Kustomizations per tenant and cluster (default 1).</source>
        <translation>Kustomizations pro Mandant und Cluster (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Where to write the repositories.</source>
        <translation>Wohin die Repositorys geschrieben werden.</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: expected exactly one DIR</source>
        <translation>fleetdesk generate-fleet: genau ein DIR erwartet</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: --%1 takes a number from 1 to 10000, not &apos;%2&apos;</source>
        <translation>fleetdesk generate-fleet: --%1 erwartet eine Zahl von 1 bis 10000, nicht „%2“</translation>
    </message>
    <message>
        <source>fleetdesk generate-fleet: %1</source>
        <translation>fleetdesk generate-fleet: %1</translation>
    </message>
    <message>
        <source>Wrote %1 clusters and %2 tenants (%3 files, %4 commits) to %5</source>
        <translation>%1 Cluster und %2 Mandanten (%3 Dateien, %4 Commits) nach %5 geschrieben</translation>
    </message>
    <message>
        <source>fleetdesk: unknown command &apos;%1&apos;</source>
        <translation>fleetdesk: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Write the result back to FILE.</source>
        <translation>Das Ergebnis zurück in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the result to PATH.</source>
        <translation>Das Ergebnis nach PATH schreiben.</translation>
    </message>
    <message>
        <source>Use this .sops.yaml.</source>
        <translation>Diese .sops.yaml verwenden.</translation>
    </message>
    <message>
        <source>Recovery only: decrypt even when the MAC is missing or wrong.</source>
        <translation>Nur zur Wiederherstellung: auch entschlüsseln, wenn der MAC fehlt oder falsch ist.</translation>
    </message>
    <message>
        <source>File format: yaml, json, dotenv or ini (default: from the extension).</source>
        <translation>Dateiformat: yaml, json, dotenv oder ini (Standard: nach der Dateiendung).</translation>
    </message>
</context>
<context>
    <name>CrdDependencyRule</name>
    <message>
        <source>Custom resources applied without their CRDs first</source>
        <translation>Eigene Ressourcen ohne vorherige CRDs angewendet</translation>
    </message>
    <message>
        <source>When one Kustomization applies CustomResourceDefinitions together with custom resources of those definitions, or applies custom resources whose CRDs another Kustomization installs without depending on it, the first reconcile fails (no matches for kind) or races, and pruning the CRDs deletes every custom resource with them.</source>
        <translation>Wenn eine Kustomization CustomResourceDefinitions zusammen mit eigenen Ressourcen dieser Definitionen anwendet, oder eigene Ressourcen anwendet, deren CRDs eine andere Kustomization installiert, ohne von ihr abzuhängen, scheitert der erste Abgleich („no matches for kind“) oder hängt vom Zufall ab, und das Bereinigen der CRDs löscht alle eigenen Ressourcen mit.</translation>
    </message>
    <message>
        <source>Put the CRDs in a Kustomization of their own and add it to the dependsOn list of the Kustomization that applies the custom resources.</source>
        <translation>Die CRDs in eine eigene Kustomization legen und diese in die dependsOn-Liste der Kustomization aufnehmen, die die eigenen Ressourcen anwendet.</translation>
    </message>
    <message>
        <source>%1 applies the CRD for %2 together with %3, a custom resource of it</source>
        <translation>%1 wendet die CRD für %2 zusammen mit %3 an, einer eigenen Ressource davon</translation>
    </message>
    <message>
        <source>%1 applies %2, whose CRD %3 installs, but does not depend on %3</source>
        <translation>%1 wendet %2 an, dessen CRD %3 installiert, hängt aber nicht von %3 ab</translation>
    </message>
</context>
<context>
    <name>CrossNamespaceRefRule</name>
    <message>
        <source>Cross-namespace reference</source>
        <translation>Namensraumübergreifende Referenz</translation>
    </message>
    <message>
        <source>A sourceRef or dependsOn that names another namespace lets an object use a source or wait on an object it does not own. Multi-tenant Flux runs with --no-cross-namespace-refs, which refuses such references, so they either break isolation or fail to reconcile.</source>
        <translation>Ein sourceRef oder dependsOn, das einen anderen Namensraum nennt, lässt ein Objekt eine Quelle nutzen oder auf ein Objekt warten, das ihm nicht gehört. Mandantenfähiges Flux läuft mit --no-cross-namespace-refs, das solche Referenzen ablehnt; sie durchbrechen also entweder die Isolation oder scheitern beim Abgleich.</translation>
    </message>
    <message>
        <source>Reference only objects in the same namespace: drop the namespace field, or move the source into the referring object&apos;s namespace.</source>
        <translation>Nur Objekte im selben Namensraum referenzieren: das Feld namespace entfernen oder die Quelle in den Namensraum des referenzierenden Objekts verschieben.</translation>
    </message>
    <message>
        <source>%1 takes its source from %2 in namespace %3, outside its own namespace %4</source>
        <translation>%1 bezieht seine Quelle von %2 im Namensraum %3, außerhalb seines eigenen Namensraums %4</translation>
    </message>
    <message>
        <source>%1 depends on %2 in namespace %3, outside its own namespace %4</source>
        <translation>%1 hängt von %2 im Namensraum %3 ab, außerhalb seines eigenen Namensraums %4</translation>
    </message>
</context>
<context>
    <name>DecryptingFileSource</name>
    <message>
        <source>error decrypting sources: cannot decrypt %1: its size (%2 bytes) exceeds the limit (%3)</source>
        <translation>Fehler beim Entschlüsseln der Quellen: %1 kann nicht entschlüsselt werden: die Größe (%2 Bytes) überschreitet die Grenze (%3)</translation>
    </message>
    <message>
        <source>error decrypting sources: %1</source>
        <translation>Fehler beim Entschlüsseln der Quellen: %1</translation>
    </message>
    <message>
        <source>%1 is SOPS-encrypted, and there is no key to decrypt it: %2</source>
        <translation>%1 ist mit SOPS verschlüsselt, und es gibt keinen Schlüssel zum Entschlüsseln: %2</translation>
    </message>
    <message>
        <source>no age identity</source>
        <translation>keine age-Identität</translation>
    </message>
    <message>
        <source>%1: not a SOPS-encrypted file (no &quot;sops&quot; metadata)</source>
        <translation>%1: keine mit SOPS verschlüsselte Datei (keine „sops“-Metadaten)</translation>
    </message>
    <message>
        <source>%1: no binary data found in the decrypted tree (no &quot;data&quot; value)</source>
        <translation>%1: keine Binärdaten im entschlüsselten Baum (kein Wert „data“)</translation>
    </message>
    <message>
        <source>Secret/%1 data key %2</source>
        <translation>Secret/%1, Datenschlüssel %2</translation>
    </message>
    <message>
        <source>decryption failed for &apos;Secret/%1&apos;: %2</source>
        <translation>Entschlüsselung von „Secret/%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unsupported: the kustomize binary would need the decrypted %1 on disk; Fleetdesk keeps SOPS plaintext in memory only</source>
        <translation>nicht unterstützt: das kustomize-Programm bräuchte das entschlüsselte %1 auf der Festplatte; Fleetdesk hält SOPS-Klartext nur im Speicher</translation>
    </message>
</context>
<context>
    <name>DemoFleetGenerator</name>
    <message>
        <source>the number of clusters must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Cluster muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the number of tenants must be between 0 and %1, not %2</source>
        <translation>die Anzahl der Mandanten muss zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the number of Kustomizations per tenant must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Kustomizations pro Mandant muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>%1 already exists: the demo fleet is not written over existing files</source>
        <translation>%1 existiert bereits: die Demo-Flotte überschreibt keine vorhandenen Dateien</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>What Flux would create, change and prune: the desired state rendered from a checkout, compared with the cluster by server-side apply dry-runs.</source>
        <translation>Was Flux erstellen, ändern und entfernen würde: der Sollzustand aus einem Checkout, per Server-Side-Apply-Probelauf mit dem Cluster verglichen.</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Der kubeconfig-Kontext (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The checkout to render (default: the current folder).</source>
        <translation>Der zu rendernde Checkout (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Render the working tree with uncommitted edits instead of the applied revision.</source>
        <translation>Den Arbeitsbaum mit nicht committeten Änderungen statt der angewendeten Revision rendern.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>API calls in flight at most (default 8).</source>
        <translation>Höchstens so viele gleichzeitige API-Aufrufe (Standard 8).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>API requests per second at most, with bursts of twice that (default 100).</source>
        <translation>Höchstens so viele API-Anfragen pro Sekunde, in Schüben bis zum Doppelten (Standard 100).</translation>
    </message>
    <message>
        <source>NAME or NAMESPACE/NAME (repeatable).</source>
        <translation>NAME oder NAMESPACE/NAME (wiederholbar).</translation>
    </message>
    <message>
        <source>fleetdesk diff: %1</source>
        <translation>fleetdesk diff: %1</translation>
    </message>
    <message>
        <source>fleetdesk diff: unknown format &apos;%1&apos; (text, json)</source>
        <translation>fleetdesk diff: unbekanntes Format &apos;%1&apos; (text, json)</translation>
    </message>
    <message>
        <source>fleetdesk diff: %1 is not a folder</source>
        <translation>fleetdesk diff: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>fleetdesk diff: no context %1 in the kubeconfig</source>
        <translation>fleetdesk diff: kein Kontext %1 in der kubeconfig</translation>
    </message>
    <message>
        <source>fleetdesk diff: no Kustomization %1 in context %2</source>
        <translation>fleetdesk diff: keine Kustomization %1 im Kontext %2</translation>
    </message>
</context>
<context>
    <name>ExecCredentialProvider</name>
    <message>
        <source>exec plugin %1 did not print an ExecCredential: %2</source>
        <translation>Exec-Plugin %1 hat kein ExecCredential ausgegeben: %2</translation>
    </message>
    <message>
        <source>exec plugin %1 returned neither a token nor a client certificate</source>
        <translation>Exec-Plugin %1 lieferte weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>the kubeconfig of context &apos;%1&apos; wants to run &apos;%2 %3&apos; to get a token; allow it first</source>
        <translation>die kubeconfig des Kontexts „%1“ will „%2 %3“ ausführen, um ein Token zu erhalten; erst erlauben</translation>
    </message>
    <message>
        <source>cannot run exec plugin %1: %2</source>
        <translation>Exec-Plugin %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>exec plugin %1 failed (exit %2): %3</source>
        <translation>Exec-Plugin %1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
</context>
<context>
    <name>FleetTreeBuilder</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>FluxKustomizationBuilder</name>
    <message>
        <source>%1: not a Flux Kustomization</source>
        <translation>%1: keine Flux-Kustomization</translation>
    </message>
    <message>
        <source>spec.path &apos;%1&apos; leaves the source</source>
        <translation>spec.path „%1“ verlässt die Quelle</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes YAML from %1: %2</source>
        <translation>Kubernetes-YAML aus %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes YAML from %1: line %2: missing kind</source>
        <translation>Kubernetes-YAML aus %1 konnte nicht gelesen werden: Zeile %2: kind fehlt</translation>
    </message>
    <message>
        <source>component path &apos;%1&apos; must be local and relative</source>
        <translation>Komponentenpfad „%1“ muss lokal und relativ sein</translation>
    </message>
    <message>
        <source>kustomization path not found: %1</source>
        <translation>Kustomization-Pfad nicht gefunden: %1</translation>
    </message>
    <message>
        <source>kustomize build failed: %1</source>
        <translation>kustomize build fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>failed to decode Kubernetes apiVersion, kind and name from: %1</source>
        <translation>apiVersion, kind und name konnten nicht gelesen werden aus: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>substitute from &apos;%1&apos; error: %2</source>
        <translation>Fehler bei substituteFrom „%1“: %2</translation>
    </message>
    <message>
        <source>post build failed for &apos;%1&apos;: envsubst error: %2</source>
        <translation>Post-Build für „%1“ fehlgeschlagen: envsubst-Fehler: %2</translation>
    </message>
</context>
<context>
    <name>FluxKustomizationRevision</name>
    <message>
        <source>the working tree, with uncommitted changes</source>
        <translation>das Arbeitsverzeichnis, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>the applied revision %1</source>
        <translation>die angewendete Revision %1</translation>
    </message>
    <message>
        <source>HEAD (%1): no applied revision is known</source>
        <translation>HEAD (%1): keine angewendete Revision bekannt</translation>
    </message>
    <message>
        <source>HEAD (%1): the applied commit %2 is not in the local repository</source>
        <translation>HEAD (%1): der angewendete Commit %2 ist nicht im lokalen Repository</translation>
    </message>
</context>
<context>
    <name>GitCommitSigner</name>
    <message>
        <source>Signing is unsupported for your setup: %1. The commit was not made; sign it with git, or set commit.gpgsign to false for this repository.</source>
        <translation>Signieren wird für Ihre Einrichtung nicht unterstützt: %1. Der Commit wurde nicht angelegt; signieren Sie ihn mit git, oder setzen Sie commit.gpgsign für dieses Repository auf false.</translation>
    </message>
    <message>
        <source>gpg.format is &quot;%1&quot;; Fleetdesk signs with openpgp and ssh</source>
        <translation>gpg.format ist „%1“; Fleetdesk signiert mit openpgp und ssh</translation>
    </message>
    <message>
        <source>the OpenPGP program %1 is not installed</source>
        <translation>das OpenPGP-Programm %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 could not sign the commit with the key &quot;%2&quot;: %3</source>
        <translation>%1 konnte den Commit nicht mit dem Schlüssel „%2“ signieren: %3</translation>
    </message>
    <message>
        <source>the SSH signing program %1 is not installed</source>
        <translation>das SSH-Signierprogramm %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>gpg.format is ssh but user.signingkey is not set</source>
        <translation>gpg.format ist ssh, aber user.signingkey ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot write the public signing key to a temporary file</source>
        <translation>der öffentliche Signierschlüssel kann nicht in eine temporäre Datei geschrieben werden</translation>
    </message>
    <message>
        <source>the SSH signing key %1 (user.signingkey) does not exist</source>
        <translation>der SSH-Signierschlüssel %1 (user.signingkey) existiert nicht</translation>
    </message>
    <message>
        <source>%1 could not sign the commit: %2</source>
        <translation>%1 konnte den Commit nicht signieren: %2</translation>
    </message>
</context>
<context>
    <name>GitCredentialHelper</name>
    <message>
        <source>cannot read the git config</source>
        <translation>die Git-Konfiguration kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>cannot open the object database</source>
        <translation>die Objektdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open the index</source>
        <translation>der Index kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>invalid commit signature</source>
        <translation>ungültige Commit-Signatur</translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation>in %1 kann kein Git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the Git repository %1</source>
        <translation>das Git-Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a path inside the work tree</source>
        <translation>%1 ist kein Pfad innerhalb des Arbeitsverzeichnisses</translation>
    </message>
    <message>
        <source>cannot create the directory for %1</source>
        <translation>das Verzeichnis für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot stage the work tree</source>
        <translation>das Arbeitsverzeichnis kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot stage the removed files</source>
        <translation>die entfernten Dateien können nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation>der Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the tree of the index</source>
        <translation>der Baum des Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the tree of the index</source>
        <translation>der Baum des Index kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot commit &quot;%1&quot;</source>
        <translation>„%1“ kann nicht committet werden</translation>
    </message>
    <message>
        <source>cannot create an in-memory object store</source>
        <translation>ein Objektspeicher im Arbeitsspeicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot pack the new objects</source>
        <translation>die neuen Objekte können nicht gepackt werden</translation>
    </message>
    <message>
        <source>cannot write the pack file</source>
        <translation>die Pack-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the pack file</source>
        <translation>die Pack-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the tree of HEAD</source>
        <translation>der Baum von HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>die Historie kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot compute the diff</source>
        <translation>der Diff kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot read %1 from the git config</source>
        <translation>%1 kann nicht aus der Git-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare the branch with its upstream</source>
        <translation>der Branch kann nicht mit seinem Upstream verglichen werden</translation>
    </message>
    <message>
        <source>cannot read the upstream of %1</source>
        <translation>der Upstream von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the status of the work tree</source>
        <translation>der Status des Arbeitsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare the work tree with the index</source>
        <translation>das Arbeitsverzeichnis kann nicht mit dem Index verglichen werden</translation>
    </message>
    <message>
        <source>cannot compare the index with HEAD</source>
        <translation>der Index kann nicht mit HEAD verglichen werden</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>%1 kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot unstage</source>
        <translation>Vormerkung kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>cannot read %1 from the index</source>
        <translation>%1 kann nicht aus dem Index gelesen werden</translation>
    </message>
    <message>
        <source>%1 changed since the hunk was shown; refresh and try again</source>
        <translation>%1 hat sich geändert, seit der Abschnitt angezeigt wurde; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>cannot stage the removal of %1</source>
        <translation>das Entfernen von %1 kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email in your git config</source>
        <translation>Git weiß nicht, wer Sie sind: setzen Sie user.name und user.email in Ihrer Git-Konfiguration</translation>
    </message>
    <message>
        <source>cannot read user.name and user.email from the git config</source>
        <translation>user.name und user.email können nicht aus der Git-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the git config</source>
        <translation>die Git-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read commit.gpgsign from the git config</source>
        <translation>commit.gpgsign kann nicht aus der Git-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>the commit message is empty</source>
        <translation>die Commit-Nachricht ist leer</translation>
    </message>
    <message>
        <source>resolve the conflicts before committing</source>
        <translation>vor dem Commit die Konflikte lösen</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>der Commit kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the commit</source>
        <translation>der Commit kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot move %1 to the new commit</source>
        <translation>%1 kann nicht auf den neuen Commit versetzt werden</translation>
    </message>
    <message>
        <source>The last commit is already on %1; amending it would rewrite pushed history</source>
        <translation>Der letzte Commit ist bereits auf %1; ihn zu ändern würde bereits gepushte Historie umschreiben</translation>
    </message>
    <message>
        <source>cannot read the parents of the last commit</source>
        <translation>die Eltern des letzten Commits können nicht gelesen werden</translation>
    </message>
    <message>
        <source>no files to discard</source>
        <translation>keine Dateien zum Verwerfen</translation>
    </message>
    <message>
        <source>resolve the conflicts before discarding changes</source>
        <translation>vor dem Verwerfen von Änderungen die Konflikte lösen</translation>
    </message>
    <message>
        <source>cannot save the index for recovery</source>
        <translation>der Index kann nicht zur Wiederherstellung gesichert werden</translation>
    </message>
    <message>
        <source>cannot save the work tree for recovery</source>
        <translation>das Arbeitsverzeichnis kann nicht zur Wiederherstellung gesichert werden</translation>
    </message>
    <message>
        <source>cannot save the recovery stash</source>
        <translation>der Wiederherstellungs-Stash kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot restore the discarded files</source>
        <translation>die verworfenen Dateien können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>GitSync</name>
    <message>
        <source>The operation was cancelled</source>
        <translation>Der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the credentials %2 times</source>
        <translation>%1 hat die Anmeldedaten %2-mal abgelehnt</translation>
    </message>
    <message>
        <source>%1 needs credentials</source>
        <translation>%1 braucht Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 does not accept this kind of credentials</source>
        <translation>%1 akzeptiert diese Art von Anmeldedaten nicht</translation>
    </message>
    <message>
        <source>The SSH library did not provide the host key of %1</source>
        <translation>Die SSH-Bibliothek hat den Host-Schlüssel von %1 nicht geliefert</translation>
    </message>
    <message>
        <source>The authenticity of host %1 can&apos;t be established: it is not in %2. Its %3 key fingerprint is %4.</source>
        <translation>Die Echtheit des Hosts %1 kann nicht festgestellt werden: er steht nicht in %2. Der Fingerabdruck seines %3-Schlüssels ist %4.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>der aktuelle Branch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch first</source>
        <translation>HEAD ist losgelöst: zuerst einen Branch auschecken</translation>
    </message>
    <message>
        <source>cannot read the git config</source>
        <translation>die Git-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot find the remote %1</source>
        <translation>das Remote %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>cannot fetch from %1</source>
        <translation>von %1 kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>invalid committer</source>
        <translation>ungültiger Committer</translation>
    </message>
    <message>
        <source>cannot commit during the rebase</source>
        <translation>während des Rebase kann nicht committet werden</translation>
    </message>
    <message>
        <source>cannot apply the next commit of the rebase</source>
        <translation>der nächste Commit des Rebase kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>cannot finish the rebase</source>
        <translation>der Rebase kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot read the upstream branch</source>
        <translation>der Upstream-Branch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare the branch with its upstream</source>
        <translation>der Branch kann nicht mit seinem Upstream verglichen werden</translation>
    </message>
    <message>
        <source>Commit or discard your changes before pulling: %1</source>
        <translation>Vor dem Pull Ihre Änderungen committen oder verwerfen: %1</translation>
    </message>
    <message>
        <source>cannot read the upstream commit</source>
        <translation>der Upstream-Commit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot update the work tree</source>
        <translation>das Arbeitsverzeichnis kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>der Branch kann nicht versetzt werden</translation>
    </message>
    <message>
        <source>cannot start the rebase</source>
        <translation>der Rebase kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot clone %1</source>
        <translation>%1 kann nicht geklont werden</translation>
    </message>
    <message>
        <source>cannot push to %1</source>
        <translation>nach %1 kann nicht gepusht werden</translation>
    </message>
    <message>
        <source>The server rejected the push: %1</source>
        <translation>Der Server hat den Push abgelehnt: %1</translation>
    </message>
    <message>
        <source>The remote kept moving: the push was refused as not a fast-forward %1 times</source>
        <translation>Das Remote hat sich ständig weiterbewegt: der Push wurde %1-mal als nicht vorspulbar abgelehnt</translation>
    </message>
    <message>
        <source>No rebase is in progress</source>
        <translation>Es läuft kein Rebase</translation>
    </message>
    <message>
        <source>cannot abort the rebase</source>
        <translation>der Rebase kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>The key is an RSA key: the built-in SSH library (libssh2) can only sign with the old ssh-rsa (SHA-1) algorithm, which current OpenSSH servers refuse. Use an ed25519 or ECDSA key, or install the OpenSSH client so Fleetdesk can use it.</source>
        <translation>Der Schlüssel ist ein RSA-Schlüssel: die eingebaute SSH-Bibliothek (libssh2) kann nur mit dem alten Algorithmus ssh-rsa (SHA-1) signieren, den aktuelle OpenSSH-Server ablehnen. Verwenden Sie einen ed25519- oder ECDSA-Schlüssel, oder installieren Sie den OpenSSH-Client, damit Fleetdesk ihn nutzen kann.</translation>
    </message>
    <message>
        <source>the certificate file %1 does not exist</source>
        <translation>die Zertifikatsdatei %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>GitTreeSource</name>
    <message>
        <source>reading a tree</source>
        <translation>Lesen eines Baums</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>cannot create the link %1</source>
        <translation>Der Link %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>finding revision %1 in %2</source>
        <translation>Suche nach Revision %1 in %2</translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation>%1 ist kein Commit</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1: Pfad verlässt das Repository</translation>
    </message>
    <message>
        <source>%1: too many levels of symbolic links</source>
        <translation>%1: zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: no such file in commit %2</source>
        <translation>%1: keine solche Datei in Commit %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>cannot store the secret %1 in the keychain</source>
        <translation>das Geheimnis %1 kann nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <source>Fleetdesk was built without keychain support</source>
        <translation>Fleetdesk wurde ohne Schlüsselbund-Unterstützung gebaut</translation>
    </message>
    <message>
        <source>cannot read the secret %1 from the keychain</source>
        <translation>das Geheimnis %1 kann nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>cannot remove the secret %1 from the keychain</source>
        <translation>das Geheimnis %1 kann nicht aus dem Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <source>Fleetdesk is quitting</source>
        <translation>Fleetdesk wird beendet</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of %1 has changed! Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. The server now offers the %2 key %3, which does not match the key in %4, line %5. Fleetdesk refuses to connect; if the change is expected, remove that line and connect again.</source>
        <translation>WARNUNG: Der SSH-Host-Schlüssel von %1 hat sich geändert! Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ersetzt. Der Server bietet jetzt den %2-Schlüssel %3 an, der nicht zum Schlüssel in %4, Zeile %5 passt. Fleetdesk verweigert die Verbindung; wenn die Änderung erwartet ist, diese Zeile entfernen und erneut verbinden.</translation>
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
        <translation>Exec-Plugins sind hier nicht aktiviert</translation>
    </message>
    <message>
        <source>cannot read tokenFile: %1</source>
        <translation>tokenFile kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>KubeWatch</name>
    <message>
        <source>API server not responding: %1</source>
        <translation>API-Server antwortet nicht: %1</translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot read kubeconfig: %1</source>
        <translation>kubeconfig kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping</source>
        <translation>eine kubeconfig muss eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <source>a cluster needs a name and a server</source>
        <translation>ein Cluster braucht einen Namen und einen Server</translation>
    </message>
    <message>
        <source>exec plugin of user &apos;%1&apos;: unsupported apiVersion &apos;%2&apos; (client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation>Exec-Plugin des Benutzers „%1“: nicht unterstützte apiVersion „%2“ (client.authentication.k8s.io/v1 oder v1beta1)</translation>
    </message>
</context>
<context>
    <name>KustomizationBuildCommand</name>
    <message>
        <source>The Kustomization&apos;s name.</source>
        <translation>Der Name der Kustomization.</translation>
    </message>
    <message>
        <source>Its namespace (default: any; flux-system when it has none).</source>
        <translation>Ihr Namespace (Standard: beliebig; flux-system, wenn sie keinen hat).</translation>
    </message>
    <message>
        <source>The fleet cluster whose copy to build; its kubeconfig context of the same name supplies substituteFrom values.</source>
        <translation>Der Flotten-Cluster, dessen Kopie gebaut wird; sein gleichnamiger kubeconfig-Kontext liefert die substituteFrom-Werte.</translation>
    </message>
    <message>
        <source>The platform repository (default: the current directory).</source>
        <translation>Das Plattform-Repository (Standard: das aktuelle Verzeichnis).</translation>
    </message>
    <message>
        <source>Build this Git revision of the source (default: the working tree).</source>
        <translation>Diese Git-Revision der Quelle bauen (Standard: das Arbeitsverzeichnis).</translation>
    </message>
    <message>
        <source>The kustomize binary for features rendered by it (default: on PATH).</source>
        <translation>Das kustomize-Programm für Funktionen, die es rendert (Standard: im PATH).</translation>
    </message>
    <message>
        <source>Never run kustomize: fail on features the native renderer lacks.</source>
        <translation>kustomize nie ausführen: bei Funktionen fehlschlagen, die der native Renderer nicht kann.</translation>
    </message>
    <message>
        <source>Fail on undefined variables, like kustomize-controller with StrictPostBuildSubstitutions.</source>
        <translation>Bei undefinierten Variablen fehlschlagen, wie kustomize-controller mit StrictPostBuildSubstitutions.</translation>
    </message>
    <message>
        <source>Seconds to wait for substituteFrom values.</source>
        <translation>Sekunden, die auf substituteFrom-Werte gewartet wird.</translation>
    </message>
    <message>
        <source>fleetdesk build: --kustomization takes no PATH</source>
        <translation>fleetdesk build: --kustomization nimmt keinen PATH</translation>
    </message>
    <message>
        <source>fleetdesk build: cannot load the workspace %1</source>
        <translation>fleetdesk build: der Arbeitsbereich %1 kann nicht geladen werden</translation>
    </message>
    <message>
        <source>fleetdesk build: no Flux Kustomization named %1 in the workspace %2</source>
        <translation>fleetdesk build: keine Flux-Kustomization namens %1 im Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>fleetdesk build: %1 Kustomizations match; choose one with --namespace or --cluster:</source>
        <translation>fleetdesk build: %1 Kustomizations passen; eine mit --namespace oder --cluster wählen:</translation>
    </message>
    <message>
        <source>fleetdesk build: the source of %1/%2 has no local checkout in the workspace</source>
        <translation>fleetdesk build: die Quelle von %1/%2 hat keinen lokalen Checkout im Arbeitsbereich</translation>
    </message>
    <message>
        <source>fleetdesk build: %1</source>
        <translation>fleetdesk build: %1</translation>
    </message>
    <message>
        <source>fleetdesk build: %1/%2: %3</source>
        <translation>fleetdesk build: %1/%2: %3</translation>
    </message>
    <message>
        <source>fleetdesk build: rendered by %1 because of: %2</source>
        <translation>fleetdesk build: gerendert von %1 wegen: %2</translation>
    </message>
    <message>
        <source>Renders a Flux Kustomization of the workspace the way kustomize-controller builds it (generated kustomization.yaml, spec patches, images and components, post-build substitution, owner labels) and prints the objects as multi-document YAML. With spec.decryption, SOPS-encrypted inputs are decrypted in memory with the age identities `fleetdesk sops` uses, and the values of the Secrets are printed masked.</source>
        <translation>Rendert eine Flux-Kustomization des Arbeitsbereichs so, wie kustomize-controller sie baut (erzeugte kustomization.yaml, Patches, Images und Komponenten aus der Spec, Post-Build-Ersetzung, Besitzer-Labels), und gibt die Objekte als mehrteiliges YAML aus. Mit spec.decryption werden SOPS-verschlüsselte Eingaben im Speicher mit den age-Identitäten entschlüsselt, die `fleetdesk sops` verwendet, und die Werte der Secrets werden maskiert ausgegeben.</translation>
    </message>
    <message>
        <source>spec.decryption needs an age identity and none was found: set SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or SOPS_AGE_KEY_CMD, or put one in %1</source>
        <translation>spec.decryption braucht eine age-Identität, und keine wurde gefunden: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE oder SOPS_AGE_KEY_CMD setzen oder eine in %1 ablegen</translation>
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
        <translation>%1:%2: ungültige Kustomization: %3</translation>
    </message>
    <message>
        <source>json: cannot unmarshal %1 into Go struct field %2.%3 of type %4</source>
        <translation>json: cannot unmarshal %1 into Go struct field %2.%3 of type %4</translation>
    </message>
    <message>
        <source> (kustomize reads YAML 1.1, where the unquoted %1 is a %2: quote it)</source>
        <translation> (kustomize liest YAML 1.1, dort ist das unquotierte %1 ein %2: setzen Sie es in Anführungszeichen)</translation>
    </message>
    <message>
        <source>a map key must be a scalar</source>
        <translation>ein Map-Schlüssel muss ein Skalar sein</translation>
    </message>
    <message>
        <source>unsupported map key of type: &lt;nil&gt;</source>
        <translation>unsupported map key of type: &lt;nil&gt;</translation>
    </message>
    <message>
        <source>the unquoted key %1 is a %2 in YAML 1.1, which kustomize reads; quote it</source>
        <translation>der unquotierte Schlüssel %1 ist in YAML 1.1, das kustomize liest, ein %2; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>merge keys nest too deeply</source>
        <translation>Merge-Schlüssel sind zu tief verschachtelt</translation>
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
        <translation>der Wert ist zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>KustomizeEnvFile</name>
    <message>
        <source>%1:%2: the line is 64 KiB or longer; kustomize silently ignores it and every line after it</source>
        <translation>%1:%2: die Zeile ist 64 KiB oder länger; kustomize ignoriert sie und alle folgenden Zeilen stillschweigend</translation>
    </message>
    <message>
        <source>%1:%2: the line is not valid UTF-8</source>
        <translation>%1:%2: die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: invalid key &apos;%3&apos;: a ConfigMap or Secret key consists of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (kustomize would build it, the API server refuses the object)</source>
        <translation>%1:%2: ungültiger Schlüssel &apos;%3&apos;: ein ConfigMap- oder Secret-Schlüssel besteht aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; (kustomize würde ihn bauen, der API-Server lehnt das Objekt ab)</translation>
    </message>
</context>
<context>
    <name>KustomizeResolver</name>
    <message>
        <source>path &apos;%1&apos; has no manifests in %2</source>
        <translation>Pfad „%1“ enthält keine Manifeste in %2</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; points outside the repository</source>
        <translation>Ressource „%1“ zeigt aus dem Repository heraus</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; not found</source>
        <translation>Ressource „%1“ nicht gefunden</translation>
    </message>
</context>
<context>
    <name>KustomizeYaml</name>
    <message>
        <source>%1:%2: a document is not a YAML mapping</source>
        <translation>%1:%2: ein Dokument ist keine YAML-Abbildung</translation>
    </message>
    <message>
        <source>%1:%2: kustomize cannot turn the value NaN or infinity into JSON; quote it</source>
        <translation>%1:%2: kustomize kann NaN oder Unendlich nicht in JSON umwandeln; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>LintReportWriter</name>
    <message>
        <source>(silenced)</source>
        <translation>(stummgeschaltet)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n stummgeschaltet</numerusform>
            <numerusform>%n stummgeschaltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>fleetdesk: %1</source>
        <translation>fleetdesk: %1</translation>
    </message>
    <message>
        <source>fleetdesk: no kubeconfig context (use --context)</source>
        <translation>fleetdesk: kein kubeconfig-Kontext (--context verwenden)</translation>
    </message>
    <message>
        <source>fleetdesk: no context %1 in the kubeconfig</source>
        <translation>fleetdesk: kein Kontext %1 in der kubeconfig</translation>
    </message>
    <message>
        <source>warning: context %1 skips TLS verification (insecure-skip-tls-verify)</source>
        <translation>Warnung: Kontext %1 überspringt die TLS-Prüfung (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <source>Prints the live state of the Flux objects of every selected cluster.</source>
        <translation>Gibt den Live-Zustand der Flux-Objekte jedes ausgewählten Clusters aus.</translation>
    </message>
    <message>
        <source>A kubeconfig context (repeatable; default: the current one).</source>
        <translation>Ein kubeconfig-Kontext (wiederholbar; Vorgabe: der aktuelle).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Every context of the kubeconfig.</source>
        <translation>Jeder Kontext der kubeconfig.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Seconds after which a last reconcile is stale.</source>
        <translation>Sekunden, nach denen ein letzter Abgleich als veraltet gilt.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Seconds to wait for the clusters.</source>
        <translation>Sekunden, die auf die Cluster gewartet wird.</translation>
    </message>
    <message>
        <source>CLUSTER %1 (%2)</source>
        <translation>CLUSTER %1 (%2)</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>fleetdesk: not every cluster answered in time</source>
        <translation>fleetdesk: nicht jeder Cluster hat rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Suspends, resumes or reconciles Flux objects with the flux CLI&apos;s semantics.</source>
        <translation>Hält Flux-Objekte an, setzt sie fort oder gleicht sie ab, mit der Semantik der flux-CLI.</translation>
    </message>
    <message>
        <source>A fleet cluster (its kubeconfig context has the same name).</source>
        <translation>Ein Cluster der Flotte (sein kubeconfig-Kontext hat denselben Namen).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>A kubeconfig context.</source>
        <translation>Ein kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Only objects of this tenant (label toolkit.fluxcd.io/tenant or its namespace).</source>
        <translation>Nur Objekte dieses Mandanten (Label toolkit.fluxcd.io/tenant oder sein Namensraum).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The Flux kind (default Kustomization).</source>
        <translation>Die Flux-Art (Vorgabe Kustomization).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reconcile the source first.</source>
        <translation>Zuerst die Quelle abgleichen.</translation>
    </message>
    <message>
        <source>Suspend reason (annotation suspend.toolkit.fluxcd.io/reason).</source>
        <translation>Grund für das Anhalten (Annotation suspend.toolkit.fluxcd.io/reason).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The action log file.</source>
        <translation>Die Datei des Aktionsprotokolls.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Seconds to wait per reconcile.</source>
        <translation>Sekunden Wartezeit pro Abgleich.</translation>
    </message>
    <message>
        <source>Object names, or namespace/name.</source>
        <translation>Objektnamen oder namespace/name.</translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <translation>[NAME...]</translation>
    </message>
    <message>
        <source>fleetdesk %1: name the objects, or select them with --tenant</source>
        <translation>fleetdesk %1: die Objekte benennen oder mit --tenant auswählen</translation>
    </message>
    <message>
        <source>fleetdesk %1: %2 is not a Flux kind</source>
        <translation>fleetdesk %1: %2 ist keine Flux-Art</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>fleetdesk %1: no %2 matched</source>
        <translation>fleetdesk %1: kein %2 gefunden</translation>
    </message>
    <message>
        <source>behind by 1 commit</source>
        <translation>1 Commit zurück</translation>
    </message>
    <message>
        <source>behind by %1 commits</source>
        <translation>%1 Commits zurück</translation>
    </message>
    <message>
        <source>ahead of Git by 1 commit</source>
        <translation>1 Commit vor Git</translation>
    </message>
    <message>
        <source>ahead of Git by %1 commits</source>
        <translation>%1 Commits vor Git</translation>
    </message>
    <message>
        <source>up to date with Git</source>
        <translation>auf dem Stand von Git</translation>
    </message>
    <message>
        <source>The platform repository whose local checkouts the applied revisions are compared with (default: the current folder when it holds clusters/). A fleet cluster is the context of the same name.</source>
        <translation>Das Plattform-Repository, mit dessen lokalen Checkouts die angewendeten Revisionen verglichen werden (Standard: der aktuelle Ordner, wenn er clusters/ enthält). Ein Cluster der Flotte ist der gleichnamige Kontext.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>fleetdesk status: %1 is not a folder</source>
        <translation>fleetdesk status: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>  Flux controllers: %1</source>
        <translation>  Flux-Controller: %1</translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (alias expansion, &quot;billion laughs&quot;)</source>
        <translation>das Dokument wächst auf mehr als %1 Knoten an (Alias-Expansion, „Billion Laughs“)</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit</source>
        <translation>Datei ist %1 MB groß, größer als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>binary file: not UTF-8 text, so not a YAML manifest</source>
        <translation>Binärdatei: kein UTF-8-Text, also kein YAML-Manifest</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>document refused: %1</source>
        <translation>Dokument abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ObjectComparer</name>
    <message>
        <source>reconcile disabled (%1: disabled)</source>
        <translation>Abgleich deaktiviert (%1: disabled)</translation>
    </message>
    <message>
        <source>never applied (%1: Ignore)</source>
        <translation>wird nie angewendet (%1: Ignore)</translation>
    </message>
    <message>
        <source>exists, applied only when missing (%1: IfNotPresent)</source>
        <translation>vorhanden, wird nur angewendet, wenn es fehlt (%1: IfNotPresent)</translation>
    </message>
</context>
<context>
    <name>OpenSshTransport</name>
    <message>
        <source>WARNING: the SSH host key has changed! Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Fleetdesk refuses to connect. OpenSSH said:
%1</source>
        <translation>WARNUNG: Der SSH-Host-Schlüssel hat sich geändert! Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ersetzt. Fleetdesk verweigert die Verbindung. OpenSSH meldete:
%1</translation>
    </message>
    <message>
        <source>The SSH host key was not accepted. OpenSSH said:
%1</source>
        <translation>Der SSH-Host-Schlüssel wurde nicht akzeptiert. OpenSSH meldete:
%1</translation>
    </message>
    <message>
        <source>The SSH server refused the credentials. OpenSSH said:
%1</source>
        <translation>Der SSH-Server hat die Anmeldedaten abgelehnt. OpenSSH meldete:
%1</translation>
    </message>
    <message>
        <source>ssh ended (status %1). It said:
%2</source>
        <translation>ssh wurde beendet (Status %1). Ausgabe:
%2</translation>
    </message>
    <message>
        <source>cannot wait for ssh: %1</source>
        <translation>auf ssh kann nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>The operation was cancelled</source>
        <translation>Der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not an SSH URL</source>
        <translation>%1 ist keine SSH-URL</translation>
    </message>
    <message>
        <source>cannot create a temporary file for ssh&apos;s messages</source>
        <translation>für die Meldungen von ssh kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a socket pair for ssh</source>
        <translation>für ssh kann kein Socket-Paar angelegt werden</translation>
    </message>
    <message>
        <source>cannot start ssh: %1</source>
        <translation>ssh kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary known_hosts file for ssh</source>
        <translation>für ssh kann keine temporäre known_hosts-Datei angelegt werden</translation>
    </message>
</context>
<context>
    <name>PathEscapeRule</name>
    <message>
        <source>Path escapes the repository</source>
        <translation>Pfad verlässt das Repository</translation>
    </message>
    <message>
        <source>A spec.path (or a HelmRelease chart path) that climbs above the source&apos;s root with &apos;..&apos; points at nothing Flux will apply, or tries to reach files outside what the tenant owns. Flux clamps such paths to the root, so what gets applied is not what the manifest says.</source>
        <translation>Ein spec.path (oder der Chart-Pfad eines HelmRelease), der mit „..“ über die Wurzel der Quelle hinaufsteigt, zeigt auf nichts, was Flux anwendet, oder versucht, Dateien außerhalb dessen zu erreichen, was dem Mandanten gehört. Flux beschneidet solche Pfade auf die Wurzel, sodass nicht angewendet wird, was im Manifest steht.</translation>
    </message>
    <message>
        <source>Write the path relative to the root of the source repository, for example ./clusters/&lt;cluster&gt;, without climbing above it.</source>
        <translation>Den Pfad relativ zur Wurzel des Quell-Repositorys schreiben, zum Beispiel ./clusters/&lt;cluster&gt;, ohne darüber hinaufzusteigen.</translation>
    </message>
    <message>
        <source>%1 has spec.path %2, which leaves its source repository</source>
        <translation>%1 hat spec.path %2, der sein Quell-Repository verlässt</translation>
    </message>
    <message>
        <source>%1 takes its chart from %2, which leaves its source repository</source>
        <translation>%1 bezieht sein Chart von %2, was sein Quell-Repository verlässt</translation>
    </message>
    <message>
        <source>%1 applies %2, whose kustomization refers to files outside its source repository</source>
        <translation>%1 wendet %2 an, dessen Kustomization auf Dateien außerhalb seines Quell-Repositorys verweist</translation>
    </message>
</context>
<context>
    <name>PlainSecretRule</name>
    <message>
        <source>Unencrypted Secret in Git</source>
        <translation>Unverschlüsseltes Secret in Git</translation>
    </message>
    <message>
        <source>A `kind: Secret` without SOPS metadata is stored in Git in clear text (base64 is not encryption). Everyone who can read the repository, and every clone and backup of it, holds the secret.</source>
        <translation>Ein `kind: Secret` ohne SOPS-Metadaten liegt im Klartext in Git (base64 ist keine Verschlüsselung). Jeder, der das Repository lesen kann, und jeder Klon und jede Sicherung davon besitzt das Geheimnis.</translation>
    </message>
    <message>
        <source>Encrypt the Secret with SOPS (sops --encrypt --encrypted-regex &apos;^(data|stringData)$&apos; --in-place) and enable decryption on the Kustomization, or use a SealedSecret or an external secret store; then rotate the exposed values.</source>
        <translation>Das Secret mit SOPS verschlüsseln (sops --encrypt --encrypted-regex &apos;^(data|stringData)$&apos; --in-place) und die Entschlüsselung an der Kustomization aktivieren, oder ein SealedSecret oder einen externen Secret-Speicher verwenden; danach die offengelegten Werte austauschen.</translation>
    </message>
    <message>
        <source>%1 is a plain Secret without SOPS metadata: its values are in Git unencrypted</source>
        <translation>%1 ist ein einfaches Secret ohne SOPS-Metadaten: seine Werte liegen unverschlüsselt in Git</translation>
    </message>
</context>
<context>
    <name>PostBuildSubstitution</name>
    <message>
        <source>&apos;%1&apos; var name is invalid, must match &apos;%2&apos;</source>
        <translation>Variablenname „%1“ ist ungültig, muss „%2“ entsprechen</translation>
    </message>
    <message>
        <source>YAMLToJSON: yaml: %1 (in the substituted value of %2)</source>
        <translation>YAMLToJSON: yaml: %1 (im ersetzten Wert von %2)</translation>
    </message>
</context>
<context>
    <name>RemoteBaseRule</name>
    <message>
        <source>Remote base in kustomization.yaml</source>
        <translation>Entfernte Basis in kustomization.yaml</translation>
    </message>
    <message>
        <source>A kustomization.yaml that pulls resources, bases or components from a URL applies content that is not reviewed in this repository and can change without a commit here. Flux also refuses remote bases when it runs with --no-remote-bases, as multi-tenant setups should.</source>
        <translation>Eine kustomization.yaml, die Ressourcen, Basen oder Komponenten von einer URL holt, wendet Inhalte an, die in diesem Repository nicht geprüft werden und sich ohne einen Commit hier ändern können. Flux lehnt entfernte Basen außerdem ab, wenn es mit --no-remote-bases läuft, wie es mandantenfähige Installationen sollten.</translation>
    </message>
    <message>
        <source>Vendor the remote content into the repository, or publish it as its own Flux source (GitRepository or OCIRepository) pinned to a tag or digest.</source>
        <translation>Den entfernten Inhalt ins Repository übernehmen oder als eigene Flux-Quelle (GitRepository oder OCIRepository) veröffentlichen, festgelegt auf ein Tag oder einen Digest.</translation>
    </message>
    <message>
        <source>%1 applies the remote base %2</source>
        <translation>%1 wendet die entfernte Basis %2 an</translation>
    </message>
    <message>
        <source>%1 lists the remote %2 %3</source>
        <translation>%1 listet entfernte %2 %3</translation>
    </message>
</context>
<context>
    <name>RepositoryLoader</name>
    <message>
        <source>dangling symlink to %1</source>
        <translation>verwaister symbolischer Link auf %1</translation>
    </message>
    <message>
        <source>symlink points outside the repository (%1): not read</source>
        <translation>symbolischer Link zeigt aus dem Repository heraus (%1): nicht gelesen</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit: not read</source>
        <translation>Datei ist %1 MB groß, größer als die Grenze von %2 MB: nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SopsCommand</name>
    <message>
        <source>usage: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH], or fleetdesk sops identity add|remove|list</source>
        <translation>Aufruf: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate DATEI [--in-place|--output PFAD] oder fleetdesk sops identity add|remove|list</translation>
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
        <translation>creation_rules ist keine Liste</translation>
    </message>
    <message>
        <source>creation rule %1 is not a mapping</source>
        <translation>Erstellungsregel %1 ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>creation rule %1: invalid path_regex</source>
        <translation>Erstellungsregel %1: ungültiger path_regex</translation>
    </message>
    <message>
        <source>creation rule %1 sets more than one of the *_suffix / *_regex options</source>
        <translation>Erstellungsregel %1 setzt mehr als eine der Optionen *_suffix / *_regex</translation>
    </message>
    <message>
        <source>no matching creation rules found for %1</source>
        <translation>keine passende Erstellungsregel für %1 gefunden</translation>
    </message>
</context>
<context>
    <name>SopsDecryptionRule</name>
    <message>
        <source>SOPS files without decryption</source>
        <translation>SOPS-Dateien ohne Entschlüsselung</translation>
    </message>
    <message>
        <source>kustomize-controller decrypts SOPS-encrypted manifests only when the Kustomization has spec.decryption with provider sops and a secretRef naming the Secret that holds the private key. Without it the ciphertext is applied as it is (or the apply fails). Flux reads that Secret from the Kustomization&apos;s own namespace: a tenant Kustomization that names a Secret in another namespace asks for a key it must not have.</source>
        <translation>kustomize-controller entschlüsselt SOPS-verschlüsselte Manifeste nur, wenn die Kustomization spec.decryption mit provider sops und einer secretRef auf das Secret mit dem privaten Schlüssel hat. Ohne sie wird der Geheimtext unverändert angewendet (oder das Anwenden schlägt fehl). Flux liest dieses Secret aus dem eigenen Namespace der Kustomization: Eine Mandanten-Kustomization, die ein Secret in einem anderen Namespace nennt, verlangt einen Schlüssel, den sie nicht haben darf.</translation>
    </message>
    <message>
        <source>Add spec.decryption: {provider: sops, secretRef: {name: sops-age}} to the Kustomization, with the sops-age Secret (key age.agekey) in the Kustomization&apos;s own namespace.</source>
        <translation>Fügen Sie der Kustomization spec.decryption: {provider: sops, secretRef: {name: sops-age}} hinzu, mit dem Secret sops-age (Schlüssel age.agekey) im eigenen Namespace der Kustomization.</translation>
    </message>
    <message>
        <source>tenant %1 names its decryption Secret %2 in namespace %3; Flux reads it from the Kustomization&apos;s own namespace %4 only</source>
        <translation>Mandant %1 nennt sein Entschlüsselungs-Secret %2 im Namespace %3; Flux liest es nur aus dem eigenen Namespace %4 der Kustomization</translation>
    </message>
    <message>
        <source>%1 and 1 more file</source>
        <translation>%1 und 1 weitere Datei</translation>
    </message>
    <message>
        <source>%1 and %2 more files</source>
        <translation>%1 und %2 weitere Dateien</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but has no spec.decryption: the ciphertext would be applied</source>
        <translation>%1 wendet SOPS-verschlüsseltes %2 an, hat aber kein spec.decryption: der Geheimtext würde angewendet</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but spec.decryption.provider is not sops</source>
        <translation>%1 wendet SOPS-verschlüsseltes %2 an, aber spec.decryption.provider ist nicht sops</translation>
    </message>
    <message>
        <source>%1 applies SOPS-encrypted %2 but spec.decryption has no secretRef with the age key</source>
        <translation>%1 wendet SOPS-verschlüsseltes %2 an, aber spec.decryption hat keine secretRef mit dem age-Schlüssel</translation>
    </message>
</context>
<context>
    <name>SopsDotenv</name>
    <message>
        <source>%1:%2: invalid dotenv line (no &apos;=&apos;)</source>
        <translation>%1:%2: ungültige dotenv-Zeile (kein „=“)</translation>
    </message>
</context>
<context>
    <name>SopsIdentitySources</name>
    <message>
        <source>cannot read identity file %1: %2</source>
        <translation>Identitätsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>identity file %1 is larger than 16 MiB</source>
        <translation>Identitätsdatei %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation>Identitätsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>SOPS_AGE_KEY_CMD is empty</source>
        <translation>SOPS_AGE_KEY_CMD ist leer</translation>
    </message>
    <message>
        <source>SOPS_AGE_KEY_CMD (%1) failed: %2</source>
        <translation>SOPS_AGE_KEY_CMD (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>SopsJson</name>
    <message>
        <source>%1: file larger than %2 MiB</source>
        <translation>%1: Datei größer als %2 MiB</translation>
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
        <translation>%1: ungültige sops-Metadaten: %2</translation>
    </message>
    <message>
        <source>&quot;age&quot; is not a list</source>
        <translation>„age“ ist keine Liste</translation>
    </message>
    <message>
        <source>an age entry lacks recipient or enc</source>
        <translation>einem age-Eintrag fehlt recipient oder enc</translation>
    </message>
    <message>
        <source>&quot;sops&quot; is not a mapping</source>
        <translation>„sops“ ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex and the comment regexes</source>
        <translation>mehr als eines von unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex und den Kommentar-Regexen</translation>
    </message>
    <message>
        <source>&quot;lastmodified&quot; is missing</source>
        <translation>„lastmodified“ fehlt</translation>
    </message>
</context>
<context>
    <name>SopsScalar</name>
    <message>
        <source>integer %1 does not fit in 64 bits (sops cannot encrypt it)</source>
        <translation>Ganzzahl %1 passt nicht in 64 Bit (sops kann sie nicht verschlüsseln)</translation>
    </message>
</context>
<context>
    <name>SopsShamir</name>
    <message>
        <source>invalid Shamir parameters: %1 parts, threshold %2</source>
        <translation>ungültige Shamir-Parameter: %1 Teile, Schwelle %2</translation>
    </message>
    <message>
        <source>at least two Shamir shares are needed</source>
        <translation>mindestens zwei Shamir-Anteile werden benötigt</translation>
    </message>
    <message>
        <source>Shamir shares differ in length</source>
        <translation>Shamir-Anteile sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>duplicate Shamir share</source>
        <translation>doppelter Shamir-Anteil</translation>
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
        <translation>Wert ist nicht verschlüsselt (erwartet ENC[AES256_GCM,…])</translation>
    </message>
    <message>
        <source>malformed ENC[] value (missing data, iv, tag or type)</source>
        <translation>fehlerhafter ENC[]-Wert (data, iv, tag oder type fehlt)</translation>
    </message>
    <message>
        <source>data of ENC[] is not valid base64</source>
        <translation>data von ENC[] ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>iv of ENC[] is not valid base64</source>
        <translation>iv von ENC[] ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>tag of ENC[] is not 16 bytes of valid base64</source>
        <translation>tag von ENC[] sind keine 16 Bytes gültiges Base64</translation>
    </message>
    <message>
        <source>unknown ENC[] type &quot;%1&quot;</source>
        <translation>unbekannter ENC[]-Typ „%1“</translation>
    </message>
    <message>
        <source>authentication failed (wrong data key, a tampered value, or a value moved from another key: its path is &quot;%1&quot;)</source>
        <translation>Authentifizierung fehlgeschlagen (falscher Datenschlüssel, ein manipulierter Wert oder ein von einem anderen Schlüssel verschobener Wert: sein Pfad ist „%1“)</translation>
    </message>
    <message>
        <source>decrypted int is not a number</source>
        <translation>entschlüsselter int-Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>decrypted float is not a number</source>
        <translation>entschlüsselter float-Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>decrypted bool is not a boolean</source>
        <translation>entschlüsselter bool-Wert ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>decrypted time is not RFC 3339</source>
        <translation>entschlüsselte Zeit ist nicht im Format RFC 3339</translation>
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
        <translation>%1: Datei größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>StrategicMergePatch</name>
    <message>
        <source>%1: wrong node kind: expected %2 but got %3</source>
        <translation>%1: falsche Knotenart: %2 erwartet, aber %3 erhalten</translation>
    </message>
    <message>
        <source>metadata of the patch is not a map</source>
        <translation>metadata des Patches ist keine Zuordnung</translation>
    </message>
    <message>
        <source>unknown patch directive &quot;%1&quot;</source>
        <translation>unbekannte Patch-Direktive „%1“</translation>
    </message>
</context>
<context>
    <name>TargetNamespaceRule</name>
    <message>
        <source>Target namespace outside the tenant</source>
        <translation>Zielnamensraum außerhalb des Mandanten</translation>
    </message>
    <message>
        <source>A tenant Kustomization or HelmRelease whose spec.targetNamespace names another namespace than its own puts the tenant&apos;s objects into a namespace the tenant does not own: another tenant&apos;s, or the platform&apos;s.</source>
        <translation>Eine Kustomization oder ein HelmRelease eines Mandanten, dessen spec.targetNamespace einen anderen als den eigenen Namensraum nennt, legt die Objekte des Mandanten in einen Namensraum, der ihm nicht gehört: den eines anderen Mandanten oder den der Plattform.</translation>
    </message>
    <message>
        <source>Set spec.targetNamespace to the tenant&apos;s own namespace (the namespace the Kustomization or HelmRelease lives in), or remove it.</source>
        <translation>spec.targetNamespace auf den eigenen Namensraum des Mandanten setzen (den Namensraum, in dem die Kustomization oder das HelmRelease liegt) oder entfernen.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 targets namespace %3, outside the tenant&apos;s namespace %4</source>
        <translation>%1 des Mandanten %2 zielt auf den Namensraum %3, außerhalb des Mandanten-Namensraums %4</translation>
    </message>
</context>
<context>
    <name>TenantClusterAdminRule</name>
    <message>
        <source>Tenant bound to cluster-admin</source>
        <translation>Mandant an cluster-admin gebunden</translation>
    </message>
    <message>
        <source>A RoleBinding or ClusterRoleBinding to cluster-admin in a tenant (applied by the tenant, placed in the tenant&apos;s namespace, or granted to one of its service accounts) gives the tenant full control, in its namespace or across the cluster.</source>
        <translation>Ein RoleBinding oder ClusterRoleBinding auf cluster-admin in einem Mandanten (vom Mandanten angewendet, im Namensraum des Mandanten abgelegt oder einem seiner Dienstkonten gewährt) gibt dem Mandanten volle Kontrolle, in seinem Namensraum oder im ganzen Cluster.</translation>
    </message>
    <message>
        <source>Bind the tenant&apos;s service account to the namespaced `edit` or `admin` ClusterRole with a RoleBinding in the tenant&apos;s namespace, or to a Role of its own.</source>
        <translation>Das Dienstkonto des Mandanten mit einem RoleBinding im Namensraum des Mandanten an die ClusterRole `edit` oder `admin` binden, oder an eine eigene Role.</translation>
    </message>
    <message>
        <source>%1 binds cluster-admin %2</source>
        <translation>%1 bindet cluster-admin %2</translation>
    </message>
    <message>
        <source>inside tenant %1 (applied by %2)</source>
        <translation>innerhalb des Mandanten %1 (angewendet durch %2)</translation>
    </message>
    <message>
        <source>in tenant namespace %1</source>
        <translation>im Mandanten-Namensraum %1</translation>
    </message>
</context>
<context>
    <name>TenantClusterScopedRule</name>
    <message>
        <source>Tenant applies cluster-scoped objects</source>
        <translation>Mandant wendet clusterweite Objekte an</translation>
    </message>
    <message>
        <source>Namespaces, ClusterRoles, ClusterRoleBindings, CRDs, webhook configurations, PersistentVolumes and StorageClasses affect the whole cluster. A tenant that can apply them can escape its namespace, grant itself permissions or intercept other tenants&apos; requests.</source>
        <translation>Namespaces, ClusterRoles, ClusterRoleBindings, CRDs, Webhook-Konfigurationen, PersistentVolumes und StorageClasses betreffen den ganzen Cluster. Ein Mandant, der sie anwenden kann, kann aus seinem Namensraum ausbrechen, sich selbst Rechte geben oder Anfragen anderer Mandanten abfangen.</translation>
    </message>
    <message>
        <source>Move the object to the platform repository (for example clusters/&lt;cluster&gt;/tenants/&lt;tenant&gt;/) and let the platform team apply it.</source>
        <translation>Das Objekt ins Plattform-Repository verschieben (zum Beispiel clusters/&lt;cluster&gt;/tenants/&lt;tenant&gt;/) und vom Plattform-Team anwenden lassen.</translation>
    </message>
    <message>
        <source>%1 is cluster-scoped, but tenant %2 applies it through %3</source>
        <translation>%1 ist clusterweit, aber der Mandant %2 wendet es über %3 an</translation>
    </message>
</context>
<context>
    <name>TenantPruneRule</name>
    <message>
        <source>Tenant Kustomization without pruning</source>
        <translation>Mandanten-Kustomization ohne Bereinigung</translation>
    </message>
    <message>
        <source>Without prune: true, objects removed from the tenant&apos;s repository stay in the cluster. Git stops being the truth for the tenant, and leftovers (old Deployments, RoleBindings) keep running unseen.</source>
        <translation>Ohne prune: true bleiben Objekte, die aus dem Repository des Mandanten entfernt wurden, im Cluster. Git ist für den Mandanten dann nicht mehr maßgeblich, und Überbleibsel (alte Deployments, RoleBindings) laufen unbemerkt weiter.</translation>
    </message>
    <message>
        <source>Set spec.prune: true on the tenant&apos;s Kustomization.</source>
        <translation>spec.prune: true an der Kustomization des Mandanten setzen.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 has prune: false</source>
        <translation>%1 des Mandanten %2 hat prune: false</translation>
    </message>
    <message>
        <source>%1 of tenant %2 does not set spec.prune</source>
        <translation>%1 des Mandanten %2 setzt spec.prune nicht</translation>
    </message>
</context>
<context>
    <name>TenantServiceAccountRule</name>
    <message>
        <source>Tenant deployer without a service account</source>
        <translation>Mandanten-Deployer ohne Dienstkonto</translation>
    </message>
    <message>
        <source>A tenant Kustomization or HelmRelease without spec.serviceAccountName is applied with the controller&apos;s own service account, which can change anything in the cluster. The tenant is then not confined by its RBAC at all.</source>
        <translation>Eine Kustomization oder ein HelmRelease eines Mandanten ohne spec.serviceAccountName wird mit dem eigenen Dienstkonto des Controllers angewendet, das alles im Cluster ändern kann. Der Mandant ist dann durch sein RBAC überhaupt nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>Set spec.serviceAccountName to the tenant&apos;s service account (one bound to a namespaced role), or start the controllers with --default-service-account.</source>
        <translation>spec.serviceAccountName auf das Dienstkonto des Mandanten setzen (eines, das an eine Rolle im Namensraum gebunden ist), oder die Controller mit --default-service-account starten.</translation>
    </message>
    <message>
        <source>%1 of tenant %2 has no spec.serviceAccountName: it is applied with the controller&apos;s cluster-wide permissions</source>
        <translation>%1 des Mandanten %2 hat kein spec.serviceAccountName: es wird mit den clusterweiten Rechten des Controllers angewendet</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The HTTPS server %1 sent a certificate that cannot be read</source>
        <translation>Der HTTPS-Server %1 hat ein Zertifikat gesendet, das nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (from GIT_SSL_CAINFO or the git config&apos;s http.sslCAInfo) cannot be read or holds no PEM certificate</source>
        <translation>Die Datei der Zertifizierungsstellen %1 (aus GIT_SSL_CAINFO oder http.sslCAInfo der Git-Konfiguration) kann nicht gelesen werden oder enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The certificate authority folder %1 (from GIT_SSL_CAPATH or the git config&apos;s http.sslCAPath) does not exist</source>
        <translation>Der Ordner der Zertifizierungsstellen %1 (aus GIT_SSL_CAPATH oder http.sslCAPath der Git-Konfiguration) existiert nicht</translation>
    </message>
    <message>
        <source>cannot set up the certificate check for %1</source>
        <translation>die Zertifikatsprüfung für %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is for another host: it names %2. Fleetdesk refuses the connection.</source>
        <translation>Das HTTPS-Zertifikat von %1 gilt für einen anderen Host: Es nennt %2. Fleetdesk verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not trusted (%2). Fleetdesk refuses the connection.</source>
        <translation>Dem HTTPS-Zertifikat von %1 wird nicht vertraut (%2). Fleetdesk verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>No certificate authority of this system signed it. If the server uses a private certificate authority, name its PEM file in the git config&apos;s http.sslCAInfo (or http.&lt;url&gt;.sslCAInfo for this server only), or in GIT_SSL_CAINFO.</source>
        <translation>Keine Zertifizierungsstelle dieses Systems hat es signiert. Verwendet der Server eine private Zertifizierungsstelle, nennen Sie deren PEM-Datei in http.sslCAInfo der Git-Konfiguration (oder in http.&lt;url&gt;.sslCAInfo nur für diesen Server) oder in GIT_SSL_CAINFO.</translation>
    </message>
    <message>
        <source>It was checked against the system&apos;s certificate authorities and %1.</source>
        <translation>Es wurde gegen die Zertifizierungsstellen des Systems und %1 geprüft.</translation>
    </message>
</context>
<context>
    <name>WorkingTreeSource</name>
    <message>
        <source>%1: an absolute path is not allowed</source>
        <translation>%1: ein absoluter Pfad ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1: Pfad verlässt das Repository</translation>
    </message>
    <message>
        <source>%1: a symbolic link leads out of the repository</source>
        <translation>%1: ein symbolischer Link führt aus dem Repository hinaus</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fleetdesk</name>
    <message>
        <source>%1: not a SOPS-encrypted file</source>
        <translation>%1: keine SOPS-verschlüsselte Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the JSON pointer &quot;%1&quot; does not start with &apos;/&apos;</source>
        <translation>der JSON-Zeiger „%1“ beginnt nicht mit &apos;/&apos;</translation>
    </message>
    <message>
        <source>the JSON pointer &quot;%1&quot; has a &apos;~&apos; not followed by 0 or 1</source>
        <translation>der JSON-Zeiger „%1“ enthält ein &apos;~&apos;, auf das weder 0 noch 1 folgt</translation>
    </message>
    <message>
        <source>JSON patch operation %1 (%2 %3): %4</source>
        <translation>JSON-Patch-Operation %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>an operation must be a map</source>
        <translation>eine Operation muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>the operation has no &quot;path&quot;</source>
        <translation>die Operation hat keinen „path“</translation>
    </message>
    <message>
        <source>the operation has no &quot;value&quot;</source>
        <translation>die Operation hat keinen „value“</translation>
    </message>
    <message>
        <source>the path does not exist</source>
        <translation>der Pfad existiert nicht</translation>
    </message>
    <message>
        <source>the value is not the expected one</source>
        <translation>der Wert ist nicht der erwartete</translation>
    </message>
    <message>
        <source>the operation has no &quot;from&quot;</source>
        <translation>die Operation hat kein „from“</translation>
    </message>
    <message>
        <source>the &quot;from&quot; path %1 does not exist</source>
        <translation>der „from“-Pfad %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot move a value into itself</source>
        <translation>ein Wert kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>unbekannte Operation „%1“</translation>
    </message>
    <message>
        <source>the JSON patch turned the object into something that is not a map</source>
        <translation>der JSON-Patch hat das Objekt in etwas verwandelt, das keine Zuordnung ist</translation>
    </message>
    <message>
        <source>may not add resource with an already registered id: %1</source>
        <translation>Ressource mit bereits registrierter ID kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>label selector &quot;%1&quot;, at character %2: %3</source>
        <translation>Label-Selektor „%1“, bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>%1: invalid sops metadata: a [sops] key is both a value and a list or mapping</source>
        <translation>%1: ungültige SOPS-Metadaten: ein Schlüssel in [sops] ist zugleich Wert und Liste oder Zuordnung</translation>
    </message>
    <message>
        <source>%1: invalid sops metadata: a list in [sops] has gaps</source>
        <translation>%1: ungültige SOPS-Metadaten: eine Liste in [sops] hat Lücken</translation>
    </message>
    <message>
        <source>%1:%2: invalid sops metadata: [sops] sets &quot;%3&quot; twice</source>
        <translation>%1:%2: ungültige SOPS-Metadaten: [sops] setzt „%3“ zweimal</translation>
    </message>
    <message>
        <source>%1:%2: invalid sops metadata in [sops]</source>
        <translation>%1:%2: ungültige SOPS-Metadaten in [sops]</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ActionLogPane</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Save the whole action log as JSON or CSV</source>
        <translation>Das ganze Aktionsprotokoll als JSON oder CSV speichern</translation>
    </message>
    <message>
        <source>Action log written to %1</source>
        <translation>Aktionsprotokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export Action Log</source>
        <translation>Aktionsprotokoll exportieren</translation>
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
        <translation>bech32: ungültiges Zeichen</translation>
    </message>
    <message>
        <source>bech32: mixed case</source>
        <translation>bech32: gemischte Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>bech32: separator &apos;1&apos; at an invalid position</source>
        <translation>bech32: Trennzeichen „1“ an ungültiger Position</translation>
    </message>
    <message>
        <source>bech32: invalid data character</source>
        <translation>bech32: ungültiges Datenzeichen</translation>
    </message>
    <message>
        <source>bech32: checksum mismatch</source>
        <translation>bech32: Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>bech32: non-zero or excess padding bits</source>
        <translation>bech32: Füllbits ungleich null oder überzählig</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ChangesPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>unversioniert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Vormerkung aufheben</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Stage hunk</source>
        <translation>Abschnitt vormerken</translation>
    </message>
    <message>
        <source>Unstage hunk</source>
        <translation>Vormerkung des Abschnitts aufheben</translation>
    </message>
    <message>
        <source>Amend the last commit</source>
        <translation>Letzten Commit ändern</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Abort rebase</source>
        <translation>Rebase abbrechen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>In Konflikt</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Unstaged</source>
        <translation>Nicht vorgemerkt</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>Unversioniert</translation>
    </message>
    <message>
        <source>Summary of the change

Why it is needed</source>
        <translation>Zusammenfassung der Änderung

Warum sie nötig ist</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unstaged changes of %n file(s)? They are kept in a recovery stash entry, so `git stash apply` brings them back.</source>
        <translation>
            <numerusform>Die nicht vorgemerkten Änderungen von %n Datei verwerfen? Sie bleiben in einem Wiederherstellungs-Stash-Eintrag erhalten, sodass `git stash apply` sie zurückholt.</numerusform>
            <numerusform>Die nicht vorgemerkten Änderungen von %n Dateien verwerfen? Sie bleiben in einem Wiederherstellungs-Stash-Eintrag erhalten, sodass `git stash apply` sie zurückholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abort the rebase</source>
        <translation>Den Rebase abbrechen</translation>
    </message>
    <message>
        <source>Go back to the commits, index and files you had before the rebase started?</source>
        <translation>Zu den Commits, dem Index und den Dateien zurückkehren, die Sie vor dem Rebase hatten?</translation>
    </message>
    <message>
        <source>Write a summary on the first line.</source>
        <translation>Schreiben Sie eine Zusammenfassung in die erste Zeile.</translation>
    </message>
    <message>
        <source>The summary has %1 characters; keep it within %2.</source>
        <translation>Die Zusammenfassung hat %1 Zeichen; bleiben Sie bei höchstens %2.</translation>
    </message>
    <message>
        <source>Leave the second line empty, between the summary and the body.</source>
        <translation>Lassen Sie die zweite Zeile zwischen Zusammenfassung und Text leer.</translation>
    </message>
    <message>
        <source>The summary has %1 characters; %2 or fewer read best.</source>
        <translation>Die Zusammenfassung hat %1 Zeichen; %2 oder weniger lesen sich am besten.</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>rebase in progress</source>
        <translation>Rebase läuft</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>Remote: %1</translation>
    </message>
    <message>
        <source>Conflicted: %1</source>
        <translation>In Konflikt: %1</translation>
    </message>
    <message>
        <source>Commit and Push</source>
        <translation>Committen und pushen</translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation>Trotzdem committen</translation>
    </message>
    <message>
        <source>Check the staged content (SOPS commit guard and lint), commit it and push</source>
        <translation>Den vorgemerkten Inhalt prüfen (SOPS-Commit-Schutz und Lint), committen und pushen</translation>
    </message>
    <message>
        <source>Commit and push although the lint warns; errors and unencrypted secrets are never let through</source>
        <translation>Trotz Prüfwarnungen committen und pushen; Fehler und unverschlüsselte Geheimnisse werden nie durchgelassen</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ClusterAgeKey</name>
    <message>
        <source>%1: creation_rules is not a list</source>
        <translation>%1: creation_rules ist keine Liste</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>refusing to write the private age key into the Git working tree %1; save it outside any repository</source>
        <translation>der private age-Schlüssel wird nicht in das Git-Arbeitsverzeichnis %1 geschrieben; speichern Sie ihn außerhalb jedes Repositorys</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ConfirmActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Optional: why (kept in the suspend.toolkit.fluxcd.io/reason annotation)</source>
        <translation>Optional: warum (in der Annotation suspend.toolkit.fluxcd.io/reason gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Since %1; the tree shows the last known state.</source>
        <translation>Seit %1; der Baum zeigt den letzten bekannten Zustand.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ControllerHealth</name>
    <message>
        <source>Scaled to zero replicas</source>
        <translation>Auf null Replikate skaliert</translation>
    </message>
    <message>
        <source>No replica available</source>
        <translation>Kein Replikat verfügbar</translation>
    </message>
    <message>
        <source>%1 of %2 replicas available</source>
        <translation>%1 von %2 Replikaten verfügbar</translation>
    </message>
    <message>
        <source>No instance holds the leader lease</source>
        <translation>Keine Instanz hält den Leader-Lease</translation>
    </message>
    <message>
        <source>The leader lease was last renewed %1 s ago</source>
        <translation>Der Leader-Lease wurde zuletzt vor %1 s erneuert</translation>
    </message>
    <message>
        <source>The leader lease was never renewed</source>
        <translation>Der Leader-Lease wurde nie erneuert</translation>
    </message>
    <message>
        <source>Its health endpoint does not answer</source>
        <translation>Sein Health-Endpunkt antwortet nicht</translation>
    </message>
    <message>
        <source>Its health endpoint answers HTTP %1</source>
        <translation>Sein Health-Endpunkt antwortet mit HTTP %1</translation>
    </message>
    <message>
        <source>Its API is served, but there is no Deployment or leader lease to tell whether it runs</source>
        <translation>Seine API wird bereitgestellt, aber kein Deployment und kein Leader-Lease zeigt, ob er läuft</translation>
    </message>
    <message>
        <source>You may not read Deployments or Leases in %1</source>
        <translation>Sie dürfen in %1 keine Deployments oder Leases lesen</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DetailsPane</name>
    <message>
        <source>&amp;Open File at Line</source>
        <translation>Datei an Zeile ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the manifest&apos;s file in your editor ($VISUAL or $EDITOR), at the object&apos;s line</source>
        <translation>Die Datei des Manifests in Ihrem Editor ($VISUAL oder $EDITOR) an der Zeile des Objekts öffnen</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namensraum:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a cluster, tenant or object in the fleet tree.</source>
        <translation>Einen Cluster, Mandanten oder ein Objekt im Flottenbaum auswählen.</translation>
    </message>
    <message>
        <source>(silenced)</source>
        <translation>(stummgeschaltet)</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Lint-Befunde</translation>
    </message>
    <message>
        <source>A cluster: its platform part and its tenants are below it in the tree.</source>
        <translation>Ein Cluster: sein Plattformteil und seine Mandanten stehen im Baum darunter.</translation>
    </message>
    <message>
        <source>A tenant: its Flux objects and what they apply are below it in the tree.</source>
        <translation>Ein Mandant: seine Flux-Objekte und was sie anwenden stehen im Baum darunter.</translation>
    </message>
    <message>
        <source>No manifest for this node.</source>
        <translation>Kein Manifest für diesen Knoten.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::Document</name>
    <message>
        <source>cannot remove the whole document</source>
        <translation>das ganze Dokument kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; does not exist</source>
        <translation>der Schlüssel „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; is out of range of a list of %2</source>
        <translation>der Index „%1“ liegt außerhalb einer Liste mit %2 Einträgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is below a value that is neither a map nor a list</source>
        <translation>„%1“ liegt unter einem Wert, der weder Zuordnung noch Liste ist</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftCalculator</name>
    <message>
        <source>the API call limit per Kustomization (%1) was reached</source>
        <translation>das Limit an API-Aufrufen je Kustomization (%1) ist erreicht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the decryption Secret %1: %2</source>
        <translation>das Entschlüsselungs-Secret %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the decryption Secret %1 holds no age key (*.agekey)</source>
        <translation>das Entschlüsselungs-Secret %1 enthält keinen age-Schlüssel (*.agekey)</translation>
    </message>
    <message>
        <source>not pruned (%1: disabled)</source>
        <translation>wird nicht entfernt (%1: disabled)</translation>
    </message>
    <message>
        <source>reconcile disabled</source>
        <translation>Abgleich deaktiviert</translation>
    </message>
    <message>
        <source>SOPS-encrypted, and the Kustomization has no decryption key</source>
        <translation>SOPS-verschlüsselt, und die Kustomization hat keinen Entschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>the decrypted file %1 holds no Secret</source>
        <translation>die entschlüsselte Datei %1 enthält kein Secret</translation>
    </message>
    <message>
        <source>dry-run failed: %1</source>
        <translation>Probelauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the cluster serves no %1 in %2</source>
        <translation>der Cluster bietet kein %1 in %2 an</translation>
    </message>
    <message>
        <source>spec.decryption has no secretRef with an age key</source>
        <translation>spec.decryption hat keine secretRef mit einem age-Schlüssel</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftDock</name>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>&amp;What Would This Change Do?</source>
        <translation>&amp;Was würde diese Änderung bewirken?</translation>
    </message>
    <message>
        <source>Show the drift the uncommitted edits in the working tree would cause, before you commit them</source>
        <translation>Die Abweichung zeigen, die die nicht committeten Änderungen im Arbeitsverzeichnis bewirken würden, bevor Sie sie committen</translation>
    </message>
    <message>
        <source>Drift of %1 computed</source>
        <translation>Abweichung von %1 berechnet</translation>
    </message>
    <message>
        <source>Computing drift of %1: %2 of %3 objects</source>
        <translation>Abweichung von %1 wird berechnet: %2 von %3 Objekten</translation>
    </message>
    <message>
        <source>the uncommitted edits to %1</source>
        <translation>die nicht committeten Änderungen an %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftMonitor</name>
    <message>
        <source>cluster %1 is not connected</source>
        <translation>Cluster %1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>%1/%2 is not tracked on %3</source>
        <translation>%1/%2 wird auf %3 nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>fleetdesk::DriftReportFormat</name>
    <message>
        <source>&lt;absent&gt;</source>
        <translation>&lt;fehlt&gt;</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: value of key %2 differs</source>
        <translation>%1: Wert des Schlüssels %2 weicht ab</translation>
    </message>
    <message>
        <source>[defaulted]</source>
        <translation>[Standardwert]</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>keine Revision</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: value of key %2 differs</source>
        <translation>%1: Wert des Schlüssels %2 weicht ab</translation>
    </message>
    <message>
        <source>Last set by: unknown field manager</source>
        <translation>Zuletzt gesetzt von: unbekannter Feldverwalter</translation>
    </message>
    <message>
        <source>Last set by: %1</source>
        <translation>Zuletzt gesetzt von: %1</translation>
    </message>
    <message>
        <source>Set by the API server&apos;s defaulting</source>
        <translation>Durch Standardwerte des API-Servers gesetzt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 T.</translation>
    </message>
    <message>
        <source>Hide &amp;defaulted fields</source>
        <translation>Standard&amp;werte ausblenden</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the live object and the desired object next to each other (Alt+S)</source>
        <translation>Live-Objekt und Soll-Objekt nebeneinander zeigen (Alt+S)</translation>
    </message>
    <message>
        <source>I&amp;nline</source>
        <translation>&amp;Einspaltig</translation>
    </message>
    <message>
        <source>Show one column: live lines marked −, desired lines marked + (Alt+N)</source>
        <translation>Eine Spalte zeigen: Live-Zeilen mit −, Soll-Zeilen mit + markiert (Alt+N)</translation>
    </message>
    <message>
        <source>Hide fields that only the API server&apos;s defaulting set in the live object</source>
        <translation>Felder ausblenden, die nur die Standardwerte des API-Servers im Live-Objekt gesetzt haben</translation>
    </message>
    <message>
        <source>&amp;Open Source File</source>
        <translation>Quelldatei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the desired object&apos;s manifest in the editor at its line (Alt+O)</source>
        <translation>Das Manifest des Soll-Objekts im Editor an seiner Zeile öffnen (Alt+O)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Objects Flux would create, change or prune, and those it skips or failed on</source>
        <translation>Objekte, die Flux anlegen, ändern oder entfernen würde, und solche, die es überspringt oder an denen es scheiterte</translation>
    </message>
    <message>
        <source>The live object in the cluster; removed lines are red</source>
        <translation>Das Live-Objekt im Cluster; entfernte Zeilen sind rot</translation>
    </message>
    <message>
        <source>The desired object (server-side apply dry-run of Git); added lines are green</source>
        <translation>Das Soll-Objekt (Server-Side-Apply-Probelauf aus Git); hinzugefügte Zeilen sind grün</translation>
    </message>
    <message>
        <source>Live lines are marked −, desired lines +; drifted fields are marked in the gutter</source>
        <translation>Live-Zeilen sind mit − markiert, Soll-Zeilen mit +; abweichende Felder sind am Rand markiert</translation>
    </message>
    <message>
        <source>&amp;Live (cluster)</source>
        <translation>&amp;Live (Cluster)</translation>
    </message>
    <message>
        <source>D&amp;esired (Git)</source>
        <translation>&amp;Soll (Git)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Field Manager</source>
        <translation>Feldverwalter</translation>
    </message>
    <message>
        <source>Drifted fields: the live value, the desired value and the field manager that last set the live value</source>
        <translation>Abweichende Felder: der Live-Wert, der Soll-Wert und der Feldverwalter, der den Live-Wert zuletzt gesetzt hat</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a Kustomization, or an object it applies, to see what the cluster holds against what Git says.</source>
        <translation>Wählen Sie eine Kustomization oder ein von ihr angewendetes Objekt, um zu sehen, was der Cluster gegenüber Git enthält.</translation>
    </message>
    <message>
        <source>No drift for %1</source>
        <translation>Keine Abweichung für %1</translation>
    </message>
    <message>
        <source>Drift is computed for Flux Kustomizations and the objects they apply. Select a Kustomization, or a tenant or cluster to see its drift count in the tree.</source>
        <translation>Abweichungen werden für Flux-Kustomizations und die von ihnen angewendeten Objekte berechnet. Wählen Sie eine Kustomization, oder einen Mandanten oder Cluster, um dessen Abweichungszahl im Baum zu sehen.</translation>
    </message>
    <message>
        <source>Drift — %1</source>
        <translation>Abweichung — %1</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>The drift of %1 has not been computed yet. It is computed in the background once its cluster is connected; the status bar shows the progress.</source>
        <translation>Die Abweichung von %1 wurde noch nicht berechnet. Sie wird im Hintergrund berechnet, sobald der Cluster verbunden ist; die Statusleiste zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Drift — cluster %1</source>
        <translation>Abweichung — Cluster %1</translation>
    </message>
    <message>
        <source>Cluster %1 is offline, so the drift cannot be computed: it needs the live objects.</source>
        <translation>Cluster %1 ist offline, daher kann die Abweichung nicht berechnet werden: Dafür werden die Live-Objekte benötigt.</translation>
    </message>
    <message>
        <source>Cluster offline</source>
        <translation>Cluster offline</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Rendering %1 and comparing it with the cluster.</source>
        <translation>%1 wird gerendert und mit dem Cluster verglichen.</translation>
    </message>
    <message>
        <source>Drift could not be computed</source>
        <translation>Abweichung konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <source>The cluster matches Git: applying revision %1 would change nothing.</source>
        <translation>Der Cluster entspricht Git: Revision %1 anzuwenden würde nichts ändern.</translation>
    </message>
    <message>
        <source>This object matches Git at revision %1.</source>
        <translation>Dieses Objekt entspricht Git in Revision %1.</translation>
    </message>
    <message>
        <source>Kustomization %1%2 on %3</source>
        <translation>Kustomization %1%2 auf %3</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>uncommitted changes in the working tree</source>
        <translation>nicht committete Änderungen im Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>berechnet %1</translation>
    </message>
    <message>
        <source>Computed at %1</source>
        <translation>Berechnet am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n drifted field(s)</source>
        <translation>
            <numerusform>%n abweichende(s) Feld(er)</numerusform>
            <numerusform>%n abweichende(s) Feld(er)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1:%2</source>
        <translation>Quelle: %1:%2</translation>
    </message>
    <message>
        <source>Not in the cluster: Flux would create it.</source>
        <translation>Nicht im Cluster: Flux würde es anlegen.</translation>
    </message>
    <message>
        <source>No longer in Git and prune is on: Flux would delete it from the cluster.</source>
        <translation>Nicht mehr in Git und Prune ist aktiv: Flux würde es aus dem Cluster löschen.</translation>
    </message>
    <message>
        <source>Not compared.</source>
        <translation>Nicht verglichen.</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Could not be compared: %1</source>
        <translation>Konnte nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>value of key %1 differs</source>
        <translation>Wert des Schlüssels %1 weicht ab</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Secret values are never shown; they are compared by keyed hash.</source>
        <translation>Secret-Werte werden nie angezeigt; sie werden per Schlüssel-Hash verglichen.</translation>
    </message>
    <message>
        <source>%1 · defaulted</source>
        <translation>%1 · Standardwert</translation>
    </message>
</context>
<context>
    <name>fleetdesk::EventsPane</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Select a Flux object that is in a cluster to see its Events.</source>
        <translation>Ein Flux-Objekt auswählen, das in einem Cluster ist, um seine Events zu sehen.</translation>
    </message>
    <message>
        <source>Events of %1 on %2: loading…</source>
        <translation>Events von %1 auf %2: wird geladen…</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>No Events for %1 on %2 (Kubernetes keeps them for about an hour).</source>
        <translation>Keine Events für %1 auf %2 (Kubernetes behält sie etwa eine Stunde).</translation>
    </message>
    <message>
        <source>Events of %1 on %2, newest first</source>
        <translation>Events von %1 auf %2, neueste zuerst</translation>
    </message>
    <message>
        <source>You may not list Events for %1: %2</source>
        <translation>Sie dürfen die Events für %1 nicht auflisten: %2</translation>
    </message>
    <message>
        <source>Events of %1 could not be read: %2</source>
        <translation>Die Events von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FleetTreeModel</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tenant group</source>
        <translation>Mandantengruppe</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Lint findings in this subtree: %1</source>
        <translation>Lint-Befunde in diesem Teilbaum: %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 T.</translation>
    </message>
    <message>
        <source>In Git only (not applied)</source>
        <translation>Nur in Git (nicht angewendet)</translation>
    </message>
    <message>
        <source>In the cluster only (not in Git)</source>
        <translation>Nur im Cluster (nicht in Git)</translation>
    </message>
    <message>
        <source>In Git and in the cluster</source>
        <translation>In Git und im Cluster</translation>
    </message>
    <message>
        <source>Suspended in the cluster</source>
        <translation>Im Cluster ausgesetzt</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Source (Git): %1</source>
        <translation>Quelle (Git): %1</translation>
    </message>
    <message>
        <source>Last attempted: %1</source>
        <translation>Zuletzt versucht: %1</translation>
    </message>
    <message>
        <source>The cluster has not applied the source&apos;s revision yet.</source>
        <translation>Der Cluster hat die Revision der Quelle noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Last successful reconcile: %1 (%2 UTC)</source>
        <translation>Letzter erfolgreicher Abgleich: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Drift not computed yet</source>
        <translation>Abweichung noch nicht berechnet</translation>
    </message>
    <message>
        <source>In sync with Git</source>
        <translation>Synchron mit Git</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change</source>
        <translation>
            <numerusform>%n Objekt(e) würde(n) sich ändern</numerusform>
            <numerusform>%n Objekt(e) würde(n) sich ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drift in this subtree: %n object(s) would change</source>
        <translation>
            <numerusform>Abweichung in diesem Teilbaum: %n Objekt(e) würde(n) sich ändern</numerusform>
            <numerusform>Abweichung in diesem Teilbaum: %n Objekt(e) würde(n) sich ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last Reconcile</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 · controllers %2</source>
        <translation>%1 · Controller %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n behind</source>
        <translation>
            <numerusform>%1 · %n zurück</numerusform>
            <numerusform>%1 · %n zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Flux controllers: not readable (%1)</source>
        <translation>Flux-Controller: nicht lesbar (%1)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <source>The local checkout&apos;s branch is %n commit(s) ahead of the applied revision.</source>
        <translation>
            <numerusform>Der Zweig des lokalen Checkouts ist %n Commit(s) weiter als die angewendete Revision.</numerusform>
            <numerusform>Der Zweig des lokalen Checkouts ist %n Commit(s) weiter als die angewendete Revision.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · up to date</source>
        <translation>%1 · aktuell</translation>
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
        <translation>%1 ↑%2 ↓%3 · auseinandergelaufen</translation>
    </message>
    <message>
        <source>%1 · no upstream</source>
        <translation>%1 · kein Upstream</translation>
    </message>
    <message>
        <source>%1 · upstream gone</source>
        <translation>%1 · Upstream fehlt</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>%1 · no commits yet</source>
        <translation>%1 · noch keine Commits</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>Branch %1 tracks %2</source>
        <translation>Branch %1 folgt %2</translation>
    </message>
    <message>
        <source>Up to date with %1</source>
        <translation>Auf dem Stand von %1</translation>
    </message>
    <message>
        <source>1 commit to push</source>
        <translation>1 Commit zum Pushen</translation>
    </message>
    <message>
        <source>%1 commits to push</source>
        <translation>%1 Commits zum Pushen</translation>
    </message>
    <message>
        <source>1 commit to pull</source>
        <translation>1 Commit zum Pullen</translation>
    </message>
    <message>
        <source>%1 commits to pull</source>
        <translation>%1 Commits zum Pullen</translation>
    </message>
    <message>
        <source>The branch and %1 have diverged: a pull rebases the local commits onto %1.</source>
        <translation>Der Branch und %1 sind auseinandergelaufen: ein Pull setzt die lokalen Commits per Rebase auf %1.</translation>
    </message>
    <message>
        <source>Branch %1 tracks no upstream: the first push sets one.</source>
        <translation>Branch %1 folgt keinem Upstream: der erste Push legt ihn fest.</translation>
    </message>
    <message>
        <source>Branch %1 tracks %2, which does not exist: deleted on the remote, or not fetched yet.</source>
        <translation>Branch %1 folgt %2, den es nicht gibt: auf dem Remote gelöscht oder noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>HEAD is not on a branch.</source>
        <translation>HEAD steht auf keinem Branch.</translation>
    </message>
    <message>
        <source>Branch %1 has no commits yet.</source>
        <translation>Branch %1 hat noch keine Commits.</translation>
    </message>
    <message>
        <source>The branch has not been read yet.</source>
        <translation>Der Branch wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read the branch: %1</source>
        <translation>Der Branch kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FluxActions</name>
    <message>
        <source>Permission denied: you may not %1 %2 in namespace %3 (%4)</source>
        <translation>Zugriff verweigert: Sie dürfen %2 im Namensraum %3 nicht %1 (%4)</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>resource is suspended</source>
        <translation>Ressource ist angehalten</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>reconciled, revision %1</source>
        <translation>abgeglichen, Revision %1</translation>
    </message>
    <message>
        <source>timed out waiting for the reconcile request %1 to be handled</source>
        <translation>Zeitüberschreitung beim Warten auf die Bearbeitung der Abgleichsanfrage %1</translation>
    </message>
</context>
<context>
    <name>fleetdesk::FluxEvents</name>
    <message>
        <source>You may not list Events in namespace %1 (%2)</source>
        <translation>Sie dürfen im Namespace %1 keine Events auflisten (%2)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::GitWorker</name>
    <message>
        <source>Discarded %1; the content is kept in the stash entry %2</source>
        <translation>%1 verworfen; der Inhalt bleibt im Stash-Eintrag %2 erhalten</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>%1 committet</translation>
    </message>
    <message>
        <source>Amended the last commit: %1</source>
        <translation>Letzten Commit geändert: %1</translation>
    </message>
    <message>
        <source>The rebase stopped on conflicts in %1. Resolve them, or abort to go back to where you were.</source>
        <translation>Der Rebase wurde wegen Konflikten in %1 angehalten. Lösen Sie sie, oder brechen Sie ab, um zum vorherigen Stand zurückzukehren.</translation>
    </message>
    <message>
        <source>The remote has new commits that conflict with yours in %1. Resolve them, or abort to go back to where you were.</source>
        <translation>Das Remote hat neue Commits, die mit Ihren in %1 in Konflikt stehen. Lösen Sie die Konflikte, oder brechen Sie ab, um zum vorherigen Stand zurückzukehren.</translation>
    </message>
    <message>
        <source>Pushed after rebasing onto the remote&apos;s new commits</source>
        <translation>Nach einem Rebase auf die neuen Commits des Remotes gepusht</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gepusht</translation>
    </message>
    <message>
        <source>The next commit conflicts too, in %1.</source>
        <translation>Auch der nächste Commit steht in Konflikt, in %1.</translation>
    </message>
    <message>
        <source>Cloned %1</source>
        <translation>%1 geklont</translation>
    </message>
    <message>
        <source>Nothing is staged to commit</source>
        <translation>Nichts ist zum Commit vorgemerkt</translation>
    </message>
    <message>
        <source>Not committed: the staged content has findings that must be fixed first</source>
        <translation>Nicht committet: der vorgemerkte Inhalt hat Befunde, die zuerst behoben werden müssen</translation>
    </message>
    <message>
        <source>Not committed yet: the staged content has lint warnings; commit anyway?</source>
        <translation>Noch nicht committet: der vorgemerkte Inhalt hat Prüfwarnungen; trotzdem committen?</translation>
    </message>
    <message>
        <source>Committed %1, but the push failed: %2</source>
        <translation>%1 committet, aber der Push ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Committed %1, but the remote has new commits that conflict with it in %2. Resolve them, or abort to go back to where you were.</source>
        <translation>%1 committet, aber das Remote hat neue Commits, die damit in %2 kollidieren. Lösen Sie die Konflikte oder brechen Sie ab, um zum vorherigen Stand zurückzukehren.</translation>
    </message>
    <message>
        <source>Committed %1 and pushed after rebasing onto the remote&apos;s new commits</source>
        <translation>%1 committet und nach einem Rebase auf die neuen Commits des Remotes gepusht</translation>
    </message>
    <message>
        <source>Committed %1 and pushed</source>
        <translation>%1 committet und gepusht</translation>
    </message>
    <message>
        <source>(The answer was not remembered: %1)</source>
        <translation>(Die Antwort wurde nicht gespeichert: %1)</translation>
    </message>
    <message>
        <source>Forgot the saved SSH key passphrases</source>
        <translation>Die gespeicherten Passphrasen der SSH-Schlüssel wurden vergessen</translation>
    </message>
    <message>
        <source>Forgot the saved credentials for %1 and the saved SSH key passphrases</source>
        <translation>Die gespeicherten Zugangsdaten für %1 und die Passphrasen der SSH-Schlüssel wurden vergessen</translation>
    </message>
</context>
<context>
    <name>fleetdesk::HostKeyDialog</name>
    <message>
        <source>Unknown SSH Host</source>
        <translation>Unbekannter SSH-Host</translation>
    </message>
    <message>
        <source>&lt;p&gt;The authenticity of host &lt;b&gt;%1&lt;/b&gt; can&apos;t be established: it is not in your known_hosts.&lt;/p&gt;&lt;p&gt;Its %2 key fingerprint is&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint your administrator published before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Echtheit des Hosts &lt;b&gt;%1&lt;/b&gt; kann nicht festgestellt werden: er steht nicht in Ihrer known_hosts.&lt;/p&gt;&lt;p&gt;Sein %2-Schlüsselfingerabdruck ist&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem von Ihrer Administration veröffentlichten Fingerabdruck, bevor Sie ihm vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Connect this time without adding the key to known_hosts</source>
        <translation>Dieses Mal verbinden, ohne den Schlüssel in known_hosts einzutragen</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>&amp;Immer vertrauen</translation>
    </message>
    <message>
        <source>Connect and add the key to known_hosts</source>
        <translation>Verbinden und den Schlüssel in known_hosts eintragen</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>SSH Host Key Changed</source>
        <translation>SSH-Hostschlüssel geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The host key of %1 has changed. The connection was refused.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone could be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. The new %2 key fingerprint is&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator whether the key changed. If it did, remove the old entry from known_hosts (&lt;tt&gt;ssh-keygen -R %1&lt;/tt&gt;) and connect again.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Hostschlüssel von %1 hat sich geändert. Die Verbindung wurde abgelehnt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ersetzt. Der neue %2-Schlüsselfingerabdruck ist&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Fragen Sie die Administration des Servers, ob sich der Schlüssel geändert hat. Falls ja, entfernen Sie den alten Eintrag aus known_hosts (&lt;tt&gt;ssh-keygen -R %1&lt;/tt&gt;) und verbinden Sie sich erneut.&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fleetdesk::IssueListModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 (silenced)</source>
        <translation>%1 (stummgeschaltet)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Silenced on this object with the lint-ignore annotation.</source>
        <translation>Für dieses Objekt mit der Annotation lint-ignore stummgeschaltet.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>fleetdesk::IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Issues — errors: %1, warnings: %2</source>
        <translation>Probleme — Fehler: %1, Warnungen: %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::KustomizeRenderer</name>
    <message>
        <source>could not prepare a copy of %1 for kustomize</source>
        <translation>Kopie von %1 für kustomize konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not write the kustomization for kustomize</source>
        <translation>die Kustomization für kustomize konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>unsupported: %1 (could not run %2: %3)</source>
        <translation>unsupported: %1 (%2 konnte nicht ausgeführt werden: %3)</translation>
    </message>
    <message>
        <source>%1 build did not finish in time</source>
        <translation>%1 build wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>kustomize build %1: %2</source>
        <translation>kustomize build %1: %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::KustomizeTarget</name>
    <message>
        <source>unable to find one of &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; or &apos;Kustomization&apos; in directory &apos;%1&apos;</source>
        <translation>keine der Dateien &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; oder &apos;Kustomization&apos; im Verzeichnis &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>%1: invalid Kustomization: json: unknown field &quot;%2&quot;</source>
        <translation>%1: ungültige Kustomization: json: unbekanntes Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: invalid Kustomization: json: cannot unmarshal %2 into Go struct field %3 of type string</source>
        <translation>%1: ungültige Kustomization: json: %2 kann nicht in das Go-Strukturfeld %3 vom Typ string gelesen werden</translation>
    </message>
    <message>
        <source>%1: replicas: each entry needs a name and a count</source>
        <translation>%1: replicas: jeder Eintrag braucht einen Namen und eine Anzahl</translation>
    </message>
    <message>
        <source>%1: %2: security; file &apos;%3&apos; is not in or below &apos;%4&apos;</source>
        <translation>%1: %2: Sicherheit: Datei &apos;%3&apos; liegt nicht in oder unter &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1:%2: missing kind in object</source>
        <translation>%1:%2: Objekt ohne kind</translation>
    </message>
    <message>
        <source>%1:%2: missing metadata.name in object</source>
        <translation>%1:%2: Objekt ohne metadata.name</translation>
    </message>
    <message>
        <source>%1: resource &apos;%2&apos; leaves the repository</source>
        <translation>%1: Ressource &apos;%2&apos; verlässt das Repository</translation>
    </message>
    <message>
        <source>%1: cycle detected: &apos;%2&apos; includes itself</source>
        <translation>%1: Zyklus erkannt: &apos;%2&apos; bindet sich selbst ein</translation>
    </message>
    <message>
        <source>%1: resource &apos;%2&apos;: %3</source>
        <translation>%1: Ressource &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: accumulating resources: &apos;%2&apos;: no such file or directory</source>
        <translation>%1: Ressourcen sammeln: &apos;%2&apos;: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1: expected kind &apos;Component&apos; for path &apos;%2&apos; but got &apos;%3&apos;</source>
        <translation>%1: kind &apos;Component&apos; für Pfad &apos;%2&apos; erwartet, aber &apos;%3&apos; gefunden</translation>
    </message>
    <message>
        <source>%1: expected kind != &apos;Component&apos; for path &apos;%2&apos;</source>
        <translation>%1: kind != &apos;Component&apos; für Pfad &apos;%2&apos; erwartet</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1: unbekannter kind &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: component &apos;%2&apos; leaves the repository</source>
        <translation>%1: Komponente &apos;%2&apos; verlässt das Repository</translation>
    </message>
    <message>
        <source>%1: accumulating components: &apos;%2&apos;: no such file or directory</source>
        <translation>%1: Komponenten sammeln: &apos;%2&apos;: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1: %2: a generator needs a name</source>
        <translation>%1: %2: ein Generator braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: %2: cannot add key &apos;%3&apos;, another key by that name already exists</source>
        <translation>%1: %2: Schlüssel &apos;%3&apos; kann nicht hinzugefügt werden, es gibt bereits einen gleichnamigen</translation>
    </message>
    <message>
        <source>%1: %2: invalid literal source %3, expected key=value</source>
        <translation>%1: %2: ungültige Literalquelle %3, erwartet key=value</translation>
    </message>
    <message>
        <source>%1: %2: id %3 does not exist; cannot merge or replace</source>
        <translation>%1: %2: ID %3 existiert nicht; Zusammenführen oder Ersetzen unmöglich</translation>
    </message>
    <message>
        <source>%1: %2: unknown behavior &apos;%3&apos;</source>
        <translation>%1: %2: unbekanntes behavior &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: %2: found multiple objects that could accept merge of %3</source>
        <translation>%1: %2: mehrere Objekte könnten das Zusammenführen von %3 aufnehmen</translation>
    </message>
    <message>
        <source>%1: %2: id %3 exists; behavior must be merge or replace</source>
        <translation>%1: %2: ID %3 existiert; behavior muss merge oder replace sein</translation>
    </message>
    <message>
        <source>%1: namespace transformation produces ID conflict: %2</source>
        <translation>%1: die Namespace-Transformation erzeugt einen ID-Konflikt: %2</translation>
    </message>
    <message>
        <source>%1: replicas: resource with name %2 does not match a config with the following GVK [Deployment StatefulSet ReplicaSet ReplicationController]</source>
        <translation>%1: replicas: Ressource mit Namen %2 passt zu keiner Konfiguration mit diesen GVK [Deployment StatefulSet ReplicaSet ReplicationController]</translation>
    </message>
    <message>
        <source>%1: %2: a patch needs a path or a patch</source>
        <translation>%1: %2: ein Patch braucht path oder patch</translation>
    </message>
    <message>
        <source>%1: no matches for Id %2; failed to find unique target for patch %2</source>
        <translation>%1: keine Treffer für ID %2; kein eindeutiges Ziel für Patch %2</translation>
    </message>
    <message>
        <source>%1: multiple matches for Id %2; failed to find unique target for patch %2</source>
        <translation>%1: mehrere Treffer für ID %2; kein eindeutiges Ziel für Patch %2</translation>
    </message>
    <message>
        <source>%1: patchesStrategicMerge: &apos;%2&apos;: no such file or directory</source>
        <translation>%1: patchesStrategicMerge: &apos;%2&apos;: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1: patchesStrategicMerge holds a JSON 6902 patch</source>
        <translation>%1: patchesStrategicMerge enthält einen JSON-6902-Patch</translation>
    </message>
    <message>
        <source>%1: patches: must specify a target for JSON patch %2</source>
        <translation>%1: patches: ein JSON-Patch braucht ein target: %2</translation>
    </message>
    <message>
        <source>%1: patches: target: %2</source>
        <translation>%1: patches: target: %2</translation>
    </message>
    <message>
        <source>%1: patchesJson6902: not a JSON 6902 patch</source>
        <translation>%1: patchesJson6902: kein JSON-6902-Patch</translation>
    </message>
    <message>
        <source>%1: patchesJson6902: target: %2</source>
        <translation>%1: patchesJson6902: target: %2</translation>
    </message>
    <message>
        <source>%1: path leaves the repository</source>
        <translation>%1: Pfad verlässt das Repository</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: Verzeichnis nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fleetdesk::LabelSelector</name>
    <message>
        <source>a key must follow &apos;!&apos;</source>
        <translation>auf &apos;!&apos; muss ein Schlüssel folgen</translation>
    </message>
    <message>
        <source>a key was expected</source>
        <translation>ein Schlüssel wurde erwartet</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>eine Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;(&apos; was expected</source>
        <translation>&apos;(&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;)&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; was expected</source>
        <translation>&apos;,&apos; wurde erwartet</translation>
    </message>
</context>
<context>
    <name>fleetdesk::LiveActions</name>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Ask Flux to reconcile the selected objects now and wait until it has (Ctrl+R)</source>
        <translation>Flux die ausgewählten Objekte jetzt abgleichen lassen und darauf warten (Strg+R)</translation>
    </message>
    <message>
        <source>Reconcile with &amp;Source</source>
        <translation>Mit &amp;Quelle abgleichen</translation>
    </message>
    <message>
        <source>Reconcile each selected object&apos;s source first (fetch from Git), then the object (Ctrl+Shift+R)</source>
        <translation>Zuerst die Quelle jedes ausgewählten Objekts abgleichen (aus Git holen), dann das Objekt (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>A&amp;ussetzen</translation>
    </message>
    <message>
        <source>Stop Flux from reconciling the selected objects (spec.suspend: true) (Ctrl+Shift+S)</source>
        <translation>Flux die ausgewählten Objekte nicht mehr abgleichen lassen (spec.suspend: true) (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let Flux reconcile the selected objects again and wait for it (Ctrl+Shift+U)</source>
        <translation>Flux die ausgewählten Objekte wieder abgleichen lassen und darauf warten (Strg+Umschalt+U)</translation>
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
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reconcile with source</source>
        <translation>Mit Quelle abgleichen</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>1 Flux object</source>
        <translation>1 Flux-Objekt</translation>
    </message>
    <message>
        <source>%1 Flux objects</source>
        <translation>%1 Flux-Objekte</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 Clustern</translation>
    </message>
    <message>
        <source>%1 1 Flux object on %2?</source>
        <translation>%1: 1 Flux-Objekt auf %2?</translation>
    </message>
    <message>
        <source>%1 %2 Flux objects on %3?</source>
        <translation>%1: %2 Flux-Objekte auf %3?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 finished: suspended</source>
        <translation>%1 abgeschlossen: ausgesetzt</translation>
    </message>
    <message>
        <source>%1 finished: Ready at %2</source>
        <translation>%1 abgeschlossen: bereit bei %2</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 abgeschlossen: %2</translation>
    </message>
    <message>
        <source>%1 finished: %2 succeeded</source>
        <translation>%1 abgeschlossen: %2 erfolgreich</translation>
    </message>
    <message>
        <source>%1 finished: %2 of %3 failed (%4)</source>
        <translation>%1 abgeschlossen: %2 von %3 fehlgeschlagen (%4)</translation>
    </message>
    <message>
        <source>&amp;Undo Suspend</source>
        <translation>Anhalten &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Resume the objects the last Suspend suspended</source>
        <translation>Die Objekte fortsetzen, die das letzte Anhalten angehalten hat</translation>
    </message>
    <message numerus="yes">
        <source>%n Flux object(s)</source>
        <translation>
            <numerusform>%n Flux-Objekt(e)</numerusform>
            <numerusform>%n Flux-Objekt(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Suspend: Resume of %1</source>
        <translation>Anhalten rückgängig: Fortsetzen von %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Suspend (Resume %n Object(s))</source>
        <translation>
            <numerusform>Anhalten &amp;rückgängig machen (%n Objekt(e) fortsetzen)</numerusform>
            <numerusform>Anhalten &amp;rückgängig machen (%n Objekt(e) fortsetzen)</numerusform>
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
        <translation>Nach Name, Art, Mandant, Cluster oder Lint-Regel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Open File at &amp;Line</source>
        <translation>Datei an &amp;Zeile öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Issues Panel</source>
        <translation>&amp;Problemliste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fleetdesk</source>
        <translation>&amp;Über Fleetdesk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 — Fleetdesk</source>
        <translation>%1 — Fleetdesk</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Platform Repository</source>
        <translation>Plattform-Repository öffnen</translation>
    </message>
    <message>
        <source>No workspace open — File ▸ Open Workspace… (Ctrl+O)</source>
        <translation>Kein Arbeitsbereich geöffnet — Datei ▸ Arbeitsbereich öffnen… (Strg+O)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>About Fleetdesk</source>
        <translation>Über Fleetdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fleetdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for GitOps with Flux v2 fleets: browse the fleet your platform repository describes and check tenant isolation before you push.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fleetdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für GitOps mit Flux-v2-Flotten: die Flotte durchsuchen, die Ihr Plattform-Repository beschreibt, und die Mandantentrennung vor dem Push prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Mandanten: %1</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objekte: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation>In %1 ms geladen</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>C&amp;hanges Panel</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Re&amp;connect Clusters</source>
        <translation>Cluster neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Flux &amp;Toolbar</source>
        <translation>Flux-&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Action Log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Action Log</source>
        <translation>&amp;Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;vents</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Flux action finished</source>
        <translation>Flux-Aktion abgeschlossen</translation>
    </message>
    <message>
        <source>Flux action failed</source>
        <translation>Flux-Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Abweichung</translation>
    </message>
    <message>
        <source>Only Dri&amp;fted</source>
        <translation>Nur a&amp;bweichende</translation>
    </message>
    <message>
        <source>Show only the nodes with drift, and the clusters and tenants above them</source>
        <translation>Nur Knoten mit Abweichung zeigen, samt den Clustern und Mandanten darüber</translation>
    </message>
    <message>
        <source>&amp;Forget Saved Git Credentials</source>
        <translation>Gespeicherte Git-Zugangsdaten &amp;vergessen</translation>
    </message>
    <message>
        <source>Removes the HTTPS token and SSH key passphrases remembered for the repository in the Changes panel; the next push or pull asks again</source>
        <translation>Entfernt das HTTPS-Token und die Passphrasen der SSH-Schlüssel, die für das Repository im Änderungen-Bereich gespeichert sind; der nächste Push oder Pull fragt erneut</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ManifestView</name>
    <message>
        <source>Select an object to see its manifest.</source>
        <translation>Ein Objekt auswählen, um sein Manifest zu sehen.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::NameReferenceFixer</name>
    <message>
        <source>found multiple possible referrals for &apos;%1&apos; in %2: %3</source>
        <translation>mehrere mögliche Verweisziele für &apos;%1&apos; in %2: %3</translation>
    </message>
    <message>
        <source>path config error; no &apos;name&apos; field in node</source>
        <translation>Fehler in der Pfadkonfiguration: kein Feld &apos;name&apos; im Knoten</translation>
    </message>
</context>
<context>
    <name>fleetdesk::NotificationBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
        <translation>ist auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>is stale on %1: no successful reconcile for a while</source>
        <translation>ist auf %1 veraltet: seit einer Weile kein erfolgreicher Abgleich</translation>
    </message>
    <message>
        <source>recovered on %1: Ready at %2</source>
        <translation>hat sich auf %1 erholt: bereit bei %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::Parser</name>
    <message>
        <source>unclosed section header (no &apos;]&apos;)</source>
        <translation>Abschnittskopf nicht geschlossen (kein „]“)</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>leerer Abschnittsname</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>leerer Schlüsselname</translation>
    </message>
    <message>
        <source>missing closing quote of the key name</source>
        <translation>schließendes Anführungszeichen des Schlüsselnamens fehlt</translation>
    </message>
    <message>
        <source>no &apos;=&apos; or &apos;:&apos; after the key name</source>
        <translation>kein „=“ oder „:“ nach dem Schlüsselnamen</translation>
    </message>
    <message>
        <source>not a section, a comment or a key: no &apos;=&apos; or &apos;:&apos;</source>
        <translation>weder Abschnitt noch Kommentar noch Schlüssel: kein „=“ oder „:“</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed (%1)</source>
        <translation>der hier beginnende Wert in Anführungszeichen wird nie geschlossen (%1)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::PatchDocument</name>
    <message>
        <source>the patch is not valid YAML or JSON: %1</source>
        <translation>der Patch ist kein gültiges YAML oder JSON: %1</translation>
    </message>
    <message>
        <source>a JSON 6902 patch must be the only document of its file</source>
        <translation>ein JSON-6902-Patch muss das einzige Dokument seiner Datei sein</translation>
    </message>
    <message>
        <source>JSON 6902 operation %1 needs an &quot;op&quot; and a &quot;path&quot;</source>
        <translation>JSON-6902-Operation %1 braucht „op“ und „path“</translation>
    </message>
    <message>
        <source>a patch must be a map (strategic merge) or a list (JSON 6902)</source>
        <translation>ein Patch muss eine Zuordnung (Strategic Merge) oder eine Liste (JSON 6902) sein</translation>
    </message>
    <message>
        <source>the patch is empty</source>
        <translation>der Patch ist leer</translation>
    </message>
</context>
<context>
    <name>fleetdesk::PatchTarget</name>
    <message>
        <source>target: unknown field &quot;%1&quot;</source>
        <translation>target: unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>target.%1 must be a string</source>
        <translation>target.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>target.%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>target.%1: ungültiger regulärer Ausdruck „%2“: %3</translation>
    </message>
    <message>
        <source>target.labelSelector: %1</source>
        <translation>target.labelSelector: %1</translation>
    </message>
    <message>
        <source>target.annotationSelector: %1</source>
        <translation>target.annotationSelector: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>target: %1</translation>
    </message>
    <message>
        <source>target must be a map</source>
        <translation>target muss eine Zuordnung sein</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ReconcileEngine</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>No kubeconfig context chosen in Settings</source>
        <translation>Kein kubeconfig-Kontext in den Einstellungen gewählt</translation>
    </message>
    <message>
        <source>No kubeconfig context %1 (map one in Settings)</source>
        <translation>Kein kubeconfig-Kontext %1 (in den Einstellungen zuordnen)</translation>
    </message>
    <message>
        <source>Cluster %1 is not connected</source>
        <translation>Cluster %1 ist nicht verbunden</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SecretPromptDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No keychain is available; nothing is stored</source>
        <translation>Kein Schlüsselbund verfügbar; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>SSH Key Passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Git Credentials</source>
        <translation>Git-Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 needs a username and a token (or password).</source>
        <translation>%1 braucht einen Benutzernamen und ein Token (oder Passwort).</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SettingsDialog</name>
    <message>
        <source>&amp;Notify when a Kustomization or HelmRelease fails, goes stale or recovers</source>
        <translation>&amp;Benachrichtigen, wenn eine Kustomization oder ein HelmRelease fehlschlägt, veraltet oder sich erholt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fleet cluster</source>
        <translation>Flotten-Cluster</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>(none: stay offline)</source>
        <translation>(keiner: offline bleiben)</translation>
    </message>
    <message>
        <source>%1 (same name)</source>
        <translation>%1 (gleicher Name)</translation>
    </message>
    <message>
        <source>Cluster connections</source>
        <translation>Cluster-Verbindungen</translation>
    </message>
    <message>
        <source>Each cluster of the fleet connects with a context of your kubeconfig. By default it is the context with the cluster&apos;s name. Changes apply when the clusters reconnect, which happens when you press OK.</source>
        <translation>Jeder Cluster der Flotte verbindet sich mit einem Kontext Ihrer kubeconfig. Standardmäßig ist es der Kontext mit dem Namen des Clusters. Änderungen gelten, wenn sich die Cluster neu verbinden, was beim Klick auf OK geschieht.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsCommitGuard</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 matches creation rule %2 of %3 but is not encrypted; encrypt it first or override explicitly</source>
        <translation>%1 passt zur Erstellungsregel %2 von %3, ist aber nicht verschlüsselt; zuerst verschlüsseln oder ausdrücklich übergehen</translation>
    </message>
    <message>
        <source>%1 holds a Kubernetes Secret without SOPS metadata; encrypt it first or override explicitly</source>
        <translation>%1 enthält ein Kubernetes-Secret ohne SOPS-Metadaten; zuerst verschlüsseln oder ausdrücklich übergehen</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsEditSession</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MiB</source>
        <translation>%1 ist größer als 32 MiB</translation>
    </message>
    <message>
        <source>%1 is not SOPS-encrypted (it has no sops metadata)</source>
        <translation>%1 ist nicht mit SOPS verschlüsselt (keine sops-Metadaten)</translation>
    </message>
    <message>
        <source>%1: no age identity is available (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, the default keys.txt or the keychain); the file is encrypted for %2</source>
        <translation>%1: keine age-Identität verfügbar (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, die Standard-keys.txt oder der Schlüsselbund); die Datei ist verschlüsselt für %2</translation>
    </message>
    <message>
        <source>%1: recipient %2 in the sops metadata: %3</source>
        <translation>%1: Empfänger %2 in den sops-Metadaten: %3</translation>
    </message>
    <message>
        <source>the edited text is not valid: %1; %2 is unchanged</source>
        <translation>der bearbeitete Text ist ungültig: %1; %2 bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>%1:%2: this line holds no single value to copy</source>
        <translation>%1:%2: diese Zeile enthält keinen einzelnen Wert zum Kopieren</translation>
    </message>
    <message>
        <source>%1:%2: values inside lists cannot be copied one by one</source>
        <translation>%1:%2: Werte in Listen können nicht einzeln kopiert werden</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsEditor</name>
    <message>
        <source>&amp;Save Encrypted</source>
        <translation>Verschlüsselt &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Copy Decrypted Value</source>
        <translation>Entschlüsselten Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Encrypted file[*]</source>
        <translation>Verschlüsselte Datei[*]</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Encrypt again for the recipients in the banner and replace the file (Ctrl+S)</source>
        <translation>Für die Empfänger im Banner neu verschlüsseln und die Datei ersetzen (Strg+S)</translation>
    </message>
    <message>
        <source>Copy the decrypted value on the caret&apos;s line; the clipboard is cleared after 30 seconds</source>
        <translation>Den entschlüsselten Wert der Cursorzeile kopieren; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>%1[*] — decrypted in memory</source>
        <translation>%1[*] — im Speicher entschlüsselt</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2
The file is unchanged.</source>
        <translation>%1 kann nicht entschlüsselt werden: %2
Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 Empfänger</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 Empfänger</translation>
    </message>
    <message>
        <source>Decrypted in memory — saved re-encrypted for the file&apos;s own %1 (no .sops.yaml creation rule applies)</source>
        <translation>Im Speicher entschlüsselt — wird neu verschlüsselt für die eigenen %1 der Datei gespeichert (keine .sops.yaml-Erstellungsregel passt)</translation>
    </message>
    <message>
        <source>Decrypted in memory — saved re-encrypted for %1 per .sops.yaml (%2, creation rule %3)</source>
        <translation>Im Speicher entschlüsselt — wird neu verschlüsselt für %1 laut .sops.yaml gespeichert (%2, Erstellungsregel %3)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2
The file is unchanged.</source>
        <translation>%1 kann nicht gespeichert werden: %2
Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them encrypted?</source>
        <translation>%1 hat ungespeicherte Änderungen. Verschlüsselt speichern?</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsFile</name>
    <message>
        <source>%1: could not get the data key: %2 of %3 key groups needed could be opened (%4)</source>
        <translation>%1: der Datenschlüssel konnte nicht ermittelt werden: %2 von %3 benötigten Schlüsselgruppen konnten geöffnet werden (%4)</translation>
    </message>
    <message>
        <source>%1: the file has no age recipients (only other key types, which Fleetdesk does not support)</source>
        <translation>%1: die Datei hat keine age-Empfänger (nur andere Schlüsseltypen, die Fleetdesk nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1: no age identity could decrypt the data key (%2)</source>
        <translation>%1: keine age-Identität konnte den Datenschlüssel entschlüsseln (%2)</translation>
    </message>
    <message>
        <source>%1: the data key is %2 bytes, not 32</source>
        <translation>%1: der Datenschlüssel hat %2 Bytes, nicht 32</translation>
    </message>
    <message>
        <source>no age recipients: set them in .sops.yaml (creation_rules) or with --age</source>
        <translation>keine age-Empfänger: in .sops.yaml (creation_rules) oder mit --age festlegen</translation>
    </message>
    <message>
        <source>%1: invalid regular expression in the sops metadata: %2</source>
        <translation>%1: ungültiger regulärer Ausdruck in den sops-Metadaten: %2</translation>
    </message>
    <message>
        <source>%1: value at &quot;%2&quot;</source>
        <translation>%1: Wert bei „%2“</translation>
    </message>
    <message>
        <source>%1: value at &quot;%2&quot; should be encrypted but is a plain %3</source>
        <translation>%1: Wert bei „%2“ sollte verschlüsselt sein, ist aber ein einfaches %3</translation>
    </message>
    <message>
        <source>%1: the sops metadata has no MAC, so the file&apos;s integrity cannot be verified; refusing to decrypt (override with --ignore-mac only to recover a file you trust)</source>
        <translation>%1: die sops-Metadaten haben keinen MAC, daher kann die Integrität der Datei nicht geprüft werden; Entschlüsselung verweigert (mit --ignore-mac nur übergehen, um eine vertrauenswürdige Datei wiederherzustellen)</translation>
    </message>
    <message>
        <source>%1: &quot;lastmodified&quot; (%2) is not an RFC 3339 time; the MAC cannot be checked</source>
        <translation>%1: „lastmodified“ (%2) ist keine Zeit nach RFC 3339; der MAC kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1: MAC</source>
        <translation>%1: MAC</translation>
    </message>
    <message>
        <source>%1: the MAC cannot be decrypted (%2); the file or its lastmodified was tampered with</source>
        <translation>%1: der MAC kann nicht entschlüsselt werden (%2); die Datei oder ihr lastmodified wurde manipuliert</translation>
    </message>
    <message>
        <source>%1: MAC mismatch: the file was modified outside sops (file has %2, computed %3)</source>
        <translation>%1: MAC stimmt nicht: die Datei wurde außerhalb von sops geändert (Datei hat %2, berechnet %3)</translation>
    </message>
    <message>
        <source>only one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex, unencrypted_comment_regex and encrypted_comment_regex may be set</source>
        <translation>nur eines von unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex, unencrypted_comment_regex und encrypted_comment_regex darf gesetzt sein</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>an encrypted comment matches unencrypted_comment_regex; choose a regex that cannot match &quot;ENC[…]&quot;</source>
        <translation>ein verschlüsselter Kommentar passt auf unencrypted_comment_regex; wählen Sie einen regulären Ausdruck, der nicht auf „ENC[…]“ passen kann</translation>
    </message>
    <message>
        <source>%1: the file is already encrypted (it has a top-level &quot;sops&quot; key)</source>
        <translation>%1: die Datei ist bereits verschlüsselt (sie hat einen Schlüssel „sops“ auf oberster Ebene)</translation>
    </message>
    <message>
        <source>%1: not a SOPS-encrypted file (no &quot;sops&quot; metadata)</source>
        <translation>%1: keine SOPS-verschlüsselte Datei (keine „sops“-Metadaten)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsIni</name>
    <message>
        <source>%1: file larger than %2 MiB</source>
        <translation>%1: Datei größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1:%2: a second [sops] section (the first is on line %3)</source>
        <translation>%1:%2: ein zweiter Abschnitt [sops] (der erste steht in Zeile %3)</translation>
    </message>
</context>
<context>
    <name>fleetdesk::SopsKeyRotation</name>
    <message>
        <source>%1: adding a recipient to a file with several key groups is not supported; edit key_groups in .sops.yaml and run updatekeys</source>
        <translation>%1: einen Empfänger zu einer Datei mit mehreren Schlüsselgruppen hinzuzufügen wird nicht unterstützt; key_groups in .sops.yaml bearbeiten und updatekeys ausführen</translation>
    </message>
    <message>
        <source>%1: %2 is not a recipient of this file</source>
        <translation>%1: %2 ist kein Empfänger dieser Datei</translation>
    </message>
    <message>
        <source>%1: creation rule %2 has no age recipients</source>
        <translation>%1: Erstellungsregel %2 hat keine age-Empfänger</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fleetdesk::StagedCommitCheck</name>
    <message>
        <source>reading the index</source>
        <translation>beim Lesen des Index</translation>
    </message>
    <message>
        <source>reading HEAD</source>
        <translation>beim Lesen von HEAD</translation>
    </message>
    <message>
        <source>comparing the index with HEAD</source>
        <translation>beim Vergleich des Index mit HEAD</translation>
    </message>
    <message>
        <source>reading the staged %1</source>
        <translation>beim Lesen des vorgemerkten %1</translation>
    </message>
    <message>
        <source>the repository has no work tree</source>
        <translation>das Repository hat keinen Arbeitsbaum</translation>
    </message>
    <message>
        <source>cannot create a folder for the staged content in %1: %2</source>
        <translation>in %1 kann kein Ordner für den vorgemerkten Inhalt angelegt werden: %2</translation>
    </message>
    <message>
        <source>writing the staged content out for the lint</source>
        <translation>beim Ausschreiben des vorgemerkten Inhalts für die Prüfung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>fleetdesk: cannot create the demo fleet: %1</source>
        <translation>fleetdesk: die Demo-Flotte kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Open the demo fleet (created under the user&apos;s data folder if missing).</source>
        <translation>Die Demo-Flotte öffnen (wird im Datenordner des Benutzers angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Open PATH (or --demo), wait until the tree is loaded, save a PNG of the window to FILE and exit.</source>
        <translation>PATH (oder --demo) öffnen, warten, bis der Baum geladen ist, ein PNG des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>A platform repository to open.</source>
        <translation>Ein zu öffnendes Plattform-Repository.</translation>
    </message>
    <message>
        <source>fleetdesk: %1 is not a folder</source>
        <translation>fleetdesk: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>fleetdesk: --screenshot needs PATH or --demo</source>
        <translation>fleetdesk: --screenshot braucht PATH oder --demo</translation>
    </message>
    <message>
        <source>fleetdesk: cannot write %1</source>
        <translation>fleetdesk: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>fleetdesk: the workspace did not load in time</source>
        <translation>fleetdesk: der Arbeitsbereich wurde nicht rechtzeitig geladen</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS milliseconds after the tree is loaded, so that live cluster state can arrive (default 300).</source>
        <translation>Mit --screenshot: nach dem Laden des Baums MS Millisekunden warten, damit der Live-Zustand der Cluster eintreffen kann (Standard 300).</translation>
    </message>
    <message>
        <source>fleetdesk: cannot open the window: the GUI module %1 is missing or broken (%2). The commands that need no display (fleetdesk --help lists them) work without it; reinstall Fleetdesk to get the window back.</source>
        <translation>fleetdesk: Das Fenster kann nicht geöffnet werden: Das GUI-Modul %1 fehlt oder ist beschädigt (%2). Die Befehle, die keine Anzeige brauchen (fleetdesk --help listet sie auf), funktionieren ohne es; installieren Sie Fleetdesk neu, um das Fenster zurückzubekommen.</translation>
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
        <translation>Fleetdesk: eine Desktop-Konsole für GitOps-Flotten mit Flux v2.

Befehle, die keine Anzeige brauchen:
  fleetdesk lint PATH [--format text|json|sarif]   Mandantentrennung prüfen; Rückgabewert 1 bei Fehlern
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   eine Demo-Flotte aus Git-Repositorys schreiben
  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]
                                                   SOPS mit age, wie die sops-Befehle
  fleetdesk sops identity add FILE|-|--generate | remove RECIPIENT | list
                                                   age-Identitäten im Schlüsselbund
  fleetdesk diff [--context C] [--workspace DIR] [--working-tree] [--format text|json] [KUSTOMIZATION...]
                                                   was Flux anlegen, ändern und löschen würde (Rückgabewert 1 bei Drift)
  fleetdesk build PATH [--native-only]             kustomize build eines Verzeichnisses, nativ
  fleetdesk status [--context C] [--all-contexts] [--workspace DIR] [--format table|json]
                                                   Live-Flux-Status über alle Cluster, Zustand der Controller,
                                                   Abstand zum lokalen Checkout (zurück/voraus)
  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]
                                                   Flux-Aktionen mit der Semantik der flux-CLI

Ohne Befehl öffnet sich das Fenster auf PATH (einem Plattform-Repository) oder mit --demo auf der Demo-Flotte.</translation>
    </message>
    <message>
        <source>the commands module %1 is missing or broken (%2); reinstall Fleetdesk to get it back</source>
        <translation>das Befehlsmodul %1 fehlt oder ist beschädigt (%2); installieren Sie Fleetdesk neu, um es wiederherzustellen</translation>
    </message>
</context>
</TS>
