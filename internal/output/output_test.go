package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestRunCommit(t *testing.T) {
	out := t.TempDir()
	r, err := Begin(out, "weekly", "20251123T070000Z")
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write("facts.json", func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(r.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the run folder exists before Commit")
	}
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "weekly", Latest, "facts.json"))
	if err != nil || string(b) != "{}" {
		t.Fatalf("latest/facts.json = %q, %v", b, err)
	}
	info, _ := os.Stat(filepath.Join(r.Dir(), "facts.json"))
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
}

func TestFailedRunLeavesNothingAndKeepsPrevious(t *testing.T) {
	out := t.TempDir()
	first, _ := Begin(out, "weekly", "run1")
	first.Write("a.txt", func(w io.Writer) error { _, err := io.WriteString(w, "old"); return err })
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	second, err := Begin(out, "weekly", "run2")
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("renderer failed")
	if err := second.Write("a.txt", func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	second.Abort()
	ids, _ := Runs(out, "weekly")
	if len(ids) != 1 || ids[0] != "run1" {
		t.Errorf("runs = %v", ids)
	}
	entries, _ := os.ReadDir(filepath.Join(out, "weekly"))
	for _, e := range entries {
		if e.Name() != "run1" && e.Name() != Latest {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "weekly", Latest, "a.txt")); string(b) != "old" {
		t.Errorf("latest now holds %q", b)
	}
}

func TestStaleStagingIsCleaned(t *testing.T) {
	out := t.TempDir()
	stale := filepath.Join(out, "weekly", stagingPrefix+"killed")
	os.MkdirAll(stale, 0o755)
	if _, err := Begin(out, "weekly", "run3"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Error("stale staging folder not removed")
	}
}

func TestWriteFileKeepsOldOnError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.json")
	os.WriteFile(p, []byte("old"), 0o644)
	WriteFile(p, func(w io.Writer) error { io.WriteString(w, "new"); return errors.New("no") })
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("file = %q", b)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".x.json.*")); len(m) != 0 {
		t.Errorf("temp files left: %v", m)
	}
}

func TestPrune(t *testing.T) {
	out := t.TempDir()
	for _, id := range []string{"r1", "r2", "r3", "r4"} {
		r, _ := Begin(out, "w", id)
		r.Commit()
	}
	if err := Prune(out, "w", 2); err != nil {
		t.Fatal(err)
	}
	if ids, _ := Runs(out, "w"); len(ids) != 2 || ids[0] != "r3" {
		t.Errorf("runs = %v", ids)
	}
}
