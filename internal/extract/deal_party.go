package extract

import "strings"

// namedBefore returns the company that the current sentence names before subject pronoun p, or
// "": a pronoun in a later clause stands for it.
func (c *dealContext) namedBefore(p party) string {
	ws := c.wordsOf(c.cur)
	if p.end < 1 || p.end > len(ws) {
		return ""
	}
	q, ok := firstEntity(c.sents[c.cur], ws, 0, p.end-1)
	if !ok || q.pronoun || q.name == "" || c.commonWord(dealCleanName(q.name)) {
		return ""
	}
	return c.canonical(q.name)
}

// splitKnownPair splits a subject "A and B" made of two known companies into the subject A and a
// further buyer, partner or target B, as the rule's subject role says.
func (c *dealContext) splitKnownPair(r dealRule, a *dealArgs) {
	if !a.hasSubj || a.subj.pronoun || a.subj.descr {
		return
	}
	x, y, ok := c.knownPair(dealCleanName(a.subj.name))
	if !ok {
		return
	}
	a.subj.name = x
	second := party{name: y, end: a.subj.end}
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
func (c *dealContext) publicName(p party) string {
	ws := c.wordsOf(c.cur)
	name := dealCleanName(p.name)
	if !strings.Contains(name, " ") && p.end < len(ws) && p.end > 0 && !ws[p.end-1].stop {
		w := ws[p.end]
		if !w.capitalized() && !coPrepositions[w.lower] && !dealFrenchStops[w.lower] && !coClauseWords[w.lower] && len(w.core) > 3 {
			name += " " + w.core
		}
	}
	return name
}

// firstWord returns the first word of a name.
func firstWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}
