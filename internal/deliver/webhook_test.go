package deliver

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"marketbrief/internal/history"
)

// hook is a webhook endpoint that records the bodies it receives and fails the first fail calls.
type hook struct {
	mu     sync.Mutex
	bodies [][]byte
	fail   int
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.bodies = append(h.bodies, b)
	if r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "want JSON", http.StatusUnsupportedMediaType)
		return
	}
	if len(h.bodies) <= h.fail {
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	io.WriteString(w, "ok")
}

func TestWebhookPayloads(t *testing.T) {
	tests := []struct {
		format string
		check  func(t *testing.T, v map[string]any, raw string)
	}{
		{"slack", func(t *testing.T, v map[string]any, raw string) {
			text, _ := v["text"].(string)
			for _, want := range []string{"Weekly — 1–20 November 2025", "Contoso &lt;was&gt; the most-mentioned", "• 2 deals",
				"Workbook: " + r0 + "/weekly.xlsx", "Brief: " + r0 + "/weekly.pdf", "Facts (JSON): " + r0 + "/facts.json"} {
				if !strings.Contains(text, want) {
					t.Errorf("slack text lacks %q:\n%s", want, text)
				}
			}
		}},
		{"teams", func(t *testing.T, v map[string]any, raw string) {
			if v["type"] != "message" {
				t.Errorf("type = %v", v["type"])
			}
			att := v["attachments"].([]any)[0].(map[string]any)
			if att["contentType"] != "application/vnd.microsoft.card.adaptive" {
				t.Errorf("contentType = %v", att["contentType"])
			}
			body := att["content"].(map[string]any)["body"].([]any)
			if first := body[0].(map[string]any)["text"]; first != "Weekly — 1–20 November 2025" {
				t.Errorf("card title = %v", first)
			}
			if !strings.Contains(raw, "Contoso \\u003cwas\\u003e") && !strings.Contains(raw, "Contoso <was>") {
				t.Errorf("card lacks the summary: %s", raw)
			}
		}},
		{"json", func(t *testing.T, v map[string]any, raw string) {
			if v["report"] != "weekly" || v["status"] != "ok" || v["run_id"] != "20251124T070000Z" || v["folder"] != r0 {
				t.Errorf("payload = %v", v)
			}
			files := v["files"].(map[string]any)
			if files["workbook"] != r0+"/weekly.xlsx" || files["brief"] != r0+"/weekly.pdf" || files["facts"] != r0+"/facts.json" {
				t.Errorf("files = %v", files)
			}
			if counts := v["counts"].(map[string]any); counts["documents"] != 4.0 || counts["deals"] != 2.0 {
				t.Errorf("counts = %v", counts)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			h := &hook{}
			srv := httptest.NewServer(h)
			defer srv.Close()
			recs := Send(context.Background(), sampleRun("en"), Targets{Webhook: &Webhook{URL: srv.URL + "/hooks/SECRET", Format: tt.format}}, Retry{Attempts: 1}, nil)
			if len(recs) != 1 || recs[0].Status != history.StatusSent || recs[0].Channel != "webhook" || recs[0].To[0] != srv.URL {
				t.Fatalf("records = %+v", recs)
			}
			if len(h.bodies) != 1 {
				t.Fatalf("%d calls, want 1", len(h.bodies))
			}
			var v map[string]any
			if err := json.Unmarshal(h.bodies[0], &v); err != nil {
				t.Fatalf("payload is not JSON: %v\n%s", err, h.bodies[0])
			}
			tt.check(t, v, string(h.bodies[0]))
		})
	}
}

func TestWebhookFailureNotice(t *testing.T) {
	h := &hook{}
	srv := httptest.NewServer(h)
	defer srv.Close()
	r := Run{Report: "weekly", Title: "Weekly", Language: "en", Message: history.MessageFailure, Error: "corpus: empty",
		When: time.Date(2025, 11, 24, 7, 0, 0, 0, time.UTC)}
	Send(context.Background(), r, Targets{Webhook: &Webhook{URL: srv.URL, Format: "json"}}, Retry{Attempts: 1}, nil)
	var v map[string]any
	if len(h.bodies) != 1 || json.Unmarshal(h.bodies[0], &v) != nil {
		t.Fatalf("bodies = %q", h.bodies)
	}
	if v["status"] != "failed" || v["error"] != "corpus: empty" || !strings.HasPrefix(v["subject"].(string), "Failed: Weekly") {
		t.Errorf("payload = %v", v)
	}
}

func TestRetryBacksOff(t *testing.T) {
	h := &hook{fail: 2}
	srv := httptest.NewServer(h)
	defer srv.Close()
	var waits []time.Duration
	retry := Retry{Attempts: 4, Backoff: time.Second, Sleep: func(_ context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	}}
	recs := Send(context.Background(), sampleRun("en"), Targets{Webhook: &Webhook{URL: srv.URL, Format: "json"}}, retry, nil)
	if recs[0].Status != history.StatusSent || recs[0].Attempts != 3 {
		t.Errorf("record = %+v, want sent at the third attempt", recs[0])
	}
	if len(waits) != 2 || waits[0] != time.Second || waits[1] != 2*time.Second {
		t.Errorf("waits = %v, want [1s 2s]", waits)
	}

	h2 := &hook{fail: 10}
	srv2 := httptest.NewServer(h2)
	defer srv2.Close()
	recs = Send(context.Background(), sampleRun("en"), Targets{Webhook: &Webhook{URL: srv2.URL + "/secret-path", Format: "slack"}}, Retry{Attempts: 3, Sleep: retry.Sleep}, nil)
	if recs[0].Status != history.StatusFailed || recs[0].Attempts != 3 || !strings.Contains(recs[0].Error, "503") || strings.Contains(recs[0].Error, "secret-path") {
		t.Errorf("record = %+v, want failed after 3 attempts with the status and no secret", recs[0])
	}
	if len(h2.bodies) != 3 {
		t.Errorf("%d calls, want 3", len(h2.bodies))
	}
}

func TestRetryStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, n, err := Retry{Attempts: 5, Backoff: time.Hour}.do(ctx, func(context.Context) (string, error) {
		calls++
		cancel()
		return "", errors.New("down")
	})
	if calls != 1 || n != 1 || err == nil {
		t.Errorf("calls %d, attempts %d, err %v: want one call once the context ends", calls, n, err)
	}
}
