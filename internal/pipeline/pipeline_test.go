package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"marketbrief"
	"marketbrief/internal/config"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
)

func setup(t testing.TB) (config.Config, config.Report, Options) {
	t.Helper()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.MkdirAll(corpus, 0o755)
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("Contoso news\nDate: 2025-10-01\n\nMicrosoft agreed to acquire Contoso Ltd for $2 billion, the company said.\n"), 0o644)
	cfg := config.Default()
	cfg.Dir, cfg.Corpus, cfg.Output = dir, "corpus", "out"
	tmpl, err := fs.Sub(marketbrief.Assets, "templates")
	if err != nil {
		t.Fatal(err)
	}
	def := config.Report{Name: "weekly", Title: "Test brief", Language: "en", TopVendors: 10}
	clock := time.Date(2025, 11, 24, 7, 0, 0, 0, time.UTC)
	opts := Options{Templates: tmpl, AsOf: clock, Now: func() time.Time { clock = clock.Add(time.Second); return clock }}
	return cfg, def, opts
}

func TestRunRecordsHistoryAndChanges(t *testing.T) {
	cfg, def, opts := setup(t)
	ctx := context.Background()
	first, err := Run(ctx, cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	if first.Facts.Changes != nil {
		t.Error("a first run has no changes")
	}
	os.WriteFile(filepath.Join(cfg.Dir, "corpus", "b.txt"), []byte("Second\nDate: 2025-11-20\n\nOracle said it would buy Fabrikam Inc.\n"), 0o644)
	second, err := Run(ctx, cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	ch := second.Facts.Changes
	if ch == nil || ch.PreviousRun != first.RunID || len(ch.NewDocuments) != 1 || ch.NewDocuments[0] != "b.txt" {
		t.Fatalf("changes = %+v", ch)
	}
	if _, err := os.Stat(filepath.Join(second.Dir, "changes.json")); err != nil {
		t.Error("changes.json not written")
	}
	// The workbook and the brief show what changed, as a reader sees it.
	wb, err := excelize.OpenFile(filepath.Join(second.Dir, "weekly.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	rows, err := wb.GetRows("Changes")
	if err != nil || !strings.Contains(fmt.Sprint(rows), "b.txt") {
		t.Errorf("Changes sheet does not list the new document: %v %v", rows, err)
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command(pdftotext, filepath.Join(second.Dir, "weekly.pdf"), "-").Output()
		if err != nil || !strings.Contains(string(text), "Since the last report") || !strings.Contains(string(text), "b.txt") {
			t.Errorf("brief does not show the change (%v):\n%s", err, text)
		}
	} else if os.Getenv("CI") != "" {
		t.Error("pdftotext is missing in CI")
	}
	entries, err := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
	if err != nil || len(entries) != 2 || entries[1].Status != history.StatusOK || entries[1].Trigger != history.TriggerManual || entries[1].RunID != second.RunID {
		t.Fatalf("history = %+v, %v", entries, err)
	}
}

func TestRunSlotAlreadyDone(t *testing.T) {
	cfg, def, opts := setup(t)
	opts.Trigger, opts.Slot = history.TriggerScheduled, "2025-11-24T07:00:00 Europe/Paris"
	if _, err := Run(context.Background(), cfg, def, opts); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), cfg, def, opts)
	if !errors.Is(err, ErrSlotDone) {
		t.Fatalf("second run of a slot: err = %v, want ErrSlotDone", err)
	}
	entries, _ := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
	if len(entries) != 1 {
		t.Errorf("history has %d entries, want 1 (a done slot writes nothing)", len(entries))
	}
}

func TestRunLocked(t *testing.T) {
	cfg, def, opts := setup(t)
	lk, err := lock.Acquire(filepath.Join(cfg.Dir, "out", "weekly"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	if _, err := Run(context.Background(), cfg, def, opts); !errors.Is(err, lock.ErrHeld) {
		t.Fatalf("err = %v, want the lock held", err)
	}
}

func TestMissingCorpus(t *testing.T) {
	cfg, def, opts := setup(t)
	cfg.Corpus = "nowhere"
	if _, err := Run(context.Background(), cfg, def, opts); err == nil {
		t.Fatal("no error for a missing corpus")
	}
	if _, err := os.Stat(filepath.Join(cfg.Dir, "out")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a manual run with a missing corpus wrote to the output folder")
	}
	opts.Trigger = history.TriggerScheduled
	if _, err := Run(context.Background(), cfg, def, opts); err == nil {
		t.Fatal("no error for a missing corpus")
	}
	entries, _ := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
	if len(entries) != 1 || entries[0].Status != history.StatusFailed {
		t.Errorf("a scheduled run's failure is not in the history: %+v", entries)
	}
}

func TestCancelledRunPublishesNothing(t *testing.T) {
	cfg, def, opts := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, cfg, def, opts); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	entries, _ := os.ReadDir(filepath.Join(cfg.Dir, "out", "weekly"))
	for _, e := range entries {
		if e.IsDir() {
			t.Errorf("a cancelled run left %s", e.Name())
		}
	}
	h, _ := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
	if len(h) != 1 || h[0].Status != history.StatusCancelled {
		t.Errorf("history = %+v", h)
	}
}
