# Shared helpers for the packaging test scripts (sourced, not run).
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

pass() {
    echo "ok: $*"
}

# expect_file PATH: the file exists and is not empty.
expect_file() {
    [[ -s "$1" ]] || fail "missing or empty: $1"
    pass "$1"
}

# the_deb DIR: the one .deb that build-deb.sh left in DIR.
the_deb() {
    local debs=("$1"/*.deb)
    [[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected exactly one .deb in $1, found: ${debs[*]}"
    echo "${debs[0]}"
}
