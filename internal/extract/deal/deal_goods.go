package deal

import (
	"strings"
	"unicode"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// Goods, securities and commodities change hands in the same verbs as companies: "sold 25 mln dlrs
// of Harlow Mortgage 8.5 pct Bonds", "cargoes of Nordic crude have been sold to Asian traders",
// "engines for three jets bought by Pexa Air", « des titres Valmont vendus à des fonds ». The name
// the readers find there is the issuer, the origin or the maker of what is sold, and no party.

// dealCommodities after a name make it the origin of a commodity ("Iranian crude", "Nordic
// wheat").
var dealCommodities = map[string]bool{"crude": true, "wheat": true, "grain": true, "sugar": true,
	"coffee": true, "cocoa": true, "soybeans": true, "cotton": true, "copper": true, "barley": true,
	"rice": true, "tin": true, "rubber": true, "pétrole": true, "blé": true, "sucre": true, "café": true}

// dealBulkNouns before a participle are goods bought, not a company ("aircraft bought by X").
var dealBulkNouns = map[string]bool{"aircraft": true, "planes": true, "jets": true, "airliners": true,
	"engines": true, "ships": true, "vessels": true, "tankers": true, "cargoes": true, "cars": true,
	"vehicles": true, "trucks": true, "locomotives": true, "machines": true, "computers": true,
	"tonnes": true, "tons": true, "barrels": true, "bonds": true, "notes": true, "securities": true,
	"avions": true, "navires": true, "véhicules": true, "voitures": true, "camions": true,
	"moteurs": true, "obligations": true, "titres": true}

// dealRights after an owner's name make what is bought a right, not the owner ("bought Ossian
// Bank's branch licence", "acquired Delmar's distribution rights", « les brevets de X »).
var dealRights = map[string]bool{"licence": true, "licences": true, "license": true, "licenses": true,
	"rights": true, "patent": true, "patents": true, "trademark": true, "trademarks": true,
	"copyright": true, "copyrights": true, "brevets": true, "droits": true, "marques": true}

// dealTraderNouns after a name make it an adjective of a crowd of buyers ("Western traders",
// "European refiners"), not a company.
var dealTraderNouns = map[string]bool{"traders": true, "dealers": true, "buyers": true,
	"importers": true, "exporters": true, "refiners": true, "négociants": true, "acheteurs": true,
	"importateurs": true, "raffineurs": true}

// goodsDeal reports whether the rule's words at trigger t tell of goods, securities or
// commodities changing hands rather than a company.
func goodsDeal(r dealRule, a *dealArgs, ws []vendor.Dword, t int) bool {
	if r.kind != model.Acquisition && r.kind != kindSale && r.kind != model.Divestiture {
		return false
	}
	if r.subj == roleTarget && !r.afterComma {
		h := passiveHead(ws, t)
		if h >= 0 && strings.HasSuffix(ws[h].Raw, ",") {
			h = -2 // "Holiday-Rambler, which makes recreational vehicles, was acquired by": an aside ends there
		}
		if h >= 0 && !ws[h].Stop && !ws[h].Capitalized() && (dealBulkNouns[ws[h].Lower] || dealGoods[ws[h].Lower] || dealSecurities[ws[h].Lower]) {
			return true // "three A310 aircraft bought by Pexa Air", "the notes will be sold by X"
		}
		if h >= 0 && text.OneOf(ws[h].Lower, "half", "rest", "remainder", "balance", "portion", "moitié", "reste", "solde") {
			return true // "half to be purchased by brokers A and B": a part of an issue, no company
		}
		if r.kind == model.Divestiture && !soldByNamed(ws, h) {
			return true // "models sold by X and Y", "the rest will be sold by X": nothing named is sold
		}
	}
	if r.obj == roleTarget && a.hasObj && !a.obj.Descr && !a.obj.Pronoun && a.obj.End < len(ws) && a.obj.End > 0 &&
		!ws[a.obj.End-1].Stop && modelNumber(ws[a.obj.End].Core) {
		return true // "will buy four Aldane 747-400's", « acheter des Aldane A-40 »: the maker's model
	}
	if a.hasObj && !a.obj.Descr && !a.obj.Pronoun && rightsAfter(ws, a.obj.End) {
		return true // "bought Ossian Bank's branch licence": a right of the named owner
	}
	if r.kind == kindSale && !r.nominal && a.hasObj && !a.obj.Descr && !a.obj.Pronoun && quantityAt(ws, a.obj.End) {
		return true // "will sell Ostra Power up to 90 mln cubic feet of gas": Ostra buys goods
	}
	for _, p := range []struct {
		on, obj bool
		end     int
	}{{a.hasSubj && !a.subj.Pronoun, false, a.subj.End}, {a.hasObj && !a.obj.Pronoun, true, a.obj.End}} {
		if p.on && (securityAfter(ws, p.end) || commodityAfter(ws, p.end) || traderAfter(ws, p.end) || wareAfter(ws, p.end, p.obj)) {
			return true
		}
	}
	return false
}

// securityAfter reports whether a security's name follows word k, after its coupon, series or
// maturity ("Mortgage 9.9 pct Bonds, Series C", « obligations 5 % »).
func securityAfter(ws []vendor.Dword, k int) bool {
	for j := k; j < len(ws) && j < k+4; j++ {
		if dealSecurities[ws[j].Lower] {
			return true
		}
		if !(vendor.CoQtyWord(ws[j]) || text.OneOf(ws[j].Lower, "pct", "%", "series", "senior", "subordinated", "convertible", "zero-coupon", "coupon")) {
			return false
		}
	}
	return false
}

// commodityAfter reports whether word k is a commodity that no facility noun follows ("Iranian
// crude", not "crude oil refinery" told as a business).
func commodityAfter(ws []vendor.Dword, k int) bool {
	if k >= len(ws) || !dealCommodities[ws[k].Lower] {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		if vendor.CoUnitNouns[ws[j].Lower] || text.OneOf(ws[j].Lower, "refinery", "refineries", "pipeline", "terminal", "mine", "mines", "company", "firm") {
			return false
		}
		if ws[j].Stop || ws[j-1].Stop {
			break
		}
	}
	return true
}

// traderAfter reports whether word k is a crowd of buyers ("Western traders").
func traderAfter(ws []vendor.Dword, k int) bool {
	return k < len(ws) && k > 0 && !ws[k-1].Stop && dealTraderNouns[ws[k].Lower]
}

// wareAfter reports whether goods follow word k after at most three lower-case words or model
// numbers ("Harlow-brand monitoring equipment", "Denby's own products", "its Vexo portable
// infusion device", "five Aldane Corp AX-40 wide-body jets", "Ossian Mining's total loans").
func wareAfter(ws []vendor.Dword, k int, obj bool) bool {
	if k > 0 && strings.HasSuffix(ws[k-1].Raw, ",") {
		return false // "Holiday-Rambler, which makes recreational vehicles, was acquired"
	}
	for j := k; j < len(ws) && j < k+4; j++ {
		if ws[j].Capitalized() && j > k && !modelWord(ws[j].Core) {
			return false // "the Filter Division of Mine Safety Appliances Co": a name goes on
		}
		if dealGoods[ws[j].Lower] || obj && j > k && (dealSecurities[ws[j].Lower] || dealBulkNouns[ws[j].Lower]) {
			// "Iroquois' specialty food products segment": the object is a business that makes
			// goods (after a subject, the words may be the verb's object: "X sells products arm")
			return !obj || j+1 >= len(ws) || !vendor.CoUnitNouns[ws[j+1].Lower] && !text.OneOf(ws[j+1].Lower, "segment", "segments", "line", "lines")
		}
		if ws[j].Stop || ws[j].Capitalized() && !modelWord(ws[j].Core) || strings.HasSuffix(ws[j].Raw, ",") {
			return false
		}
	}
	return false
}

// dealRetail matches the words of a sentence that tell of goods sold in shops, through dealers,
// recalled, or of shopping (the lexicon's deal_goods.retail). The closing \b of Go's expressions
// knows only ASCII letters, so an entry ends at a space or a punctuation mark too.
var dealRetail = text.Lazy(mustExpand(`\b{deal_goods.retail}(?:\b|$|[\s,.;:!?)»"'’])`))

// retailDeal reports whether the lower-cased sentence tells its sale or purchase as goods sold to
// consumers: « vendues par l'enseigne X font l'objet d'un rappel », "sold through its network of
// 150 dealers", « faire ses achats de Noël ». A distribution agreement told there is read by
// the partnership rules.
func retailDeal(r dealRule, lower string) bool {
	if r.kind != model.Acquisition && r.kind != kindSale && r.kind != model.Divestiture {
		return false
	}
	return dealRetail.MatchString(lower)
}

// tradeDeal reports whether a relative clause or a present tense tells what a company trades in,
// not a sale of a business: "its centers, which sell computer systems", "Delmar sells
// point-of-sale systems in Canada", « une société qui vend des logiciels »:
// the object is a described business or goods with no article or possessive before it.
func tradeDeal(r dealRule, a *dealArgs, ws []vendor.Dword, t, o int) bool {
	if r.kind != kindSale && r.kind != model.Divestiture || r.nominal || t == 0 || o >= len(ws) {
		return false
	}
	if !text.OneOf(ws[t-1].Lower, "which", "that", "qui") && !text.OneOf(ws[t].Lower, "sells", "vend", "vendent") || !a.hasObj || a.obj.Pronoun {
		return false
	}
	return a.obj.Descr && !ws[o].Stop && !ws[o].Capitalized() && !vendor.CoQtyWord(ws[o]) && !dealDeterminers[ws[o].Lower]
}

// dealDeterminers before a sold object make it a particular business ("which sold its railroad
// interests"), not the goods a company trades in.
var dealDeterminers = map[string]bool{"its": true, "their": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "some": true, "all": true, "son": true, "sa": true, "ses": true,
	"leur": true, "leurs": true, "le": true, "la": true, "les": true, "l'": true, "un": true, "une": true}

// resoldProduct returns the owner of what a seller sells when it is written with its owner's
// possessive ("Telvo to sell Marix' Duo-Line Call Router", "sells Orvane's Kestrel scanners")
// and the owner is not the seller, else "". The reader checks that the owner is a company of the
// document and the product none ("Reader's Digest" is a name): the seller distributes it. A unit
// of the owner ("Allied's Blocks unit") is a business.
func resoldProduct(target, seller string) string {
	i := strings.IndexAny(target, "'’")
	if i <= 0 || i+1 < len(target) && target[i+1] != ' ' && target[i+1] != 's' {
		return ""
	}
	owner := target[:i]
	ws := strings.Fields(strings.ToLower(target))
	if len(ws) < 2 || vendor.CoUnitNouns[ws[len(ws)-1]] || vendor.CoSame(owner, seller) {
		return ""
	}
	return owner
}

// dealPassiveAux may stand between what changes hands and its participle ("the notes will be
// sold by", "which are being sold by", « qui ont été cédés par »).
var dealPassiveAux = map[string]bool{"will": true, "would": true, "be": true, "been": true, "being": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "to": true,
	"shall": true, "may": true, "already": true, "also": true, "now": true, "recently": true, "later": true,
	"which": true, "that": true, "then": true, "qui": true, "ont": true, "a": true, "été": true, "sont": true, "est": true,
	"seront": true, "sera": true, "déjà": true, "aussi": true, "récemment": true}

// passiveHead returns the word that ends what a passive participle at word t tells of, past
// its auxiliaries and a relative pronoun ("the notes will be sold by": "notes"), or -1 when the
// sentence starts there (goodsDeal sets -2 when an aside ends there).
func passiveHead(ws []vendor.Dword, t int) int {
	k := t - 1
	for k >= 0 && dealPassiveAux[ws[k].Lower] && !ws[k].Capitalized() {
		k--
	}
	return k
}

// soldByNamed reports whether what "sold by" tells of is named right before it: a company or a
// unit of one ("Kestrel Foods, sold by Harlow in 2019", "the 20 pct stake in Orvane sold by
// Telvo", « la filiale X, cédée par Y »). A common noun there ("PC models sold by X and Y",
// "clothing made by X and sold by Y", "the rest will be sold by its two holders") tells of goods
// or securities, not of a business changing hands.
func soldByNamed(ws []vendor.Dword, h int) bool {
	if h < 0 {
		return h == -2
	}
	w := ws[h]
	if w.Capitalized() || vendor.CoUnitNouns[w.Lower] && !dealBulkNouns[w.Lower] {
		return true
	}
	switch w.Lower {
	case "stake", "stakes", "holding", "holdings", "interest", "shareholding", "participation", "participations",
		"pct", "percent", "%", "société", "entreprise", "groupe", "company", "firm", "group":
		return true
	}
	return false
}

// modelWord reports whether a capitalised word is a model number ("MD-11", "A310", "747s"):
// it holds a digit.
func modelWord(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// quantityAt reports whether a quantity starts at word k, after a lead such as "up to",
// "about", "an additional" ("sell Ostra Power up to 90 mln cubic feet", "sell Delmar 2,000
// tonnes"): after a sale verb's first object, it makes that object the one who receives what is
// sold, and what is sold goods or securities rather than the named company (shares, a stake in
// a company, are left to the stake readers).
func quantityAt(ws []vendor.Dword, k int) bool {
	if k > 0 && ws[k-1].Stop {
		return false // "sold Kestrel, 40 mln dlrs of whose…": the name ends its phrase
	}
	if k+1 < len(ws) && ws[k].Lower == "up" && ws[k+1].Lower == "to" {
		k += 2
	}
	for n := 0; n < 2 && k < len(ws) && text.OneOf(ws[k].Lower, "about", "some", "an", "additional", "another", "approximately", "nearly", "jusqu'à", "environ"); n++ {
		k++
	}
	if k >= len(ws) || !vendor.CoQtyWord(ws[k]) || yearWord.MatchString(ws[k].Core) || measureWord(ws[k].Core) {
		return false // "sold the Ostra Park 500-site community": a measure describes the name
	}
	// "sell Ostra 900,000 Delmar shares": a stake changes hands, which the stake readers tell
	return !stakeAt(ws, k)
}

// modelNumber reports whether a word right after a maker's name is a model number: digits with
// capital letters or joined by a hyphen, or a plural of digits ("747-400's", "A350", "MD-11",
// "737s"), not a plain number, a year, a percentage or a measure ("Harlow 1987", "Harlow 40 pct",
// "the Delmar 600-site park").
func modelNumber(w string) bool {
	core := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "s")
	plural := core != w
	digits, upper, lower, hyphenDigit := 0, 0, 0, false
	for i, r := range core {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLetter(r):
			lower++
		case r == '-':
			hyphenDigit = hyphenDigit || i+1 < len(core) && core[i+1] >= '0' && core[i+1] <= '9'
		}
	}
	switch {
	case digits == 0 || lower > 0:
		return false // "600-site", "50-pct", "2nd"
	case upper > 0 || hyphenDigit:
		return true
	}
	return plural && digits >= 3 && !yearWord.MatchString(core) // "737s", not "the 1980s"
}

// rightsAfter reports whether a right follows a named owner at word k, after at most two
// lower-case words ("Pennick Bank's branch licence", "Delmar's distribution rights").
func rightsAfter(ws []vendor.Dword, k int) bool {
	if k == 0 || ws[k-1].Stop {
		return false
	}
	for j := k; j < len(ws) && j < k+3; j++ {
		if dealRights[ws[j].Lower] {
			return true
		}
		if ws[j].Stop || ws[j].Capitalized() || dealConjunctions[ws[j].Lower] {
			return false
		}
	}
	return false
}

// dealConjunctions end the words that may describe what an owner's name starts.
var dealConjunctions = map[string]bool{"and": true, "or": true, "et": true, "ou": true, "--": true, "—": true, "–": true}

// measureWord reports whether a word is a number joined to a noun by a hyphen ("500-site",
// "19-seat", "50-acre"): an adjective of size, not a quantity of goods.
func measureWord(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	r := rune(w[i+1])
	return w[0] >= '0' && w[0] <= '9' && unicode.IsLetter(r) && unicode.IsLower(r)
}
