// Package window is a report's period: the documents a run as of day D reads are those dated in
// (D − window, D]. It parses the `window:` key of report definitions and the --window flag, and
// derives the default from a report's schedule. It is pure: the clock is passed in.
package window

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Window is a report period: a number of days or months back from the as-of date, everything
// since the previous run, or everything (the zero Window).
type Window struct {
	Days, Months int
	SinceLastRun bool
}

// All is the window of a report that reads the whole corpus.
var All = Window{}

var spec = regexp.MustCompile(`^(\d+)\s*(d|w|mo|y)$`)

// Parse reads "7d", "2w", "1mo", "1y", "since-last-run" or "all". The empty string is
// All.
func Parse(s string) (Window, error) {
	switch s {
	case "", "all":
		return All, nil
	case "since-last-run":
		return Window{SinceLastRun: true}, nil
	}
	m := spec.FindStringSubmatch(s)
	if m == nil {
		return All, fmt.Errorf("%q is no window: use a number and a unit (7d, 2w, 1mo, 1y), since-last-run or all", s)
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n < 1 || n > 100*366 {
		return All, fmt.Errorf("%q is no window: the number must be between 1 and 36600", s)
	}
	switch m[2] {
	case "d":
		return Window{Days: n}, nil
	case "w":
		return Window{Days: 7 * n}, nil
	case "mo":
		return Window{Months: n}, nil
	}
	return Window{Months: 12 * n}, nil
}

// FromInterval returns the window of a schedule whose runs are interval apart: whole days, at
// least one (a schedule running every hour reports the day).
func FromInterval(interval time.Duration) Window {
	days := int((interval + 12*time.Hour) / (24 * time.Hour))
	return Window{Days: max(1, days)}
}

// IsAll reports whether w reads every document.
func (w Window) IsAll() bool { return w == All }

// String writes w as Parse reads it.
func (w Window) String() string {
	switch {
	case w.SinceLastRun:
		return "since-last-run"
	case w.Days > 0:
		return strconv.Itoa(w.Days) + "d"
	case w.Months > 0:
		return strconv.Itoa(w.Months) + "mo"
	}
	return "all"
}

// Start returns the first day of the window of a run as of asOf (a date at midnight UTC): the
// window holds the days from Start to asOf, both included. lastAsOf is the previous run's as-of
// date, used by since-last-run (whose window starts the day after it; without a previous run, it
// reads everything). The zero time means no lower bound.
func (w Window) Start(asOf, lastAsOf time.Time) time.Time {
	switch {
	case w.SinceLastRun && !lastAsOf.IsZero():
		return day(lastAsOf).AddDate(0, 0, 1)
	case w.Days > 0:
		return day(asOf).AddDate(0, 0, 1-w.Days)
	case w.Months > 0:
		return day(asOf).AddDate(0, -w.Months, 1)
	}
	return time.Time{}
}

// Contains reports whether date (YYYY-MM-DD) falls in the window from start to asOf, both
// included; a zero start has no lower bound.
func Contains(start, asOf time.Time, date time.Time) bool {
	d := day(date)
	return !d.After(day(asOf)) && (start.IsZero() || !d.Before(start))
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
