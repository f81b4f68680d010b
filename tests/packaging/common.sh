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

# check_split ROOT: ROOT/bin/fleetdesk links only QtCore, libcrypto and the C and C++ runtimes (so that `fleetdesk
# sops`, --help and --version start without QtNetwork, libgit2, QtKeychain or the GUI stack), and its two modules
# lie where the executable looks for them (ROOT/lib[/triplet]/fleetdesk/) and export their entries: fleetdesk-gui.so
# (the window) and fleetdesk-commands.so (the other headless commands and the keychain). Prints the GUI module's
# path.
check_split() {
    local root=$1 needed module commands
    needed=$(readelf -d "$root/bin/fleetdesk" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
    [[ -n $needed ]] || fail "readelf found no NEEDED entries in $root/bin/fleetdesk"
    if grep -Ev '^(libQt6Core|libcrypto|libyaml-cpp|libstdc\+\+|libgcc_s|libc|libm|libdl)\.so|^ld-linux' <<< "$needed" >&2; then
        fail "$root/bin/fleetdesk links more than QtCore, libcrypto and yaml-cpp (above): every command would load it"
    fi
    module=$(find "$root/lib" -path '*/fleetdesk/fleetdesk-gui.so' 2>/dev/null)
    [[ -n $module && -f $module ]] || fail "no GUI module under $root/lib"
    nm -D --defined-only "$module" | grep -qw fleetdesk_gui_main || fail "$module does not export fleetdesk_gui_main"
    commands=$(find "$root/lib" -path '*/fleetdesk/fleetdesk-commands.so' 2>/dev/null)
    [[ -n $commands && -f $commands ]] || fail "no commands module under $root/lib"
    for entry in fleetdesk_commands_main fleetdesk_commands_keychain; do
        nm -D --defined-only "$commands" | grep -qw $entry || fail "$commands does not export $entry"
    done
    if readelf -d "$commands" | grep -E 'Shared library: \[libQt6(Gui|Widgets|Svg)' >&2; then
        fail "$commands links the GUI stack (above)"
    fi
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

    # Without the modules, `sops` still runs; another headless command is a clear error naming its module.
    "$scratch/alone/bin/fleetdesk" sops encrypt --help > /dev/null || fail "without the modules, sops encrypt --help fails"
    set +e
    "$scratch/alone/bin/fleetdesk" lint "$workspace" > "$scratch/alone-lint.log" 2>&1
    status=$?
    set -e
    cat "$scratch/alone-lint.log"
    [[ $status -eq 1 ]] || fail "without the commands module, fleetdesk lint exited $status, expected 1"
    grep -q "commands module .*fleetdesk-commands.so is missing" "$scratch/alone-lint.log" \
        || fail "no clear message for the missing commands module"
    pass "without the commands module: sops runs, lint is a clear error"
}
