package pdf

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/locale"
)

// day formats a date as people say it in a report: "24 November" within the report's year, else
// the long date. v is a time.Time or a string as date takes.
func (b *brief) day(v any) string {
	ref := b.asOf
	var t time.Time
	switch d := v.(type) {
	case time.Time:
		t = d
	case string:
		if p, err := time.Parse(time.RFC3339, d); err == nil {
			t = p
		} else if p, err := time.Parse(time.DateOnly, d); err == nil {
			t = p
		}
	}
	pat, ok := b.loc.Lookup("day_month")
	months := b.loc.List("months")
	if t.IsZero() || !ok || t.Year() != ref.Year() || len(months) != 12 {
		return b.date(v)
	}
	return locale.Fill(pat, "d", b.loc.Day(t.Day()), "month", months[t.Month()-1])
}

// at writes a region inside a sentence: "worldwide", "in China" ("at.REGION" when the locale
// has it, else the "at" pattern); an empty region gives "".
func (b *brief) at(r string) string {
	if r == "" {
		return ""
	}
	if s, ok := b.loc.Lookup("at." + r); ok {
		return s
	}
	return locale.Fill(b.loc.Get("at"), "r", b.region(r))
}

// market names a market in a sentence with the locale's "market.KIND" pattern ("the {m}
// market", "of the {m} market"…), kind being the, of or on. A name that already says "market"
// ("cloud infrastructure market") is not given a second one.
func (b *brief) market(kind, m string) string {
	if s, ok := b.loc.Lookup("market.name." + m); ok {
		m = s
	}
	pat := b.loc.Get("market." + kind)
	// « le marché de l’automobile », not « du automobile »: a name the locale elides before
	// (elide_before) takes the elided pattern when there is one.
	first, _ := utf8.DecodeRuneInString(m)
	if el, ok := b.loc.Lookup("market." + kind + ".elided"); ok && strings.ContainsRune(b.loc.Get("elide_before"), unicode.ToUpper(first)) {
		pat = el
	}
	lower := strings.ToLower(m)
	for _, word := range []string{"market", "marché"} {
		if strings.Contains(lower, word) {
			pat = strings.NewReplacer(" {m} "+word, " {m}", word+" du {m}", "{m}", word+" de l’{m}", "{m}", word+" de {m}", "{m}").Replace(pat)
		}
	}
	return locale.Fill(pat, "m", m)
}
