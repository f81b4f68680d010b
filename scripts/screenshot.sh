#!/usr/bin/env bash
# scripts/screenshot.sh [FILE]: regenerates the README screenshot (docs/screenshot.png by default) from the
# demo fleet, in English, under a virtual display. Builds fleetdesk first when needed. A scratch data folder
# keeps the user's own demo fleet out of it.
source "$(dirname "$0")/common.sh"
cd "$FLEETDESK_ROOT"

out=$(realpath -m "${1:-docs/screenshot.png}")
ensure_packages
configure_and_build fleetdesk

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chmod 755 "$scratch"
as_user env XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" LANGUAGE= LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$(fleetdesk_binary)" --screenshot "$out" --demo
say "wrote $out ($(file --brief "$out"))"
