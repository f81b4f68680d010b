#!/usr/bin/env bash
# The flux CLI built from its module (testenv component flux-cli) reports its release and reads the control
# plane's Flux objects: a synced tenant Kustomization is listed by `flux get kustomizations -A` as Ready at the
# pushed revision.
source "$(dirname "$0")/lib.sh"
ns=e2e-fluxcli-$E2E_ID name=e2e-fluxcli-$E2E_ID
[[ -x ${FLEETDESK_FLUX:-} ]] || fail "testenv env did not export an executable FLEETDESK_FLUX"
step "flux version --client"
version=$("$FLEETDESK_FLUX" version --client)
echo "$version"
[[ $version == "flux: v2.9."* ]] || fail "flux version --client says '$version', expected v2.9.x"
step "push tenant repo $name and sync it"
e2e_repo "$name"
head=$(e2e_head "$name")
e2e_sync "$ns" "$name"
e2e_wait_applied "$ns" "$name" "$head"
step "flux get kustomizations -A"
out=$("$FLEETDESK_FLUX" get kustomizations -A --no-header)
echo "$out"
line=$(grep -E "^$ns[[:space:]]+$name[[:space:]]" <<<"$out") || fail "$ns/$name missing from flux get kustomizations -A"
# Columns: NAMESPACE NAME REVISION SUSPENDED READY MESSAGE; flux shortens the commit to 8 digits.
IFS=$'\t' read -r _ _ revision suspended ready _ <<<"$line"
# flux pads each column to the widest value of the table ("True " next to another row's "False").
revision=${revision//[[:space:]]/} suspended=${suspended//[[:space:]]/} ready=${ready//[[:space:]]/}
[[ $revision == "main@sha1:${head:0:8}" ]] || fail "revision '$revision', expected main@sha1:${head:0:8}"
[[ $suspended == False ]] || fail "suspended '$suspended'"
[[ $ready == True ]] || fail "ready '$ready'"
step "flux get sources git -n $ns $name"
"$FLEETDESK_FLUX" get sources git -n "$ns" "$name" --no-header | grep -q "main@sha1:${head:0:8}" ||
  fail "flux get sources git does not show main@sha1:${head:0:8}"
