#!/usr/bin/env bash
# check-install-tree.sh BUILD_DIR SCRATCH APP_ID
# `cmake --install` into a DESTDIR scratch root, then checks the binary, its modules, the desktop entry, the
# metainfo and the icon are all there under the one application id and agree with each other, and that the
# installed executable opens its window through the module.
source "$(dirname "$0")/common.sh"
build=$1 scratch=$2 app_id=$3

rm -rf "$scratch"
mkdir -p "$scratch"
DESTDIR="$scratch" cmake --install "$build" --prefix /usr > "$scratch.log" 2>&1 || { cat "$scratch.log"; fail "cmake --install"; }

root=$scratch/usr
[[ -x "$root/bin/fleetdesk" ]] || fail "no executable $root/bin/fleetdesk"
pass "$root/bin/fleetdesk"
desktop=$root/share/applications/$app_id.desktop
metainfo=$root/share/metainfo/$app_id.metainfo.xml
icon=$root/share/icons/hicolor/scalable/apps/$app_id.svg
expect_file "$desktop"
expect_file "$metainfo"
expect_file "$icon"

desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --no-color "$metainfo" || fail "appstreamcli validate $metainfo"
file --brief --mime-type "$icon" | grep -q '^image/svg' || fail "$icon is not an SVG image: $(file --brief "$icon")"
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop does not use the icon $app_id"
grep -qx "Exec=fleetdesk %f" "$desktop" || fail "$desktop does not start fleetdesk"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "$metainfo does not launch $app_id.desktop"
grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo has another id than $app_id"

# The binary that was installed runs.
version=$("$root/bin/fleetdesk" --version) || fail "installed fleetdesk --version"
pass "installed fleetdesk --version: $version"

# The executable links only QtCore and libcrypto; the window and the other commands come from the modules, found
# relative to the executable.
module=$(check_split "$root")
pass "installed GUI module: ${module#"$scratch"}"
run=$scratch.run # beside the root, which must hold nothing but the installed files
rm -rf "$run"
mkdir -p "$run"
"$root/bin/fleetdesk" generate-fleet "$run/fleet" > "$run/generate.log" 2>&1 \
    || { cat "$run/generate.log"; fail "installed fleetdesk generate-fleet"; }
check_window "$root" "$run/window" "$run/fleet/platform-flux"

# Nothing lands outside the prefix.
stray=$(cd "$scratch" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[[ -z "$stray" ]] || fail "installed outside /usr: $stray"
echo "install tree complete: $(cd "$scratch" && find . -type f | wc -l) files"
