package metrics

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestWriteText(t *testing.T) {
	t.Parallel()
	r := NewRegistry()
	end := time.Unix(1743296400, 0)
	r.Observe("weekly", "ok", 1500*time.Millisecond, end)
	r.Observe("weekly", "failed", 2*time.Second, end.Add(time.Hour))
	r.Observe("daily", "skipped", 0, end)
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`marketbrief_runs_total{report="daily",status="skipped"} 1`,
		`marketbrief_runs_total{report="weekly",status="failed"} 1`,
		`marketbrief_runs_total{report="weekly",status="ok"} 1`,
		`marketbrief_failures_total{report="weekly"} 1`,
		`marketbrief_failures_total{report="daily"} 0`,
		`marketbrief_last_duration_seconds{report="weekly"} 2`,
		`marketbrief_last_success_timestamp_seconds{report="weekly"} 1.7432964e+09`,
		"# TYPE marketbrief_runs_total counter",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, `last_success_timestamp_seconds{report="daily"}`) {
		t.Errorf("a report that never succeeded has a last success:\n%s", body)
	}
	rec = httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "ok\n" {
		t.Errorf("/healthz = %d %q", rec.Code, rec.Body.String())
	}
}

func TestCheckListen(t *testing.T) {
	t.Parallel()
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:9187", true}, {"localhost:9187", true}, {"[::1]:9187", true}, {"127.0.0.2:80", true},
		{":9187", false}, {"0.0.0.0:9187", false}, {"192.168.1.4:9187", false}, {"example.com:80", false},
		{"127.0.0.1", false}, {"localhost:", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			t.Parallel()
			if err := CheckListen(tt.addr); (err == nil) != tt.ok {
				t.Errorf("CheckListen(%q) = %v, want ok %v", tt.addr, err, tt.ok)
			}
		})
	}
}

func TestServeStops(t *testing.T) {
	t.Parallel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := Serve(t.Context(), "0.0.0.0:0", NewRegistry(), log); err == nil {
		t.Fatal("Serve accepted a non-loopback address")
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, "127.0.0.1:0", NewRegistry(), log) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Serve after cancel = %v", err)
	}
}

// A port already taken (by a first serve, say) is named with the config key and what to do.
func TestServeAddressInUse(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	err = Serve(t.Context(), ln.Addr().String(), NewRegistry(), log)
	if err == nil || !strings.Contains(err.Error(), "serve.listen "+ln.Addr().String()+" is already in use") {
		t.Fatalf("Serve on a taken port = %v, want the key, the address and 'already in use'", err)
	}
}
