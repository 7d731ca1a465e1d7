package share

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"

	"strconv"
	"strings"
)

// Kinds of percentage, by what the text says it measures.
const (
	pctShare = iota // possibly a market share
	pctPast         // a previous share of the vendor just named ("down from 32%", "contre 15 %")
	pctOther        // growth, margin, rate, price cut, goal…: never a market share
	pctStake        // a stake in a company or a part of its own whole (revenue, capital)
)

// other reports whether p is no market share at all.
func (p percent) other() bool { return p.kind == pctOther || p.kind == pctStake }

// percent is a percentage of a sentence: toks[num] is the number, toks[num+1:end] the unit.
type percent struct {
	num, end  int
	value     float64
	qualifier string
	kind      int
	cue       int  // what follows it: 2 a market, 1 a share or spending, 0 neither (marketCueAfter)
	before    bool // a previous value given before the current one: "from 32% to 33%"
}

// findPercents returns the percentages of a sentence: a number followed by "%", "pct",
// "percent", "per cent" or "pour cent", a range of such numbers or a fraction (see
// share_fraction.go), each with its qualifier and kind.
func findPercents(toks []text.Token) []percent {
	var out []percent
	shareWord := -1 // unknown until needed
	for i := 0; i+1 < len(toks); i++ {
		p, ok := percentAt(toks, i)
		if !ok {
			continue
		}
		p.cue = marketCueAfter(toks, p.end)
		if p.end < len(toks) && p.qualifier == "exact" && text.OneOf(toks[p.end].Low, "environ", "approximately", "roughly") {
			p.qualifier = "about" // "30 % environ"
		}
		if n := len(out); n > 0 && out[n-1].other() && p.kind == pctShare {
			if listed(toks, out[n-1].end, p.num) || p.cue < 2 && gapped(toks, out[n-1].end, p.num) {
				p.kind = out[n-1].kind // "gains of 9.4 pct and 8.2 pct", "X lost 8% in Paris, Y 6% in Tokyo"
			} else if p.num-out[n-1].end == 1 && text.OneOf(toks[p.num-1].Low, "to", "a") {
				if shareWord < 0 {
					shareWord = b2i(hasShareWord(toks))
				}
				if shareWord == 0 {
					p.kind = out[n-1].kind // "cut prices by 10 pct to 21 pct"; not "its share rose by one pct to 18 pct"
				}
			}
		}
		if n := len(out); n > 0 && p.num-out[n-1].end == 1 && text.OneOf(toks[p.num-1].Low, "to", "a") && fromValue(toks, out[n-1].num) {
			out[n-1].kind, out[n-1].before = pctPast, true // "de 15 % à 17 %"
		}
		out = append(out, p)
		i = p.end - 1
	}
	return out
}

// percentAt reads a percentage whose number (or fraction) is at toks[i], with its qualifier and
// kind; a range ending at toks[i] starts earlier (p.num).
func percentAt(toks []text.Token, i int) (percent, bool) {
	if v, ok := text.SpelledNumbers[toks[i].Low]; ok && toks[i].Kind == text.TokWord {
		if end := text.PercentUnit(toks, i+1); end > 0 {
			p := percent{num: i, end: end, value: v, qualifier: qualifierBefore(toks, i)}
			if lo, ok := text.SpelledNumbers[toks[max(i-2, 0)].Low]; ok && i >= 2 && lo < v && text.OneOf(toks[i-1].Low, "to", "a", "or", "ou", "-") {
				p.num, p.value = i-2, (lo+v)/2 // "five to seven pct", « cinq à sept pour cent »
				if p.qualifier = qualifierBefore(toks, i-2); p.qualifier == "exact" {
					p.qualifier = "about"
				}
			}
			p.kind = classifyPercent(toks, p.num, end)
			return p, true // "eight pct", "cinq pour cent"
		}
	}
	if toks[i].Kind != text.TokNumber {
		v, end, ok := fractionAt(toks, i)
		if !ok {
			return percent{}, false
		}
		p := percent{num: i, end: end, value: v, qualifier: qualifierBefore(toks, i)}
		if p.qualifier == "exact" {
			p.qualifier = "about" // "a third" is a round figure
		}
		p.kind = classifyPercent(toks, i, end)
		return p, true
	}
	end := text.PercentUnit(toks, i+1)
	if end == 0 {
		return percent{}, false
	}
	first, qual := i, ""
	v, ok := parseNumber(toks[i].Text)
	if !ok {
		v, ok, qual = 0, false, "about"
		if mid, isRange := rangeToken(toks[i].Text); isRange {
			v, ok = mid, true // "20-25%"
		}
	}
	if !ok || v >= 100 {
		return percent{}, false // "100 % électrique" is never a market share
	}
	if mid, from, isRange := rangeAt(toks, i, v); isRange {
		v, first, qual = mid, from, "about" // "10–12%", "entre 20 et 25 %"
	} else if i > 0 && (toks[i-1].Text == "/" || toks[i-1].Text == "-") {
		return percent{}, false // a fraction or a range end: "7-5/8 pct"
	}
	p := percent{num: first, end: end, value: v, qualifier: qualifierBefore(toks, first)}
	if qual != "" && p.qualifier == "exact" {
		p.qualifier = qual
	}
	p.kind = classifyPercent(toks, rangeStart(toks, first), end)
	if p.kind == pctPast && first > 0 && text.OneOf(toks[first-1].Low, "the", "its") && qual == "" {
		p.qualifier = "exact" // "below the 51 pct of the first quarter": a level, not a bound
	}
	return p, true
}

// rangeStart returns where the words about a percentage end: before "20 to" in "20 to 25 pct".
func rangeStart(toks []text.Token, i int) int {
	if i >= 2 && toks[i-2].Kind == text.TokNumber && text.OneOf(toks[i-1].Low, "to", "a", "et", "and", "or", "ou") {
		return i - 2
	}
	return i
}

// listed reports whether toks[from:to] only join the items of a list: ",", "and", "et",
// qualifiers.
func listed(toks []text.Token, from, to int) bool {
	for i := from; i < to; i++ {
		w := toks[i].Low
		if _, q := qualifierPhrases[w]; !q && !text.OneOf(w, ",", "and", "et", "or", "ou", "respectively", "respectivement") &&
			!(i > from && text.OneOf(w, "de", "d", "'", "of") && text.OneOf(toks[i-1].Low, "et", "and", "d", "'")) {
			return false
		}
	}
	return true
}

// parseNumber reads "40", "17,9", "31.5"; a comma followed by three digits is a thousands
// separator only when the number is too large to be a percentage anyway.
func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", ".")
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// qualifierBefore reads the qualifier words just before toks[num]: "more than", "près de",
// "just under"…; "exact" when there are none.
func qualifierBefore(toks []text.Token, num int) string {
	if num >= 2 && text.OneOf(toks[num-1].Low, "a", "an") {
		if q := qualifierBefore(toks, num-1); q != "exact" {
			return q // "about a 50 pct share"
		}
	}
	for n := 4; n >= 1; n-- {
		if num-n < 0 {
			continue
		}
		if q, ok := qualifierPhrases[text.JoinFolded(toks[num-n:num])]; ok {
			return q
		}
	}
	return "exact"
}

// ofCompany reports whether a percentage is "of" a capitalised name, a stake in a company
// ("4.9 pct of Outboard", "20 % de Qonto"), unless the name is a place ("de France").
func ofCompany(toks []text.Token, end int) bool {
	i := end
	if i < len(toks) && text.OneOf(toks[i].Low, "share", "stake", "interest", "part", "participation") {
		i++
	}
	if i < len(toks) && text.OneOf(toks[i].Low, "of", "de", "d", "in", "dans") {
		i++
	} else {
		return false
	}
	for i < len(toks) && (toks[i].Text == "'" || text.OneOf(toks[i].Low, "the", "la", "le", "l")) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.Kind != text.TokWord || !text.IsUpperStart(t.Text) || measure.PeriodWord(t.Text) || vendor.CoNotNames[t.Low] {
		return false // "a 36% share in Q2", "in January": a time, not a company
	}
	_, n := measure.RegionAt(toks, i)
	return n == 0 && !text.PlaceWords[t.Low]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// gapped reports whether toks[from:to], between two percentages, start a clause whose verb is
// left out: another subject and the place or time it is about, nothing else ("Renault lost 8%
// in Paris, Nissan over 6% in Tokyo", « X a bondi de 4 % à Paris, Y de 2 % à Milan »). The
// second figure then measures what the first does.
func gapped(toks []text.Token, from, to int) bool {
	subject, sep := false, false
	for i := from; i < to; i++ {
		t := toks[i]
		switch {
		case t.Text == "," || text.OneOf(t.Low, "and", "et", "while", "whereas", "tandis", "alors", "que", "qu"):
			sep = true
		case t.Text == "'" || t.Text == "-" || t.Text == "." || t.Text == "<" || t.Text == ">":
		case t.Kind == text.TokWord && t.Upper:
			subject = subject || sep
		case t.Kind == text.TokWord && (isQualifierWord(t.Low) || text.OneOf(t.Low, "a", "in", "en", "at", "on", "au", "aux", "by", "par", "d", "of", "du")):
		default:
			return false
		}
	}
	return subject
}
