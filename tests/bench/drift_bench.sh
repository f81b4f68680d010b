#!/usr/bin/env bash
# Benchmark: drift of 200 Kustomizations on the local control plane (tests/testenv): `fleetdesk diff` over all of
# them (one process, API calls capped and counted) against `flux diff kustomization` run for each of them, in the
# same run. 20 of the Deployments are scaled by hand first, so both have drift to find.
#   tests/bench/drift_bench.sh FLEETDESK_BIN [COUNT]
# Uses the control plane of $FLEETDESK_TESTENV_RUN_DIR when set, else starts one in a temporary folder and stops it.
set -euo pipefail
FLEETDESK=${1:?fleetdesk binary}
COUNT=${2:-200}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
testenv="$here/../testenv/testenv"
work=$(mktemp -d)
own_env=0
cleanup() {
    if [[ $own_env == 1 ]]; then bash "$testenv" down --run-dir "$work/env" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
if [[ -z ${FLEETDESK_TESTENV_RUN_DIR:-} ]]; then
    echo "starting a local control plane..."
    bash "$testenv" up --run-dir "$work/env" >/dev/null
    own_env=1
    FLEETDESK_TESTENV_RUN_DIR=$work/env
fi
eval "$(bash "$testenv" env --run-dir "$FLEETDESK_TESTENV_RUN_DIR")"
export KUBECONFIG=$FLEETDESK_TESTENV_KUBECONFIG_ADMIN
FLUX=${FLEETDESK_FLUX:?the flux CLI (testenv env)}
ns=drift-bench-$(printf %04x $((RANDOM % 65536)))
repo=$work/$ns
git_c() { git -c user.name="fleetdesk bench" -c user.email=bench@fleetdesk.invalid "$@"; }

echo "writing $COUNT apps..."
mkdir -p "$repo"
for i in $(seq -w 1 "$COUNT"); do
    d=$repo/apps/app-$i
    mkdir -p "$d"
    printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- configmap.yaml\n- deployment.yaml\n' >"$d/kustomization.yaml"
    printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-%s-config\ndata:\n  greeting: hello-%s\n' "$i" "$i" >"$d/configmap.yaml"
    printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-%s\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: app-%s\n  template:\n    metadata:\n      labels:\n        app: app-%s\n    spec:\n      containers:\n      - name: web\n        image: ghcr.io/stefanprodan/podinfo:6.7.1\n' "$i" "$i" "$i" >"$d/deployment.yaml"
done
git -C "$repo" init -q -b main
git -C "$repo" add -A
git_c -C "$repo" commit -qm "apps"
git -C "$repo" push -q "$FLEETDESK_TESTENV_GIT_URL/$ns.git" +main:main
head=$(git -C "$repo" rev-parse HEAD)

{
    printf 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %s\n---\n' "$ns"
    printf 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: apps\n  namespace: %s\nspec:\n  interval: 1h\n  ref:\n    branch: main\n  url: %s/%s.git\n' "$ns" "$FLEETDESK_TESTENV_GIT_URL" "$ns"
    for i in $(seq -w 1 "$COUNT"); do
        printf -- '---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app-%s\n  namespace: %s\nspec:\n  interval: 1h\n  path: ./apps/app-%s\n  prune: true\n  targetNamespace: %s\n  sourceRef:\n    kind: GitRepository\n    name: apps\n' "$i" "$ns" "$i" "$ns"
    done
} | kubectl apply -f - >/dev/null
echo "waiting for $COUNT Kustomizations to apply $head..."
start=$(date +%s)
while :; do
    applied=$(kubectl -n "$ns" get kustomizations -o jsonpath='{range .items[*]}{.status.lastAppliedRevision}{"\n"}{end}' | grep -c "$head" || true)
    [[ $applied -ge $COUNT ]] && break
    (( $(date +%s) - start > 900 )) && { echo "only $applied of $COUNT applied after 900 s" >&2; exit 1; }
    # A failed attempt waits for the 1h interval: ask again for those (the controller's temporary folders can vanish).
    if (( ($(date +%s) - start) % 60 < 5 && $(date +%s) - start > 30 )); then
        kubectl -n "$ns" get kustomizations -o jsonpath='{range .items[?(@.status.conditions[0].status=="False")]}{.metadata.name}{"\n"}{end}' |
            while read -r k; do [[ -n $k ]] && kubectl -n "$ns" annotate --overwrite kustomization "$k" "reconcile.fluxcd.io/requestedAt=$(date +%s)" >/dev/null; done
    fi
    sleep 5
done
echo "applied in $(( $(date +%s) - start )) s"
for i in $(seq -w 1 10 "$COUNT"); do kubectl -n "$ns" scale "deployment/app-$i" --replicas=3 >/dev/null; done
scaled=$(seq -w 1 10 "$COUNT" | wc -l)

now() { date +%s.%N; }
t0=$(now)
set +e
"$FLEETDESK" diff --workspace "$repo" --format json --max-concurrent 16 >"$work/fleetdesk.json"
rc=$?
set -e
t1=$(now)
[[ $rc == 1 ]] || { echo "fleetdesk diff exited $rc (expected 1: drift)" >&2; exit 1; }
read -r calls drifted kss < <(python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
print(r["apiCalls"], sum(k["drift"] for k in r["kustomizations"]), len(r["kustomizations"]))' "$work/fleetdesk.json")

t2=$(now)
flux_drifted=0
for i in $(seq -w 1 "$COUNT"); do
    set +e
    "$FLUX" -n "$ns" diff kustomization "app-$i" --path "$repo/apps/app-$i" >"$work/flux.txt" 2>&1
    frc=$?
    set -e
    [[ $frc == 1 ]] && flux_drifted=$((flux_drifted + 1))
    [[ $frc -le 1 ]] || { echo "flux diff app-$i exited $frc:" >&2; cat "$work/flux.txt" >&2; exit 1; }
done
t3=$(now)

fd=$(echo "$t1 - $t0" | bc)
fx=$(echo "$t3 - $t2" | bc)
printf 'Kustomizations: %d (%d objects each), scaled by hand: %d\n' "$kss" 2 "$scaled"
printf 'fleetdesk diff:  %6.2f s  %d API calls (%.1f per Kustomization), %d drifted objects\n' "$fd" "$calls" "$(echo "$calls / $kss" | bc -l)" "$drifted"
printf 'flux diff x%d:  %6.2f s  %d Kustomizations with drift\n' "$COUNT" "$fx" "$flux_drifted"
printf 'speed-up: %.1fx\n' "$(echo "$fx / $fd" | bc -l)"
kubectl delete namespace "$ns" --wait=false >/dev/null
