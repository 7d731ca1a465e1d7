package deal

import (
	"marketbrief/internal/extract/vendor"
	"strings"
)

// namedBefore returns the company that the current sentence names before subject pronoun p, or
// "": a pronoun in a later clause stands for it.
func (c *dealContext) namedBefore(p vendor.Party) string {
	ws := c.wordsOf(c.cur)
	if p.End < 1 || p.End > len(ws) {
		return ""
	}
	q, ok := vendor.FirstEntity(c.sents[c.cur], ws, 0, p.End-1)
	if !ok || q.Pronoun || q.Name == "" || c.commonWord(dealCleanName(q.Name)) {
		return ""
	}
	return c.canonical(q.Name)
}

// splitKnownPair splits a subject "A and B" made of two known companies into the subject A and a
// further buyer, partner or target B, as the rule's subject role says.
func (c *dealContext) splitKnownPair(r dealRule, a *dealArgs) {
	if !a.hasSubj || a.subj.Pronoun || a.subj.Descr {
		return
	}
	x, y, ok := c.knownPair(dealCleanName(a.subj.Name))
	if !ok {
		return
	}
	a.subj.Name = x
	second := vendor.Party{Name: y, End: a.subj.End}
	switch r.subj {
	case roleAcquirer:
		a.coBuyers = append(a.coBuyers, second)
	case roleParty:
		a.parties = append(a.parties, second)
	case roleTarget:
		a.more = append(a.more, second)
	}
}

// dealBidNouns after the name a customer chose make it a bid, not a supplier.
var dealBidNouns = map[string]bool{"offer": true, "offers": true, "bid": true, "bids": true,
	"proposal": true, "proposals": true, "offre": true, "offres": true, "proposition": true}

// dealWorkNouns after a name make it a customer's work that companies bid for or win, not a
// company that is bought ("bid for the Meridia work", "bought the Acme account").
var dealWorkNouns = map[string]bool{"work": true, "contract": true, "contracts": true, "tender": true,
	"project": true, "account": true, "job": true, "order": true, "orders": true, "licence": true,
	"license": true, "rights": true, "franchise": true}

// publicName returns the name of an authority, with the adjective French puts after a one-word
// name ("la Commission européenne", "le ministère fédéral").
func (c *dealContext) publicName(p vendor.Party) string {
	ws := c.wordsOf(c.cur)
	name := dealCleanName(p.Name)
	if !strings.Contains(name, " ") && p.End < len(ws) && p.End > 0 && !ws[p.End-1].Stop {
		w := ws[p.End]
		if !w.Capitalized() && !vendor.CoPrepositions[w.Lower] && !vendor.DealFrenchStops[w.Lower] && !vendor.CoClauseWords[w.Lower] && len(w.Core) > 3 {
			name += " " + w.Core
		}
	}
	return name
}

// firstWord returns the first word of a name.
func firstWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}
