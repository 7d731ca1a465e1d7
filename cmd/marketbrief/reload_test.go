package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"marketbrief/internal/history"
)

// syncBuffer is a bytes.Buffer that a running process's output copier and the test may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeReload sends SIGHUP to serve: a report definition that does not validate is rejected
// with its error and the old schedule keeps running; a valid one is taken.
func TestServeReload(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test: runs serve for several seconds")
	}
	dir := e2eSetup(t)
	var stderr syncBuffer
	cmd := mbCommand(t, dir, nil, "serve", "--config", "config.yaml")
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	runs := func() int { return strings.Count(stderr.String(), `msg="run finished"`) }
	waitFor(t, "a first run", 15*time.Second, func() bool { return runs() > 0 })

	def := filepath.Join(dir, "reports", "fast.yaml")
	if err := os.WriteFile(def, []byte("name: fast\nlanguage: en\nschedule: \"61 * * * *\"\ntop_vendors: 5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, "the bad config rejected", 10*time.Second, func() bool {
		return strings.Contains(stderr.String(), "config reload rejected")
	})
	if !strings.Contains(stderr.String(), "schedule") || !strings.Contains(stderr.String(), "61 * * * *") {
		t.Errorf("rejection does not name the field and value:\n%s", stderr.String())
	}
	before := runs()
	waitFor(t, "the old schedule to keep running", 10*time.Second, func() bool { return runs() > before })

	if err := os.WriteFile(def, []byte("name: fast\nlanguage: en\nschedule: \"0 0 1 1 *\"\ntop_vendors: 5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, "the new config", 10*time.Second, func() bool { return strings.Contains(stderr.String(), `msg="config reloaded"`) })
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve after SIGTERM: %v\n%s", err, stderr.String())
	}
}

// TestServeCatchUp starts serve on a yearly report that last succeeded in 2020: it runs once at
// start for the newest missed slot, not once per missed year.
func TestServeCatchUp(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test: runs serve")
	}
	dir := e2eSetup(t)
	def := filepath.Join(dir, "reports", "fast.yaml")
	if err := os.WriteFile(def, []byte("name: fast\nlanguage: en\nschedule: \"0 0 1 1 *\"\ntop_vendors: 5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	b, _ := os.ReadFile(cfg)
	if err := os.WriteFile(cfg, []byte(strings.Replace(string(b), "catch_up: false", "catch_up: true", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	slot := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := history.Append(filepath.Join(dir, "out", "fast"), history.Entry{Report: "fast", Trigger: history.TriggerScheduled,
		Slot: "2020-01-01T00:00:00 Europe/Paris", SlotTime: slot, Start: slot, End: slot, Status: history.StatusOK}); err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd := mbCommand(t, dir, &stderr, "serve", "--config", "config.yaml")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitFor(t, "the catch-up run", 15*time.Second, func() bool { return strings.Contains(stderr.String(), `msg="run finished"`) })
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve after SIGTERM: %v\n%s", err, stderr.String())
	}
	entries, err := history.Read(filepath.Join(dir, "out", "fast"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || !entries[1].CatchUp || entries[1].Status != history.StatusOK ||
		!strings.HasSuffix(entries[1].Slot, "-01-01T00:00:00 Europe/Paris") {
		t.Fatalf("history = %+v, want one catch-up run of this year's slot", entries)
	}
}
