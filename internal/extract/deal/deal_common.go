package deal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/vendor"
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
	c.common[name] = v || openerOnly(text, name, c.doc.Language != "fr")
	return c.common[name]
}

// openerOnly reports whether name, a capitalized word, is written only where a sentence opens
// and never as a name is: each time after a sentence's end, the text's start or a paragraph's
// indent, and followed by a lower-case word ("Latest year net includes…", "Surplus funds from
// the sale…", "Involved in the dispute…", « Profitant de la cession… »). A company named by one
// word is said once with its legal form or a capitalized word ("Ravel Corp", "Ravel Group"), or
// named inside a sentence ("the sale to Ravel"), or known to the vendor recogniser: none of
// these holds for an opener.
func openerOnly(text, name string, english bool) bool {
	if strings.ToUpper(name) == name {
		return false // "DEP", "RJR": acronyms are names wherever they stand
	}
	seen := false
	ok := !vendor.WordOccurs(text, name, func(i int) bool {
		seen = true
		return !sentenceOpens(text, i) || !openerFollows(text, i+len(name), name, english)
	})
	return seen && ok
}

// openerFunction (lexicon/data/opener.txt, like the three sets below) are the words after which a capitalized word opening a sentence is an
// adjective, a participle or a preposition, not a name that a verb follows: "Included in",
// "Digesting its", "Surplus funds from" is not, but "Involved in the dispute" is. « Profitant de
// la vente », « Basé à Lyon ».
var openerFunction = lexicon.Default().Set("opener.function", nil)

// openerVerbs follow a company's name that opens a sentence ("Ravel said", "Ravel will"): after
// them a participle-like word is still a name ("Deering said").
var openerVerbs = lexicon.Default().Set("opener.name_verb", nil)

// openerFollows reports whether the word after byte i of text (on the same line) makes name,
// which opens a sentence, an opener rather than a name: a function word ("Included in the…"), or
// for a participle ("Digesting", "Involved", « Profitant ») any lower-case word but a verb a
// company's name takes.
func openerFollows(text string, i int, name string, english bool) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != ',' {
		j++
	}
	next := text[i:j]
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || !unicode.IsLower(r) {
		return false
	}
	if openerFunction[next] {
		return true
	}
	l := strings.ToLower(name)
	participle := len(l) > 6 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ant"))
	if participle {
		return !openerVerbs[next]
	}
	// an English adjective before its noun ("Latest year net includes…", "Initial investment
	// by…"): the word after is no verb ("said", "bought", "agrees"), no adverb before one
	// ("earlier", "recently", "also") and no "and" joining a second name. French verbs ("X
	// acquiert Y") have no ending to tell them by: French texts are left to the rules above.
	w := vendor.Dword{Raw: next, Core: next, Lower: next}
	return english && !openerVerbs[next] && !dealVerbLike(w) && !strings.HasSuffix(next, "ly") &&
		!openerAdverbs[next] && !openerIrregular[next]
}

// openerIrregular are the verbs and joining words that follow a company's name opening a
// sentence and that dealVerbLike's endings miss ("Ravel bought…", "Ravel and Kestrel…").
var openerIrregular = lexicon.Default().Set("opener.irregular", nil)

// openerAdverbs stand between a company's name and its verb ("Ravel earlier bought…").
var openerAdverbs = lexicon.Default().Set("opener.adverb", nil)

// sentenceOpens reports whether byte i of text opens a sentence: the text's start, or after a
// sentence's final mark or a paragraph's indent. A word at the start of a wrapped line inside a
// sentence is not at an opening.
func sentenceOpens(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == 0 {
		return true
	}
	if text[j-1] == '\n' {
		return j < i // a paragraph's indent ("\n    Latest year…"), not a wrapped line
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return strings.ContainsRune(".!?:;\"»", r)
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
