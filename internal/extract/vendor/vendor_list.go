package vendor

import (
	"marketbrief/internal/extract/text"
)

// Lists of names: a name coordinated with companies is a company. Read once the document's
// names are matched (see sentences), so that a list is judged by the companies it holds:
//   - a list holding a known company: "Facebook, Instagram, Google, Twitch, Snapchat et
//     Reddit", "entre Nissan et Renault";
//   - a list after a plural cue: "des revues L'Histoire et Historia", "des entreprises comme
//     Alstom et Thalès", "les marques premium (Audi, BMW, Jaguar…)", "la fusion entre X et Y";
//   - a list in brackets after a company: "le groupe PSA (Peugeot, Citroën, DS, Opel)";
//   - a list of figures, one per name: "-2% pour BMW et -16% pour Mercedes",
//     "Skoda (+3,1%), Seat (+8,2%) et Porsche (+41,5%)".

// listItem is one name of a list.
type listItem struct {
	from, to int  // the name's tokens
	known    bool // a company already
	measured bool // a figure goes with it
	place    bool // after "à", "in" or "X's": a place or a product ("à La Défense", "Google's Gemini")
}

// learnLists learns the companies of the lists of one sentence; ms are its mentions. polls tells
// that the document is about an election, where lists of figures name candidates.
func (e *Reader) learnLists(local *docNames, s string, toks []text.Token, ms []text.Mention, polls bool) {
	covered := coveredBy(local.coverage(len(toks)), toks, ms)
	e.learnHyphenParts(local, s, toks, covered)
	for i, last := 0, lastListMark(toks); i < last; i++ {
		items, end := parseList(toks, covered, i)
		if len(items) == 0 {
			continue
		}
		known, measured := 0, 0
		for _, it := range items {
			if it.known {
				known++
			}
			if it.measured {
				measured++
			}
		}
		inBrackets := i > 0 && toks[i-1].Text == "(" && end < len(toks) && toks[end].Text == ")"
		learn := known > 0 && len(items) >= 2 && known < len(items) ||
			pluralCueBefore(toks, i) ||
			inBrackets && len(items) >= 2 && i > 1 && covered[i-2] ||
			!polls && measured >= 2 && measured == len(items)
		if learn && !productNounBefore(toks, i) && !(end < len(toks) && (lexProductNoun.endsAt(toks, end) || text.OneOf(toks[end].Low, "groups", "groupes"))) {
			// "the existing Drilling and New Exploration Ventures groups": a company's parts
			for _, it := range items {
				if !it.known && !it.place && !(it.to == it.from+1 && (brandTails[toks[it.from].Low] || e.productOfKnown(local, toks[it.from].Low))) {
					e.learnCandidate(local, s, toks, covered, it.from, it.to, false)
				}
			}
		}
		i = max(i, end-1)
	}
}

// coveredBy marks in covered (all false, one per token) the tokens that the mentions cover.
func coveredBy(covered []bool, toks []text.Token, ms []text.Mention) []bool {
	for i, t := range toks {
		for _, m := range ms {
			if m.Start <= t.Start && t.End <= m.End {
				covered[i] = true
			}
		}
	}
	return covered
}

// lastListMark returns the index of the last token that can close a list or join its items (see
// parseList): a conjunction, an ellipsis or a closing bracket, or 0 when there is none. No list
// starts at or after it.
func lastListMark(toks []text.Token) int {
	for k := len(toks) - 1; k > 0; k-- {
		switch toks[k].Text {
		case "…", ")":
			return k
		case ".":
			if k+1 < len(toks) && toks[k+1].Text == "." {
				return k
			}
		}
		switch toks[k].Low {
		case "et", "and", "ou", "or":
			return k
		}
	}
	return 0
}

// parseList reads a list of two names or more from toks[i], separated by commas and "et",
// "and", "ou", "or"; a list of commas alone must end in "…" or a bracket. It returns no items
// when there is no list.
func parseList(toks []text.Token, covered []bool, i int) ([]listItem, int) {
	if !mayStartItem(toks[i], covered[i]) {
		return nil, i
	}
	it, p, ok := parseItem(toks, covered, i)
	if !ok {
		return nil, i
	}
	var items []listItem // made at the second item: most names start no list
	conj := false
	for p < len(toks) {
		q := p
		if toks[q].Text == "," {
			q++
		}
		if q < len(toks) && text.OneOf(toks[q].Low, "et", "and", "ou", "or") {
			if q > p && items == nil {
				break // "…on Huawei Cloud, and HarmonyOS will…": a new clause, not a list
			}
			conj = true
			q++
		}
		if q == p {
			break
		}
		next, r, ok := parseItem(toks, covered, q)
		if !ok {
			break
		}
		if items == nil {
			items = append(make([]listItem, 0, 4), it)
		}
		items = append(items, next)
		p = r
	}
	ellipsis := p < len(toks) && (toks[p].Text == "…" || toks[p].Text == "." && p+1 < len(toks) && toks[p+1].Text == ".")
	if len(items) < 2 || !conj && !ellipsis && !(p < len(toks) && toks[p].Text == ")") {
		return nil, i
	}
	return items, p
}

// mayStartItem reports whether a list item (see parseItem) may start at t, covered or not: a
// figure, a preposition or article, or a name. Most words are none of these, and the screen
// spares parseItem's word comparisons for them.
func mayStartItem(t text.Token, covered bool) bool {
	switch {
	case covered || t.Kind == text.TokNumber || t.Kind == text.TokWord && text.IsUpperStart(t.Text):
		return true
	}
	switch t.Text {
	case "+", "-", "−", "'", "&":
		return true
	}
	switch t.Low {
	case "de", "d", "du", "des", "a", "au", "aux", "chez", "pour", "avec", "of", "for", "with", "by", "en", "in", "at",
		"la", "le", "l", "les", "the":
		return true
	}
	return false
}

// parseItem reads one name of a list at toks[p], with the preposition or article before it
// ("de Nissan", "la Fnac", "-16% pour Mercedes") and the figure or brackets after it ("à -29%",
// "(+6,4%)"). It returns the item and where it ends.
func parseItem(toks []text.Token, covered []bool, p int) (listItem, int, bool) {
	var it listItem
	if q := measureBefore(toks, p); q > p {
		it.measured, p = true, q
	}
	if p < len(toks) && text.OneOf(toks[p].Low, "de", "d", "du", "des", "a", "au", "aux", "chez", "pour", "avec", "of", "for", "with", "by", "en", "in", "at") && !toks[p].Upper {
		it.place = text.OneOf(toks[p].Low, "a", "au", "aux", "en", "in", "at")
		p++
	}
	for p < len(toks) && (toks[p].Text == "'" || text.OneOf(toks[p].Low, "la", "le", "l", "les", "the") && p+1 < len(toks) && (toks[p+1].Upper || toks[p+1].Text == "'")) {
		p++
	}
	if p >= len(toks) {
		return it, p, false
	}
	if p > 1 && toks[p-1].Text == "s" && toks[p-2].Text == "'" {
		it.place = true // "Google's Gemini": a product of the name before
	}
	switch {
	case covered[p]:
		it.known = true
		it.from, it.to = p, p
		for it.to < len(toks) && covered[it.to] {
			it.to++
		}
	case nameToken(toks, covered, p):
		it.from, it.to = p, nameRunAfter(toks, covered, p)
	default:
		return it, p, false
	}
	q := it.to
	if q < len(toks) && toks[q].Text == "(" {
		k := q + 1
		for k < len(toks) && k < q+10 && toks[k].Text != ")" && toks[k].Text != "(" {
			k++
		}
		if k < len(toks) && toks[k].Text == ")" {
			it.measured = it.measured || measureAfter(toks, q+1) > q+1
			q = k + 1
		}
	} else if r := measureAfter(toks, q); r > q {
		it.measured, q = true, r
	}
	return it, q, true
}

// measureBefore returns where a figure that opens a list item ends ("-16% pour", "+31% de"),
// or p when there is none.
func measureBefore(toks []text.Token, p int) int {
	q := p
	if q < len(toks) && (toks[q].Text == "+" || toks[q].Text == "-" || toks[q].Text == "−") {
		q++
	}
	if q+2 >= len(toks) || toks[q].Kind != text.TokNumber || toks[q+1].Text != "%" || !text.OneOf(toks[q+2].Low, "pour", "de", "d", "chez", "for") {
		return p
	}
	return q + 3
}

// measureAfter returns where a figure after a list's name ends ("à -29%", "est à -29%", ":
// +6,4%", "+6,4%"), or p when there is none.
func measureAfter(toks []text.Token, p int) int {
	q := p
	for q < len(toks) && q < p+2 && text.OneOf(toks[q].Low, "a", "est", ":", "avec", "at", "with") {
		q++
	}
	if q < len(toks) && (toks[q].Text == "+" || toks[q].Text == "-" || toks[q].Text == "−") {
		q++
	}
	if q+1 < len(toks) && toks[q].Kind == text.TokNumber && (toks[q+1].Text == "%" || toks[q+1].Low == "pct") {
		return q + 2
	}
	return p
}

// pluralCueBefore reports whether a plural cue noun announces the list at toks[i]: "des revues
// L'Histoire", "des entreprises comme Alstom", "les marques premium (Audi", "la fusion entre".
func pluralCueBefore(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		if lexCuePlural.endsAt(toks, j) || lexDealNoun.endsAt(toks, j) {
			return !t.Upper
		}
		switch {
		case t.Text == "(" || t.Text == ":" || t.Text == "'":
		case t.Upper || t.Kind != text.TokWord:
			return false
		case lexListOpener.has(t.Low) || bridgeAdjective(t.Low) || text.OneOf(t.Low, "entre", "between", "d", "l", "les", "des"):
		case participleLike(t.Low) && lexCuePlural.endsAt(toks, max(j-1, 0)):
			// "les entreprises installées à La Défense, Allianz…": the place is no item to learn
		case text.OneOf(t.Low, "de", "of") && j >= 1 && lexCuePlural.endsAt(toks, j-1):
			// "des moteurs de recherche comme…"; but "la fusion des sites de Douai" is of
			// places, "les entreprises installées à La Défense" too.
		case j+1 < i && text.OneOf(toks[j+1].Low, "comme", "such", "tels", "telles") && !t.Upper && j >= 2 && text.OneOf(toks[j-1].Low, "de", "of"):
		default:
			return false
		}
	}
	return false
}

// participleLike reports whether the folded word w ends like a participle: "installées",
// "based", "cotés".
func participleLike(w string) bool {
	for _, suf := range []string{"ee", "ees", "es", "e", "ed"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// productNounBefore reports whether a noun of products announces the list at toks[i]: "ses
// produits Maps et YouTube".
func productNounBefore(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if lexProductNoun.endsAt(toks, j) && !toks[j].Upper {
			return true
		}
		if toks[j].Text != "," && toks[j].Text != ":" && (toks[j].Kind != text.TokWord || toks[j].Upper) {
			return false // but "two new units, X and Y" and "ses produits : X et Y" name products
		}
	}
	return false
}

// productOfKnown reports whether the document writes the folded word w right after a company
// the dictionary knows: "Facebook Messenger", "Google Maps" make "Messenger" and "Maps"
// products.
func (e *Reader) productOfKnown(local *docNames, w string) bool {
	if v, ok := local.products[w]; ok {
		return v
	}
	if local.products == nil {
		local.products = map[string]bool{}
	}
	v := false
	for _, toks := range local.doc {
		for k := 1; k < len(toks) && !v; k++ {
			if toks[k].Low == w && toks[k-1].Upper {
				_, n := e.dict.index.longest(toks, k-1, toks[k-1].Low, false, false)
				v = n == 1
			}
		}
	}
	local.products[w] = v
	return v
}

// pollWords tell an election story, whose lists of figures are candidates' scores.
var pollWords = text.VendorWordSet("sondage", "sondages", "poll", "polls", "election", "elections",
	"presidentielle", "scrutin", "vote", "votes", "candidat", "candidats", "candidate", "electeurs")

// pollSig screens words for pollWords: aboutPolls reads every word of every document.
var pollSig = text.NewWordSig(pollWords)

// aboutPolls reports whether a document's tokens tell an election.
func aboutPolls(doc [][]text.Token) bool {
	for _, toks := range doc {
		for i := range toks {
			if w := toks[i].Low; pollSig.May(w) && pollWords[w] {
				return true
			}
		}
	}
	return false
}
