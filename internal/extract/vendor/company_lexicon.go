package vendor

// CoSkippable are determiners and descriptors skipped before a name in argument position.
var CoSkippable = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "sa": true, "son": true,
	"ses": true, "leur": true, "leurs": true, "all": true, "substantially": true, "certain": true,
	"remaining": true, "entire": true, "outstanding": true, "issued": true, "common": true,
	"preferred": true, "capital": true, "ordinary": true, "additional": true, "further": true,
	"privately": true, "privately-held": true, "privately-owned": true, "held": true, "owned": true,
	"wholly": true, "wholly-owned": true, "publicly": true, "newly": true, "formed": true,
	"other": true, "majority": true, "rest": true, "balance": true, "de": true, "d'": true, "du": true,
	"des": true, "of": true, "in": true, "dans": true, "shares": true, "shrs": true, "stake": true,
	"actions": true, "titres": true, "million": true, "millions": true,
	"interest": true, "share": true, "holding": true, "stock": true, "equity": true, "pct": true,
	"percent": true, "per": true, "cent": true, "%": true, "mln": true, "participation": true,
	"controlling": true, "minority": true, "assets": true, "américain": true,
	"groupe": true, "société": true, "opérateur": true, "français": true,
	"française": true, "chinois": true, "chinoise": true, "américaine": true, "allemand": true,
	"britannique": true, "japonais": true, "start-up": true, "startup": true, "éditeur": true,
	"spécialiste": true, "fournisseur": true, "constructeur": true, "géant": true, "rival": true,
	"concurrent": true, "leader": true, "firm": true, "company": true, "companies": true,
	"firme": true, "entreprise": true, "marque": true, "filiale": true, "maker": true,
	"food": true, "distributor": true, "concern": true, "manufacturer": true,
	"n": true, "tender": true, "treasury": true, "subsidiary": true,
	"unit": true, "affiliate": true, "producer": true, "retailer": true, "investor": true,
	"investment": true, "partnership": true, "supplier": true, "provider": true, "operator": true,
	"chain": true, "giant": true, "small": true, "large": true, "big": true, "local": true,
	"american": true, "rival's": true, "property": true, "consultancy": true,
	"équipementier": true, "opérateurs": true, "acteur": true, "pure": true, "player": true,
	"about": true, "approximately": true, "nearly": true, "some": true, "up": true, "dlrs": true,
	"dlr": true, "worth": true, "total": true, "equivalent": true, "position": true, "remainder": true,
}

// coLinkable reports whether a link word may follow w inside a party phrase.
func coLinkable(w Dword) bool {
	return coHoldingNouns[w.Lower] || CoQtyWord(w) || CoSkippable[w.Lower] || CoUnitNouns[w.Lower]
}

// coLinkWords join a holding to what it is held in ("a 20 pct stake in", "la marque de").
var coLinkWords = map[string]bool{"in": true, "of": true, "dans": true, "de": true, "du": true, "des": true, "d'": true}

// coHoldingNouns may be followed by a link word and the company they are part of.
var coHoldingNouns = map[string]bool{
	"shares": true, "shrs": true, "stake": true, "interest": true, "holding": true, "stock": true,
	"actions": true, "titres": true, "equity": true, "pct": true, "percent": true, "cent": true, "%": true, "participation": true,
	"capital": true, "assets": true, "majority": true, "rest": true, "balance": true,
	"remainder": true, "all": true, "position": true, "control": true, "part": true,
	"portion": true, "outstanding": true, "common": true, "issued": true, "equivalent": true,
	"marque": true, "filiale": true, "société": true, "groupe": true, "start-up": true,
	"activité": true, "activités": true, "division": true, "branche": true, "contrôle": true,
	"totalité": true, "partie": true, "startup": true, "the": true, "shareholding": true,
	"ordinary": true, "preferred": true, "entreprise": true, "éditeur": true, "spécialiste": true,
	"liabilities": true, "assumption": true, "holdings": true, "postion": true, "properties": true,
}

// CoPrepositions end the descriptors after a possessive ("X's plant in Napa").
var CoPrepositions = map[string]bool{"in": true, "of": true, "at": true, "on": true, "for": true, "from": true, "to": true, "with": true, "by": true}

// coGenericHoldings are what a company owns as a whole: buying them "of X" is buying X.
var coGenericHoldings = map[string]bool{"assets": true, "business": true, "businesses": true, "operations": true, "interests": true, "activités": true}

// CoUnitNouns end a described business that is bought or sold.
var CoUnitNouns = map[string]bool{
	"business": true, "businesses": true, "unit": true, "units": true, "division": true,
	"divisions": true, "subsidiary": true, "subsidiaries": true, "operations": true, "operation": true,
	"plant": true, "plants": true, "assets": true, "interests": true, "properties": true,
	"stores": true, "mill": true, "mills": true, "field": true, "system": true, "systems": true,
	"centers": true, "branch": true, "branches": true, "facility": true, "facilities": true,
	"activité": true, "activités": true, "branche": true, "filiale": true,
	"mines": true, "blocks": true, "stations": true, "station": true, "newspapers": true, "chain": true,
	"banks": true, "companies": true, "papers": true, "publications": true, "rights": true,
	"group": true, "arm": true, "hospitals": true, "hotels": true, "restaurants": true, "refineries": true,
	"sawmill": true, "magasins": true, "usines": true, "usine": true,
}

// CoClauseWords are articles and auxiliaries: a name's descriptors never run across them
// ("Corvex avait racheté la start-up Sylvane" does not describe Sylvane as Corvex).
var CoClauseWords = map[string]bool{
	"la": true, "le": true, "les": true, "l'": true, "the": true, "un": true, "une": true,
	"avait": true, "ont": true, "est": true, "était": true, "sera": true, "was": true, "has": true,
	"had": true, "is": true, "will": true, "would": true, "said": true, "says": true, "va": true,
}

// coIndefinite articles introduce one thing of many: "buy a Tesla", "acheter une Continental".
var coIndefinite = map[string]bool{"a": true, "an": true, "un": true, "une": true, "des": true,
	"plusieurs": true, "several": true, "some": true, "cette": true, "ce": true, "cet": true,
	"ces": true, "this": true, "these": true}

// holdingBetween reports whether words [i, k) name a holding ("a 20 pct stake in").
func holdingBetween(ws []Dword, i, k int) bool {
	for j := i; j < k; j++ {
		if coHoldingNouns[ws[j].Lower] && ws[j].Lower != "the" || CoQtyWord(ws[j]) {
			return true
		}
	}
	return false
}

// coOwnerNouns say that the name before them owns the name after them ("X unit Y").
var coOwnerNouns = map[string]bool{"unit": true, "subsidiary": true, "affiliate": true, "division": true, "arm": true, "filiale": true}

// coRoleNouns describe a company or person whose name follows ("investor Mario Gabelli").
var coRoleNouns = map[string]bool{
	"investor": true, "consultancy": true, "group": true, "firm": true, "company": true,
	"insurer": true, "maker": true, "manager": true, "bank": true, "concern": true,
	"operator": true, "producer": true, "retailer": true, "distributor": true, "developer": true,
	"trust": true, "fund": true, "chain": true, "giant": true, "carrier": true, "airline": true,
	"brewer": true, "partnership": true, "conglomerate": true, "holding": true, "publisher": true,
	"supplier": true, "provider": true, "traders": true, "trader": true, "financier": true,
	"unit": true, "subsidiary": true, "affiliate": true, "arm": true, "startup": true, "start-up": true,
	"oilman": true, "businessman": true, "entrepreneur": true, "industrialist": true, "tycoon": true,
	"magnate": true, "billionaire": true, "milliardaire": true, "financière": true,
	"spécialiste": true, "éditeur": true, "opérateur": true, "groupe": true, "fournisseur": true,
}
