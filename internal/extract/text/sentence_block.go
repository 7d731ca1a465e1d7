package text

import (
	"strings"
	"unicode/utf8"
)

// splitBlock cuts a block of text (a paragraph, line breaks already resolved) at sentence ends:
// ".", "!", "?" or "…", possibly followed by closing quotes or brackets, then white space and a
// capital letter, a digit or an opening quote. A period after an abbreviation ("Inc.", "U.S.",
// "Mr.", "e.g.") or an initial ends a sentence only when a word that usually starts one follows.
func splitBlock(b string) []string {
	var out []string
	start := 0
	for i := 0; i < len(b); i++ {
		for i < len(b) && !sentenceEndLead[b[i]] {
			i++ // most bytes, one load each
		}
		if i == len(b) {
			break
		}
		c := b[i]
		if capitalLead[c] {
			if i > start && lowerBefore(b, i) && gluedWord(b, i) {
				out = append(out, b[start:i])
				start = i
			}
			continue
		}
		if c == 0xe2 && !strings.HasPrefix(b[i:], "…") {
			continue
		}
		end := i + 1
		if c == 0xe2 {
			end = i + len("…")
		}
		for end < len(b) && strings.ContainsRune(".!?", rune(b[end])) {
			end++
		}
		end = skipClosers(b, end)
		if next := dashBullet(b, end); next > 0 {
			out = append(out, b[start:end]) // "…de la pandémie.- La NHL annonce…": a list of briefs
			start = next
			i = next - 1
			continue
		}
		if end < len(b) && b[end] != ' ' && gluedSentence(b, i, end) {
			out = append(out, b[start:end])
			start = end
			i = end - 1
			continue
		}
		if end >= len(b) || b[end] != ' ' {
			continue
		}
		next := strings.TrimLeft(b[end:], " ")
		if !startsSentence(next) {
			continue
		}
		if c == '.' && !periodEndsSentence(b[start:i], next) {
			continue
		}
		out = append(out, b[start:end])
		start = end
		i = end - 1
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return out
}

// sentenceEndLead marks the bytes that may end a sentence: ".", "!", "?" and the first byte of
// "…"; and those that may start a capital, where a glued sentence may start (see gluedWord).
var sentenceEndLead = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', 0xe2} {
		t[c] = true
	}
	for c := range capitalLead {
		t[c] = t[c] || capitalLead[c]
	}
	return t
}()

// capitalLead marks the ASCII capitals and 0xC3, the first byte of "À"…"Ý" (and of "à"…"ÿ").
var capitalLead = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t[0xc3] = true
	return t
}()

// lowerBefore reports whether the byte before b[i] may end a glued sentence: an ASCII
// lower-case letter or digit, or any character outside ASCII (gluedWord checks which).
func lowerBefore(b string, i int) bool {
	c := b[i-1]
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80
}

// skipClosers skips closing quotes and brackets after a sentence's final punctuation.
func skipClosers(b string, i int) int {
	for i < len(b) {
		r, n := utf8.DecodeRuneInString(b[i:])
		if !strings.ContainsRune("\"')]»”’", r) {
			break
		}
		i += n
	}
	return i
}

// startsSentence reports whether s can be the start of a sentence.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsUpperStart(s) || ('0' <= r && r <= '9') || strings.ContainsRune("\"«“'(•[", r) || r == '-' || r == '–'
}

// periodEndsSentence decides whether a period after before (the sentence so far) ends it, next
// being the text that follows.
func periodEndsSentence(before, next string) bool {
	w := trailingWord(before)
	if w == "" {
		return true
	}
	lw := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	initial := utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) == 1 && IsUpperStart(w)
	dotted := strings.Contains(w, ".") && IsUpperStart(w) && (len(w) <= 6 || initials(w)) // "U.S", "S.A", "C.O.M.B"
	if !sentenceAbbrev[lw] && !initial && !dotted {
		return true
	}
	if w == "M" {
		return false // "selon M. Le Cerf": the French "Monsieur" before a name
	}
	if corporateSuffix[lw] {
		return !IsLowerStart(next) // "…in Sirius Corp. Atlassian Inc said…": a name ends the sentence
	}
	nw := strings.ToLower(trailingWord(firstWordOf(next)))
	return starterWords[nw]
}

// corporateSuffix are the company suffixes after which a period and a capital end a sentence.
var corporateSuffix = map[string]bool{"inc": true, "corp": true, "ltd": true, "plc": true}

// initials reports whether w is letters each followed by a dot but the last ("C.O.M.B").
func initials(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// trailingWord returns the last run of letters, digits and dots of s ("U.S" of "in the U.S").
func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r != '.' && r != '&' && !isWordRune(r) {
			break
		}
		i -= n
	}
	return strings.Trim(s[i:], ".")
}

// firstWordOf returns the first word of s.
func firstWordOf(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// sentenceAbbrev are words that a period follows without ending the sentence (lower case, dots
// removed).
var sentenceAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "cos": true, "bros": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true, "vs": true,
	"eg": true, "ie": true, "cf": true, "approx": true, "est": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "jr": true, "sr": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "fig": true, "mme": true, "mlle": true, "me": true, "pp": true,
	"av": true, "bd": true, "env": true, "etc": false, "vol": true, "p": true, "op": true, "ref": true,
}

// starterWords usually start a sentence; after an abbreviation they mean the sentence ended.
var starterWords = map[string]bool{
	"the": true, "it": true, "this": true, "that": true, "these": true, "he": true, "she": true,
	"they": true, "we": true, "in": true, "but": true, "its": true, "a": true, "an": true, "as": true,
	"for": true, "on": true, "at": true, "after": true, "while": true, "however": true, "le": true,
	"la": true, "les": true, "il": true, "elle": true, "ils": true, "elles": true, "en": true,
	"un": true, "une": true, "ce": true, "cette": true, "mais": true, "selon": true, "pour": true,
	"dans": true, "depuis": true, "des": true, "nous": true, "l": true, "d": true,
}

// dashBullet returns where the next sentence starts when a dash opens it right after a
// sentence's end ("…pandémie.- La NHL…", "…hausse. – Selon…"), else 0. "U.S.-based" is no
// bullet: a sentence does not start in lower case.
func dashBullet(b string, end int) int {
	j := end
	for j < len(b) && b[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(b[j:], "-"):
		j++
	case strings.HasPrefix(b[j:], "–"), strings.HasPrefix(b[j:], "—"):
		j += len("–")
	default:
		return 0
	}
	k := j
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if k == j && j > end+1 || k >= len(b) || !startsSentence(b[k:]) {
		return 0 // "2024 -2025" or a dash inside a sentence
	}
	return k
}
