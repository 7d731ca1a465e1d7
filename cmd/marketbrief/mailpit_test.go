package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// mailpit is a real SMTP server for the delivery tests, read back through its HTTP API.
type mailpit struct {
	smtp, api string // host:port
}

// startMailpit starts the mailpit on PATH (github.com/axllent/mailpit v1.33.1; .ci/run installs
// it) on free loopback ports and stops it when the test ends. Without it the test is skipped,
// except in CI.
func startMailpit(t *testing.T) *mailpit {
	t.Helper()
	bin, err := exec.LookPath("mailpit")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("mailpit is not on PATH: .ci/run builds it with go install github.com/axllent/mailpit@v1.33.1")
		}
		t.Skip("mailpit is not on PATH: GOBIN=/tmp/mp go install github.com/axllent/mailpit@v1.33.1 and add /tmp/mp to PATH")
	}
	m := &mailpit{smtp: freeLoopback(t), api: freeLoopback(t)}
	cmd := exec.Command(bin, "--smtp", m.smtp, "--listen", m.api, "--database", filepath.Join(t.TempDir(), "mailpit.db"))
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	waitFor(t, "mailpit to answer", time.Minute, func() bool {
		resp, err := http.Get("http://" + m.api + "/api/v1/info")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return m
}

// mailSummary is a message as mailpit lists it.
type mailSummary struct {
	ID, MessageID, Subject string
	To, Cc                 []struct{ Address string }
	Attachments            int
}

// mailFull is a message with its bodies and attachments.
type mailFull struct {
	Subject, Text, HTML string
	Attachments         []struct {
		FileName, ContentType string
		Size                  int
	}
}

func (m *mailpit) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	resp, err := http.Get("http://" + m.api + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// messages lists every message received, newest first.
func (m *mailpit) messages(t *testing.T) []mailSummary {
	t.Helper()
	var list struct{ Messages []mailSummary }
	m.getJSON(t, "/api/v1/messages?limit=500", &list)
	return list.Messages
}

func (m *mailpit) message(t *testing.T, id string) mailFull {
	t.Helper()
	var full mailFull
	m.getJSON(t, "/api/v1/message/"+id, &full)
	full.Text = strings.ReplaceAll(full.Text, "\r\n", "\n") // as sent: SMTP ends lines with CRLF
	return full
}

// clear deletes every message.
func (m *mailpit) clear(t *testing.T) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodDelete, "http://"+m.api+"/api/v1/messages", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}

// deliverySetup writes a config sending through m, an English and a French report with
// recipients, and the sample corpus's English articles, and returns the folder.
func deliverySetup(t *testing.T, m *mailpit) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	host, port, _ := strings.Cut(m.smtp, ":")
	smtp := fmt.Sprintf("smtp: {host: %s, port: %s, from: \"Market brief <brief@example.com>\", starttls: false, max_attachment_mb: %%s}\n", host, port)
	base := "corpus: corpus\noutput: out\nreports: reports\ndelivery: {attempts: 2, backoff: 10ms}\n" +
		"serve: {catch_up: false, attempts: 1, grace: 10s}\n"
	write("config.yaml", base+fmt.Sprintf(smtp, "10"))
	write("small.yaml", base+fmt.Sprintf(smtp, "0.1")) // 100 KB: the brief (about 300 KB) does not fit
	write("empty.yaml", strings.Replace(base, "corpus: corpus", "corpus: nothing", 1)+fmt.Sprintf(smtp, "10"))
	write("nothing/garbled.txt", "\x00\x01\x02 not text \x00") // read, skipped as binary: the run fails
	write("reports/weekly.yaml", "title: Cloud weekly\nlanguage: en\ndeliver:\n  email: {to: [ana@example.com], cc: [bo@example.com]}\n")
	write("reports/hebdo.yaml", "title: Le cloud cette semaine\nlanguage: fr\ndeliver:\n  email: {to: [chloe@example.fr]}\n")
	write("reports/fast.yaml", "title: Fast brief\nschedule: \"*/2 * * * * *\"\nwindow: all\ndeliver:\n  email: {to: [ops@example.com]}\n")
	for _, f := range e2eArticles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write("corpus/"+filepath.Base(f), string(b))
	}
	return dir
}
