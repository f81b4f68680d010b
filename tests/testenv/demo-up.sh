# Sourced by scripts/demo.sh (its "local control plane" hook), after fleetdesk is built and before it starts.
# Builds the control plane (cached), starts it in a run folder under the build folder, pushes the demo fleet into
# its Git server and syncs cluster prod-eu-west-1 the way flux bootstrap does, then points KUBECONFIG at a
# kubeconfig whose context is named prod-eu-west-1, so that the app shows that cluster's live state. The
# control plane is stopped when the demo exits. Set FLEETDESK_DEMO_OFFLINE=1 to skip all of it.

fleetdesk_demo_testenv_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fleetdesk_demo_run=${FLEETDESK_DEMO_RUN_DIR:-$FLEETDESK_BUILD_DIR/demo-testenv}
fleetdesk_demo_cluster=prod-eu-west-1

if [[ -n ${FLEETDESK_DEMO_OFFLINE:-} ]]; then
    say "control plane: skipped (FLEETDESK_DEMO_OFFLINE is set)"
elif [[ ! -x /usr/local/go/bin/go ]] && ! command -v go > /dev/null; then
    say "control plane: skipped (no Go toolchain to build it; the demo shows Git only)"
else
    export PATH=$PATH:/usr/local/go/bin
    say "control plane: building (cached; a cold build takes about 20 minutes on 2 cores)"
    if as_user bash "$fleetdesk_demo_testenv_dir/build.sh" \
        && as_user bash "$fleetdesk_demo_testenv_dir/testenv" up --run-dir "$fleetdesk_demo_run" --replace \
        && as_user env FLEETDESK_BIN="$fleetdesk" bash "$fleetdesk_demo_testenv_dir/testenv" bootstrap-demo \
            --run-dir "$fleetdesk_demo_run" --cluster "$fleetdesk_demo_cluster"; then
        fleetdesk_demo_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT\$/\\1/")
        trap "as_user bash '$fleetdesk_demo_testenv_dir/testenv' down --run-dir '$fleetdesk_demo_run' || true; ${fleetdesk_demo_prev_trap:-:}" EXIT
        # The app connects the fleet's clusters to kubeconfig contexts of the same name.
        sed -e "s/admin@testenv/$fleetdesk_demo_cluster/g" \
            "$fleetdesk_demo_run/kubeconfigs/admin.kubeconfig" > "$fleetdesk_demo_run/kubeconfigs/demo.kubeconfig"
        export KUBECONFIG=$fleetdesk_demo_run/kubeconfigs/demo.kubeconfig
        say "control plane: $fleetdesk_demo_cluster is live (KUBECONFIG=$KUBECONFIG)"
    else
        say "control plane: could not start it (see above); the demo shows Git only"
    fi
fi
