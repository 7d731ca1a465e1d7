package deal

import (
	"marketbrief/internal/extract/vendor"

	"strings"
	"unicode"
	"unicode/utf8"
)

// commonWord reports whether a one-word name is an ordinary word that a sentence start or a
// headline capitalized ("About 1,400 enterprises…", "Cloud hybride : …", "Client historique
// de…"): the document writes it in lower case somewhere and never capitalized inside a sentence.
// Names the vendor recogniser knows and names only a company can bear are never common words.
func (c *dealContext) commonWord(name string) bool {
	if name == "" || strings.ContainsAny(name, " -&.") || c.mentioned[name] || vendor.CoFirmLike(name) {
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
	v := vendor.WordOccurs(text, lower, func(int) bool { return true }) &&
		!vendor.WordOccurs(text, name, func(i int) bool { return vendor.MidSentence(text, i) })
	c.common[name] = v
	return v
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
