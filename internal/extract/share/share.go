package share

import (
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// shareContext is what a document said before the sentence being read: periods, regions and
// markets that sentences omitting them inherit.
type shareContext struct {
	docID    string
	docYear  int // year of the document's date, 0 when undated
	docMonth int
	year     int // the last year the document named
	period   measure.Period
	region   string
	market   string
	cue      bool // the previous sentence spoke of market shares
	lastHit  int  // index of the last sentence that gave shares, -1 before any
	docCue   bool // the title speaks of market shares
	// holders lists the vendors given a share so far, in order, for "the top three".
	holders []string
	// stakePrev tells whether the previous sentence spoke of stakes.
	stakePrev bool
	// title lists the vendors the title names: the article's own companies.
	title []string
	// named lists the vendors the document has named so far.
	named []string
	// subject is the first vendor of the last sentence that named one, for "It holds 31%".
	subject string
	// docMarket tells whether the document speaks of a market or of shares of one at all; when
	// not, a percentage is a share only if a share or a market follows it. Read on first use
	// (see marketDoc): most documents have no percentage that asks.
	docMarket int8 // 0: not read yet; 1: yes; -1: no
	sents     []text.Sentence
	// columns are the periods of the header of a flattened table (see share_table.go).
	columns []measure.Period
	// lead is the first period the title or the first sentence names: the one "for the
	// period" refers to.
	lead measure.Period
	// leadMarket is the market the title or the first sentences name ("Canada's airline
	// industry"): that of the shares whose sentences name none.
	leadMarket string
}

// marketDoc reports whether the document speaks of a market (see docMarket and marketDocument).
func (c *shareContext) marketDoc() bool {
	if c.docMarket == 0 {
		c.docMarket = -1
		if marketDocument(c.sents) {
			c.docMarket = 1
		}
	}
	return c.docMarket > 0
}

// Reader reads the market shares of one document within the call's time budget.
type Reader struct {
	budget *text.Budget // nil never stops
}

// NewReader returns a reader of market shares within budget.
func NewReader(budget *text.Budget) *Reader {
	return &Reader{budget: budget}
}

// Shares reads the market shares and group shares of a document, in the order of the text.
func (e *Reader) Shares(doc model.Document, sents []text.Sentence) ([]model.MarketShare, []model.GroupShare) {
	ctx := &shareContext{docID: doc.ID, docYear: dateYear(doc.Date), docMonth: dateMonth(doc.Date), lastHit: -1}
	ctx.sents = sents
	var shares []model.MarketShare
	var groups []model.GroupShare
	for _, s := range sents {
		e.budget.Check()
		toks := s.Toks
		if toks == nil {
			toks = text.Tokenize(s.Text)
		}
		if len(ctx.columns) > 0 {
			if ms, ok := tableRow(s, toks, ctx); ok {
				for _, m := range ms {
					shares = addShare(shares, m)
				}
				ctx.cue, ctx.lastHit = true, s.Index
				continue
			}
			ctx.columns = nil // the table ended
		}
		// Context comes from sentences with figures: those without any are skipped cheaply.
		digit := hasDigit(s.Text)
		if s.Index <= 1 && ctx.lead.Year == 0 {
			ctx.noteLead(toks)
		}
		if s.Index <= 2 && ctx.leadMarket == "" && namesMarket(toks) {
			ctx.leadMarket = findMarket(toks)
		}
		if s.Index != 0 && (!digit && !hasFractionWord(toks) || !mayHavePercent(s.Text) && !hasShareCue(toks)) {
			ctx.cue = false
			if digit { // a year is a number
				ctx.noteYear(toks)
			}
			ctx.notePeriod(s.Text, toks, digit)
			ctx.noteSubject(s)
			continue
		}
		if s.Index == 0 {
			for _, m := range s.Mentions {
				ctx.title = append(ctx.title, m.Name)
			}
		}
		ms, gs := e.sentenceShares(s, toks, ctx)
		ctx.noteSubject(s)
		for _, m := range ms {
			shares = addShare(shares, m)
		}
		groups = append(groups, gs...)
	}
	return shares, groups
}

// sentenceShares reads the shares of one sentence and updates ctx.
func (e *Reader) sentenceShares(s text.Sentence, toks []text.Token, ctx *shareContext) ([]model.MarketShare, []model.GroupShare) {
	cue := hasShareCue(toks)
	var pcts []percent
	if mayHavePercent(s.Text) || hasFractionWord(toks) {
		pcts = findPercents(toks)
	}
	periods := measure.FindPeriods(toks, measure.YearHint{Context: ctx.period.Year, DocYear: ctx.docYear, DocMonth: ctx.docMonth, Named: ctx.year})
	for _, p := range periods {
		if p.Year != 0 && !p.IsShift() {
			ctx.year = p.Year
		}
	}
	if len(pcts) == 0 && !cue && s.Index != 0 {
		ctx.cue, ctx.stakePrev = false, false // no share and nothing the next sentences inherit
		return nil, nil
	}
	reg, hasRegion := measure.FindRegion(toks)
	if !hasRegion && s.Index == 0 {
		reg, hasRegion = measure.TitleRegion(toks, s.Mentions) // "U.S. CAR SALES RECOVER", "FORD HAS 12 PCT MARKET SHARE IN EUROPE"
	}
	market := findMarket(toks)
	if market == "" && s.Index == 0 {
		market = titleMarket(toks) // "U.S. CAR SALES RECOVER FROM JANUARY BLAHS"
	}
	if s.Index == 0 {
		ctx.docCue = vendor.HasShareBigram(toks)
	}
	recent := ctx.lastHit >= 0 && s.Index-ctx.lastHit <= 3
	sc := sentenceContext{toks: toks, sent: s, periods: periods, ownCue: cue, cue: cue || ctx.cue || ctx.docCue || recent}
	sc.ctxCue = ctx.cue || ctx.docCue || recent
	sc.bigram = vendor.HasShareBigram(toks)
	// The audience of one programme is no market share (a channel's over a month is).
	programme := market == "TV audience" && hasTokenWord(toks, "magazine", "emission", "journal", "match", "serie",
		"film", "programme", "show", "episode", "finale", "diffuse", "diffusee", "programme")
	stake := programme || hasTokenWord(toks, "venture", "consortium", "syndicate", "operatorship") || !sc.bigram && (stakeSentence(toks) || (ownWholeSentence(toks) || hasTokenWord(toks, "price", "prices", "prix", "tarif", "tarifs")) && !hasShareWord(toks)) || hasStake(pcts)
	// A sentence after one about stakes goes on about them unless it names a market:
	// "…reducing Degussa's share to 30 pct. Metallgesellschaft's share will remain at 40 pct."
	sc.stake = stake || ctx.stakePrev && !sc.bigram && !marketSentence(toks) || !ctx.marketDoc()
	sc.main = mainPeriod(toks, periods, pcts)
	if sc.main.String() == "" {
		sc.main = ctx.period
		if shift, ok := openingShift(periods, pcts); ok && ctx.period.Year != 0 {
			sc.main = measure.Shifted(ctx.period, shift) // "Un an plus tôt, sa part atteignait 19 %"
		}
	}
	anaphor := false
	if sc.main.String() == "" && ctx.lead.Year != 0 && periodAnaphor(toks, ctx.lead) {
		// "its share over the period slipped to 41.5 pct": the period the lead told of.
		sc.main, anaphor = ctx.lead, true
	}
	if sc.main.String() == "" && ctx.docYear != 0 && (citesAnalyst(toks, s.Mentions) || saysNow(toks)) {
		// An analyst's figures with no period are those of when the article was written:
		// "Selon le dernier baromètre de Kantar, E.Leclerc pèse 21,9 %".
		sc.main = measure.Period{Year: ctx.docYear}
	}
	sc.region, sc.market = ctx.region, ctx.market
	if hasRegion && (reg.Strength >= 2 || cue) {
		sc.region = reg.Name
	}
	if market != "" {
		sc.market = market
	}
	if sc.market == "" {
		sc.market = ctx.leadMarket
	}
	var ms []model.MarketShare
	var gs []model.GroupShare
	if len(pcts) > 0 {
		ms, gs = e.assignShares(&sc, pcts, ctx)
	}
	// The stakes go on until a sentence gives market shares: one that merely names a market or
	// a share ("…a larger share for overseas houses that serve the local market") does not end a
	// syndicate's allocations, which the next sentences list with no word of their own ("Kestrel
	// will have one pct, Orwin 0.5 pct").
	ctx.stakePrev = stake && len(pcts) > 0 || ctx.stakePrev && len(ms) == 0
	if cue || len(ms) > 0 || s.Index == 0 {
		// Only a sentence that gives shares, the title or one about the market dates those
		// that follow: "celui qui a pris la tête du groupe en 2006" does not.
		// One that gives none dates them only when it measures the market: not when it tells
		// of a bond issue ("last visited the debt market in October 1986 when it issued 9 pct
		// bonds") or of an event ("introduced its product to the market in January"), nor with
		// a period still to come when it was written ("a model ready in the first quarter of 1988").
		if p := mainPeriod(toks, periods, pcts); p.String() != "" && !coarser(p, ctx.period) &&
			(len(ms) > 0 || s.Index == 0 || !stake && !ctx.future(p) && (len(pcts) > 0 || !isMonth(p)) &&
				(sc.bigram || marketSentence(toks) || hasTokenWord(toks, "spending", "depenses", "shipments", "livraisons"))) {
			ctx.period = p
		} else if anaphor && len(ms) > 0 && mainPeriod(toks, periods, pcts).String() == "" {
			ctx.period = sc.main
		}
		if hasRegion && (reg.Strength >= 2 || cue && reg.Name == "Global") {
			ctx.region = reg.Name
		}
		// A sentence whose figures are stakes, not shares, does not name the market of those
		// that follow: "MMAL, 99 pct-owned by Mitsubishi, said a tight market…".
		if market != "" && (len(ms) > 0 || !sc.stake || len(pcts) == 0) {
			ctx.market = market
		}
	}
	ctx.cue = cue || len(ms) > 0
	if len(ms)+len(gs) > 0 {
		ctx.lastHit = s.Index
	}
	return ms, gs
}

// coarser reports whether p is a whole year that holds the quarter or half cur: "cette année"
// after "au T3 2025" does not make the following shares yearly.
func coarser(p, cur measure.Period) bool {
	return p.Part == "" && cur.Part != "" && p.Year == cur.Year
}

// sentenceContext is what the share rules know about the sentence being read.
type sentenceContext struct {
	toks    []text.Token
	sent    text.Sentence
	periods []measure.Period
	main    measure.Period
	region  string
	market  string
	cue     bool // the sentence or its context speaks of market shares
	ownCue  bool // the sentence itself does
	ctxCue  bool // the sentences before it or the title do
	bigram  bool // the sentence says "market share", "part de marché"…
	stake   bool // the sentence speaks of stakes or securities, not of market shares
}

// mainPeriod returns the sentence's first period that is neither a shift nor the period of a
// previous share ("down from 32% in 2021") nor a bound ("since 2022") nor the date of a
// relative clause (see inRelativeClause).
func mainPeriod(toks []text.Token, periods []measure.Period, pcts []percent) measure.Period {
	last := -1
	for _, c := range pcts {
		last = c.end
	}
	for _, p := range periods {
		if last >= 0 && p.Start > last+12 {
			break // far after the last figure: another clause's date ("…E. Son concurrent avait annoncé en juin 2019")
		}
		if !p.IsShift() && !claimedByPast(toks, p, pcts) && !p.Bound && !inRelativeClause(toks, p.Start, pcts) {
			return p
		}
	}
	return measure.Period{}
}

// openingShift returns the shift ("a year earlier", « un an plus tôt ») that a sentence opens
// with, before any percentage, when no percentage is a previous value: the sentence's shares are
// then those of the period before the one being read.
func openingShift(periods []measure.Period, pcts []percent) (measure.Period, bool) {
	if len(periods) == 0 || !periods[0].IsShift() || len(pcts) == 0 || periods[0].Start > pcts[0].num {
		return measure.Period{}, false
	}
	for _, c := range pcts {
		if c.kind == pctPast {
			return measure.Period{}, false
		}
	}
	return periods[0], true
}

// claimedByPast reports whether p follows a previous-share percentage closely.
func claimedByPast(toks []text.Token, p measure.Period, pcts []percent) bool {
	for _, c := range pcts {
		if c.kind == pctPast && periodFollows(toks, c, p) {
			return true
		}
	}
	return false
}

// periodFollows reports whether period p dates the percentage c: it follows within three
// words, or within six when only words of time come between ("from 4.8 pct in the first half
// of 1986", "from 41 pct at the end of 1986").
func periodFollows(toks []text.Token, c percent, p measure.Period) bool {
	if p.Start < c.end || p.Start > c.end+6 {
		return false
	}
	if p.Start <= c.end+3 {
		return true
	}
	for i := c.end; i < p.Start; i++ {
		if !text.OneOf(toks[i].Low, "in", "at", "the", "same", "months", "month", "period", "weeks", "end", "of",
			"during", "for", "first", "two", "three", "nine", "au", "a", "la", "fin", "de", "du", "en", "meme", "periode", "mois") {
			return false
		}
	}
	return true
}

// pastPeriod returns the period of a previous share: the period right after it, or a shift
// applied to the main period; empty when the text gives none.
func (sc *sentenceContext) pastPeriod(c percent) string {
	for _, p := range sc.periods {
		if periodFollows(sc.toks, c, p) {
			if p.IsShift() {
				if sc.main.Year == 0 {
					return ""
				}
				return measure.Shifted(sc.main, p).String()
			}
			return p.String()
		}
	}
	return ""
}

// earlierPeriod returns the period of a previous value given before the current one ("from 32%
// in 2021 to…"), or a year before the main period when the sentence says "a year earlier".
func (sc *sentenceContext) earlierPeriod(c percent) string {
	if p := sc.pastPeriod(c); p != "" {
		return p
	}
	for _, p := range sc.periods {
		if p.IsShift() && sc.main.Year != 0 {
			return measure.Shifted(sc.main, p).String()
		}
	}
	return ""
}

// share builds a market share of vendor read from this sentence.
func (sc *sentenceContext) share(ctx *shareContext, vendor string, p percent, periodStr string, conf float64) model.MarketShare {
	if !sc.ownCue {
		conf -= 0.15
	}
	market := sc.market
	if m := percentMarket(sc.toks, p.end); m != "" {
		market = m
	}
	return model.MarketShare{
		Vendor: vendor, Share: p.value, Qualifier: p.qualifier, Market: market,
		Region: sc.region, Period: periodStr, Document: ctx.docID, Evidence: sc.sent.Text,
		Confidence: conf,
	}
}

// isMonth reports whether p is a month.
func isMonth(p measure.Period) bool {
	return p.Part != "" && p.Part[0] >= '0' && p.Part[0] <= '9'
}

// future reports whether p begins after the document's date: a plan or a forecast, which does
// not date the shares the document gives as held.
func (ctx *shareContext) future(p measure.Period) bool {
	if ctx.docYear == 0 || p.Year == 0 || p.IsShift() {
		return false
	}
	if p.Year != ctx.docYear {
		return p.Year > ctx.docYear
	}
	first := 1
	switch {
	case len(p.Part) == 2 && p.Part[0] == 'Q':
		first = int(p.Part[1]-'0')*3 - 2
	case p.Part == "H2":
		first = 7
	case isMonth(p):
		first = int(p.Part[0]-'0')*10 + int(p.Part[1]-'0')
	}
	return ctx.docMonth != 0 && first > ctx.docMonth
}

// noteLead remembers the first period the title or the first sentence names, when it is no
// shift, bound or date still to come (see shareContext.lead).
func (ctx *shareContext) noteLead(toks []text.Token) {
	hint := measure.YearHint{DocYear: ctx.docYear, DocMonth: ctx.docMonth}
	for _, p := range measure.FindPeriods(toks, hint) {
		if p.Year != 0 && !p.IsShift() && !p.Bound && !ctx.future(p) {
			ctx.lead = p
			return
		}
	}
}

// periodAnaphor reports whether a sentence dates its figures by the period told before: "for
// the period", "during the quarter", « sur la période », « au cours du trimestre ». A quarter or
// a month must be what lead is.
func periodAnaphor(toks []text.Token, lead measure.Period) bool {
	for i := 2; i < len(toks); i++ {
		w := toks[i].Low
		if !text.OneOf(toks[i-1].Low, "the", "this", "that", "la", "le", "cette", "ce", "du") ||
			!text.OneOf(toks[i-2].Low, "for", "in", "during", "over", "through", "sur", "pour", "durant", "pendant", "de", "au", "cours") &&
				toks[i-1].Low != "du" {
			continue
		}
		switch {
		case w == "period" || w == "periode":
			return true
		case w == "quarter" || w == "trimestre":
			return strings.HasPrefix(lead.Part, "Q")
		case w == "month" || w == "mois":
			return isMonth(lead)
		}
	}
	return false
}

// namesMarket reports whether a sentence speaks of a market by name: "market", "industry",
// « marché », « secteur » (see findMarket for which words it keeps).
func namesMarket(toks []text.Token) bool {
	for j, t := range toks {
		if t.Kind == text.TokWord && !t.Upper && text.OneOf(t.Low, "market", "markets", "industry", "sector", "marche", "marches") && !tradingMarket(toks, j) {
			return true
		}
	}
	return false
}
