#!/usr/bin/env bash
# scripts/test.sh: installs every package the build and the tests need (Debian 12; only what is missing),
# builds in build/ci and runs the whole test suite with ctest. Idempotent: a second run installs nothing and
# rebuilds only what changed. Run as root or with sudo (CI runs it as root through .ci/run).
#   FLEETDESK_BUILD_DIR  build folder (default build/ci)     FLEETDESK_JOBS       build jobs (default 2)
#   FLEETDESK_TEST_JOBS  parallel tests (default 1)          FLEETDESK_TEST_ARGS  extra ctest arguments, e.g. "-L core"
source "$(dirname "$0")/common.sh"
cd "$FLEETDESK_ROOT"

ensure_packages "${FLEETDESK_TEST_PACKAGES[@]}"
configure_and_build

# ---- HOOK: local control plane (tests/testenv) -------------------------------------------------------------
# The e2e tests need the local control plane (etcd, kube-apiserver, source- and kustomize-controller), built
# by tests/testenv with the Go toolchain in /usr/local/go. When tests/testenv/up.sh exists, it is sourced here:
# it prepares the control plane (builds its binaries, exports what the e2e tests read) and registers its own
# cleanup (trap ... EXIT); ctest's `testenv` fixture starts and stops it.
if [[ -f tests/testenv/up.sh ]]; then
    say "control plane: tests/testenv/up.sh"
    # shellcheck source=/dev/null
    source tests/testenv/up.sh
fi
# ---- end of HOOK --------------------------------------------------------------------------------------------

say "test: ctest in $FLEETDESK_BUILD_DIR"
export QT_QPA_PLATFORM=offscreen
status=0
# shellcheck disable=SC2086
as_user env QT_QPA_PLATFORM=offscreen ctest --test-dir "$FLEETDESK_BUILD_DIR" --output-on-failure \
    --parallel "${FLEETDESK_TEST_JOBS:-1}" --timeout 900 ${FLEETDESK_TEST_ARGS:-} || status=$?

# Count the QTest functions (each data row once; initTestCase and cleanupTestCase left out) and the other
# tests (scripts), from the full log ctest keeps of the run.
log=$FLEETDESK_BUILD_DIR/Testing/Temporary/LastTest.log
if [[ -f $log ]]; then
    read -r passed failed skipped executables scripts_passed scripts_failed < <(awk '
        /^[0-9]+\/[0-9]+ Test: / { qtest = 0 }
        /^Totals: / { qtest = 1; executables++ }
        /^(PASS|FAIL!|SKIP) +: [A-Za-z_0-9:]+::/ && !/::(initTestCase|cleanupTestCase)\(/ {
            if ($1 == "PASS") passed++; else if ($1 == "SKIP") skipped++; else failed++
        }
        /^Test Passed/ { if (!qtest) scripts_passed++ }
        /^Test (Failed|Not Run)/ { if (!qtest) scripts_failed++ }
        END { printf "%d %d %d %d %d %d\n", passed, failed, skipped, executables, scripts_passed, scripts_failed }
    ' "$log")
    # Tests ctest did not start because a fixture they need failed (e.g. the control plane) count as failed.
    not_run=$(grep -c '^Failed test dependencies:' "$log" || true)
    echo
    echo "QTest functions: $passed passed, $failed failed, $skipped skipped (in $executables executables);" \
         "other tests: $scripts_passed passed, $scripts_failed failed; not run: $not_run"
    echo "Summary: $((passed + scripts_passed)) passed, $((failed + scripts_failed + not_run)) failed, $skipped skipped"
fi
exit $status
