#!/usr/bin/env bash
# Benchmark: Fleetdesk's native SOPS against the real sops binary, same machine, same run.
#   tests/bench/sops_bench.sh [FLEETDESK_BIN] [SOPS_BIN]      (SOPS_BENCH_ROUNDS=N, default 5)
# Cases: encrypt and decrypt of one 1,000-key YAML file (one process each, for both tools), and of 500 small
# Secrets (sops: one process per file, as it only takes one; fleetdesk: one batch process). Process start is
# counted. The two tools take turns, round after round, so that both see the same machine; each case reports the
# median over the rounds of the wall-clock time and of the CPU time (user + system, children included, which on a
# shared machine is the steadier figure), and the speed-up sops/fleetdesk for each.
set -euo pipefail
FLEETDESK=${1:-${FLEETDESK_BIN:-build/ci/app/fleetdesk}}
SOPS=${2:-${FLEETDESK_SOPS:-$(ls -d "$HOME"/.cache/fleetdesk-testenv/sops-v3.13.*/sops "$HOME"/.cache/fleetdesk-testenv/sops-v3.13.*/bin/sops 2>/dev/null | tail -1)}}
AGE_KEYGEN=${AGE_KEYGEN:-age-keygen}
ROUNDS=${SOPS_BENCH_ROUNDS:-5}
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

# measure TOOL CASE COMMAND...: runs the command once and appends "TOOL CASE WALL_MS CPU_MS" to the results.
measure() {
  local tool=$1 case=$2 times wall user sys
  shift 2
  times=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) \
    || { cat "$work/stderr" >&2; echo "$tool: $case failed" >&2; exit 1; }
  read -r wall user sys <<<"$times"
  echo "$tool $case $(echo "$wall * 1000" | bc) $(echo "($user + $sys) * 1000" | bc)" >>"$work/results"
}

each_file() { # COMMAND...: runs the command on every small Secret, one process per file
  local f
  for f in "$dir"/s*.yaml; do "$@" "$f" || return 1; done
}

round() { # TOOL BINARY-PREFIX...
  local tool=$1
  shift
  dir=$work/$tool
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$work/big/big.yaml" "$work/small/"*.yaml "$dir/"
  measure "$tool" big-encrypt "$@" encrypt --age "$recipient" --in-place "$dir/big.yaml"
  measure "$tool" big-decrypt "$@" decrypt --in-place "$dir/big.yaml"
  cmp -s "$dir/big.yaml" "$work/big/big.yaml" || { echo "$tool: the 1,000-key round trip changed the file" >&2; exit 1; }
  if [[ $tool == fleetdesk ]]; then
    # One process for the whole batch (fleetdesk sops takes several FILEs with --in-place).
    measure "$tool" 500-encrypt "$@" encrypt --age "$recipient" --encrypted-regex '^(data|stringData)$' --in-place \
      "$dir"/s*.yaml
    measure "$tool" 500-decrypt "$@" decrypt --in-place "$dir"/s*.yaml
  else
    measure "$tool" 500-encrypt each_file "$@" encrypt --age "$recipient" --encrypted-regex '^(data|stringData)$' \
      --in-place
    measure "$tool" 500-decrypt each_file "$@" decrypt --in-place
  fi
  ! grep -q 'ENC\[' "$dir"/s*.yaml || { echo "$tool: a Secret is still encrypted after the decrypt" >&2; exit 1; }
}

for r in $(seq 1 "$ROUNDS"); do
  round fleetdesk "$FLEETDESK" sops
  round sops "$SOPS"
done

median() { # TOOL CASE FIELD (3 wall, 4 cpu)
  awk -v t="$1" -v c="$2" -v f="$3" '$1 == t && $2 == c { print $f }' "$work/results" | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "median of $ROUNDS rounds; ms wall / ms CPU (user + system); speed-up = sops / fleetdesk"
printf '%-12s %20s %20s %10s %10s\n' case fleetdesk sops "x wall" "x CPU"
met=yes
for case in big-encrypt big-decrypt 500-encrypt 500-decrypt; do
  fw=$(median fleetdesk "$case" 3) fc=$(median fleetdesk "$case" 4)
  sw=$(median sops "$case" 3) sc=$(median sops "$case" 4)
  xw=$(echo "$sw / $fw" | bc -l) xc=$(echo "$sc / $fc" | bc -l)
  printf '%-12s %9.1f / %8.1f %9.1f / %8.1f %9.1fx %9.1fx\n' "$case" "$fw" "$fc" "$sw" "$sc" "$xw" "$xc"
  [[ $(echo "$xw >= 10" | bc) == 1 ]] || met=no
done
echo "target (each case at least 10x faster by wall clock, process start included): $met"
