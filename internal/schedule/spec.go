// Package schedule turns cron specs into run slots that are correct across daylight-saving changes
// and runs func(ctx, slot) error jobs on them: one run per slot, no overlap, retries with backoff,
// panics recovered, catch-up of a missed slot, graceful stop and reload. It knows nothing about
// reports.
//
// Slots are computed on the wall clock of the schedule's zone with robfig/cron's parser and
// Schedule.Next, then mapped to instants: a wall time that does not exist (the hour skipped when
// clocks spring forward) maps to the first valid instant after it, and a wall time that exists twice
// (the hour repeated when clocks fall back) maps to its first occurrence, so every wall-clock slot
// runs exactly once. robfig/cron's own runner is not used: it skips the first case and doubles the
// second.
package schedule

import (
	"errors"
	"fmt"
	"strings"
	"time"
	// Zones must resolve in minimal images without /usr/share/zoneinfo.
	_ "time/tzdata"

	"github.com/robfig/cron/v3"
)

// parser accepts 5 fields, 6 with seconds first, and descriptors such as @weekly.
var parser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month |
	cron.Dow | cron.Descriptor)

// Schedule is a parsed cron spec in a time zone. The zero value is not usable; use Parse.
type Schedule struct {
	spec  string
	loc   *time.Location
	inner cron.Schedule
}

// Slot is one scheduled run.
type Slot struct {
	// Key identifies the slot across restarts: its wall-clock time in the zone and the zone name,
	// such as "2025-03-30T02:30:00 Europe/Paris".
	Key string
	// Wall is the scheduled wall-clock time, in the schedule's zone. For a slot in a skipped hour it
	// is the nonexistent time asked for, normalised by time.Date; use Key to show it.
	Wall time.Time
	// At is the instant the slot runs, in the schedule's zone.
	At time.Time
}

// IsZero reports whether s is the zero Slot.
func (s Slot) IsZero() bool { return s.At.IsZero() }

// Parse parses spec (5 fields, 6 with seconds first, or a descriptor such as @weekly, optionally
// prefixed by CRON_TZ=ZONE or TZ=ZONE) in zone, the IANA name used when spec has no prefix; an empty
// zone means UTC. It never panics: the cron parser runs under recover. @every is rejected because its
// runs have no fixed wall-clock slots, and so is a spec that never matches (such as 30 February).
func Parse(spec, zone string) (s Schedule, err error) {
	body, prefixZone, err := splitZone(strings.TrimSpace(spec))
	if err != nil {
		return Schedule{}, err
	}
	if prefixZone != "" {
		zone = prefixZone
	}
	if zone == "" {
		zone = "UTC"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Schedule{}, fmt.Errorf("unknown time zone %q: use an IANA name such as Europe/Paris", zone)
	}
	if body == "" && prefixZone != "" {
		return Schedule{}, fmt.Errorf("no fields after the zone in %q: give 5 fields (minute hour day month weekday), 6 with seconds, or a descriptor such as @weekly", spec)
	}
	if body == "" {
		return Schedule{}, errors.New("empty schedule: give 5 fields (minute hour day month weekday), 6 with seconds, or a descriptor such as @weekly")
	}
	if strings.HasPrefix(body, "@every") {
		return Schedule{}, fmt.Errorf("%q has no fixed slots: use cron fields or @hourly, @daily, @weekly, @monthly, @yearly", body)
	}
	inner, err := safeParse(body)
	if err != nil {
		return Schedule{}, err
	}
	s = Schedule{spec: spec, loc: loc, inner: inner}
	// Feb 29 matches within 4 years of any instant, so a spec with no match in 5 years never runs.
	probe := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	if inner.Next(probe).IsZero() {
		return Schedule{}, fmt.Errorf("%q never matches a date", body)
	}
	return s, nil
}

// splitZone separates a CRON_TZ= or TZ= prefix from the rest of spec.
func splitZone(spec string) (body, zone string, err error) {
	for _, p := range []string{"CRON_TZ=", "TZ="} {
		if !strings.HasPrefix(spec, p) {
			continue
		}
		rest := spec[len(p):]
		zone, body, _ = strings.Cut(rest, " ")
		if zone == "" {
			return "", "", fmt.Errorf("%q: no zone after %s", spec, p)
		}
		body = strings.TrimSpace(body)
		// The cron parser would take a second prefix as the zone the slots fire in, while
		// this one is shown: one zone only.
		if strings.Contains(body, "TZ=") {
			return "", "", fmt.Errorf("%q: more than one zone; keep one CRON_TZ= (or set timezone: in the report)", spec)
		}
		return body, zone, nil
	}
	return spec, "", nil
}

// safeParse runs the cron parser, turning its panics into errors.
func safeParse(body string) (inner cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			inner, err = nil, fmt.Errorf("invalid schedule %q: %v", body, r)
		}
	}()
	inner, err = parser.Parse(body)
	if err != nil {
		return nil, fmt.Errorf("invalid schedule %q: %w", body, err)
	}
	return inner, nil
}

// String returns the spec as given.
func (s Schedule) String() string { return s.spec }

// Location returns the schedule's zone.
func (s Schedule) Location() *time.Location { return s.loc }

// Next returns the first slot that runs strictly after from, or the zero Slot if there is none
// within five years.
func (s Schedule) Next(from time.Time) Slot {
	w := naive(from.In(s.loc))
	// Each wall time maps to an instant no later than the next wall time's, so a few steps reach a
	// slot after from; several wall slots inside one skipped hour share an instant and run once.
	for range 100000 {
		w = s.inner.Next(w)
		if w.IsZero() {
			return Slot{}
		}
		if at := resolve(w, s.loc); at.After(from) {
			return Slot{Key: w.Format("2006-01-02T15:04:05") + " " + s.loc.String(),
				Wall: inZone(w, s.loc), At: at}
		}
	}
	return Slot{}
}

// Upcoming returns the next n slots after from.
func (s Schedule) Upcoming(n int, from time.Time) []Slot {
	var out []Slot
	for range n {
		slot := s.Next(from)
		if slot.IsZero() {
			break
		}
		out = append(out, slot)
		from = slot.At
	}
	return out
}

// Latest returns the last slot in (after, until], scanning at most limit slots; ok is false if there
// is none. Used to catch up once on the newest missed slot, not once per missed slot.
func (s Schedule) Latest(after, until time.Time, limit int) (last Slot, ok bool) {
	for range limit {
		slot := s.Next(after)
		if slot.IsZero() || slot.At.After(until) {
			break
		}
		last, ok, after = slot, true, slot.At
	}
	return last, ok
}
