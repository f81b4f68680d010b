#!/usr/bin/env bash
# Git benchmark: status, diff and commit through core/git (libgit2) against the git command line, in the same run,
# on the reference fleet's platform repository (12 clusters, 80 tenants, 4 Kustomizations per tenant) and on a
# synthetic repository of 100k files. Each side works on its own identical copy; times are wall-clock medians of
# 3 runs measured from outside the process (so both include process start), memory is the peak RSS.
#
#   tests/bench/git_bench.sh [BUILD_DIR]        (default: build/bench, made here as RelWithDebInfo if missing)
#   FILES=20000 tests/bench/git_bench.sh        (a smaller synthetic repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${1:-$src/build/bench}"
files="${FILES:-100000}"
changed="${CHANGED:-200}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then # an existing build directory keeps its build type
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fleetdesk-git-bench -j2 >/dev/null
bench="$build/tests/bench/fleetdesk-git-bench"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
printf '[user]\n\tname = Bench\n\temail = bench@example.test\n[init]\n\tdefaultBranch = main\n' >"$HOME/.gitconfig"

# measure NAME CMD...: runs CMD 3 times, prints "NAME median_ms peak_kb"
measure() {
    local name=$1; shift
    local times=() peak=0 start end kb
    for _ in 1 2 3; do
        start=$(date +%s%N)
        /usr/bin/time -o "$work/time" -f '%M' "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
        kb=$(tail -1 "$work/time")
        (( kb > peak )) && peak=$kb
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    echo "$name $median $peak"
}

# inprocess NAME OPERATION REPO: the median of runs 2-6 of OPERATION inside one fleetdesk process (what the app
# does: no process start, libgit2 already initialised), printed as "NAME median_us peak_kb"
inprocess() {
    local ms kb
    ms=$(/usr/bin/time -o "$work/time" -f '%M' "$bench" "$2" "$3" --repeat 6 \
        | awk '/ run [2-6]: / { print $4 }' | sort -n | sed -n 3p)
    kb=$(tail -1 "$work/time")
    awk -v n="$1" -v ms="$ms" -v kb="$kb" 'BEGIN { printf "%s %d %d\n", n, ms * 1000, kb }'
}

# compare LABEL OURS_LINE GIT_LINE
compare() {
    read -r _ ours_us ours_kb <<<"$2"
    read -r _ git_us git_kb <<<"$3"
    awk -v l="$1" -v o="$ours_us" -v g="$git_us" -v ok="$ours_kb" -v gk="$git_kb" 'BEGIN {
        printf "  %-22s fleetdesk %9.1f ms %7.1f MB | git %9.1f ms %7.1f MB | time ratio %5.2f\n",
            l, o / 1000, ok / 1024, g / 1000, gk / 1024, (g > 0 ? o / g : 0) }'
}

run_repository() {
    local label=$1 repo=$2
    echo "== $label: $(git -C "$repo" ls-files | wc -l) files"
    rm -rf "$work/ours" "$work/git"
    cp -a "$repo" "$work/ours"
    cp -a "$repo" "$work/git"
    # The copies have new inodes and times: both index stat caches are stale, as after a checkout or a restore.
    compare "status (stale cache)" "$(measure ours "$bench" status "$work/ours")" \
        "$(measure git git -C "$work/git" status --porcelain)"
    compare "status (fresh cache)" "$(measure ours "$bench" status "$work/ours")" \
        "$(measure git git -C "$work/git" status --porcelain)"
    # Where the difference goes: process start (Qt, ICU, libgit2's init, which parses the system CA bundle with
    # mbedTLS on Debian) against the status work itself, done in-process as the app does it.
    compare "start, no work" "$(measure ours "$bench" status "$work/ours" --paths .fleetdesk-none)" \
        "$(measure git git -C "$work/git" status --porcelain -- .fleetdesk-none)"
    compare "status in-process" "$(inprocess ours status "$work/ours")" \
        "$(measure git git -C "$work/git" status --porcelain)"
    # The same edit in both copies: append a line to $changed tracked files.
    local total step
    total=$(git -C "$work/ours" ls-files | wc -l)
    step=$(( total / changed > 0 ? total / changed : 1 ))
    git -C "$work/ours" ls-files | awk -v step="$step" 'NR % step == 0' | head -n "$changed" >"$work/picked"
    for side in ours git; do
        while read -r f; do echo "# benchmark edit" >>"$work/$side/$f"; done <"$work/picked"
    done
    local two
    two=$(head -n 2 "$work/picked" | paste -sd, -)
    compare "status (2 watched paths)" "$(measure ours "$bench" status "$work/ours" --paths "$two")" \
        "$(measure git git -C "$work/git" status --porcelain -- $(head -n 2 "$work/picked"))"
    compare "diff ($(wc -l <"$work/picked") files)" "$(measure ours "$bench" diff "$work/ours")" \
        "$(measure git git -C "$work/git" diff --no-color)"
    compare "diff in-process" "$(inprocess ours diff "$work/ours")" \
        "$(measure git git -C "$work/git" diff --no-color)"
    # One commit per side (measured once each: a second run would have nothing to commit).
    local s e
    s=$(date +%s%N); /usr/bin/time -o "$work/time" -f '%M' "$bench" commit "$work/ours" "Benchmark" >/dev/null; e=$(date +%s%N)
    local ours_line="ours $(( (e - s) / 1000 )) $(tail -1 "$work/time")"
    s=$(date +%s%N); /usr/bin/time -o "$work/time" -f '%M' sh -c 'git -C "$1" add -A && git -C "$1" commit -qm Benchmark' sh "$work/git" >/dev/null; e=$(date +%s%N)
    local git_line="git $(( (e - s) / 1000 )) $(tail -1 "$work/time")"
    compare "stage + commit" "$ours_line" "$git_line"
    if [[ $(git -C "$work/ours" rev-parse HEAD^{tree}) != $(git -C "$work/git" rev-parse HEAD^{tree}) ]]; then
        echo "  ERROR: the two commits have different trees" >&2
        return 1
    fi
}

echo "generating the reference fleet..."
"$bench" generate-fleet "$work/fleet" 12 80 4 # what `fleetdesk generate-fleet DIR --clusters 12 --tenants 80 --kustomizations-per-tenant 4` writes
run_repository "reference fleet platform-flux" "$work/fleet/platform-flux"
rm -rf "$work/fleet"

echo "generating a synthetic repository of $files files..."
python3 - "$work/synthetic" "$files" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    d = os.path.join(root, "d%03d" % (i // 100 % 1000), "e%02d" % (i % 100 // 10))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%06d.yaml" % i), "w") as f:
        f.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c%d\ndata:\n  value: \"%d\"\n" % (i, i))
PY
git -C "$work/synthetic" init -q
git -C "$work/synthetic" add -A
git -C "$work/synthetic" commit -qm "Synthetic"
run_repository "synthetic" "$work/synthetic"
