// Package locale is the one place for a language's words and conventions: the labels of the
// brief, the charts and the workbook, and how numbers, percentages, money, periods and dates are
// written. Each language is one file, "KEY = VALUE" per line (LANG.txt, embedded; a folder may
// hold locale.LANG.txt to override or add a language), so that a new language is a new file.
package locale

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"strconv"
	"strings"
)

//go:embed *.txt
var embedded embed.FS

// Locale holds the words and conventions of one language: one "key = value" per line, '#'
// starts a comment, and a value in double quotes is unquoted as a Go string (so "\u202f" can be
// written visibly). It is read-only once loaded.
type Locale struct {
	m map[string]string
}

// Load returns the locale of lang: fsys's locale.LANG.txt when fsys has one, else the embedded
// LANG.txt, else the embedded English (a language without words of its own reads in English,
// as a language without a brief template gets the English brief). fsys may be nil.
func Load(fsys fs.FS, lang string) (*Locale, error) {
	name := "locale." + lang + ".txt"
	src, err := fs.ReadFile(embedded, lang+".txt")
	if fsys != nil {
		if b, ferr := fs.ReadFile(fsys, name); ferr == nil {
			src, err = b, nil
		}
	}
	if err != nil {
		name = "en.txt"
		src, err = fs.ReadFile(embedded, name)
	}
	if err != nil {
		return nil, fmt.Errorf("read locale: %w", err)
	}
	l, err := Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return l, nil
}

// Parse reads a locale's text and checks that every required key is present.
func Parse(text string) (*Locale, error) {
	l, err := parse(text)
	if err != nil {
		return nil, err
	}
	return l, l.check()
}

// With returns a copy of l whose keys are replaced or extended by those of text (a brief
// template's own locale block, for one).
func (l *Locale) With(text string) (*Locale, error) {
	over, err := parse(text)
	if err != nil {
		return nil, err
	}
	out := &Locale{m: maps.Clone(l.m)}
	maps.Copy(out.m, over.m)
	return out, out.check()
}

// Map returns a copy of every key and value.
func (l *Locale) Map() map[string]string {
	return maps.Clone(l.m)
}

// parse reads "key = value" lines.
func parse(text string) (*Locale, error) {
	l := &Locale{m: map[string]string{}}
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("locale line %d: expected key = value, got %q", n, line))
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if strings.HasPrefix(value, `"`) {
			u, err := strconv.Unquote(value)
			if err != nil {
				errs = append(errs, fmt.Errorf("locale line %d: %s: bad quoted value %s", n, key, value))
				continue
			}
			value = u
		}
		l.m[key] = value
	}
	return l, errors.Join(errs...)
}

// check lists the required keys l lacks, so that writing a new language is guided by the error.
func (l *Locale) check() error {
	var missing []string
	for _, k := range requiredKeys() {
		if _, ok := l.m[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("locale: missing keys %s", strings.Join(missing, ", "))
	}
	return nil
}

// squeeze replaces runs of ASCII white space with one space and trims the ends, keeping
// no-break spaces.
func squeeze(s string) string {
	ascii := func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }
	return strings.Join(strings.FieldsFunc(s, ascii), " ")
}

// requiredKeys are the locale keys the code looks up; a template missing one is rejected with the
// full list, so that writing a new language's template is guided by the error.
func requiredKeys() []string {
	return []string{
		"decimal", "thousands", "and", "plural", "percent", "months", "months_short", "date",
		"month_year", "quarter", "half", "quote_open", "quote_close", "ellipsis_more",
		"money.other", "money.other.scaled", "scale.million", "scale.billion", "scale.trillion",
		"section.summary", "section.figures", "section.charts", "section.since", "section.vendors",
		"section.deals", "section.shares", "section.sources", "section.evidence",
		"fig.documents", "fig.vendors", "fig.deals", "fig.value", "fig.shares", "fig.skipped",
		"fig.with_value", "fig.none",
		"col.vendor", "col.mentions", "col.documents", "col.sov", "col.roles", "col.latest",
		"col.date", "col.type", "col.parties", "col.value", "col.share", "col.period", "col.region",
		"col.before", "col.now", "col.new", "col.title", "col.document", "col.language", "col.fact",
		"col.evidence", "col.sources",
		"undated", "none", "page", "as_of", "keywords",
		"col.market", "background", "implausible", "shares.unmarketed", "sources.note", "sources.empty",
	}
}

// get returns the value of key, or "" when the template does not define it.
func (l *Locale) Get(key string) string {
	return l.m[key]
}

// lookup returns the value of key and whether the template defines it.
func (l *Locale) Lookup(key string) (string, bool) {
	v, ok := l.m[key]
	return v, ok
}

// fill replaces each {name} in the value of key with its value from pairs (name, value, …).
func (l *Locale) Fill(key string, pairs ...string) string {
	return Fill(l.Get(key), pairs...)
}

// fill replaces each {name} in pattern with its value from pairs (name, value, …).
func Fill(pattern string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		pattern = strings.ReplaceAll(pattern, "{"+pairs[i]+"}", pairs[i+1])
	}
	return pattern
}

// form picks the singular or plural form of a "one|other" value for n. The locale's "plural" key
// says which numbers take the singular: "one" (exactly 1, English) or "below2" (under 2, French).
func (l *Locale) Form(forms string, n float64) string {
	one, other, ok := strings.Cut(forms, "|")
	if !ok {
		return forms
	}
	singular := n == 1 || n == -1
	if l.Get("plural") == "below2" {
		singular = n > -2 && n < 2
	}
	if singular {
		return one
	}
	return other
}

// plural returns the form of the value of key for n.
func (l *Locale) Plural(key string, n float64) string {
	return l.Form(l.Get(key), n)
}

// list returns the comma-separated values of key ("January, February, …").
func (l *Locale) List(key string) []string {
	var out []string
	for _, s := range strings.Split(l.Get(key), ",") {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}
