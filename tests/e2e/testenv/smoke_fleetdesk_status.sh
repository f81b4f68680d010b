#!/usr/bin/env bash
# `fleetdesk status` prints the live state the window's tree shows, checked against the control plane: every
# demo Flux object with the state and revision the API server holds, the Flux controllers' health, and how far each
# applied revision is behind or ahead of the local checkouts (a copy of the checkouts bootstrap-demo synced: acme
# with a local commit, globex reset one commit back, initech as synced), in the table and the JSON format.
source "$(dirname "$0")/lib.sh"
[[ -x ${FLEETDESK_BIN:-} ]] || fail "FLEETDESK_BIN is not set to the fleetdesk binary"
push=$FLEETDESK_TESTENV_RUN_DIR/demo-fleet/push
[[ -d $push/platform-flux ]] || fail "no demo fleet in $push (the e2e/testenv.bootstrap_demo fixture syncs it)"
cluster=prod-eu-west-1
# A fleet cluster is the kubeconfig context of the same name (as scripts/demo.sh sets it up).
sed "s/admin@testenv/$cluster/g" "$FLEETDESK_TESTENV_KUBECONFIG_ADMIN" >"$E2E_TMP/kubeconfig"
kc() { kubectl --kubeconfig "$FLEETDESK_TESTENV_KUBECONFIG_ADMIN" "$@"; }

step "local checkouts: acme one commit past the applied revision, globex one commit short of it"
cp -a "$push" "$E2E_TMP/fleet"
(cd "$E2E_TMP/fleet/acme" && echo "local note" >NOTES.md && git add NOTES.md && git_c commit -qm "A local change")
(cd "$E2E_TMP/fleet/globex" && git branch -q applied && git reset -q --hard HEAD~1)
status() {
  KUBECONFIG=$E2E_TMP/kubeconfig QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" status --context "$cluster" \
    --workspace "$E2E_TMP/fleet/platform-flux" "$@"
}

step "fleetdesk status (table)"
table=$(status)
echo "$table"
grep -q "^CLUSTER $cluster (connected)" <<<"$table" || fail "no connected cluster line"
controllers=$(grep "^  Flux controllers: " <<<"$table") || fail "no Flux controllers line"
[[ $controllers == "  Flux controllers: Healthy ("* ]] || fail "controllers: $controllers"
for c in "source-controller Healthy" "kustomize-controller Healthy" "helm-controller NotInstalled"; do
  grep -qF "$c" <<<"$controllers" || fail "controllers line lacks '$c': $controllers"
done
# row KIND NS NAME: the object's line in the table.
row() { grep -E "^  $1/$2/$3  " <<<"$table" || fail "$1/$2/$3 missing from the table"; }
applied() { kc -n "$1" get kustomization "$2" -o jsonpath='{.status.lastAppliedRevision}'; }
for t in acme globex initech; do
  rev=$(applied "tenant-$t" "tenant-$t")
  [[ -n $rev ]] || fail "tenant-$t has no lastAppliedRevision"
  line=$(row Kustomization "tenant-$t" "tenant-$t")
  [[ $line == "  Kustomization/tenant-$t/tenant-$t  Ready  $rev  "* ]] || fail "tenant-$t: $line (applied $rev)"
done
grep -qF "  behind by 1 commit  " <<<"$(row Kustomization tenant-acme tenant-acme)" || fail "acme is not 1 commit behind"
grep -qF "  ahead of Git by 1 commit  " <<<"$(row Kustomization tenant-globex tenant-globex)" || fail "globex is not 1 ahead"
grep -qF "  up to date with Git  " <<<"$(row Kustomization tenant-initech tenant-initech)" || fail "initech is not up to date"
grep -qF "  up to date with Git  " <<<"$(row Kustomization flux-system flux-system)" || fail "flux-system is not up to date"
# A source has no applied revision to compare: "-".
src=$(kc -n tenant-acme get gitrepository tenant-acme -o jsonpath='{.status.artifact.revision}')
[[ $(row GitRepository tenant-acme tenant-acme) == "  GitRepository/tenant-acme/tenant-acme  Ready  $src  -  "* ]] ||
  fail "GitRepository row: $(row GitRepository tenant-acme tenant-acme)"

step "fleetdesk status --format json"
json=$(status --format json)
c='.clusters[] | select(.cluster == "'$cluster'")'
jq -e "$c | .connection == \"connected\" and .synced" <<<"$json" >/dev/null || fail "cluster not connected and synced"
jq -e "$c | .fluxControllers.health == \"Healthy\" and (.fluxControllers.forbidden | not)" <<<"$json" >/dev/null ||
  fail "fluxControllers: $(jq -c "$c | .fluxControllers" <<<"$json")"
for name in source-controller kustomize-controller; do
  jq -e "$c | .fluxControllers.controllers[] | select(.name == \"$name\") | .health == \"Healthy\" and .evidence == \"Endpoint\"" \
    <<<"$json" >/dev/null || fail "$name is not Healthy from its endpoint"
done
jq -e "$c | .fluxControllers.controllers[] | select(.name == \"helm-controller\") | .health == \"NotInstalled\"" \
  <<<"$json" >/dev/null || fail "helm-controller is not NotInstalled"
obj() { jq -c "$c | .objects[] | select(.kind == \"$1\" and .namespace == \"$2\" and .name == \"$3\")" <<<"$json"; }
expect() { # expect KIND NS NAME JQ-CONDITION
  jq -e "$4" <<<"$(obj "$1" "$2" "$3")" >/dev/null || fail "$1/$2/$3: $(obj "$1" "$2" "$3") is not $4"
}
expect Kustomization tenant-acme tenant-acme '.behindBy == 1 and .aheadBy == 0 and .git == "behind by 1 commit"'
expect Kustomization tenant-globex tenant-globex '.behindBy == 0 and .aheadBy == 1 and .git == "ahead of Git by 1 commit"'
expect Kustomization tenant-initech tenant-initech '.behindBy == 0 and .aheadBy == 0'
expect GitRepository tenant-acme tenant-acme '.behindBy == -1 and .aheadBy == -1 and .git == ""'
# Every Kustomization of the demo with the state and revision the API server holds.
n=0
while read -r ns name ready rev; do
  [[ $ns == flux-system || $ns == tenant-* ]] || continue
  if [[ $ready == True ]]; then want=Ready; else want=notReady; fi
  o=$(obj Kustomization "$ns" "$name")
  [[ -n $o ]] || fail "Kustomization $ns/$name missing from the JSON"
  state=$(jq -r .state <<<"$o")
  if [[ $want == Ready ]]; then
    [[ $state == Ready && $(jq -r .revision <<<"$o") == "$rev" ]] || fail "$ns/$name: $o, the server says Ready at $rev"
  else
    [[ $state != Ready ]] || fail "$ns/$name is Ready in the JSON, not on the server"
  fi
  n=$((n + 1))
done < <(kc get kustomizations -A -o jsonpath='{range .items[*]}{.metadata.namespace} {.metadata.name} {.status.conditions[?(@.type=="Ready")].status} {.status.lastAppliedRevision}{"\n"}{end}')
((n >= 5)) || fail "only $n demo Kustomizations compared"
echo "compared $n Kustomizations with the API server"
