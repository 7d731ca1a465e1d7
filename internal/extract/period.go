package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// period is a time span named in a sentence: toks[start:end] says it. A shift period ("a year
// earlier", "le trimestre précédent") is relative to the sentence's main period.
type period struct {
	start, end int
	year       int    // 0 when unknown
	part       string // "Q3", "H1", "03" (a month) or ""
	shiftYears int    // for a shift period: years back
	shiftQ     int    // for a shift period: quarters back
	bound      bool   // a start or end, not the time of a fact: "since 2022", "d'ici 2030"
}

func (p period) isShift() bool { return p.shiftYears != 0 || p.shiftQ != 0 }

// String formats p as facts.json wants: "2020-Q3", "2020-H1", "2020-03", "2020", or "Q3" when no
// year is known.
func (p period) String() string {
	switch {
	case p.year == 0 && strings.HasPrefix(p.part, "Q"):
		return p.part
	case p.year == 0:
		return ""
	case p.part == "":
		return strconv.Itoa(p.year)
	}
	return fmt.Sprintf("%d-%s", p.year, p.part)
}

// shifted returns base moved back by shift's years and quarters.
func shifted(base, shift period) period {
	out := base
	out.year -= shift.shiftYears
	if shift.shiftQ != 0 && strings.HasPrefix(base.part, "Q") && base.year != 0 {
		q := int(base.part[1]-'0') - shift.shiftQ
		for q < 1 {
			q += 4
			out.year--
		}
		out.part = "Q" + strconv.Itoa(q)
	}
	return out
}

// yearHint says which year a quarter or half without one belongs to, when the sentence names
// none: the year of the market-share passage being read, else the year of the document's date
// (the year before when that quarter has not begun by then), else the last year the document
// named. Any of them may be 0.
type yearHint struct {
	context, docYear, docMonth, named int
}

// yearFor returns the year of a part ("Q4", "H2") without one, or 0.
func (h yearHint) yearFor(part string) int {
	switch {
	case h.context != 0:
		return h.context
	case h.docYear != 0:
		first := 1 // first month of the part
		if len(part) == 2 && part[0] == 'Q' {
			first = int(part[1]-'0')*3 - 2
		} else if part == "H2" {
			first = 7
		} else if m, err := strconv.Atoi(part); err == nil {
			first = m // a month: "in late March"
		}
		if h.docMonth != 0 && first > h.docMonth {
			return h.docYear - 1
		}
		return h.docYear
	}
	return h.named
}

// findPeriods returns the periods a sentence names, in order. Quarters and halves without a
// year take the sentence's own year, else the one hint gives. hint.docYear resolves "last year"
// and "this year".
func findPeriods(toks []token, hint yearHint) []period {
	var out []period
	for i := 0; i < len(toks); i++ {
		p, ok := periodAt(toks, i, hint.docYear)
		if !ok {
			continue
		}
		if p.start > 0 && boundWords[toks[p.start-1].low] || sinceClause(toks, p.start) {
			p.bound = true
		}
		out = append(out, p)
		i = p.end - 1
	}
	own := 0
	for _, p := range out {
		// "last year" dates its own clause, not "the first three months of the year" before it.
		if p.year != 0 && !p.isShift() && !relativeStarts[toks[p.start].low] {
			own = p.year
			break
		}
	}
	for i := range out {
		if out[i].year != 0 || out[i].part == "" || out[i].isShift() {
			continue
		}
		if out[i].year = own; own == 0 {
			out[i].year = hint.yearFor(out[i].part)
		}
	}
	return out
}

// periodAt reads a period starting at toks[i].
func periodAt(toks []token, i, docYear int) (period, bool) {
	if !mayStartPeriod(toks[i]) {
		return period{}, false
	}
	w := toks[i].low
	if p, ok := relativeAt(toks, i, docYear); ok {
		return p, true
	}
	if part, y, ok := compactPeriod(toks[i].text); ok {
		p := period{start: i, end: i + 1, year: y, part: part}
		if y == 0 {
			p.year, p.end = yearAfter(toks, i+1, 2, p.end) // "Q3 2025", "Q3 '25"
		}
		return p, true
	}
	if part, n := monthsSpan(toks, i); n > 0 {
		p := period{start: i, end: i + n, part: part}
		p.year, p.end = yearAfter(toks, i+n, 4, p.end)
		return p, true
	}
	unitAt := i + 1
	if head, tail, ok := strings.Cut(w, "-"); ok {
		w, unitAt = head, i // "third-quarter"
		_ = tail
	}
	if n, ok := ordinals[w]; ok && unitAt < len(toks) {
		unit := toks[unitAt].low
		if unitAt == i {
			_, unit, _ = strings.Cut(unit, "-")
		}
		part := ""
		switch {
		case unit == "quarter" || unit == "trimestre":
			part = "Q" + strconv.Itoa(n)
		case (unit == "half" || unit == "semestre") && n <= 2:
			part = "H" + strconv.Itoa(n)
		default:
			return period{}, false
		}
		p := period{start: i, end: unitAt + 1, part: part}
		p.year, p.end = yearAfter(toks, unitAt+1, 4, p.end)
		return p, true
	}
	if m, ok := months[w]; ok && i+1 < len(toks) {
		if y, ok := yearToken(toks[i+1].text); ok {
			return period{start: i, end: i + 2, year: y, part: fmt.Sprintf("%02d", m)}, true
		}
	}
	if p, ok := bareMonth(toks, i, docYear); ok {
		return p, true
	}
	if y, ok := yearToken(toks[i].text); ok && standaloneYear(toks, i) {
		return period{start: i, end: i + 1, year: y}, true
	}
	return period{}, false
}

// compactPeriod reads one-token periods: "Q3", "T3", "H1", "S1" (part only), "Q3-2020",
// "3Q20", "1H2021", "FY2024".
func compactPeriod(s string) (part string, year int, ok bool) {
	if strings.HasPrefix(s, "FY") {
		y, ok := yearToken(strings.TrimPrefix(strings.TrimPrefix(s, "FY"), "-"))
		return "", y, ok
	}
	head, tail, _ := strings.Cut(s, "-")
	if len(head) == 2 && head[1] >= '1' && head[1] <= '4' {
		switch head[0] {
		case 'Q', 'T':
			part = "Q" + head[1:]
		case 'H', 'S':
			if head[1] > '2' {
				return "", 0, false
			}
			part = "H" + head[1:]
		default:
			return "", 0, false
		}
		if tail == "" {
			return part, 0, true
		}
		y, ok := yearToken(tail)
		return part, y, ok
	}
	// "3Q20", "1H2021"
	if len(s) >= 4 && s[0] >= '1' && s[0] <= '4' && (s[1] == 'Q' || s[1] == 'H') {
		y, ok := yearToken(s[2:])
		if len(s) == 4 && isDigitByte(s[2]) && isDigitByte(s[3]) {
			y, ok = 2000+int(s[2]-'0')*10+int(s[3]-'0'), true
		}
		if ok && (s[1] == 'Q' || s[0] <= '2') {
			return string(s[1]) + s[:1], y, true
		}
	}
	return "", 0, false
}

// yearAfter looks for a year within n tokens from i, skipping "of", "de", "fiscal", "l'année";
// it returns the year (0 if none) and the new end of the period.
func yearAfter(toks []token, i, n, end int) (int, int) {
	for j := i; j < len(toks) && j < i+n; j++ {
		if y, ok := yearToken(toks[j].text); ok {
			return y, j + 1
		}
		if t := toks[j].text; len(t) == 2 && isDigitByte(t[0]) && isDigitByte(t[1]) && j > 0 && toks[j-1].text == "'" {
			return 2000 + int(t[0]-'0')*10 + int(t[1]-'0'), j + 1
		}
		switch toks[j].low {
		case "of", "de", "fiscal", "l", "'", "annee", "the", "year", "du", "exercice":
			continue
		}
		break
	}
	return 0, end
}

// yearToken reads a four-digit year from 1980 to 2099.
func yearToken(s string) (int, bool) {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1980
}

// standaloneYear reports whether the four-digit year at toks[i] names a period: not part of a
// name ("Huawei Connect 2017"), an amount or a percentage.
func standaloneYear(toks []token, i int) bool {
	if len(toks[i].text) != 4 {
		return false
	}
	if i > 0 {
		prev := toks[i-1]
		if prev.kind == tokWord && isUpperStart(prev.text) && !yearIntro[fold(prev.text)] {
			return false
		}
		if prev.text == "$" || prev.text == "€" || prev.text == "£" {
			return false
		}
	}
	return i+1 >= len(toks) || percentUnit(toks, i+1) == 0
}

// boundWords before a period make it a start or an end.
var boundWords = vendorWordSet("since", "depuis", "until", "till", "ici", "jusqu", "before", "avant",
	"after", "apres", "through", "by")

// yearIntro are capitalised words that may precede a year ("In 2021", "Fin 2020").
var yearIntro = vendorWordSet("in", "en", "since", "depuis", "fin", "end", "debut", "mi", "for",
	"during", "pour", "au", "by", "through", "until", "jusqu", "fy", "fiscal", "year", "annee", "of", "de")

// ordinals of quarters and halves, folded.
var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "troisieme": 3,
	"3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "seconde": 2, "1re": 1, "premiere": 1,
}

// months, English and French, folded.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1,
	"fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}

// sinceClause reports whether toks[i] lies in a clause opened by "since" / « depuis » a few
// words before: "has dominated the market since introducing the concept in March 1985" dates
// a start, not the share.
func sinceClause(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		if t.kind == tokPunct && t.text != "'" && t.text != "-" || t.kind == tokNumber {
			return false
		}
		if t.low == "since" || t.low == "depuis" {
			return true
		}
	}
	return false
}

// bareMonth reads a month named without its year, in the words the press dates with: "in late
// March", "in early March", « en mai » (the year is the document's, or the one before when that
// month has not come yet: see yearHint). Two months joined ("in January and February") are read
// as the document's year. A capital is required, and a word of time before it, so that "may"
// the verb is no month.
func bareMonth(toks []token, i, docYear int) (period, bool) {
	m, ok := months[toks[i].low]
	french := oneOf(toks[i].low, "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")
	if !ok || !toks[i].upper && !french || i == 0 || docYear == 0 ||
		!oneOf(toks[i-1].low, "in", "en", "late", "early", "mid", "mid-", "since", "depuis", "through", "until", "fin", "debut", "mi", "au", "of", "de") {
		return period{}, false
	}
	if i+2 < len(toks) && oneOf(toks[i+1].low, "and", "et", "to", "-", "through") {
		if _, ok := months[toks[i+2].low]; ok {
			return period{start: i, end: i + 3, year: docYear}, true
		}
	}
	return period{start: i, end: i + 1, part: fmt.Sprintf("%02d", m)}, true
}

// monthsSpan reads the first months of a year told as a count: "the first three months" (a
// first quarter), "the first six months", « les trois premiers mois », « les six premiers
// mois » (a first half). It returns the part and the token count, or 0.
func monthsSpan(toks []token, i int) (string, int) {
	if i+2 >= len(toks) {
		return "", 0
	}
	a, b, c := toks[i].low, toks[i+1].low, toks[i+2].low
	count := ""
	switch {
	case a == "first" && c == "months":
		count = b
	case b == "premiers" && c == "mois":
		count = a
	}
	switch count {
	case "three", "trois", "3":
		return "Q1", 3
	case "six", "6":
		return "H1", 3
	}
	return "", 0
}
