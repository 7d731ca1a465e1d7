package schedule

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// statuses lists "KEY status" of results, keys shortened to their time of day.
func statuses(results []Result) []string {
	var out []string
	for _, r := range results {
		out = append(out, r.Slot.At.UTC().Format("15:04:05")+" "+string(r.Status))
	}
	return out
}

// TestOverlap runs a job that takes 150 s on a per-minute schedule.
func TestOverlap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		overlap Overlap
		starts  []string // UTC start times
	}{
		// 00:01 runs to 00:03:30; 00:02 and 00:03 are dropped; 00:04 runs to 00:06:30; 00:05 and 00:06
		// are dropped.
		{name: "skip", overlap: OverlapSkip, starts: []string{"00:01:00", "00:04:00"}},
		// 00:02 waits and starts at 00:03:30; 00:03 is dropped (one slot waits); 00:04 waits until 00:06.
		{name: "wait", overlap: OverlapWait, starts: []string{"00:01:00", "00:03:30", "00:06:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				s := mustParse(t, "0 * * * * *", "UTC")
				var starts []string
				h := startHarness(t, "2025-01-01T00:00:30Z", Options{Overlap: tt.overlap, Grace: time.Hour},
					func(c Clock, r *recorder) []Job {
						return []Job{recordJob("slow", s, c, r, func(ctx context.Context, _ Slot) error {
							starts = append(starts, c.Now().UTC().Format("15:04:05"))
							return sleepCtx(ctx, 150*time.Second)
						})}
					})
				time.Sleep(6*time.Minute + 15*time.Second) // until 00:06:45
				h.stop()                                   // the running slot finishes within the grace period
				if !equalStrings(starts, tt.starts) {
					t.Fatalf("starts = %q, want %q", starts, tt.starts)
				}
				_, results := h.rec.snapshot()
				for _, r := range results {
					if r.Status == StatusSkipped && r.Slot.At.UTC().Format("15:04:05") == "00:01:00" {
						t.Errorf("first slot skipped: %q", statuses(results))
					}
				}
			})
		})
	}
}

// TestRetry checks attempts and exponential backoff.
func TestRetry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		failures int // attempts that fail before success
		attempts int
		want     []string // attempt times
		status   Status
	}{
		{name: "succeeds on third", failures: 2, attempts: 3, want: []string{"00:01:00", "00:01:10", "00:01:30"}, status: StatusOK},
		{name: "gives up", failures: 9, attempts: 3, want: []string{"00:01:00", "00:01:10", "00:01:30"}, status: StatusFailed},
		{name: "no retry", failures: 9, attempts: 1, want: []string{"00:01:00"}, status: StatusFailed},
		{name: "skip is not retried", failures: -1, attempts: 3, want: []string{"00:01:00"}, status: StatusSkipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				s := mustParse(t, "0 1 0 1 1 *", "UTC")
				var at []string
				h := startHarness(t, "2025-01-01T00:00:30Z", Options{Attempts: tt.attempts, Backoff: 10 * time.Second},
					func(c Clock, r *recorder) []Job {
						return []Job{recordJob("r", s, c, r, func(ctx context.Context, _ Slot) error {
							at = append(at, c.Now().UTC().Format("15:04:05"))
							if a := AttemptOf(ctx); a.Number != len(at) || a.CatchUp {
								t.Errorf("AttemptOf = %+v in attempt %d", a, len(at))
							}
							switch {
							case tt.failures < 0:
								return fmt.Errorf("locked: %w", ErrSkip)
							case len(at) <= tt.failures:
								return errors.New("flaky")
							}
							return nil
						})}
					})
				time.Sleep(time.Hour)
				h.stop()
				_, results := h.rec.snapshot()
				if !equalStrings(at, tt.want) || len(results) != 1 || results[0].Status != tt.status ||
					results[0].Attempts != len(tt.want) {
					t.Fatalf("attempts at %q, results %+v; want %q, %s", at, results, tt.want, tt.status)
				}
			})
		})
	}
}

// TestShutdown stops the scheduler one minute into a run: the run finishes if it can within the grace
// period, else it is cancelled when the grace period ends, and no retry starts after the stop.
func TestShutdown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		runTime time.Duration
		fail    bool
		status  Status
		stopped time.Duration // how long after the stop Run returns
	}{
		{name: "finishes within grace", runTime: 2 * time.Minute, status: StatusOK, stopped: time.Minute},
		{name: "cancelled after grace", runTime: time.Hour, status: StatusCancelled, stopped: 5 * time.Minute},
		{name: "no retry after stop", runTime: 2 * time.Minute, fail: true, status: StatusFailed, stopped: time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				s := mustParse(t, "0 1 0 1 1 *", "UTC")
				h := startHarness(t, "2025-01-01T00:00:30Z", Options{Grace: 5 * time.Minute, Attempts: 5},
					func(c Clock, r *recorder) []Job {
						return []Job{recordJob("long", s, c, r, func(ctx context.Context, _ Slot) error {
							if err := sleepCtx(ctx, tt.runTime); err != nil || !tt.fail {
								return err
							}
							return errors.New("broken")
						})}
					})
				time.Sleep(90 * time.Second) // one minute into the run
				stop := time.Now()
				h.stop()
				if got := time.Since(stop); got != tt.stopped {
					t.Errorf("Run returned %v after the stop, want %v", got, tt.stopped)
				}
				_, results := h.rec.snapshot()
				if len(results) != 1 || results[0].Status != tt.status || results[0].Attempts != 1 {
					t.Fatalf("results = %+v, want one %s attempt", results, tt.status)
				}
			})
		})
	}
}

// TestReload rejects an invalid job set, keeping the old one, then swaps schedules.
func TestReload(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		hourly := mustParse(t, "0 0 * * * *", "UTC")
		halfPast := mustParse(t, "0 30 * * * *", "UTC")
		h := startHarness(t, "2025-01-01T00:10:00Z", Options{}, func(c Clock, r *recorder) []Job {
			return []Job{recordJob("a", hourly, c, r, nil)}
		})
		bad := []Job{recordJob("a", hourly, h.clock, h.rec, nil), recordJob("a", halfPast, h.clock, h.rec, nil),
			{Name: "b", Schedule: halfPast}}
		err := h.sched.Reload(bad)
		if err == nil || !strings.Contains(err.Error(), `"a": name used twice`) ||
			!strings.Contains(err.Error(), `"b": no function`) {
			t.Fatalf("Reload(bad) = %v", err)
		}
		time.Sleep(time.Hour) // 01:10: "a" ran at 01:00
		if err := h.sched.Reload([]Job{recordJob("b", halfPast, h.clock, h.rec, nil)}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Hour) // 02:10: "b" ran at 01:30, "a" no more
		h.stop()
		got, _ := h.rec.snapshot()
		want := []string{"2025-01-01T01:00:00 UTC@2025-01-01T01:00:00Z", "2025-01-01T01:30:00 UTC@2025-01-01T01:30:00Z"}
		if !equalStrings(got, want) {
			t.Fatalf("runs = %q, want %q", got, want)
		}
	})
}

// TestReloadKeepsRunning reloads while a job runs: the job keeps its name and must not run twice at
// once; a removed job's running slot finishes.
func TestReloadKeepsRunning(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		everyMinute := mustParse(t, "0 * * * * *", "UTC")
		var mu sync.Mutex
		running, most := map[string]int{}, map[string]int{}
		var h *harness
		slow := func(name string) Func {
			return func(ctx context.Context, _ Slot) error {
				mu.Lock()
				running[name]++
				most[name] = max(most[name], running[name])
				mu.Unlock()
				defer func() { mu.Lock(); running[name]--; mu.Unlock() }()
				return sleepCtx(ctx, 90*time.Second)
			}
		}
		h = startHarness(t, "2025-01-01T00:00:30Z", Options{Grace: time.Hour}, func(c Clock, r *recorder) []Job {
			return []Job{recordJob("a", everyMinute, c, r, slow("a")), recordJob("gone", everyMinute, c, r, slow("gone"))}
		})
		time.Sleep(45 * time.Second) // 00:01:15: both run until 00:02:30
		if err := h.sched.Reload([]Job{recordJob("a", everyMinute, h.clock, h.rec, slow("a"))}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(3 * time.Minute) // 00:04:15
		h.stop()
		got, results := h.rec.snapshot()
		want := []string{"2025-01-01T00:01:00 UTC@2025-01-01T00:01:00Z", "2025-01-01T00:01:00 UTC@2025-01-01T00:01:00Z",
			"2025-01-01T00:03:00 UTC@2025-01-01T00:03:00Z"}
		if !equalStrings(got, want) || most["a"] != 1 || most["gone"] != 1 {
			t.Fatalf("runs = %q (at most %v at once), want %q, one at a time", got, most, want)
		}
		for _, r := range results {
			if r.Job == "gone" && r.Status != StatusOK {
				t.Errorf("removed job's run = %+v", r)
			}
		}
	})
}

// TestShutdownAbandonsStuckJob: a job that never looks at its context (stuck in a system call)
// does not keep Run from returning: it is left abandonAfter after its cancellation.
func TestShutdownAbandonsStuckJob(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		s := mustParse(t, "0 1 0 1 1 *", "UTC")
		h := startHarness(t, "2025-01-01T00:00:30Z", Options{Grace: 5 * time.Minute},
			func(c Clock, r *recorder) []Job {
				return []Job{recordJob("stuck", s, c, r, func(context.Context, Slot) error {
					time.Sleep(24 * time.Hour) // deaf to its context
					return nil
				})}
			})
		time.Sleep(90 * time.Second)
		stop := time.Now()
		h.stop()
		if got, want := time.Since(stop), 5*time.Minute+abandonAfter; got != want {
			t.Errorf("Run returned %v after the stop, want %v", got, want)
		}
		time.Sleep(24 * time.Hour) // the stuck job ends at last, and does not block on its result
		synctest.Wait()
		if _, results := h.rec.snapshot(); len(results) != 1 {
			t.Errorf("results = %+v", results)
		}
	})
}
