package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DealAbbrev end with a period without ending a sentence (compared lower-cased, no period).
var DealAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"fla": true, "calif": true, "mich": true, "ore": true, "va": true, "ill": true, "ariz": true,
	"mass": true, "conn": true, "tenn": true, "ky": true, "wash": true, "tex": true, "jr": true,
	"bros": true, "cos": true, "plc": true, "etc": true, "approx": true, "m": true, "mme": true,
}

// dealSuffixAbbrev are corporate suffixes: after one, a period and a capital end a sentence.
var dealSuffixAbbrev = map[string]bool{"inc": true, "corp": true, "ltd": true, "plc": true}

// dealStarters are words that begin a new sentence after an abbreviation-like word.
var dealStarters = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "They": true, "In": true, "Its": true,
	"This": true, "That": true, "A": true, "An": true, "Terms": true, "But": true, "Reuter": true,
	"Le": true, "La": true, "Les": true, "Il": true, "Elle": true, "Ce": true, "Cette": true,
}

// DealSplit splits a paragraph after . ! ? followed by a space and a capital letter, a
// digit or a quote, except after abbreviations and initials.
func DealSplit(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		for i < len(p) && !dealSplitLead[p[i]] {
			i++ // most bytes, one load each
		}
		if i == len(p) {
			break
		}
		c := p[i]
		if capitalLead[c] {
			if i > start && lowerBefore(p, i) && gluedWord(p, i) {
				// "…la reprise de sa saisonLa Ligue a annoncé": a word and a sentence glued.
				if s := strings.TrimSpace(p[start:i]); s != "" {
					out = append(out, s)
				}
				start = i
			}
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '"' || p[j] == ')' || p[j] == '\'') {
			j++
		}
		if next := dashBullet(p, j); next > 0 {
			if s := strings.TrimSpace(p[start:j]); s != "" {
				out = append(out, s)
			}
			start = next
			continue
		}
		if dealGlued(p, i, j) {
			// "…après-midi.Paris a confirmé": sentences dealGlued without a space.
			if s := strings.TrimSpace(p[start:j]); s != "" {
				out = append(out, s)
			}
			start = j
			continue
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '«' || next == '“') {
			continue
		}
		if c == '.' && !dealPeriodEnds(p[start:i], p[j+1:]) {
			continue
		}
		if s := strings.TrimSpace(p[start:j]); s != "" {
			out = append(out, s)
		}
		start = j + 1
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// dealSplitLead marks the bytes dealSplit stops at: sentence ends and capitals (see capitalLead).
var dealSplitLead = func() (t [256]bool) {
	t = capitalLead
	t['.'], t['!'], t['?'] = true, true, true
	return t
}()

// dealGlued reports whether the punctuation at p[i] ends a sentence that the next one follows
// without a space: a lower-case letter (two or more in a row) before it, a capital after it.
func dealGlued(p string, i, j int) bool {
	if j+1 >= len(p) || i < 2 {
		return false
	}
	// The width decoded, not utf8.RuneLen: an invalid byte decodes as a 3-byte U+FFFD.
	before, w := utf8.DecodeLastRuneInString(p[:i])
	before2, _ := utf8.DecodeLastRuneInString(p[:i-w])
	r, n := utf8.DecodeRuneInString(p[j:])
	r2, _ := utf8.DecodeRuneInString(p[j+n:])
	// "…communiqué.\"Ce sera", "…de STX.Le ministre"; not "U.S." nor "Inc.,".
	if before == ')' || before == '»' || before == '"' {
		// "…(sur console ou PC).Le rachat": a closing mark, then a glued sentence.
		return unicode.IsUpper(r) && (unicode.IsLower(r2) || r2 == '\'' || r2 == '’')
	}
	if (r == 'A' || r == 'À') && r2 == ' ' && unicode.IsLower(before) && unicode.IsLower(before2) {
		return true // "…de la compagnie.A Wall Street": a French "À" opens the next sentence
	}
	if unicode.IsDigit(before) && unicode.IsDigit(before2) {
		// "…acquis Monsanto en 2018.William Shubb a précisé": a number ends the sentence.
		return unicode.IsUpper(r) && unicode.IsLower(r2)
	}
	return unicode.IsUpper(r) && (unicode.IsLower(r2) || r2 == '\'' || r2 == '’') && unicode.IsLetter(before2) &&
		(unicode.IsLower(before) || unicode.IsUpper(before) && unicode.IsUpper(before2) && p[i-1] != '.')
}

// dealPeriodEnds decides whether the period after before ends the sentence, given the text after.
func dealPeriodEnds(before, after string) bool {
	w := before[strings.LastIndexAny(before, " (")+1:]
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		w = w[i+1:] // "U.S." / "G.D." style initials
		if len(w) <= 1 {
			return false
		}
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	if dealSuffixAbbrev[strings.ToLower(w)] {
		return true // "…Fortune Savings Inc. Tarrow Ltd said": a name ends the sentence
	}
	if DealAbbrev[strings.ToLower(w)] {
		nextWord := after
		if k := strings.IndexByte(after, ' '); k >= 0 {
			nextWord = after[:k]
		}
		return dealStarters[nextWord]
	}
	return true
}
