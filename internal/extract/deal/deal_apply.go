package deal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// dealArgs are the phrases a rule found, before pronouns are resolved.
type dealArgs struct {
	subj, obj    vendor.Party
	hasSubj      bool
	hasObj       bool
	parties      []vendor.Party // coordinated subject or object ("X and Y")
	more         []vendor.Party // further targets ("A and B" after the trigger)
	coBuyers     []vendor.Party // further buyers ("to A and B", "X said it and Y agreed to buy")
	from, to, by vendor.Party   // "from X", "to X", "by X"
	into, with   vendor.Party
	spans        [][2]int // the words of each item of a list of targets (see listTargets)
	subjPrev     bool     // the subject is a pronoun for the company told in earlier sentences
	noteSubj     bool     // subjPrev for a results note's deal noun: the reporting company's (see resultsStory)
	stake        int      // the object is a stake (stakeMinority, stakeMajority) or not
	shares       bool     // shares are bought ("acquired 2,455,000 Cyclops shares"), not the company
	count        bool     // a count of shares of unknown weight is bought ("870,100 X shares")
}

// apply reads the deals that rule r states at match m of sentence s.
func (c *dealContext) apply(r dealRule, s, lower string, ws []vendor.Dword, m []int) []model.Deal {
	t, o := vendor.CoWordIndex(ws, m[0]), vendor.CoWordIndex(ws, m[1])
	if t > 0 && ws[t-1].Start < m[0] && m[0] < ws[t-1].Start+len(ws[t-1].Raw) {
		return nil // the trigger is the end of a compound ("its newly-acquired units"): an adjective
	}
	if !triggerWritten(s, ws, t, r) || r.needQty && !stakeAt(ws, o) {
		return nil
	}
	if r.kind == model.Investment && o < len(ws) && text.OneOf(ws[o].Lower, "its", "their", "son", "sa", "ses", "leur", "leurs") {
		return nil // "invest 7.8 billion euros in its European Sovereign Cloud": its own business
	}
	if r.afterComma && (t == 0 || !strings.HasSuffix(ws[t-1].Raw, ",")) {
		return nil
	}
	if r.afterSubject && (t == 0 || ws[t-1].Stop || !(ws[t-1].Capitalized() || text.OneOf(ws[t-1].Lower, "they", "ils"))) {
		return nil
	}
	if passiveSale(r, ws, t, o) {
		return nil // "cédé par X", "sold by X": the agent of a participle, read by the "sold by" rule
	}
	if r.kind == kindSale && !r.nominal && o < len(ws) && dealPartitives[ws[o].Lower] {
		return nil // "qui a vendu deux fois plus de PlayStation", « vendu de Xbox »: goods sold
	}
	a := dealArgs{}
	switch r.subj {
	case roleParties:
		a.parties = subjectParties(s, ws, t)
	case roleNone:
	default:
		a.readSubject(r, s, ws, t)
	}
	if r.kind == model.Merger && r.subj == roleTarget && r.obj == roleAcquirer && a.hasSubj && unitSubject(ws, a.subj, t) {
		// "its Ashford bank unit will merge with Linden": a group's unit takes the other bank
		// in, as the group's shares paid for it show; it is not merged into it.
		r.subj, r.obj = roleAcquirer, roleTarget
	}
	if (r.kind == model.Acquisition || r.kind == kindSale) && modelNumberAt(ws, o) {
		return nil // "faire l'acquisition du 718 Boxster T": a model, not a company
	}
	end, ok := a.readObject(r, s, ws, t, o)
	if a.readObjectRelative(r, s, ws, t) {
		ok = true // "…, qu'il a acquis en 2009.": what is bought comes before the verb
	}
	if r.kind == model.Investment && a.hasObj && a.obj.End < len(ws) && dealSecurities[ws[a.obj.End].Lower] {
		return nil // "a fund which invests in Ginnie Mae securities": securities, not a company
	}
	if r.kind == model.Investment && dealGroupWords.MatchString(lower[m[0]:m[1]]) {
		return nil // "sold to a company controlled by an investment group led by X": no round
	}
	if r.kind == kindSale && a.hasObj && a.obj.Descr && dealGoodsIn(a.obj.Name) {
		return nil // "the sale of excess inventory and assets": goods, not a business
	}
	if r.kind == kindSale && a.hasObj && a.obj.End < len(ws) && dealGoods[ws[a.obj.End].Lower] {
		return nil // "Molex will sell Dubilier's products worldwide": distribution, not a sale of a firm
	}
	if goodsDeal(r, &a, ws, t) || tradeDeal(r, &a, ws, t, o) {
		return nil // bonds, crude, aircraft or wares change hands, not a company (deal_goods.go)
	}
	if !ok || r.task && !dealTaskAt(ws, end) || r.dealNoun && !(end < len(ws) && dealNouns[ws[end].Lower]) {
		return nil
	}
	if r.opener {
		a.subj, a.hasSubj = afterOpener(s, ws, end)
	} else if r.subj == roleAcquirer && !a.hasSubj && t <= 3 && dealOpenerWords[ws[0].Lower] {
		// "After buying A for $2bn and B for $1bn, X said…": the buyer follows the opening phrase.
		a.subj, a.hasSubj = afterOpener(s, ws, end)
	}
	if r.kind == model.Acquisition && a.shares && a.stake == stakeNone && a.hasObj {
		a.stake = stakeWeightAfter(ws, a.obj.End) // "bought 118,000 shares of X, or 5.7 pct"
		// "bought 870,100 X common shares": shares of unknown weight, maybe no takeover
		a.count = a.stake == stakeNone && (a.count || stakeCountAt(ws, skipAdverbials(ws, o)))
	}
	if r.stake && a.stake == stakeNone {
		a.stake = stakeAfter(ws, end) // "raised its stake in X to 6.2 pct"
	}
	if r.afterComma {
		var more []vendor.Party
		more, end = alongWith(s, ws, end)
		a.more = append(a.more, more...)
	}
	a.scanTail(s, ws, end)
	ds := c.build(r, s, m, a)
	// The context checks cost more than reading the phrases, and most triggers make no deal:
	// they run last.
	if len(ds) == 0 || dealHedged(lower, ws, t, m[0]) || dealFailed.MatchString(lower[m[1]:min(len(lower), m[1]+160)]) ||
		r.nominal && frenchConditional(lower[m[1]:min(len(lower), m[1]+70)]) || // « le rachat de X devrait… »
		retailDeal(r, lower) || // « vendues par l'enseigne X », « faire ses achats de Noël »
		dealNotTrigger.MatchString(lower[max(0, m[0]-12):min(len(lower), m[1]+30)]) {
		return nil
	}
	return ds
}

// readSubject reads the subject of the trigger at word t: the name just before it (rules that
// ask for it), the owner of a deal noun ("X's purchase of"), else the clause subject; with the
// co-buyers and the seller an acquirer's clause names before the verb.
func (a *dealArgs) readSubject(r dealRule, s string, ws []vendor.Dword, t int) {
	if r.near || r.subj == roleTarget && t > 0 && strings.HasSuffix(ws[t-1].Raw, ",") {
		// "l'enseigne Darty, rachetée en 2016 par la Fnac, …": a participle after a comma
		// tells of the name just before it, not of the clause's subject.
		a.subj, a.hasSubj = vendor.NearestName(s, ws, t)
	}
	if !a.hasSubj && r.nominal {
		a.subj, a.hasSubj = possessorBefore(s, ws, t)
		if a.hasSubj && a.subj.Main {
			// "X said Y raised its offer for Z": "its" is the subject of its clause.
			a.subj, a.hasSubj = vendor.SubjectBefore(s, ws, t)
		}
	}
	if !a.hasSubj {
		a.subj, a.hasSubj = vendor.SubjectBefore(s, ws, t)
		if a.hasSubj && !r.nominal && !a.subj.Pronoun && reportedOwnSubject(s, ws, a.subj.End, t) {
			a.subj, a.hasSubj = vendor.Party{}, false // "X said a group of investors offered to buy"
		}
		if a.hasSubj && !a.subj.Pronoun && reportedGroupSubject(ws, a.subj.End, t) {
			a.subj, a.hasSubj = vendor.Party{}, false // "X said outside investors close to it signed… for the purchase of Y"
		}
		if a.hasSubj && r.nominal && !a.subj.Pronoun && resultsNoteSubject(a.subj) {
			// "Note: Prior-year figures restated to include the purchase of X": the reporting company's
			a.subj, a.hasSubj, a.subjPrev, a.noteSubj = vendor.Party{}, false, true, true
			return
		}
	}
	if p, ok := forToSubject(s, ws, t); ok && !r.nominal {
		a.subj, a.hasSubj = p, true // "an arrangement for X to buy Y": X buys
	}
	if a.hasSubj && !a.subj.Pronoun {
		if p, ok := subjectAfterOpening(s, ws, a.subj, t); ok {
			a.subj = p // "Between May 2 and June 20, X bought Y": X, not 'Between May'
		}
	}
	if !a.hasSubj {
		a.subj, a.hasSubj = frenchSubjectPronoun(ws, t)
	}
	if !a.hasSubj && r.nominal && r.kind == model.Contract && t <= 3 {
		a.subjPrev = true // "Le contrat avec X…": the company the story is about holds it
	}
	if a.hasSubj && !a.subj.Pronoun {
		if p, ok := speakerBefore(s, ws, a.subj.End, t); ok {
			a.subj = p // "…avec un Salon de Genève…, X a annoncé avoir fait l'acquisition de Y": X
		}
	}
	if a.hasSubj && r.subj == roleAcquirer {
		a.coBuyers = append(a.coBuyers, itAndName(s, ws, a.subj.End, t)...)
		if r.kind == model.Acquisition {
			a.from = agreementWith(s, ws, a.subj.End, t)
		}
	}
}

// readObject reads the phrase after the trigger (word o), or before it for a headline ("X eyes
// Y buy"); it returns the word where the object ends, and false when a rule that wants a name
// right after its trigger finds none.
func (a *dealArgs) readObject(r dealRule, s string, ws []vendor.Dword, t, o int) (int, bool) {
	end := o
	switch {
	case r.headline:
		a.obj, a.hasObj = vendor.NameBefore(s, ws, t)
	case r.obj == roleParties:
		a.parties = vendor.Coordinated(s, ws, o)
		if len(a.parties) > 0 {
			end = a.parties[len(a.parties)-1].End
		}
	case r.obj != roleNone && o < len(ws):
		o = skipAdverbials(ws, o)
		if r.kind == kindSale && o+1 < len(ws) && ws[o].Lower == "off" {
			o++ // "to sell off four operating units"
		}
		if o >= len(ws) {
			return end, false
		}
		a.shares = sharesBought(ws, o)
		if p, next, ok := sellerFirst(r, s, ws, o); ok {
			a.from, o = p, next // "buy from X its Y unit": the seller comes first
		}
		a.count = stakeCountAt(ws, o) // "buy from X 1,053,000 X shares", "the 348.2 mln X shares"
		if owner, n, ok := ownerBeforeStake(ws, o); ok && r.kind == model.Acquisition && a.from.Name == "" {
			a.from, o = owner, n // "acquire X's 22 pct stake in Y": a stake in Y, sold by X
		}
		if n, st := stakePhrase(ws, o); st != stakeNone && (r.kind == model.Acquisition || r.kind == kindSale && st == stakeMinority) {
			o, a.stake = n, st // "a 20 pct stake in X": X, and the deal is an investment
			if owner, m, ok := ownerThenIn(s, ws, o); ok && r.kind == model.Acquisition && a.from.Name == "" {
				a.from, o = owner, m // « la participation de 22 % de X dans Y »: Y, sold by X
			}
		}
		if r.direct && !directName(ws, o) {
			return end, false
		}
		a.obj, a.hasObj = vendor.PhraseAt(s, ws, o, r.descr)
		if (!a.hasObj || a.obj.Name == "" && !a.obj.Pronoun) && !r.direct {
			a.obj, a.hasObj = appositiveObject(s, ws, o) // "a cédé une de ses publications, X, à Y"
		}
		if p, ok := basedObject(s, ws, a.obj, r.descr); ok {
			a.obj = p // "acquired Falmouth, Maine-based X", "the Austin, Texas-based distributor"
		}
		if r.kind == kindSale && a.hasObj {
			if p, ok := secondObject(s, ws, a.obj, r.descr); ok {
				a.to, a.obj = a.obj, p // "agreed to sell X its Y unit": X buys Y
			}
		}
		if p, ok := possessedThing(s, ws, a.obj); ok {
			a.obj = p // "a portion of X's timber holdings": the holdings, owned by X
		} else if p, ok := detachedPossessive(s, ws, a.obj, r.descr); ok {
			a.obj = p // "Dow Chemical Co 's Dow Financial Services Corp": the unit, owned by the first
		}
		a.obj = splitPossessive(a.obj, ws)
		if a.hasObj && !a.obj.Descr && !a.obj.Pronoun {
			if parts := splitEt(a.obj); len(parts) == 2 {
				a.obj, a.more = parts[0], parts[1:] // "a racheté Isilines et Eurolines"
			}
		}
		end = max(end, a.obj.End)
		if len(a.more) == 0 {
			a.more, a.spans, end = listTargets(r, s, ws, *a, o, end)
		}
		var more []vendor.Party
		more, end = moreTargets(s, ws, *a, end)
		a.more = append(a.more, more...)
	}
	return end, true
}

// dealOpenerWords open a phrase, before the clause's subject, that tells what the subject did
// ("After buying…", « Après avoir racheté… »).
var dealOpenerWords = map[string]bool{"after": true, "since": true, "following": true, "après": true,
	"depuis": true, "having": true}

// dealVerbLike reports whether w reads as the verb of a new clause after a name ("…, and Vortex
// Corp said", "and Nimbus inks a deal"): a speech verb, an auxiliary, or a lower-case word in -s
// or -ed.
func dealVerbLike(w vendor.Dword) bool {
	if w.Capitalized() || w.Stop && len(w.Core) < 2 {
		return false
	}
	if vendor.CoSpeechVerbs[w.Lower] || text.OneOf(w.Lower, "will", "would", "has", "had", "is", "was", "are", "were", "can", "may", "a", "ont", "est", "va", "sera") {
		return true
	}
	return len(w.Lower) > 3 && (strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "s") && !strings.HasSuffix(w.Lower, "ss"))
}

// splitPossessive reads "Becor's Western Gear Corp subsidiary" as Western Gear Corp owned by
// Becor; a possessive inside a name with no unit noun after it ("Vernell's Fine Candies Inc") is
// the company's own name.
func splitPossessive(p vendor.Party, ws []vendor.Dword) vendor.Party {
	if p.End < 1 || p.End > len(ws) || !(vendor.CoUnitNouns[ws[p.End-1].Lower] || p.End < len(ws) && vendor.CoUnitNouns[ws[p.End].Lower]) {
		return p
	}
	for _, sep := range []string{"'s ", "’s "} {
		if i := strings.Index(p.Name, sep); i > 0 && p.Parent == "" && !p.Descr {
			p.Parent, p.Name = p.Name[:i], p.Name[i+len(sep):]
			break
		}
	}
	return p
}

// dealPartitives after a sale verb make what is sold a quantity of goods.
var dealPartitives = map[string]bool{"de": true, "d'": true, "d’": true, "deux": true, "trois": true,
	"plus": true, "moins": true, "davantage": true, "autant": true}

// dealHedgeWindow is how many words before a trigger may hold a hedge.
const dealHedgeWindow = 12

// triggerWritten rejects triggers that are part of a name ("Arsenal Acquiring Corp") and
// active sale verbs used in the passive ("is being sold because…").
func triggerWritten(s string, ws []vendor.Dword, t int, r dealRule) bool {
	if t >= len(ws) {
		return false
	}
	if t > 0 && !r.headline && ws[t].Capitalized() {
		return false
	}
	if ws[t].Start > 0 && s[ws[t].Start-1] == '-' || strings.Contains(ws[t].Raw, "-") && !strings.HasPrefix(ws[t].Lower, "co-") && !strings.HasPrefix(ws[t].Lower, "joint-") && !strings.HasPrefix(ws[t].Lower, "spin-") {
		return false // "its two newly-acquired boat companies": an adjective, no deal told
	}
	if text.OneOf(ws[t].Lower, "buying", "selling", "purchasing", "acquiring") && t > 0 && !ws[t-1].Stop && !ws[t-1].Capitalized() && !dealGerundLeads[ws[t-1].Lower] {
		return false // "the state grain buying agency EPAC": a noun's modifier, no deal
	}
	if r.kind == model.Investment && t > 0 && text.OneOf(ws[t].Lower, "raised", "secured") && text.OneOf(ws[t-1].Lower, "been", "was", "were", "is", "be", "being") {
		return false // "the eurobond has been raised to 75 mln from 60 mln": an amount raised, no round
	}
	if r.kind == model.Investment && text.OneOf(ws[t].Lower, "invested", "investis", "investi") && heldAmount(ws, t) {
		return false // "Orvane said it has some 12 mln dlrs invested in X": a holding, not a deal
	}
	if r.kind == kindSale && !r.nominal && t > 0 && (ws[t].Lower == "sold" || ws[t].Lower == "vendu" || ws[t].Lower == "vendue" || ws[t].Lower == "cédé" || ws[t].Lower == "cédée") {
		switch ws[t-1].Lower {
		case "be", "been", "being", "was", "were", "is", "are", "été", "est", "sont":
			return false
		}
	}
	return true
}

// modelNumberAt reports whether the phrase at word o starts with a bare model number followed by
// a name ("du 718 Boxster", "the 747 Jumbo"): a product.
func modelNumberAt(ws []vendor.Dword, o int) bool {
	for o < len(ws) && vendor.CoSkippable[ws[o].Lower] {
		o++
	}
	if o+1 >= len(ws) || len(ws[o].Core) > 4 || ws[o].Stop || !ws[o+1].Capitalized() {
		return false
	}
	for _, r := range ws[o].Core {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// dealGerundLeads may come before a gerund that tells a deal ("agreed on buying", "after
// selling", "is acquiring", "interested in buying").
var dealGerundLeads = map[string]bool{"of": true, "by": true, "in": true, "for": true, "from": true,
	"to": true, "after": true, "before": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "on": true, "about": true, "without": true, "while": true, "and": true,
	"or": true, "also": true, "now": true, "started": true, "began": true, "begun": true, "considering": true,
	"through": true, "with": true, "continue": true, "continued": true, "completed": true, "finished": true,
	"it": true, "they": true, "he": true, "she": true, "not": true, "recently": true, "since": true}

// dealGoods after what a seller sells make it goods, not a company ("sell Dubilier's products",
// "its SMArtClamp infusion device"): the lexicon's deal_goods.product.
var dealGoods = lexicon.Default().Set("deal_goods.product", strings.ToLower)

// dealSecurities after an investee make the investment one in securities ("Ginnie Mae
// securities", « obligations »).
var dealSecurities = map[string]bool{"securities": true, "bonds": true, "notes": true, "debentures": true,
	"stocks": true, "equities": true, "obligations": true, "titres": true, "treasuries": true,
	"loans": true, "receivables": true, "warrants": true, "prêts": true, "créances": true}

// dealGroupWords in an investment trigger name a group of investors, not an investment made
// ("an investment group led by X").
var dealGroupWords = text.Lazy(`\b(?:investment|investor|investors)\s+(?:group|firm|firms|fund|funds|company|banker|bankers|partnership)\b`)

// dealGoodsIn reports whether a described business is goods ("excess inventory and assets").
func dealGoodsIn(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	securities := false
	for _, w := range ws {
		securities = securities || dealSecurities[w]
	}
	if len(ws) > 1 && !securities && text.OneOf(ws[len(ws)-1], "division", "divisions", "unit", "units", "group", "business",
		"businesses", "subsidiary", "subsidiaries", "arm", "operations") ||
		len(ws) > 1 && text.OneOf(ws[0], "branche", "filiale", "activité", "activités", "pôle", "division") {
		return false // "its industrial products division", « son activité équipements »: a business that makes goods
	}
	for _, w := range ws {
		if w == "inventory" || w == "inventories" || w == "stocks" || w == "buildings" || w == "equipment" || dealGoods[w] {
			return true
		}
	}
	return false
}

// heldAmount reports whether the words before the participle at t say that an amount is held
// ("has some 12 mln dlrs invested in"): "has", "have" or « a » before a sum.
func heldAmount(ws []vendor.Dword, t int) bool {
	money := false
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		switch {
		case vendor.CoQtyWord(ws[k]) || strings.ContainsAny(ws[k].Core, "$€£") || text.OneOf(ws[k].Lower, "mln", "dlrs", "dollars", "euros", "million", "billion", "millions", "milliards"):
			money = true
		case text.OneOf(ws[k].Lower, "has", "have", "had", "a", "ont", "avait"):
			return money
		}
	}
	return false
}

// dealNominalMods may stand between a possessor and a deal noun ("its proposed acquisition").
var dealNominalMods = map[string]bool{
	"proposed": true, "previously": true, "announced": true, "previously-announced": true,
	"planned": true, "pending": true, "agreed": true, "hostile": true, "cash": true, "tender": true,
	"completed": true, "recent": true, "new": true, "revised": true, "increased": true,
	"sweetened": true, "takeover": true, "stock": true, "friendly": true, "unsolicited": true,
	"mln": true, "billion": true, "bln": true, "dlr": true, "dlrs": true, "stg": true, "contested": true,
	"opposed": true, "initial": true, "merger": true, "acquisition": true, "rival": true, "higher": true,
	"projet": true, "futur": true, "prochain": true, "récent": true, "per": true, "share": true, "a": true,
	"equity": true, "leveraged": true, "buyout": true, "partial": true, "definitive": true,
}

// possessorBefore finds who owns a deal noun: "X's $5.4bn purchase of", "its proposed
// acquisition of" (the sentence's subject), "son rachat de".
func possessorBefore(s string, ws []vendor.Dword, t int) (vendor.Party, bool) {
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := ws[k]
		if w.Poss {
			if p, ok := vendor.NameBefore(s, ws, k+1); ok {
				p.Name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p.Name, "'s"), "’s"), "'")
				return p, p.Name != ""
			}
			return vendor.Party{}, false
		}
		switch w.Lower {
		case "its", "their", "his", "sa", "son", "ses", "leur":
			return vendor.Party{Pronoun: true, Main: true}, true
		}
		if !(dealNominalMods[w.Lower] || vendor.CoQtyWord(w) || strings.HasPrefix(w.Core, "$") || strings.Contains(w.Lower, "dlr") || strings.Contains(w.Lower, "-share")) {
			return vendor.Party{}, false
		}
	}
	return vendor.Party{}, false
}

// dealHedged reports whether the clause up to the trigger's end talks about a deal that is not
// made: talks, rumours, denials, rejections, mere possibilities.
func dealHedged(s string, ws []vendor.Dword, t, triggerEnd int) bool {
	from := 0
	if t > dealHedgeWindow {
		from = ws[t-dealHedgeWindow].Start
	}
	w := s[from:triggerEnd]
	// "possibilité" ends in a letter that \b does not know, so it is looked for apart.
	if frenchConditional(w) || strings.Contains(w, "possibilité") {
		return true
	}
	for _, m := range dealHedges.FindAllStringIndex(w, -1) {
		if !concludedTalks(w, m[0]) && !monthMay(w, m[0]) {
			return true
		}
	}
	return false
}

// monthMay reports whether the hedge word at w[at:] is the month May, not the verb: a day's number
// before or after it ("between May 2 and…", "on 3 May"), or a word of time before it ("in May",
// "since May", "early May").
func monthMay(w string, at int) bool {
	if !strings.HasPrefix(w[at:], "may") || len(w) > at+3 && w[at+3] != ' ' && w[at+3] != ',' {
		return false
	}
	after := strings.TrimLeft(w[at+3:], " ,")
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	before := strings.TrimRight(w[:at], " ")
	if before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9' {
		return true
	}
	for _, p := range []string{"in", "since", "until", "by", "from", "early", "late", "mid-", "of", "last", "next", "this", "between", "end"} {
		if strings.HasSuffix(before, " "+p) || before == p || p == "mid-" && strings.HasSuffix(w[:at], p) {
			return true
		}
	}
	return false
}

// concludedTalks reports whether the hedge word at w[at:] tells talks that are over: "after
// months of negotiations, X agreed to…", « au terme de plusieurs mois de négociations ».
func concludedTalks(w string, at int) bool {
	word := w[at:]
	if !(strings.HasPrefix(word, "talk") || strings.HasPrefix(word, "negotiation") ||
		strings.HasPrefix(word, "négociation") || strings.HasPrefix(word, "discussion") || strings.HasPrefix(word, "pourparlers")) {
		return false
	}
	before := w[max(0, at-40):at]
	for _, cue := range []string{"after ", "following ", "ending ", "concluding ", "après ", "au terme d", "à l'issue d", "à l’issue d", "à la suite d"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	return false
}

// subjectParties reads a coordinated subject ("X and Y agreed to merge", "X said it and Y…").
func subjectParties(s string, ws []vendor.Dword, t int) []vendor.Party {
	p, ok := vendor.SubjectBefore(s, ws, t)
	if !ok || p.Pronoun {
		return nil
	}
	start := p.End - 1
	for start > 0 && !ws[start-1].Stop && (vendor.InName(ws, start-1) || vendor.CoConnectors[ws[start-1].Lower]) {
		start--
	}
	if ps := vendor.Coordinated(s, ws, start); len(ps) == 2 {
		return ps
	}
	// "X said it and Y reached…", "X said its board and the board of Y agreed to merge".
	for k := p.End; k < t; k++ {
		if !vendor.NameStart(ws, k) {
			continue
		}
		if q, ok := vendor.PhraseAt(s, ws, k, false); ok && q.Name != "" && !vendor.CoInstitution(q.Name) && !vendor.CoSame(q.Name, p.Name) {
			return []vendor.Party{p, q}
		}
	}
	return []vendor.Party{p}
}

// moreTargets reads further names coordinated with the object ("of A and B").
func moreTargets(s string, ws []vendor.Dword, a dealArgs, end int) ([]vendor.Party, int) {
	var more []vendor.Party
	// "A Inc of Salem, Ore., and B Inc", "A Corp, based in Toledo, and B Corp", « A, basée à
	// Lyon, et B »: the place of each company stands between the names.
	skipPlace := func(k int) int {
		j := k
		switch {
		case j+1 < len(ws) && text.OneOf(ws[j].Lower, "of", "in") && ws[j+1].Capitalized():
			j++
		case j+2 < len(ws) && j > 0 && strings.HasSuffix(ws[j-1].Raw, ",") && text.OneOf(ws[j].Lower, "based", "basée", "basé") && text.OneOf(ws[j+1].Lower, "in", "à", "au"):
			j += 2
		case j+1 < len(ws) && j > 0 && strings.HasSuffix(ws[j-1].Raw, ",") && ws[j].Lower == "of" && ws[j+1].Capitalized():
			j++
		default:
			return k
		}
		for n := 0; j < len(ws) && n < 4 && ws[j].Capitalized(); n++ {
			j++
		}
		if j < len(ws) && j > k && (ws[j].Lower == "and" || ws[j].Lower == "et") {
			return j
		}
		return k
	}
	if a.hasObj && !a.obj.Descr && !a.obj.Pronoun && vendor.HasSuffixWord(a.obj.Name) {
		end = skipPlace(end)
	}
	for end+1 < len(ws) && (ws[end].Lower == "and" || ws[end].Lower == "et") && a.hasObj && !a.obj.Descr && !a.obj.Pronoun {
		q, ok := vendor.PhraseAt(s, ws, end+1, false)
		if !ok || q.Pronoun || q.Name == "" || !vendor.HasSuffixWord(q.Name) {
			break
		}
		if q.End < len(ws) && !ws[q.End-1].Stop && dealVerbLike(ws[q.End]) {
			break // "bought Kestrel Inc, and Vortex Corp said…": a new clause
		}
		more = append(more, q)
		end = skipPlace(q.End)
	}
	return more, end
}

// splitEt splits an object "A et B" written in French into its two names; "and" is left joined
// ("Rogers and Cowan Inc" is one company).
func splitEt(p vendor.Party) []vendor.Party {
	i := strings.LastIndex(p.Name, " et ")
	if i <= 0 {
		return nil
	}
	a, b := p.Name[:i], p.Name[i+len(" et "):]
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(ra) || !unicode.IsUpper(rb) {
		return nil
	}
	return []vendor.Party{{Name: a, End: p.End, Firm: p.Firm, Parent: p.Parent}, {Name: b, End: p.End}}
}

// basedObject reads what is bought after a town written as its base: "Town, State-based X"
// ("acquired Falmouth, Maine-based G.H. Doe and Co", "the Austin, Texas-based distributor"); the
// town read as the object is no party.
func basedObject(s string, ws []vendor.Dword, obj vendor.Party, descr bool) (vendor.Party, bool) {
	k := obj.End
	if obj.Name == "" || k < 1 || k+1 >= len(ws) || !strings.HasSuffix(ws[k-1].Raw, ",") || !strings.HasSuffix(ws[k].Lower, "-based") {
		return vendor.Party{}, false
	}
	p, ok := vendor.PhraseAt(s, ws, k+1, descr)
	if !ok || p.Name == "" && !p.Descr {
		return vendor.Party{End: obj.End}, true // "the Austin, Texas-based distributor": no name, and not the town
	}
	return p, true
}

// detachedPossessive reads what is bought when wire copy writes the owner's possessive apart
// ("X Co 's Y unit"): Y, with X as its owner.
func detachedPossessive(s string, ws []vendor.Dword, obj vendor.Party, descr bool) (vendor.Party, bool) {
	k := obj.End
	if obj.Name == "" || obj.Pronoun || obj.Parent != "" || k+1 >= len(ws) || ws[k].Raw != "'s" && ws[k].Raw != "’s" {
		return vendor.Party{}, false
	}
	p, ok := vendor.PhraseAt(s, ws, k+1, descr)
	if !ok || p.Name == "" || p.Pronoun {
		return vendor.Party{}, false
	}
	p.Parent = obj.Name
	return p, true
}

// possessedThing reads what is bought when a name in the possessive is followed by common nouns
// ("a portion of X's timber holdings", "X's European operations"): those nouns, described, with X
// as their owner. A unit's own name after the possessive ("X's Y unit") is splitPossessive's.
func possessedThing(s string, ws []vendor.Dword, obj vendor.Party) (vendor.Party, bool) {
	k := obj.End
	if obj.Name == "" || obj.Pronoun || obj.Descr || obj.Parent != "" || k < 1 || k >= len(ws) {
		return vendor.Party{}, false
	}
	last := ws[k-1].Raw
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") || ws[k-1].Stop {
		return vendor.Party{}, false
	}
	owner := strings.TrimSuffix(strings.TrimSuffix(obj.Name, "'s"), "’s")
	if ws[k].Capitalized() && k > 0 && k-2 >= 0 {
		// "a major portion of X's Brown Paper business": Brown Paper, owned by X, after a partitive
		if p, ok := vendor.PhraseAt(s, ws, k, false); ok && p.Name != "" && !p.Pronoun && partitiveBefore(ws, obj) {
			p.Parent = owner
			return p, true
		}
	}
	var words []string
	j := k
	for ; j < len(ws) && j < k+4; j++ {
		w := ws[j]
		if w.Capitalized() || text.OneOf(w.Lower, "for", "to", "from", "in", "at", "and", "with", "by", "of", "on", "that", "which") {
			break
		}
		words = append(words, strings.Trim(w.Raw, ",.;:"))
		if w.Stop {
			j++
			break
		}
	}
	if len(words) == 0 || vendor.CoUnitNouns[strings.ToLower(words[len(words)-1])] && len(words) == 1 {
		return vendor.Party{}, false
	}
	if !dealHoldingNouns[strings.ToLower(words[len(words)-1])] {
		return vendor.Party{}, false // "X's stake in Y", "X's outstanding common", "X's promissory note"
	}
	return vendor.Party{Name: strings.Join(words, " "), Descr: true, Parent: owner, End: j}, true
}

// partitiveBefore reports whether the name obj follows a partitive ("a portion of", "part of",
// "a major part of", « une partie de »): what is bought is a part of what the name owns.
func partitiveBefore(ws []vendor.Dword, obj vendor.Party) bool {
	start := obj.End - len(strings.Fields(obj.Name))
	if start < 2 || start > len(ws) {
		return false
	}
	return text.OneOf(ws[start-1].Lower, "of", "de", "d'", "d’") && text.OneOf(ws[start-2].Lower, "portion", "part", "parts", "portions", "partie", "majority", "bulk", "most", "some")
}

// dealHoldingNouns end what a company owns and sells in part: its operations, holdings, plants.
var dealHoldingNouns = map[string]bool{"operations": true, "holdings": true, "assets": true,
	"business": true, "businesses": true, "plant": true, "plants": true, "mill": true, "mills": true,
	"stores": true, "branches": true, "properties": true, "facilities": true, "facility": true,
	"fleet": true, "portfolio": true, "network": true, "chain": true, "reserves": true, "mines": true,
	"refinery": true, "refineries": true, "factories": true, "factory": true, "lines": true, "units": true,
	"divisions": true, "subsidiaries": true, "interests": true, "acreage": true, "timberlands": true}

// secondObject reads what is sold when a sale verb takes the buyer first ("to sell X its Y
// unit", "sold X their stake"): the phrase after the possessive that follows the buyer's name.
func secondObject(s string, ws []vendor.Dword, obj vendor.Party, descr bool) (vendor.Party, bool) {
	k := obj.End
	if obj.Name == "" || obj.Pronoun || obj.Descr || k+1 >= len(ws) || ws[k-1].Stop || !text.OneOf(ws[k].Lower, "its", "their", "his", "her") {
		return vendor.Party{}, false
	}
	p, ok := vendor.PhraseAt(s, ws, k, descr)
	if !ok || p.Name == "" && !p.Descr {
		return vendor.Party{}, false
	}
	return p, true
}

// forToSubject reads the subject of an infinitive introduced by "for" ("agreed to an arrangement
// for X to buy Y", « pour que X rachète Y » aside): the name between "for" and "to" before trigger t.
func forToSubject(s string, ws []vendor.Dword, t int) (vendor.Party, bool) {
	if t < 3 || ws[t-1].Lower != "to" {
		return vendor.Party{}, false
	}
	for k := t - 2; k >= 0 && k >= t-7; k-- {
		if ws[k].Lower == "for" {
			if p, ok := vendor.PhraseAt(s, ws, k+1, false); ok && p.Name != "" && p.End == t-1 {
				return p, true
			}
			return vendor.Party{}, false
		}
		if ws[k].Stop {
			return vendor.Party{}, false
		}
	}
	return vendor.Party{}, false
}

// dealOpeningPreps open a sentence with a phrase of time or manner that ends in a comma before
// the clause's subject: "Between May 2 and June 20, X bought…", "From 1990 to 1995, …",
// « Entre mars et juin, X a racheté… », « Du 2 au 20 mai, … ».
var dealOpeningPreps = map[string]bool{"between": true, "from": true, "during": true, "until": true,
	"since": true, "under": true, "in": true, "on": true, "by": true, "through": true, "throughout": true,
	"entre": true, "du": true, "de": true, "depuis": true, "pendant": true, "durant": true, "en": true,
	"dès": true, "jusqu'au": true, "au": true, "le": true}

// subjectAfterOpening returns the first name after the comma that closes a sentence's opening
// phrase of time (dealOpeningPreps) or an adverb (dealNotNames, dealAdverb) when subj was read inside that phrase, before trigger t.
func subjectAfterOpening(s string, ws []vendor.Dword, subj vendor.Party, t int) (vendor.Party, bool) {
	if len(ws) == 0 {
		return vendor.Party{}, false
	}
	if w := strings.Trim(ws[0].Lower, ",;:"); !dealOpeningPreps[w] && !dealNotNames[w] && !dealAdverb(w) {
		return vendor.Party{}, false // "Subsequently, X bought…", « Parallèlement, X a racheté… »: X
	}
	comma := -1
	for k := 0; k < t; k++ {
		if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
			comma = k
			break
		}
	}
	if comma < 0 || subj.End > comma+1 {
		return vendor.Party{}, false
	}
	if k := comma + 1; k < len(ws) && (text.OneOf(ws[k].Lower, "a", "an", "the", "une", "un", "la", "le") && k+1 < len(ws) && dealOwnerNouns[ws[k+1].Lower] || dealOwnerNouns[ws[k].Lower]) {
		// « Le groupe X, filiale du fonds Y, a racheté… », "The X group, a unit of Y, …": the
		// phrase after the comma names X's owner; X, before it, is the subject
		return vendor.Party{}, false
	}
	p, ok := afterOpener(s, ws, 0)
	if !ok || p.End > t {
		return vendor.Party{}, false
	}
	return p, true
}

// dealOwnerNouns, after a comma, name the owner of the noun phrase before it ("X, a unit of
// Y", « X, filiale de Y »).
var dealOwnerNouns = map[string]bool{"unit": true, "subsidiary": true, "affiliate": true, "division": true,
	"arm": true, "filiale": true, "branche": true, "parent": true, "owner": true,
	"maison-mère": true, "propriétaire": true}

// afterOpener returns the first name after the comma that closes an opening phrase.
func afterOpener(s string, ws []vendor.Dword, from int) (vendor.Party, bool) {
	for k := from; k < len(ws); k++ {
		if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
			for j := k + 1; j < len(ws) && j < k+8; j++ {
				if vendor.NameStart(ws, j) {
					if p, ok := vendor.PhraseAt(s, ws, j, false); ok && p.Name != "" {
						return p, true
					}
				}
			}
			return vendor.Party{}, false
		}
	}
	return vendor.Party{}, false
}

// dealNouns name a purchase after the name of what is bought ("closes Juniper deal").
var dealNouns = map[string]bool{"deal": true, "purchase": true, "acquisition": true, "buy": true,
	"takeover": true, "buyout": true}

// unitSubject reports whether the subject p of the trigger at word t is a unit of its owner: "its
// Ashford Savings unit", "X's Hollis Federal subsidiary", « sa filiale Y ».
func unitSubject(ws []vendor.Dword, p vendor.Party, t int) bool {
	if p.Parent != "" {
		return true
	}
	for k := max(0, p.End-1); k < t; k++ {
		if text.OneOf(ws[k].Core, "unit", "subsidiary", "division", "affiliate", "filiale") {
			return true
		}
		if ws[k].Stop {
			return false // "X, a unit of Y, will merge with Z": an aside, not the subject's own words
		}
	}
	return false
}

// ownerBeforeStake reads an owner in the possessive before a stake ("X Inc's 22 pct stake in
// Y"): the owner, as a party that sells, and the word where the stake's phrase starts. What is
// bought is the stake in Y, not X.
func ownerBeforeStake(ws []vendor.Dword, o int) (vendor.Party, int, bool) {
	for j := o; j < len(ws) && j < o+6; j++ {
		w := ws[j]
		if !w.Capitalized() || w.Stop {
			return vendor.Party{}, 0, false
		}
		if !strings.HasSuffix(w.Raw, "'s") && !strings.HasSuffix(w.Raw, "’s") {
			continue
		}
		if _, st := stakePhrase(ws, j+1); st == stakeNone {
			return vendor.Party{}, 0, false
		}
		names := make([]string, 0, j-o+1)
		for _, x := range ws[o : j+1] {
			names = append(names, x.Core)
		}
		name := strings.TrimSuffix(strings.TrimSuffix(strings.Join(names, " "), "'s"), "’s")
		return vendor.Party{Name: name, End: j + 1}, j + 1, true
	}
	return vendor.Party{}, 0, false
}

// ownerThenIn reads the owner named after a stake and before the company it is held in (« la
// participation de 22 % de X dans Y »): X, as a party that sells, and the word where Y starts.
func ownerThenIn(s string, ws []vendor.Dword, o int) (vendor.Party, int, bool) {
	p, ok := vendor.PhraseAt(s, ws, o, false)
	if !ok || p.Name == "" || p.Pronoun || p.End+1 >= len(ws) || ws[p.End-1].Stop {
		return vendor.Party{}, 0, false
	}
	if ws[p.End].Lower != "dans" || !ws[p.End+1].Capitalized() {
		// English "51 pct of X in March" puts a date or a place after "in": French only
		return vendor.Party{}, 0, false
	}
	return p, p.End + 1, true
}
