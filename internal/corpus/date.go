package corpus

import (
	"strings"
	"time"
)

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006/01/02",
	"02-Jan-2006 15:04:05.00", "02-Jan-2006 15:04:05", "2-Jan-2006", "02/01/2006",
	"2 January 2006", "January 2, 2006", "Jan 2, 2006", time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700",
}

var frenchMonths = strings.NewReplacer("janvier", "January", "février", "February", "fevrier", "February",
	"mars", "March", "avril", "April", "mai", "May", "juin", "June", "juillet", "July", "août", "August",
	"aout", "August", "septembre", "September", "octobre", "October", "novembre", "November",
	"décembre", "December", "decembre", "December", "1er", "1")

// NormalizeDate turns a date as written in a corpus file (ISO, RFC 1123, Reuters'
// "26-FEB-1987 15:01:01.79", "2 octobre 2025") into YYYY-MM-DD, or "" when it cannot read it.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	cand := []string{s, titleMonth(s), frenchMonths.Replace(strings.ToLower(s))}
	for _, c := range cand {
		for _, l := range dateLayouts {
			if t, err := time.Parse(l, c); err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	// The date alone when the time after it is odd: Reuters writes "1-JUN-1987 13:58:24.31"
	// with a one-digit day, and some stamps end with a stray letter ("12:59:10.88F").
	if day, _, ok := strings.Cut(s, " "); ok {
		if t, err := time.Parse("2-Jan-2006", titleMonth(day)); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// titleMonth turns "26-FEB-1987" into "26-Feb-1987", which time.Parse reads.
func titleMonth(s string) string {
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' && (b[i-1] >= 'A' && b[i-1] <= 'Z' || b[i-1] >= 'a' && b[i-1] <= 'z') {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}
