#!/usr/bin/env bash
# scripts/screenshot.sh [FILE]: regenerates the README screenshot (docs/screenshot.png by default) in English,
# under a virtual display. Builds fleetdesk first when needed. Like scripts/demo.sh, it starts the local control
# plane (tests/testenv/demo-up.sh: the demo fleet pushed and synced into cluster prod-eu-west-1) and opens the
# checkouts that were synced, so the picture shows live status and applied revisions; without a Go toolchain, or
# with FLEETDESK_DEMO_OFFLINE=1, it shows the demo fleet from Git only. A scratch data folder keeps the user's own
# demo fleet and settings out of it.
source "$(dirname "$0")/common.sh"
cd "$FLEETDESK_ROOT"

out=$(realpath -m "${1:-docs/screenshot.png}")
ensure_packages
configure_and_build fleetdesk
fleetdesk=$(fleetdesk_binary)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chmod 755 "$scratch"

workspace=(--demo)
delay=()
if [[ -f tests/testenv/demo-up.sh ]]; then
    # shellcheck source=/dev/null
    source tests/testenv/demo-up.sh # chains its own cleanup (testenv down) onto the EXIT trap
    synced=${fleetdesk_demo_run:-}/demo-fleet/push/platform-flux
    if [[ -n ${KUBECONFIG:-} && -d $synced ]]; then
        workspace=("$synced")
        delay=(--screenshot-delay 8000) # the watches list, the controllers' health arrives
    fi
fi
as_user env XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" LANGUAGE= LC_ALL=C.UTF-8 \
    ${KUBECONFIG:+KUBECONFIG="$KUBECONFIG"} \
    xvfb-run -a -s "-screen 0 1600x1200x24" "$fleetdesk" --screenshot "$out" "${delay[@]}" "${workspace[@]}"
say "wrote $out ($(file --brief "$out"))"
