package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// learnNames records in local the companies that one sentence names without the dictionary
// knowing them, recognised from context:
//   - a legal form after a capitalised name: "Acme Widgets Inc", "Qonto SAS";
//   - a noun saying what the company is, before the name: "the start-up Qonto", "la société
//     Qonto", "l'éditeur français de logiciels Qonto", "cloud provider Qonto";
//   - a French nationality used as a noun: "l'américain Qonto", "le chinois Qonto";
//   - a capitalised name ending in a company word: "Cloud Technology Partners", "Acme Networks";
//   - an acronym defined in brackets after a name: "Cloud Technology Partners (CTP)".
//
// Names in Title Case sentences are not learned: capitals say nothing there.
func (e *Reader) learnNames(local *docNames, s string, toks []text.Token, ms []text.Mention, titleCase bool) {
	covered := local.coverage(len(toks))
	mi := 0
	for i, t := range toks {
		for mi < len(ms) && ms[mi].End <= t.Start {
			mi++
		}
		covered[i] = mi < len(ms) && ms[mi].Start <= t.Start
	}
	if !titleCase {
		nextUpper := len(toks)
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Upper {
				nextUpper = i
			}
			// A cue noun needs a capitalised name within a few words.
			if !toks[i].Upper && nextUpper-i > 6 && !(toks[i].Text == "," && i > 0 && toks[i-1].Upper) {
				continue
			}
			from, to := e.contextName(toks, covered, i)
			if to <= from {
				continue
			}
			if to < len(toks) && (to-from == 1 && text.FirstNames[toks[from].Low] && toks[to].Upper || text.PoliticalWords[toks[to].Low]) {
				continue // "le patron du groupe Gilles Le Gendre", "le groupe Union centriste"
			}
			surface := s[toks[from].Start:toks[to-1].End]
			if name, known := e.dict.Canonical(surface); !known && validName(toks[from:to]) {
				local.add(surface, name)
				e.learnAcronym(local, toks, to, name)
			}
		}
	}
	if !titleCase {
		e.learnConstructions(local, s, toks, covered)
	}
	if !titleCase && strings.Contains(s, "%") && HasShareBigram(toks) {
		e.learnShareHolders(local, s, toks, covered)
	}
	for _, m := range ms {
		for i, t := range toks {
			if t.Start == m.End {
				e.learnAcronym(local, toks, i, m.Name)
			}
		}
	}
}

// learnShareHolders learns the names given a share in brackets in a sentence about market
// shares: "devant Carrefour (19,2 %) et Intermarché (15,2 %)".
func (e *Reader) learnShareHolders(local *docNames, s string, toks []text.Token, covered []bool) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || toks[i+1].Kind != text.TokNumber || text.PercentUnit(toks, i+2) == 0 {
			continue
		}
		from := nameRunBefore(toks, covered, i)
		if from == i || text.Connectives[toks[from].Low] || !validName(toks[from:i]) || personLike(toks[from:i]) {
			continue
		}
		surface := s[toks[from].Start:toks[i-1].End]
		if name, known := e.dict.Canonical(surface); !known {
			local.add(surface, name)
		}
	}
}

// contextName returns the token range [from, to) of a company name that toks[i] signals, or an
// empty range.
func (e *Reader) contextName(toks []text.Token, covered []bool, i int) (from, to int) {
	t := toks[i]
	f := t.Low
	// Cheap screens first: most tokens are no cue at all.
	legal := text.LegalSig.May(t.Text)
	// A cue noun is lower case, or capitalised as the sentence's first word ("Start-up Nimbara,
	// based in Oslo, …").
	noun := (!t.Upper || i == 0 && openingCues[f]) && text.CueNounSig.May(f)
	word := t.Upper && text.CompanyWordSig.May(f)
	if t.Kind == text.TokPunct && t.Text != "," || t.Kind != text.TokPunct && !legal && !noun && !word {
		return 0, 0
	}
	switch {
	case legal && text.LegalForms[t.Text] && i > 0:
		end := i
		if toks[end-1].Text == "," {
			end--
		}
		if end > 1 && text.OneOf(toks[end-1].Low, "and", "&", "et") && text.OneOf(t.Text, "Co", "Cie") {
			end-- // "Meyer and Co", "Dupont et Cie": the form is "and Co"
		}
		from := legalRunBefore(toks, covered, end)
		if from > 1 && text.OneOf(toks[from-1].Low, "and", "et") && nameToken(toks, covered, from-2) {
			// "Procter and Gamble Co", "MacAndrews and Forbes Group Inc": one name; but
			// "Armco Inc <AS> and Bethlehem Steel Corp" is two.
			from = nameRunBefore(toks, covered, from-1)
		}
		return from, end
	case noun && t.Kind == text.TokWord && (!t.Upper || i == 0) && (text.CueNouns[f] || frenchNationalNoun(toks, i)):
		if (f == "groupe" || f == "group") && notFirmGroup(toks, i+1) {
			return 0, 0 // "le groupe de réflexion australien ASPI", "un groupe de travail"
		}
		p := skipBridge(toks, i+1, text.CueNouns[f], domainHeads[f])
		if qf, qt := quotedName(toks, p); qt > qf {
			return qf, qt // "le mensuel « La Recherche »"
		}
		if p+1 < len(toks) && toks[p].Upper && text.OneOf(toks[p].Low, "le", "la", "les", "l") && toks[p+1].Upper {
			p++ // "le quotidien Le Courrier du Lac": the article is the name's
		}
		q := nameRunAfter(toks, covered, p)
		if !text.CompanyOnlyCues[f] && personLike(toks[p:q]) {
			return 0, 0
		}
		return p, q
	case t.Text == "," && i > 0 && appositiveCue(toks, i+1):
		// "Nimbara, a Boston-based start-up", "Kelvane, une start-up nantaise"
		from := nameRunBefore(toks, covered, i)
		if from == i || (from > 0 && covered[from-1]) || from == 0 && i == 1 && text.Connectives[toks[0].Low] ||
			personLike(toks[from:i]) {
			return 0, 0 // "Moreover, the company…", "Mick Jagger, …"
		}
		return from, i
	case t.Text == "," && cueBeforeComma(toks, i):
		// "its Japanese competitor, Komatsu,", "Son rival français, Renault (…)"
		q := nameRunAfter(toks, covered, i+1)
		if q == i+1 || q < len(toks) && toks[q].Kind != text.TokPunct || !companyCueBeforeComma(toks, i) && personLike(toks[i+1:q]) {
			return 0, 0
		}
		return i + 1, q
	case word && text.CompanyWords[f] && text.IsUpperStart(t.Text) && i > 0 && !covered[i]:
		from := nameRunBefore(toks, covered, i)
		end := i + 1
		for end < len(toks) && toks[end].Upper && (text.CompanyWords[toks[end].Low] || nameTails[toks[end].Low]) {
			end++ // "Japan Tobacco International"
		}
		if from == i || (from > 0 && covered[from-1]) || end < len(toks) && nameToken(toks, covered, end) {
			// "le Velmar Composites Technology Centre": the name goes on after the word.
			return 0, 0
		}
		return from, end
	}
	return 0, 0
}

// openingCues are the cue nouns that may open a sentence with a capital and still be no part of
// the name after them: not "Société" (Société Générale), "Groupe" or "Company", nor "Firm"
// ("Firm Argentine markets").
var openingCues = text.VendorWordSet("startup", "start-up", "provider", "vendor", "subsidiary",
	"chipmaker", "filiale", "editeur", "fournisseur", "hebergeur", "licorne", "unicorn")

// domainHeads are the cue nouns that a field of business may follow before the name: "le
// spécialiste de la cybersécurité Wallix", "the giant of the chip industry".
var domainHeads = text.VendorWordSet("specialiste", "geant", "specialist", "giant", "leader", "pure-player")

// nameRunAfter returns the end of the capitalised words (at most five) that start at p; "&",
// "of" and "de" join words inside a name ("Johnson & Johnson", "Bank of America"); "and" and
// "et" do not, they join lists.
func nameRunAfter(toks []text.Token, covered []bool, p int) int {
	q, words := p, 0
	for q < len(toks) && words < 5 {
		switch {
		case nameToken(toks, covered, q):
			q++
			words++
		case q > p && joinerAfter(toks, q) > 0 && nameToken(toks, covered, q+joinerAfter(toks, q)) &&
			!(toks[q].Low == "de" && (text.PlaceWords[toks[q+joinerAfter(toks, q)].Low] || isCountry(toks[q+joinerAfter(toks, q)].Low))):
			// "Bank of America", "Caisse des Dépôts", "Banco do Brasil"…; a place after "de" is
			// where the company is: "le concessionnaire Bentley de Munich" is Bentley's, in Munich.
			q += joinerAfter(toks, q)
		default:
			return q
		}
	}
	return q
}

// nameRunBefore returns the start of the capitalised words (at most five) that end before end,
// joiners and possessives included ("Moody's Investors Service").
func nameRunBefore(toks []text.Token, covered []bool, end int) int {
	p, words := end, 0
	for p > 0 && words < 5 {
		switch {
		case nameToken(toks, covered, p-1):
			p--
			words++
		case p < end && joinerBefore(toks, p) > 0 && p-joinerBefore(toks, p)-1 >= 0 && nameToken(toks, covered, p-joinerBefore(toks, p)-1):
			p -= joinerBefore(toks, p) // "Vickers da Costa Ltd", "Caisse de la Loire SA"
		case p < end && p-3 >= 0 && toks[p-1].Text == "s" && toks[p-2].Text == "'" && nameToken(toks, covered, p-3) && !isCountry(toks[p-3].Low):
			p -= 2 // but "Italy's Ferruzzi SpA" is Ferruzzi
		case p < end && p-2 >= 0 && toks[p-1].Text == "/" && toks[p-1].Start == toks[p-2].End && toks[p-1].End == toks[p].Start && nameToken(toks, covered, p-2):
			p-- // "WGM/Eastman Inc"
		default:
			return p
		}
	}
	return p
}

// nameTails may follow the company word that ends a name: "Japan Tobacco International".
var nameTails = text.VendorWordSet("international", "global", "worldwide", "holding", "corporation")

// legalRunBefore returns the start of the name that a legal form ends at end: the capitalised
// words before it, a dictionary name among them included ("Societa Finanziaria Telefonica
// Spa" is one company, not Telefónica).
func legalRunBefore(toks []text.Token, covered []bool, end int) int {
	from := nameRunBefore(toks, covered, end)
	for from > 0 && covered[from-1] {
		k := from - 1
		for k > 0 && covered[k-1] {
			k--
		}
		if k == 0 || !nameToken(toks, covered, k-1) {
			return from
		}
		from = nameRunBefore(toks, covered, k)
	}
	return from
}

// nameJoiner reports whether t can join the words of a company name: "&", "of", "de" and the
// Portuguese, Italian, Spanish and Dutch particles ("Vickers da Costa", "Banco do Brasil",
// "Banca di Roma", "Cassa della Marca", "Philips van Heusen"), written in lower case.
func nameJoiner(t text.Token) bool {
	return t.Text == "&" || text.OneOf(t.Text, "of", "de", "da", "das", "do", "dos", "di", "del", "della", "delle",
		"dello", "degli", "dei", "van", "von")
}

// joinerAfter returns how many tokens from toks[q] join the words of a name: one for a joiner,
// two for "de la", "de los", "van der", "von der"…; 0 when none does or no word follows.
func joinerAfter(toks []text.Token, q int) int {
	if q+1 >= len(toks) || !nameJoiner(toks[q]) {
		return 0
	}
	if q+2 < len(toks) && secondJoiner(toks[q], toks[q+1]) {
		if !oneWordAfter(toks, q+2) {
			return 0
		}
		return 2
	}
	return 1
}

// oneWordAfter reports whether a two-word particle may join the name before it to the word at
// toks[k]: one capitalised word, not an acronym, ends the name ("Caisse de la Loire", "Oscar
// de la Renta"); more words or an acronym are another company's name ("le vol MH370 de la
// Malaysia Airlines", « France Ô de la TNT »).
func oneWordAfter(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Kind != text.TokWord || !t.Upper || len(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].Kind != text.TokWord || !toks[k+1].Upper || text.LegalForms[toks[k+1].Text]
}

// joinerBefore returns how many tokens ending at toks[p-1] join the words of a name (see
// joinerAfter).
func joinerBefore(toks []text.Token, p int) int {
	if p < 2 {
		return 0
	}
	if p >= 3 && nameJoiner(toks[p-2]) && secondJoiner(toks[p-2], toks[p-1]) {
		if !oneWordAfter(toks, p) {
			return 0
		}
		return 2
	}
	if nameJoiner(toks[p-1]) {
		return 1
	}
	return 0
}

// secondJoiner reports whether b, after the joiner a, is the second word of one particle: "de
// la", "de los", "de las", "van der", "van den", "van de", "von der".
func secondJoiner(a, b text.Token) bool {
	switch a.Text {
	case "de":
		return text.OneOf(b.Text, "la", "los", "las")
	case "van", "von":
		return text.OneOf(b.Text, "der", "den", "de")
	}
	return false
}

// nameToken reports whether toks[i] can be part of a company name recognised from context.
func nameToken(toks []text.Token, covered []bool, i int) bool {
	t := toks[i]
	if covered[i] {
		return false
	}
	if t.Text == "&" {
		return true
	}
	// "Bermuda-based Fidelity International Ltd": the descriptor is no part of the name.
	return t.Kind == text.TokWord && text.IsUpperStart(t.Text) && !text.NotNameWords[t.Low] && !text.LegalForms[t.Text] && !coHyphenDescr(t.Low) &&
		!strings.HasSuffix(t.Low, "-minus") && !strings.HasSuffix(t.Low, "-plus") // "cut to CCC-plus from B-minus"
}

// notFirmGroup reports whether the words at toks[p] make "groupe" a group of people: "de
// réflexion", "de travail", "de pression", "d'experts", "de musique", "de rock", "of experts".
func notFirmGroup(toks []text.Token, p int) bool {
	if p+1 >= len(toks) || !text.OneOf(toks[p].Low, "de", "d", "of") {
		return false
	}
	q := p + 1
	if toks[q].Text == "'" && q+1 < len(toks) {
		q++
	}
	return text.OneOf(toks[q].Low, "reflexion", "travail", "pression", "experts", "musique", "rock", "rap",
		"parole", "contact", "amis", "supporters", "manifestants", "rebelles", "jihadistes", "hackers", "pirates")
}
