#!/usr/bin/env bash
# scripts/demo.sh: installs every package it needs (Debian 12; only what is missing), builds fleetdesk in
# build/ci and starts it on the demo fleet (`fleetdesk --demo`, which creates the fleet under the user's data
# folder the first time). Without a display it says so and saves a screenshot from a virtual one instead.
# Run as root or with sudo; with sudo, the build and the app run as the invoking user.
source "$(dirname "$0")/common.sh"
cd "$FLEETDESK_ROOT"

ensure_packages
configure_and_build fleetdesk
fleetdesk=$(fleetdesk_binary)

# ---- HOOK: local control plane (tests/testenv) -------------------------------------------------------------
# When tests/testenv/demo-up.sh exists, the demo starts the local control plane too (sourced: it builds and
# starts it, syncs the demo fleet into it, exports where the cluster is and registers its own cleanup on exit),
# so that the app shows live status next to the repository. (tests/testenv/up.sh is the test suite's hook: it
# only prepares the control plane for ctest's fixture.)
if [[ -f tests/testenv/demo-up.sh ]]; then
    say "control plane: tests/testenv/demo-up.sh"
    # shellcheck source=/dev/null
    source tests/testenv/demo-up.sh
fi
# ---- end of HOOK --------------------------------------------------------------------------------------------

# sudo keeps DISPLAY and XAUTHORITY but drops the session's runtime folder and bus: find them again.
if [[ $EUID -eq 0 && -n ${SUDO_UID:-} && -d /run/user/$SUDO_UID ]]; then
    XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/run/user/$SUDO_UID}
    if [[ -S /run/user/$SUDO_UID/bus ]]; then
        DBUS_SESSION_BUS_ADDRESS=${DBUS_SESSION_BUS_ADDRESS:-unix:path=/run/user/$SUDO_UID/bus}
    fi
fi

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    say "starting: fleetdesk --demo"
    as_user env ${DISPLAY:+DISPLAY="$DISPLAY"} ${WAYLAND_DISPLAY:+WAYLAND_DISPLAY="$WAYLAND_DISPLAY"} \
        ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} ${XDG_RUNTIME_DIR:+XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR"} \
        ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"} \
        ${KUBECONFIG:+KUBECONFIG="$KUBECONFIG"} "$fleetdesk" --demo
else
    shot=$FLEETDESK_BUILD_DIR/demo-screenshot.png
    say "no display (DISPLAY and WAYLAND_DISPLAY are unset): running under Xvfb and saving a screenshot instead"
    as_user env ${KUBECONFIG:+KUBECONFIG="$KUBECONFIG"} \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$fleetdesk" --screenshot "$shot" \
        ${KUBECONFIG:+--screenshot-delay 8000} --demo
    say "screenshot of the demo: $shot"
fi
