#!/usr/bin/env bash
# A commit pushed to the tenant repo is applied after a reconcile request (reconcile.fluxcd.io/requestedAt).
source "$(dirname "$0")/lib.sh"
ns=e2e-push-$E2E_ID name=e2e-push-$E2E_ID
e2e_repo "$name"
e2e_sync "$ns" "$name"
e2e_wait_applied "$ns" "$name" "$(e2e_head "$name")"
step "push a change to the ConfigMap"
sed -i 's/greeting: hello/greeting: hello again/' "$E2E_TMP/$name/deploy/configmap.yaml"
git_c -C "$E2E_TMP/$name" commit -qam "Change greeting"
e2e_push "$name"
head=$(e2e_head "$name")
step "request reconcile of GitRepository and Kustomization"
e2e_reconcile_with_source "$ns" "$name"
e2e_wait_applied "$ns" "$name" "$head"
got=$(kubectl -n "$ns" get configmap web-config -o jsonpath='{.data.greeting}')
[[ $got == "hello again" ]] || fail "ConfigMap greeting is '$got'"
echo "applied $head"
