#!/usr/bin/env bash
# build-deb.sh BUILD_DIR OUT_DIR
# Builds the .deb with CPack from the configured and built tree; OUT_DIR then holds exactly that one .deb.
source "$(dirname "$0")/common.sh"
build=$1 out=$2

rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out.log" 2>&1 || { cat "$out.log"; fail "cpack -G DEB"; }
rm -rf "$out/_CPack_Packages"
deb=$(the_deb "$out")
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
