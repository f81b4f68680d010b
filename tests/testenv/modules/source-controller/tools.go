//go:build tools

// Package tools pins source-controller for tests/testenv/build.sh.
package tools

import _ "github.com/fluxcd/source-controller"
