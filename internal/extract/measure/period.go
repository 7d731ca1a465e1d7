package measure

import (
	"marketbrief/internal/extract/text"

	"fmt"
	"strconv"
	"strings"
)

// Period is a time span named in a sentence: toks[start:end] says it. A shift period ("a year
// earlier", "le trimestre précédent") is relative to the sentence's main period.
type Period struct {
	Start, end int
	Year       int    // 0 when unknown
	Part       string // "Q3", "H1", "03" (a month) or ""
	shiftYears int    // for a shift period: years back
	shiftQ     int    // for a shift period: quarters back
	Bound      bool   // a start or end, not the time of a fact: "since 2022", "d'ici 2030"
}

// IsShift reports whether p is a shift back from another period ("a year earlier") rather
// than a period named outright.
func (p Period) IsShift() bool { return p.shiftYears != 0 || p.shiftQ != 0 }

// String formats p as facts.json wants: "2020-Q3", "2020-H1", "2020-03", "2020", or "Q3" when no
// year is known.
func (p Period) String() string {
	switch {
	case p.Year == 0 && strings.HasPrefix(p.Part, "Q"):
		return p.Part
	case p.Year == 0:
		return ""
	case p.Part == "":
		return strconv.Itoa(p.Year)
	}
	return fmt.Sprintf("%d-%s", p.Year, p.Part)
}

// Shifted returns base moved back by shift's years and quarters.
func Shifted(base, shift Period) Period {
	out := base
	out.Year -= shift.shiftYears
	if shift.shiftQ != 0 && strings.HasPrefix(base.Part, "Q") && base.Year != 0 {
		q := int(base.Part[1]-'0') - shift.shiftQ
		for q < 1 {
			q += 4
			out.Year--
		}
		out.Part = "Q" + strconv.Itoa(q)
	}
	return out
}

// YearHint says which year a quarter or half without one belongs to, when the sentence names
// none: the year of the market-share passage being read, else the year of the document's date
// (the year before when that quarter has not begun by then), else the last year the document
// named. Any of them may be 0.
type YearHint struct {
	Context, DocYear, DocMonth, Named int
}

// yearFor returns the year of a part ("Q4", "H2") without one, or 0.
func (h YearHint) yearFor(part string) int {
	switch {
	case h.Context != 0:
		return h.Context
	case h.DocYear != 0:
		first := 1 // first month of the part
		if len(part) == 2 && part[0] == 'Q' {
			first = int(part[1]-'0')*3 - 2
		} else if part == "H2" {
			first = 7
		} else if m, err := strconv.Atoi(part); err == nil {
			first = m // a month: "in late March"
		}
		if h.DocMonth != 0 && first > h.DocMonth {
			return h.DocYear - 1
		}
		return h.DocYear
	}
	return h.Named
}

// FindPeriods returns the periods a sentence names, in order. Quarters and halves without a
// year take the sentence's own year, else the one hint gives. hint.docYear resolves "last year"
// and "this year".
func FindPeriods(toks []text.Token, hint YearHint) []Period {
	var out []Period
	for i := 0; i < len(toks); i++ {
		p, ok := periodAt(toks, i, hint.DocYear)
		if !ok {
			continue
		}
		if p.Start > 0 && boundWords[toks[p.Start-1].Low] || sinceClause(toks, p.Start) {
			p.Bound = true
		}
		out = append(out, p)
		i = p.end - 1
	}
	own := 0
	for _, p := range out {
		// "last year" dates its own clause, not "the first three months of the year" before it.
		if p.Year != 0 && !p.IsShift() && !relativeStarts[toks[p.Start].Low] {
			own = p.Year
			break
		}
	}
	for i := range out {
		if out[i].Year != 0 || out[i].Part == "" || out[i].IsShift() {
			continue
		}
		if out[i].Year = own; own == 0 {
			out[i].Year = hint.yearFor(out[i].Part)
		}
	}
	return out
}

// periodAt reads a period starting at toks[i].
func periodAt(toks []text.Token, i, docYear int) (Period, bool) {
	if !mayStartPeriod(toks[i]) {
		return Period{}, false
	}
	w := toks[i].Low
	if p, ok := relativeAt(toks, i, docYear); ok {
		return p, true
	}
	if part, y, ok := compactPeriod(toks[i].Text); ok {
		p := Period{Start: i, end: i + 1, Year: y, Part: part}
		if y == 0 {
			p.Year, p.end = yearAfter(toks, i+1, 2, p.end) // "Q3 2025", "Q3 '25"
		}
		return p, true
	}
	if part, n := monthsSpan(toks, i); n > 0 {
		p := Period{Start: i, end: i + n, Part: part}
		p.Year, p.end = yearAfter(toks, i+n, 4, p.end)
		return p, true
	}
	unitAt := i + 1
	if head, tail, ok := strings.Cut(w, "-"); ok {
		w, unitAt = head, i // "third-quarter"
		_ = tail
	}
	if n, ok := ordinals[w]; ok && unitAt < len(toks) {
		unit := toks[unitAt].Low
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
			return Period{}, false
		}
		p := Period{Start: i, end: unitAt + 1, Part: part}
		p.Year, p.end = yearAfter(toks, unitAt+1, 4, p.end)
		return p, true
	}
	if m, ok := Months[w]; ok && i+1 < len(toks) {
		if y, ok := YearToken(toks[i+1].Text); ok {
			return Period{Start: i, end: i + 2, Year: y, Part: fmt.Sprintf("%02d", m)}, true
		}
	}
	if p, ok := bareMonth(toks, i, docYear); ok {
		return p, true
	}
	if y, ok := YearToken(toks[i].Text); ok && StandaloneYear(toks, i) {
		return Period{Start: i, end: i + 1, Year: y}, true
	}
	return Period{}, false
}

// compactPeriod reads one-token periods: "Q3", "T3", "H1", "S1" (part only), "Q3-2020",
// "3Q20", "1H2021", "FY2024".
func compactPeriod(s string) (part string, year int, ok bool) {
	if strings.HasPrefix(s, "FY") {
		y, ok := YearToken(strings.TrimPrefix(strings.TrimPrefix(s, "FY"), "-"))
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
		y, ok := YearToken(tail)
		return part, y, ok
	}
	// "3Q20", "1H2021"
	if len(s) >= 4 && s[0] >= '1' && s[0] <= '4' && (s[1] == 'Q' || s[1] == 'H') {
		y, ok := YearToken(s[2:])
		if len(s) == 4 && text.IsDigitByte(s[2]) && text.IsDigitByte(s[3]) {
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
func yearAfter(toks []text.Token, i, n, end int) (int, int) {
	for j := i; j < len(toks) && j < i+n; j++ {
		if y, ok := YearToken(toks[j].Text); ok {
			return y, j + 1
		}
		if t := toks[j].Text; len(t) == 2 && text.IsDigitByte(t[0]) && text.IsDigitByte(t[1]) && j > 0 && toks[j-1].Text == "'" {
			return 2000 + int(t[0]-'0')*10 + int(t[1]-'0'), j + 1
		}
		switch toks[j].Low {
		case "of", "de", "fiscal", "l", "'", "annee", "the", "year", "du", "exercice":
			continue
		}
		break
	}
	return 0, end
}

// YearToken reads a four-digit year from 1980 to 2099.
func YearToken(s string) (int, bool) {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1980
}

// StandaloneYear reports whether the four-digit year at toks[i] names a period: not part of a
// name ("Huawei Connect 2017"), an amount or a percentage.
func StandaloneYear(toks []text.Token, i int) bool {
	if len(toks[i].Text) != 4 {
		return false
	}
	if i > 0 {
		prev := toks[i-1]
		if prev.Kind == text.TokWord && text.IsUpperStart(prev.Text) && !yearIntro[text.Fold(prev.Text)] {
			return false
		}
		if prev.Text == "$" || prev.Text == "€" || prev.Text == "£" {
			return false
		}
	}
	return i+1 >= len(toks) || text.PercentUnit(toks, i+1) == 0
}

// boundWords before a period make it a start or an end.
var boundWords = text.VendorWordSet("since", "depuis", "until", "till", "ici", "jusqu", "before", "avant",
	"after", "apres", "through", "by")

// yearIntro are capitalised words that may precede a year ("In 2021", "Fin 2020").
var yearIntro = text.VendorWordSet("in", "en", "since", "depuis", "fin", "end", "debut", "mi", "for",
	"during", "pour", "au", "by", "through", "until", "jusqu", "fy", "fiscal", "year", "annee", "of", "de")

// ordinals of quarters and halves, folded.
var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "troisieme": 3,
	"3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "seconde": 2, "1re": 1, "premiere": 1,
}

// Months, English and French, folded.
var Months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1,
	"fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}

// sinceClause reports whether toks[i] lies in a clause opened by "since" / « depuis » a few
// words before: "has dominated the market since introducing the concept in March 1985" dates
// a start, not the share.
func sinceClause(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		if t.Kind == text.TokPunct && t.Text != "'" && t.Text != "-" || t.Kind == text.TokNumber {
			return false
		}
		if t.Low == "since" || t.Low == "depuis" {
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
func bareMonth(toks []text.Token, i, docYear int) (Period, bool) {
	m, ok := Months[toks[i].Low]
	french := text.OneOf(toks[i].Low, "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")
	if !ok || !toks[i].Upper && !french || i == 0 || docYear == 0 ||
		!text.OneOf(toks[i-1].Low, "in", "en", "late", "early", "mid", "mid-", "since", "depuis", "through", "until", "fin", "debut", "mi", "au", "of", "de") {
		return Period{}, false
	}
	if i+2 < len(toks) && text.OneOf(toks[i+1].Low, "and", "et", "to", "-", "through") {
		if _, ok := Months[toks[i+2].Low]; ok {
			return Period{Start: i, end: i + 3, Year: docYear}, true
		}
	}
	return Period{Start: i, end: i + 1, Part: fmt.Sprintf("%02d", m)}, true
}

// monthsSpan reads the first months of a year told as a count: "the first three months" (a
// first quarter), "the first six months", « les trois premiers mois », « les six premiers
// mois » (a first half). It returns the part and the token count, or 0.
func monthsSpan(toks []text.Token, i int) (string, int) {
	if i+2 >= len(toks) {
		return "", 0
	}
	a, b, c := toks[i].Low, toks[i+1].Low, toks[i+2].Low
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
