package vendor

import (
	"marketbrief/internal/extract/text"

	"strings"
	"unicode"
	"unicode/utf8"
)

// Dword is one space-separated word of a sentence, with its punctuation peeled off.
type Dword struct {
	Raw        string // as written
	Core       string // without surrounding quotes, brackets and trailing punctuation
	Lower      string // core lower-cased
	Start, end int    // byte offsets of raw in the sentence
	Stop       bool   // a comma, semicolon, colon, bracket or final period follows: a phrase ends here
	Poss       bool   // core ends with 's (possessive); core keeps the 's
}

// CoSplitWords cuts s into words. French elisions (l', d', qu') are split off as their own word so
// that "d'Orange" reads as "d'" "Orange".
func CoSplitWords(s string) []Dword {
	var ws []Dword
	i := 0
	for i < len(s) {
		for i < len(s) && coSpaceAt(s, i) > 0 {
			i += coSpaceAt(s, i)
		}
		j := i
		for j < len(s) && coSpaceAt(s, j) == 0 {
			j++
		}
		if j > i {
			ws = appendWord(ws, s, i, j, j == len(s))
		}
		i = j
	}
	return ws
}

// coSpaceAt returns the length of the space at s[i] (a space, or the no-break spaces French
// typography puts before ":" and inside quotes), or 0.
func coSpaceAt(s string, i int) int {
	switch {
	case s[i] == ' ':
		return 1
	case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
		return 2
	case s[i] == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xaf:
		return 3
	}
	return 0
}

// appendWord adds s[i:j] to ws, splitting a leading French elision.
func appendWord(ws []Dword, s string, i, j int, last bool) []Dword {
	raw := s[i:j]
	for _, el := range []string{"l'", "d'", "qu'", "L'", "D'", "l’", "d’", "L’", "D’", "qu’"} {
		if strings.HasPrefix(raw, el) && len(raw) > len(el) {
			ws = append(ws, Dword{Raw: el, Core: el, Lower: strings.ToLower(el), Start: i, end: i + len(el)})
			i += len(el)
			raw = s[i:j]
			break
		}
	}
	w := Dword{Raw: raw, Start: i, end: j}
	core := strings.TrimLeft(raw, "\"'“‘«(")
	for core != "" {
		r, n := utf8.DecodeLastRuneInString(core)
		if !strings.ContainsRune(",;:)\"'”’».!?", r) {
			break
		}
		switch r {
		case ',', ';', ':', ')', '!', '?':
			w.Stop = true
		case '.':
			if last || !coAbbrevLike(core[:len(core)-n]) {
				w.Stop = true
			}
		}
		if r == '\'' || r == '’' {
			if strings.HasSuffix(core[:len(core)-n], "s") { // plural possessive "Brothers'"
				w.Poss = true
			}
		}
		core = core[:len(core)-n]
	}
	if strings.HasSuffix(core, "'s") || strings.HasSuffix(core, "’s") {
		w.Poss = true
	}
	w.Core = core
	w.Lower = strings.ToLower(core)
	return append(ws, w)
}

// coAbbrevLike reports whether s (a word before a period) is an abbreviation or initials, so that
// the period does not end a phrase inside a sentence.
func coAbbrevLike(s string) bool {
	if text.DealAbbrev[strings.ToLower(s)] || strings.Contains(s, ".") {
		return true
	}
	n := utf8.RuneCountInString(s)
	r, _ := utf8.DecodeRuneInString(s)
	return n <= 4 && unicode.IsUpper(r)
}

// Capitalized reports whether w starts with an upper-case letter or is a digit-led name (3M).
func (w Dword) Capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.Core)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		return strings.IndexFunc(w.Core, unicode.IsLetter) > 0 && !strings.ContainsAny(w.Core, ",.") && len(w.Core) <= 5 && strings.IndexFunc(w.Core, unicode.IsUpper) > 0
	}
	return false
}

// CoWordIndex returns the index of the first word that starts at or after byte offset off.
func CoWordIndex(ws []Dword, off int) int {
	for i, w := range ws {
		if w.Start >= off {
			return i
		}
	}
	return len(ws)
}

// coJoinWords returns the text of ws[i:j] as written, without the punctuation after the last word.
func coJoinWords(s string, ws []Dword, i, j int) string {
	if i >= j {
		return ""
	}
	last := ws[j-1]
	end := last.Start + strings.Index(last.Raw, last.Core) + len(last.Core)
	first := ws[i]
	start := first.Start + strings.Index(first.Raw, first.Core)
	if end < start {
		return ""
	}
	return s[start:end]
}
