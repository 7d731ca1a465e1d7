package schedule

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// recorder collects what jobs and the scheduler report. Safe for concurrent use.
type recorder struct {
	mu      sync.Mutex
	starts  []string // "KEY@RFC3339" of every attempt, in the schedule's zone
	results []Result
}

func (r *recorder) onResult(res Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.results = append(r.results, res)
}

func (r *recorder) started(clock Clock, slot Slot) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.starts = append(r.starts, slot.Key+"@"+clock.Now().In(slot.At.Location()).Format(time.RFC3339))
}

func (r *recorder) snapshot() ([]string, []Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.starts...), append([]Result(nil), r.results...)
}

// harness runs a scheduler inside a synctest bubble whose clock reads start.
type harness struct {
	t      *testing.T
	clock  Clock
	rec    *recorder
	sched  *Scheduler
	cancel context.CancelFunc
	done   chan error
}

// mustParse parses spec or fails the test.
func mustParse(t *testing.T, spec, zone string) Schedule {
	t.Helper()
	s, err := Parse(spec, zone)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// clockAt returns a clock that reads at now; call it inside the bubble.
func clockAt(t *testing.T, at string) Clock {
	t.Helper()
	start, err := time.Parse(time.RFC3339, at)
	if err != nil {
		t.Fatal(err)
	}
	return OffsetClock(time.Until(start))
}

// startHarness builds jobs with mk (given the clock and recorder), then starts Run.
func startHarness(t *testing.T, at string, opts Options, mk func(Clock, *recorder) []Job) *harness {
	t.Helper()
	h := &harness{t: t, clock: clockAt(t, at), rec: &recorder{}, done: make(chan error, 1)}
	opts.Clock, opts.OnResult = h.clock, h.rec.onResult
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	var err error
	if h.sched, err = New(mk(h.clock, h.rec), opts); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	h.cancel = cancel
	go func() { h.done <- h.sched.Run(ctx) }()
	return h
}

// stop cancels Run and waits for it.
func (h *harness) stop() {
	h.cancel()
	if err := <-h.done; err != nil {
		h.t.Fatalf("Run: %v", err)
	}
}

// recordJob returns a job that records its start and returns fn's error (nil fn: success).
func recordJob(name string, s Schedule, clock Clock, rec *recorder, fn Func) Job {
	return Job{Name: name, Schedule: s, Run: func(ctx context.Context, slot Slot) error {
		rec.started(clock, slot)
		if fn == nil {
			return nil
		}
		return fn(ctx, slot)
	}}
}

// sleepCtx sleeps d or until ctx ends, returning ctx's error in that case.
func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestSchedulerDST runs weekly schedules through daylight-saving changes on a virtual clock: each
// wall-clock slot runs exactly once, a skipped one at the first valid instant after it.
func TestSchedulerDST(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, spec, zone, from string
		run                    time.Duration
		want                   []string
	}{
		{name: "paris spring forward", spec: "CRON_TZ=Europe/Paris 30 2 * * 0", from: "2025-03-25T00:00:00Z",
			run: 7 * 24 * time.Hour, want: []string{"2025-03-30T02:30:00 Europe/Paris@2025-03-30T03:00:00+02:00"}},
		{name: "paris fall back", spec: "CRON_TZ=Europe/Paris 30 2 * * 0", from: "2025-10-20T00:00:00Z",
			run: 7 * 24 * time.Hour, want: []string{"2025-10-26T02:30:00 Europe/Paris@2025-10-26T02:30:00+02:00"}},
		{name: "new york spring forward", spec: "30 2 * * *", zone: "America/New_York", from: "2025-03-08T12:00:00Z",
			run: 2 * 24 * time.Hour, want: []string{
				"2025-03-09T02:30:00 America/New_York@2025-03-09T03:00:00-04:00",
				"2025-03-10T02:30:00 America/New_York@2025-03-10T02:30:00-04:00"}},
		{name: "new york fall back every 30 min", spec: "0,30 1 2 11 *", zone: "America/New_York", from: "2025-11-02T04:00:00Z",
			run: 4 * time.Hour, want: []string{
				"2025-11-02T01:00:00 America/New_York@2025-11-02T01:00:00-04:00",
				"2025-11-02T01:30:00 America/New_York@2025-11-02T01:30:00-04:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				s := mustParse(t, tt.spec, tt.zone)
				h := startHarness(t, tt.from, Options{}, func(c Clock, r *recorder) []Job {
					return []Job{recordJob("weekly", s, c, r, nil)}
				})
				time.Sleep(tt.run)
				h.stop()
				if got, _ := h.rec.snapshot(); !equalStrings(got, tt.want) {
					t.Fatalf("runs = %q, want %q", got, tt.want)
				}
			})
		})
	}
}

// memStore is a Store with fixed last successes.
type memStore map[string]time.Time

func (m memStore) LastSuccess(job string) (time.Time, bool, error) {
	at, ok := m[job]
	return at, ok, nil
}

// TestCatchUp starts a daily job four days after its last success: one catch-up run of the newest
// missed slot, then the schedule as usual.
func TestCatchUp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		catchUp bool
		store   memStore
		want    []string
	}{
		{name: "one run for four missed slots", catchUp: true,
			store: memStore{"daily": time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC)},
			want: []string{"2025-01-05T09:00:00 Europe/Paris@2025-01-05T12:00:00+01:00",
				"2025-01-06T09:00:00 Europe/Paris@2025-01-06T09:00:00+01:00"}},
		{name: "off", catchUp: false, store: memStore{"daily": time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC)},
			want: []string{"2025-01-06T09:00:00 Europe/Paris@2025-01-06T09:00:00+01:00"}},
		{name: "never ran", catchUp: true, store: memStore{},
			want: []string{"2025-01-06T09:00:00 Europe/Paris@2025-01-06T09:00:00+01:00"}},
		{name: "nothing missed", catchUp: true, store: memStore{"daily": time.Date(2025, 1, 5, 8, 0, 0, 0, time.UTC)},
			want: []string{"2025-01-06T09:00:00 Europe/Paris@2025-01-06T09:00:00+01:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				s := mustParse(t, "0 9 * * *", "Europe/Paris")
				h := startHarness(t, "2025-01-05T11:00:00Z", Options{CatchUp: tt.catchUp, Store: tt.store},
					func(c Clock, r *recorder) []Job { return []Job{recordJob("daily", s, c, r, nil)} })
				time.Sleep(24 * time.Hour)
				h.stop()
				got, results := h.rec.snapshot()
				if !equalStrings(got, tt.want) {
					t.Fatalf("runs = %q, want %q", got, tt.want)
				}
				if tt.name == "one run for four missed slots" && !results[0].CatchUp {
					t.Errorf("first result not marked as catch-up: %+v", results[0])
				}
			})
		})
	}
}

// TestPanicRecovered checks that a panicking run is logged with its stack, counted as a failure, and
// that the next slot still runs.
func TestPanicRecovered(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		var logs bytes.Buffer
		var mu sync.Mutex
		log := slog.New(slog.NewTextHandler(&lockedWriter{w: &logs, mu: &mu}, nil))
		s := mustParse(t, "0 * * * * *", "UTC")
		calls := 0
		h := startHarness(t, "2025-01-01T00:00:30Z", Options{Log: log}, func(c Clock, r *recorder) []Job {
			return []Job{recordJob("p", s, c, r, func(context.Context, Slot) error {
				calls++
				if calls == 1 {
					panic("boom")
				}
				return nil
			})}
		})
		time.Sleep(2 * time.Minute)
		h.stop()
		_, results := h.rec.snapshot()
		if len(results) != 2 || results[0].Status != StatusFailed || !results[0].Panicked ||
			results[1].Status != StatusOK {
			t.Fatalf("results = %+v", results)
		}
		mu.Lock()
		defer mu.Unlock()
		if !bytes.Contains(logs.Bytes(), []byte("run panicked")) || !bytes.Contains(logs.Bytes(), []byte("stack=")) {
			t.Fatalf("panic not logged with its stack:\n%s", logs.String())
		}
	})
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
