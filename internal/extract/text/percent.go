package text

import (
	"strings"
)

// PercentUnit returns the end of a percent unit starting at toks[i], or 0.
func PercentUnit(toks []Token, i int) int {
	w := toks[i].Low
	switch {
	case w == "%" || w == "pct" || w == "percent" || w == "pourcent" || w == "pour-cent" || w == "pc" && toks[i].Text == "pc":
		return i + 1
	case (w == "per" || w == "pour") && i+1 < len(toks) && toks[i+1].Low == "cent":
		return i + 2
	}
	return 0
}

// JoinFolded joins the folded texts of toks with spaces, apostrophes glued ("d'environ").
func JoinFolded(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Text != "'" && toks[i-1].Text != "'" {
			b.WriteByte(' ')
		}
		b.WriteString(t.Low)
	}
	return b.String()
}
