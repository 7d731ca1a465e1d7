package extract

import "strings"

// mayStartPeriod is a cheap first test for periodAt: a year, a compact period ("Q3", "3Q20",
// "FY2024") or a word that starts a relative period, an ordinal ("3rd") or a month (alone or
// before a hyphen: "third-quarter").
func mayStartPeriod(t token) bool {
	if t.kind == tokPunct {
		return false // no period starts with a mark
	}
	if periodStarts.may(t.low) {
		return true
	}
	if head, _, ok := strings.Cut(t.low, "-"); ok && periodStarts.may(head) {
		return true
	}
	s := t.text
	if t.kind == tokNumber { // a year, or "3Q20", "1H2021"
		return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") ||
			len(s) >= 2 && '1' <= s[0] && s[0] <= '4' && (s[1] == 'Q' || s[1] == 'H')
	}
	return len(s) >= 2 && (s[0] == 'F' && s[1] == 'Y' ||
		(s[0] == 'Q' || s[0] == 'T' || s[0] == 'H' || s[0] == 'S') && '1' <= s[1] && s[1] <= '4')
}

// periodStarts screens the words that may start a period (see mayStartPeriod).
var periodStarts = func() *wordSig {
	var s wordSig
	for w := range relativeStarts {
		s.add(w)
	}
	for w := range ordinals {
		s.add(w)
	}
	for w := range months {
		s.add(w)
	}
	s.add("trois") // « les trois premiers mois » (see monthsSpan)
	s.add("six")
	return &s
}()
