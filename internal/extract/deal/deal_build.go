package deal

import (
	"strings"

	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// roles are the resolved names of a deal being built.
type roles struct {
	acquirer, target, seller string
	partners                 []string
	more                     []string // further targets of the same acquirer
	coAcquirers              []string // further buyers of the same target
	resolved                 bool     // a pronoun was resolved from the context
	descr                    bool     // the target is a described business
	person                   bool     // a party is a person the document names (see personNamed)
	spans                    [][2]int // the words of each target of a list
}

// resolve turns a phrase into a canonical company name; object pronouns ("acquire it") refer to
// the sentence's own subject, subject pronouns to the company of the previous sentences.
func (c *dealContext) resolve(p vendor.Party, isObject bool, rs *roles) string {
	switch {
	case p.Pronoun:
		rs.resolved = true
		n := ""
		if isObject || p.Main {
			n = c.subjectOf(c.cur)
		} else {
			n = c.namedBefore(p) // "For HPE, the deal extends…, when it bought…"
		}
		if n == "" {
			n = c.lastBefore(c.cur)
		}
		if isObject && (vendor.CoNotFirm(n) || vendor.CoPerson(n)) || dealNoParty(n, c.sents[c.cur]) || c.placeName(n) {
			return "" // what is bought ("l'entreprise") is no person or place
		}
		return n
	case p.Descr:
		if isObject && p.Parent == "" && dealVagueTarget(p.Name) {
			return "" // "sold certain assets", "the purchase includes seven mines": nothing named
		}
		rs.descr = true
		for _, d := range []string{" -- ", " — ", " – "} {
			if i := strings.Index(p.Name, d); i > 0 {
				return strings.TrimSpace(p.Name[:i]) // « ses activités d'emballage — ainsi que… »: before the aside
			}
		}
		return p.Name
	case p.Name == "":
		return ""
	}
	if vendor.CoInstitution(p.Name) && c.publicCustomer && isObject {
		return c.publicName(p) // "a remporté un contrat auprès de la Commission européenne"
	}
	if vendor.CoInstitution(p.Name) || c.commonWord(dealCleanName(p.Name)) || vendor.CoNotFirm(dealCleanName(p.Name)) {
		return "" // regulators and courts rule on deals; they are no party to them
	}
	if c.personDescribed(p) {
		return "" // "A University of X finance professor said he raised his stake": a person acts
	}
	if c.cutName(dealCleanName(p.Name)) {
		return "" // "Hospital" from "Hospital Corp", "Association" from "… Loan Association"
	}
	if c.placeName(dealCleanName(p.Name)) {
		return "" // "the Sunnyvale, Calif., firm", "facilities in Miami and Tampa, Fla.": towns
	}
	canon := c.canonical(p.Name)
	if dealNoParty(canon, c.sents[c.cur]) || dealNoParty(dealCleanName(p.Name), c.sents[c.cur]) || c.cutName(canon) {
		return "" // "S and P cited the acquisition of AMC", "Elsewhere, …", "LIFTS STAKE"
	}
	if c.personNamed(canon) || c.personNamed(dealCleanName(p.Name)) {
		rs.person = true // "oilman T. Rex Holder bought…": a person's deal, below the report's threshold
	}
	c.noteFirm(canon, p)
	return canon
}

// assign puts name into the slot of role.
func (rs *roles) assign(role int, name string) {
	if name == "" {
		return
	}
	switch role {
	case roleAcquirer:
		rs.acquirer = name
	case roleTarget:
		rs.target = name
	case roleSeller:
		rs.seller = name
	case roleParty, roleParties:
		rs.partners = append(rs.partners, name)
	}
}

// build turns the phrases of rule r into deals: one per target.
func (c *dealContext) build(r dealRule, s string, m []int, a dealArgs) []model.Deal {
	var rs roles
	// A public body may be a contract's customer, named after the trigger ("won a contract
	// from the Department of Defense"); it is never a buyer, seller or partner.
	c.publicCustomer = r.kind == model.Contract && r.obj == roleAcquirer
	defer func() { c.publicCustomer = false }()
	c.splitKnownPair(r, &a)
	if a.subjPrev && (!a.noteSubj || c.resultsStory()) {
		rs.resolved = true
		if n := c.lastBefore(c.cur); !dealNoParty(n, c.sents[c.cur]) {
			rs.assign(r.subj, n) // not "Elsewhere, …" told before
		}
	} else if a.hasSubj {
		rs.assign(r.subj, c.resolve(a.subj, false, &rs))
		if r.opener {
			rs.assign(roleTarget, c.resolve(a.subj, false, &rs))
		}
	}
	if a.hasObj && (a.obj.Indef || a.obj.End < len(c.wordsOf(c.cur)) && dealWorkNouns[c.wordsOf(c.cur)[a.obj.End].Lower]) &&
		(r.kind == model.Acquisition || r.kind == kindSale) {
		return nil // "acheter une Continental SC": a product; "bid for the Meridia work": a contract
	}
	if a.hasObj && r.kind == model.Contract && a.obj.End < len(c.wordsOf(c.cur)) && dealBidNouns[c.wordsOf(c.cur)[a.obj.End].Lower] {
		return nil // "selected the Tipperary offer": a bid chosen, not a supplier
	}
	if a.hasObj {
		role := r.obj
		if r.headline {
			role = roleTarget
		}
		rs.assign(role, c.resolve(a.obj, true, &rs))
	}
	for _, p := range a.parties {
		rs.partners = append(rs.partners, c.resolve(p, false, &rs))
	}
	for _, p := range a.more {
		rs.more = append(rs.more, c.resolve(p, true, &rs))
	}
	rs.spans = a.spans
	for _, p := range a.coBuyers {
		rs.coAcquirers = append(rs.coAcquirers, c.resolve(p, true, &rs))
	}
	c.trigger = m
	c.sharesRead = a.shares || a.stake != stakeNone || r.needQty || r.stake
	c.sharesCount = a.count
	if r.afterComma && rs.acquirer == "" && a.hasSubj {
		// the subject of the clause that names what the participle tells bought it
		rs.resolved = true
		ws := c.wordsOf(c.cur)
		p, ok := vendor.SubjectBefore(s, ws, max(0, a.subj.End-1))
		if q, in := afterIntro(s, ws, p); ok && in {
			p = q // "Déjà candidat à…de X en 2017, le groupe…": not X
		}
		if ok && !p.Pronoun && p.End < a.subj.End-2 {
			rs.acquirer = c.resolve(p, false, &rs)
		} else if ok && p.Pronoun {
			rs.acquirer = c.lastBefore(c.cur)
		} else {
			rs.acquirer = c.subjectOf(c.cur) // the clause starts at what was bought: the sentence's subject
		}
	}
	kind := c.shape(r, a, &rs)
	if kind == "" {
		return nil
	}
	kind = stakeKind(kind, a.stake, r.stake)
	if kind == model.Contract && supplierCue[a.obj.Cue] && r.obj == roleAcquirer {
		rs.acquirer, rs.target = rs.target, rs.acquirer // "X signe avec le fournisseur Y"
	} else if kind == model.Contract && r.either && c.listed(rs.acquirer) && !c.listed(rs.target) {
		rs.acquirer, rs.target = rs.target, rs.acquirer // "Decathlon signe un contrat avec Oracle"
	}
	// "une alliance avec François Bayrou", "a choisi Honfleur": the parties must be shown to be
	// companies, unless the words (a strong trigger, business terms, a price) tell of a company
	// deal.
	priced := c.sentenceValue() != nil
	// "en partenariat avec la protection civile": a manner of working, not a deal between firms.
	if kind == model.Partnership && dealParticipleAdverbial(c.lowerAt(0)[:m[0]]) {
		return nil // "développé en collaboration avec Rimac": how a product was made
	}
	both := r.bothFirms || kind == model.Partnership && adverbialPartnership(c.lowerAt(0)[:m[0]])
	if !c.companiesDeal(kind, &rs, both) && !priced && (r.firms || !dealStrong(c.lowerAt(m[0])[:m[1]-m[0]]) && !dealBusiness(c.lowerAt(0))) {
		return nil
	}
	return c.deals(kind, r, s, &rs)
}

// shape applies the words after the object and the rule's kind to the roles and returns the deal
// type, or "" when the roles do not make a deal.
func (c *dealContext) shape(r dealRule, a dealArgs, rs *roles) string {
	name := func(p vendor.Party) string { return c.resolve(p, true, rs) }
	kind := r.kind
	switch kind {
	case kindSale:
		kind = c.saleRoles(a, rs, name)
	case model.Acquisition:
		if b := name(a.by); b != "" && r.subj == roleAcquirer {
			rs.acquirer = b // "the acquisition of Y by X"
		}
		if rs.seller == "" {
			rs.seller = name(a.from)
		}
		if rs.seller == "" && a.hasObj && a.obj.Parent != "" {
			rs.seller = c.ownerName(a.obj.Parent)
		}
		if rs.seller == "" && r.subj == roleTarget && a.subj.Parent != "" {
			rs.seller = c.ownerName(a.subj.Parent) // "X's plant has been purchased by Y"
		}
	case model.Merger:
		mergerRoles(a, rs, name)
	case model.Partnership:
		if w := name(a.with); w != "" {
			rs.partners = append(rs.partners, w)
		}
		rs.partners = DealUnique(rs.partners)
		if len(rs.partners) < 2 {
			return ""
		}
		return kind
	}
	if r.kind == kindSale && a.obj.Pronoun && a.stake == stakeNone && rs.seller != "" && vendor.CoSameStrict(rs.seller, rs.target) {
		// "X gave up listing its pipeline arm and would sell it to Y instead": the
		// pronoun is what X sells, told before it, not X itself (a stake in itself X may sell)
		return ""
	}
	// A parent sells a unit that bears its name and more ("Wolfhound Corp" sells "Wolfhound
	// Lines"): a seller whose name the target's extends is not the target.
	ownUnit := len(vendor.CoNameWords(rs.target)) > len(vendor.CoNameWords(rs.seller))
	if rs.seller != "" && (vendor.CoSame(rs.seller, rs.acquirer) || vendor.CoSameStrict(rs.seller, rs.target) && !ownUnit) {
		rs.seller = "" // "Wal-Mart Stores … Super Saver is now a unit of Wal-Mart": no seller named
	}
	if rs.acquirer == "" || rs.target == "" || vendor.CoSameStrict(rs.acquirer, rs.target) {
		return ""
	}
	if rs.descr && kind != model.Acquisition && kind != model.Divestiture {
		return ""
	}
	if kind == model.Investment && vendor.CoSameStrict(firstWord(rs.target), rs.acquirer) && rs.target != rs.acquirer {
		return "" // "McLaren a investi dans le McLaren Technology Centre": its own site
	}
	if !rs.descr && vendor.CoProductName(rs.target) && (kind == model.Acquisition || kind == model.Divestiture) {
		return "" // "acquérir une BMW Série 4", "a vendu la Corvette Z06": a product
	}
	if owner := resoldProduct(rs.target, rs.acquirer); kind == model.Divestiture && owner != "" &&
		c.isFirm(c.canonical(owner)) && !c.isFirm(rs.target) {
		return "" // "for Telvo to sell Marix' Duo-Line Call Router through its dealers": distribution
	}
	return kind
}

// saleRoles reads a sale: an acquisition by the buyer "to X" (the subject, "by X" or the owner
// of what is sold being the seller), else a divestiture by the seller.
func (c *dealContext) saleRoles(a dealArgs, rs *roles, name func(vendor.Party) string) string {
	if s := name(a.by); s != "" {
		rs.seller = s // "la cession de Y par X à Z"
	}
	if a.hasObj && a.obj.Parent != "" && rs.seller == "" {
		rs.seller = c.ownerName(a.obj.Parent)
	}
	if b := name(a.to); b != "" {
		rs.acquirer = b
		return model.Acquisition
	}
	rs.acquirer, rs.seller = rs.seller, ""
	return model.Divestiture
}

// mergerRoles reads a merger: "X and Y" are acquirer and target in that order; "into X" names
// the surviving company; "with X" the other one.
func mergerRoles(a dealArgs, rs *roles, name func(vendor.Party) string) {
	if len(rs.partners) >= 2 {
		rs.acquirer, rs.target = rs.partners[0], rs.partners[1]
	} else if len(rs.partners) == 1 && rs.acquirer == "" {
		rs.acquirer = rs.partners[0]
	}
	if in := name(a.into); in != "" {
		if rs.target == "" {
			rs.target = rs.acquirer
		}
		rs.acquirer = in
	}
	if w := name(a.with); w != "" && rs.target == "" {
		rs.target = w
	}
	rs.partners = nil
}

// deals returns the deals of the resolved roles, one per target.
func (c *dealContext) deals(kind string, r dealRule, s string, rs *roles) []model.Deal {
	conf := r.conf * c.intentFactor(r, kind)
	if c.sharesRead {
		conf *= 0.8 // shares or a stake bought: the deal's extent is less sure than a takeover's
	}
	if c.sharesCount {
		// "bought 870,100 X shares" with no weight told: kept for the record, below the report's
		// threshold, since most such purchases are stakes, not takeovers
		conf *= 0.65
	}
	if rs.resolved {
		conf *= 0.9
	}
	if rs.descr {
		conf *= 0.9 * describedOnlyFactor(kind, rs)
	}
	if rs.person {
		conf = min(conf, 0.9) * 0.5
	}
	var value *model.Money
	if kind != model.Partnership {
		value = c.sentenceValue()
	}
	date := c.sentenceDate()
	if d := c.clauseDate(); d != "" {
		date = d // "…, qu'il a acquis en 2009": the year told with the verb, not the sentence's first
	} else if d, ok := c.asideDate(); ok {
		date = d // "X, who previously led the buyout of Y, has bought three plants since May": not Y's date
	}
	base := model.Deal{
		Type: kind, Value: value, Date: date,
		Documents:  []string{c.doc.ID},
		Evidence:   []model.Evidence{{Document: c.doc.ID, Text: s}},
		Confidence: roundConf(conf),
	}
	if kind == model.Partnership {
		d := base
		d.Parties = rs.partners
		return []model.Deal{d}
	}
	var out []model.Deal
	buyers := []string{rs.acquirer}
	if kind == model.Acquisition {
		buyers = append(buyers, rs.coAcquirers...)
	}
	targets := append([]string{rs.target}, rs.more...)
	var values []*model.Money
	var dates []string
	if len(rs.spans) == len(targets) {
		values, dates = c.itemTerms(rs.spans)
	}
	for i, t := range targets {
		for _, b := range buyers {
			if d, ok := c.oneDeal(base, kind, b, t, rs.seller, i > 0); ok {
				if values != nil {
					d.Value = values[i] // each item of a list with its own price and year
					if dates[i] != "" {
						d.Date = dates[i]
					}
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// oneDeal fills base with one acquirer and target; later targets of a list carry no price (a
// price stated once is the price of the whole purchase).
func (c *dealContext) oneDeal(base model.Deal, kind, acquirer, target, seller string, later bool) (model.Deal, bool) {
	if acquirer == "" || target == "" || vendor.CoSameStrict(target, acquirer) {
		return model.Deal{}, false
	}
	d := base
	d.Acquirer, d.Target = acquirer, target
	if kind == model.Acquisition || kind == model.Merger {
		d.Seller = seller
	}
	if later {
		d.Value = nil
	}
	d.Parties = DealUnique([]string{d.Acquirer, d.Target, d.Seller})
	return d, true
}

// roundConf rounds a confidence to two decimals.
func roundConf(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

// DealUnique drops empty and repeated names, keeping the order.
func DealUnique(names []string) []string {
	var out []string
	for _, n := range names {
		if n == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if vendor.CoSame(o, n) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}
