package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// Func is the work a job does for one slot. It must return soon after ctx is cancelled.
type Func func(ctx context.Context, slot Slot) error

// Job is a named function run on a schedule.
type Job struct {
	// Name identifies the job; names are unique within a Scheduler.
	Name     string
	Schedule Schedule
	Run      Func
}

// ErrSkip is returned (wrapped) by a job that decides not to run a slot, for example because the slot
// already ran or another process holds its lock. The run is recorded as skipped and not retried.
var ErrSkip = errors.New("slot skipped")

// Overlap says what happens to a slot that comes while the job's previous run is still running.
type Overlap string

const (
	// OverlapSkip drops the slot.
	OverlapSkip Overlap = "skip"
	// OverlapWait runs the slot as soon as the previous run ends; at most one slot waits, later
	// ones are skipped.
	OverlapWait Overlap = "wait"
)

// ParseOverlap returns the Overlap named s; empty means OverlapSkip.
func ParseOverlap(s string) (Overlap, error) {
	switch Overlap(s) {
	case "", OverlapSkip:
		return OverlapSkip, nil
	case OverlapWait:
		return OverlapWait, nil
	}
	return "", fmt.Errorf("unknown overlap policy %q: use skip or wait", s)
}

// Status is the outcome of a slot.
type Status string

// The outcomes of a slot.
const (
	StatusOK        Status = "ok"
	StatusFailed    Status = "failed"
	StatusCancelled Status = "cancelled"
	StatusSkipped   Status = "skipped"
)

// Result is the outcome of one slot, after every attempt.
type Result struct {
	Job  string
	Slot Slot
	// CatchUp marks the run of a slot missed while the scheduler was not running.
	CatchUp bool
	// Start and End bound all attempts; both are zero for a slot skipped because of overlap.
	Start, End time.Time
	// Attempts is how many times the job ran for the slot.
	Attempts int
	Status   Status
	// Err is the last attempt's error, or why the slot was skipped.
	Err error
	// Panicked reports that the last attempt panicked (its stack is logged).
	Panicked bool
}

// Store tells the scheduler when a job last succeeded, for catch-up.
type Store interface {
	// LastSuccess returns the instant of the job's last successful slot; ok is false when it never
	// succeeded.
	LastSuccess(job string) (at time.Time, ok bool, err error)
}

// Options configures a Scheduler. The zero value is usable: system clock, default logger, no
// catch-up, skip on overlap, one attempt, no grace.
type Options struct {
	Clock Clock
	Log   *slog.Logger
	// Store enables catch-up when CatchUp is set.
	Store Store
	// CatchUp runs a job once at start when one of its slots passed since its last success.
	CatchUp bool
	Overlap Overlap
	// Attempts is how many times a failing slot is tried in all; below 1 means 1.
	Attempts int
	// Backoff is the wait before the first retry; it doubles at each further retry.
	Backoff time.Duration
	// Grace is how long running jobs may take to finish after Run's context ends before they are
	// cancelled.
	Grace time.Duration
	// MaxWait caps a single timer so that a jump of the wall clock (suspend, NTP) is noticed;
	// zero means one minute.
	MaxWait time.Duration
	// OnResult, when set, receives every slot's outcome. It may be called from several goroutines
	// at once and must not block for long.
	OnResult func(Result)
}

// withDefaults returns o with its zero fields filled in.
func (o Options) withDefaults() Options {
	if o.Clock == nil {
		o.Clock = SystemClock()
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Overlap == "" {
		o.Overlap = OverlapSkip
	}
	o.Attempts = max(o.Attempts, 1)
	if o.MaxWait <= 0 {
		o.MaxWait = time.Minute
	}
	if o.OnResult == nil {
		o.OnResult = func(Result) {}
	}
	return o
}

// checkJobs reports every problem of a job list at once.
func checkJobs(jobs []Job) error {
	var errs []error
	seen := make(map[string]bool)
	for i, j := range jobs {
		switch {
		case j.Name == "":
			errs = append(errs, fmt.Errorf("job %d: empty name", i))
		case seen[j.Name]:
			errs = append(errs, fmt.Errorf("job %q: name used twice", j.Name))
		}
		seen[j.Name] = true
		if j.Schedule.inner == nil {
			errs = append(errs, fmt.Errorf("job %q: no schedule (use Parse)", j.Name))
		}
		if j.Run == nil {
			errs = append(errs, fmt.Errorf("job %q: no function", j.Name))
		}
	}
	return errors.Join(errs...)
}
