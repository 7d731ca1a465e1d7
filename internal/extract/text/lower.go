package text

import (
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
	b := []byte(s)
	for i < len(b) {
		if c := b[i]; c < utf8.RuneSelf {
			b[i] = lowerBytes[c] // a look-up, not a branch the capitals would mispredict
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l, ok := sameWidthLower(r, n); ok {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b)
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

// lowerBytes maps each ASCII capital to its small letter and every other byte to itself.
var lowerBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// WordStart moves i back to the start of the word it is in, so that a window never starts
// inside a word.
func WordStart(s string, i int) int {
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	return i
}
