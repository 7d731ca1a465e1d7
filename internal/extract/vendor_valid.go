package extract

import "strings"

// validName rejects places, people and nationalities taken for companies.
func validName(toks []token) bool {
	places, nats := 0, 0
	for _, t := range toks {
		f := t.low
		if placeWords[f] {
			places++
		}
		if nationalities[f] {
			nats++ // "British American Tobacco" is a name; "Français" alone is not
		}
		if politicalWords[f] {
			return false
		}
	}
	if nats > 0 && (nats+places == len(toks) || !companyWords[toks[len(toks)-1].low] && !coFirmWords[toks[len(toks)-1].low]) {
		return false
	}
	if notCompanyNames[joinFolded(toks)] || len(toks) > 1 && genericTails[toks[len(toks)-1].low] {
		return false // "Hang Seng Index", "European Community"
	}
	if places == len(toks) {
		return false
	}
	if len(toks) == 1 && (companyWords[toks[0].low] || genericNames[toks[0].low] || participle(toks[0].text)) {
		return false
	}
	return !(len(toks) >= 2 && firstNames[toks[0].low] && isUpperStart(toks[1].text) && !companyWords[toks[len(toks)-1].low])
}

// notCompanyHeads start the names of bodies that are no companies: "Fondation Jean-Jaurès",
// "Université Aix-Marseille", "Institut Pasteur".
var notCompanyHeads = vendorWordSet("fondation", "foundation", "institut", "institute",
	"universite", "university", "ecole", "school", "college", "hopital", "hospital", "musee",
	"museum", "association", "federation", "syndicat", "parti", "party")

// genericTails end the names of things that are no companies: indices, markets, communities.
var genericTails = vendorWordSet("index", "futures", "exchange", "community", "committee",
	"panel", "association", "federation", "council", "survey", "commission", "agency", "property",
	"mine", "field", "project", "prospect", "deposit", "well", "minister", "ministry",
	"department", "ministre", "ministere")

// participle reports whether a word is a French past participle that opens a sentence before
// an appositive ("Contactée, la société de chasse…", "Interrogé, le groupe…"): no name.
// Listed, as names such as Bolloré or Nestlé end alike.
func participle(w string) bool {
	return openingParticiples[strings.TrimRight(fold(w), "es")]
}

// openingParticiples are those participles, folded and without their final "e" and "s".
var openingParticiples = vendorWordSet("contact", "interrog", "sollicit", "interpell", "questionn",
	"consult", "invit", "approch", "joint", "saisi", "relanc", "sond")

// personLike reports whether a name is two or three words in Title Case with no company word:
// after a nationality ("le français Omar Sy") that is a person.
func personLike(toks []token) bool {
	if len(toks) < 2 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !isUpperStart(t.text) || isAllCaps(t.text) || companyWords[t.low] || coFirmWords[t.low] {
			return false
		}
	}
	return true
}

// learnAcronym records "(ACR)" at toks[i:] as an acronym of name.
func (e *vendorReader) learnAcronym(local *docNames, toks []token, i int, name string) {
	if i+2 >= len(toks) || toks[i].text != "(" || toks[i+2].text != ")" {
		return
	}
	ac := toks[i+1].text
	if !isAllCaps(ac) || strings.ContainsAny(ac, "0123456789") {
		return
	}
	if _, known := e.dict.Canonical(ac); known {
		return
	}
	local.acronyms[ac] = name
}

// learnCandidate registers toks[from:to] as a company of the document when it can be one: no
// dictionary name, no place, person, institution or ordinary word. person asks for the stricter
// test of constructions a person could fill too ("X a lancé", "X's chairman").
func (e *vendorReader) learnCandidate(local *docNames, s string, toks []token, covered []bool, from, to int, person bool) bool {
	for to > from && (toks[to-1].kind == tokPunct || toks[to-1].text == "&") {
		to--
	}
	if to <= from || !toks[from].upper {
		return false
	}
	for k := from; k < to; k++ {
		if covered[k] {
			return false
		}
	}
	if to-from > 2 && toks[from+1].text == "'" && toks[from+2].low == "s" && isCountry(toks[from].low) {
		from += 3 // "Sweden's White Consolidated Industries"
	}
	for k := from + 1; k+1 < to; k++ {
		if firstNames[toks[k].low] && toks[k+1].upper && toks[k+1].kind == tokWord {
			return false // "Verts Julien Bayou": a person inside
		}
	}
	if to <= from {
		return false
	}
	ts := toks[from:to]
	surface := s[ts[0].start:ts[len(ts)-1].end]
	if len(surface) < 2 || local.acronyms[surface] != "" || institutionAfter(toks, to) {
		return false // "NDS" (an acronym), "la Secrétairie d'État"
	}
	if !validName(ts) || local.personName(ts) || coInstitution(surface) || coNotFirm(surface) ||
		notCompanyWords[ts[0].low] || notCompanyHeads[ts[0].low] || coProductName(surface) {
		return false
	}
	if person && personLike(ts) {
		return false
	}
	if len(ts) == 1 && (commonName(ts[0].text) || isCountry(ts[0].low) ||
		clauseStart(toks, from) && local.writtenLower(ts[0].low)) {
		return false // "Produit", "Lance" opening a sentence; "Japan"
	}
	name, known := e.dict.Canonical(surface)
	if known || name == "" {
		return false
	}
	local.add(surface, name)
	return true
}

// institutionAfter reports whether the words from toks[p] make the name before them an
// institution's: "la Secrétairie d'État", "le Conseil de l'État".
func institutionAfter(toks []token, p int) bool {
	for k := p; k < len(toks) && k < p+5; k++ {
		if (oneOf(toks[k].low, "etat", "state") || genericTails[toks[k].low]) && toks[k].upper {
			return true // "la Secrétairie d'État", "the House Ways and Means Committee"
		}
		if !oneOf(toks[k].low, "d", "de", "l", "'", "du", "of", "the", "and", "et") && !(toks[k].upper && toks[k].kind == tokWord) {
			return false
		}
	}
	return false
}
