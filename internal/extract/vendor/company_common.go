package vendor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordOccurs reports whether w occurs in text as a whole word at a position where ok holds.
func WordOccurs(text, w string, ok func(int) bool) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		k += off
		off = k + len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[off:])
		if (k == 0 || !unicode.IsLetter(before)) && (off == len(text) || !unicode.IsLetter(after)) && ok(k) {
			return true
		}
	}
}

// MidSentence reports whether byte i of text is inside a sentence: a lower-case word or a comma
// comes before it on the same line.
func MidSentence(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return unicode.IsLower(r) || r == ','
}
