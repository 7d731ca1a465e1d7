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
