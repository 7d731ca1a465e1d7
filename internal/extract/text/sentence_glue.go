package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedSentence reports whether the punctuation at b[i] ends a sentence although no space
// follows it ("jeudi.Le gouvernement", "2019.La", "bourse.A Wall Street"), as in text whose line
// breaks were lost: a lower-case letter, a digit or "%" before, then a capital and a lower-case
// letter, or the one-letter word "A" or "À".
func gluedSentence(b string, i, end int) bool {
	if i == 0 || b[i] == '.' && i+1 != end && b[i+1] != '"' || inTicker(b, i) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	if !unicode.IsLower(prev) && prev != ')' && prev != '"' && prev != '»' && prev != '”' && prev != '%' && !('0' <= prev && prev <= '9') &&
		!acronymBefore(b, i) {
		return false
	}
	r, n := utf8.DecodeRuneInString(b[end:])
	next, _ := utf8.DecodeRuneInString(b[end+n:])
	if (r == 'A' || r == 'À') && next == ' ' {
		// "bourse.A Wall Street", not "v2.A" nor "Pininfarina S.p.A SpA".
		return b[i] == '.' && unicode.IsLower(prev) && lettersBefore(b, i) >= 3
	}
	return unicode.IsUpper(r) && (unicode.IsLower(next) || next == '\'')
}

// gluedWord reports whether the capital at b[i] starts a sentence glued to the word before it,
// its space and period lost ("le marché automobileLe groupe", "la hausseSelon"): the word before
// is all lower case, of at least 4 letters, or 3 before a word that opens sentences ("ansLe").
// After a number of 2 digits or more only an opener starts a glued sentence ("2025Selon").
// Names written with an inner capital stay whole: "iPhone" and "eBay" (one letter before),
// "OpenAI", "LinkedIn", "McDonald", "YouTube" (a capital before), "easyJet" (listed), and
// handles, hashtags and addresses ("@realDonaldTrump").
func gluedWord(b string, i int) bool {
	r, n := utf8.DecodeRuneInString(b[i:])
	next, _ := utf8.DecodeRuneInString(b[i+n:])
	if !unicode.IsUpper(r) || !unicode.IsLower(next) && next != '\'' {
		return false
	}
	lower, digits, j := 0, 0, i
	for j > 0 {
		p, m := utf8.DecodeLastRuneInString(b[:j])
		if !isWordRune(p) {
			break
		}
		switch {
		case '0' <= p && p <= '9' && lower == 0:
			digits++
		case unicode.IsUpper(p) && digits == 0 && lower >= 3 && (j == m || !isWordRune(lastRune(b[:j-m]))):
			// A capitalised word ("NoëlParmi les Français"): glued only before an opener.
			return capitalGlued(b, i, n)
		case !unicode.IsLower(p) || digits > 0:
			return false
		default:
			lower++
		}
		j -= m
	}
	if digits > 0 {
		// "au premier trimestre 2025Selon Canalys", not "3Com" nor "20Minutes".
		return digits >= 2 && j > 0 && b[j-1] == ' ' && gluedOpeners[Fold(b[i:i+n+len(firstWordOf(b[i+n:]))])]
	}
	if lower < 3 || j > 0 && strings.IndexByte("@#/_", b[j-1]) >= 0 {
		return false // a handle, hashtag or address: "@realDonaldTrump"
	}
	w := b[i : i+n+len(firstWordOf(b[i+n:]))]
	if innerCapitalNames[b[j:i]+w] {
		return false
	}
	if next == '\'' {
		return lower >= 3 && elidedOpeners[w]
	}
	return lower >= 4 || gluedOpeners[Fold(w)]
}

// capitalGlued reports whether the capital at b[i] (n bytes) after a capitalised word starts a
// glued sentence ("achats de NoëlParmi les Français", "à ParisSelon l'Insee"): only a word that
// opens sentences does, of three letters or more, or of two before another opener ("NoëlIn
// the"), so that "McDonald", "PayPal", "YouTube", "DeepMind" or "LinkedIn" stay whole.
func capitalGlued(b string, i, n int) bool {
	w := b[i : i+n+len(firstWordOf(b[i+n:]))]
	if !gluedOpeners[Fold(w)] {
		return false
	}
	if utf8.RuneCountInString(w) >= 3 {
		return true
	}
	rest := b[i+len(w):]
	return strings.HasPrefix(rest, " ") && gluedOpeners[Fold(firstWordOf(rest[1:]))]
}

// lastRune returns the last rune of s, or utf8.RuneError when s is empty.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// elidedOpeners are the capitals that start a sentence before an apostrophe ("L'usine",
// "D'après", "C'est", "S'il", "Qu'il").
var elidedOpeners = map[string]bool{"L": true, "D": true, "C": true, "S": true, "J": true, "N": true, "Qu": true}

// gluedOpeners are the words that open most glued sentences of scraped French and English
// news (folded); after a word of 3 letters they mean a sentence was glued.
var gluedOpeners = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "en": true,
	"dans": true, "pour": true, "selon": true, "si": true, "il": true, "ils": true, "elle": true,
	"elles": true, "ce": true, "cette": true, "ces": true, "cet": true, "mais": true, "apres": true,
	"sur": true, "au": true, "aux": true, "depuis": true, "alors": true, "the": true, "in": true,
	"it": true, "this": true, "but": true, "according": true, "after": true, "parmi": true,
}

// innerCapitalNames are names written in one word with a capital inside after 3 or more
// lower-case letters: never a glued sentence.
var innerCapitalNames = map[string]bool{"easyJet": true, "bioMérieux": true}

// inTicker reports whether b[i] is inside a word that opens a wire ticker ("<Neoy.He>").
func inTicker(b string, i int) bool {
	j := strings.LastIndexByte(b[:i], ' ')
	return b[j+1] == '<'
}

// acronymBefore reports whether b[:i] ends with a word of two capitals or more ("à RTL.Une
// soirée"), not with initials ("U.S.A").
func acronymBefore(b string, i int) bool {
	j, n := i, 0
	for j > 0 {
		r, m := utf8.DecodeLastRuneInString(b[:j])
		if !unicode.IsUpper(r) {
			break
		}
		n++
		j -= m
	}
	return n >= 2 && (j == 0 || b[j-1] != '.')
}

// lettersBefore returns the number of letters right before b[i].
func lettersBefore(b string, i int) int {
	n := 0
	for i > 0 {
		r, m := utf8.DecodeLastRuneInString(b[:i])
		if !unicode.IsLetter(r) {
			break
		}
		n++
		i -= m
	}
	return n
}
