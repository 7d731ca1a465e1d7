package deal

import (
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// adverbialPartnership reports whether the text before a partnership trigger ends with "en" or
// "in" ("en partenariat avec", "in partnership with").
func adverbialPartnership(before string) bool {
	before = " " + strings.TrimRight(before, " ")
	for _, adj := range []string{"", " étroite", " étroit", " close", " direct", " directe"} {
		if strings.HasSuffix(before, " en"+adj) || strings.HasSuffix(before, " in"+adj) {
			return true // "en (étroite) collaboration avec"
		}
	}
	return false
}

// dealParticipleAdverbial reports whether before ends with a participle and "en": "développé
// en (étroite) collaboration avec", "conçue en partenariat avec" — how a product was made.
func dealParticipleAdverbial(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n >= 1 && (ws[n-1] == "étroite" || ws[n-1] == "étroit") {
		n--
	}
	if n < 2 || ws[n-1] != "en" {
		return false
	}
	w := ws[n-2]
	for _, suf := range []string{"é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite"} {
		if strings.HasSuffix(w, suf) && len(w) > 4 {
			return true
		}
	}
	return false
}

// supplierCue are nouns that introduce the supplier of a contract.
var supplierCue = map[string]bool{"fournisseur": true, "supplier": true, "provider": true, "vendor": true,
	"éditeur": true, "publisher": true, "prestataire": true, "équipementier": true, "spécialiste": true}

// companiesDeal reports whether the parties make a deal between companies: a contract's
// supplier is a company; in other deals the buyer or what is bought is one (an investor may be a
// person, what is bought a described business).
func (c *dealContext) companiesDeal(kind string, rs *roles, both bool) bool {
	switch kind {
	case model.Contract:
		// "Regional bank picks Google": a lone unknown word in a headline is no customer; in
		// running text ("Carrefour a retenu les solutions de Google Cloud") it is.
		return c.isFirm(rs.target) && (c.isFirm(rs.acquirer) || strings.Contains(rs.acquirer, " ") ||
			c.runningText() && !vendor.CoPerson(rs.acquirer))
	case model.Partnership:
		firms := 0
		for _, p := range rs.partners {
			if c.isFirm(p) {
				firms++
			}
		}
		return firms == len(rs.partners) || !both && firms > 0
	}
	if rs.seller != "" && c.isFirm(rs.target) {
		return true // "la vente de sa filiale Unify à Mitel": a subsidiary changes hands
	}
	if both && !rs.descr {
		return c.bothFirms(rs.acquirer, rs.target)
	}
	return c.isFirm(rs.target) || c.isFirm(rs.acquirer) || rs.descr && !vendor.CoPerson(rs.acquirer)
}

// dealStrongTriggers start words that tell of a company deal whoever the parties are.
var dealStrongTriggers = []string{"acqui", "merge", "takeover", "take over",
	"took over", "taking over", "rachat", "rachè", "rachet", "fusion", "buyout", "tender",
	"accord de coopération", "accord de partenariat", "cooperation agreement", "strategic partnership",
	"partenariat stratégique"}

// dealStrong reports whether a trigger (lower case) holds a strong word ("their merger").
func dealStrong(trigger string) bool {
	for _, t := range dealStrongTriggers {
		if strings.Contains(trigger, t) {
			return true
		}
	}
	return false
}

// dealBusiness matches words that place a sentence in business news.
var dealBusiness = text.Lazy(`\b(?:shareholders?|actionnaires?|stake|pct|shares|transaction|tender|antitrust|regulators|letter of intent|definitive agreement|opa|offre publique|autorité de la concurrence|valorisation|valuation)\b`).MatchString

// listed reports whether canonical name is a company of the vendor dictionary (built in or from
// the config), not one learned from this document.
func (c *dealContext) listed(canon string) bool {
	_, ok := c.e.dict.Canonical(canon)
	return ok
}

// runningText reports whether the sentence being read is running text: not the document's
// title, not written in Title Case or capitals, where every word is capitalised.
func (c *dealContext) runningText() bool {
	if c.cur == 0 && c.doc.Title != "" {
		return false
	}
	words, caps := 0, 0
	for _, w := range c.wordsOf(c.cur) {
		if len(w.Core) < 4 {
			continue
		}
		words++
		if w.Capitalized() {
			caps++
		}
	}
	return words >= 3 && caps*10 < words*7 // as foldScratch.titleCase
}

// dealIntent matches words before a trigger that make a deal an offer, a bid or an intention
// rather than a deal made: "has offered to acquire", "began a cash offer for", "seeking to
// acquire", "still plans to sell", "looking to divest", "discussing the sale of", « propose de
// racheter », « étudie la cession de », a deal a court is asked to stop ("prohibited X from
// acquiring", "seeking to enjoin X's offer") or orders ("a court ordered X to sell Y"), a lawsuit
// over a deal ("sued X over the sale of Y", « a porté plainte »), and a company to be formed to buy
// ("formed a company to buy Y", « a créé une société pour racheter Y »: the buyer is yet unnamed). Such deals stay in facts.json (the Reuters acquisition keys
// count them) with a confidence below the report's default threshold.
var dealIntent = text.Lazy(`\b(?:offer|offers|offered|offering|bid|bids|bidding|proposal|proposals|proposed|proposes|propose|tender|seeking|seeks|seek|sought|intends?|intention|wants?|plans?|planned|planning|should|offre|offres|propose|proposé|opa|ope|surenchère|compte|envisage|prévoit|projette|looking to|trying to|tries to|try to|prepared to|discussing|discusses|discuss|aims? to|eager to|keen to|would like to|expects? to|expected to|under pressure|pressure to|pressed to|urged to|urges|urging|hopes? to|doit|devrait|devraient|policy of|strategy of|programme of|program of|politique de|stratégie de|prohibit\w*|barred|bars|enjoin\w*|injunction|interdit|ordered|orders|ordering|order to|ordonne|sued|sues|suing|lawsuit|filed suit|suit against|plainte|(?:formed|form|forming|set up|sets up|setting up|created|create|organized) (?:a |an )?(?:new )?(?:company|corporation|concern|vehicle|entity|partnership|group) to|(?:créé|crée|créer|constitué|monté) (?:une )?(?:nouvelle )?(?:société|structure|entité) pour|evaluating|evaluate|assist in|assist it in|help it in|competed|competing|compete|competitor for|lost out|lost to|losing bidder|outbid|depending on|depends on|dependent on|conditional on|unlikely|not likely|doubtful|in doubt|opportunities to|opportunity to|look for|looking for|searching for|no assurance|reach any agreement|reach an agreement|requirement|requirements)\b|(?:^|\s)(?:étudie|étudient|étudier|ordonné|assigné|imposé|en lice pour|en concurrence|concurrent pour|espère|espèrent|espérait|espéraient|souhaitait|souhaitaient|peu probable|improbable|incertaine?s?|à la recherche d[e'’]|cherche à|cherchent à)\s`)

// dealDecision matches a decision to sell told before a sale with no buyer named: "decided to
// divest its test products unit", "approved a decision to sell", « a décidé de céder sa filiale ».
// With a buyer named ("decided to sell their stake to X") the decision is the agreement.
var dealDecision = text.Lazy(`\b(?:decided|decides|decide|decision)\s+(?:\S+\s+)?to\b|(?:^|\s)(?:décidé|décide|décident|décision)\s+d(?:e\s|['’])`)

// dealFutureSale matches a sale told in the future or as bound to happen, right before its verb:
// "will sell", "would divest", "will be selling", « va céder », « cédera » ("is to sell" tells an
// arranged sale in news wording).
var dealFutureSale = text.Lazy(`\b(?:will|would|shall)\s+(?:also\s+|soon\s+|now\s+)?(?:be\s+)?(?:sell|selling|divest|divesting|dispose|disposing|spin|spinning)\b|(?:^|\s)(?:va|vont|allait|allaient)\s+(?:bientôt\s+)?(?:céder|vendre)\s|\b(?:cédera|céderont|vendra|vendront|céderait|vendrait)\b`)

// dealAgreed matches the words of a sentence that make a future sale an agreed one: "signed an
// agreement under which X will sell", "has agreed to", « a signé un accord ».
var dealAgreed = text.Lazy(`\b(?:agree|agrees|agreed|agreement|agreements|signed|signs|definitive|contract|letter of intent|accord|accords|pact|deal|completed|closed|approved|approves)\b|(?:^|\s)(?:signé|conclu|finalisé|approuvé)\s`)

// dealDoubtAfter matches words after a trigger, in its clause, that put the deal in doubt or
// make it a prospect: "the sale of X is unlikely to be completed", "the purchase of Y depends on
// financing", « la cession de Z, encore incertaine » (not "a payment depending on results", nor
// "conditional on approval", which every agreed deal is).
var dealDoubtAfter = text.Lazy(`\b(?:unlikely|not likely|in doubt|doubtful|uncertain|depends on|would be subject to a vote|as required by|as ordered by|could be completed|might be completed|could not be completed|may not be completed)\b|(?:^|\s)(?:peu probable|improbable|incertaine?s?|dépend de|dépendra de|dépendant de|pourrait ne pas)\s`)

// intentFactor is how much the words of the current trigger's clause lower a deal's confidence:
// an offer or bid (by its rule or the words before it) is not a deal made.
func (c *dealContext) intentFactor(r dealRule, kind string) float64 {
	if len(c.trigger) < 2 {
		return 1
	}
	from := max(0, c.trigger[0]-80)
	if dealIntent.MatchString(c.lower[from:c.trigger[1]]) {
		return 0.5
	}
	if kind == model.Divestiture && dealDecision.MatchString(c.lower[from:c.trigger[1]]) {
		return 0.5 // "decided to sell its X unit", with no buyer: a sale still to be made
	}
	if kind == model.Divestiture && dealFutureSale.MatchString(c.lower[max(0, c.trigger[0]-30):c.trigger[1]]) && !dealAgreed.MatchString(c.lower) {
		return 0.5 // "X will sell its Y unit", no buyer and no agreement: an announced plan
	}
	after := c.lower[c.trigger[1]:min(len(c.lower), c.trigger[1]+120)]
	if k := strings.IndexAny(after, ".;"); k >= 0 {
		after = after[:k] // the trigger's own sentence part
	}
	if dealDoubtAfter.MatchString(after) {
		return 0.5
	}
	return 1
}
