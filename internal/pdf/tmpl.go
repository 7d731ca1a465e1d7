package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// brief is a language's parsed template with its locale.
type brief struct {
	t   *template.Template
	loc *locale.Locale
	// asOf is the report's date, against which "day" drops the year of a date in the same year.
	asOf time.Time
}

// loadBrief parses brief.LANG.tmpl from fsys, falling back to brief.en.tmpl when the language has
// no template, and reads its locale block.
func loadBrief(fsys fs.FS, lang string) (*brief, error) {
	if fsys == nil {
		return nil, errors.New("no templates folder given")
	}
	name := "brief." + lang + ".tmpl"
	src, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) && lang != "en" {
		name = "brief.en.tmpl"
		src, err = fs.ReadFile(fsys, name)
	}
	if err != nil {
		return nil, fmt.Errorf("read brief template: %w", err)
	}
	loc, err := locale.Load(fsys, lang)
	if err != nil {
		return nil, err
	}
	b := &brief{loc: loc}
	// The functions close over b; its locale is the language's, with the template's own locale
	// block, if any, over it.
	b.t, err = template.New(name).Option("missingkey=error").Funcs(b.funcs()).Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if b.t.Lookup("locale") != nil {
		text, err := b.exec("locale", nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if b.loc, err = loc.With(text); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return b, nil
}

// exec runs the named template and returns its output.
func (b *brief) exec(name string, data any) (string, error) {
	if b.t.Lookup(name) == nil {
		return "", fmt.Errorf("no template %q: define it with {{define %q}}", name, name)
	}
	var buf bytes.Buffer
	if err := b.t.ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// paraSep is what {{para}} writes: Unicode's paragraph separator.
const paraSep = "\u2029"

// paragraphs runs the named template and splits its output into paragraphs where the template
// called {{para}}. Runs of ASCII white space, line breaks included, become one space and empty
// paragraphs are dropped, so a template may spread a sentence over lines and leave out whole
// paragraphs with {{if}}. No-break spaces (U+00A0, U+202F) are kept.
func (b *brief) paragraphs(name string, data any) ([]string, error) {
	text, err := b.exec(name, data)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range strings.Split(text, paraSep) {
		if p = squeeze(p); p != "" {
			out = append(out, fixPunctuation(p))
		}
	}
	return out, nil
}

// squeeze replaces runs of ASCII white space with one space and trims the ends. Unlike
// strings.Fields it keeps no-break spaces, which French typography puts before "%" and ":".
func squeeze(s string) string {
	ascii := func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }
	return strings.Join(strings.FieldsFunc(s, ascii), " ")
}

// fixPunctuation removes the spaces that template conditionals leave before a comma or full stop
// ending a clause ("Google ." becomes "Google."; ".NET" after a space is left alone).
func fixPunctuation(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i+1 < len(s) && (s[i+1] == ',' || s[i+1] == '.') && (i+2 == len(s) || s[i+2] == ' ') {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// funcs returns the functions templates use, driven by the locale.
func (b *brief) funcs() template.FuncMap {
	return template.FuncMap{
		"span":    func(a, c time.Time) string { return b.loc.Span(a, c) },
		"para":    func() string { return paraSep },
		"label":   func(key string) string { return b.loc.Get(key) },
		"num":     func(v any) string { return b.loc.Number(toFloat(v), 1) },
		"int":     func(v any) string { return b.loc.Number(toFloat(v), 0) },
		"percent": func(v any) string { return b.loc.Percent(toFloat(v)) },
		"money":   b.money,
		"date":    b.date,
		"period":  func(s string) string { return b.loc.Period(s, false) },
		"join":    func(items []string) string { return b.loc.Join(items) },
		"plural":  func(n any, one, other string) string { return b.loc.Form(one+"|"+other, toFloat(n)) },
		"count": func(n any, one, other string) string {
			f := toFloat(n)
			return b.loc.Number(f, 0) + " " + b.loc.Form(one+"|"+other, f)
		},
		"quote":  func(s string) string { return b.loc.Quote(s, 160) },
		"region": b.region,
		"in":     b.in,
		"at":     b.at,
		"market": b.market,
		"day":    b.day,
		"share":  b.share,
		"group": func(g model.GroupShare) model.MarketShare {
			return model.MarketShare{Share: g.Share, Qualifier: g.Qualifier, Region: g.Region, Period: g.Period}
		},
		"each":    b.each,
		"names":   names,
		"lang":    func(code string) string { return b.loc.Get("language." + code) },
		"upfirst": upFirst,
		"sov":     func(f float64) string { return b.loc.Percent(f * 100) },
		"counted": func(n any, one, other string) string {
			if toFloat(n) == 0 {
				return ""
			}
			return b.loc.Number(toFloat(n), 0) + " " + b.loc.Form(one+"|"+other, toFloat(n))
		},
		"nonempty": func(ss ...string) []string { return nonEmpty(ss...) },
		"firstn":   func(n int, ss []string) []string { return first(n, ss) },
		"append":   func(ss []string, more ...string) []string { return append(slices.Clip(ss), more...) },
		"minus":    func(a, b int) int { return a - b },
		"concat":   func(a, b []string) []string { return append(slices.Clip(a), b...) },
		"of":       b.of,
		"moneys": func(ms []model.Money) []string {
			var out []string
			for i := range ms {
				out = append(out, b.loc.Money(&ms[i]))
			}
			return out
		},
		// moneysTop formats the first n amounts, then counts the others: "$5 billion, €1.2
		// billion, £300 million and 7 other currencies" once joined.
		"moneysTop": func(n int, ms []model.Money, one, other string) []string {
			var out []string
			for i := range ms[:min(n, len(ms))] {
				out = append(out, b.loc.Money(&ms[i]))
			}
			if rest := len(ms) - n; rest > 0 {
				out = append(out, b.loc.Number(float64(rest), 0)+" "+b.loc.Form(one+"|"+other, float64(rest)))
			}
			return out
		},
	}
}

// of writes "of NAME" with the locale's "of" word, elided before the letters of "elide_before"
// (French: "de Google", "d’Amazon"); an empty "of" key gives the name alone.
func (b *brief) of(name string) string {
	first, _ := utf8.DecodeRuneInString(name)
	if el, ok := b.loc.Lookup("of_elided"); ok && strings.ContainsRune(b.loc.Get("elide_before"), unicode.ToUpper(first)) {
		return el + name
	}
	if of := b.loc.Get("of"); of != "" {
		return of + " " + name
	}
	return name
}

// money formats a *model.Money or model.Money.
func (b *brief) money(v any) string {
	switch m := v.(type) {
	case *model.Money:
		return b.loc.Money(m)
	case model.Money:
		return b.loc.Money(&m)
	}
	return ""
}

// date formats a time.Time, a YYYY-MM-DD string or an RFC 3339 time (as facts.json's
// generated_at) as a long date: never "2026-12-02T00:00:00Z" in a sentence.
func (b *brief) date(v any) string {
	switch d := v.(type) {
	case time.Time:
		return b.loc.Date(d)
	case string:
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			return b.loc.Date(t)
		}
		return b.loc.Period(d, false)
	}
	return ""
}

// region names a region in the brief's language ("region.China = Chine"), else as extracted.
func (b *brief) region(r string) string {
	if s, ok := b.loc.Lookup("region." + r); ok {
		return s
	}
	return r
}

// in writes "In China" / "En Chine" / "Globally" at the start of a sentence: "in.REGION" when the
// locale has it, else the "in" pattern.
func (b *brief) in(r string) string {
	if s, ok := b.loc.Lookup("in." + r); ok {
		return s
	}
	return b.loc.Fill("in", "r", b.region(r))
}

// share writes a market share with its qualifier: "more than 40%", "about 15%", "19%".
func (b *brief) share(s model.MarketShare) string {
	p := b.loc.Percent(s.Share)
	if pat, ok := b.loc.Lookup("qualifier." + s.Qualifier); ok {
		return locale.Fill(pat, "p", p)
	}
	return p
}

// each runs the named template on every element of a slice and returns the outputs, with white
// space squeezed, for join.
func (b *brief) each(name string, items any) ([]string, error) {
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("each: cannot range over %T", items)
	}
	out := make([]string, 0, v.Len())
	for i := range v.Len() {
		s, err := b.exec(name, v.Index(i).Interface())
		if err != nil {
			return nil, err
		}
		out = append(out, squeeze(s))
	}
	return out, nil
}
