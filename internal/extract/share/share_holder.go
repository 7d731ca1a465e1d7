package share

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
)

// Who holds a percentage: the helpers of the share assigner (share_assign.go).

// conjoined reports whether the vendors form one list ("AWS, Azure et Google") that is the
// subject of what follows, none of them a point of comparison.
func conjoined(toks []text.Token, hs []holder) bool {
	for i := 1; i < len(hs); i++ {
		if !listed(toks, hs[i-1].end, hs[i].tok) || text.IsComparison(toks, hs[i].tok) {
			return false
		}
	}
	return !text.IsComparison(toks, hs[0].tok)
}

// startsWithAnaphor reports whether a sentence starts by referring to a company named before:
// "It", "Its share", "The company", "Le groupe", "Sa part de marché", possibly after a short
// opening phrase ("A year earlier, its share…").
func startsWithAnaphor(toks []text.Token) bool {
	if anaphorAt(toks) {
		return true
	}
	// "Un an plus tôt, sa part…", "A year earlier, its share…": an opening phrase of time;
	// "Selon IDC, l'éditeur…": of source.
	k := openingPhrase(toks)
	return k > 0 && anaphorAt(toks[k:]) && (sourceOpening(toks) || len(measure.FindPeriods(toks[:k], measure.YearHint{})) > 0)
}

// anaphorAt reports whether toks start with a word that refers back to a company.
func anaphorAt(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Low
	if w == "it" || w == "its" {
		return true
	}
	if (w == "sa" || w == "son") && len(toks) > 1 && toks[1].Low == "part" {
		return true // "Sa part de marché…"; "il", "elle" more often mean a person
	}
	if len(toks) > 1 && text.OneOf(w, "the", "le", "la", "l") {
		n := toks[1].Low
		if n == "'" && len(toks) > 2 {
			n = toks[2].Low
		}
		return text.OneOf(n, "company", "firm", "group", "groupe", "societe", "entreprise", "firme",
			"americain", "chinois", "geant", "giant", "editeur", "operateur", "fournisseur")
	}
	return false
}

// openingPhrase returns where a sentence goes on after a short opening phrase closed by a comma
// and naming no one but a source ("Un an plus tôt,", "In 2024,", "Selon IDC,"), or 0.
func openingPhrase(toks []text.Token) int {
	source := sourceOpening(toks)
	for i := 1; i < len(toks) && i <= 5; i++ {
		switch t := toks[i]; {
		case t.Text == ",":
			return i + 1
		case t.Upper && !source || t.Kind == text.TokPunct && t.Text != "'" || t.Kind == text.TokNumber && i+1 < len(toks) && text.PercentUnit(toks, i+1) > 0:
			return 0
		}
	}
	return 0
}

// holders returns the vendor mentions of a sentence that can hold a share (not analyst firms).
func (e *Reader) holders(sc *sentenceContext, ctx *shareContext) []holder {
	var out []holder
	if name, at := ctx.shortName(sc.toks, sc.sent.Mentions); at >= 0 {
		out = append(out, holder{tok: at, end: at + 1, name: name})
	}
	ti := 0
	for _, m := range sc.sent.Mentions {
		for ti < len(sc.toks) && sc.toks[ti].Start < m.Start {
			ti++
		}
		if vendor.AnalystFirms[m.Name] || isSource(sc.toks, ti) {
			continue
		}
		end := ti
		for end < len(sc.toks) && sc.toks[end].Start < m.End {
			end++
		}
		if notHolder(sc.toks, ti, end) {
			continue
		}
		out = append(out, holder{tok: ti, end: end, name: m.Name})
	}
	return out
}

// isSource reports whether the vendor at toks[i] is cited as a source: "selon Lyft",
// "according to Gartner", "d'après IDC".
func isSource(toks []text.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Text == "'" {
		j--
	}
	if j < 0 {
		return false
	}
	w := toks[j].Low
	return w == "selon" || w == "to" && j > 0 && toks[j-1].Low == "according" ||
		w == "apres" && j >= 2 && toks[j-2].Low == "d"
}

// shareRun returns the indexes of the share percentages that follow pcts[k] as a list ("33%, 23%
// and 11%"), with no vendor named between them.
func shareRun(toks []text.Token, pcts []percent, k int, vendors []holder) []int {
	run := []int{k}
	for j := k + 1; j < len(pcts) && pcts[j].kind == pctShare; j++ {
		prev := pcts[run[len(run)-1]]
		for t := prev.end; t < pcts[j].num; t++ {
			switch toks[t].Low {
			case ",", "and", "et", "&", "puis", "then", "while", "et de", "de":
			default:
				if _, q := qualifierPhrases[toks[t].Low]; !q {
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
func pickHolder(toks []text.Token, pending []holder, p percent) (holder, float64, bool) {
	if len(pending) == 0 {
		return holder{}, 0, false
	}
	for i := len(pending) - 1; i >= 0; i-- {
		h := pending[i]
		if i > 0 && (text.IsComparison(toks, h.tok) || inAppositive(toks, pending[i-1], h, p)) {
			continue
		}
		if farObject(toks, h.tok, h.end, p.num) || placeHolds(toks, h.end, p.num) {
			continue
		}
		conf := 0.9
		if p.num-h.end > 3 {
			conf = 0.8
		}
		if p.num-h.end > 12 || nameFragment(toks, h.tok) {
			conf = 0.6
		}
		return h, conf, true
	}
	if h := pending[len(pending)-1]; !farObject(toks, h.tok, h.end, p.num) && !placeHolds(toks, h.end, p.num) {
		return h, 0.6, true
	}
	return holder{}, 0, false
}

// inAppositive reports whether h is named in an appositive to prev, between commas, before the
// percentage p: "Scaleway, la filiale cloud du groupe Iliad, plafonne à 2 %" (Scaleway's share).
func inAppositive(toks []text.Token, prev, h holder, p percent) bool {
	if prev.end+1 >= h.tok || toks[prev.end].Text != "," || !appositiveArticles[toks[prev.end+1].Low] {
		return false
	}
	for t := prev.end + 1; t < h.tok; t++ {
		if toks[t].Text == "," {
			return false
		}
	}
	for t := h.end; t < p.num; t++ {
		if toks[t].Text == "," {
			return true
		}
	}
	return false
}

// appositiveArticles open an appositive that describes the name before it.
var appositiveArticles = text.VendorWordSet("le", "la", "l", "les", "un", "une", "sa", "son", "the", "a", "an", "its")

// attached reports whether the last vendor named before a percentage is close to it, with at
// most three lower-case words between: "Microsoft (20%)", "Google with 12%", "Google à 12 %",
// "Microsoft followed with 21%".
func attached(toks []text.Token, pending []holder, p percent) bool {
	if len(pending) == 0 {
		return false
	}
	words, commas := 0, 0
	for i := pending[len(pending)-1].end; i < p.num; i++ {
		t := toks[i]
		switch {
		case t.Text == ",":
			commas++
		case t.Kind == text.TokPunct && t.Text != ";", text.LegalForms[t.Text]: // "Amazon.com Inc slipped to 29%"
		case t.Kind == text.TokWord && !text.IsUpperStart(t.Text) || regionWord(toks, i):
			words++
		default:
			return false
		}
	}
	if words <= 3 && commas <= 2 {
		return true
	}
	// "Huawei Cloud se hisse à la deuxième place en Chine avec 19 %": a clause that ends with
	// "avec", "with", "at" or "à" before the figure.
	before := p.num - 1
	for before >= 0 && isQualifierWord(toks[before].Low) {
		before--
	}
	if words > 10 || before < 0 {
		return false
	}
	if commas == 0 && text.OneOf(toks[before].Low, "avec", "with", "at", "a", "(") {
		return true
	}
	// "AWS' share slipped two points to 29%", "Microsoft a gagné deux points, à 22 %": the
	// level a change of the vendor's share reached.
	return commas <= 1 && text.OneOf(toks[before].Low, "to", "a") && changeClause(toks[pending[len(pending)-1].end:before])
}

// changeClause reports whether words between a vendor and "to" / "à" tell a change of its
// share: a verb of change or the word "share".
func changeClause(toks []text.Token) bool {
	for _, t := range toks {
		if changeWords[t.Low] || changePrefix(t.Low) || t.Low == "share" {
			return true
		}
	}
	return false
}

// regionWord reports whether toks[i] names a region ("en Chine", "in Europe").
func regionWord(toks []text.Token, i int) bool {
	name, _ := measure.RegionAt(toks, i)
	return name != ""
}

// isQualifierWord reports whether w can be part of a qualifier ("plus", "de", "nearly").
func isQualifierWord(w string) bool {
	_, q := qualifierPhrases[w]
	return q || text.OneOf(w, "plus", "moins", "de", "pres", "un", "peu", "just", "than", "little")
}

// vendorRightAfter reports whether the vendor at toks[v] follows a percentage ending at
// toks[end] closely enough to hold it: "31 % pour AWS", "avec 31 %, AWS…", "With a 31% share,
// AWS…".
func vendorRightAfter(toks []text.Token, end, v int) bool {
	name := v + 1
	for name < len(toks) && toks[name].Upper {
		name++
	}
	if v-end > 6 || isSpeaker(toks, name) || saidLast(toks, name) {
		return false // "…to 50 pct, the Nissan Motor Co said": who says it, not whose share
	}
	for i := end; i < v; i++ {
		if w := toks[i].Low; !text.OneOf(w, ",", "for", "pour", ":", "to", "share", "market", "part", "parts", "de", "du", "marche", "of", "the") {
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

// leaderAnaphor reports whether, before the percentage at toks[num], the sentence refers to the
// company of the article as the leader: "the market leader", « le leader du marché », « du
// numéro un ».
func leaderAnaphor(toks []text.Token, num int) bool {
	for i := 1; i < num && i < len(toks); i++ {
		w, prev := toks[i].Low, toks[i-1].Low
		if w == "leader" && text.OneOf(prev, "the", "le", "du", "market") || w == "un" && prev == "numero" {
			return true
		}
	}
	return false
}
