package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

// TestShardsReduceToTheSameFacts splits corpora into 1, 2 and 3 shards, writes each shard's
// records and reduces them: facts.json is the one a whole run writes.
func TestShardsReduceToTheSameFacts(t *testing.T) {
	t.Parallel()
	sample, _ := filepath.Abs("../../corpus")
	for _, root := range []string{writeCorpus(t), sample} {
		want := factsJSON(t, []string{root}, 2)
		for _, n := range []int{1, 2, 3} {
			dir := t.TempDir()
			docs := 0
			for i := range n {
				f, err := os.Create(filepath.Join(dir, fmt.Sprintf("facts-%d-of-%d.jsonl", i, n)))
				if err != nil {
					t.Fatal(err)
				}
				_, st, err := Collect(context.Background(), Input{Paths: []string{root}, Jobs: 2, Shard: Shard{I: i, N: n}, Records: f},
					extract.New(nil), slog.New(slog.DiscardHandler))
				f.Close()
				if err != nil {
					t.Fatal(err)
				}
				docs += st.Documents
			}
			facts, _, err := ReadFacts([]string{dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if docs != len(facts.Documents) {
				t.Errorf("%d shards extracted %d documents, the reduce has %d", n, docs, len(facts.Documents))
			}
			var got bytes.Buffer
			if err := writeJSON(&got, facts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("%s in %d shards: reduced facts differ from a whole run's:\n%s\nwant:\n%s", root, n, got.Bytes(), want)
			}
		}
	}
}

func TestParseShard(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"", "1", "2/2", "-1/3", "a/b", "0/0"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
	if s, err := ParseShard("2/5"); err != nil || s != (Shard{I: 2, N: 5}) {
		t.Errorf("ParseShard(2/5) = %+v, %v", s, err)
	}
}

// A report's window applies to a reduce as to a corpus run: a week's report from the facts of
// the whole corpus has that week's documents and facts only (it had all of them: a brief "of the
// week of 14–20 March 1987" headlined a deal of 2020).
func TestReduceKeepsTheWindow(t *testing.T) {
	t.Parallel()
	sample, _ := filepath.Abs("../../corpus")
	keep := func(d model.Document) bool { return d.Date >= "2025-11-01" }
	ex := extract.New(nil)
	whole, _, err := Collect(context.Background(), Input{Paths: []string{sample}, Jobs: 2, Keep: keep}, ex, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "facts-0-of-1.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Collect(context.Background(), Input{Paths: []string{sample}, Jobs: 2, Shard: Shard{I: 0, N: 1}, Records: f}, ex, slog.New(slog.DiscardHandler))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := ReadFacts([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reduced, _, err := ReadFacts([]string{dir}, keep)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Documents) == 0 || len(whole.Documents) == len(all.Documents) {
		t.Fatalf("the window keeps %d of %d documents: pick a date that splits the sample", len(whole.Documents), len(all.Documents))
	}
	var got, want bytes.Buffer
	if err := writeJSON(&got, reduced); err != nil {
		t.Fatal(err)
	}
	if err := writeJSON(&want, whole); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("a windowed reduce differs from a windowed corpus run:\n%s\nwant:\n%s", got.Bytes(), want.Bytes())
	}
}
