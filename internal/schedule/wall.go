package schedule

import "time"

// naive returns t's wall clock as a UTC time, where every wall time exists exactly once.
func naive(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// inZone returns the wall time w (naive, in UTC) in loc; see resolve for times that do not exist or
// exist twice.
func inZone(w time.Time, loc *time.Location) time.Time {
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, loc)
}

// resolve maps the wall time w (naive, in UTC) to an instant in loc. A wall time that exists twice
// maps to its first occurrence; one that does not exist maps to the first valid instant after it,
// the moment the clocks moved forward.
func resolve(w time.Time, loc *time.Location) time.Time {
	t := inZone(w, loc)
	if naive(t).Equal(w) {
		// t may be the second occurrence: try w read with the offset of the zone before t's.
		start, _ := t.ZoneBounds()
		if start.IsZero() {
			return t
		}
		_, prev := start.Add(-time.Second).Zone()
		if alt := w.Add(-time.Duration(prev) * time.Second).In(loc); naive(alt).Equal(w) && alt.Before(t) {
			return alt
		}
		return t
	}
	// w is in a gap; time.Date put t on one side of the transition.
	start, end := t.ZoneBounds()
	if naive(t).After(w) {
		return start
	}
	return end
}
