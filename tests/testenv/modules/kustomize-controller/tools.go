//go:build tools

// Package tools pins kustomize-controller for tests/testenv/build.sh.
package tools

import _ "github.com/fluxcd/kustomize-controller"
