package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"marketbrief/internal/corpus"
	"marketbrief/internal/history"
)

// TestEmptyCorpusWritesNothing: no report, no history line, no lock file, not even the output
// folder.
func TestEmptyCorpusWritesNothing(t *testing.T) {
	cfg, def, opts := setup(t)
	dir := filepath.Join(cfg.Dir, "corpus")
	os.Remove(filepath.Join(dir, "a.txt"))
	os.WriteFile(filepath.Join(dir, "blank.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("x"), 0o644)
	_, err := Run(context.Background(), cfg, def, opts)
	if !errors.Is(err, corpus.ErrEmpty) {
		t.Fatalf("err = %v, want ErrEmpty", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Dir, "out")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the output folder was made for an empty corpus: %v", err)
	}
}

// TestHostileFilesListed: a named pipe, a link to a device and a link out of the corpus are in
// the manifest's skipped list with their reasons, and the run finishes.
func TestHostileFilesListed(t *testing.T) {
	cfg, def, opts := setup(t)
	dir := filepath.Join(cfg.Dir, "corpus")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	os.Symlink(filepath.Join(dir, "pipe"), filepath.Join(dir, "x.txt"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt"))
	os.Symlink("/etc/passwd", filepath.Join(dir, "passwd.txt"))
	res, err := Run(context.Background(), cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(res.Dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var man struct {
		Skipped []struct{ ID, Reason string } `json:"skipped"`
	}
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range man.Skipped {
		got[s.ID] = s.Reason
	}
	for id, want := range map[string]string{"pipe": "named pipe", "x.txt": "named pipe", "zero.txt": "outside the corpus", "passwd.txt": "outside the corpus"} {
		if !strings.Contains(got[id], want) {
			t.Errorf("%s: %q, want %q (manifest skipped: %v)", id, got[id], want, got)
		}
	}
	if res.Documents != 1 {
		t.Errorf("documents = %d, want the one article", res.Documents)
	}
}

// TestHistoryCountsLargeCorpus: past a thousand documents the ids leave the history entry, but
// the count stays.
func TestHistoryCountsLargeCorpus(t *testing.T) {
	cfg, def, opts := setup(t)
	var b strings.Builder
	for i := range 1001 {
		fmt.Fprintf(&b, `{"id":"n%d","title":"Note %d","text":"A short note with no company in it."}`+"\n", i, i)
	}
	os.WriteFile(filepath.Join(cfg.Dir, "corpus", "notes.jsonl"), []byte(b.String()), 0o644)
	if _, err := Run(context.Background(), cfg, def, opts); err != nil {
		t.Fatal(err)
	}
	h, err := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
	if err != nil || len(h) != 1 {
		t.Fatalf("history %+v, %v", h, err)
	}
	if h[0].Documents != nil || h[0].DocCount() != 1002 {
		t.Errorf("entry lists %d ids and counts %d documents, want none and 1002", len(h[0].Documents), h[0].DocCount())
	}
}
