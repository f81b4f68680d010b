//go:build tools

// Package tools pins the main packages that tests/testenv/build.sh builds for sops.
package tools

import (
	_ "github.com/getsops/sops/v3/cmd/sops"
)
