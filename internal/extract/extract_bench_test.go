package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

const benchDir = "../../../shared/corpus/bench"

// benchDocuments reads the JSON-lines benchmark corpora (English Reuters, French OrangeSum).
func benchDocuments(tb testing.TB) []model.Document {
	tb.Helper()
	needShared(tb, benchDir)
	var docs []model.Document
	for _, name := range []string{"reuters21578.jsonl.gz", "orangesum.jsonl.gz"} {
		f, err := os.Open(filepath.Join(benchDir, name))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		lang := "en"
		if strings.HasPrefix(name, "orangesum") {
			lang = "fr"
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ ID, Title, Date, Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				tb.Fatalf("%s: %v", name, err)
			}
			if len(d.Date) < 10 || d.Date[4] != '-' {
				d.Date = ""
			} else {
				d.Date = d.Date[:10]
			}
			docs = append(docs, model.Document{ID: name + "#" + d.ID, Title: d.Title, Date: d.Date,
				Text: d.Text, Language: lang, Bytes: int64(len(d.Title) + len(d.Text))})
		}
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
		zr.Close()
		f.Close()
	}
	return docs
}

func BenchmarkExtract(b *testing.B) {
	docs := benchDocuments(b)
	var size int64
	for _, d := range docs {
		size += d.Bytes
	}
	x := New(nil)
	b.SetBytes(size)
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for _, d := range docs {
			x.Extract(d)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	// CPU time, not wall time: on a shared machine wall time varies twofold.
	b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/(cpuTime()-cpu).Seconds(), "MB/cpu-s")
}

// BenchmarkVendorsAndShares measures Extract without the deal rules: sentences, vendor mentions
// and market shares.
func BenchmarkVendorsAndShares(b *testing.B) {
	docs := benchDocuments(b)
	var size int64
	for _, d := range docs {
		size += d.Bytes
	}
	vr, _, sr := New(nil).readers()
	var sc text.Scratch // as Extract does: one worker's memory, reused
	b.SetBytes(size)
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for _, d := range docs {
			sents := sc.Sentences(d.Title, d.Text, text.DefaultMaxSentence, nil)
			vr.Mentions(sents, d.Language == "fr")
			sr.Shares(d, sents)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/(cpuTime()-cpu).Seconds(), "MB/cpu-s")
}
