#!/usr/bin/env bash
# A tenant Kustomization becomes Ready with lastAppliedRevision equal to the tenant repo's Git head,
# and its workloads exist in the tenant namespace.
source "$(dirname "$0")/lib.sh"
ns=e2e-ready-$E2E_ID name=e2e-ready-$E2E_ID
step "push tenant repo $name"
e2e_repo "$name"
head=$(e2e_head "$name")
step "create GitRepository + Kustomization, expect Ready at $head"
e2e_sync "$ns" "$name"
e2e_wait_applied "$ns" "$name" "$head"
echo "lastAppliedRevision: $(ks_field "$ns" "$name" .status.lastAppliedRevision)"
kubectl -n "$ns" get deployment web >/dev/null || fail "Deployment web missing"
kubectl -n "$ns" get configmap web-config >/dev/null || fail "ConfigMap web-config missing"
