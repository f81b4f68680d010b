# Shared by scripts/test.sh, scripts/demo.sh and scripts/screenshot.sh (sourced, not run).
# Installs the Debian 12 packages the build and the tests need (only the missing ones), and configures and
# builds the tree in build/ci. Run as root or with sudo when packages are missing; with sudo, the build runs as
# the invoking user, so that build/ stays theirs.
set -euo pipefail

FLEETDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FLEETDESK_BUILD_DIR=${FLEETDESK_BUILD_DIR:-$FLEETDESK_ROOT/build/ci}
FLEETDESK_BUILD_TYPE=${FLEETDESK_BUILD_TYPE:-Debug}

# What the build, the tests and the demo need on Debian 12. Go for the local control plane is not here:
# tests/testenv uses the toolchain in /usr/local/go, not Debian's golang.
FLEETDESK_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-qpa-plugins qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    libgit2-dev libyaml-cpp-dev libssl-dev
    xvfb xauth fonts-dejavu-core dbus-x11 gnome-keyring
    desktop-file-utils appstream dpkg-dev
    age jq curl openssl ca-certificates bc
)
# Only for the tests: clang and its libFuzzer runtime build the fuzz targets (tests/fuzz/run.sh).
FLEETDESK_TEST_PACKAGES=(clang-16 libclang-rt-16-dev)

say() {
    if [[ -t 2 ]]; then
        printf '\033[1m==> %s\033[0m\n' "$*" >&2
    else
        printf '==> %s\n' "$*" >&2
    fi
}

# Runs a command with root rights: directly as root, else through sudo.
as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo > /dev/null; then
        sudo "$@"
    else
        say "need root to run: $* (run this script as root or with sudo)"
        return 1
    fi
}

# Runs a command as the user who called sudo, or as whoever runs the script.
as_user() {
    if [[ $EUID -eq 0 && -n ${SUDO_USER:-} && $SUDO_USER != root ]]; then
        runuser -u "$SUDO_USER" -- env "PATH=$PATH" "$@"
    else
        "$@"
    fi
}

ensure_packages() {
    local missing=() package
    for package in "${FLEETDESK_PACKAGES[@]}" "$@"; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2> /dev/null) != installed ]]; then
            missing+=("$package")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "packages: all $(( ${#FLEETDESK_PACKAGES[@]} + $# )) installed"
        return
    fi
    say "packages: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build [TARGET...]: configures build/ci (once) and builds the targets (everything by default).
configure_and_build() {
    export CCACHE_BASEDIR=$FLEETDESK_ROOT
    if [[ ! -f $FLEETDESK_BUILD_DIR/build.ninja ]]; then
        say "configure: $FLEETDESK_BUILD_DIR ($FLEETDESK_BUILD_TYPE)"
        as_user cmake -S "$FLEETDESK_ROOT" -B "$FLEETDESK_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE="$FLEETDESK_BUILD_TYPE" -DFLEETDESK_BUILD_TESTS=ON
    fi
    say "build: ${*:-all} (-j${FLEETDESK_JOBS:-2})"
    as_user env CCACHE_BASEDIR="$FLEETDESK_ROOT" \
        cmake --build "$FLEETDESK_BUILD_DIR" --parallel "${FLEETDESK_JOBS:-2}" ${1:+--target "$@"}
}

fleetdesk_binary() {
    echo "$FLEETDESK_BUILD_DIR/app/fleetdesk"
}
