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
        <source>File format: yaml, json or dotenv (default: from the extension).</source>
        <translation>Dateiformat: yaml, json oder dotenv (Vorgabe: aus der Endung).</translation>
    </message>
    <message>
        <source>Recovery only: decrypt even when the MAC is missing or wrong.</source>
        <translation>Nur zur Wiederherstellung: auch entschlüsseln, wenn der MAC fehlt oder falsch ist.</translation>
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
    <message>
        <source>cannot load the certificate authorities in %1</source>
        <translation>die Zertifizierungsstellen in %1 können nicht geladen werden</translation>
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
        <source>usage: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH]</source>
        <translation>Aufruf: fleetdesk sops encrypt|decrypt|edit|updatekeys|rotate FILE [--in-place|--output PATH]</translation>
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
    <name>fleetdesk</name>
    <message>
        <source>%1: not a SOPS-encrypted file</source>
        <translation>%1: keine SOPS-verschlüsselte Datei</translation>
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
</context>
<context>
    <name>fleetdesk::ManifestView</name>
    <message>
        <source>Select an object to see its manifest.</source>
        <translation>Ein Objekt auswählen, um sein Manifest zu sehen.</translation>
    </message>
</context>
<context>
    <name>fleetdesk::ReconcileEngine</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
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
        <translation>Fleetdesk: eine Desktop-Konsole für GitOps-Flotten mit Flux v2.

Befehle, die keine Anzeige brauchen:
  fleetdesk lint PATH [--format text|json|sarif]   Mandantentrennung prüfen; Rückgabewert 1 bei Fehlern
  fleetdesk generate-fleet DIR [--clusters N] [--tenants M] [--kustomizations-per-tenant K]
                                                   eine Demo-Flotte aus Git-Repositorys schreiben
  fleetdesk sops encrypt|decrypt|edit|updatekeys FILE [--in-place] [--output F]
                                                   SOPS mit age, wie die sops-Befehle
  fleetdesk status [--context C] [--all-contexts] [--format table|json]
                                                   Live-Flux-Status über alle Cluster
  fleetdesk suspend|resume|reconcile [--with-source] [--cluster C] [--tenant T] [--kind K] [NAME...]
                                                   Flux-Aktionen mit der Semantik der flux-CLI

Ohne Befehl öffnet sich das Fenster auf PATH (einem Plattform-Repository) oder mit --demo auf der Demo-Flotte.</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS milliseconds after the tree is loaded, so that live cluster state can arrive (default 300).</source>
        <translation>Mit --screenshot: nach dem Laden des Baums MS Millisekunden warten, damit der Live-Zustand der Cluster eintreffen kann (Standard 300).</translation>
    </message>
</context>
</TS>
