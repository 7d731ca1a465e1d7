package deal

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"regexp"
	"strings"
)

// People named as a deal's party: an investor, a founder, a minister or an actor. The names
// readers take any capitalised words for a name; the document shows a person by how it writes
// the name elsewhere: with initials ("T. Rex Holder"), a title ("Mr Holder", « M. Holder »), a
// person's noun before it ("chairman Walter Holder", "oilman T. Rex Holder", « l'acteur Paul
// Holder »), or a relative pronoun only people take ("Paul Holder, who controls 39 pct"). Such a
// deal stays in facts.json (the Reuters keys count investors) with a confidence below the
// report's threshold: the report tells of deals between companies.

// dealPersonTitle are the words written just before a person's name.
const dealPersonTitle = `(?:mr|mrs|ms|dr|sir|m|mme|me)\.?`

// dealPersonRoles are the nouns of a person's role written before the name, English and French.
const dealPersonRoles = `(?:chairman|chairwoman|president|magnate|mogul|media baron|money manager|fund manager|portfolio manager|chief executive|executive|minister|premier|founder|co-founder|investor|financier|oilman|businessman|businesswoman|tycoon|billionaire|millionaire|entrepreneur|director|spokesman|spokeswoman|analyst|actor|actress|singer|player|raider|arbitrageur|speculator|ministre|président|présidente|fondateur|fondatrice|cofondateur|investisseur|investisseuse|homme d'affaires|femme d'affaires|milliardaire|patron|patronne|pdg|directeur|directrice|acteur|actrice|chanteur|chanteuse|animateur|animatrice|comédien|comédienne|joueur|joueuse)`

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

// personWritten reports whether the document writes name after a title or a person's role, or
// before "who".
func (c *dealContext) personWritten(name string) bool {
	q := regexp.QuoteMeta(name)
	last := q
	if ws := strings.Fields(name); len(ws) > 1 {
		last = regexp.QuoteMeta(ws[len(ws)-1])
	}
	re, err := regexp.Compile(`\b(?:(?i:` + dealPersonTitle + `)\s+|(?i:` + dealPersonRoles + `)\s+(?:[A-Z][\w.'’-]*\s+){0,2}|[A-Z][a-z]+\s+[A-Z]\.\s+)(?:` + q + `|` + last + `)\b|\b` + q + `,?\s+who\s|\b` + q + `,\s+of\s+[A-Z]|\b` + q + `\b[^.;]{0,80}?\b(?:he|she)\s+(?:sold|bought|acquired|owns|holds|had|has|raised|cut|lowered)\b|\b` + q + `,\s+(?i:an?|the|un|une|le|la|l['’])\s+(?:[\w.'’-]+\s+){0,3}?(?i:` + dealPersonRoles + `)\b`)
	if err != nil {
		return false
	}
	return re.MatchString(c.doc.Title + "\n" + c.doc.Text)
}
