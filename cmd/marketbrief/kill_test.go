package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marketbrief/internal/model"
)

// TestKilledRunLeavesPreviousReport kills a run with SIGKILL at several moments (reading,
// extracting, rendering, publishing, or after it ended) and checks each time that the report
// latest points at is whole and, when it is the first run's, unchanged byte for byte; then a
// run to the end writes a correct report with the new document.
func TestKilledRunLeavesPreviousReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs marketbrief about ten times")
	}
	dir := e2eSetup(t)
	report := filepath.Join(dir, "out", "fast")
	var stderr bytes.Buffer
	if err := mbCommand(t, dir, &stderr, "run", "--report", "fast", "--as-of", "2025-11-24").Run(); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr.String())
	}
	firstID, err := os.Readlink(filepath.Join(report, "latest"))
	if err != nil {
		t.Fatal(err)
	}
	firstFacts, err := os.ReadFile(filepath.Join(report, firstID, "facts.json"))
	if err != nil {
		t.Fatal(err)
	}
	added := e2eArticles(t)[2]
	b, err := os.ReadFile(added)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "corpus", filepath.Base(added)), b, 0o644)

	for _, after := range []time.Duration{0, 20 * time.Millisecond, 60 * time.Millisecond, 120 * time.Millisecond,
		250 * time.Millisecond, 400 * time.Millisecond, 700 * time.Millisecond, 1200 * time.Millisecond} {
		cmd := mbCommand(t, dir, &stderr, "run", "--report", "fast", "--as-of", "2025-11-24")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Kill() // SIGKILL: no deferred function, no cleanup
		cmd.Wait()
		id, err := os.Readlink(filepath.Join(report, "latest"))
		if err != nil {
			t.Fatalf("killed after %v: latest: %v", after, err)
		}
		checkWhole(t, filepath.Join(report, id))
		t.Logf("killed after %v: latest is %s (first run: %v)", after, id, id == firstID)
		if id == firstID {
			if now, _ := os.ReadFile(filepath.Join(report, id, "facts.json")); !bytes.Equal(now, firstFacts) {
				t.Fatalf("killed after %v: the first report's facts.json changed", after)
			}
		}
		runs, _ := os.ReadDir(report)
		for _, e := range runs {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				checkWhole(t, filepath.Join(report, e.Name())) // a published run is never partial
			}
		}
	}
	stderr.Reset()
	out, err := mbCommand(t, dir, &stderr, "run", "--report", "fast", "--as-of", "2025-11-24").Output()
	if err != nil {
		t.Fatalf("run after the kills: %v\n%s", err, stderr.String())
	}
	last := strings.TrimSpace(string(out))
	facts := checkWhole(t, last)
	ids := map[string]bool{}
	for _, d := range facts.Documents {
		ids[d.ID] = true
	}
	if len(facts.Documents) != 3 || !ids[filepath.Base(added)] {
		t.Errorf("the run after the kills read %d documents (%v), want the three", len(facts.Documents), ids)
	}
	if stale, _ := filepath.Glob(filepath.Join(report, ".staging-*")); len(stale) > 0 {
		t.Errorf("staging folders left after a complete run: %v", stale)
	}
}

// checkWhole fails unless run holds every file of a report and its facts.json parses.
func checkWhole(t *testing.T, run string) model.Facts {
	t.Helper()
	for _, f := range []string{"fast.xlsx", "fast.pdf", "facts.json", "manifest.json"} {
		if info, err := os.Stat(filepath.Join(run, f)); err != nil || info.Size() == 0 {
			t.Fatalf("%s: %s missing or empty (%v)", run, f, err)
		}
	}
	var facts model.Facts
	b, _ := os.ReadFile(filepath.Join(run, "facts.json"))
	if err := json.Unmarshal(b, &facts); err != nil {
		t.Fatalf("%s: facts.json: %v", run, err)
	}
	return facts
}
