package locale

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// number writes v with the locale's separators and at most decimals decimals, dropping trailing
// zeros: 19700 → "19,700" / "19 700", 19.7 → "19.7" / "19,7".
func (l *Locale) Number(v float64, decimals int) string {
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	if neg && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(l.Get("thousands"))
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(l.Get("decimal"))
		b.WriteString(frac)
	}
	return b.String()
}

// percent writes a percentage (0–100) with the locale's pattern: "33%" or "33 %".
func (l *Locale) Percent(v float64) string {
	return l.Fill("percent", "n", l.Number(v, 1))
}

// money writes an amount in words a reader takes in at once: "$19.7 billion", "€350 million",
// "19,7 milliards de dollars", "$500,000". Currencies without a "money.CODE" pattern use
// "money.other". A nil amount gives "".
func (l *Locale) Money(m *model.Money) string {
	if m == nil {
		return ""
	}
	a := math.Abs(m.Amount)
	scales := []struct {
		key string
		div float64
	}{{"scale.trillion", 1e12}, {"scale.billion", 1e9}, {"scale.million", 1e6}}
	for _, s := range scales {
		if a >= s.div {
			n := math.Round(a/s.div*10) / 10
			return l.moneyPattern(m.Currency, true,
				"n", l.Number(n, 1), "scale", l.Form(l.Get(s.key), n), "code", m.Currency)
		}
	}
	return l.moneyPattern(m.Currency, false, "n", l.Number(a, 0), "code", m.Currency)
}

// moneyPattern fills the currency's pattern, falling back to the generic one.
func (l *Locale) moneyPattern(code string, scaled bool, pairs ...string) string {
	key := "money." + code
	if scaled {
		key += ".scaled"
	}
	p, ok := l.Lookup(key)
	if !ok {
		p = l.Get("money.other")
		if scaled {
			p = l.Get("money.other.scaled")
		}
	}
	return Fill(p, pairs...)
}

// Day writes a day of the month: "day.N" when the locale has it (French writes the first "1er"),
// else the number.
func (l *Locale) Day(n int) string {
	d := strconv.Itoa(n)
	if s, ok := l.Lookup("day." + d); ok {
		return s
	}
	return d
}

// Date writes t as the locale's long date ("23 November 2026"); the zero time gives "".
func (l *Locale) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	months := l.List("months")
	if len(months) != 12 {
		return t.Format("2006-01-02")
	}
	return l.Fill("date", "d", l.Day(t.Day()), "month", months[t.Month()-1],
		"y", strconv.Itoa(t.Year()))
}

// period writes a fact's date or period for a reader: YYYY-MM-DD as a long date, YYYY-MM as
// "November 2026" (short month names when short), YYYY-Qn as "Q3 2026", YYYY-Hn as "H1 2026", and
// anything else unchanged; "" gives the locale's "undated" word.
func (l *Locale) Period(s string, short bool) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return l.Get("undated")
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		if short {
			return l.monthYear(t, true, strconv.Itoa(t.Day())+" ")
		}
		return l.Date(t)
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return l.monthYear(t, short, "")
	}
	year, part, _ := strings.Cut(s, "-")
	if part == "" && len(s) == 2 && (s[0] == 'Q' || s[0] == 'H') {
		year, part = "", s
	}
	if len(part) == 2 && (part[0] == 'Q' || part[0] == 'H') {
		key := map[byte]string{'Q': "quarter", 'H': "half"}[part[0]]
		return strings.TrimSpace(l.Fill(key, "n", part[1:], "y", year))
	}
	return s
}

// monthYear writes "November 2026" or, short, "Nov 2026", after prefix (a day).
func (l *Locale) monthYear(t time.Time, short bool, prefix string) string {
	key := "months"
	if short {
		key = "months_short"
	}
	months := l.List(key)
	if len(months) != 12 {
		return t.Format("2006-01")
	}
	return prefix + l.Fill("month_year", "month", months[t.Month()-1], "y", strconv.Itoa(t.Year()))
}

// join lists items the way a person writes them: "A", "A and B", "A, B and C".
func (l *Locale) Join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + l.Get("and") + " " + items[len(items)-1]
}

// quote wraps s in the locale's quotation marks, shortened to at most max characters with "…".
func (l *Locale) Quote(s string, max int) string {
	return l.Get("quote_open") + Truncate(squeeze(s), max) + l.Get("quote_close")
}

// Truncate shortens s to at most max characters, cutting at a word boundary when one is near and
// ending with "…".
func Truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}

// span writes the dates from a to b: one date when they fall on the same day, "17–22 November
// 2026" within a month, "30 October – 5 November 2025" within a year ("span_year"), else the
// "span" pattern with both long dates.
func (l *Locale) Span(a, b time.Time) string {
	switch {
	case a.IsZero() || b.IsZero() || a.Equal(b):
		return l.Date(a)
	case a.Year() == b.Year() && a.Month() == b.Month():
		if p, ok := l.Lookup("span_month"); ok {
			return Fill(p, "d1", strconv.Itoa(a.Day()), "d2", strconv.Itoa(b.Day()),
				"month", l.List("months")[a.Month()-1], "y", strconv.Itoa(a.Year()))
		}
	}
	if p, ok := l.Lookup("span_year"); ok && a.Year() == b.Year() {
		return Fill(p, "d1", strconv.Itoa(a.Day()), "month1", l.List("months")[a.Month()-1], "to", l.Date(b))
	}
	if p, ok := l.Lookup("span"); ok {
		return Fill(p, "from", l.Date(a), "to", l.Date(b))
	}
	return l.Date(a) + " – " + l.Date(b)
}
