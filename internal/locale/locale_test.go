package locale

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"marketbrief/internal/model"
)

func load(t *testing.T, lang string) *Locale {
	t.Helper()
	l, err := Load(nil, lang)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestFormats(t *testing.T) {
	t.Parallel()
	en, fr := load(t, "en"), load(t, "fr")
	usd := func(a float64) *model.Money { return &model.Money{Amount: a, Currency: "USD"} }
	eur := func(a float64) *model.Money { return &model.Money{Amount: a, Currency: "EUR"} }
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		got    func(l *Locale) string
		wantEN string
		wantFR string
	}{
		{"billions", func(l *Locale) string { return l.Money(usd(19.7e9)) }, "$19.7\u00a0billion", "19,7\u00a0milliards\u00a0de dollars"},
		{"one billion euros", func(l *Locale) string { return l.Money(eur(1.2e9)) }, "€1.2\u00a0billion", "1,2\u00a0milliard\u00a0d’euros"},
		{"millions", func(l *Locale) string { return l.Money(eur(350e6)) }, "€350\u00a0million", "350\u00a0millions\u00a0d’euros"},
		{"small amount", func(l *Locale) string { return l.Money(usd(500000)) }, "$500,000", "500\u202f000\u00a0dollars"},
		{"other currency", func(l *Locale) string { return l.Money(&model.Money{Amount: 2e9, Currency: "CHF"}) }, "2 billion CHF", "2\u00a0milliards\u00a0CHF"},
		{"percent", func(l *Locale) string { return l.Percent(33) }, "33%", "33\u202f%"},
		{"percent decimal", func(l *Locale) string { return l.Percent(4.5) }, "4.5%", "4,5\u202f%"},
		{"date", func(l *Locale) string { return l.Date(day) }, "23 November 2026", "23 novembre 2026"},
		{"first of the month", func(l *Locale) string { return l.Date(day.AddDate(0, 1, -22)) }, "1 December 2026", "1er décembre 2026"},
		{"quarter", func(l *Locale) string { return l.Period("2026-Q3", false) }, "Q3 2026", "T3 2026"},
		{"bare quarter", func(l *Locale) string { return l.Period("Q2", false) }, "Q2", "T2"},
		{"month short", func(l *Locale) string { return l.Period("2026-11", true) }, "Nov 2026", "nov. 2026"},
		{"year", func(l *Locale) string { return l.Period("2014", true) }, "2014", "2014"},
		{"undated", func(l *Locale) string { return l.Period("", true) }, "undated", "non datée"},
		{"join three", func(l *Locale) string { return l.Join([]string{"A", "B", "C"}) }, "A, B and C", "A, B et C"},
		{"join two", func(l *Locale) string { return l.Join([]string{"A", "B"}) }, "A and B", "A et B"},
		{"thousands", func(l *Locale) string { return l.Number(1234567, 0) }, "1,234,567", "1\u202f234\u202f567"},
		{"plural 1.5", func(l *Locale) string { return l.Form("one|many", 1.5) }, "many", "one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.got(en); got != tt.wantEN {
				t.Errorf("en: got %q, want %q", got, tt.wantEN)
			}
			if got := tt.got(fr); got != tt.wantFR {
				t.Errorf("fr: got %q, want %q", got, tt.wantFR)
			}
		})
	}
}

// The English and French files have the same keys: a key added to one language is added to all.
func TestLanguagesHaveTheSameKeys(t *testing.T) {
	en, fr := load(t, "en").Map(), load(t, "fr").Map()
	for k := range en {
		if _, ok := fr[k]; !ok && !strings.HasPrefix(k, "at.") && !strings.HasPrefix(k, "in.") && !strings.HasPrefix(k, "region.") && !strings.HasPrefix(k, "money.") && !strings.HasPrefix(k, "market.name.") {
			t.Errorf("fr.txt lacks %s", k)
		}
	}
	for k := range fr {
		if _, ok := en[k]; !ok && !strings.HasPrefix(k, "at.") && !strings.HasPrefix(k, "in.") && !strings.HasPrefix(k, "region.") && !strings.HasPrefix(k, "money.") && !strings.HasPrefix(k, "market.name.") && !strings.HasPrefix(k, "day.") && !strings.HasSuffix(k, ".elided") && k != "of_elided" && k != "elide_before" {
			t.Errorf("en.txt lacks %s", k)
		}
	}
}

// A folder's locale.LANG.txt adds a language; one without required keys is refused with them
// named; a language without a file reads in English.
func TestLoad(t *testing.T) {
	en, _ := Load(nil, "en")
	de := strings.Replace(strings.Replace(mapText(en.Map()), `section.summary = "Summary"`, "section.summary = Zusammenfassung", 1), `wb.Summary = "Summary"`, "wb.Summary = Übersicht", 1)
	l, err := Load(fstest.MapFS{"locale.de.txt": {Data: []byte(de)}}, "de")
	if err != nil || l.Get("section.summary") != "Zusammenfassung" || l.Get("wb.Summary") != "Übersicht" {
		t.Fatalf("German locale: %v, %q", err, l.Get("section.summary"))
	}
	if _, err := Load(fstest.MapFS{"locale.de.txt": {Data: []byte("decimal = ,\n")}}, "de"); err == nil || !strings.Contains(err.Error(), "missing keys") {
		t.Errorf("incomplete locale: %v", err)
	}
	if l, err := Load(nil, "it"); err != nil || l.Get("section.summary") != "Summary" {
		t.Errorf("a language without a file: %v", err)
	}
}

func mapText(m map[string]string) string {
	var b strings.Builder
	for k, v := range m {
		b.WriteString(k + " = " + strconv.Quote(v) + "\n")
	}
	return b.String()
}
