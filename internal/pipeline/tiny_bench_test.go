package pipeline

import (
	"compress/gzip"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"marketbrief/internal/cache"
	"marketbrief/internal/extract"
)

// writeTinyFeed writes a .jsonl.gz of n one-sentence documents under a new folder: the case of
// a feed of headlines or notes, where what costs is per document (reading, hashing, the cache,
// the queue), not extraction.
func writeTinyFeed(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	f, err := os.Create(filepath.Join(dir, "tiny.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	for i := range n {
		fmt.Fprintf(zw, `{"id": "n%d", "title": "t", "date": "2025-11-20", "text": "Short note %d."}`+"\n", i, i)
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkCollectTiny collects 50,000 tiny documents from one .jsonl.gz, first with an empty
// cache (everything extracted and written) then again (everything from the cache), and reports
// the cost per document and the process's peak memory:
//
//	go test -run '^$' -bench CollectTiny -benchtime 3x ./internal/pipeline/
func BenchmarkCollectTiny(b *testing.B) {
	const n = 50_000
	dir := writeTinyFeed(b, n)
	ex := extract.New(nil)
	log := slog.New(slog.DiscardHandler)
	for _, pass := range []string{"cold", "warm"} {
		b.Run(pass, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db := filepath.Join(b.TempDir(), cache.FileName)
				if pass == "warm" { // a first run fills the cache
					collectTiny(b, dir, db, ex, log, n)
				}
				b.StartTimer()
				collectTiny(b, dir, db, ex, log, n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/doc")
			var ru syscall.Rusage
			if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MB")
			}
		})
	}
}

func collectTiny(b *testing.B, dir, db string, ex *extract.Extractor, log *slog.Logger, n int) {
	c, _, err := cache.Open(db, "bench")
	if err != nil {
		b.Fatal(err)
	}
	f, _, err := Collect(context.Background(), Input{Paths: []string{dir}, Cache: c}, ex, log)
	if err != nil {
		b.Fatal(err)
	}
	if len(f.Documents) != n {
		b.Fatalf("%d documents collected, want %d", len(f.Documents), n)
	}
}
