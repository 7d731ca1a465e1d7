package measure

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// relativePeriod is a phrase naming a period relative to the document's date (back years from
// it) or to the sentence's main period (a shift).
type relativePeriod struct {
	fromDoc    bool
	years      int
	quarters   int
	tokenCount int
}

// relativePhrases maps folded phrases (see joinFolded) to the period they name.
var relativePhrases = func() map[string]relativePeriod {
	m := map[string]relativePeriod{}
	add := func(rp relativePeriod, phrases ...string) {
		for _, p := range phrases {
			rp.tokenCount = len(text.Tokenize(p))
			m[text.JoinFolded(text.Tokenize(p))] = rp
		}
	}
	add(relativePeriod{fromDoc: true, years: 1}, "last year", "l'an dernier", "l'année dernière",
		"l'an passé", "l'année passée", "the previous year's", "fin de l'année dernière")
	add(relativePeriod{fromDoc: true}, "this year", "cette année", "l'année en cours")
	add(relativePeriod{years: 1}, "a year earlier", "a year ago", "a year before", "one year earlier",
		"one year ago", "the previous year", "the prior year", "the year before", "the year-ago quarter",
		"the year-ago period", "the same quarter last year", "the same period last year",
		"un an plus tôt", "un an auparavant", "un an avant", "il y a un an", "l'année précédente",
		"l'an précédent", "le même trimestre de l'année précédente", "la même période de l'an dernier",
		"le même trimestre de l'an dernier", "un an plus tot")
	add(relativePeriod{quarters: 1}, "the previous quarter", "the prior quarter", "a quarter earlier",
		"the preceding quarter", "last quarter", "le trimestre précédent", "un trimestre plus tôt",
		"le trimestre dernier", "au trimestre précédent")
	return m
}()

// relativeAt reads a relative period starting at toks[i] (longest phrase first).
func relativeAt(toks []text.Token, i, docYear int) (Period, bool) {
	w := toks[i].Low
	if !relativeStarts[w] {
		return Period{}, false
	}
	var arr [64]byte
	b := arr[:0]
	best, bestN := relativePeriod{}, 0
	for n := 1; n <= 8 && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 && t.Text != "'" && toks[i+n-2].Text != "'" {
			b = append(b, ' ')
		}
		b = append(b, t.Low...)
		if rp, ok := relativePhrases[string(b)]; ok {
			best, bestN = rp, n
		}
		if n == 2 && !relativePrefixes[string(b)] {
			break
		}
	}
	if bestN == 0 {
		return Period{}, false
	}
	p := Period{Start: i, end: i + bestN}
	switch {
	case best.fromDoc && docYear == 0:
		return Period{}, false
	case best.fromDoc:
		p.Year = docYear - best.years
	default:
		p.shiftYears, p.shiftQ = best.years, best.quarters
	}
	return p, true
}

// relativeStarts are the first words of relativePhrases, to skip most tokens at once.
var relativeStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range relativePhrases {
		w, _, _ := strings.Cut(p, " ")
		w, _, _ = strings.Cut(w, "'")
		m[w] = true
	}
	return m
}()

// relativePrefixes are the first two words of relativePhrases, as joinFolded writes them.
var relativePrefixes = func() map[string]bool {
	m := map[string]bool{}
	for p := range relativePhrases {
		toks := text.Tokenize(p)
		if len(toks) >= 2 {
			m[text.JoinFolded(toks[:2])] = true
		}
	}
	return m
}()
