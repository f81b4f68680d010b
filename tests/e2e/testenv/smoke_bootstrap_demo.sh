#!/usr/bin/env bash
# bootstrap-demo pushes the demo fleet (fleetdesk generate-fleet when FLEETDESK_BIN is set, else the built-in
# minimal fleet), syncs clusters/<cluster> like flux bootstrap, and every Kustomization becomes Ready.
source "$(dirname "$0")/lib.sh"
step "testenv bootstrap-demo"
"$E2E_TESTENV" bootstrap-demo --run-dir "$FLEETDESK_TESTENV_RUN_DIR" --timeout 180
n=$(kubectl get kustomizations -A --no-headers | wc -l)
((n >= 2)) || fail "expected flux-system plus tenant Kustomizations, got $n"
