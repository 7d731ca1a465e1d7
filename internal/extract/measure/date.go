package measure

import (
	"marketbrief/internal/extract/text"

	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// DealMonths maps English and French month names (and English dealAbbrev) to their numbers.
var DealMonths = map[string]int{
	"january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "février": 2, "fevrier": 2,
	"march": 3, "mar": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5,
	"june": 6, "juin": 6, "july": 7, "juillet": 7, "august": 8, "aug": 8, "août": 8, "aout": 8,
	"september": 9, "sept": 9, "sep": 9, "septembre": 9, "october": 10, "oct": 10, "octobre": 10,
	"november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12, "décembre": 12, "decembre": 12,
}

var (
	// dealMonthYearRe reads a month and its year, a day between them or not: "March 1986",
	// "March 9, 1986", "Oct. 3, 1985", « avril 2016 ».
	dealMonthYearRe = regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b`)
	dealYearRe      = regexp.MustCompile(`(?:\b(?:in|since|en|depuis|during|durant|of|de|until|fin|early|late|mid|summer|spring|autumn|fall|winter|printemps|automne|hiver)\s+|(?:^|[\s'’(])(?:début|été)\s+|\bmid-|\bmi-)((?:19|20)\d\d)\b`)
	// dealQuarterRe reads a quarter with its year: "the second quarter of 2022", "au deuxième
	// trimestre 2025", "Q3 2024", "T2 2025".
	dealQuarterRe  = regexp.MustCompile(`\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+(?:of\s+)?((?:19|20)\d\d)\b|\b(premier|deuxième|second|troisième|quatrième|1er|2e|3e|4e)\s+trimestre\s+(?:de\s+l['’]année\s+|de\s+)?((?:19|20)\d\d)\b|\b[qt]([1-4])\s+((?:19|20)\d\d)\b`)
	dealRelativeRe = regexp.MustCompile(`\b(last year|this year|earlier this year|l'année dernière|l’année dernière|l'an dernier|l’an dernier|l'an passé|l’an passé|l'année passée|cette année|last month|le mois dernier|this month|ce mois-ci)`)
	// dealMonthOnlyRe reads a month told without its year: "in April", "in early June", "on
	// March 5", « en avril », « le 5 mai », « début mai »; not "until May 4", a time limit. English "may" is left to dealMayRe,
	// which tells the month from the modal verb by its capital; French "mai" is never a verb.
	dealMonthOnlyRe = regexp.MustCompile(`\b(?:(?:in|en|début|fin|mi-|since|depuis)\s*(?:(?:early|late|mid-)\s*)?|on\s+|le\s+\d{1,2}(?:er)?\s+)(january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`)
	// dealMayRe reads the month May without its year in a sentence as written: "In May", "in
	// early May", "on May 5", "since May". The modal verb is written "may" after its subject.
	dealMayRe = regexp.MustCompile(`\b(?:[Ii]n|[Oo]n|[Ss]ince)\s+(?:(?:early|late|mid-)\s*)?May\b`)
	// dealLimitRe ends the words before a date that make it a time limit or the day a deal
	// takes effect ("until Sept 15, 1989", "expires in March 1990", "effective March 1, 1989", «
	// jusqu'au 30 juin 2021 »), not when it was made.
	dealLimitRe = regexp.MustCompile(`(?:\b(?:deadline|extended|extends|extend|prolongée?s?|repoussée?s?)\b[^.;]{0,100}?\b(?:to|until|au|à)(?:\s+midnight|\s+minuit)?|\buntil|\bthrough|\bby|\beffective|\bas of|\bexpires?(?:\s+on|\s+in)?|\bexpiring(?:\s+on|\s+in)?|jusqu['’]au(?:\s+\d{1,2})?|jusqu['’]en|\bavant\s+le(?:\s+\d{1,2})?)\s*$`)
	// dealYearNounRe reads a year written before a deal noun: "its 1985 acquisition of X", "the
	// 1986 purchase of Y".
	// dealFutureRe finds, before a month told without its year, a verb of what is to come: the
	// month is then the next one of that name, not the last.
	dealFutureRe   = regexp.MustCompile(`\b(?:will|would|shall|may|might|should|could|expected|expects|expect|scheduled|planned|pending|due to|to close|to be completed|devrait|devraient|doit|doivent|sera|seront|prévue?s?|attendue?s?)\b`)
	dealYearNounRe = regexp.MustCompile(`\b(?:its|their|his|her|the|a)\s+((?:19|20)\d\d)\s+(?:acquisition|purchase|takeover|buyout|merger|sale)\b`)
)

// DealDate returns the date a sentence states for its deal (YYYY or YYYY-MM), reading relative
// dates ("last year", "l'année dernière", "en avril") against docDate (YYYY-MM-DD, may be
// empty). It returns "" when the sentence states none or the document date is needed but
// unknown. s is best given as written: the month May is told from the verb "may" by its capital.
func DealDate(s, docDate string) string {
	written := s
	s = text.Lower(s)
	if strings.Contains(s, "19") || strings.Contains(s, "20") {
		for _, m := range dealMonthYearRe.FindAllStringSubmatchIndex(s, 3) {
			if dealLimitRe.MatchString(s[max(0, m[0]-130):m[0]]) || OtherDate(s, m[0]) {
				continue // "an option that runs until Sept 15, 1989": a time limit, not when the deal was made
			}
			return fmt.Sprintf("%s-%02d", s[m[4]:m[5]], DealMonths[s[m[2]:m[3]]])
		}
		if m := dealYearNounRe.FindStringSubmatch(s); m != nil {
			return m[1]
		}
		for _, m := range dealQuarterRe.FindAllStringSubmatchIndex(s, 3) {
			if OtherDate(s, m[0]) {
				continue
			}
			for i := 2; i+3 < len(m); i += 4 {
				if m[i] >= 0 {
					return s[m[i+2]:m[i+3]] + "-Q" + quarterNumber(s[m[i]:m[i+1]])
				}
			}
		}
		for _, m := range dealYearRe.FindAllStringSubmatchIndex(s, 3) {
			if !OtherDate(s, m[0]) {
				return s[m[2]:m[3]]
			}
		}
	}
	year, month := dealDocYearMonth(docDate)
	if year == 0 {
		return ""
	}
	if !(strings.Contains(s, "year") || strings.Contains(s, "ann") || strings.Contains(s, "an ") || strings.Contains(s, "month") || strings.Contains(s, "mois") || strings.Contains(s, "in ") || strings.Contains(s, "en ") || strings.Contains(s, "on ") || strings.Contains(s, "le ") || strings.Contains(s, "since ")) {
		return ""
	}
	if m := dealRelativeRe.FindStringSubmatch(s); m != nil {
		r := strings.ToLower(strings.ReplaceAll(m[1], "’", "'"))
		switch {
		case strings.Contains(r, "month") || strings.Contains(r, "mois"):
			if strings.Contains(r, "last") || strings.Contains(r, "dernier") {
				month--
				if month == 0 {
					year, month = year-1, 12
				}
			}
			return fmt.Sprintf("%d-%02d", year, month)
		case strings.Contains(r, "last") || strings.Contains(r, "dernier") || strings.Contains(r, "dernière") || strings.Contains(r, "pass"):
			return strconv.Itoa(year - 1)
		default:
			return strconv.Itoa(year)
		}
	}
	mo, at := 0, len(s)
	if m := dealMonthOnlyRe.FindStringSubmatchIndex(s); m != nil {
		mo, at = DealMonths[s[m[2]:m[3]]], m[0]
	}
	if strings.Contains(written, "May") {
		if m := dealMayRe.FindStringIndex(written); m != nil && m[0] < at {
			mo, at = 5, m[0]
		}
	}
	if mo == 0 || OtherDate(s, at) {
		return ""
	}
	if mo > month {
		if dealFutureRe.MatchString(s[:min(at, len(s))]) {
			return "" // "a deal that may close in August", « devrait être finalisé en octobre »: to come
		}
		year--
	}
	return fmt.Sprintf("%d-%02d", year, mo)
}

// DealNewsCue matches the words that report a deal as the news of the day ("said on Monday",
// « a annoncé lundi », "this week"): its date is the document's.
var DealNewsCue = text.Lazy(`\b(?:on|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?:this week|today|yesterday|cette semaine|aujourd['’]hui|hier|announced|announces|a annoncé|ont annoncé|annonce|annoncent|vient de|viennent de|has agreed|have agreed|agreed to|agrees to|a finalisé|a conclu)\b`)

// DealPastCue matches the words that place a deal before the story's news ("which bought",
// "had acquired", « avait racheté », "previously"): such a deal without a year has no date.
var DealPastCue = text.Lazy(`\b(?:, rachetée? par|, acquise? par|, acquired by|, bought by|née? du|née? de|issue? du|born of|had|(?:which|who|qui) (?:\S+ ){0,2}?(?:bought|acquired|purchased|sold|racheté|acquis|vendu|cédé)|avait|avaient|previously|earlier|formerly|former|once|already|déjà|auparavant|ancien|ancienne|years ago|il y a|since|depuis|when|lorsque|quand|after|après)(?:\b|$|[\s,.;:!?)»"'’])`) // \b alone misses "racheté ", "déjà "

// DealDocMonth returns the YYYY-MM of a YYYY-MM-DD document date, or "".
func DealDocMonth(d string) string {
	if y, m := dealDocYearMonth(d); y > 0 && m >= 1 && m <= 12 {
		return fmt.Sprintf("%d-%02d", y, m)
	}
	return ""
}

// dealDocYearMonth reads the year and month of a YYYY-MM-DD date, or zeros.
func dealDocYearMonth(d string) (int, int) {
	if len(d) < 7 {
		return 0, 0
	}
	y, err1 := strconv.Atoi(d[:4])
	m, err2 := strconv.Atoi(d[5:7])
	if err1 != nil || err2 != nil {
		return 0, 0
	}
	return y, m
}

// quarterNumber returns the digit of an ordinal quarter: "second", "2nd", "deuxième", "2e", "2".
func quarterNumber(w string) string {
	switch w {
	case "first", "1st", "premier", "1er", "1":
		return "1"
	case "second", "2nd", "deuxième", "2e", "2":
		return "2"
	case "third", "3rd", "troisième", "3e", "3":
		return "3"
	}
	return "4"
}

var (
	// dealOtherStartRe ends the words right before a date that make it the date of something
	// other than the deal being made: a security's maturity ("debentures due 1994", "notes
	// maturing in 1999", « arrivant à échéance en 2026 »), a repayment ("repayable in 1990", «
	// remboursable en 2024 »), the start of a service or a term ("beginning February 1988",
	// "starting in 1990", « à partir de 2021 », « à compter du 1er janvier »).
	dealOtherStartRe = regexp.MustCompile(`(?:\b(?:due|notes|until|through|maturing|matures?|maturity|repayable|redeemable|exercisable|beginning|starting|commencing|remboursables?)|(?:^|\s)(?:échéance|échéant|à\s+partir|à\s+compter|jusqu['’](?:au|à|en)))(?:\s+(?:in|on|from|by|en|le|au|de|du|d'|the|l'))*\s*$`)
	// dealOtherClauseRe finds, in the clause that leads to a date, the event the date is of when
	// it is not a deal: a product's launch ("and will launch a line in 2021", « et va lancer une
	// gamme en 2021 »), a law or a rule taking effect, a security's term, a loan's repayment
	// ("its 1994 debentures", "a warrant to buy shares through 1994").
	dealOtherClauseRe = regexp.MustCompile(`(?:^|\s)échéances?\b|\b(?:launch\w*|lanc(?:e|er|era|eront|ent|ement)|roll(?:s|ed|ing)? out|take effect|takes effect|took effect|taking effect|en vigueur|matur\w*|expir\w*|repay\w*|rembours\w*|debentures?|warrants?|bonds?|notes? due|obligations convertibles|emprunts? obligataires?)\b`)
	// dealClauseEndRe finds the ends of clauses: what stands before the last one is not what the
	// date that follows is of.
	dealClauseEndRe = regexp.MustCompile(`[,;:()]|\s(?:and|et|but|mais|while|alors que|which|that|who|qui|que|after|après|when|lorsque|quand)\s`)
	// dealRelativeClauseRe finds, ending right before a date, a relative clause about another
	// company or thing (", which was declared insolvent in", « , qui a été placée en
	// redressement en »): the date is of what the clause tells.
	dealRelativeClauseRe = regexp.MustCompile(`,\s*(?:which|who|whose|qui|dont)\s([^,;:()]*)$`)
	// dealVerbRe finds a deal's verb.
	dealVerbRe = regexp.MustCompile(`\b(?:agree\w*|sell\w*|sold|buy\w*|bought|acqui\w*|purchas\w*|merg\w*|sign\w*|invest\w*|rach\w*|c[èé]d\w*|vend\w*|fusion\w*|sign[ée]\w*|conclu\w*)`)
)

// OtherDate reports whether the date at byte offset at of s (lower-cased) is, by the words of
// its clause before it, the date of something other than a deal being made: a maturity, an
// expiry, a repayment, a start, a launch ("12 pct debentures of 1994", "a contract to process
// its payments beginning in February 1988", « et va lancer une ligne en 2021 »).
func OtherDate(s string, at int) bool {
	if m := dealRelativeClauseRe.FindStringSubmatchIndex(s[max(0, at-150):at]); m != nil && !dealVerbRe.MatchString(s[max(0, at-150)+m[2]:at]) {
		return true // "X will buy the assets of Y, which was put into receivership in May": Y's date
	}
	pre := s[max(0, at-90):at]
	if ends := dealClauseEndRe.FindAllStringIndex(pre, -1); len(ends) > 0 {
		pre = pre[ends[len(ends)-1][1]:]
	}
	if m := dealOtherStartRe.FindStringIndex(pre); m != nil && strings.TrimSpace(pre[:m[0]]) != "" {
		return true // not "Beginning in 1986, X bought…": the start of what the clause tells
	}
	ms := dealOtherClauseRe.FindAllStringIndex(pre, -1)
	// "it received the warrants when it agreed to sell the unit in 1984": the deal's verb, told
	// after the other event, is what the date is of.
	return len(ms) > 0 && !dealVerbRe.MatchString(pre[ms[len(ms)-1][1]:])
}
