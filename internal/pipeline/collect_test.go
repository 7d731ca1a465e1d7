package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"marketbrief/internal/corpus"
	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

// writeCorpus writes a small corpus of every kind the reader takes, with files to skip and an
// id that a JSON-lines file repeats.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"en/a.txt":    "Nimbara buys Qorvane\nDate: 2025-03-02\n\nNimbara Inc agreed to acquire Qorvane Systems for $40 million. AWS holds 31% of the cloud market, ahead of Microsoft Azure (24%).\n",
		"en/b.md":     "# Qorvane deal closes\nDate: 2025-04-10\n\nNimbara completed its acquisition of Qorvane Systems. Google Cloud signed a partnership with Orvalis SA.\n",
		"fr/c.html":   "<html><head><title>Orvalis s'allie à Google</title></head><body><p>La start-up Orvalis a signé un partenariat avec Google Cloud. OVHcloud rachète Televo pour 12 millions d'euros.</p></body></html>",
		"bad/bin.txt": "\x00\x01\x02binary",
		"bad/x.pdf":   "%PDF",
		"feed.jsonl": `{"id":"1","title":"Microsoft invests in Orvalis","date":"2025-05-01","text":"Microsoft invested $10 million in Orvalis SA, the start-up said."}
{"id":"2","title":"Oracle buys Televo","date":"2025-05-02","text":"Oracle agreed to acquire Televo Networks for $90 million."}
not json
{"id":"1","title":"Orvalis again","date":"2025-05-03","text":"Orvalis SA signed a contract with Carrefour. Amazon holds 30% of the cloud market."}
`,
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// factsJSON collects paths with jobs workers and returns facts.json's bytes.
func factsJSON(t *testing.T, paths []string, jobs int) []byte {
	t.Helper()
	f, _, err := Collect(context.Background(), Input{Paths: paths, Jobs: jobs}, extract.New(nil), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeJSON(&b, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCollectSameWithAnyNumberOfWorkers checks that facts.json does not depend on how many
// workers extract: byte for byte, on a corpus of every kind and on the sample corpus.
func TestCollectSameWithAnyNumberOfWorkers(t *testing.T) {
	t.Parallel()
	sample, _ := filepath.Abs("../../corpus")
	for _, paths := range [][]string{{writeCorpus(t)}, {sample}} {
		one := factsJSON(t, paths, 1)
		if !bytes.Contains(one, []byte(`"deals": [`)) || bytes.Contains(one, []byte(`"deals": []`)) {
			t.Fatalf("%s: no deals read, the comparison would prove nothing:\n%s", paths[0], one)
		}
		for _, jobs := range []int{2, 4, 8} {
			for round := range 3 {
				if got := factsJSON(t, paths, jobs); !bytes.Equal(got, one) {
					t.Fatalf("%s: %d workers (round %d) give other facts than 1 worker", paths[0], jobs, round)
				}
			}
		}
	}
}

// TestCollectListsSkippedInReadOrder checks that files and lines that are no documents are
// listed once each, in the order read, whichever goroutine found them.
func TestCollectListsSkippedInReadOrder(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t)
	f, st, err := Collect(context.Background(), Input{Paths: []string{dir}, Jobs: 4}, extract.New(nil), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range f.Skipped {
		ids = append(ids, s.ID)
	}
	// Line 4 repeats line 1's id: listed, not read twice.
	if got, want := fmt.Sprint(ids), "[bad/bin.txt bad/x.pdf feed.jsonl#line3 feed.jsonl#line4]"; got != want {
		t.Errorf("skipped = %s, want %s", got, want)
	}
	if st.Documents != 5 || st.Skipped != 4 || len(f.Documents) != 5 {
		t.Errorf("stats = %+v with %d documents, want 5 documents and 4 skipped", st, len(f.Documents))
	}
}

// collectSample collects the repository's sample corpus.
func collectSample(t *testing.T) (model.Facts, corpus.Stats, error) {
	t.Helper()
	sample, _ := filepath.Abs("../../corpus")
	f, st, err := Collect(context.Background(), Input{Paths: []string{sample}}, extract.New(nil), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return f, st, err
}
