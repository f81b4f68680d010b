#!/usr/bin/env bash
# Live benchmark on a local control plane of its own (tests/testenv): 2,000 suspended Kustomizations (no
# controller works on them) in 50 tenant namespaces, then fleetdesk-live-bench connects the reconcile engine and a
# tree model to it: connect-to-complete-tree time, status-change latency (p50/p95) and memory. As reference, in the
# same run: `kubectl get kustomizations -A -o json` and `flux get kustomizations -A`.
#
#   tests/bench/live_bench.sh BUILD_DIR [COUNT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build=$1
count=${2:-2000}
namespaces=50
per=$((count / namespaces))
testenv="$here/../testenv/testenv"
work="$(mktemp -d)"
run="$work/env"
cleanup() { bash "$testenv" down --run-dir "$run" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "starting a local control plane..."
bash "$testenv" up --run-dir "$run" --tenant-namespace tenant-dev >"$work/up.log" 2>&1 || { tail -20 "$work/up.log"; exit 1; }
eval "$(bash "$testenv" env --run-dir "$run")"

# Namespaces as tenants, each with its Kustomizations, labelled as a fleet labels them.
{
    for ((n = 0; n < namespaces; n++)); do
        printf -- '---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: bench-%03d\n' "$n"
    done
} >"$work/namespaces.yaml"
for ((n = 0; n < namespaces; n++)); do
    for ((k = n * per; k < (n + 1) * per; k++)); do
        printf -- '---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ks-%04d\n  namespace: bench-%03d\n  labels:\n    toolkit.fluxcd.io/tenant: tenant-%03d\nspec:\n  suspend: true\n  interval: 10m\n  path: ./apps/ks-%04d\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: tenant-%03d\n' "$k" "$n" "$n" "$k" "$n"
    done >"$work/ks-$n.yaml"
done
start=$(date +%s%N)
kubectl apply --server-side -f "$work/namespaces.yaml" >/dev/null
# Server-side apply, several namespaces' files at once.
ls "$work"/ks-*.yaml | xargs -P 4 -n 5 sh -c 'for f; do kubectl apply --server-side -f "$f" >/dev/null || exit 1; done' sh
echo "created $count Kustomizations in $namespaces namespaces in $(ms "$start") ms"
created=$(kubectl get kustomizations -A --no-headers | grep -c '^bench-')
[[ $created -eq $count ]] || { echo "only $created Kustomizations exist"; exit 1; }

echo
echo "reference, same cluster:"
for i in 1 2 3; do
    start=$(date +%s%N); kubectl get kustomizations -A -o json >/dev/null
    echo "  kubectl get kustomizations -A -o json: $(ms "$start") ms"
done
if [[ -x ${FLEETDESK_FLUX:-} ]]; then
    for i in 1 2 3; do
        start=$(date +%s%N); rows=$("$FLEETDESK_FLUX" get kustomizations -A --no-header 2>/dev/null | wc -l)
        echo "  flux get kustomizations -A:             $(ms "$start") ms ($rows rows)"
    done
fi

# A one-cluster workspace whose cluster is mapped to the admin context.
"$build/app/fleetdesk" generate-fleet "$work/fleet" --clusters 1 --tenants 1 --kustomizations-per-tenant 1 >/dev/null
echo
echo "fleetdesk (engine thread + tree model):"
"$build/tests/bench/fleetdesk-live-bench" "$work/fleet/platform-flux" "$KUBECONFIG" bench- "$count" --changes 60 |
    sed 's/^/  /'
echo "  targets: complete tree < 5000 ms, p95 < 200 ms, RSS < 300 MB"
