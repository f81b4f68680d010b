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

# check_split ROOT: ROOT/bin/fleetdesk links no GUI library, and the GUI module lies where the executable looks
# for it (ROOT/lib[/triplet]/fleetdesk/fleetdesk-gui.so) and exports its entry. Prints the module's path.
check_split() {
    local root=$1 needed module
    needed=$(readelf -d "$root/bin/fleetdesk" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
    [[ -n $needed ]] || fail "readelf found no NEEDED entries in $root/bin/fleetdesk"
    if grep -E 'libQt6(Gui|Widgets|Svg|OpenGL)|libGL|libxcb|libX11' <<< "$needed" >&2; then
        fail "$root/bin/fleetdesk links the GUI stack (above): headless commands would load it"
    fi
    module=$(find "$root/lib" -path '*/fleetdesk/fleetdesk-gui.so' 2>/dev/null)
    [[ -n $module && -f $module ]] || fail "no GUI module under $root/lib"
    nm -D --defined-only "$module" | grep -qw fleetdesk_gui_main || fail "$module does not export fleetdesk_gui_main"
    echo "$module"
}

# check_window ROOT SCRATCH WORKSPACE: the installed fleetdesk opens its window (offscreen) on WORKSPACE through the
# GUI module and saves a screenshot; then a copy of the executable without the module fails with a clear message
# and still runs --version.
check_window() {
    local root=$1 scratch=$2 workspace=$3 status
    mkdir -p "$scratch/home"
    : > "$scratch/kubeconfig"
    set +e
    HOME=$scratch/home XDG_DATA_HOME=$scratch/home/data XDG_CONFIG_HOME=$scratch/home/config \
        XDG_CACHE_HOME=$scratch/home/cache KUBECONFIG=$scratch/kubeconfig QT_QPA_PLATFORM=offscreen \
        "$root/bin/fleetdesk" --screenshot "$scratch/window.png" --screenshot-delay 0 "$workspace" \
        > "$scratch/window.log" 2>&1
    status=$?
    set -e
    [[ $status -eq 0 ]] || { cat "$scratch/window.log"; fail "fleetdesk --screenshot exited $status"; }
    file --brief --mime-type "$scratch/window.png" | grep -qx image/png || fail "the window's screenshot is no PNG"
    pass "the window opens through the GUI module: $(file --brief "$scratch/window.png")"

    mkdir -p "$scratch/alone/bin"
    cp "$root/bin/fleetdesk" "$scratch/alone/bin/"
    set +e
    QT_QPA_PLATFORM=offscreen "$scratch/alone/bin/fleetdesk" "$workspace" > "$scratch/alone.log" 2>&1
    status=$?
    set -e
    cat "$scratch/alone.log"
    [[ $status -eq 1 ]] || fail "without the module, fleetdesk PATH exited $status, expected 1"
    grep -q "GUI module .*fleetdesk-gui.so is missing" "$scratch/alone.log" || fail "no clear message for the missing module"
    "$scratch/alone/bin/fleetdesk" --version > /dev/null || fail "without the module, --version fails"
    pass "without the module: a clear error for the window, --version still runs"
}
