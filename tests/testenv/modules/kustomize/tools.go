//go:build tools

// Package tools pins the main packages that tests/testenv/build.sh builds for kustomize.
package tools

import (
	_ "sigs.k8s.io/kustomize/kustomize/v5"
)
