package main

import (
	"runtime/debug"
	"testing"
)

// TestMemoryLimitDefault checks that the default soft limit applies only when GOMEMLIMIT is
// not set.
func TestMemoryLimitDefault(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	debug.SetMemoryLimit(1 << 62)
	if got := setMemoryLimit(func(string) string { return "2GiB" }); got != -1 || debug.SetMemoryLimit(-1) != 1<<62 {
		t.Errorf("GOMEMLIMIT set: limit %d, want the environment's kept", got)
	}
	if got := setMemoryLimit(func(string) string { return "" }); got != defaultMemoryLimit || debug.SetMemoryLimit(-1) != defaultMemoryLimit {
		t.Errorf("GOMEMLIMIT unset: limit %d, want %d", got, defaultMemoryLimit)
	}
}
