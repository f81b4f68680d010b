#!/usr/bin/env bash
# Builds and caches the test environment's binaries (Kubernetes control plane, etcd, Flux controllers,
# kustomize, sops, the Git HTTP server) from pinned Go wrapper modules under tests/testenv/modules/.
#
#   tests/testenv/build.sh [--env-out FILE] [--quiet] [COMPONENT...]
#
# Each component lands in ${FLEETDESK_TESTENV_CACHE:-$HOME/.cache/fleetdesk-testenv}/<component>-<version>/.
# A directory is reused while its .stamp (a hash of the module's go.mod, go.sum, component.env, sources and
# the Go version) matches; a changed pin or source rebuilds only that component.
# --env-out writes FLEETDESK_TESTENV_<COMPONENT>=<dir> lines for tests/testenv/testenv.
# Optional components (kwok) may fail without failing the build; set FLEETDESK_TESTENV_OPTIONAL=kwok to try.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULES=$HERE/modules
CACHE=${FLEETDESK_TESTENV_CACHE:-$HOME/.cache/fleetdesk-testenv}
REQUIRED_COMPONENTS="kubernetes etcd githttpd source-controller kustomize-controller kustomize sops flux-cli"
OPTIONAL_COMPONENTS=${FLEETDESK_TESTENV_OPTIONAL:-}

if [[ -x /usr/local/go/bin/go ]] && ! command -v go >/dev/null 2>&1; then
  PATH=$PATH:/usr/local/go/bin
fi
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-mod=readonly -buildvcs=false"
# Keep the default GOMODCACHE/GOCACHE so they persist between runs.

env_out="" quiet=0 only=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --env-out) env_out=$2; shift 2 ;;
    --quiet) quiet=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done

say() { [[ $quiet == 1 ]] || echo "[testenv-build] $*"; }
die() { echo "[testenv-build] ERROR: $*" >&2; exit 1; }

command -v go >/dev/null || die "go not found (need Go 1.26 at /usr/local/go/bin or on PATH)"
GOVERSION=$(go env GOVERSION)
mkdir -p "$CACHE"

# module_version DIR MODULE: the version MODULE is required at in DIR/go.mod.
module_version() {
  (cd "$1" && go list -m -f '{{.Version}}' "$2")
}

stamp_of() {
  local dir=$1
  (cd "$dir" && cat go.mod go.sum component.env $(ls ./*.go 2>/dev/null) && echo "$GOVERSION") | sha256sum | cut -c1-16
}

# build_component NAME -> sets RESULT_DIR
build_component() {
  local name=$1 dir=$MODULES/$1
  [[ -f $dir/component.env ]] || die "unknown component $name (no $dir/component.env)"
  local MODULE="" VERSION="" BINARIES="" CRDS=""
  unset -f version_ldflags pre_build post_build
  # shellcheck disable=SC1090,SC1091
  source "$dir/component.env"
  if [[ -n $MODULE ]]; then
    VERSION=$(module_version "$dir" "$MODULE") || die "$name: cannot read $MODULE version from go.mod"
  fi
  local out=$CACHE/$name-$VERSION stamp
  stamp=$(stamp_of "$dir")
  RESULT_DIR=$out
  if [[ -f $out/.stamp && $(cat "$out/.stamp") == "$stamp" ]]; then
    say "$name $VERSION: cached ($out)"
    return 0
  fi
  say "$name $VERSION: building ..."
  local start=$SECONDS tmp
  tmp=$(mktemp -d "$CACHE/.build-$name.XXXXXX")
  local ldflags="-s -w"
  if declare -F version_ldflags >/dev/null; then ldflags="$ldflags $(version_ldflags "$VERSION")"; fi
  # pre_build TMP may prepare generated inputs in TMP and set GO_BUILD_FLAGS (e.g. -overlay for embedded files).
  local GO_BUILD_FLAGS=""
  if declare -F pre_build >/dev/null; then
    (cd "$dir" && pre_build "$tmp") >"$tmp/pre_build.log" 2>&1 || {
      cat "$tmp/pre_build.log" >&2; rm -rf "$tmp"
      echo "[testenv-build] ERROR: $name: pre_build failed" >&2; return 1; }
    GO_BUILD_FLAGS=$(cat "$tmp/go_build_flags" 2>/dev/null || true)
    rm -f "$tmp/pre_build.log" "$tmp/go_build_flags"
  fi
  local spec pkg bin
  for spec in $BINARIES; do
    pkg=${spec%%:*} bin=${spec##*:}
    say "  go build $pkg -> $bin"
    if ! (cd "$dir" && nice -n 10 go build -p 2 -trimpath $GO_BUILD_FLAGS -ldflags "$ldflags" -o "$tmp/$bin" "$pkg") \
      >"$tmp/build.log" 2>&1; then
      cat "$tmp/build.log" >&2
      rm -rf "$tmp"
      echo "[testenv-build] ERROR: $name: go build $pkg failed (see above)" >&2
      return 1
    fi
  done
  rm -f "$tmp/build.log"
  rm -rf "$tmp/.pre_build"
  if [[ -n $CRDS ]]; then
    local src
    src=$(cd "$dir" && go list -m -f '{{.Dir}}' "$CRDS")
    [[ -d $src/config/crd/bases ]] || die "$name: no config/crd/bases in $CRDS"
    mkdir -p "$tmp/crds"
    cp "$src"/config/crd/bases/*.yaml "$tmp/crds/"
    chmod -R u+w "$tmp/crds"
  fi
  if declare -F post_build >/dev/null; then
    (cd "$dir" && post_build "$tmp") || { rm -rf "$tmp"; echo "[testenv-build] ERROR: $name: post_build failed" >&2; return 1; }
  fi
  echo "$stamp" >"$tmp/.stamp"
  echo "$VERSION" >"$tmp/VERSION"
  rm -rf "$out"
  mv "$tmp" "$out"
  say "$name $VERSION: built in $((SECONDS - start))s ($out)"
}

components=()
if [[ ${#only[@]} -gt 0 ]]; then components=("${only[@]}"); else
  # shellcheck disable=SC2206
  components=($REQUIRED_COMPONENTS)
fi

declare -A dirs=()
total=$SECONDS
failed=()
for c in "${components[@]}"; do
  if build_component "$c"; then dirs[$c]=$RESULT_DIR; else failed+=("$c"); fi
done
for c in $OPTIONAL_COMPONENTS; do
  if [[ -d $MODULES/$c ]] && build_component "$c"; then dirs[$c]=$RESULT_DIR
  else echo "[testenv-build] WARNING: optional component $c not available" >&2; fi
done
say "done in $((SECONDS - total))s; cache $CACHE"

if [[ -n $env_out ]]; then
  {
    for c in "${!dirs[@]}"; do
      key=$(echo "$c" | tr 'a-z-' 'A-Z_')
      echo "FLEETDESK_TESTENV_${key}=${dirs[$c]}"
    done
  } | sort >"$env_out"
fi
if [[ ${#failed[@]} -gt 0 ]]; then die "failed components: ${failed[*]}"; fi
