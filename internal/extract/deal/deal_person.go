package deal

import (
	"strings"
	"sync"
	"unicode/utf8"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
)

// People named as a deal's party: an investor, a founder, a minister or an actor. The names
// readers take any capitalised words for a name; the document shows a person by how it writes
// the name elsewhere: with initials ("T. Rex Holder"), a title ("Mr Holder", « M. Holder »), a
// person's noun before it ("chairman Walter Holder", "oilman T. Rex Holder", « l'acteur Paul
// Holder »), or a relative pronoun only people take ("Paul Holder, who controls 39 pct"). Such a
// deal stays in facts.json (the Reuters keys count investors) with a confidence below the
// report's threshold: the report tells of deals between companies.

// dealPersonTitles are the words written just before a person's name.
var dealPersonTitles = []string{"mr", "mrs", "ms", "dr", "sir", "m", "mme", "me"}

// dealPersonRoles are the nouns of a person's role written before the name, English and French.
var dealPersonRoles = []string{
	"chairman", "chairwoman", "president", "magnate", "mogul", "media baron", "money manager",
	"fund manager", "portfolio manager", "chief executive", "executive", "minister", "premier",
	"founder", "co-founder", "investor", "financier", "oilman", "businessman", "businesswoman",
	"tycoon", "billionaire", "millionaire", "entrepreneur", "director", "spokesman", "spokeswoman",
	"analyst", "actor", "actress", "singer", "player", "raider", "arbitrageur", "speculator",
	"ministre", "président", "présidente", "fondateur", "fondatrice", "cofondateur",
	"investisseur", "investisseuse", "homme d'affaires", "femme d'affaires", "milliardaire",
	"patron", "patronne", "pdg", "directeur", "directrice", "acteur", "actrice", "chanteur",
	"chanteuse", "animateur", "animatrice", "comédien", "comédienne", "joueur", "joueuse",
}

// dealPersonTitle and dealPersonRole are the expressions of a title and a role.
var (
	dealPersonTitle = `(?:` + strings.Join(dealPersonTitles, "|") + `)\.?`
	dealPersonRole  = `(?:` + strings.Join(dealPersonRoles, "|") + `)`
)

// personNamed reports whether the document writes name as a person's (see above). Names only a
// company can bear ("X Corp") and names of the vendor dictionary are no person.
func (c *dealContext) personNamed(name string) bool {
	if name == "" || vendor.CoFirmLike(name) || c.listed(name) || c.mentioned[name] && c.firms[name] {
		return false
	}
	if v, ok := c.people[name]; ok {
		return v
	}
	v := dealInitials(name) || c.personWritten(name)
	if c.people == nil {
		c.people = map[string]bool{}
	}
	c.people[name] = v
	return v
}

// dealInitials reports whether name starts with a person's initials and goes on with capitalised
// words only: "T. Boone Pickens", "J.R. Doe", not "A.B. Dick Co" (a legal form) nor "U.S. Steel".
func dealInitials(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	first := ws[0]
	if len(first) < 2 || first[len(first)-1] != '.' || strings.Count(first, ".")*2 != len(first) {
		return false // "T.", "J.R."
	}
	if strings.EqualFold(first, "U.S.") || strings.EqualFold(first, "U.K.") {
		return false
	}
	for _, w := range ws[1:] {
		if !text.IsUpperStart(w) || text.CoSuffixes[strings.ToLower(strings.Trim(w, ".,"))] || text.CompanyWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// personWritten reports whether the document writes name after a title or a person's role
// (dealPersonBefore), or before "who", ", of", "he sold" or ", a role" (dealPersonAfter). It
// looks only around the word-bounded places where the name (or, after a title or role, its last
// word) is written, with expressions that do not depend on the name: a document's text is read
// once per name by strings.Index, instead of an expression compiled per name and run over the
// whole document (which took two fifths of all extraction time).
func (c *dealContext) personWritten(name string) bool {
	if !utf8.ValidString(name) {
		return false // no expression can be written with it
	}
	last := name
	if ws := strings.Fields(name); len(ws) > 1 {
		last = ws[len(ws)-1]
	}
	if c.full == "" {
		c.full = c.doc.Title + "\n" + c.doc.Text
	}
	s := c.full
	for p := strings.Index(s, last); p >= 0; {
		if personBefore(s, p, len(last)) {
			return true
		}
		k := strings.Index(s[p+1:], last)
		if k < 0 {
			break
		}
		p += 1 + k
	}
	for p := strings.Index(s, name); p >= 0; {
		if last != name && personBefore(s, p, len(name)) {
			return true
		}
		if wordBoundary(s, p) && personAfterMay(s[p+len(name):]) && dealPersonAfter.MatchString(s[p+len(name)-1:]) {
			return true
		}
		k := strings.Index(s[p+1:], name)
		if k < 0 {
			break
		}
		p += 1 + k
	}
	return false
}

// personBefore reports whether the n bytes at s[p:] end at a word boundary and follow a title or
// a person's role (dealPersonBefore). That one ends in spaces and spans at most four runs of
// non-spaces (a two-word role and two capitalised words, "media baron Paul T. Holder"), so it is
// matched against the four runs before p, which start after a space or at the text's start as
// the whole text's \b expects; and only when those runs may end it (personRunsMayEnd).
func personBefore(s string, p, n int) bool {
	if p == 0 || !regexpSpace(s[p-1]) || !wordBoundary(s, p+n) {
		return false
	}
	var runs [4]string // the runs of non-spaces before p, the nearest first
	i := p
	for k := range runs {
		for i > 0 && regexpSpace(s[i-1]) {
			i--
		}
		end := i
		for i > 0 && !regexpSpace(s[i-1]) {
			i--
		}
		runs[k] = s[i:end]
	}
	return personRunsMayEnd(runs[:3]) && dealPersonBefore.MatchString(s[i:p])
}

// personRunsMayEnd reports whether runs (the runs of non-spaces before a name, the nearest
// first) may be the end of dealPersonBefore's words, as a test cheaper than the expression: a
// title or a role ends the nearest run, or that one is a capitalised word and a role ends the
// next one, or is an initial ("T.", after "Walter"), or is a capitalised word too and a role
// ends the third.
func personRunsMayEnd(runs []string) bool {
	if personRoleEnds(runs[0]) {
		return true
	}
	if !personCapitalised(runs[0]) {
		return false
	}
	if len(runs[0]) == 2 && runs[0][1] == '.' || personRoleEnds(runs[1]) {
		return true
	}
	return personCapitalised(runs[1]) && personRoleEnds(runs[2])
}

// personCapitalised reports whether w may be one of dealPersonBefore's capitalised words
// ([A-Z][\w.'’-]*), taking any byte above ASCII for part of "’".
func personCapitalised(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if b := w[k]; !regexpWord(b) && b != '.' && b != '\'' && b != '-' && b < utf8.RuneSelf {
			return false
		}
	}
	return true
}

// personRoleEnds reports whether w may end with a title or a role, compared with the last words
// of dealPersonEnds in ASCII lower case. A word with a byte above ASCII is taken to end with
// one: case folding knows more than ASCII (« ſ » for "s", "É" for "é").
func personRoleEnds(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return true
		}
	}
	var low [personEndMax]byte
	n := min(len(w), personEndMax)
	for k := range n {
		b := w[len(w)-n+k]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		low[k] = b
	}
	for _, e := range dealPersonEnds() {
		if len(e) <= n && string(low[n-len(e):n]) == e {
			return true
		}
	}
	return false
}

// dealPersonEnds are the words a title or a role may end with, lower-cased: the titles, with
// and without their full stop, and the last words of the roles.
var dealPersonEnds = sync.OnceValue(func() []string {
	var out []string
	for _, t := range dealPersonTitles {
		out = append(out, t, t+".")
	}
	for _, r := range dealPersonRoles {
		f := strings.Fields(r)
		out = append(out, f[len(f)-1])
	}
	return out
})

// personEndMax is the length of the longest of dealPersonEnds.
const personEndMax = 16

// wordBoundary reports whether Go's \b matches at byte offset i of s: ASCII word characters on
// one side only (a byte at or above 0x80 belongs to no ASCII letter).
func wordBoundary(s string, i int) bool {
	before := i > 0 && regexpWord(s[i-1])
	after := i < len(s) && regexpWord(s[i])
	return before != after
}

// regexpWord reports whether b is a word character of Go's \w.
func regexpWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// regexpSpace reports whether b is a space of Go's \s.
func regexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// personAfterMay reports whether the text after a name may start as dealPersonAfter's words do,
// as a test cheaper than the expression: with a comma; with spaces and "who"; or with "he" or
// "she" and a space before the clause's end, at most 80 characters (of four bytes at most) on.
func personAfterMay(rest string) bool {
	if rest == "" {
		return false
	}
	if rest[0] == ',' {
		return true
	}
	if regexpSpace(rest[0]) {
		w := strings.TrimLeft(rest, " \t\n\f\r")
		if len(w) > 3 && w[:3] == "who" && regexpSpace(w[3]) {
			return true
		}
	}
	clause := rest[:min(len(rest), 80*utf8.UTFMax+len("she"))]
	if k := strings.IndexAny(clause, ".;"); k >= 0 {
		clause = clause[:k]
	}
	for k := strings.Index(clause, "he"); k >= 0; {
		if k+2 < len(rest) && regexpSpace(rest[k+2]) {
			return true
		}
		n := strings.Index(clause[k+1:], "he")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// dealPersonBefore matches a title or a person's role at the end of the text, then the name:
// "Mr ", "chairman ", "chairman Walter T. ", "Walter T. ".
var dealPersonBefore = text.Lazy(`\b(?:(?i:` + dealPersonTitle + `)\s+|(?i:` + dealPersonRole + `)\s+(?:[A-Z][\w.'’-]*\s+){0,2}|[A-Z][a-z]+\s+[A-Z]\.\s+)$`)

// dealPersonAfter matches the words after a name that only a person takes, matched from the
// name's last byte (any character, for \b to see it): "…, who", "…, of Walton", "… (80
// characters of the clause) he sold", "…, a Texas oilman".
var dealPersonAfter = text.Lazy(`^(?s:.)(?:,?\s+who\s|,\s+of\s+[A-Z]|\b[^.;]{0,80}?\b(?:he|she)\s+(?:sold|bought|acquired|owns|holds|had|has|raised|cut|lowered)\b|,\s+(?i:an?|the|un|une|le|la|l['’])\s+(?:[\w.'’-]+\s+){0,3}?(?i:` + dealPersonRole + `)\b)`)
