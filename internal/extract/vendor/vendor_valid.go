package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// validName rejects places, people and nationalities taken for companies.
func validName(toks []text.Token) bool {
	places, nats := 0, 0
	for _, t := range toks {
		f := t.Low
		if text.PlaceWords[f] {
			places++
		}
		if text.Nationalities[f] {
			nats++ // "British American Tobacco" is a name; "Français" alone is not
		}
		if text.PoliticalWords[f] {
			return false
		}
	}
	if nats > 0 && (nats+places == len(toks) || !text.CompanyWords[toks[len(toks)-1].Low] && !coFirmWords[toks[len(toks)-1].Low]) {
		return false
	}
	if text.NotCompanyNames[text.JoinFolded(toks)] || len(toks) > 1 && genericTails[toks[len(toks)-1].Low] {
		return false // "Hang Seng Index", "European Community"
	}
	if places == len(toks) {
		return false
	}
	if len(toks) == 1 && (text.CompanyWords[toks[0].Low] || text.GenericNames[toks[0].Low] || participle(toks[0].Text)) {
		return false
	}
	return !(len(toks) >= 2 && text.FirstNames[toks[0].Low] && text.IsUpperStart(toks[1].Text) && !text.CompanyWords[toks[len(toks)-1].Low])
}

// notCompanyHeads start the names of bodies that are no companies: "Fondation Jean-Jaurès",
// "Université Aix-Marseille", "Institut Pasteur".
var notCompanyHeads = text.VendorWordSet("fondation", "foundation", "institut", "institute",
	"universite", "university", "ecole", "school", "college", "hopital", "hospital", "musee",
	"museum", "association", "federation", "syndicat", "parti", "party")

// genericTails end the names of things that are no companies: indices, markets, communities.
var genericTails = text.VendorWordSet("index", "futures", "exchange", "community", "committee",
	"panel", "association", "federation", "council", "survey", "commission", "agency", "property",
	"mine", "field", "project", "prospect", "deposit", "well", "minister", "ministry",
	"department", "ministre", "ministere")

// participle reports whether a word is a French past participle that opens a sentence before
// an appositive ("Contactée, la société de chasse…", "Interrogé, le groupe…"): no name.
// Listed, as names such as Bolloré or Nestlé end alike.
func participle(w string) bool {
	return openingParticiples[strings.TrimRight(text.Fold(w), "es")]
}

// openingParticiples are those participles, folded and without their final "e" and "s".
var openingParticiples = text.VendorWordSet("contact", "interrog", "sollicit", "interpell", "questionn",
	"consult", "invit", "approch", "joint", "saisi", "relanc", "sond")

// personLike reports whether a name is two or three words in Title Case with no company word:
// after a nationality ("le français Omar Sy") that is a person.
func personLike(toks []text.Token) bool {
	if len(toks) < 2 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !text.IsUpperStart(t.Text) || text.IsAllCaps(t.Text) || text.CompanyWords[t.Low] || coFirmWords[t.Low] {
			return false
		}
	}
	return true
}

// learnAcronym records "(ACR)" at toks[i:] as an acronym of name.
func (e *Reader) learnAcronym(local *docNames, toks []text.Token, i int, name string) {
	if i+2 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" {
		return
	}
	ac := toks[i+1].Text
	if !text.IsAllCaps(ac) || strings.ContainsAny(ac, "0123456789") {
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
func (e *Reader) learnCandidate(local *docNames, s string, toks []text.Token, covered []bool, from, to int, person bool) bool {
	for to > from && (toks[to-1].Kind == text.TokPunct || toks[to-1].Text == "&") {
		to--
	}
	if to <= from || !toks[from].Upper {
		return false
	}
	for k := from; k < to; k++ {
		if covered[k] {
			return false
		}
	}
	if to-from > 2 && toks[from+1].Text == "'" && toks[from+2].Low == "s" && isCountry(toks[from].Low) {
		from += 3 // "Sweden's White Consolidated Industries"
	}
	for k := from + 1; k+1 < to; k++ {
		if text.FirstNames[toks[k].Low] && toks[k+1].Upper && toks[k+1].Kind == text.TokWord {
			return false // "Verts Julien Bayou": a person inside
		}
	}
	if to <= from {
		return false
	}
	ts := toks[from:to]
	surface := s[ts[0].Start:ts[len(ts)-1].End]
	if len(surface) < 2 || local.acronyms[surface] != "" || institutionAfter(toks, to) {
		return false // "NDS" (an acronym), "la Secrétairie d'État"
	}
	if !validName(ts) || local.personName(ts) || CoInstitution(surface) || CoNotFirm(surface) ||
		notCompanyWords[ts[0].Low] || notCompanyHeads[ts[0].Low] || CoProductName(surface) {
		return false
	}
	if person && personLike(ts) {
		return false
	}
	if len(ts) == 1 && (commonName(ts[0].Text) || isCountry(ts[0].Low) ||
		clauseStart(toks, from) && local.writtenLower(ts[0].Low)) {
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
func institutionAfter(toks []text.Token, p int) bool {
	for k := p; k < len(toks) && k < p+5; k++ {
		if (text.OneOf(toks[k].Low, "etat", "state") || genericTails[toks[k].Low]) && toks[k].Upper {
			return true // "la Secrétairie d'État", "the House Ways and Means Committee"
		}
		if !text.OneOf(toks[k].Low, "d", "de", "l", "'", "du", "of", "the", "and", "et") && !(toks[k].Upper && toks[k].Kind == text.TokWord) {
			return false
		}
	}
	return false
}
