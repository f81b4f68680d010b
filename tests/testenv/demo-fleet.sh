#!/usr/bin/env bash
# Writes a minimal fleet as Git repositories, in the layout `fleetdesk generate-fleet DIR` uses:
#   DIR/platform-flux            clusters/<cluster>/{flux-system,tenants}/
#   DIR/tenants/<tenant>         clusters/<cluster>/ with a Deployment and a ConfigMap
# Used by `testenv bootstrap-demo` when FLEETDESK_BIN is not set. Git URLs use the placeholder host
# git.fleetdesk.invalid; bootstrap-demo rewrites them to the local Git server.
#
#   demo-fleet.sh DIR [CLUSTER] [TENANT...]
set -euo pipefail
dir=$1
cluster=${2:-prod-eu-west-1}
shift $(($# >= 2 ? 2 : 1))
tenants=("$@")
[[ ${#tenants[@]} -gt 0 ]] || tenants=(acme globex)

commit_all() { # REPO MESSAGE
  git -C "$1" add -A
  git -C "$1" -c user.name="fleetdesk testenv" -c user.email=testenv@fleetdesk.invalid commit -qm "$2"
}

p=$dir/platform-flux
mkdir -p "$p/clusters/$cluster/flux-system" "$p/clusters/$cluster/tenants"
git init -q -b main "$p"
cat >"$p/clusters/$cluster/flux-system/gotk-sync.yaml" <<EOF
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: main
  url: https://git.fleetdesk.invalid/fleet/platform-flux.git
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 10m0s
  path: ./clusters/$cluster
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
EOF
cat >"$p/clusters/$cluster/flux-system/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- gotk-sync.yaml
EOF
commit_all "$p" "Bootstrap Flux for $cluster"

for t in "${tenants[@]}"; do
  cat >"$p/clusters/$cluster/tenants/$t.yaml" <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: $t
  labels:
    toolkit.fluxcd.io/tenant: $t
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: $t
  namespace: $t
  labels:
    toolkit.fluxcd.io/tenant: $t
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: $t-reconciler
  namespace: $t
  labels:
    toolkit.fluxcd.io/tenant: $t
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
- kind: ServiceAccount
  name: $t
  namespace: $t
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: $t
  namespace: $t
  labels:
    toolkit.fluxcd.io/tenant: $t
spec:
  interval: 1m0s
  ref:
    branch: main
  url: https://git.fleetdesk.invalid/fleet/$t.git
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: $t
  namespace: $t
  labels:
    toolkit.fluxcd.io/tenant: $t
spec:
  interval: 5m0s
  path: ./clusters/$cluster
  prune: true
  serviceAccountName: $t
  targetNamespace: $t
  sourceRef:
    kind: GitRepository
    name: $t
EOF

  r=$dir/tenants/$t
  mkdir -p "$r/clusters/$cluster"
  git init -q -b main "$r"
  cat >"$r/clusters/$cluster/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- configmap.yaml
- deployment.yaml
EOF
  cat >"$r/clusters/$cluster/configmap.yaml" <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  greeting: hello from $t
EOF
  commit_all "$r" "Add web config"
  cat >"$r/clusters/$cluster/deployment.yaml" <<EOF
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
        ports:
        - containerPort: 9898
EOF
  commit_all "$r" "Deploy web"
done
commit_all "$p" "Onboard tenants: ${tenants[*]}"
