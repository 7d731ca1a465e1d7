package extract

import (
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
func (e *Extractor) assignShares(sc *sentenceContext, pcts []percent, ctx *shareContext) ([]model.MarketShare, []model.GroupShare) {
	a := &assigner{sc: sc, ctx: ctx, vendors: e.holders(sc)}
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
	case p.kind == pctOther:
		return k
	case p.kind == pctPast && p.before:
		a.earlier = append(a.earlier, p)
		return k
	case p.kind == pctPast:
		for _, h := range a.last {
			a.add(h.name, p, sc.pastPeriod(p), 0.7)
		}
		return k
	case p.cue < 2 && (sc.stake || p.cue == 0 && !sc.bigram && !sc.ownCue && !(sc.cue && attached(sc.toks, a.pending, p))):
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
	if g, ok := groupShare(sc, a.pending, p, a.ctx); ok {
		a.groups = append(a.groups, g)
		a.last, a.pending = nil, nil
		return k
	}
	if len(a.pending) >= 2 && eachCue(sc.toks, a.pending[0].tok, p.end) {
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

// conjoined reports whether the vendors form one list ("AWS, Azure et Google") that is the
// subject of what follows, none of them a point of comparison.
func conjoined(toks []token, hs []holder) bool {
	for i := 1; i < len(hs); i++ {
		if !listed(toks, hs[i-1].end, hs[i].tok) || isComparison(toks, hs[i].tok) {
			return false
		}
	}
	return !isComparison(toks, hs[0].tok)
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

// startsWithAnaphor reports whether a sentence starts by referring to a company named before:
// "It", "Its share", "The company", "Le groupe", "Sa part de marché".
func startsWithAnaphor(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[0].low
	if w == "it" || w == "its" {
		return true
	}
	if (w == "sa" || w == "son") && len(toks) > 1 && toks[1].low == "part" {
		return true // "Sa part de marché…"; "il", "elle" more often mean a person
	}
	if len(toks) > 1 && oneOf(w, "the", "le", "la", "l") {
		n := toks[1].low
		if n == "'" && len(toks) > 2 {
			n = toks[2].low
		}
		return oneOf(n, "company", "firm", "group", "groupe", "societe", "entreprise", "firme",
			"americain", "chinois", "geant", "giant", "editeur", "operateur", "fournisseur")
	}
	return false
}

// single gives p to one vendor: the nearest before it, or the one right after it.
func (a *assigner) single(p percent, main string) {
	h, conf, ok := pickHolder(a.sc.toks, a.pending, p)
	if !ok && a.vi < len(a.vendors) && vendorRightAfter(a.sc.toks, p.end, a.vendors[a.vi].tok) {
		h, conf, ok = a.vendors[a.vi], 0.7, true
		a.vi++
	}
	if !ok && len(a.vendors) == 0 && a.ctx.subject != "" && (p.cue > 0 || a.sc.bigram || a.sc.ownCue) && startsWithAnaphor(a.sc.toks) {
		h, conf, ok = holder{name: a.ctx.subject}, 0.6, true // "It holds 31%", "Sa part atteint 31 %"
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

// holders returns the vendor mentions of a sentence that can hold a share (not analyst firms).
func (e *Extractor) holders(sc *sentenceContext) []holder {
	var out []holder
	ti := 0
	for _, m := range sc.sent.Mentions {
		for ti < len(sc.toks) && sc.toks[ti].start < m.Start {
			ti++
		}
		if analystFirms[m.Name] || isSource(sc.toks, ti) {
			continue
		}
		end := ti
		for end < len(sc.toks) && sc.toks[end].start < m.End {
			end++
		}
		out = append(out, holder{tok: ti, end: end, name: m.Name})
	}
	return out
}

// isSource reports whether the vendor at toks[i] is cited as a source: "selon Lyft",
// "according to Gartner", "d'après IDC".
func isSource(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].text == "'" {
		j--
	}
	if j < 0 {
		return false
	}
	w := toks[j].low
	return w == "selon" || w == "to" && j > 0 && toks[j-1].low == "according" ||
		w == "apres" && j >= 2 && toks[j-2].low == "d"
}

// shareRun returns the indexes of the share percentages that follow pcts[k] as a list ("33%, 23%
// and 11%"), with no vendor named between them.
func shareRun(toks []token, pcts []percent, k int, vendors []holder) []int {
	run := []int{k}
	for j := k + 1; j < len(pcts) && pcts[j].kind == pctShare; j++ {
		prev := pcts[run[len(run)-1]]
		for t := prev.end; t < pcts[j].num; t++ {
			switch toks[t].low {
			case ",", "and", "et", "&", "puis", "then", "while", "et de", "de":
			default:
				if _, q := qualifierPhrases[toks[t].low]; !q {
					return run
				}
			}
		}
		for _, v := range vendors {
			if v.tok > prev.end && v.tok < pcts[j].num {
				return run
			}
		}
		run = append(run, j)
	}
	return run
}

// pickHolder chooses, among the vendors named before a percentage, the one that holds it: the
// nearest that is not a point of comparison ("ahead of Microsoft", "derrière AWS").
func pickHolder(toks []token, pending []holder, p percent) (holder, float64, bool) {
	if len(pending) == 0 {
		return holder{}, 0, false
	}
	for i := len(pending) - 1; i >= 0; i-- {
		h := pending[i]
		if i > 0 && isComparison(toks, h.tok) {
			continue
		}
		conf := 0.9
		if p.num-h.end > 3 {
			conf = 0.8
		}
		if p.num-h.end > 12 {
			conf = 0.6
		}
		return h, conf, true
	}
	return pending[len(pending)-1], 0.6, true
}

// isComparison reports whether the vendor at toks[i] is a point of comparison ("behind AWS",
// "ahead of Microsoft", "devant Google"), not the subject.
func isComparison(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].text == "'" || toks[j].text == "," || oneOf(toks[j].low, "of", "de", "d", "the", "le", "la", "l")) {
		j--
	}
	return j >= 0 && comparison[toks[j].low]
}

func oneOf(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// comparison are words before a vendor that make it a point of comparison, not the subject.
var comparison = vendorWordSet("behind", "ahead", "than", "derriere", "devant", "vs", "versus",
	"like", "comme", "after", "apres", "against", "contre", "beating", "overtaking", "surpassing",
	"depassant", "front", "trailing", "following", "followed", "suivi", "suivie", "talonne")

// eachCue reports whether "each", "chacun"… appears between toks[from] and a few words after to.
func eachCue(toks []token, from, to int) bool {
	for i := from; i < len(toks) && i < to+3; i++ {
		switch toks[i].low {
		case "each", "apiece", "chacun", "chacune", "both", "tous", "tied", "egalite", "aequo":
			return true
		}
	}
	return false
}

// attached reports whether the last vendor named before a percentage is close to it, with at
// most three lower-case words between: "Microsoft (20%)", "Google with 12%", "Google à 12 %",
// "Microsoft followed with 21%".
func attached(toks []token, pending []holder, p percent) bool {
	if len(pending) == 0 {
		return false
	}
	words := 0
	for i := pending[len(pending)-1].end; i < p.num; i++ {
		t := toks[i]
		switch {
		case t.kind == tokPunct && t.text != "," && t.text != ";":
		case t.kind == tokWord && !isUpperStart(t.text) && words < 3:
			words++
		default:
			return false
		}
	}
	return true
}

// vendorRightAfter reports whether the vendor at toks[v] follows a percentage ending at
// toks[end] closely enough to hold it: "31 % pour AWS", "avec 31 %, AWS…", "With a 31% share,
// AWS…".
func vendorRightAfter(toks []token, end, v int) bool {
	if v-end > 6 {
		return false
	}
	for i := end; i < v; i++ {
		if w := toks[i].low; !oneOf(w, ",", "for", "pour", ":", "to", "share", "market", "part", "parts", "de", "du", "marche", "of", "the") {
			return false
		}
	}
	return true
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
