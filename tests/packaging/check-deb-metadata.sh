#!/usr/bin/env bash
# check-deb-metadata.sh DEB_DIR VERSION APP_ID
# The control fields of the .deb (name, version, section, maintainer, dependencies computed by
# dpkg-shlibdeps) and its file list.
source "$(dirname "$0")/common.sh"
deb=$(the_deb "$1") version=$2 app_id=$3

field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == fleetdesk ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Section) == devel ]] || fail "Section is '$(field Section)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps adds the shared libraries the binary and its modules link (Qt Widgets: the GUI module; libgit2:
# the commands module).
for lib in libc6 libqt6core6 libqt6widgets6 libyaml-cpp libgit2-; do
    grep -q "$lib" <<< "$depends" || fail "Depends lacks $lib"
done
pass "control fields"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/fleetdesk ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    grep -qx "$path" <<< "$contents" || fail "the .deb lacks $path"
    pass "$path"
done
# The executable's modules, which it finds relative to itself (app/ModuleLoader.cpp): the window and the commands
# that need more than SOPS.
module=$(grep -x './usr/lib/\(.*/\)\?fleetdesk/fleetdesk-gui\.so' <<< "$contents") || fail "the .deb lacks the GUI module"
pass "$module"
module=$(grep -x './usr/lib/\(.*/\)\?fleetdesk/fleetdesk-commands\.so' <<< "$contents") \
    || fail "the .deb lacks the commands module"
pass "$module"
