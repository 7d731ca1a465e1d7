package pdf

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// locale holds the words and number conventions of one brief language, read from the
// {{define "locale"}} block of its template: one "key = value" per line, '#' starts a comment, and a
// value in double quotes is unquoted as a Go string (so "\u202f" can be written visibly).
type locale struct {
	m map[string]string
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

// parseLocale reads the locale block's text and checks that every required key is present.
func parseLocale(text string) (*locale, error) {
	l := &locale{m: map[string]string{}}
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
	var missing []string
	for _, k := range requiredKeys() {
		if _, ok := l.m[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		errs = append(errs, fmt.Errorf("locale: missing keys %s", strings.Join(missing, ", ")))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return l, nil
}

// get returns the value of key, or "" when the template does not define it.
func (l *locale) get(key string) string {
	return l.m[key]
}

// lookup returns the value of key and whether the template defines it.
func (l *locale) lookup(key string) (string, bool) {
	v, ok := l.m[key]
	return v, ok
}

// fill replaces each {name} in the value of key with its value from pairs (name, value, …).
func (l *locale) fill(key string, pairs ...string) string {
	return fill(l.get(key), pairs...)
}

// fill replaces each {name} in pattern with its value from pairs (name, value, …).
func fill(pattern string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		pattern = strings.ReplaceAll(pattern, "{"+pairs[i]+"}", pairs[i+1])
	}
	return pattern
}

// form picks the singular or plural form of a "one|other" value for n. The locale's "plural" key
// says which numbers take the singular: "one" (exactly 1, English) or "below2" (under 2, French).
func (l *locale) form(forms string, n float64) string {
	one, other, ok := strings.Cut(forms, "|")
	if !ok {
		return forms
	}
	singular := n == 1 || n == -1
	if l.get("plural") == "below2" {
		singular = n > -2 && n < 2
	}
	if singular {
		return one
	}
	return other
}

// plural returns the form of the value of key for n.
func (l *locale) plural(key string, n float64) string {
	return l.form(l.get(key), n)
}

// list returns the comma-separated values of key ("January, February, …").
func (l *locale) list(key string) []string {
	var out []string
	for _, s := range strings.Split(l.get(key), ",") {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}
