package share

import (
	"sort"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// hasShareCue reports whether a sentence speaks of market shares: "market share", "parts de
// marché", "holds", "détient", "du marché", "respectively"…
func hasShareCue(toks []text.Token) bool {
	for i := range toks {
		if t := &toks[i]; t.Kind == text.TokWord && !t.Upper && shareCueSig.May(t.Low) && shareCues[t.Low] {
			return true
		}
	}
	return false
}

// shareCueSig screens the words that may be share cues.
var shareCueSig = text.NewWordSig(shareCues)

// shareCues are the words of sentences that give market shares.
var shareCues = lexicon.Default().Set("share_cue", text.Fold)

// marketCueAfter rates the words that follow the percentage ending at toks[end], within a few
// words of the same clause: 2 for a market ("40 % du marché chinois", "of the cloud
// infrastructure market"), 1 for a share or spending ("a 31% share", "of cloud spending"), 0
// for neither.
func marketCueAfter(toks []text.Token, end int) int {
	best := 0
	for j := end; j < len(toks) && j < end+7; j++ {
		t := toks[j]
		if t.Text == ";" || t.Text == "," || t.Text == ")" || t.Kind == text.TokNumber {
			break
		}
		if t.Kind != text.TokWord {
			continue
		}
		switch w := t.Low; {
		case strongMarketWords[w] && tradingMarket(toks, j):
			continue
		case strongMarketWords[w]:
			return 2
		case weakMarketWords[w]:
			best = 1
		}
	}
	return best
}

// tradingMarket reports whether the market word at toks[j] names a price or a place of trading
// ("market value", "capital markets", "marché boursier") rather than a product market.
func tradingMarket(toks []text.Token, j int) bool {
	if j+1 < len(toks) && notMarketAfter[toks[j+1].Low] {
		return true
	}
	return j > 0 && notMarketBefore[toks[j-1].Low]
}

// strongMarketWords name a market after a percentage; weakMarketWords a share of something.
var (
	strongMarketWords = text.VendorWordSet("market", "markets", "marche", "marches", "segment", "marketshare")
	weakMarketWords   = text.VendorWordSet("share", "part", "parts", "pda", "spending", "depenses", "shipments", "livraisons")
)

// hasShareWord reports whether a sentence says "share" or "part" in lower case: "Amazon's share
// was down from 32%".
func hasShareWord(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.TokWord && (t.Text == "share" || t.Text == "part" || t.Text == "parts" || t.Text == "shares") {
			return true
		}
	}
	return false
}

// stakeSentence reports whether a sentence speaks of stakes, securities or polls: its
// percentages are then shares only when a market follows them.
func stakeSentence(toks []text.Token) bool {
	for i, t := range toks {
		if t.Kind == text.TokWord && (!t.Upper || i == 0) && stakeWords[t.Low] { // "Partners on the field are…"
			return true
		}
		if ownershipPhrase(toks, i) {
			return true
		}
		// Counted shares are stock: "850,000 shares", "common shares"; "the shares for the
		// quarter" are market shares.
		if t.Low == "shares" && i > 0 && (toks[i-1].Kind == text.TokNumber ||
			text.OneOf(toks[i-1].Low, "common", "preferred", "ordinary", "its", "mln", "million", "billion", "class")) {
			return true
		}
	}
	return false
}

// stakeWords are the words of sentences about stakes in companies, securities and polls.
var stakeWords = text.VendorWordSet("venture", "operatorship", "tenders", "gdp", "pib", "holdings", "investor", "investors", "partners", "consortium",
	"syndicate", "syndicat", "underwriting", "licence", "license", "concession", "equity", "barometre", "enquete", "sondes", "interroges", "stake", "stakes", "outstanding", "tender", "shareholder",
	"shareholders", "stock", "coupon", "bonds", "debentures", "dividend", "actionnaire",
	"actionnaires", "participation", "titres", "capital", "warrants", "notes", "obligations",
	"sondage", "poll", "polls", "vote", "votes", "scrutin", "election", "electeurs", "candidat",
	"candidate", "owned", "owns", "detenu", "detenue")

// groupShare reads a share held jointly: "together hold 63%", "à eux quatre près de 63 %",
// "the top three account for 65%". The vendors are those named before the percentage, or, for
// "the top N", the first N vendors given a share earlier in the document.
//
// joint tells, when no group could be formed, that the sentence still says the figure is held
// jointly ("Toshiba and Sharp together control about 40 pct" with Sharp unknown): it is then no
// one member's share.
func groupShare(sc *sentenceContext, pending []holder, p percent, ctx *shareContext) (g model.GroupShare, joint, ok bool) {
	from := p.num - 12
	if len(pending) > 0 && pending[0].tok-4 < from {
		from = pending[0].tok - 4
	}
	if from < 0 {
		from = 0
	}
	cue, n := false, 0
	// Words after the figure count up to the end of its clause, and not when another figure
	// follows: "AWS (30 %) et Microsoft (21 %) détiennent ensemble 51 %", "Google 12%, and
	// together the three hold 63%".
	to := p.end
	for to < len(sc.toks) && to < p.end+4 && sc.toks[to].Text != "," && sc.toks[to].Text != ";" {
		to++
	}
	for i := p.end; i < len(sc.toks) && i < p.end+6; i++ {
		if sc.toks[i].Kind == text.TokNumber {
			to = p.end
		}
	}
	for i := from; i < len(sc.toks) && i < to; i++ {
		w := sc.toks[i].Low
		if groupCues[w] && !(w == "ensemble" && i > 0 && sc.toks[i-1].Text == "'") { // "l'ensemble de l'année"
			cue = true
			joint = joint || jointCues[w]
		}
		if w == "total" && i < p.num && i > 0 && text.OneOf(sc.toks[i-1].Low, "au", "in") {
			cue, joint = true, true // "représentent au total moins de 2 %"
		}
		if c, ok := countWords[w]; ok && i < p.num {
			n = c
		}
	}
	for i := 0; i+1 < p.num; i++ {
		if c, ok := countWords[sc.toks[i].Low]; ok && c >= 2 && text.OneOf(sc.toks[i+1].Low, "largest", "biggest", "leading", "major", "plus",
			"companies", "firms", "groups", "makers", "producers", "societes", "groupes", "entreprises") {
			cue, joint, n = true, true, c // "The two largest firms -- A and B -- account for 30 pct"
		}
	}
	if !cue {
		return model.GroupShare{}, false, false
	}
	if len(pending) < 2 && n >= 2 && len(ctx.holders) >= n {
		pending = nil
		for _, name := range ctx.holders[:n] {
			pending = append(pending, holder{name: name})
		}
	}
	g, ok = groupOf(sc, pending, p, ctx, 0.8)
	return g, joint, ok
}

// jointCues say for certain that a figure is held by several vendors together.
var jointCues = text.VendorWordSet("together", "combined", "collectively", "jointly", "ensemble", "cumule",
	"cumulee", "cumules", "cumulees", "cumulent", "eux", "elles")

// groupOf makes the group share of the vendors hs; false when they are fewer than two.
func groupOf(sc *sentenceContext, hs []holder, p percent, ctx *shareContext, conf float64) (model.GroupShare, bool) {
	var names []string
	for _, h := range hs {
		names = appendNew(names, h.name)
	}
	if len(names) < 2 {
		return model.GroupShare{}, false
	}
	sort.Strings(names)
	return model.GroupShare{
		Vendors: names, Share: p.value, Qualifier: p.qualifier, Market: sc.market,
		Region: sc.region, Period: sc.main.String(), Document: ctx.docID, Evidence: sc.sent.Text,
		Confidence: conf,
	}, true
}

// groupCues say that a percentage is held jointly.
var groupCues = text.VendorWordSet("together", "combined", "collectively", "jointly", "ensemble",
	"cumule", "cumulee", "cumules", "cumulees", "cumulent", "eux", "elles", "top", "trio", "premiers",
	"big", "between")

// countWords are numbers of vendors in "the top three", "à eux quatre".
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "deux": 2,
	"trois": 3, "quatre": 4, "cinq": 5, "2": 2, "3": 3, "4": 4, "5": 5}
