package extract

import (
	"regexp"
	"strings"

	"marketbrief/internal/model"
)

// dealContext is what the deal reader remembers while it goes through one document.
type dealContext struct {
	e     *Extractor
	doc   model.Document
	known map[string]string // surface form → canonical name, from the vendor mentions
	last  string            // the company that was last a sentence's subject ("it", "the company")
	sent  string            // the current sentence's own subject, for "Y said X will acquire it"
}

// dealTriggers are the words one of which a sentence must contain before the rules run.
var dealTriggers = []string{
	"acqui", "buy", "bought", "purchas", "merge", "sell", "sold", "sale", "dispos", "divest",
	"spin", "spun", "stake", "takeover", "take", "took", "offer", "bid", "proposal", "rachat",
	"rachè", "rache", "acquiert", "acquis", "achète", "achat", "acheté", "empar", "main sur",
	"contrôle", "cession", "cède", "céd", "vend", "fusion", "partenar", "partner", "allian",
	"allie", "coopération", "cooperation", "collabor", "team", "forces", "invest", "levé", "lève",
	"particip", "retenu", "select", "chose", "choisi", "picked", "picks", "tap", "awarded",
	"contract", "contrat", "won ", "wins", "buyout", "holding", "interest", "absorb", "remporte",
}

// mayStateDeal is the cheap prefilter: only sentences with a trigger word are parsed.
func mayStateDeal(lower string) bool {
	for _, t := range dealTriggers {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

// hedges mark a deal that is only talked about, rumoured, denied or turned down.
var hedges = regexp.MustCompile(`(?i)\b(?:talks?|negotiations?|considering|consider|could|might|may|interested|interest in|rumou?rs?|rumeurs?|speculation|denied|denies|deny|rejected|rejects|reject|no plans|not|pourrait|pourraient|envisage\w*|discussions?|exploring|studying|possible|potential|unable|hopes?|n['’]a pas|ne pas|aucune?|pas l['’]intention|would consider|refused|refuse|abandon\w*|opposed|oppose)\b`)

// deals returns the deals that doc states: acquisitions, mergers, sales, partnerships,
// investments and contracts, one per deal (a deal told twice in the document is merged).
func (e *Extractor) deals(doc model.Document, sents []Sentence) []model.Deal {
	c := &dealContext{e: e, doc: doc, known: knownNames(sents)}
	var out []model.Deal
	var pending []int // deals still looking for a price in the next sentences
	for _, s := range dealSentences(doc) {
		lower := strings.ToLower(s)
		var ws []dword
		if mayStateDeal(lower) {
			ws = splitWords(s)
			c.sent = c.sentenceSubject(s, ws)
			pending = c.fillValues(out, pending, s, lower)
			found := c.sentenceDeals(s, ws)
			for i := range found {
				if found[i].Value == nil {
					pending = append(pending, len(out)+i)
				}
			}
			out = append(out, found...)
		} else {
			ws = splitWords(s)
			c.sent = c.sentenceSubject(s, ws)
			pending = nil
		}
		if c.sent != "" {
			c.last = c.sent
		}
	}
	return mergeDeals(out)
}

// valueStatement matches a sentence that states a price for a deal told just before.
var valueStatement = regexp.MustCompile(`(?i)\b(?:transaction|deal|acquisition|purchase|merger|sale|offer|agreement|price|rachat|opération|cession|montant)\b`)

// fillValues gives the pending deals (of the previous sentences) the price that s states, if
// it states one; it returns the deals still pending.
func (c *dealContext) fillValues(out []model.Deal, pending []int, s, lower string) []int {
	if len(pending) == 0 || !valueStatement.MatchString(s) {
		return nil
	}
	v := dealValue(s, 0)
	if v == nil {
		return pending
	}
	for _, i := range pending {
		if out[i].Value == nil && out[i].Type != model.Partnership {
			money := *v
			out[i].Value = &money
		}
	}
	return nil
}

// sentenceSubject returns the canonical name of the company the sentence is about (its first
// name or resolved pronoun), or "".
func (c *dealContext) sentenceSubject(s string, ws []dword) string {
	p, ok := mainSubject(s, ws)
	if !ok {
		return ""
	}
	if p.pronoun {
		return c.last
	}
	return c.canonical(p.name)
}

// sentenceDeals applies every rule to one sentence; a rule never reuses another's trigger.
func (c *dealContext) sentenceDeals(s string, ws []dword) []model.Deal {
	var out []model.Deal
	var used [][]int
	for _, r := range dealRules {
		for _, m := range r.re.FindAllStringIndex(s, -1) {
			if overlapsAny(used, m) {
				continue
			}
			ds := c.apply(r, s, ws, m)
			if len(ds) == 0 {
				continue
			}
			used = append(used, m)
			out = append(out, ds...)
		}
	}
	return out
}

func overlapsAny(used [][]int, m []int) bool {
	for _, u := range used {
		if m[0] < u[1] && u[0] < m[1] {
			return true
		}
	}
	return false
}

// knownNames maps the surface forms of the sentences' company mentions to canonical names.
func knownNames(sents []Sentence) map[string]string {
	known := map[string]string{}
	for _, s := range sents {
		for _, m := range s.Mentions {
			known[strings.ToLower(m.Surface)] = m.Name
		}
	}
	return known
}

// canonical resolves a name as written to the company's canonical name.
func (c *dealContext) canonical(surface string) string {
	surface = cleanCompany(surface)
	if n, ok := c.known[strings.ToLower(surface)]; ok {
		return n
	}
	return canonicalName(c.e, surface)
}

// cleanCompany trims quotes, a leading article and trailing punctuation from a name.
func cleanCompany(s string) string {
	s = strings.Trim(s, " \"'“”«».,;:()")
	for _, a := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}
