package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"marketbrief/internal/cache"
	"marketbrief/internal/config"
	"marketbrief/internal/extract"
)

// collectCached collects dir with the cache at db (made for version v) and returns facts.json.
func collectCached(t *testing.T, dir, db string) []byte {
	t.Helper()
	c, _, err := cache.Open(db, "test-version")
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := Collect(context.Background(), Input{Paths: []string{dir}, Jobs: 2, Cache: c}, extract.New(nil), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeJSON(&b, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCacheGivesTheSameFacts checks that facts.json is the same with the cache as without,
// on a first run, an unchanged re-run, and after files are changed, added and deleted and one
// line of a JSON-lines file is changed; and that an unchanged file is not read again.
func TestCacheGivesTheSameFacts(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t)
	db := filepath.Join(t.TempDir(), cache.FileName)
	check := func(step string) {
		t.Helper()
		want := factsJSON(t, []string{dir}, 1)
		if got := collectCached(t, dir, db); !bytes.Equal(got, want) {
			t.Fatalf("%s: facts with the cache differ from facts without it:\n%s\nwant:\n%s", step, got, want)
		}
	}
	check("first run")
	check("unchanged re-run")
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en/a.txt", "Qorvane sold\nDate: 2025-06-01\n\nOracle agreed to acquire Qorvane Systems for $70 million.\n")
	write("en/new.txt", "Telvix news\nDate: 2025-06-02\n\nIBM agreed to acquire Telvix Inc for $5 million.\n")
	os.Remove(filepath.Join(dir, "fr/c.html"))
	feed, _ := os.ReadFile(filepath.Join(dir, "feed.jsonl"))
	write("feed.jsonl", strings.Replace(string(feed), "Oracle agreed to acquire Televo", "SAP agreed to acquire Televo", 1))
	check("after changes")

	// The short-cut: same size and modification time, other bytes; the cache is trusted.
	p := filepath.Join(dir, "en/b.md")
	info, _ := os.Stat(p)
	old, _ := os.ReadFile(p)
	write("en/b.md", strings.Replace(string(old), "Google", "Oracle", 1))
	os.Chtimes(p, info.ModTime(), info.ModTime())
	if got := collectCached(t, dir, db); !bytes.Contains(got, []byte("Google")) {
		t.Error("a file with the size and time the cache recorded was read again")
	}
}

// TestCacheForgetsDeleted checks that the entries of a deleted file are forgotten even when
// nothing else changed (a re-run that extracts nothing may skip the sweep only when it found
// as many documents and files as the cache holds), and that an unchanged re-run keeps them all.
func TestCacheForgetsDeleted(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t)
	db := filepath.Join(t.TempDir(), cache.FileName)
	lens := func() (docs, files int) {
		t.Helper()
		c, _, err := cache.Open(db, "test-version")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		docs, files = c.Len()
		// Files that gave a skipped document are seen but not held.
		if d, f := c.Counts(); d != docs || f < files {
			t.Errorf("counts recorded %d documents and %d files, the cache holds %d and %d", d, f, docs, files)
		}
		return docs, files
	}
	collectCached(t, dir, db)
	docs, files := lens()
	collectCached(t, dir, db)
	if d, f := lens(); d != docs || f != files {
		t.Errorf("unchanged re-run: %d documents and %d files, want %d and %d", d, f, docs, files)
	}
	if err := os.Remove(filepath.Join(dir, "fr/c.html")); err != nil {
		t.Fatal(err)
	}
	collectCached(t, dir, db)
	if d, f := lens(); d != docs-1 || f != files-1 {
		t.Errorf("a file deleted: %d documents and %d files, want %d and %d", d, f, docs-1, files-1)
	}
}

// TestCacheSurvivesKilledRun kills runs while they write the cache, at several moments, and
// checks that the next run gives the facts a run without cache gives.
func TestCacheSurvivesKilledRun(t *testing.T) {
	if dir := os.Getenv("MARKETBRIEF_CACHE_CHILD"); dir != "" {
		collectCached(t, dir, filepath.Join(dir, "..", cache.FileName))
		return
	}
	if testing.Short() {
		t.Skip("runs child processes")
	}
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "corpus")
	var feed strings.Builder
	for i := range 600 {
		fmt.Fprintf(&feed, `{"id":"%d","title":"Deal %d","text":"Nimbara%d Inc agreed to acquire Qorvane%d Systems for $%d million. AWS holds %d%% of the cloud market."}`+"\n", i, i, i%50, i, i+1, 10+i%30)
	}
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(feed.String()), 0o644)
	want := factsJSON(t, []string{dir}, 1)
	db := filepath.Join(dir, "..", cache.FileName)
	child := func(kill time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCacheSurvivesKilledRun$")
		cmd.Env = append(os.Environ(), "MARKETBRIEF_CACHE_CHILD="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if kill > 0 {
			time.Sleep(kill)
			cmd.Process.Signal(syscall.SIGKILL)
		}
		cmd.Wait()
	}
	start := time.Now()
	child(0) // a whole run: how long one takes
	whole := time.Since(start)
	os.Remove(db)
	for _, frac := range []float64{0.5, 0.8, 0.95} {
		child(time.Duration(frac * float64(whole)))
		if got := collectCached(t, dir, db); !bytes.Equal(got, want) {
			t.Fatalf("after a run killed at %.0f%% of its time, facts differ from a run without cache", frac*100)
		}
		os.Remove(db) // the next kill starts from no cache again
	}
}

// TestExtractorVersionFollowsLexicon checks that editing a word file of the config's lexicon
// changes the extractor's version, so that the cache made with the old words is not used.
func TestExtractorVersionFollowsLexicon(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	words := filepath.Join(dir, "words.txt")
	if err := os.WriteFile(words, []byte("deal_verb en snap up\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Config{Dir: dir, Lexicon: []string{"words.txt"}}
	v1, err := ExtractorVersion(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := ExtractorVersion(cfg); v != v1 {
		t.Fatal("the version changes from one call to the next")
	}
	if err := os.WriteFile(words, []byte("deal_verb en snap up\ndeal_verb en gobble up\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v2, err := ExtractorVersion(cfg); err != nil || v2 == v1 {
		t.Errorf("a word file changed and the version did not (%v)", err)
	}
	if v0, _ := ExtractorVersion(config.Config{Dir: dir}); v0 == v1 {
		t.Error("the version ignores the lexicon")
	}
}
