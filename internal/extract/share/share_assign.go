package share

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// holder is a vendor mention of a sentence, by token position.
type holder struct {
	tok, end int
	name     string
}

// assignShares gives the percentages of a sentence to the vendors named in it:
//   - "Amazon 33%", "Microsoft (20%)", "AWS holds 31%": the vendors named since the previous
//     percentage, the nearest one that is not a point of comparison ("behind AWS");
//   - "AWS, Azure and Google hold 31%, 25% and 11% (respectively)": in order;
//   - "Huawei et Tencent détiennent chacun 16 %": each of them;
//   - "together hold 63%", "à eux quatre", "the top three account for": a group share;
//   - "avec 31 %, AWS…": the vendor right after, when none comes before;
//   - "down from 32% in 2021", "contre 15,6 % un an plus tôt": a previous share of the vendors
//     just given one, with its own period.
func (e *Reader) assignShares(sc *sentenceContext, pcts []percent, ctx *shareContext) ([]model.MarketShare, []model.GroupShare) {
	a := &assigner{sc: sc, ctx: ctx, vendors: e.holders(sc, ctx)}
	for k := 0; k < len(pcts); k++ {
		k = a.take(pcts, k)
	}
	for _, m := range a.out {
		ctx.holders = appendNew(ctx.holders, m.Vendor)
	}
	return a.out, a.groups
}

// assigner walks the percentages of a sentence with the vendors named so far.
type assigner struct {
	sc      *sentenceContext
	ctx     *shareContext
	vendors []holder
	vi      int       // next vendor not yet pending
	pending []holder  // vendors named since the last percentage given away
	last    []holder  // vendors given the last share
	earlier []percent // previous values waiting for the share they precede
	out     []model.MarketShare
	groups  []model.GroupShare
}

// take reads pcts[k] and returns the index of the last percentage it consumed.
func (a *assigner) take(pcts []percent, k int) int {
	sc, p := a.sc, pcts[k]
	for a.vi < len(a.vendors) && a.vendors[a.vi].tok < p.num {
		a.pending = append(a.pending, a.vendors[a.vi])
		a.vi++
	}
	switch {
	case p.other():
		return k
	case p.kind == pctPast:
		a.past(p)
		return k
	case p.cue < 2 && (sc.stake || p.cue == 0 && !sc.bigram && !a.clauseCue(p) && !(sc.ctxCue && (attached(sc.toks, a.pending, p) || a.anaphoricShare()))):
		return k
	}
	main := sc.main.String()
	run := shareRun(sc.toks, pcts, k, a.vendors)
	if len(run) >= 2 && len(a.pending) == len(run) {
		for j, h := range a.pending {
			a.add(h.name, pcts[run[j]], main, 0.85)
		}
		a.last, a.pending = a.pending[len(a.pending)-1:], nil
		return run[len(run)-1]
	}
	if after := a.vendorsAfter(pcts, run); len(run) >= 2 && len(a.pending) == 0 && len(after) == len(run) {
		for j, h := range after {
			a.add(h.name, pcts[run[j]], main, 0.8) // "29%, 20% and 13% for AWS, Azure and Google"
		}
		a.vi += len(after)
		a.last = after[len(after)-1:]
		return run[len(run)-1]
	}
	if g, joint, ok := groupShare(sc, a.groupCandidates(), p, a.ctx); ok || joint {
		if ok {
			a.groups = append(a.groups, g)
		}
		a.last, a.pending = nil, nil
		return k
	}
	if len(a.pending) >= 2 && text.EachCue(sc.toks, a.pending[0].tok, p.end) {
		for _, h := range a.pending {
			a.add(h.name, p, main, 0.8)
		}
		a.last, a.pending = a.pending, nil
		return k
	}
	if len(a.pending) >= 2 && conjoined(sc.toks, a.pending) {
		if g, ok := groupOf(sc, a.pending, p, a.ctx, 0.65); ok { // "AWS, Azure et Google concentrent 63 %"
			a.groups = append(a.groups, g)
			a.last, a.pending = nil, nil
			return k
		}
	}
	a.single(p, main)
	return k
}

// vendorsAfter returns the vendors named right after a list of percentages and before the next
// percentage: "29%, 20% and 13% for AWS, Azure and Google respectively".
func (a *assigner) vendorsAfter(pcts []percent, run []int) []holder {
	lastPct := pcts[run[len(run)-1]]
	limit := len(a.sc.toks)
	if next := run[len(run)-1] + 1; next < len(pcts) {
		limit = pcts[next].num
	}
	var out []holder
	for _, v := range a.vendors[a.vi:] {
		if v.tok >= limit || len(out) == 0 && v.tok-lastPct.end > 4 {
			break
		}
		if n := len(out); n > 0 && !listed(a.sc.toks, out[n-1].end, v.tok) {
			break
		}
		out = append(out, v)
	}
	return out
}

// past reads a previous value: of the vendors just given a share ("down from 32% in 2021"), of
// the vendor that the next share goes to ("from 32% to 33%"), or, when a vendor follows it, that
// vendor's current share ("a 30% share, versus 20% for Azure").
func (a *assigner) past(p percent) {
	sc := a.sc
	if sc.stake && p.cue < 2 {
		return // "raised its stake to 33.5 pct from 20 pct"
	}
	switch {
	case p.before:
		a.earlier = append(a.earlier, p)
	case a.vi < len(a.vendors) && vendorRightAfter(sc.toks, p.end, a.vendors[a.vi].tok):
		a.add(a.vendors[a.vi].name, p, sc.main.String(), 0.75)
		a.last, a.pending = []holder{a.vendors[a.vi]}, nil
		a.vi++
	case len(a.last) == 0 && len(a.pending) > 0 && !sc.stake && (sc.bigram || sc.cue) && hasShareWord(sc.toks):
		// "Amazon's share was down from 32% a year earlier": the vendor named before it
		h := a.pending[len(a.pending)-1]
		a.add(h.name, p, sc.pastPeriod(p), 0.65)
		a.last, a.pending = []holder{h}, nil
	case len(a.last) == 0 && len(a.pending) == 0 && a.vi == 0 && a.ctx.subject != "" && !sc.stake && hasShareWord(sc.toks) && startsWithAnaphor(sc.toks):
		// "The firm … aims to raise its share to 3.2 pct from 2.9 pct in 1986": the goal is
		// dropped, the share it starts from is the company's.
		h := holder{name: a.ctx.subject}
		a.add(h.name, p, sc.pastPeriod(p), 0.6)
		a.last = []holder{h}
	default:
		for _, h := range a.last {
			a.add(h.name, p, sc.pastPeriod(p), 0.7)
		}
	}
}

// groupCandidates returns the vendors a joint share may be of: those named since the last
// percentage, or when none was, those this sentence already gave shares to ("AWS (30 %) et Microsoft (21 %)
// détiennent ensemble 51 %").
func (a *assigner) groupCandidates() []holder {
	if len(a.pending) > 0 {
		return a.pending
	}
	var hs []holder
	for _, m := range a.out {
		hs = append(hs, holder{name: m.Vendor})
	}
	return hs
}

// single gives p to one vendor: the nearest before it, or the one right after it.
func (a *assigner) single(p percent, main string) {
	h, conf, ok := pickHolder(a.sc.toks, a.pending, p)
	if !ok && a.vi < len(a.vendors) && vendorRightAfter(a.sc.toks, p.end, a.vendors[a.vi].tok) {
		h, conf, ok = a.vendors[a.vi], 0.7, true
		a.vi++
	}
	if !ok && a.vi == 0 && a.ctx.subject != "" && (p.cue > 0 || a.sc.bigram || a.anaphoricShare()) &&
		(startsWithAnaphor(a.sc.toks) || a.ctx.inTitle(a.ctx.subject) && leaderAnaphor(a.sc.toks, p.num)) {
		h, conf, ok = holder{name: a.ctx.subject}, 0.6, true // "It holds 31%", "Sa part atteint 31 %", "le leader du marché (39 %)"
	}
	if !ok {
		return
	}
	a.add(h.name, p, main, conf)
	for _, q := range a.earlier {
		a.add(h.name, q, a.sc.earlierPeriod(q), 0.65)
	}
	a.last, a.pending, a.earlier = []holder{h}, nil, nil
}

func (a *assigner) add(vendor string, p percent, period string, conf float64) {
	a.out = append(a.out, a.sc.share(a.ctx, vendor, p, period, conf))
}

// anaphoricShare reports whether a sentence that names no vendor speaks of the share of the one
// just named, in a passage about market shares: "A year earlier, its share was 11%".
func (a *assigner) anaphoricShare() bool {
	return a.sc.cue && len(a.vendors) == 0 && hasShareWord(a.sc.toks) && startsWithAnaphor(a.sc.toks)
}

// clauseCue reports whether the clause of p speaks of market shares, or whether the sentence
// already gave one: a cue past "but" / « mais » is another clause's ("Seul X fait moins (3,6 %),
// mais cela représente encore 7,9 milliards": no share).
func (a *assigner) clauseCue(p percent) bool {
	if !a.sc.ownCue {
		return false
	}
	if len(a.out) > 0 {
		return true
	}
	toks := a.sc.toks
	from, to := p.num, p.end
	for from > 0 && !contrastAt(toks, from-1) {
		from--
	}
	for to < len(toks) && !contrastAt(toks, to) {
		to++
	}
	return hasShareCue(toks[from:to])
}

// contrastAt reports whether toks[i] opens a clause that contrasts with the one before: "but",
// « mais », "whereas", "however", ";".
func contrastAt(toks []text.Token, i int) bool {
	return toks[i].Text == ";" || toks[i].Kind == text.TokWord && text.OneOf(toks[i].Low, "but", "mais", "whereas", "however", "cependant", "toutefois", "pourtant", "tandis")
}
