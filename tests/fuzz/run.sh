#!/usr/bin/env bash
# Builds the libFuzzer targets and the SOPS and age unit tests with clang under ASan + UBSan, runs the tests
# (hostile input included), then each fuzz target briefly on a corpus seeded from the shared test vectors.
# Exits non-zero on a failed test, a crash, a sanitizer report or a build failure.
#
#   tests/fuzz/run.sh [BUILD_DIR]      FLEETDESK_FUZZ_SECONDS (default 30) per target
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)
BUILD=${1:-$SOURCE/build/fuzz}
SECONDS_PER_TARGET=${FLEETDESK_FUZZ_SECONDS:-30}
SHARED=${FLEETDESK_SHARED_DIR:-$SOURCE/../shared}

CXX=${FLEETDESK_FUZZ_CXX:-}
if [[ -z $CXX ]]; then
  for candidate in clang++-16 clang++; do
    if command -v "$candidate" >/dev/null; then CXX=$candidate; break; fi
  done
fi
[[ -n $CXX ]] || { echo "fuzz: clang++-16 not found (apt-get install clang-16 libclang-rt-16-dev)" >&2; exit 1; }

cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX" >/dev/null
ninja -C "$BUILD"

seed() {
  local corpus=$1; shift
  rm -rf "$corpus"; mkdir -p "$corpus"
  local file
  for file in "$@"; do [[ -f $file ]] && cp "$file" "$corpus/"; done
  return 0
}
seed "$BUILD/corpus-sops" "$SHARED"/vectors/sops/*.yaml "$SOURCE"/tests/data/sops/*.yaml "$HERE"/seeds/*.ini
seed "$BUILD/corpus-age" "$SHARED"/vectors/age/*.age

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
export FLEETDESK_SHARED_DIR=$SHARED
for test in tst_age tst_sops tst_sopsyaml tst_sopsconfig tst_sopsini; do
  if "$BUILD/${test}_sanitized" -silent > "$BUILD/$test.log" 2>&1; then
    echo "sanitized: $test: $(grep -E '^Totals:' "$BUILD/$test.log")"
  else
    echo "sanitized: $test FAILED; the log tail:" >&2
    tail -40 "$BUILD/$test.log" >&2
    status=1
  fi
done
for target in fuzz_sops_parser fuzz_age_header; do
  corpus=$BUILD/corpus-sops
  [[ $target == fuzz_age_header ]] && corpus=$BUILD/corpus-age
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s on $(find "$corpus" -type f | wc -l) seed files"
  if ! "$BUILD/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 \
       -artifact_prefix="$BUILD/$target-" "$corpus" 2>"$BUILD/$target.log"; then
    echo "fuzz: $target FAILED; the log tail:" >&2
    tail -40 "$BUILD/$target.log" >&2
    status=1
  else
    grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs)' "$BUILD/$target.log" | tail -1 || true
  fi
done
exit $status
