package schedule

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"
)

// execute runs job for slot (catchUp marks a missed slot), retrying a failure with exponential backoff. It stops retrying when stop
// is closed or ctx ends.
func (s *Scheduler) execute(ctx context.Context, stop <-chan struct{}, job Job, slot Slot, catchUp bool) Result {
	o := s.opts
	r := Result{Job: job.Name, Slot: slot, CatchUp: catchUp, Start: o.Clock.Now()}
	backoff := o.Backoff
	for {
		r.Attempts++
		actx := context.WithValue(ctx, attemptKey{}, Attempt{Number: r.Attempts, CatchUp: catchUp})
		r.Err, r.Panicked = s.attempt(actx, job, slot)
		r.Status = classify(ctx, r.Err)
		if r.Status != StatusFailed || r.Attempts >= o.Attempts {
			break
		}
		o.Log.Warn("run failed, will retry", "job", job.Name, "slot", slot.Key, "attempt", r.Attempts,
			"backoff", backoff, "error", r.Err)
		if !s.sleep(ctx, stop, backoff) {
			break
		}
		backoff *= 2
	}
	r.End = o.Clock.Now()
	attrs := []any{"job", job.Name, "slot", slot.Key, "status", r.Status, "attempts", r.Attempts,
		"duration", r.End.Sub(r.Start)}
	switch r.Status {
	case StatusOK:
		o.Log.Info("run finished", attrs...)
	case StatusSkipped:
		o.Log.Warn("run skipped", append(attrs, "reason", r.Err)...)
	default:
		o.Log.Error("run failed", append(attrs, "error", r.Err)...)
	}
	return r
}

// classify returns the status of an attempt that returned err under ctx.
func classify(ctx context.Context, err error) Status {
	switch {
	case err == nil:
		return StatusOK
	case errors.Is(err, ErrSkip):
		return StatusSkipped
	case ctx.Err() != nil:
		return StatusCancelled
	}
	return StatusFailed
}

// attempt runs job once, turning a panic into an error and logging its stack.
func (s *Scheduler) attempt(ctx context.Context, job Job, slot Slot) (err error, panicked bool) {
	defer func() {
		if v := recover(); v != nil {
			s.opts.Log.Error("run panicked", "job", job.Name, "slot", slot.Key, "panic", fmt.Sprint(v),
				"stack", string(debug.Stack()))
			err, panicked = fmt.Errorf("panic: %v", v), true
		}
	}()
	return job.Run(ctx, slot), false
}

// sleep waits d; it returns false, early, when stop is closed or ctx ends.
func (s *Scheduler) sleep(ctx context.Context, stop <-chan struct{}, d time.Duration) bool {
	t := s.opts.Clock.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C():
		// Both may be ready when d is zero; stopping wins.
		select {
		case <-stop:
			return false
		default:
			return ctx.Err() == nil
		}
	case <-stop:
		return false
	case <-ctx.Done():
		return false
	}
}
