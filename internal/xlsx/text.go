package xlsx

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the length of a cell's text, in UTF-16 code units.
const maxCellChars = 32767

// clean makes corpus text safe for a cell: invalid UTF-8 and characters that XML 1.0 forbids
// (control characters other than tab, newline and carriage return, U+FFFE, U+FFFF) are dropped, and
// text longer than Excel's limit is cut and ends with an ellipsis.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	units := 0
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				continue
			}
		}
		if !xmlChar(r) {
			continue
		}
		n := utf16.RuneLen(r)
		if units+n > maxCellChars-1 {
			b.WriteRune('…')
			break
		}
		units += n
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether s needs no change from clean; it is the fast path for ordinary text.
func isClean(s string) bool {
	// A string of at most maxCellChars bytes has at most that many UTF-16 units.
	if len(s) > maxCellChars || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !xmlChar(r) {
			return false
		}
	}
	return true
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// dateCell returns a time for a full YYYY-MM-DD date, so that it becomes a date cell, and the cleaned
// text for anything else (partial dates such as "2014" or "2020-Q3" stay text); nil for "".
func dateCell(s string) any {
	if s == "" {
		return nil
	}
	if len(s) == len(time.DateOnly) {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t
		}
	}
	return clean(s)
}

// fileURL returns the file:// URL of an absolute path.
func fileURL(path string) string {
	p := strings.ReplaceAll(path, `\`, "/")
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows path such as C:/corpus
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// joinClean cleans and joins a list of corpus strings.
func joinClean(xs []string, sep string) string {
	return clean(strings.Join(xs, sep))
}
