# Sourced by scripts/test.sh (its "local control plane" hook), after the C++ build and before ctest.
# Builds the control-plane binaries (cached under ${FLEETDESK_TESTENV_CACHE:-$HOME/.cache/fleetdesk-testenv};
# a cold build takes about 20 minutes on 2 cores) and registers a safety-net cleanup. ctest's `testenv`
# fixture (tests/e2e/CMakeLists.txt) starts and stops the control plane itself; the EXIT trap here only stops
# an environment left running under the build folder when ctest was killed before its cleanup ran.
# A failed build does not stop the script: the e2e tests then fail fast with the reason.

fleetdesk_testenv_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fleetdesk_testenv_cleanup() {
    local state
    for state in "$FLEETDESK_BUILD_DIR"/tests/e2e/testenv-run/state.env; do
        [[ -f $state ]] || continue
        bash "$fleetdesk_testenv_dir/testenv" down --run-dir "$(dirname "$state")" || true
    done
}
# Chain with an EXIT trap that is already set.
fleetdesk_testenv_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT\$/\\1/")
trap "fleetdesk_testenv_cleanup; ${fleetdesk_testenv_prev_trap:-:}" EXIT

if [[ -x /usr/local/go/bin/go ]]; then
    export PATH=$PATH:/usr/local/go/bin
fi
fleetdesk_testenv_start=$SECONDS
# kwok is optional for build.sh; the e2e fixture starts it (FLEETDESK_E2E_KWOK, default ON).
if as_user env FLEETDESK_TESTENV_OPTIONAL=kwok bash "$fleetdesk_testenv_dir/build.sh"; then
    say "control plane: binaries ready ($((SECONDS - fleetdesk_testenv_start))s)"
else
    say "control plane: build FAILED; the e2e tests will fail (see the output above)"
    export FLEETDESK_TESTENV_BUILD_FAILED=1
fi
