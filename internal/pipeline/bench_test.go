package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkRun runs a whole report (read, extract, workbook, brief, facts.json) over the 57k real
// articles of ../shared/corpus/bench and reports throughput and the process's peak memory:
//
//	go test -run '^$' -bench BenchmarkRun -benchtime 1x ./internal/pipeline/
func BenchmarkRun(b *testing.B) {
	bench, err := filepath.Abs("../../../shared/corpus/bench")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(bench); err != nil {
		b.Skip("../shared/corpus/bench not present")
	}
	cfg, def, opts := setup(b)
	cfg.Corpus = bench
	opts.Now = time.Now
	var docs int
	var bytes int64
	b.ResetTimer()
	for range b.N {
		res, err := Run(context.Background(), cfg, def, opts)
		if err != nil {
			b.Fatal(err)
		}
		docs = res.Documents
		bytes = 0
		for _, d := range res.Facts.Documents {
			bytes += d.Bytes
		}
	}
	b.SetBytes(bytes)
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MB")
	}
}
