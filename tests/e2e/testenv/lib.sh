# Shared helpers for the control-plane smoke tests. Source it from a test script:
#   source "$(dirname "$0")/lib.sh"
# The environment comes from `testenv env` for $FLEETDESK_TESTENV_RUN_DIR (set by ctest).
# Each test makes its own Git repository, namespace and Flux objects, so tests are order-independent.
set -euo pipefail

E2E_NAME=$(basename "$0" .sh)
E2E_TESTENV=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../testenv" && pwd)/testenv
[[ -n ${FLEETDESK_TESTENV_RUN_DIR:-} ]] || { echo "FAIL $E2E_NAME: FLEETDESK_TESTENV_RUN_DIR not set" >&2; exit 1; }
eval "$("$E2E_TESTENV" env --run-dir "$FLEETDESK_TESTENV_RUN_DIR")"
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/fleetdesk-e2e-$E2E_NAME.XXXXXX")
E2E_TIMEOUT=${E2E_TIMEOUT:-90}
# A per-run suffix, so a test can run again against the same environment.
E2E_ID=$(printf %04x $((RANDOM % 65536)))

e2e_finish() {
  local rc=$?
  rm -rf "$E2E_TMP"
  if [[ $rc == 0 ]]; then echo "PASS $E2E_NAME"; else
    echo "FAIL $E2E_NAME (exit $rc)"
    echo "----- kustomize-controller log tail -----"; tail -n 20 "$FLEETDESK_TESTENV_RUN_DIR/logs/kustomize-controller.log" || true
    echo "----- source-controller log tail -----"; tail -n 10 "$FLEETDESK_TESTENV_RUN_DIR/logs/source-controller.log" || true
  fi
}
trap e2e_finish EXIT

step() { echo "--- $E2E_NAME: $*"; }
fail() { echo "ASSERTION FAILED in $E2E_NAME: $*" >&2; exit 1; }

# eventually SECONDS CMD...: retry CMD until it succeeds.
eventually() {
  local secs=$1 start=$SECONDS; shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS - start < secs)) || { echo "timed out after ${secs}s waiting for: $*" >&2; return 1; }
    sleep 1
  done
}

git_c() { git -c user.name="fleetdesk e2e" -c user.email=e2e@fleetdesk.invalid "$@"; }

# e2e_repo NAME: a working clone in $E2E_TMP/NAME with deploy/{configmap,deployment}.yaml, pushed as NAME.git.
e2e_repo() {
  local name=$1 w=$E2E_TMP/$1
  mkdir -p "$w/deploy"
  git init -q -b main "$w"
  cat >"$w/deploy/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- configmap.yaml
- deployment.yaml
YAML
  cat >"$w/deploy/configmap.yaml" <<YAML
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  greeting: hello
YAML
  cat >"$w/deploy/deployment.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: ghcr.io/stefanprodan/podinfo:6.7.1
YAML
  git -C "$w" add -A && git_c -C "$w" commit -qm "Initial workload"
  e2e_push "$name"
}

e2e_push() { git -C "$E2E_TMP/$1" push -q "$FLEETDESK_TESTENV_GIT_URL/$1.git" +main:main; }
e2e_head() { git -C "$E2E_TMP/$1" rev-parse HEAD; }

# e2e_sync NS NAME [EXTRA-KUSTOMIZATION-SPEC-YAML]: namespace NS, GitRepository and Kustomization NAME for
# ./deploy. Long intervals, so only explicit reconcile requests trigger work.
e2e_sync() {
  local ns=$1 name=$2 extra=${3:-}
  kubectl create namespace "$ns" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  kubectl apply -f - >/dev/null <<YAML
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: $name
  namespace: $ns
spec:
  interval: 1h
  ref:
    branch: main
  url: $FLEETDESK_TESTENV_GIT_URL/$name.git
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: $name
  namespace: $ns
spec:
  interval: 1h
  path: ./deploy
  prune: true
  targetNamespace: $ns
  sourceRef:
    kind: GitRepository
    name: $name
$extra
YAML
}

ks_field() { kubectl -n "$1" get kustomization "$2" -o "jsonpath={$3}"; }
ks_ready() { [[ $(ks_field "$1" "$2" '.status.conditions[?(@.type=="Ready")].status') == True ]]; }
ks_applied() { [[ $(ks_field "$1" "$2" '.status.lastAppliedRevision') == "main@sha1:$3" ]]; }

# e2e_wait_applied NS NAME SHA: Kustomization Ready with lastAppliedRevision main@sha1:SHA.
e2e_wait_applied() {
  if ! eventually "$E2E_TIMEOUT" bash -c "$(declare -f ks_field ks_ready ks_applied); ks_ready $1 $2 && ks_applied $1 $2 $3"; then
    kubectl -n "$1" get gitrepository,kustomization "$2" -o yaml >&2 || true
    fail "Kustomization $1/$2 not Ready at main@sha1:$3"
  fi
}

# e2e_reconcile KIND NS NAME: request a reconcile the way `flux reconcile` does and wait until handled.
e2e_reconcile() {
  local kind=$1 ns=$2 name=$3 token
  token=$(date +%s%N)
  kubectl -n "$ns" annotate --overwrite "$kind" "$name" "reconcile.fluxcd.io/requestedAt=$token" >/dev/null
  eventually "$E2E_TIMEOUT" bash -c "[[ \$(kubectl -n $ns get $kind $name -o jsonpath='{.status.lastHandledReconcileAt}') == $token ]]" ||
    fail "$kind $ns/$name did not handle reconcile request $token"
}

# e2e_reconcile_with_source NS NAME: reconcile the GitRepository, then the Kustomization.
e2e_reconcile_with_source() {
  e2e_reconcile gitrepository "$1" "$2"
  e2e_reconcile kustomization "$1" "$2"
}

replicas() { kubectl -n "$1" get deployment "$2" -o jsonpath='{.spec.replicas}'; }
