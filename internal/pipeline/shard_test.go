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
			facts, _, err := ReadFacts([]string{dir})
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
