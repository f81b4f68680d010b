#!/usr/bin/env bash
# check-deb-runs.sh DEB_DIR SCRATCH VERSION
# Unpacks the .deb into a scratch root (dpkg -x) and runs the binary from there: --version, `lint` on a freshly
# generated demo fleet, which must find exactly the two violations planted in tenant `legacy`, and the window
# (offscreen) through the GUI module the package ships.
source "$(dirname "$0")/common.sh"
deb=$(the_deb "$1") scratch=$2 version=$3

rm -rf "$scratch"
mkdir -p "$scratch/root"
dpkg -x "$deb" "$scratch/root"
fleetdesk=$scratch/root/usr/bin/fleetdesk
[[ -x "$fleetdesk" ]] || fail "no executable in the .deb"

out=$("$fleetdesk" --version) || fail "fleetdesk --version exited $?"
grep -q "$version" <<< "$out" || fail "--version printed '$out', not $version"
pass "fleetdesk --version: $out"

"$fleetdesk" generate-fleet "$scratch/fleet" > "$scratch/generate.log" 2>&1 \
    || { cat "$scratch/generate.log"; fail "fleetdesk generate-fleet"; }
[[ -d "$scratch/fleet/platform-flux/.git" ]] || fail "generate-fleet wrote no platform-flux repository"

set +e
"$fleetdesk" lint "$scratch/fleet/platform-flux" > "$scratch/lint.txt" 2>&1
status=$?
set -e
cat "$scratch/lint.txt"
[[ $status -eq 1 ]] || fail "fleetdesk lint exited $status, expected 1 (violations found)"
for rule in tenant-service-account plain-secret; do
    grep -q "$rule" "$scratch/lint.txt" || fail "lint did not report $rule"
    pass "reported $rule"
done
for rule in cross-namespace-ref tenant-cluster-scoped tenant-cluster-admin remote-base tenant-prune path-escape \
            target-namespace crd-dependency; do
    if grep -q "$rule" "$scratch/lint.txt"; then fail "lint reported $rule, which the demo fleet does not break"; fi
done
pass "only the planted violations"

set +e
"$fleetdesk" lint "$scratch/fleet/platform-flux" --format json > "$scratch/lint.json" 2> "$scratch/lint.err"
status=$?
set -e
[[ $status -eq 1 ]] || { cat "$scratch/lint.err"; fail "fleetdesk lint --format json exited $status, expected 1"; }
jq empty "$scratch/lint.json" || fail "lint --format json is not valid JSON"
rules=$(jq -r '[.findings[] | select(.silenced | not) | .rule] | sort | join(" ")' "$scratch/lint.json")
[[ $rules == "plain-secret tenant-service-account" ]] || fail "the JSON report lists '$rules', not the two planted rules"
located=$(jq '[.findings[] | select((.file | length) > 0 and .line > 0 and (.object | length) > 0)] | length' \
    "$scratch/lint.json")
[[ $located == 2 ]] || fail "the JSON findings lack file, line or object"
pass "lint --format json: exactly $rules, with file, line and object"

module=$(check_split "$scratch/root/usr")
pass "the .deb's executable links only QtCore and libcrypto; its GUI module: ${module#"$scratch/root"}"
check_window "$scratch/root/usr" "$scratch/window" "$scratch/fleet/platform-flux"
