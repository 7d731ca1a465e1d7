package deal

import (
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// dealContext is what the deal reader remembers while it goes through one document.
type dealContext struct {
	e       *Reader
	doc     model.Document
	results int               // whether doc is a story of results: 0 not known yet, 1 no, 2 yes (see resultsStory)
	known   map[string]string // surface form → canonical name, from the vendor mentions
	// mentioned holds the canonical names the vendor recogniser found; firms the names this
	// document shows to be companies (see isFirm).
	mentioned, firms map[string]bool
	sents            []string         // the document's sentences
	words            [][]vendor.Dword // their words, split when first needed
	subj             []*string        // their subjects' canonical names, found when first needed
	cur              int              // the sentence being read
	lower            string           // the current sentence, lower-cased by text.Lower
	// the current sentence's price and date, read when its first deal needs them
	value     *model.Money
	date      string
	valueRead bool
	common    map[string]bool // commonWord's answers
	people    map[string]bool // personNamed's answers
	full      string          // the title, a line break and the text, made when first needed
	trigger   []int           // the byte span of the trigger being read
	// sharesRead: the deal being built buys shares or a stake (see deal_stake.go)
	sharesRead bool
	// sharesCount is set when a count of shares of unknown weight is bought
	sharesCount bool
	// publicCustomer lets an authority be the customer of the contract being read
	publicCustomer bool
}

// dealHedges mark a deal that is only talked about, rumoured, denied or turned down (matched
// against the lower-cased sentence). The closing \b of Go's expressions knows only ASCII letters,
// so words ending in an accented one ("intéressé", "adjugé") end at a space or a punctuation mark.
var dealHedges = text.Lazy(mustExpand(`\b{deal_hedge}(?:\b|$|[\s,.;:!?)»"'’])`))

// dealNotTrigger matches deal words in phrases that tell no deal between companies: purchasing
// power, buying goods, share buybacks, a player's contract.
var dealNotTrigger = text.Lazy(`(?:(?:warrants?|options?|rights?) to (?:purchase|buy|acquire)|(?:increased |higher |lower |customer |consumer )?purchases of (?:its|their|our)\b|(?:sold|sells|vendue?s?|commercialisée?s?) (?:exclusively |only |mainly |notamment |exclusivement |uniquement )?(?:at|through|chez|online|en ligne|en magasins?|en grandes? surfaces?|en pharmacies?|dans les (?:magasins|supermarchés|rayons|boutiques))\b|(?:borrowing|loan|credit|financing|standstill|confidentiality|lease) agreement|pouvoir d['’]|prix d['’]|bons? d['’]|centrales? d['’]|purchasing |buy back|buyback|selling price|sale price|prix de vente|(?:raised|lowered|upgraded|downgraded) to (?:aaa|aa|a|baa|ba|b|caa|bbb|bb|ccc)\b)|(?:achat|achats|acheter|achète|vente|ventes|vendre|vend)\s+(?:de la |de l['’]|de |des |d['’]|du |le |la |les |un |une )?(?:véhicules?|voitures?|logements?|billets?|matériel|armes?|produits?|biens|maisons?|appartements?|terrains?|titres?|actions?|villas?|châteaux?|château|propriétés?|tableaux?|œuvres?|bijoux|montres?|exemplaires?|consoles?)\b|rachat (?:de (?:ses|leurs|ses propres|leurs propres) actions|d['’]actions|de titres)|(?:rachète|racheter|racheté|rachat)\s+(?:le |son |du |de son )contrat|reprise\s+(?:de la |du |des |de l['’]|de sa |de son |de ses |de leur |de leurs )?(?:saison|championnats?|compétitions?|matchs?|nba|mlb|nhl|ligue|activités?|travail|cours|économie|croissance|épidémie|école|classes?|tournages?)`)

// dealFailed matches the words after a trigger that say the deal did not happen ("la fusion…
// n'ait finalement pas lieu", "the merger collapsed"); no closing \b, which an accented last
// letter would defeat.
var dealFailed = text.Lazy(`\b(?:n['’]est (?:pas|plus) d['’]actualité|ne se fera pas|n['’]aura pas lieu|abandonn\w*|abandoned|called off|scrapped|cancell?ed|annulée?s?|not yet signed|pas encore signé|rejected|rejects|rejette|rejeté|refused|refusé|turned down|pas lieu|pas eu lieu|n['’]a pas abouti|échou\w*|avort\w*|capot\w*|fell through|collapsed|was blocked|were blocked|called off|bloqué\w*|(?:has|have|had|was|were) been terminated|was terminated|were terminated|(?:has|have|had) been dropped|(?:has|have|had) been withdrawn|résilié\w*|rompu\w*)`)

// Reader reads the deals of one document: it reads the dictionary, the deal rules, the
// sentence limit and the call's time budget.
type Reader struct {
	dict   *vendor.Dictionary
	rules  *Rules
	limits text.Limits
	budget *text.Budget // nil never stops
	trace  RuleTrace    // tests only (see Traced); nil in the program
}

// NewReader returns a reader of deals with dict, rules (nil: DefaultRules, built when first
// needed), limits and budget.
func NewReader(dict *vendor.Dictionary, rules *Rules, limits text.Limits, budget *text.Budget) *Reader {
	return &Reader{dict: dict, rules: rules, limits: limits, budget: budget}
}

// dealRules returns the rules the reader reads with.
func (e *Reader) dealRules() *Rules {
	if e.rules == nil {
		return DefaultRules()
	}
	return e.rules
}

// Deals returns the deals that doc states: acquisitions, mergers, sales, partnerships,
// investments and contracts, one per deal (a deal told twice in the document is merged).
func (e *Reader) Deals(doc model.Document, sents []text.Sentence) []model.Deal {
	c := &dealContext{e: e, doc: doc, known: dealKnownNames(sents), firms: map[string]bool{}, common: map[string]bool{}}
	c.mentioned = map[string]bool{}
	for _, n := range c.known {
		c.mentioned[n] = true
	}
	c.learnAcronyms(doc.Title, "", false)
	c.learnAcronyms(doc.Text, doc.Title, true)
	c.sents = dealTexts(sents)
	c.words = make([][]vendor.Dword, len(c.sents))
	c.subj = make([]*string, len(c.sents))
	var out []model.Deal
	var leads []model.Deal // the deals of the story's lead (title and first sentences)
	var recent []int       // deals told in the last sentences, which later ones may give a price or date
	recentAt := 0          // the sentence that told the last of them
	var hits []stemHit
	var stems stemSet
	rules := e.dealRules()
	for i, s := range c.sents {
		e.budget.Check()
		c.cur, c.valueRead = i, false
		lower := text.Lower(s)
		c.lower = lower
		if i-recentAt > 8 {
			recent = nil // what is told further on is about another deal
		}
		stems, hits = rules.stems.find(lower, stems, hits)
		var found []model.Deal
		if !stems.empty() {
			found = c.sentenceDeals(s, lower, stems, hits)
		}
		if len(found) == 0 {
			// A sentence that tells a deal of its own gives its price and year to that deal only.
			c.fillLater(out, recent, lower, i-recentAt <= 3)
			continue
		}
		for k := range found {
			recent, recentAt = append(recent, len(out)+k), i
			if i > c.leadEnd() && len(leads) > 0 && !sharesParty(found[k], leads) {
				// A deal told in passing after the story's lead deal is background.
				found[k].Confidence = roundConf(found[k].Confidence * 0.7)
			}
		}
		if i <= c.leadEnd() {
			leads = append(leads, found...)
		}
		out = append(out, found...)
	}
	out = MergeDeals(out)
	c.endedInStory(out) // a deal the story says was ended (deal_ended.go)
	return out
}

// dealTexts returns the texts of the document's sentences as the deal rules read them: without
// an empty title, and without the stock tickers of newswire copy (see text.StripTickers).
func dealTexts(sents []text.Sentence) []string {
	out := make([]string, 0, len(sents))
	for _, s := range sents {
		if s.Index == 0 && s.Text == "" {
			continue
		}
		out = append(out, text.StripTickers(s.Text))
	}
	return out
}

// dealNewsSentences is how far into a document a deal told without a past-tense cue is still
// the story's news; further on, such deals are as often background.
const dealNewsSentences = 10

// sentenceValue returns the price the current sentence states, and its date (sentenceDate),
// read once for all the deals of the sentence.
func (c *dealContext) sentenceValue() *model.Money {
	c.readValueDate()
	if c.value == nil {
		return nil
	}
	v := *c.value
	return &v
}

// sentenceDate returns the date the current sentence states (see sentenceValue).
func (c *dealContext) sentenceDate() string {
	c.readValueDate()
	return c.date
}

// readValueDate reads the current sentence's price and date once.
func (c *dealContext) readValueDate() {
	if !c.valueRead {
		c.value = measure.DealValueIn(c.sents[c.cur], c.lower, 0)
		if c.value != nil && dealResultsNote.MatchString(c.lower) {
			c.value = nil // "Net includes a gain of 230,000 dlrs from the sale of X": a gain or a charge, not the price
		}
		c.date = measure.DealDate(c.sents[c.cur], c.doc.Date) // as written: "In May" is a month, "may" a verb
		if lower := c.lower; c.date == "" && c.doc.Date != "" && !dealResultsNote.MatchString(lower) &&
			(measure.DealNewsCue.MatchString(lower) || c.cur <= max(c.leadEnd(), dealNewsSentences) && !measure.DealPastCue.MatchString(lower)) {
			c.date = measure.DealDocMonth(c.doc.Date) // the story's news: the document's month
		}
		c.valueRead = true
	}
}

// clauseDate returns the year (or month, quarter) stated in the words from the current trigger
// to the end of its clause, or "".
func (c *dealContext) clauseDate() string {
	if len(c.trigger) < 2 {
		return ""
	}
	// The sentence as written (text.Lower keeps byte offsets): "in May" is a month, "may" a verb.
	w := c.sents[c.cur][c.trigger[0]:min(len(c.lower), c.trigger[1]+50)]
	if k := strings.IndexAny(w[c.trigger[1]-c.trigger[0]:], ".;"); k >= 0 {
		w = w[:c.trigger[1]-c.trigger[0]+k]
	}
	if !yearWord.MatchString(w) {
		return ""
	}
	return measure.DealDate(w, c.doc.Date)
}

// dealAsideRe matches, at the start of the clause that leads to a deal's trigger, a relative
// clause that tells the deal in passing as a past one (", who previously led the buyout of X", «
// , qui avait racheté X »): the date of the sentence's main clause is not the deal's.
var dealAsideRe = text.Lazy(`^\s*(?:who|which|qui)\s+(?:\S+\s+)?(?:previously|formerly|once|earlier|had|avait|avaient|auparavant|précédemment)\b`)

// asideDate reports whether the current trigger's clause tells its deal in passing, as a past
// one (see dealAsideRe), and then the date that clause states, up to the trigger's end.
func (c *dealContext) asideDate() (string, bool) {
	if len(c.trigger) < 2 {
		return "", false
	}
	from := max(0, c.trigger[0]-80)
	if k := strings.LastIndexAny(c.lower[from:c.trigger[0]], ",;:("); k >= 0 {
		from += k + 1
	} else {
		return "", false
	}
	if !dealAsideRe.MatchString(c.lower[from:c.trigger[0]]) {
		return "", false
	}
	return measure.DealDate(c.sents[c.cur][from:c.trigger[1]], c.doc.Date), true
}

// lowerAt returns the current sentence, lower-cased, from byte offset off.
func (c *dealContext) lowerAt(off int) string {
	return c.lower[off:] // text.Lower keeps byte offsets
}

// wordsOf returns the words of sentence i.
func (c *dealContext) wordsOf(i int) []vendor.Dword {
	if c.words[i] == nil {
		c.words[i] = vendor.CoSplitWords(c.sents[i])
	}
	return c.words[i]
}

// subjectOf returns the canonical name of the company sentence i is about (its first name, or
// the company a pronoun there stands for), or "".
func (c *dealContext) subjectOf(i int) string {
	if c.subj[i] == nil {
		name := ""
		if ws := c.wordsOf(i); len(ws) > 0 && dealRelativeSubjects[ws[0].Lower] {
			name = c.lastBefore(i) // "Il détient aussi… avec X": "il" is the company told before
		} else if p, ok := vendor.MainSubject(c.sents[i], ws); ok {
			if q, ok := afterIntro(c.sents[i], ws, p); ok {
				p = q // "Déjà candidat au rachat de X en 2017, le groupe…": the group, not X
			}
			if p.Pronoun {
				name = c.lastBefore(i)
			} else if !c.commonWord(dealCleanName(p.Name)) {
				if i == 0 && c.doc.Title != "" {
					// "TARVO BANCORP 1ST QTR NET": the name ends before the results it reports
					if loc := resultsHeadTail.FindStringIndex(p.Name); loc != nil && loc[0] > 0 {
						p.Name = p.Name[:loc[0]]
					}
				}
				name = c.canonical(p.Name)
				c.noteFirm(name, p)
			}
		}
		c.subj[i] = &name
	}
	return *c.subj[i]
}

// lastBefore returns the company that was last a sentence's subject before sentence i: what
// "it" or "the company" stands for.
func (c *dealContext) lastBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		if c.tableSentence(j) {
			continue // a results table's line ("Revs 8.9 mln vs 8.1 mln"): "the company" is above it
		}
		if s := c.subjectOf(j); s != "" {
			return s
		}
	}
	return ""
}

// sentenceDeals applies to one sentence the rules whose stems it contains; a rule never reuses
// another's trigger.
func (c *dealContext) sentenceDeals(s, lower string, stems stemSet, hits []stemHit) []model.Deal {
	var out []model.Deal
	var used [][]int
	rs := c.e.dealRules()
	for i, r := range rs.rules {
		if !rs.ruleStems[i].meets(stems) {
			continue
		}
		for _, m := range rs.ruleMatches(i, lower, hits) {
			if overlapsAny(used, m) {
				continue
			}
			if r.needQty && c.cur > c.leadEnd()+1 {
				continue // a stake held, told after the lead, is background ("It holds 19.9 pct of X")
			}
			ds := c.apply(r, s, lower, c.wordsOf(c.cur), m)
			if len(ds) == 0 {
				continue
			}
			if c.e.trace != nil {
				c.e.trace(r.name, ds)
			}
			used = append(used, m)
			out = append(out, ds...)
		}
	}
	return out
}

// overlapsAny reports whether span m overlaps one of the used spans.
func overlapsAny(used [][]int, m []int) bool {
	for _, u := range used {
		if m[0] < u[1] && u[0] < m[1] {
			return true
		}
	}
	return false
}

// dealKnownNames maps the surface forms of the sentences' company mentions to canonical names.
func dealKnownNames(sents []text.Sentence) map[string]string {
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
	surface = dealCleanName(surface)
	if n, ok := c.known[strings.ToLower(surface)]; ok {
		return n
	}
	return vendor.CanonicalName(c.e.dict, surface)
}

// dealCleanName trims quotes, a leading article and trailing punctuation from a name.
func dealCleanName(s string) string {
	s = strings.Trim(s, " \"'“”«».,;:()")
	for _, a := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}
