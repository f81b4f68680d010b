#!/usr/bin/env bash
# `fleetdesk build --kustomization` prints what `flux build kustomization --dry-run` prints (the flux CLI built by
# testenv, the same fluxcd/pkg/kustomize as kustomize-controller v1.9) for every Kustomization of a generated
# fleet, plus one with spec patches, images, commonMetadata and post-build substitution (defaults, `$$`, an
# opted-out object, a typed value). Documents are compared as text after sorting. Then substituteFrom: values are
# read from the cluster through the kubeconfig context named as the fleet cluster, and a missing required source
# fails with the API's reason.
source "$(dirname "$0")/lib.sh"
[[ -x ${FLEETDESK_BIN:-} ]] || fail "FLEETDESK_BIN is not set to the fleetdesk binary"
[[ -x ${FLEETDESK_FLUX:-} ]] || fail "testenv env did not export FLEETDESK_FLUX"
fleet=$E2E_TMP/fleet
QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" generate-fleet "$fleet" --clusters 1 --tenants 2 >/dev/null
platform=$fleet/platform-flux
cluster=$(basename "$(ls -d "$platform"/clusters/*/ | head -n1)")

step "add a Kustomization with spec patches, images, commonMetadata and postBuild"
mkdir -p "$platform/apps/substituted"
cat >"$platform/apps/substituted/app.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${REPLICAS:=1}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.0
        env:
        - name: CLUSTER
          value: "${CLUSTER_NAME}"
        - name: PRICE
          value: "$$5 in ${REGION:-eu}"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: script
  annotations:
    kustomize.toolkit.fluxcd.io/substitute: disabled
data:
  run.sh: echo ${HOME}
YAML
cat >"$platform/clusters/$cluster/infrastructure/substituted.yaml" <<YAML
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: substituted
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/substituted
  prune: true
  targetNamespace: apps
  sourceRef:
    kind: GitRepository
    name: flux-system
  images:
  - name: nginx
    newTag: "1.27"
  commonMetadata:
    labels:
      team: platform
  patches:
  - patch: |
      - op: add
        path: /metadata/annotations
        value: {patched: "yes"}
    target:
      kind: Deployment
  postBuild:
    substitute:
      REPLICAS: "3"
      CLUSTER_NAME: $cluster
YAML

# name namespace path file-of-the-Kustomization repository-root, one line per Flux Kustomization
list_kustomizations() {
  local file repo
  while IFS= read -r file; do
    repo=$platform
    [[ $file == "$fleet"/tenants/* ]] && repo=$fleet/tenants/$(cut -d/ -f1 <<<"${file#"$fleet"/tenants/}")
    awk -v file="$file" -v repo="$repo" '
      function flush() { if (isks && name != "") print name, (ns == "" ? "flux-system" : ns), path, file, repo;
                         isks = 0; name = ""; ns = ""; path = ""; meta = 0 }
      /^---/ { flush(); next }
      /^apiVersion: kustomize.toolkit.fluxcd.io\// { api = 1 }
      /^kind: Kustomization/ { isks = 1 }
      /^metadata:/ { meta = 1; next }
      /^spec:/ { meta = 0 }
      meta && /^  name:/ { name = $2 }
      meta && /^  namespace:/ { ns = $2 }
      /^  path:/ { path = $2 }
      END { flush() }' "$file"
  done < <(grep -rl "^kind: Kustomization" "$platform/clusters" | sort)
}

# One line per document (line breaks as \001), sorted, then back.
sorted_documents() { awk 'BEGIN { RS = "---\n" } NF { gsub(/\n/, "\001"); print }' "$1" | LC_ALL=C sort | tr '\001' '\n'; }

count=0
while read -r name ns path file; do
  # The tenant sync Kustomizations point at tenant repositories: the generated fleet puts them under tenants/<name>.
  src=$platform
  grep -q "name: tenant-" <<<"$(grep -A3 sourceRef "$file")" && src=$fleet/tenants/${name#tenant-}
  step "$ns/$name ($path)"
  QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" build --kustomization "$name" --namespace "$ns" --workspace "$platform" \
    >"$E2E_TMP/ours.yaml" 2>"$E2E_TMP/ours.err" || fail "fleetdesk build failed: $(cat "$E2E_TMP/ours.err")"
  "$FLEETDESK_FLUX" build kustomization "$name" -n "$ns" --path "$src/${path#./}" --kustomization-file "$file" \
    --dry-run >"$E2E_TMP/flux.yaml" 2>"$E2E_TMP/flux.err" || fail "flux build failed: $(cat "$E2E_TMP/flux.err")"
  if ! diff <(sorted_documents "$E2E_TMP/flux.yaml") <(sorted_documents "$E2E_TMP/ours.yaml") >"$E2E_TMP/diff"; then
    cat "$E2E_TMP/diff"
    fail "$ns/$name: fleetdesk build differs from flux build (< flux, > fleetdesk)"
  fi
  echo "  $(grep -c '^kind:' "$E2E_TMP/ours.yaml") objects, identical"
  [[ $name == substituted ]] && cp "$E2E_TMP/ours.yaml" "$E2E_TMP/substituted.yaml"
  count=$((count + 1))
done < <(list_kustomizations | cut -d' ' -f1-4)
((count >= 5)) || fail "compared only $count Kustomizations"
step "the substituted Kustomization did substitute"
out=$E2E_TMP/substituted.yaml
[[ -f $out ]] || fail "the Kustomization 'substituted' was not compared"
for expected in "replicas: 3" "value: $cluster" 'value: $5 in eu' 'run.sh: echo ${HOME}' "image: nginx:1.27" \
  "patched: \"yes\"" "team: platform" "namespace: apps" "kustomize.toolkit.fluxcd.io/name: substituted"; do
  grep -qF -- "$expected" "$out" || fail "'$expected' missing from the substituted build"
done

step "substituteFrom is read from the context named as the cluster"
vars=e2e-vars-$E2E_ID secret=e2e-secret-$E2E_ID
kubectl -n flux-system create configmap "$vars" --from-literal=REGION=us-east >/dev/null
kubectl -n flux-system create secret generic "$secret" --from-literal=REPLICAS=7 >/dev/null
trap 'kubectl -n flux-system delete configmap "$vars" --ignore-not-found >/dev/null; kubectl -n flux-system delete secret "$secret" --ignore-not-found >/dev/null; e2e_finish' EXIT
cp "$KUBECONFIG" "$E2E_TMP/kubeconfig"
KUBECONFIG=$E2E_TMP/kubeconfig kubectl config rename-context "$(KUBECONFIG=$E2E_TMP/kubeconfig kubectl config current-context)" "$cluster" >/dev/null
mkdir -p "$platform/apps/fromcluster"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fromcluster\ndata:\n  region: ${REGION:=none}\n  replicas: "${REPLICAS}"\n' \
  >"$platform/apps/fromcluster/cm.yaml"
write_fromcluster() {
  cat >"$platform/clusters/$cluster/infrastructure/fromcluster.yaml" <<YAML
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: fromcluster
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/fromcluster
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
  postBuild:
    substituteFrom:
    - kind: ConfigMap
      name: $vars
    - kind: Secret
      name: $secret
    - kind: ConfigMap
      name: $1
$2
YAML
}
write_fromcluster "absent-$E2E_ID" "      optional: true"
KUBECONFIG=$E2E_TMP/kubeconfig QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" build --kustomization fromcluster \
  --workspace "$platform" >"$E2E_TMP/from.yaml" 2>"$E2E_TMP/from.err" || fail "build failed: $(cat "$E2E_TMP/from.err")"
grep -q "region: us-east" "$E2E_TMP/from.yaml" || fail "REGION not read from ConfigMap $vars: $(cat "$E2E_TMP/from.yaml")"
grep -q 'replicas: "*7"*$' "$E2E_TMP/from.yaml" || fail "REPLICAS not read from Secret $secret: $(cat "$E2E_TMP/from.yaml")"

step "a missing required source fails with the API's reason; without a context it says so"
write_fromcluster "absent-$E2E_ID" ""
if KUBECONFIG=$E2E_TMP/kubeconfig QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" build --kustomization fromcluster \
  --workspace "$platform" >/dev/null 2>"$E2E_TMP/from.err"; then fail "a missing required ConfigMap did not fail"; fi
grep -q "substitute from 'ConfigMap/absent-$E2E_ID' error: .*not found" "$E2E_TMP/from.err" || fail "$(cat "$E2E_TMP/from.err")"
if QT_QPA_PLATFORM=offscreen "$FLEETDESK_BIN" build --kustomization fromcluster --workspace "$platform" \
  >/dev/null 2>"$E2E_TMP/from.err"; then fail "building without a context named $cluster did not fail"; fi
grep -q "no context named '$cluster'" "$E2E_TMP/from.err" || fail "$(cat "$E2E_TMP/from.err")"
