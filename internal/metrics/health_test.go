package metrics

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHealthzAfterFailuresInARow(t *testing.T) {
	r := NewRegistry()
	r.SetUnhealthyAfter(2)
	health := func() (int, string) {
		rec := httptest.NewRecorder()
		r.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		return rec.Code, rec.Body.String()
	}
	end := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	steps := []struct {
		status string
		want   int
	}{
		{"failed", 200}, {"ok", 200}, {"failed", 200}, {"cancelled", 200}, {"skipped", 200},
		{"failed", 503}, {"failed", 503}, {"ok", 200},
	}
	for i, s := range steps {
		r.Observe("weekly", s.status, time.Second, end)
		code, body := health()
		if code != s.want {
			t.Fatalf("step %d (%s): /healthz = %d %q, want %d", i, s.status, code, body, s.want)
		}
		if code == 503 && !strings.Contains(body, "report weekly failed its last") {
			t.Errorf("body %q does not name the report", body)
		}
	}
}
