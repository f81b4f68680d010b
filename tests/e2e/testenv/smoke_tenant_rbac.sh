#!/usr/bin/env bash
# tenant-dev can list in its namespace and gets 403 elsewhere; exec-user authenticates via the exec plugin.
source "$(dirname "$0")/lib.sh"
tns=$FLEETDESK_TESTENV_TENANT_NAMESPACE
tk() { kubectl --kubeconfig "$FLEETDESK_TESTENV_KUBECONFIG_TENANT_DEV" "$@"; }
step "tenant-dev lists configmaps and pods in $tns"
tk -n "$tns" get configmaps >/dev/null || fail "tenant-dev cannot list configmaps in $tns"
tk -n "$tns" get pods >/dev/null || fail "tenant-dev cannot list pods in $tns"
step "tenant-dev gets 403 in default, in kube-system and cluster-wide"
for args in "-n default get configmaps" "-n kube-system get pods" "get namespaces" "-n $tns create configmap x"; do
  # shellcheck disable=SC2086
  if out=$(tk $args 2>&1); then fail "tenant-dev could: kubectl $args"; fi
  grep -qi forbidden <<<"$out" || fail "kubectl $args: expected Forbidden, got: $out"
done
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$FLEETDESK_TESTENV_CA_FILE" \
  --cert "$FLEETDESK_TESTENV_RUN_DIR/pki/tenant-dev.crt" --key "$FLEETDESK_TESTENV_RUN_DIR/pki/tenant-dev.key" \
  "$FLEETDESK_TESTENV_API_SERVER/api/v1/namespaces/default/configmaps")
[[ $code == 403 ]] || fail "raw request as tenant-dev returned HTTP $code, expected 403"
echo "HTTP $code outside $tns"
step "exec-user authenticates through the exec credential plugin"
who=$(kubectl --kubeconfig "$FLEETDESK_TESTENV_KUBECONFIG_EXEC_USER" auth whoami -o jsonpath='{.status.userInfo.username}')
[[ $who == exec-user ]] || fail "exec-user is '$who'"
kubectl --kubeconfig "$FLEETDESK_TESTENV_KUBECONFIG_EXEC_USER" get namespaces >/dev/null || fail "exec-user cannot list namespaces"
echo "whoami: $who"
