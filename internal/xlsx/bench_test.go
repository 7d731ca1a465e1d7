package xlsx

import (
	"io"
	"runtime"
	"testing"

	"marketbrief/internal/locale"
)

// BenchmarkWrite writes a workbook of 100,000 deals, 100,000 market shares and 10,000 sources,
// with the default limits and without hyperlinks (excelize adds each link in time linear in the
// links already on the sheet, so links dominate). Besides time and allocations it reports the Go
// heap obtained from the system (heap-sys-MB), a bound on peak heap; measure the process's peak
// RSS with /usr/bin/time -v on the compiled test binary.
func BenchmarkWrite(b *testing.B) {
	r := bigReport(100_000)
	loc, err := locale.Load(nil, r.Language)
	if err != nil {
		b.Fatal(err)
	}
	noLinks := defaultLimits()
	noLinks.maxLinks = 0
	for _, bm := range []struct {
		name string
		lim  limits
	}{{"default", defaultLimits()}, {"no-links", noLinks}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := write(io.Discard, r, bm.lim, loc); err != nil {
					b.Fatal(err)
				}
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MB")
		})
	}
}
