package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord   = 'w' // starts with a letter: "Huawei", "U.S", "T-Systems", "AT&T"
	tokNumber = 'n' // starts with a digit: "2020", "17,9", "3.5", "1,000"
	tokPunct  = 'p' // one other character: "%", "(", "'", "«"
)

// token is a word, number or punctuation mark of a sentence, with its byte offsets.
type token struct {
	start, end int
	text       string
	low        string // text folded (see fold), computed once
	kind       byte
}

// tokenize cuts s into tokens. Words keep inner hyphens, ampersands and dots ("Amazon.com",
// "U.S"; a final dot is punctuation); numbers keep inner dots and commas between digits. An
// apostrophe is a token of its own, so "Huawei's" is "Huawei", "'", "s" and "l'Orange" is "l",
// "'", "Orange".
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := scanWord(s, i+n)
			kind := byte(tokWord)
			if r < utf8.RuneSelf && '0' <= r && r <= '9' {
				kind = tokNumber
			}
			toks = append(toks, token{start: i, end: j, text: s[i:j], low: lowWord(s[i:j]), kind: kind})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, text: s[i : i+n], low: s[i : i+n], kind: tokPunct})
			i += n
		}
	}
	return toks
}

// scanWord returns the end of the word or number that continues at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += n
			continue
		}
		// Joiners stay inside a word when a word character follows them.
		if (r == '-' || r == '&' || r == '.' || r == ',' || r == '_') && i+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == ',' && !(isDigitByte(s[i-1]) && isDigitByte(s[i+n])) {
				break
			}
			if r == '.' && isDigitByte(s[i-1]) != isDigitByte(s[i+n]) {
				break
			}
			// "Amazon.com", "U.S" stay whole; "Twitter.Sur" (a lost space) does not.
			if r == '.' && unicode.IsUpper(next) && !singleLetterBefore(s, i) {
				break
			}
			if isWordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// singleLetterBefore reports whether s[:i] ends with a one-letter word, as in "U.S" or "S.A".
func singleLetterBefore(s string, i int) bool {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	if i-n == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-n])
	return !isWordRune(r)
}

// lowWord folds a word, keeping apart the one pair where the accent carries the meaning the
// share rules need: "marché" (market) folds to "marche", "marche" (walk, "La République en
// marche") to "marche~".
func lowWord(w string) string {
	f := fold(w)
	if (f == "marche" || f == "marches") && !strings.ContainsAny(w, "éÉ") {
		return f + "~"
	}
	return f
}
