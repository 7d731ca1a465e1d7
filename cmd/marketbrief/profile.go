package main

import (
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"
)

// Profiling for measuring large runs, switched on by the environment rather than by flags, since
// it is a developer's tool and not part of a command's interface:
//
//	MARKETBRIEF_CPUPROFILE=cpu.pprof   CPU profile of the whole command
//	MARKETBRIEF_HEAPPROFILE=heap.pprof heap profile taken when the live heap was at its largest
//	                                   (checked every half second), and its size on stderr
//
// Read them with `go tool pprof -top marketbrief FILE`.
func startProfiles() (stop func()) {
	var stops []func()
	if path := os.Getenv("MARKETBRIEF_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if path := os.Getenv("MARKETBRIEF_HEAPPROFILE"); path != "" {
		done, finished := make(chan struct{}), make(chan struct{})
		go peakHeap(path, done, finished)
		stops = append(stops, func() { close(done); <-finished })
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}

// peakHeap writes a heap profile to path each time the live heap passes its previous peak by
// 5%, until done is closed.
func peakHeap(path string, done <-chan struct{}, finished chan<- struct{}) {
	defer close(finished)
	var peak uint64
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			os.Stderr.WriteString("peak live heap " + strconv.FormatUint(peak>>20, 10) + " MB\n")
			return
		case <-tick.C:
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc < peak+peak/20 {
			continue
		}
		peak = ms.HeapAlloc
		if f, err := os.Create(path); err == nil {
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
}
