package vendor

import (
	"strings"

	"marketbrief/internal/extract/text"
)

// CoConnectors may join the words of one name when a capitalized word follows.
var CoConnectors = map[string]bool{
	"and": true, "&": true, "und": true, "et": true, "e": true, "y": true,
	"of": true, "de": true, "des": true, "du": true, "del": true, "der": true, "for": true, "van": true, "von": true,
	// Portuguese, Italian and Spanish particles: "Vickers da Costa", "Banco do Brasil", "Banca
	// di Roma", "Cassa della Marca"; they join only when written in lower case (see coParticles).
	"da": true, "das": true, "do": true, "dos": true, "di": true, "della": true, "delle": true,
	"dello": true, "degli": true, "dei": true,
}

// coParticles are the connectors that are also common words of English headlines in capitals
// ("WHY BANKS DO…"): they join the words of a name only when written in lower case.
var coParticles = map[string]bool{"da": true, "das": true, "do": true, "dos": true, "di": true,
	"della": true, "delle": true, "dello": true, "degli": true, "dei": true}

// coSecondParticles follow a connector inside one name: "Caisse de la Loire", "Banco de los
// Andes", "Philips van der Meer", « Crédit de l'Ouest ».
var coSecondParticles = map[string]bool{"la": true, "l'": true, "l’": true, "los": true, "las": true,
	"der": true, "den": true, "de": true}

// coConnectorAt returns how many words of ws from j join the name before them to a
// capitalized word after them ("da", "de la"), or 0.
func coConnectorAt(ws []Dword, j int) int {
	w := ws[j]
	if !CoConnectors[w.Lower] || w.Stop || coParticles[w.Lower] && w.Core != w.Lower {
		return 0
	}
	n := 1
	if k := j + 1; k < len(ws) && text.OneOf(w.Lower, "de", "van", "von") && coSecondParticles[ws[k].Lower] &&
		ws[k].Core == ws[k].Lower && !ws[k].Stop && !(w.Lower == "de" && ws[k].Lower == "de") {
		n = 2
	}
	if k := j + n; k >= len(ws) || !InName(ws, k) || CoNotNames[ws[k].Lower] {
		return 0
	}
	return n
}

// CoNotNames are capitalized words that do not start a company name.
var CoNotNames = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "its": true, "in": true, "on": true, "for": true,
	"he": true, "she": true, "they": true, "this": true, "that": true, "these": true, "those": true,
	"under": true, "after": true, "as": true, "at": true, "but": true, "and": true, "also": true,
	"le": true, "la": true, "les": true, "l'": true, "il": true, "elle": true, "ce": true, "cette": true,
	"pour": true, "dans": true, "en": true, "au": true, "aux": true, "un": true, "une": true,
	"selon": true, "mr": true, "mrs": true, "ms": true, "reuter": true, "reuters": true,
	"terms": true, "earlier": true, "last": true, "since": true, "by": true, "with": true,
	"from": true, "to": true, "of": true, "de": true, "du": true, "des": true, "d'": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true,
	"vendredi": true, "samedi": true, "dimanche": true, "hier": true, "aujourd'hui": true, "aujourd’hui": true,
	"yesterday": true, "today": true, "about": true, "some": true, "nearly": true, "around": true,
	"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "août": true, "septembre": true, "octobre": true, "novembre": true,
	"décembre": true, "pov": true, "chairman": true, "president": true, "chief": true,
	"according": true, "both": true, "each": true, "all": true, "no": true, "not": true,
	"we": true, "our": true, "i": true, "you": true, "there": true, "their": true, "his": true,
	"her": true, "if": true, "when": true, "while": true, "where": true, "which": true, "who": true,
	"securities": true, "ceo": true, "sources": true, "analysts": true, "is": true,
	"purchased": true, "acquired": true, "bought": true, "meanwhile": true, "however": true,
	"depuis": true, "après": true, "avant": true, "lors": true, "chez": true, "avec": true,
	"par": true, "sur": true, "sa": true, "son": true, "ses": true, "leur": true, "leurs": true,
	"à": true, "fin": true, "début": true, "ensuite": true, "puis": true, "ainsi": true,
	"government": true, "company": true, "group": true, "faisant": true,
	"alors": true, "cependant": true, "toutefois": true, "néanmoins": true, "enfin": true,
	"aussi": true, "pourtant": true, "quant": true, "outre": true, "lorsque": true, "bien": true,
	"early": true, "late": true, "we're": true, "it's": true, "they're": true, "that's": true,
	"i'm": true, "there's": true, "ils": true, "elles": true, "nous": true, "je": true,
	"vous": true, "tu": true, "cet": true, "ces": true, "contre": true, "près": true,
	"partout": true, "viennent": true, "question": true, "conçue": true, "conçu": true, "j'ai": true,
	"c'est": true, "officials": true, "lawyers": true, "prosecutors": true, "executives": true, "investors": true, "shareholders": true, "traders": true, "bankers": true, "dealers": true, "several": true, "many": true, "few": true, "donc": true, "chaque": true, "grâce": true, "dès": true, "malgré": true, "autre": true, "déjà": true, "plusieurs": true, "quelques": true, "certains": true, "certaines": true,
	"cela": true, "ceci": true, "ça": true, "note": true, "press": true, "most": true, "u.s": true, "u.k": true, "toujours": true, "sous": true, "dont": true, "mais": true, "ndlr": true, "here's": true, "what": true, "how": true, "why": true,
	"corrects": true, "corrected": true, "correction": true, "clarifies": true, // newswire correction notes
}

// NameStart reports whether a company name may start at ws[i].
func NameStart(ws []Dword, i int) bool {
	w := ws[i]
	if !w.Capitalized() || CoNotNames[w.Lower] {
		return false
	}
	if (w.Lower == "may" || coNumberWords[w.Lower]) && i+1 < len(ws) && !ws[i+1].Capitalized() {
		return false // "Two years ago", not "Four Seasons Hotels"
	}
	if (w.Lower == "reuters" || w.Lower == "reuter") && i+1 < len(ws) && ws[i+1].Capitalized() && !ws[i].Stop {
		return true // "Reuters Holdings PLC"
	}
	if w.Stop && strings.HasSuffix(w.Lower, "ly") {
		return false // "Alternatively,"
	}
	if frenchNationalNounAt(ws, i) {
		return false // "le Chinois Sinovac": the name is Sinovac
	}
	return true
}

// frenchNationalNounAt reports whether ws[i] is a capitalised nationality used as a noun before a
// name: an article before it, a capitalised word after ("le Chinois Sinovac", "l'Américain
// Brightwave"). Not "La Française des Jeux", nor "British American Tobacco".
func frenchNationalNounAt(ws []Dword, i int) bool {
	if i == 0 || i+1 >= len(ws) || ws[i].Stop || !ws[i+1].Capitalized() || !CoNationalities[ws[i].Lower] {
		return false
	}
	switch ws[i-1].Lower {
	case "le", "la", "l'", "l’":
		return true
	}
	return false
}

// coSuffix reports whether w is a corporate suffix as written: capitalized ("SA", "Inc"), so
// that the French "sa" and "se" ("cède sa filiale", "se sépare") never close a name.
func coSuffix(w Dword) bool {
	return text.CoSuffixes[strings.TrimSuffix(w.Lower, ".")] && w.Capitalized()
}

// InName reports whether ws[i] may continue a company name.
func InName(ws []Dword, i int) bool {
	w := ws[i]
	if coSuffix(w) {
		return true
	}
	if !w.Capitalized() {
		return false
	}
	switch w.Lower {
	case "the", "it", "its", "in", "on", "a", "le", "la", "les", "reuter", "said", "says", "terms":
		return false
	}
	return true
}

// nameEnd returns the end (exclusive word index) of the company name that starts at ws[i], or i
// when none does. A name is a run of capitalized words, joined by "and", "of", "de"… when
// another capitalized word follows, closed by corporate suffixes; punctuation or a possessive
// ends it.
func nameEnd(ws []Dword, i int) int {
	if i >= len(ws) || !NameStart(ws, i) {
		return i
	}
	j := i
	suffixed := false
	for j < len(ws) {
		w := ws[j]
		j++
		if coSuffix(w) && j-1 > i {
			suffixed = true
		}
		if w.Stop || w.Poss || j >= len(ws) {
			break
		}
		next := ws[j]
		if coSuffix(next) {
			continue
		}
		if suffixed && !(next.Lower == "and" && j+1 < len(ws) && (ws[j+1].Lower == "co" || ws[j+1].Lower == "co.")) {
			break
		}
		if (next.Lower == "and" || next.Lower == "et") && coHasConnector(ws[i:j]) {
			break // "Bull of France and NEC Corp": two companies
		}
		if n := coConnectorAt(ws, j); n > 0 {
			if next.Lower == "for" && !strings.EqualFold(ws[j+1].Lower, "savings") {
				break
			}
			j += n
			continue
		}
		if !InName(ws, j) || coBracketAcronym(next.Raw) {
			break
		}
	}
	return j
}

// companyName is a company name found in a sentence.
type companyName struct {
	name       string // as written, possessive and descriptors removed
	start, end int    // word indexes
	poss       bool   // written with a possessive 's ("Monsanto Co's")
}

// nameAt returns the company name starting at word i, if any.
func nameAt(s string, ws []Dword, i int) (companyName, bool) {
	j := nameEnd(ws, i)
	if j == i {
		return companyName{}, false
	}
	// "the Los Angeles-based Rogers and Cowan Inc": the name starts after the descriptor.
	for k := j - 2; k >= i; k-- {
		if coHyphenDescr(ws[k].Lower) {
			i = k + 1
			break
		}
	}
	if coOnlySuffixes(ws[i:j]) {
		return companyName{}, false
	}
	last := ws[j-1]
	text := coJoinWords(s, ws, i, j)
	if last.Poss {
		text = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"), "'")
	}
	text = strings.TrimSuffix(text, ".")
	if text == "" {
		return companyName{}, false
	}
	return companyName{name: text, start: i, end: j, poss: last.Poss}, true
}

// splitCoordinated splits "A and B" / "A et B" into its two names when both are names; it
// returns the name alone otherwise.
func splitCoordinated(n companyName, ws []Dword, s string) []companyName {
	for k := n.start + 1; k < n.end-1; k++ {
		switch ws[k].Lower {
		case "and", "et", "&":
			a := companyName{name: coJoinWords(s, ws, n.start, k), start: n.start, end: k}
			b := companyName{name: coJoinWords(s, ws, k+1, n.end), start: k + 1, end: n.end, poss: n.poss}
			b.name = strings.TrimSuffix(strings.TrimSuffix(b.name, "'s"), "’s")
			return []companyName{a, b}
		}
	}
	return []companyName{n}
}

// coBracketAcronym reports whether a word is an acronym in brackets ("(FHLBB)"), which follows a
// name without being part of it; "(Australia)" and "(U.K.)" are part of names.
func coBracketAcronym(raw string) bool {
	if !strings.HasPrefix(raw, "(") {
		return false
	}
	core := strings.Trim(raw, "(),.;:")
	return len(core) >= 2 && strings.ToUpper(core) == core && !strings.Contains(core, ".")
}

// coHyphenDescr reports whether a lower-cased word is a descriptor such as "boston-based".
func coHyphenDescr(l string) bool {
	for _, suf := range []string{"-based", "-owned", "-held", "-quoted", "-listed", "-chartered", "-controlled", "-backed"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// coHasConnector reports whether a name already joins words with "of", "de"… (after which an
// "and" starts another company).
func coHasConnector(ws []Dword) bool {
	for _, w := range ws {
		switch w.Lower {
		case "of", "de", "des", "du":
			return true
		}
	}
	return false
}

// coOnlySuffixes reports whether every word is a corporate suffix ("Corp" alone is no name).
func coOnlySuffixes(ws []Dword) bool {
	for _, w := range ws {
		if !text.CoSuffixes[strings.TrimSuffix(w.Lower, ".")] {
			return false
		}
	}
	return true
}

// coInstitutions are words that end the names of authorities, courts and agencies: they rule on
// deals but are not parties to them.
var coInstitutions = map[string]bool{
	"commission": true, "court": true, "department": true, "office": true, "counsel": true,
	"agency": true, "ministry": true, "board": true, "reuters": true, "reuter": true,
	"congress": true, "senate": true, "treasury": true, "regulators": true, "judge": true,
	"ville": true, "état": true, "etat": true, "mairie": true, "commune": true, "région": true,
	"ndlr": true, "afp": true, "sec": true, "ftc": true, "fcc": true, "icc": true, "tribunal": true, "cour": true, "parquet": true, "ministère": true,
	"ong": true, "académie": true, "assemblée": true,
	"sénat": true, "gouvernement": true, "préfecture": true, "pnf": true, "nasa": true, "csa": true, "hadopi": true, "arcep": true, "cnil": true, "arcom": true,
}

// coInstitutionStarts begin the names of councils and committees ("Conseil d'État", "Comité
// international olympique"); at the end of a name they are a firm's trade ("Lysio Conseil").
var coInstitutionStarts = map[string]bool{"conseil": true, "comité": true, "council": true, "committee": true}

// CoInstitution reports whether name is an authority rather than a company ("Department of
// Transportation", "Federal Home Loan Bank Board").
func CoInstitution(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if coInstitutionStarts[strings.ToLower(first)] {
		return true // "Conseil de la recherche", not "Lysio Conseil"
	}
	for _, w := range strings.Fields(name) {
		if coInstitutions[strings.ToLower(strings.Trim(w, ".,'’()"))] {
			return true
		}
	}
	return false
}
