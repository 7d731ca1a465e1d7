package extract

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
func (e *vendorReader) learnLists(local *docNames, s string, toks []token, ms []Mention, polls bool) {
	covered := coveredBy(toks, ms)
	e.learnHyphenParts(local, s, toks, covered)
	for i := 0; i < len(toks); i++ {
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
		inBrackets := i > 0 && toks[i-1].text == "(" && end < len(toks) && toks[end].text == ")"
		learn := known > 0 && len(items) >= 2 && known < len(items) ||
			pluralCueBefore(toks, i) ||
			inBrackets && len(items) >= 2 && i > 1 && covered[i-2] ||
			!polls && measured >= 2 && measured == len(items)
		if learn && !productNounBefore(toks, i) && !(end < len(toks) && (lexProductNoun.endsAt(toks, end) || oneOf(toks[end].low, "groups", "groupes"))) {
			// "the existing Drilling and New Exploration Ventures groups": a company's parts
			for _, it := range items {
				if !it.known && !it.place && !(it.to == it.from+1 && (brandTails[toks[it.from].low] || e.productOfKnown(local, toks[it.from].low))) {
					e.learnCandidate(local, s, toks, covered, it.from, it.to, false)
				}
			}
		}
		i = max(i, end-1)
	}
}

// coveredBy marks the tokens that the mentions cover.
func coveredBy(toks []token, ms []Mention) []bool {
	covered := make([]bool, len(toks))
	for i, t := range toks {
		for _, m := range ms {
			if m.Start <= t.start && t.end <= m.End {
				covered[i] = true
			}
		}
	}
	return covered
}

// parseList reads a list of two names or more from toks[i], separated by commas and "et",
// "and", "ou", "or"; a list of commas alone must end in "…" or a bracket. It returns no items
// when there is no list.
func parseList(toks []token, covered []bool, i int) ([]listItem, int) {
	it, p, ok := parseItem(toks, covered, i)
	if !ok {
		return nil, i
	}
	items := []listItem{it}
	conj := false
	for p < len(toks) {
		q := p
		if toks[q].text == "," {
			q++
		}
		if q < len(toks) && oneOf(toks[q].low, "et", "and", "ou", "or") {
			if q > p && len(items) == 1 {
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
		items = append(items, next)
		p = r
	}
	ellipsis := p < len(toks) && (toks[p].text == "…" || toks[p].text == "." && p+1 < len(toks) && toks[p+1].text == ".")
	if len(items) < 2 || !conj && !ellipsis && !(p < len(toks) && toks[p].text == ")") {
		return nil, i
	}
	return items, p
}

// parseItem reads one name of a list at toks[p], with the preposition or article before it
// ("de Nissan", "la Fnac", "-16% pour Mercedes") and the figure or brackets after it ("à -29%",
// "(+6,4%)"). It returns the item and where it ends.
func parseItem(toks []token, covered []bool, p int) (listItem, int, bool) {
	var it listItem
	if q := measureBefore(toks, p); q > p {
		it.measured, p = true, q
	}
	if p < len(toks) && oneOf(toks[p].low, "de", "d", "du", "des", "a", "au", "aux", "chez", "pour", "avec", "of", "for", "with", "by", "en", "in", "at") && !toks[p].upper {
		it.place = oneOf(toks[p].low, "a", "au", "aux", "en", "in", "at")
		p++
	}
	for p < len(toks) && (toks[p].text == "'" || oneOf(toks[p].low, "la", "le", "l", "les", "the") && p+1 < len(toks) && (toks[p+1].upper || toks[p+1].text == "'")) {
		p++
	}
	if p >= len(toks) {
		return it, p, false
	}
	if p > 1 && toks[p-1].text == "s" && toks[p-2].text == "'" {
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
	if q < len(toks) && toks[q].text == "(" {
		k := q + 1
		for k < len(toks) && k < q+10 && toks[k].text != ")" && toks[k].text != "(" {
			k++
		}
		if k < len(toks) && toks[k].text == ")" {
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
func measureBefore(toks []token, p int) int {
	q := p
	if q < len(toks) && (toks[q].text == "+" || toks[q].text == "-" || toks[q].text == "−") {
		q++
	}
	if q+2 >= len(toks) || toks[q].kind != tokNumber || toks[q+1].text != "%" || !oneOf(toks[q+2].low, "pour", "de", "d", "chez", "for") {
		return p
	}
	return q + 3
}

// measureAfter returns where a figure after a list's name ends ("à -29%", "est à -29%", ":
// +6,4%", "+6,4%"), or p when there is none.
func measureAfter(toks []token, p int) int {
	q := p
	for q < len(toks) && q < p+2 && oneOf(toks[q].low, "a", "est", ":", "avec", "at", "with") {
		q++
	}
	if q < len(toks) && (toks[q].text == "+" || toks[q].text == "-" || toks[q].text == "−") {
		q++
	}
	if q+1 < len(toks) && toks[q].kind == tokNumber && (toks[q+1].text == "%" || toks[q+1].low == "pct") {
		return q + 2
	}
	return p
}

// pluralCueBefore reports whether a plural cue noun announces the list at toks[i]: "des revues
// L'Histoire", "des entreprises comme Alstom", "les marques premium (Audi", "la fusion entre".
func pluralCueBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		if lexCuePlural.endsAt(toks, j) || lexDealNoun.endsAt(toks, j) {
			return !t.upper
		}
		switch {
		case t.text == "(" || t.text == ":" || t.text == "'":
		case t.upper || t.kind != tokWord:
			return false
		case lexListOpener.has(t.low) || bridgeAdjective(t.low) || oneOf(t.low, "entre", "between", "d", "l", "les", "des"):
		case participleLike(t.low) && lexCuePlural.endsAt(toks, max(j-1, 0)):
			// "les entreprises installées à La Défense, Allianz…": the place is no item to learn
		case oneOf(t.low, "de", "of") && j >= 1 && lexCuePlural.endsAt(toks, j-1):
			// "des moteurs de recherche comme…"; but "la fusion des sites de Douai" is of
			// places, "les entreprises installées à La Défense" too.
		case j+1 < i && oneOf(toks[j+1].low, "comme", "such", "tels", "telles") && !t.upper && j >= 2 && oneOf(toks[j-1].low, "de", "of"):
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
func productNounBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if lexProductNoun.endsAt(toks, j) && !toks[j].upper {
			return true
		}
		if toks[j].text != "," && toks[j].text != ":" && (toks[j].kind != tokWord || toks[j].upper) {
			return false // but "two new units, X and Y" and "ses produits : X et Y" name products
		}
	}
	return false
}

// productOfKnown reports whether the document writes the folded word w right after a company
// the dictionary knows: "Facebook Messenger", "Google Maps" make "Messenger" and "Maps"
// products.
func (e *vendorReader) productOfKnown(local *docNames, w string) bool {
	if v, ok := local.products[w]; ok {
		return v
	}
	if local.products == nil {
		local.products = map[string]bool{}
	}
	v := false
	for _, toks := range local.doc {
		for k := 1; k < len(toks) && !v; k++ {
			if toks[k].low == w && toks[k-1].upper {
				_, n := e.dict.index.longest(toks, k-1, toks[k-1].low, false, false)
				v = n == 1
			}
		}
	}
	local.products[w] = v
	return v
}

// pollWords tell an election story, whose lists of figures are candidates' scores.
var pollWords = vendorWordSet("sondage", "sondages", "poll", "polls", "election", "elections",
	"presidentielle", "scrutin", "vote", "votes", "candidat", "candidats", "candidate", "electeurs")

// aboutPolls reports whether a document's tokens tell an election.
func aboutPolls(doc [][]token) bool {
	for _, toks := range doc {
		for _, t := range toks {
			if pollWords[t.low] {
				return true
			}
		}
	}
	return false
}
