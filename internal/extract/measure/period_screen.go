package measure

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// mayStartPeriod is a cheap first test for periodAt: a year, a compact period ("Q3", "3Q20",
// "FY2024") or a word that starts a relative period, an ordinal ("3rd") or a month (alone or
// before a hyphen: "third-quarter").
func mayStartPeriod(t text.Token) bool {
	if t.Kind == text.TokPunct {
		return false // no period starts with a mark
	}
	if periodStarts.May(t.Low) {
		return true
	}
	if head, _, ok := strings.Cut(t.Low, "-"); ok && periodStarts.May(head) {
		return true
	}
	s := t.Text
	if t.Kind == text.TokNumber { // a year, or "3Q20", "1H2021"
		return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") ||
			len(s) >= 2 && '1' <= s[0] && s[0] <= '4' && (s[1] == 'Q' || s[1] == 'H')
	}
	return len(s) >= 2 && (s[0] == 'F' && s[1] == 'Y' ||
		(s[0] == 'Q' || s[0] == 'T' || s[0] == 'H' || s[0] == 'S') && '1' <= s[1] && s[1] <= '4')
}

// periodStarts screens the words that may start a period (see mayStartPeriod).
var periodStarts = func() *text.WordSig {
	var s text.WordSig
	for w := range relativeStarts {
		s.Add(w)
	}
	for w := range ordinals {
		s.Add(w)
	}
	for w := range Months {
		s.Add(w)
	}
	s.Add("trois") // « les trois premiers mois » (see monthsSpan)
	s.Add("six")
	return &s
}()
