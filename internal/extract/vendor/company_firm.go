package vendor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// coFirmWords end names that can only be companies ("Acme Networks", "Delmont Bank").
var coFirmWords = map[string]bool{
	"group": true, "groupe": true, "bank": true, "banque": true, "holdings": true, "holding": true,
	"partners": true, "systems": true, "technologies": true, "technology": true, "industries": true,
	"airlines": true, "airways": true, "motors": true, "capital": true, "ventures": true,
	"networks": true, "software": true, "labs": true, "laboratories": true, "energy": true,
	"resources": true, "financial": true, "communications": true, "foods": true, "fund": true,
	"trust": true, "associates": true, "corporation": true, "company": true, "companies": true,
	"enterprises": true, "investments": true, "securities": true, "savings": true,
	"bancorp": true, "bancshares": true, "mining": true, "petroleum": true, "steel": true,
	"insurance": true, "stores": true, "semiconductor": true, "semiconductors": true,
	"electronics": true, "telecom": true, "telecoms": true, "pharmaceuticals": true,
	"products": true, "services": true, "solutions": true, "analytics": true, "digital": true,
	"media": true, "entertainment": true, "brands": true, "hotels": true, "railroad": true,
	"realty": true, "properties": true, "chemicals": true, "computing": true, "consulting": true,
	"informatique": true, "robotics": true, "microsystems": true, "cloud": true, "data": true,
	"broadcasting": true, "publishers": true, "newspapers": true, "associés": true, "fonds": true,
	"association": true, "society": true, "international": true, "hospital": true, "hotel": true,
	"division": true, "computer": true, "computers": true, "transport": true, "oil": true,
	"gas": true, "airline": true, "bankshares": true, "financiere": true, "financière": true,
	"assurances": true, "mutual": true, "equities": true, "exploration": true, "pharma": true,
	"biotech": true, "mills": true, "works": true, "manufacturing": true, "distribution": true,
	"motor": true, "auto": true, "automobiles": true, "records": true, "pictures": true,
	"studios": true, "restaurants": true, "markets": true, "supermarkets": true, "lines": true,
	"automotive": true, "automobili": true, "aerospace": true, "biotechnology": true,
}

// CoFirmCues are nouns that introduce a company's name ("the start-up Nuvia", "l'éditeur Corvex").
var CoFirmCues = map[string]bool{
	"company": true, "firm": true, "start-up": true, "startup": true, "maker": true,
	"provider": true, "vendor": true, "operator": true, "carrier": true, "subsidiary": true,
	"publisher": true, "supplier": true, "consultancy": true, "conglomerate": true, "concern": true,
	"société": true, "entreprise": true, "groupe": true, "group": true, "éditeur": true,
	"opérateur": true, "fournisseur": true, "constructeur": true, "fabricant": true,
	"filiale": true, "firme": true, "spécialiste": true, "équipementier": true, "prestataire": true,
	"unit": true, "affiliate": true, "retailer": true, "distributor": true, "producer": true,
	"insurer": true, "brewer": true, "chain": true, "giant": true, "géant": true, "rival": true,
	"enseigne": true, "label": true, "chaîne": true, "laboratoire": true, "compagnie": true,
	"cabinet": true, "fonds": true, "fund": true, "banque": true, "bank": true, "lender": true, "assureur": true, "hébergeur": true,
}

// coFirstNames start names that are people, not companies.
var coFirstNames = map[string]bool{
	"john": true, "james": true, "michael": true, "david": true, "robert": true, "william": true,
	"richard": true, "thomas": true, "paul": true, "peter": true, "steve": true, "jeff": true,
	"bill": true, "tim": true, "satya": true, "sundar": true, "larry": true, "marc": true,
	"jean": true, "pierre": true, "michel": true, "philippe": true, "alain": true, "nicolas": true,
	"françois": true, "laurent": true, "olivier": true, "eric": true, "emmanuel": true,
	"donald": true, "élisabeth": true, "marie": true, "anne": true, "bruno": true, "carl": true,
	"elon": true, "jack": true, "george": true, "charles": true, "joe": true, "benoît": true,
}

// CoFirmLike reports whether a name as written can only be a company: it carries a corporate
// suffix or a company word, or is an acronym.
func CoFirmLike(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if HasSuffixWord(name) || coFirmWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,'’s"))] {
		return true
	}
	return len(words) == 1 && (coAcronym(words[0]) && utf8.RuneCountInString(words[0]) >= 3 && !strings.ContainsAny(words[0], "0123456789") || coCamelCase(words[0]))
}

// coCamelCase reports whether w has a capital after a lower-case letter ("PacifiCorp", "WhatsApp").
func coCamelCase(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// coAcronym reports whether w is written in capitals (two to six letters, digits or &).
func coAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&') {
			return false
		}
	}
	return true
}

// CoPerson reports whether a name starts with a common first name.
func CoPerson(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return coFirstNames[strings.ToLower(first)]
}
