// Package metrics counts report runs and serves them in the Prometheus text format on /metrics, with
// a /healthz probe, using only net/http.
package metrics

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// Registry holds per-report counters. It is safe for concurrent use.
type Registry struct {
	mu             sync.Mutex
	reports        map[string]*series
	unhealthyAfter int // see SetUnhealthyAfter
	// deliveries are counted apart from runs (delivery.go); nil until the first one.
	deliveries  map[deliveryKey]int
	undelivered map[string]bool
}

type series struct {
	runs        map[string]int // by status
	failures    int
	lastSeconds float64
	lastSuccess time.Time
	failedInRow int
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{reports: make(map[string]*series)} }

// Observe records a run of report that ended with status ("ok", "failed", "cancelled" or "skipped")
// after duration, at end.
func (r *Registry) Observe(report, status string, duration time.Duration, end time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.reports[report]
	if s == nil {
		s = &series{runs: make(map[string]int)}
		r.reports[report] = s
	}
	s.runs[status]++
	s.noteStreak(status)
	if status == "skipped" {
		return
	}
	s.lastSeconds = duration.Seconds()
	switch status {
	case "ok":
		s.lastSuccess = end
	case "failed":
		s.failures++
	}
}

// WriteText writes the metrics in the Prometheus text exposition format, sorted by report.
func (r *Registry) WriteText(w io.Writer) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.reports))
	for n := range r.reports {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	b.WriteString("# HELP marketbrief_runs_total Report runs by final status.\n# TYPE marketbrief_runs_total counter\n")
	for _, n := range names {
		statuses := make([]string, 0, len(r.reports[n].runs))
		for st := range r.reports[n].runs {
			statuses = append(statuses, st)
		}
		slices.Sort(statuses)
		for _, st := range statuses {
			fmt.Fprintf(&b, "marketbrief_runs_total{report=%q,status=%q} %d\n", n, st, r.reports[n].runs[st])
		}
	}
	gauge := func(name, help, typ string, value func(*series) (float64, bool)) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
		for _, n := range names {
			if v, ok := value(r.reports[n]); ok {
				fmt.Fprintf(&b, "%s{report=%q} %g\n", name, n, v)
			}
		}
	}
	gauge("marketbrief_failures_total", "Report runs that failed after every attempt.", "counter",
		func(s *series) (float64, bool) { return float64(s.failures), true })
	gauge("marketbrief_last_duration_seconds", "Duration of the last run that was not skipped.", "gauge",
		func(s *series) (float64, bool) { return s.lastSeconds, true })
	gauge("marketbrief_last_success_timestamp_seconds", "Unix time of the last successful run.", "gauge",
		func(s *series) (float64, bool) { return float64(s.lastSuccess.Unix()), !s.lastSuccess.IsZero() })
	r.writeDeliveries(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// Handler serves /metrics and /healthz.
func (r *Registry) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		_ = r.WriteText(w) // the client went away; nothing to do
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if bad := r.unhealthy(); len(bad) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "unhealthy: "+strings.Join(bad, "; ")+"\n")
			return
		}
		io.WriteString(w, "ok\n")
	})
	return mux
}

// CheckListen accepts a host:port whose host is loopback (localhost, 127.0.0.0/8, ::1): the
// endpoints have no authentication, so they are not exposed beyond the machine.
func CheckListen(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not host:port: use for example 127.0.0.1:9187", addr)
	}
	if port == "" {
		return fmt.Errorf("%q has no port: use for example 127.0.0.1:9187", addr)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%q is not a loopback address: use 127.0.0.1, ::1 or localhost (the endpoints have no authentication)", addr)
}
