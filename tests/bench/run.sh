#!/usr/bin/env bash
# Benchmarks: generates the reference fleet (12 clusters, 80 tenants, 4 Kustomizations each) and measures
# cold load, warm reload and peak memory against a bare yaml-cpp parse of the same files, in the same run.
#
#   tests/bench/run.sh [BUILD_DIR]     (default: build/bench, a RelWithDebInfo build made here)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${1:-$src/build/bench}"

if [[ ! -x "$build/tests/bench/fleetdesk-bench" || ! -x "$build/app/fleetdesk" ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fleetdesk fleetdesk-bench -j2 >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "generating the reference fleet (12 clusters, 80 tenants, 4 Kustomizations per tenant)..."
start=$(date +%s%N)
"$build/app/fleetdesk" generate-fleet "$work" --clusters 12 --tenants 80 --kustomizations-per-tenant 4
echo "generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"

"$build/tests/bench/fleetdesk-bench" "$work/platform-flux" --repeat 3
"$build/tests/bench/fleetdesk-bench" "$work/platform-flux" --load-only | sed 's/^/peak memory of a cold load: /'
