package schedule

import (
	"context"
	"time"
)

// Attempt describes the run a job function is in; read it with AttemptOf.
type Attempt struct {
	// Number counts the attempts of the slot, from 1.
	Number int
	// CatchUp marks the run of a slot missed while the scheduler was not running.
	CatchUp bool
}

type attemptKey struct{}

// AttemptOf returns the attempt that ctx, as passed to a job by the Scheduler, belongs to; the zero
// Attempt for any other context.
func AttemptOf(ctx context.Context) Attempt {
	a, _ := ctx.Value(attemptKey{}).(Attempt)
	return a
}

// DST says how a daylight-saving change affects a slot: "skipped" when its wall-clock time does not
// exist that day (it runs at the first valid instant after it), "repeated" when it exists twice (it
// runs at the first), else "".
func (s Slot) DST() string {
	if s.At.IsZero() {
		return ""
	}
	if naive(s.At).Format("2006-01-02T15:04:05") != keyWall(s.Key) {
		return "skipped"
	}
	_, end := s.At.ZoneBounds()
	if end.IsZero() {
		return ""
	}
	_, cur := s.At.Zone()
	_, next := end.Zone()
	if next >= cur {
		return ""
	}
	// Clocks fall back at end: wall times in [end-(cur-next), end) come again after end.
	if later := s.At.Add(time.Duration(cur-next) * time.Second); !later.Before(end) && naive(later).Equal(naive(s.At)) {
		return "repeated"
	}
	return ""
}

// keyWall returns the wall-clock part of a slot key.
func keyWall(key string) string {
	if i := len("2006-01-02T15:04:05"); len(key) >= i {
		return key[:i]
	}
	return key
}
