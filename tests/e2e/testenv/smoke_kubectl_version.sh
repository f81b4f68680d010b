#!/usr/bin/env bash
# kubectl and the API server both report Kubernetes 1.36.x (the version ldflags are set).
source "$(dirname "$0")/lib.sh"
step "kubectl version"
json=$(kubectl version -o json)
client=$(jq -r .clientVersion.gitVersion <<<"$json")
server=$(jq -r .serverVersion.gitVersion <<<"$json")
echo "client $client, server $server"
[[ $client == v1.36.* ]] || fail "client version $client is not v1.36.x"
[[ $server == v1.36.* ]] || fail "server version $server is not v1.36.x"
step "/version over HTTPS with the admin client certificate"
ver=$(kubectl get --raw /version | jq -r .gitVersion)
[[ $ver == "$server" ]] || fail "/version says $ver"
