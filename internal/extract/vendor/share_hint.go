package vendor

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
)

// HasShareBigram reports whether a sentence says "market share", "share of", "part(s) de
// marché"…: its percentages next to vendors are then shares even without "of the market".
func HasShareBigram(toks []text.Token) bool {
	prev, prev2 := "", ""
	for i, t := range toks {
		if t.Kind != text.TokWord {
			continue
		}
		w := t.Low
		switch {
		case prev == "market" && (w == "share" || w == "shares"),
			prev == "share" && w == "of" && !text.OneOf(prev2, "per", "a", "one", "each", "every") && !OfCompanyAt(toks, i+1),
			(prev2 == "part" || prev2 == "parts") && (prev == "de" || prev == "du") && w == "marche",
			w == "marketshare":
			return true
		}
		prev2, prev = prev, w
	}
	return false
}

// OfCompanyAt reports whether toks[i] starts a company's name rather than a market, a place or
// a time: "share of Cathay", not "share of U.S. imports" or "share of the market".
func OfCompanyAt(toks []text.Token, i int) bool {
	if i < len(toks) && toks[i].Text == "<" { // "<Jardine Fleming Holdings Ltd>"
		i++
	}
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.Kind != text.TokWord || !t.Upper || measure.PeriodWord(t.Text) || CoNotNames[t.Low] || text.PlaceWords[t.Low] {
		return false
	}
	_, n := measure.RegionAt(toks, i)
	return n == 0 && !text.OneOf(t.Low, "the", "la", "le", "les", "its", "their", "sa", "son", "ses")
}
