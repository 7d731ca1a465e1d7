package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower returns s lower-cased with its byte offsets kept: every capital whose small letter is
// written in as many bytes becomes that letter ("É" → "é", "À" → "à", "ACME" → "acme"), so an
// offset found in Lower(s) is one in s. Accents stay (see Fold for comparisons without them).
// A string without capitals is returned as is, without a copy.
func Lower(s string) string {
	i := firstCapital(s, 0)
	if i == len(s) {
		return s
	}
	// One allocation: the builder's buffer becomes the string, where []byte(s) then string(b)
	// made two copies (the deal part lowers every sentence).
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[from:i])
				b.WriteByte(c + 'a' - 'A')
				from = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l, ok := sameWidthLower(r, n); ok {
			b.WriteString(s[from:i])
			b.WriteRune(l)
			from = i + n
		}
		i += n
	}
	b.WriteString(s[from:])
	return b.String()
}

// firstCapital returns the index, from i on, of the first capital of s that Lower changes, or
// len(s).
func firstCapital(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := sameWidthLower(r, n); ok {
			return i
		}
		i += n
	}
	return len(s)
}

// sameWidthLower returns the small letter of r, a capital written in n bytes, when it is
// written in n bytes too.
func sameWidthLower(r rune, n int) (rune, bool) {
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return r, false
	}
	l := unicode.ToLower(r)
	return l, l != r && utf8.RuneLen(l) == n
}

// WordStart moves i back to the start of the word it is in, so that a window never starts
// inside a word.
func WordStart(s string, i int) int {
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	return i
}
