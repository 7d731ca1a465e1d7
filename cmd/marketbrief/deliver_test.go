package main

import (
	"bytes"
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

// TestDeliveryMailpit sends reports through a real SMTP server and reads them back through its API:
// one message per run with the brief and the workbook attached, subject and body in English and
// French, the note for a file over the size limit, the failure notice, a re-send by hand, and two
// serves on the same output that never send a run twice.
func TestDeliveryMailpit(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test: runs mailpit and serve")
	}
	m := startMailpit(t)
	dir := deliverySetup(t, m)
	cfg := filepath.Join(dir, "config.yaml")

	t.Run("one message per run, English and French", func(t *testing.T) {
		m.clear(t)
		for _, r := range []string{"weekly", "hebdo"} {
			if _, stderr, code := mb(t, "run", "--config", cfg, "--report", r, "--as-of", "2025-11-24"); code != 0 {
				t.Fatalf("run %s: exit %d\n%s", r, code, stderr)
			}
		}
		msgs := m.messages(t)
		if len(msgs) != 2 {
			t.Fatalf("%d messages, want 2: %+v", len(msgs), msgs)
		}
		want := map[string]struct {
			subject, to, text string
			files             []string
		}{
			"ana@example.com":  {"Cloud weekly — ", "ana@example.com", "vendors most in the news were", []string{"weekly.pdf", "weekly.xlsx"}},
			"chloe@example.fr": {"Le cloud cette semaine — du ", "chloe@example.fr", "Chiffres clés", []string{"hebdo.pdf", "hebdo.xlsx"}},
		}
		for _, s := range msgs {
			w, ok := want[s.To[0].Address]
			if !ok {
				t.Errorf("unexpected recipient %+v", s.To)
				continue
			}
			full := m.message(t, s.ID)
			if !strings.HasPrefix(s.Subject, w.subject) || !strings.Contains(s.Subject, "2025") {
				t.Errorf("subject %q, want it to start with %q and give the period", s.Subject, w.subject)
			}
			if !strings.Contains(full.Text, w.text) || !strings.Contains(full.HTML, w.text) {
				t.Errorf("body of %s lacks %q:\n%s", w.to, w.text, full.Text)
			}
			var names []string
			for _, a := range full.Attachments {
				names = append(names, a.FileName)
				if a.Size < 1000 {
					t.Errorf("attachment %s is %d bytes", a.FileName, a.Size)
				}
			}
			slices.Sort(names)
			if !slices.Equal(names, w.files) {
				t.Errorf("attachments of %s = %v, want %v", w.to, names, w.files)
			}
		}
		if weekly := findTo(msgs, "ana@example.com"); weekly == nil || len(weekly.Cc) != 1 || weekly.Cc[0].Address != "bo@example.com" {
			t.Errorf("weekly's cc is missing: %+v", weekly)
		}
		checkRecorded(t, filepath.Join(dir, "out", "weekly"), msgs)
	})

	t.Run("what changed, with the previous report's date", func(t *testing.T) {
		m.clear(t)
		if _, stderr, code := mb(t, "run", "--config", cfg, "--report", "weekly", "--as-of", "2025-12-01"); code != 0 {
			t.Fatalf("run: exit %d\n%s", code, stderr)
		}
		msgs := m.messages(t)
		if len(msgs) != 1 {
			t.Fatalf("%d messages, want 1", len(msgs))
		}
		if text := m.message(t, msgs[0].ID).Text; !strings.Contains(text, "Since the last report\nNothing changed since the report of 24 November 2025.") {
			t.Errorf("text lacks what changed:\n%s", text)
		}
	})

	t.Run("a file over the limit is named, not attached", func(t *testing.T) {
		m.clear(t)
		if _, stderr, code := mb(t, "run", "--config", filepath.Join(dir, "small.yaml"), "--report", "weekly"); code != 0 {
			t.Fatalf("run: exit %d\n%s", code, stderr)
		}
		msgs := m.messages(t)
		if len(msgs) != 1 {
			t.Fatalf("%d messages, want 1", len(msgs))
		}
		full := m.message(t, msgs[0].ID)
		if len(full.Attachments) != 1 || full.Attachments[0].FileName != "weekly.xlsx" {
			t.Errorf("attachments = %+v, want the workbook only", full.Attachments)
		}
		latest, _ := filepath.EvalSymlinks(filepath.Join(dir, "out", "weekly", "latest"))
		note := "weekly.pdf ("
		if !strings.Contains(full.Text, note) || !strings.Contains(full.Text, "is not attached") ||
			!strings.Contains(full.Text, filepath.Join(latest, "weekly.pdf")) || !strings.Contains(full.Text, "0.1 MB limit") {
			t.Errorf("text lacks the over-size note with the brief's path %s:\n%s", latest, full.Text)
		}
	})

	t.Run("a failed run sends a failure notice", func(t *testing.T) {
		m.clear(t)
		if _, _, code := mb(t, "run", "--config", filepath.Join(dir, "empty.yaml"), "--report", "hebdo"); code != exitFailed {
			t.Fatalf("run on a corpus of nothing readable: exit %d, want %d", code, exitFailed)
		}
		msgs := m.messages(t)
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0].Subject, "Échec : Le cloud cette semaine") || msgs[0].Attachments != 0 {
			t.Fatalf("messages = %+v, want one French failure notice without attachments", msgs)
		}
		if full := m.message(t, msgs[0].ID); !strings.Contains(full.Text, "n’a pas pu être produit") {
			t.Errorf("notice text:\n%s", full.Text)
		}
	})

	t.Run("deliver re-sends by hand", func(t *testing.T) {
		m.clear(t)
		out, stderr, code := mb(t, "deliver", "--config", cfg, "--report", "weekly")
		if code != 0 {
			t.Fatalf("deliver: exit %d\n%s", code, stderr)
		}
		msgs := m.messages(t)
		if len(msgs) != 1 || !strings.Contains(out, "sent <"+msgs[0].MessageID+">") {
			t.Fatalf("deliver printed %q; messages %+v", out, msgs)
		}
		entries, _ := history.Read(filepath.Join(dir, "out", "weekly"))
		if last := entries[len(entries)-1]; !last.IsDelivery() || last.Trigger != history.TriggerManual || last.Status != history.StatusSent {
			t.Errorf("last history entry = %+v, want a manual delivery", last)
		}
	})

	t.Run("two serves never send a run twice", func(t *testing.T) {
		m.clear(t)
		var errs [2]bytes.Buffer
		var serves []*exec.Cmd
		for i := range 2 {
			c := mbCommand(t, dir, &errs[i], "serve", "--config", "config.yaml")
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			defer c.Process.Kill()
			serves = append(serves, c)
		}
		fast := filepath.Join(dir, "out", "fast")
		waitFor(t, "three scheduled runs", 2*time.Minute, func() bool { return len(runsOK(fast)) >= 3 })
		for _, c := range serves {
			_ = c.Process.Signal(syscall.SIGTERM)
		}
		for i, c := range serves {
			if err := c.Wait(); err != nil {
				t.Errorf("serve %d: %v\n%s", i+1, err, errs[i].String())
			}
		}
		msgs := m.messages(t)
		checkRecorded(t, fast, msgs)
		if runs := runsOK(fast); len(msgs) != len(runs) {
			t.Errorf("mailpit has %d messages for %d runs", len(msgs), len(runs))
		}
		if logs := errs[0].String() + errs[1].String(); !strings.Contains(logs, "run skipped") {
			t.Errorf("neither serve met the other on a slot, so the test proved nothing:\n%s", logs)
		}
	})

	t.Run("a scheduled run that keeps failing sends one notice per slot", func(t *testing.T) {
		m.clear(t)
		failing := "corpus: nothing\noutput: out\nreports: failing-reports\ndelivery: {attempts: 1}\n" +
			"serve: {catch_up: false, attempts: 2, backoff: 200ms, grace: 10s}\n" +
			"smtp:" + strings.SplitAfter(readFile(t, cfg), "smtp:")[1]
		writeFile(t, filepath.Join(dir, "failing.yaml"), failing)
		writeFile(t, mkdirFor(t, filepath.Join(dir, "failing-reports", "alarm.yaml")),
			"title: Alarm brief\nschedule: \"*/2 * * * * *\"\ndeliver:\n  email: {to: [ops@example.com]}\n")
		var stderr bytes.Buffer
		c := mbCommand(t, dir, &stderr, "serve", "--config", "failing.yaml")
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		defer c.Process.Kill()
		alarm := filepath.Join(dir, "out", "alarm")
		lastFailures := func() int {
			entries, _ := history.Read(alarm)
			n := 0
			for _, e := range entries {
				if !e.IsDelivery() && e.Status == history.StatusFailed && e.Attempt == 2 {
					n++
				}
			}
			return n
		}
		defer func() {
			if t.Failed() {
				b, _ := os.ReadFile(filepath.Join(alarm, "history.jsonl"))
				t.Logf("serve:\n%s\nhistory:\n%s", stderr.String(), b)
			}
		}()
		waitFor(t, "two slots failing twice", 2*time.Minute, func() bool { return lastFailures() >= 2 })
		_ = c.Process.Signal(syscall.SIGTERM)
		if err := c.Wait(); err != nil {
			t.Errorf("serve: %v\n%s", err, stderr.String())
		}
		entries, _ := history.Read(alarm)
		var notices int
		for _, e := range entries {
			if e.IsDelivery() && e.Status != history.StatusSending {
				notices++
			}
		}
		msgs := m.messages(t)
		if want := lastFailures(); notices != want || len(msgs) != want {
			t.Errorf("%d slots failed after every attempt; %d notices recorded, %d received", want, notices, len(msgs))
		}
		for _, s := range msgs {
			if !strings.HasPrefix(s.Subject, "Failed: Alarm brief") {
				t.Errorf("subject %q", s.Subject)
			}
		}
	})

	t.Run("a failed delivery is recorded as failed", func(t *testing.T) {
		down := strings.Replace(readFile(t, cfg), "port: "+portOf(m.smtp), "port: "+portOf(freeLoopback(t)), 1)
		writeFile(t, filepath.Join(dir, "down.yaml"), down)
		if _, stderr, code := mb(t, "run", "--config", filepath.Join(dir, "down.yaml"), "--report", "hebdo"); code != 0 {
			t.Fatalf("run: exit %d\n%s", code, stderr)
		}
		entries, _ := history.Read(filepath.Join(dir, "out", "hebdo"))
		last := entries[len(entries)-1]
		if !last.IsDelivery() || last.Status != history.StatusFailed || last.Deliveries[0].Attempts != 2 || last.Deliveries[0].Error == "" {
			t.Errorf("last entry = %+v, want a failed delivery after 2 attempts", last)
		}
	})
}

// runsOK returns the ids of the successful runs in the history of dir.
func runsOK(dir string) []string {
	entries, _ := history.Read(dir)
	var ids []string
	for _, e := range entries {
		if !e.IsDelivery() && e.Status == history.StatusOK {
			ids = append(ids, e.RunID)
		}
	}
	return ids
}

// checkRecorded checks that every successful run in dir's history was delivered exactly once, by
// one message that mailpit received, and that its Message-ID is the one recorded.
func checkRecorded(t *testing.T, dir string, msgs []mailSummary) {
	t.Helper()
	entries, err := history.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	received := map[string]int{}
	for _, s := range msgs {
		received["<"+s.MessageID+">"]++
	}
	runs := runsOK(dir)
	for _, id := range runs {
		ds := history.Delivered(entries, id)
		if len(ds) != 1 || len(ds[0].Deliveries) != 1 {
			t.Errorf("run %s has %d delivery entries, want 1: %+v", id, len(ds), ds)
			continue
		}
		d := ds[0].Deliveries[0]
		if d.Status != history.StatusSent || received[d.MessageID] != 1 {
			t.Errorf("run %s: delivery %+v; mailpit has %d messages with its id", id, d, received[d.MessageID])
		}
	}
}

func findTo(msgs []mailSummary, addr string) *mailSummary {
	for i, s := range msgs {
		if len(s.To) > 0 && s.To[0].Address == addr {
			return &msgs[i]
		}
	}
	return nil
}

func portOf(addr string) string {
	_, port, _ := strings.Cut(addr, ":")
	return port
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDeliverCommandErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "config.yaml"), "corpus: corpus\noutput: out\n")
	cfg := filepath.Join(dir, "config.yaml")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no report named", []string{"deliver", "--config", cfg}, exitUsage, "--report NAME is required"},
		{"unknown report", []string{"deliver", "--config", cfg, "--report", "nope"}, exitUsage, `no report named "nope"`},
		{"no recipients", []string{"deliver", "--config", cfg, "--report", "weekly"}, exitUsage, "add deliver: email or webhook to reports/weekly.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := mb(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}
