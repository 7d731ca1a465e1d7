package share

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// classifyPercent tells a possible market share from a previous share and from percentages that
// measure something else, by the words around it. A stake, or a part of a company's own whole
// (its revenue, its capital), is pctStake: the whole sentence then speaks of a company, not of a
// market (see sentenceContext.stake).
func classifyPercent(toks []text.Token, num, end int) int {
	if num > 0 && (toks[num-1].Text == "+" || toks[num-1].Text == "-" || toks[num-1].Text == "−") {
		return pctOther
	}
	before := windowBefore(toks, num, 5)
	after := windowAfter(toks, end, 5)
	if pastCue(before) {
		return pctPast
	}
	if len(before) >= 2 && text.OneOf(before[0], "the", "its") && text.OneOf(before[1], "below", "above", "under", "over", "beneath") &&
		!(len(after) > 0 && (otherAfter[after[0]] || targetWords[after[0]])) {
		return pctPast // "fell to 48.2 pct, below the 51 pct of the first quarter": an earlier level, not "below 10 pct"
	}
	market := marketCueAfter(toks, end) == 2
	shareNext := shareRightAfter(toks, end)
	level := levelCue(before)
	if num > 0 && toks[num-1].Low == "plus" && toks[num-1].Text == "plus" {
		return pctOther // « plus 19 % entre 2010 et 2017 »: a change
	}
	if len(before) > 0 && nearestWord(before) == "by" {
		return pctOther // "cut prices by 10 pct", "grew by 40%"
	}
	if level && goalBefore(toks, num) {
		return pctOther // "on target to raise its share … to 3.2 pct this year": a goal
	}
	if !market && relativeStake(toks, num) {
		return pctStake // "of which it holds 17.5 pct", « dont l'État détient 15 % »
	}
	for _, w := range before {
		if level && (changeWords[w] || changePrefix(w)) {
			continue // "rose to 22%", "passe à 17 %": the level reached
		}
		switch {
		case (stakeBefore[w] || remainderWords[w]) && !market:
			return pctStake
		case targetWords[w]:
			return pctOther // "aims at a 20 pct share": a goal, not a share
		case wholeBefore[w] && (shareNext || market || hasAny(before, "share", "part", "parts")):
			continue // "210 M€ de ventes et 27 % de part de marché"
		case wholeBefore[w]:
			return pctStake // "325 M€ de chiffre d'affaires et 39 %"
		case otherBefore[w] || changePrefix(w):
			return pctOther
		}
	}
	for n := 1; n <= 3 && n <= len(after); n++ {
		k := strings.Join(after[:n], " ")
		if wholeAfter[k] && !(n == 2 && market && k == "des parts") {
			return pctStake
		}
		if otherAfter[k] {
			return pctOther
		}
	}
	for i := 0; i < len(after) && i < 5; i++ {
		if wholeAfterNear[after[i]] {
			return pctStake
		}
		if otherAfterNear[after[i]] {
			return pctOther
		}
	}
	if !market && quotaClause(toks, before, end) {
		return pctOther // "the first liberalised 20 pct share of import needs", « un quota de 30 % des besoins »
	}
	if !market && end < len(toks) && populationVerbs[toks[end].Low] {
		return pctOther // "of its 800 staff, 40 pct are women", « 80 % possèdent un smartphone »: a part of a population
	}
	if pairedMeasure(toks, num, end) {
		return pctOther // "Grenoble (32 %, 151 heures)": a rate next to another measure, not a share
	}
	if changeToCount(toks, end) {
		return pctOther // "en hausse de 11 % à 42 562 immatriculations", "up 5% to 3,399 units"
	}
	if !market && ofCompany(toks, end) {
		return pctStake
	}
	return pctShare
}

// windowBefore returns up to n folded words before toks[i], nearest first, stopping at a clause
// boundary or another percentage.
func windowBefore(toks []text.Token, i, n int) []string {
	var out []string
	for j := i - 1; j >= 0 && len(out) < n; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == "%" || t.Kind == text.TokNumber || text.PercentUnit(toks, j) > 0 {
			break
		}
		if t.Kind == text.TokPunct && t.Text != "'" && t.Text != "-" {
			if t.Text == "," || t.Text == "(" {
				break
			}
			continue
		}
		out = append(out, t.Low)
	}
	return out
}

// windowAfter returns up to n folded words from toks[i], stopping at a clause boundary.
func windowAfter(toks []text.Token, i, n int) []string {
	var out []string
	for j := i; j < len(toks) && len(out) < n; j++ {
		t := toks[j]
		if t.Text == ";" || t.Text == "," || t.Text == ")" || t.Kind == text.TokNumber {
			break
		}
		if t.Kind == text.TokPunct {
			continue
		}
		out = append(out, t.Low)
	}
	return out
}

// nearestWord returns the nearest word before a percentage, qualifiers aside.
func nearestWord(before []string) string {
	for _, w := range before {
		if !isQualifierWord(w) && w != "more" && w != "less" {
			return w
		}
	}
	return ""
}

// changePrefix reports whether w is a form of a French verb or noun of change ("progressant",
// "augmentent", "reculé", "baisse").
func changePrefix(w string) bool {
	for _, p := range []string{"progress", "augment", "recul", "baiss", "chut", "bondi", "grimp", "hauss", "diminu", "envol", "plong", "croiss", "perd", "ecroul"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// levelCue reports whether the words before a percentage (nearest first) make it the level a
// change reached: "to", "à", "at" right before it, qualifiers aside.
func levelCue(before []string) bool {
	for _, w := range before {
		if _, q := qualifierPhrases[w]; q {
			continue
		}
		return w == "to" || w == "a" || w == "at"
	}
	return false
}

// fromValue reports whether the percentage at toks[num] is introduced as a starting value:
// "from 32%", "de 15 %".
func fromValue(toks []text.Token, num int) bool {
	for j := num - 1; j >= 0 && j >= num-4; j-- {
		w := toks[j].Low
		if w == "from" || w == "de" {
			return true
		}
		if _, q := qualifierPhrases[w]; !q {
			return false
		}
	}
	return false
}

// pastCue reports whether the words before a percentage (nearest first) make it a previous
// value: "down from", "up from", "contre", "versus", "compared with".
func pastCue(before []string) bool {
	for i, w := range before {
		if i > 2 {
			break
		}
		switch w {
		case "from", "contre", "versus", "vs", "against", "compared", "comparaison", "lieu":
			return true
		}
		if _, q := qualifierPhrases[w]; !q && w != "with" && w != "to" && w != "de" && w != "a" {
			break
		}
	}
	return false
}

// hasAny reports whether words holds one of ws.
func hasAny(words []string, ws ...string) bool {
	for _, w := range words {
		if text.OneOf(w, ws...) {
			return true
		}
	}
	return false
}

// quotaClause reports whether a percentage is a part set aside by a rule rather than won by a
// seller: a quota, an allocation, a tranche of what a country or a buyer needs ("the 20 pct share
// of import needs opened to private traders", « 30 % des besoins réservés aux importateurs »).
// before are the words before it (nearest first); the words after it are read to the end of its
// clause.
func quotaClause(toks []text.Token, before []string, end int) bool {
	for _, w := range before {
		if quotaWords[w] {
			return true
		}
	}
	for j := end; j < len(toks) && j < end+10; j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Text == ")" || t.Kind == text.TokNumber {
			break
		}
		if quotaWords[t.Low] {
			return true
		}
	}
	return false
}
