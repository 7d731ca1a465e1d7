package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"marketbrief/internal/history"
)

// TestMainHelper runs marketbrief's main in a subprocess for the end-to-end tests; it does nothing
// in a normal test run.
func TestMainHelper(t *testing.T) {
	args := os.Getenv("MARKETBRIEF_E2E_ARGS")
	if args == "" {
		return
	}
	os.Args = append([]string{"marketbrief"}, strings.Split(args, "\x1f")...)
	main()
}

// mbCommand returns a command that runs marketbrief with args in dir.
func mbCommand(t *testing.T, dir string, stderr io.Writer, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestMainHelper$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MARKETBRIEF_E2E_ARGS="+strings.Join(args, "\x1f"))
	cmd.Stderr = stderr
	return cmd
}

// e2eSetup writes a config, a report run every 2 seconds and a corpus of two articles into a
// temporary folder, and returns it.
func e2eSetup(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := "corpus: corpus\noutput: out\nreports: reports\ntimezone: Europe/Paris\n" +
		"serve:\n  catch_up: false\n  overlap: skip\n  attempts: 1\n  grace: 10s\n"
	write("config.yaml", base)
	write("metrics.yaml", base+"  listen: "+freeLoopback(t)+"\n")
	write("reports/fast.yaml", "name: fast\nlanguage: en\nschedule: \"*/2 * * * * *\"\nwindow: all\ntop_vendors: 5\n")
	for _, f := range e2eArticles(t)[:2] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write("corpus/"+filepath.Base(f), string(b))
	}
	return dir
}

// freeLoopback returns a loopback address with a port that was free a moment ago.
func freeLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback network: %v", err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// get returns the body of http://ADDR/path, listen taken from dir/metrics.yaml.
func get(t *testing.T, dir, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "metrics.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, addr, _ := strings.Cut(string(b), "listen: ")
	resp, err := http.Get("http://" + strings.TrimSpace(addr) + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}

// e2eArticles returns three English articles of the sample corpus.
func e2eArticles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../corpus/en/*.txt")
	if len(files) < 3 {
		t.Skip("the sample corpus (corpus/en) has fewer than three .txt articles")
	}
	return files[:3]
}

// waitFor polls cond every 100 ms until it holds or the deadline passes. This end-to-end test runs
// a real process on a real clock; the scheduler's own tests use testing/synctest.
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// latestChanges reads out/fast/latest/changes.json; ok is false until a second run wrote one.
func latestChanges(dir string) (runID string, newDocs []string, ok bool) {
	latest := filepath.Join(dir, "out", "fast", "latest")
	id, err := os.Readlink(latest)
	if err != nil {
		return "", nil, false
	}
	b, err := os.ReadFile(filepath.Join(latest, "changes.json"))
	if err != nil {
		return id, nil, false
	}
	var c struct {
		NewDocuments []string `json:"new_documents"`
	}
	if json.Unmarshal(b, &c) != nil {
		return id, nil, false
	}
	return filepath.Base(id), c.NewDocuments, true
}

// TestServeEndToEnd starts serve on a temporary corpus, sees a report appear, adds a document, sees
// the next report list it as new, starts a second serve on the same output that must not run a slot
// twice, and stops both with SIGTERM.
func TestServeEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test: runs serve for several seconds")
	}
	dir := e2eSetup(t)
	var stderr1, stderr2 bytes.Buffer
	first := mbCommand(t, dir, &stderr1, "serve", "--config", "metrics.yaml")
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	waitFor(t, "a first report", 15*time.Second, func() bool {
		_, err := os.Stat(filepath.Join(dir, "out", "fast", "latest", "facts.json"))
		return err == nil
	})
	second := mbCommand(t, dir, &stderr2, "serve", "--config", "config.yaml")
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	defer second.Process.Kill()

	added := e2eArticles(t)[2]
	b, _ := os.ReadFile(added)
	if err := os.WriteFile(filepath.Join(dir, "corpus", filepath.Base(added)), b, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a report that lists the added document as new", 15*time.Second, func() bool {
		_, docs, ok := latestChanges(dir)
		return ok && slices.ContainsFunc(docs, func(d string) bool { return strings.Contains(d, filepath.Base(added)) })
	})
	time.Sleep(3 * time.Second) // let both serves meet on a few more slots
	if body := get(t, dir, "/healthz"); body != "ok\n" {
		t.Errorf("/healthz = %q", body)
	}
	if body := get(t, dir, "/metrics"); !strings.Contains(body, `marketbrief_runs_total{report="fast",status="ok"}`) ||
		!strings.Contains(body, `marketbrief_last_success_timestamp_seconds{report="fast"}`) {
		t.Errorf("/metrics lacks the runs of fast:\n%s", body)
	}

	for _, cmd := range []*exec.Cmd{first, second} {
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
	}
	for i, cmd := range []*exec.Cmd{first, second} {
		if err := cmd.Wait(); err != nil {
			t.Errorf("serve %d after SIGTERM: %v\n%s", i+1, err, []*bytes.Buffer{&stderr1, &stderr2}[i])
		}
	}
	checkHistory(t, dir)
	for line := range strings.Lines(stderr1.String() + stderr2.String()) {
		if strings.Contains(line, "run skipped") {
			t.Logf("%s", line)
		}
	}
	if !strings.Contains(stderr1.String()+stderr2.String(), "run skipped") {
		t.Errorf("neither serve reported skipping a slot the other ran")
	}
}

// checkHistory checks that no slot ran twice and that the history command prints the runs.
func checkHistory(t *testing.T, dir string) {
	t.Helper()
	entries, err := history.Read(filepath.Join(dir, "out", "fast"))
	if err != nil {
		t.Fatal(err)
	}
	ok := make(map[string]int)
	for _, e := range entries {
		if e.Status == history.StatusOK {
			ok[e.Slot]++
		}
	}
	for slot, n := range ok {
		if n > 1 {
			t.Errorf("slot %s ran %d times", slot, n)
		}
	}
	if len(ok) < 2 {
		t.Errorf("history has %d successful slots, want 2 or more: %+v", len(ok), entries)
	}
	var out, stderr bytes.Buffer
	cmd := mbCommand(t, dir, &stderr, "history", "--config", "config.yaml")
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("history: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(&out)
	rows := 0
	for sc.Scan() {
		if strings.Contains(sc.Text(), " scheduled ") && strings.Contains(sc.Text(), " ok ") {
			rows++
		}
	}
	if rows != len(ok) {
		t.Errorf("history printed %d successful scheduled runs, want %d:\n%s", rows, len(ok), out.String())
	}
}
