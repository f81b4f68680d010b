#!/usr/bin/env bash
# A manual change to a Flux-managed field (kubectl scale) is reverted on the next reconcile.
source "$(dirname "$0")/lib.sh"
ns=e2e-drift-$E2E_ID name=e2e-drift-$E2E_ID
e2e_repo "$name"
e2e_sync "$ns" "$name"
e2e_wait_applied "$ns" "$name" "$(e2e_head "$name")"
[[ $(replicas "$ns" web) == 2 ]] || fail "replicas not 2 initially"
step "kubectl scale deployment/web --replicas=5"
kubectl -n "$ns" scale deployment web --replicas=5 >/dev/null
[[ $(replicas "$ns" web) == 5 ]] || fail "scale did not take"
step "request reconcile, expect replicas back to 2"
e2e_reconcile kustomization "$ns" "$name"
eventually 30 bash -c "[[ \$(kubectl -n $ns get deployment web -o jsonpath='{.spec.replicas}') == 2 ]]" ||
  fail "replicas still $(replicas "$ns" web) after reconcile"
echo "replicas reverted to $(replicas "$ns" web)"
