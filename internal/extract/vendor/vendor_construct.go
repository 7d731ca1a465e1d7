package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// Constructions that make a capitalised name a company without a cue noun before it, in
// English and French (their words are in lexicon/data/vendor.txt):
//   - a role or relation, then "de"/"of": "l'ex-PDG de Renault", "filiale française du
//     britannique Imperial Brands", "a spokesman for Armco", "part of the Peugeot SA group";
//   - a facility named after its operator: "l'usine Michelin de La Roche-sur-Yon";
//   - a name then ", filiale de" / "(maison-mère de": "Seita (filiale de…)";
//   - a country's company: "Spain's Almaden";
//   - wire conventions: "<Montedison SPA>", "Phillips Petroleum <P>", "(NYSE: ACME)";
//   - a company's own verbs after it: "Uniqlo avait lancé", "Nike commercialise", "Revlon said
//     it", "Wharf fell five cents", "X's chairman".
//
// Each finds a token range; learnCandidate decides whether it can be a company at all.

// learnConstructions learns the companies that the constructions above name in one sentence.
func (e *Reader) learnConstructions(local *docNames, s string, toks []text.Token, covered []bool) {
	for i := range toks {
		t := &toks[i]
		if t.Kind == text.TokPunct {
			e.learnWire(local, s, toks, covered, i)
			continue
		}
		if t.Upper {
			continue
		}
		bits := lastBits(t.Low) // one lookup for the sets below
		switch {
		case lexRole.endsIn(bits, toks, i) || lexRelation.endsIn(bits, toks, i) || t.Low == "part" || lexHolding.endsIn(bits, toks, i):
			e.learnOfName(local, s, toks, covered, i)
			if lexRelation.endsIn(bits, toks, i) && i > 1 && (toks[i-1].Low == "," || toks[i-1].Text == "(" || text.OneOf(toks[i-1].Low, "a", "an", "une", "la", "sa", "its")) {
				e.learnOwnerBefore(local, s, toks, covered, i)
			}
		case lexFacility.endsIn(bits, toks, i) && i+1 < len(toks) && toks[i+1].Upper:
			q := plainRunAfter(toks, covered, i+1)
			if q == len(toks) || toks[q].Kind == text.TokPunct || text.OneOf(toks[q].Low, "de", "d", "du", "a", "au", "en", "in", "at") {
				e.learnCandidate(local, s, toks, covered, i+1, q, false) // "l'usine Renault de Maubeuge"
			}
		case lexBusinessVerb.endsIn(bits, toks, i) || lexStockVerb.endsIn(bits, toks, i) || t.Low == "said" || auxiliary(t.Low):
			e.learnSubject(local, s, toks, covered, i)
		case t.Low == "s" && i > 1 && toks[i-1].Text == "'":
			e.learnPossessive(local, s, toks, covered, i)
		case t.Low == "chez" || lexDealNoun.endsIn(bits, toks, i) && i+1 < len(toks) && text.OneOf(toks[i+1].Low, "avec", "with"):
			// "chez Natixis", "une fusion avec Fiat Chrysler"
			p := i + 1
			if t.Low != "chez" {
				p++
			}
			if p < len(toks) && text.OneOf(toks[p].Low, "les", "des", "ces", "nos", "vos", "leurs") {
				continue // "chez les PME": many, not one company
			}
			p = skipArticles(toks, p)
			if q := nameRunAfter(toks, covered, p); q > p {
				// People merge with no one: only "chez" asks the stricter test ("chez Jean Martin").
				e.learnCandidate(local, s, toks, covered, p, q, t.Low == "chez")
			}
		}
	}
}

// learnOfName learns the name after a role or relation noun at toks[i] and "de"/"of": "le PDG de
// Renault", "les dirigeants de Renault et de Nissan", "filiale française du britannique Imperial
// Brands", "a spokesman for Armco", "part of the private Peugeot SA group".
func (e *Reader) learnOfName(local *docNames, s string, toks []text.Token, covered []bool, i int) {
	p := i + 1
	for p < len(toks) && !toks[p].Upper && (demonym(toks[p].Low) || bridgeAdjective(toks[p].Low)) {
		p++ // "filiale française du…", "la branche sportive de…"
	}
	if toks[i].Low == "part" && (p >= len(toks) || toks[p].Low != "of") {
		return
	}
	if p >= len(toks) || !text.OneOf(toks[p].Low, "de", "du", "d", "of", "for", "in", "des") || toks[p].Low == "for" && !text.OneOf(toks[i].Low, "spokesman", "spokeswoman", "spokesperson") {
		return
	}
	if toks[p].Low == "in" && !lexHolding.endsAt(toks, i) {
		return // "a stake in X" is in a company; "its unit in Germantown" is in a town
	}
	for {
		p = skipArticles(toks, p+1)
		q := nameRunAfter(toks, covered, p)
		if q == p {
			return
		}
		e.learnCandidate(local, s, toks, covered, p, q, false)
		// "de Renault et de Nissan", "of Wharf, World International and Hk Realty"
		if q+1 >= len(toks) || !text.OneOf(toks[q].Low, "et", "and", "ou", "or", ",") {
			return
		}
		p = q
		if q+2 < len(toks) && text.OneOf(toks[q+1].Low, "de", "d", "du", "of") {
			p = q + 1
		}
	}
}

// skipArticles skips the articles, elisions, adjectives and bracket that may come between "de"
// and a name: "de la Fnac", "d'Alantys", "du Britannique Imperial Brands", "of the private
// Peugeot SA", "of <Eridania SPA>".
func skipArticles(toks []text.Token, p int) int {
	for k := 0; p < len(toks) && k < 4; k++ {
		t := toks[p]
		switch {
		case t.Text == "'" || t.Text == "<":
		case text.OneOf(t.Low, "la", "le", "les", "l", "the"):
		case text.Nationalities[t.Low] && p+1 < len(toks) && toks[p+1].Upper:
		case !t.Upper && t.Kind == text.TokWord && k > 0 && (bridgeAdjective(t.Low) || text.OneOf(t.Low, "private", "state-owned", "privately-held", "listed")):
		default:
			return p
		}
		p++
	}
	return p
}

// learnOwnerBefore learns the name before ", filiale de", "(maison-mère de", ", a unit of": a
// subsidiary or parent is a company ("Seita (filiale française du britannique…)", "Edenred,
// maison-mère de Ticket Restaurant").
func (e *Reader) learnOwnerBefore(local *docNames, s string, toks []text.Token, covered []bool, i int) {
	if text.OneOf(toks[i].Low, "partenaire", "partner", "allie", "ally", "concurrent", "competitor", "rival") {
		return // people are partners and rivals too
	}
	k := i - 1
	if !(toks[k].Text == "," || toks[k].Text == "(") {
		k-- // ", a subsidiary of", ", sa filiale"
	}
	if k < 1 || !(toks[k].Text == "," || toks[k].Text == "(") {
		return
	}
	from := nameRunBefore(toks, covered, k)
	if from < k && (from == 0 || !covered[from-1]) {
		e.learnCandidate(local, s, toks, covered, from, k, true)
	}
}

// learnWire reads the wire conventions at the punctuation toks[i]: "<Montedison SPA>" names a
// company, "Phillips Petroleum <P>" and "Acme (NYSE: ACME)" give one its ticker.
func (e *Reader) learnWire(local *docNames, s string, toks []text.Token, covered []bool, i int) {
	switch toks[i].Text {
	case "<":
		q := i + 1
		for q < len(toks) && q < i+12 && toks[q].Text != ">" {
			q++
		}
		if q >= len(toks) || toks[q].Text != ">" || q == i+1 {
			return
		}
		if q == i+2 && strings.ToUpper(toks[i+1].Text) == toks[i+1].Text || q == i+4 && toks[i+2].Text == "." {
			// "<P>", "<PEUP.PA>": a ticker; the name is before it.
			end := i
			if end > 3 && toks[end-1].Text == "S" && toks[end-2].Text == "/" && toks[end-3].Text == "A" {
				end -= 3 // "Norsk Hydro A/S <NHY.O>"
			}
			from := nameRunBefore(toks, covered, end)
			if from < end && !text.LegalForms[toks[end-1].Text] {
				e.learnCandidate(local, s, toks, covered, from, end, false)
			}
			return
		}
		if toks[i+1].Upper && !covered[i+1] {
			e.learnCandidate(local, s, toks, covered, i+1, q, false)
		}
	case "(":
		// "Acme Corp (NYSE: ACME)", "(Nasdaq: ACME)"
		if i+3 < len(toks) && toks[i+2].Text == ":" && stockExchanges[toks[i+1].Low] {
			from := nameRunBefore(toks, covered, i)
			if from < i {
				e.learnCandidate(local, s, toks, covered, from, i, false)
			}
		}
	}
}

// plainRunAfter returns the end of the capitalised words (at most four) from p, without the
// joiners of nameRunAfter and before a first name: "l'usine Renault de Maubeuge" is Renault's,
// "l'usine MCA Olivier Silva" MCA's.
func plainRunAfter(toks []text.Token, covered []bool, p int) int {
	q := p
	for q < len(toks) && q < p+4 && nameToken(toks, covered, q) && !(q > p && text.FirstNames[toks[q].Low]) {
		q++
	}
	return q
}

// stockExchanges are the exchanges a ticker is given with.
var stockExchanges = text.VendorWordSet("nyse", "nasdaq", "euronext", "lse", "tsx", "asx", "sehk", "hkex", "sse", "szse", "xetra", "six", "amex", "otc")

// auxiliary reports whether w is an auxiliary that a company's participle may follow ("a
// lancé", "avait lancé", "has launched").
func auxiliary(w string) bool {
	switch w {
	case "a", "avait", "ont", "avaient", "has", "had", "have", "aura":
		return true
	}
	return false
}
