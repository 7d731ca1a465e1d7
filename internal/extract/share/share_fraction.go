package share

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// Shares written as fractions ("a third of the market", « près d'un tiers du marché ») and as
// ranges ("10–12%", "between 20 and 25 %"). A fraction is read as its value, about; a range as
// its midpoint, about: analysts who give a range mean "somewhere near the middle", and a single
// figure near the truth serves the report better than none.

// fractionValues are the fraction words, folded, with their value in percent to one decimal.
var fractionValues = map[string]float64{
	"third": 33.3, "tiers": 33.3, "quarter": 25, "quart": 25, "fifth": 20,
	"cinquieme": 20, "half": 50, "moitie": 50, "thirds": 66.7, "quarters": 75, "quarts": 75,
}

// fractionSig screens the words that may be fraction words.
var fractionSig = text.NewWordSig(map[string]bool{"third": true, "tiers": true, "quarter": true,
	"quart": true, "fifth": true, "cinquieme": true, "half": true, "moitie": true, "thirds": true,
	"quarters": true, "quarts": true})

// hasFractionWord reports whether a sentence has a fraction (see fractionAt), cheaply: most
// sentences have no word that may be a fraction word.
func hasFractionWord(toks []text.Token) bool {
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; t.Kind == text.TokWord && fractionSig.May(t.Low) {
			if _, _, ok := fractionAt(toks, i-1); ok {
				return true
			}
		}
	}
	return false
}

// fractionAt reads a fraction starting at toks[i]: "a third", "one quarter", "un tiers", "la
// moitié", "two thirds", "trois quarts", followed by "of", "du", "pour"… or the end of a
// clause. It returns the value in percent and the end of the fraction.
func fractionAt(toks []text.Token, i int) (float64, int, bool) {
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	art, w := toks[i].Low, toks[i+1].Low
	v, ok := fractionValues[w]
	switch {
	case !ok:
		return 0, 0, false
	case w == "thirds":
		ok = text.OneOf(art, "two", "deux")
	case w == "quarters" || w == "quarts":
		ok = text.OneOf(art, "three", "trois")
	case w == "moitie":
		ok = text.OneOf(art, "la", "une")
	case w == "half":
		ok = text.OneOf(art, "a", "one") && i+2 < len(toks) && toks[i+2].Low == "of" // not "a year and a half"
	default:
		ok = text.OneOf(art, "a", "one", "un", "une") && (w != "tiers" || art == "un")
	}
	end := i + 2
	if !ok || !fractionFollow(toks, end) || !marketSentence(toks) {
		return 0, 0, false
	}
	return v, end, true
}

// marketSentence reports whether a sentence speaks of a market: fractions are shares only
// there ("a fifth of GDP" is not).
func marketSentence(toks []text.Token) bool {
	for i := range toks {
		if strongMarketWords[toks[i].Low] {
			return true
		}
	}
	return false
}

// fractionFollow reports whether what follows a fraction word makes it a part of something:
// "of the market", "du marché", "for Microsoft", or the end of the clause; not "a quarter of a
// century", « un quart d'heure », "a third quarter".
func fractionFollow(toks []text.Token, end int) bool {
	if end >= len(toks) {
		return true
	}
	t := toks[end]
	if t.Kind == text.TokPunct {
		return text.OneOf(t.Text, ",", ".", ";", ")", ":")
	}
	if !text.OneOf(t.Low, "of", "du", "de", "des", "d", "pour", "for") {
		return false
	}
	for j := end + 1; j < len(toks) && j <= end+2; j++ {
		if text.OneOf(toks[j].Low, "a", "an", "century", "siecle", "hour", "heure", "heures", "mile", "point", "points", "dollar", "cent") {
			return false
		}
	}
	return true
}

// rangeAt reads a range that ends with the number at toks[i]: "10–12" (a dash), "between 20
// and", "entre 20 et"; a single token "20-25" is read by rangeToken. It returns the midpoint
// and the index of the range's first number.
func rangeAt(toks []text.Token, i int, hi float64) (float64, int, bool) {
	if i < 2 || toks[i-2].Kind != text.TokNumber {
		return 0, 0, false
	}
	lo, ok := parseNumber(toks[i-2].Text)
	if !ok || lo >= hi {
		return 0, 0, false
	}
	switch sep := toks[i-1].Text; {
	case sep == "-" || sep == "–" || sep == "—":
	case text.OneOf(toks[i-1].Low, "and", "et") && i >= 3 && text.OneOf(toks[i-3].Low, "between", "entre"):
	default:
		return 0, 0, false
	}
	return (lo + hi) / 2, i - 2, true
}

// rangeToken reads a range written as one token, "20-25", as its midpoint.
func rangeToken(s string) (float64, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	lo, ok1 := parseNumber(a)
	hi, ok2 := parseNumber(b)
	if !ok1 || !ok2 || lo >= hi || hi >= 100 {
		return 0, false
	}
	return (lo + hi) / 2, true
}
