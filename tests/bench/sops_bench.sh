#!/usr/bin/env bash
# Benchmark: Fleetdesk's native SOPS against the real sops binary, same machine, same run.
#   tests/bench/sops_bench.sh [FLEETDESK_BIN] [SOPS_BIN]
# Cases: encrypt + decrypt of one 1,000-key YAML file (one process each, for both tools), and of 500 small Secrets
# (sops: one process per file, as it only takes one; fleetdesk: one batch process). Process start is counted.
# Prints wall-clock seconds and the speed-up.
set -euo pipefail
FLEETDESK=${1:-${FLEETDESK_BIN:-build/ci/app/fleetdesk}}
SOPS=${2:-${FLEETDESK_SOPS:-$(ls -d "$HOME"/.cache/fleetdesk-testenv/sops-v3.13.*/sops "$HOME"/.cache/fleetdesk-testenv/sops-v3.13.*/bin/sops 2>/dev/null | tail -1)}}
AGE_KEYGEN=${AGE_KEYGEN:-age-keygen}
[[ -x $FLEETDESK ]] || { echo "fleetdesk binary not found ($FLEETDESK)" >&2; exit 2; }
[[ -x $SOPS ]] || { echo "sops binary not found ($SOPS)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$AGE_KEYGEN" -o "$work/keys.txt" 2>/dev/null
recipient=$(grep 'public key' "$work/keys.txt" | cut -d' ' -f4)
export SOPS_AGE_KEY_FILE=$work/keys.txt
unset SOPS_AGE_KEY SOPS_AGE_KEY_CMD SOPS_CONFIG || true

mkdir -p "$work/big" "$work/small"
{
  for i in $(seq 1 1000); do echo "key$i: value-$i-$RANDOM"; done
} >"$work/big/big.yaml"
for i in $(seq 1 500); do
  printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s%d\nstringData:\n  password: p%d\n  user: u%d\n' \
    "$i" "$RANDOM" "$i" >"$work/small/s$i.yaml"
done

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

run_tool() { # tool-name binary-prefix...
  local name=$1; shift
  local dir=$work/$name; rm -rf "$dir"; mkdir -p "$dir"
  cp "$work/big/big.yaml" "$dir/"; cp "$work/small/"*.yaml "$dir/"
  local t0 t1 t2 t3 t4
  t0=$(now)
  "$@" encrypt --age "$recipient" --in-place "$dir/big.yaml" >/dev/null
  t1=$(now)
  "$@" decrypt --in-place "$dir/big.yaml" >/dev/null
  t2=$(now)
  if [[ $name == fleetdesk ]]; then
    # One process for the whole batch (fleetdesk sops takes several FILEs with --in-place).
    "$@" encrypt --age "$recipient" --encrypted-regex '^(data|stringData)$' --in-place "$dir"/s*.yaml
    t3=$(now)
    "$@" decrypt --in-place "$dir"/s*.yaml
  else
    for f in "$dir"/s*.yaml; do "$@" encrypt --age "$recipient" --encrypted-regex '^(data|stringData)$' --in-place "$f"; done
    t3=$(now)
    for f in "$dir"/s*.yaml; do "$@" decrypt --in-place "$f"; done
  fi
  t4=$(now)
  cmp -s "$dir/big.yaml" "$work/big/big.yaml" || echo "$name: 1,000-key round trip changed the file" >&2
  printf '%-10s big encrypt %6.3fs  big decrypt %6.3fs  500 encrypt %7.3fs  500 decrypt %7.3fs\n' "$name" \
    "$(elapsed "$t0" "$t1")" "$(elapsed "$t1" "$t2")" "$(elapsed "$t2" "$t3")" "$(elapsed "$t3" "$t4")"
  echo "$(elapsed "$t0" "$t4")" >"$work/$name.total"
}

run_tool fleetdesk "$FLEETDESK" sops
run_tool sops "$SOPS"
fd=$(cat "$work/fleetdesk.total"); sp=$(cat "$work/sops.total")
printf 'total: fleetdesk %.3fs, sops %.3fs, speed-up %.1fx\n' "$fd" "$sp" "$(echo "$sp / $fd" | bc -l)"
