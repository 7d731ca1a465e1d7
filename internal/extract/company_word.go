package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dword is one space-separated word of a sentence, with its punctuation peeled off.
type dword struct {
	raw        string // as written
	core       string // without surrounding quotes, brackets and trailing punctuation
	lower      string // core lower-cased
	start, end int    // byte offsets of raw in the sentence
	stop       bool   // a comma, semicolon, colon, bracket or final period follows: a phrase ends here
	poss       bool   // core ends with 's (possessive); core keeps the 's
}

// coSplitWords cuts s into words. French elisions (l', d', qu') are split off as their own word so
// that "d'Orange" reads as "d'" "Orange".
func coSplitWords(s string) []dword {
	var ws []dword
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
func appendWord(ws []dword, s string, i, j int, last bool) []dword {
	raw := s[i:j]
	for _, el := range []string{"l'", "d'", "qu'", "L'", "D'", "l’", "d’", "L’", "D’", "qu’"} {
		if strings.HasPrefix(raw, el) && len(raw) > len(el) {
			ws = append(ws, dword{raw: el, core: el, lower: strings.ToLower(el), start: i, end: i + len(el)})
			i += len(el)
			raw = s[i:j]
			break
		}
	}
	w := dword{raw: raw, start: i, end: j}
	core := strings.TrimLeft(raw, "\"'“‘«(")
	for core != "" {
		r, n := utf8.DecodeLastRuneInString(core)
		if !strings.ContainsRune(",;:)\"'”’».!?", r) {
			break
		}
		switch r {
		case ',', ';', ':', ')', '!', '?':
			w.stop = true
		case '.':
			if last || !coAbbrevLike(core[:len(core)-n]) {
				w.stop = true
			}
		}
		if r == '\'' || r == '’' {
			if strings.HasSuffix(core[:len(core)-n], "s") { // plural possessive "Brothers'"
				w.poss = true
			}
		}
		core = core[:len(core)-n]
	}
	if strings.HasSuffix(core, "'s") || strings.HasSuffix(core, "’s") {
		w.poss = true
	}
	w.core = core
	w.lower = strings.ToLower(core)
	return append(ws, w)
}

// coAbbrevLike reports whether s (a word before a period) is an abbreviation or initials, so that
// the period does not end a phrase inside a sentence.
func coAbbrevLike(s string) bool {
	if dealAbbrev[strings.ToLower(s)] || strings.Contains(s, ".") {
		return true
	}
	n := utf8.RuneCountInString(s)
	r, _ := utf8.DecodeRuneInString(s)
	return n <= 4 && unicode.IsUpper(r)
}

// capitalized reports whether w starts with an upper-case letter or is a digit-led name (3M).
func (w dword) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.core)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		return strings.IndexFunc(w.core, unicode.IsLetter) > 0 && !strings.ContainsAny(w.core, ",.") && len(w.core) <= 5 && strings.IndexFunc(w.core, unicode.IsUpper) > 0
	}
	return false
}

// coWordIndex returns the index of the first word that starts at or after byte offset off.
func coWordIndex(ws []dword, off int) int {
	for i, w := range ws {
		if w.start >= off {
			return i
		}
	}
	return len(ws)
}

// coJoinWords returns the text of ws[i:j] as written, without the punctuation after the last word.
func coJoinWords(s string, ws []dword, i, j int) string {
	if i >= j {
		return ""
	}
	last := ws[j-1]
	end := last.start + strings.Index(last.raw, last.core) + len(last.core)
	first := ws[i]
	start := first.start + strings.Index(first.raw, first.core)
	if end < start {
		return ""
	}
	return s[start:end]
}
