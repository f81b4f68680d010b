//go:build tools

// Package tools pins the main packages that tests/testenv/build.sh builds for etcd.
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
)
