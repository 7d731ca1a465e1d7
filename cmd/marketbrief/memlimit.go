package main

import (
	"runtime/debug"
)

// defaultMemoryLimit is the soft memory limit a command runs under when GOMEMLIMIT is not
// set. Go's collector lets the heap grow to twice what is live before collecting (GOGC=100):
// a run over a million documents holding 500 MB would otherwise take a gigabyte or more. Under
// the limit the collector runs more often as the heap nears it, which costs CPU only then; it
// is soft, so a run that needs more still gets it (the collector then takes at most about half
// the CPU). GOMEMLIMIT, when set, is used instead (GOMEMLIMIT=off: no limit).
const defaultMemoryLimit = 768 << 20

// setMemoryLimit sets defaultMemoryLimit unless GOMEMLIMIT says otherwise. It returns the
// limit set, or -1 when the environment's is kept.
func setMemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return -1 // the runtime read it at start
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
	return defaultMemoryLimit
}
