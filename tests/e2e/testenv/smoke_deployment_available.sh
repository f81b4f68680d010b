#!/usr/bin/env bash
# With kwok (testenv up --kwok): Pods run on the fake Node, the Deployment becomes Available, and a
# Kustomization with `wait: true` (Flux health checks) becomes Ready. Skipped (77) without kwok.
source "$(dirname "$0")/lib.sh"
if [[ ${FLEETDESK_TESTENV_KWOK:-0} != 1 ]]; then echo "SKIP $E2E_NAME: the environment runs without kwok"; exit 77; fi
ns=e2e-avail-$E2E_ID name=e2e-avail-$E2E_ID
e2e_repo "$name"
step "Kustomization with wait: true (health checks on the Deployment)"
e2e_sync "$ns" "$name" '  wait: true
  timeout: 2m'
e2e_wait_applied "$ns" "$name" "$(e2e_head "$name")"
avail=$(kubectl -n "$ns" get deployment web -o jsonpath='{.status.availableReplicas}')
[[ $avail == 2 ]] || fail "availableReplicas is '$avail'"
running=$(kubectl -n "$ns" get pods --field-selector=status.phase=Running --no-headers | wc -l)
[[ $running == 2 ]] || fail "$running Pods Running"
echo "Deployment web Available 2/2 on $(kubectl -n "$ns" get pods -o jsonpath='{.items[0].spec.nodeName}')"
