package xlsx

import (
	"io"
	"runtime"
	"testing"
)

// BenchmarkWrite writes a workbook of 100,000 deals, 100,000 market shares and 10,000 sources.
// Besides time and allocations it reports the Go heap obtained from the system (heap-sys-MB), a
// bound on peak heap; measure the process's peak RSS with /usr/bin/time -v go test -bench ….
func BenchmarkWrite(b *testing.B) {
	r := bigReport(100_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MB")
}
