package aggregate

import (
	"strconv"
	"strings"
	"time"

	"marketbrief/internal/model"
)

// How far back from its article a fact may reach and still be the period's news. A deal is
// reported within weeks of being made: one dated more than a quarter before its article (or
// before the report's window) is history the article recalls. Market shares are published
// months after the period they measure (a year's figures in the next spring): one whose period
// ended more than a year before its article is a comparison point.
const (
	dealNewsReach  = 92 * 24 * time.Hour
	shareNewsReach = 365 * 24 * time.Hour
)

// markBackground sets Background on the deals and shares that the period's articles mention
// from the past. windowStart is the report's first day (zero: the whole corpus); dates maps a
// document id to its date.
func markBackground(deals []model.Deal, shares []model.MarketShare, dates map[string]string, windowStart time.Time) {
	for i := range deals {
		d := &deals[i]
		end, ok := PeriodEnd(d.Date)
		if !ok {
			continue
		}
		cutoff := windowStart
		if doc, ok := earliest(d.Documents, dates); ok && doc.Add(-dealNewsReach).After(cutoff) {
			cutoff = doc.Add(-dealNewsReach)
		}
		d.Background = end.Before(cutoff)
	}
	for i := range shares {
		s := &shares[i]
		end, ok := PeriodEnd(s.Period)
		if !ok {
			continue
		}
		ref := windowStart
		if doc, ok := earliest([]string{s.Document}, dates); ok {
			ref = doc
		}
		s.Background = !ref.IsZero() && end.Before(ref.Add(-shareNewsReach))
	}
}

// markExpected sets Expected on the deals dated after the newest article that states them: no
// article reports a deal made after it was written, so such a date is one the article looks
// ahead to (a completion planned for next year) or one misread. A deal no dated article states
// is measured against asOf.
func markExpected(deals []model.Deal, dates map[string]string, asOf time.Time) {
	for i := range deals {
		d := &deals[i]
		start, ok := PeriodStart(d.Date)
		if !ok {
			continue
		}
		ref, ok := newest(d.Documents, dates)
		if !ok {
			ref = asOf
		}
		d.Expected = !ref.IsZero() && start.After(ref)
	}
}

// newest returns the latest date of the documents that have one.
func newest(docs []string, dates map[string]string) (time.Time, bool) {
	var out time.Time
	for _, id := range docs {
		t, err := time.Parse(time.DateOnly, dates[id])
		if err == nil && t.After(out) {
			out = t
		}
	}
	return out, !out.IsZero()
}

// earliest returns the earliest date of the documents that have one.
func earliest(docs []string, dates map[string]string) (time.Time, bool) {
	var out time.Time
	for _, id := range docs {
		t, err := time.Parse(time.DateOnly, dates[id])
		if err == nil && (out.IsZero() || t.Before(out)) {
			out = t
		}
	}
	return out, !out.IsZero()
}

// PeriodEnd returns the last day of a fact's date or period: YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or
// YYYY-MM-DD. A quarter without a year, or anything else, has none.
func PeriodEnd(p string) (time.Time, bool) {
	if t, err := time.Parse(time.DateOnly, p); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01", p); err == nil {
		return t.AddDate(0, 1, -1), true
	}
	ys, rest, _ := strings.Cut(p, "-")
	y, err := strconv.Atoi(ys)
	if err != nil || len(ys) != 4 {
		return time.Time{}, false
	}
	months := 12
	if len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') {
		n, err := strconv.Atoi(rest[1:])
		if err != nil || n < 1 {
			return time.Time{}, false
		}
		months = n * map[byte]int{'Q': 3, 'H': 6}[rest[0]]
	} else if rest != "" {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(months)+1, 0, 0, 0, 0, 0, time.UTC), true
}

// Precision names how precise a deal's date is: "day", "month", "quarter", "half", "year", or ""
// when it has none.
func Precision(date string) string {
	switch {
	case date == "":
		return ""
	case len(date) == 10:
		return "day"
	case strings.Contains(date, "-Q"):
		return "quarter"
	case strings.Contains(date, "-H"):
		return "half"
	case len(date) == 7:
		return "month"
	}
	return "year"
}

// PeriodStart returns the first day of a fact's date or period (see PeriodEnd).
func PeriodStart(p string) (time.Time, bool) {
	end, ok := PeriodEnd(p)
	if !ok {
		return end, false
	}
	switch Precision(p) {
	case "day":
		return end, true
	case "month":
		return end.AddDate(0, 0, 1-end.Day()), true
	case "quarter":
		return time.Date(end.Year(), end.Month()-2, 1, 0, 0, 0, 0, time.UTC), true
	case "half":
		return time.Date(end.Year(), end.Month()-5, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Date(end.Year(), 1, 1, 0, 0, 0, 0, time.UTC), true
}
