//go:build tools

// Package tools pins kwok for tests/testenv/build.sh (optional component).
package tools

import _ "sigs.k8s.io/kwok/cmd/kwok"
