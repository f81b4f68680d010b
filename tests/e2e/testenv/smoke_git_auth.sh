#!/usr/bin/env bash
# The Git server's optional basic auth: 401 without credentials, clone and push with them.
source "$(dirname "$0")/lib.sh"
root=$E2E_TMP/git-root
mkdir -p "$root"
echo "pa55-$RANDOM" >"$E2E_TMP/password"
step "start a second githttpd with -user e2e"
"$FLEETDESK_TESTENV_BIN/githttpd" -listen 127.0.0.1:0 -root "$root" -user e2e -password-file "$E2E_TMP/password" \
  -port-file "$E2E_TMP/port" >"$E2E_TMP/githttpd.log" 2>&1 &
pid=$!
trap 'rc=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; (exit $rc); e2e_finish' EXIT
eventually 10 test -s "$E2E_TMP/port" || fail "githttpd did not start: $(cat "$E2E_TMP/githttpd.log")"
base=http://127.0.0.1:$(cat "$E2E_TMP/port")
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/any.git/info/refs?service=git-upload-pack")
[[ $code == 401 ]] || fail "anonymous request returned HTTP $code, expected 401"
step "push with credentials (creates the repository), clone it back"
e2e_repo_dir=$E2E_TMP/authrepo
mkdir -p "$e2e_repo_dir" && git init -q -b main "$e2e_repo_dir"
echo hello >"$e2e_repo_dir/README" && git -C "$e2e_repo_dir" add README && git_c -C "$e2e_repo_dir" commit -qm init
authurl="http://e2e:$(cat "$E2E_TMP/password")@127.0.0.1:$(cat "$E2E_TMP/port")/authrepo.git"
git -C "$e2e_repo_dir" push -q "$authurl" main:main 2>/dev/null || fail "authenticated push failed"
git clone -q "$authurl" "$E2E_TMP/clone" 2>/dev/null || fail "authenticated clone failed"
[[ $(git -C "$E2E_TMP/clone" rev-parse HEAD) == $(git -C "$e2e_repo_dir" rev-parse HEAD) ]] || fail "clone head differs"
if GIT_TERMINAL_PROMPT=0 git ls-remote "$base/authrepo.git" >/dev/null 2>&1; then fail "anonymous ls-remote succeeded"; fi
echo "401 without credentials; push and clone with them"
