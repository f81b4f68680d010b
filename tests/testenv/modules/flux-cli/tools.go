//go:build tools

// Package tools pins the flux CLI for tests/testenv/build.sh.
package tools

import _ "github.com/fluxcd/flux2/v2/cmd/flux"
