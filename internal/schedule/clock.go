package schedule

import "time"

// Clock is the scheduler's source of time. Tests inject one (or run under testing/synctest, where the
// system clock is virtual).
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// NewTimer returns a timer that fires once after d.
	NewTimer(d time.Duration) Timer
}

// Timer is a one-shot timer, as time.Timer.
type Timer interface {
	// C returns the channel the timer fires on.
	C() <-chan time.Time
	// Stop stops the timer; it reports whether the call stopped it before it fired.
	Stop() bool
}

// SystemClock returns the clock of the time package.
func SystemClock() Clock { return systemClock{} }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func (systemClock) NewTimer(d time.Duration) Timer { return systemTimer{time.NewTimer(d)} }

type systemTimer struct{ t *time.Timer }

func (t systemTimer) C() <-chan time.Time { return t.t.C }

func (t systemTimer) Stop() bool { return t.t.Stop() }

// OffsetClock returns the system clock shifted by offset: Now is time.Now().Add(offset) and timers are
// the system's. Under testing/synctest, whose clock starts in 2000, it puts the scheduler at any date
// while timers stay virtual.
func OffsetClock(offset time.Duration) Clock { return offsetClock{offset} }

type offsetClock struct{ offset time.Duration }

func (c offsetClock) Now() time.Time { return time.Now().Add(c.offset) }

func (offsetClock) NewTimer(d time.Duration) Timer { return systemTimer{time.NewTimer(d)} }
