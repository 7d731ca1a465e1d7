package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// commonWord reports whether a one-word name is an ordinary word that a sentence start or a
// headline capitalized ("About 1,400 enterprises…", "Cloud hybride : …", "Client historique
// de…"): the document writes it in lower case somewhere and never capitalized inside a sentence.
// Names the vendor recogniser knows and names only a company can bear are never common words.
func (c *dealContext) commonWord(name string) bool {
	if name == "" || strings.ContainsAny(name, " -&.") || c.mentioned[name] || coFirmLike(name) {
		return false
	}
	if v, ok := c.common[name]; ok {
		return v
	}
	r, n := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) || n == len(name) {
		c.common[name] = false
		return false
	}
	text := c.doc.Title + "\n" + c.doc.Text
	lower := string(unicode.ToLower(r)) + name[n:]
	v := wordOccurs(text, lower, func(int) bool { return true }) &&
		!wordOccurs(text, name, func(i int) bool { return midSentence(text, i) })
	c.common[name] = v
	return v
}

// wordOccurs reports whether w occurs in text as a whole word at a position where ok holds.
func wordOccurs(text, w string, ok func(int) bool) bool {
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

// midSentence reports whether byte i of text is inside a sentence: a lower-case word or a comma
// comes before it on the same line.
func midSentence(text string, i int) bool {
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

// knownPair splits "A and B" / "A et B" when both are companies the vendor recogniser knows
// ("Amazon Web Services and Google Cloud"); names such as "Rogers and Cowan Inc" stay whole.
func (c *dealContext) knownPair(name string) (string, string, bool) {
	for _, sep := range []string{" and ", " et ", " & "} {
		a, b, ok := strings.Cut(name, sep)
		if !ok {
			continue
		}
		ka, okA := c.known[strings.ToLower(a)]
		kb, okB := c.known[strings.ToLower(b)]
		if okA && okB && ka != kb {
			return ka, kb, true
		}
	}
	return "", "", false
}
