#!/usr/bin/env bash
# The benchmarks, each against its reference tool measured in the same run:
#   1. fleet loading: the reference fleet (12 clusters, 80 tenants, 4 Kustomizations each), cold load, warm reload
#      and peak memory against a bare yaml-cpp parse of the same files;
#   2. SOPS (tests/bench/sops_bench.sh) against the real sops binary;
#   3. Git (tests/bench/git_bench.sh) against the git command line;
#   4. drift (tests/bench/drift_bench.sh): 200 Kustomizations on the local control plane, fleetdesk diff against
#      flux diff kustomization, with time and API calls;
#   5. render (tests/bench/RenderBenchmark.cpp): the native kustomize renderer on every Flux Kustomization path of
#      the reference fleet against `kustomize build` (v5.8.1) on the same paths; total times and the ratio.
#
#   tests/bench/run.sh [BUILD_DIR]     (default: build/bench, a RelWithDebInfo build made here)
#   live (tests/bench/live_bench.sh): 2,000 Kustomizations on a local control plane of its own; time to a complete
#      live tree, status-change latency and memory, against kubectl get and flux get of the same objects.
#   ONLY=load|sops|git|drift|render|live tests/bench/run.sh   one of them
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${1:-$src/build/bench}"

if [[ ! -x "$build/tests/bench/fleetdesk-bench" || ! -x "$build/app/fleetdesk" ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fleetdesk fleetdesk-bench fleetdesk-render-bench fleetdesk-live-bench -j2 >/dev/null

only=${ONLY:-all}
if [[ $only == all || $only == load ]]; then
    work="$(mktemp -d)"
    echo "generating the reference fleet (12 clusters, 80 tenants, 4 Kustomizations per tenant)..."
    start=$(date +%s%N)
    "$build/app/fleetdesk" generate-fleet "$work" --clusters 12 --tenants 80 --kustomizations-per-tenant 4
    echo "generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"

    "$build/tests/bench/fleetdesk-bench" "$work/platform-flux" --repeat 3
    "$build/tests/bench/fleetdesk-bench" "$work/platform-flux" --load-only | sed 's/^/peak memory of a cold load: /'
    rm -rf "$work"
fi

if [[ $only == all || $only == sops ]]; then
    echo
    echo "== SOPS: fleetdesk against the real sops =="
    bash "$here/sops_bench.sh" "$build/app/fleetdesk" || echo "sops benchmark failed (exit $?)"
fi
if [[ $only == all || $only == git ]]; then
    echo
    echo "== Git: libgit2 through core/git against the git command line =="
    bash "$here/git_bench.sh" "$build" || echo "git benchmark failed (exit $?)"
fi
if [[ $only == all || $only == drift ]]; then
    echo
    echo "== Drift: fleetdesk diff of 200 Kustomizations against flux diff, on the local control plane =="
    bash "$here/drift_bench.sh" "$build/app/fleetdesk" || echo "drift benchmark failed (exit $?)"
fi
if [[ $only == all || $only == render ]]; then
    echo
    echo "== Render: the native kustomize renderer against kustomize build, every Flux Kustomization path =="
    kustomize_bin="${FLEETDESK_KUSTOMIZE:-}"
    if [[ -z $kustomize_bin ]]; then
        for c in "$HOME"/.cache/fleetdesk-testenv/kustomize-v5.8.1*/kustomize; do [[ -x $c ]] && kustomize_bin=$c; done
    fi
    kustomize_bin="${kustomize_bin:-$(command -v kustomize || true)}"
    if [[ -z $kustomize_bin ]]; then
        echo "render benchmark failed: kustomize v5.8.1 not found (FLEETDESK_KUSTOMIZE, tests/testenv/build.sh)"
    else
        work="$(mktemp -d)"
        "$build/app/fleetdesk" generate-fleet "$work" --clusters 12 --tenants 80 --kustomizations-per-tenant 4 >/dev/null
        "$build/tests/bench/fleetdesk-render-bench" "$work/platform-flux" --kustomize "$kustomize_bin" \
            || echo "render benchmark failed (exit $?)"
        rm -rf "$work"
    fi
fi
if [[ $only == all || $only == live ]]; then
    echo
    echo "== Live: 2,000 Kustomizations on the local control plane, engine and tree model against kubectl/flux get =="
    bash "$here/live_bench.sh" "$build" || echo "live benchmark failed (exit $?)"
fi
