package measure

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// moneyRe finds amounts of money in English and French: "$19.7 billion", "US$5bn", "€1.2bn",
// "25 mln dlrs", "1.5 mln Canadian dlrs", "two billion stg", "19,7 milliards de dollars",
// "5,4 Md$", "100 M€", "500,000 dlr".
var moneyRe = text.Lazy(`(?i)(?:(US\$|C\$|A\$|HK\$|NZ\$|\$|€|£|¥|\bUSD\s|\bEUR\s|\bGBP\s|\bCHF\s|\bJPY\s|\bCNY\s|\bSEK\s|\bNOK\s|\bDKK\s|\bCAD\s|\bAUD\s|\bINR\s)\s?(\d[\d,.]*)\s*(billion|bn|bln|million|mln|mn|m|b|thousand|k)?\b` +
	`|\b(\d[\d,.\x{a0}\x{202f}]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a|half a)[\s\x{a0}\x{202f}]*` +
	`(billion|bln|bn|million|mln|thousand|milliards?|millions?|mds?|md|m|k)?\.?[\s\x{a0}\x{202f}]*(?:de |d'|d’)?` +
	`(U\.S\.|US|Canadian|Australian|Hong Kong|New Zealand|Singapore|Belgian|French|Swiss|Swedish|Danish|Norwegian|South African|West German)?\s*` +
	`(dlrs?|dollars?|\$|stg|sterling|pounds?|livres?|yen|francs? suisses?|francs?|marks?|crowns?|couronnes? su[ée]doises?|kronor|guilders?|lire|pesetas?|rand|euros?|€|eur|usd|gbp|chf|jpy|cny|sek|yuans?|rupees?|roupies?)(?:\s|$|[.,;:)])` +
	`)`)

// moneyWords are the number words an amount may be written with.
var moneyWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "a": 1, "half a": 0.5,
}

// moneyMatch is an amount found in a sentence, at byte offsets start and end.
type moneyMatch struct {
	money      model.Money
	start, end int
}

// currencyMarks are the lower-case strings one of which an amount of money contains.
var currencyMarks = []string{"$", "€", "£", "¥", "dlr", "dollar", "stg", "sterling", "pound", "livre",
	"yen", "franc", "mark", "crown", "kronor", "guilder", "lire", "peseta", "rand", "euro", "eur",
	"usd", "yuan", "rupee", "roupie", "couronne", "gbp", "chf", "jpy", "cny", "sek", "nok", "dkk", "cad",
	"aud", "inr"}

// HasMoneyMark reports whether lower (lower-cased) holds a currency mark: without one, it states
// no amount of money.
func HasMoneyMark(lower string) bool {
	for _, c := range currencyMarks {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// moneyWindows returns the stretches of s (lower-cased as lower) around its currency marks,
// merged when they overlap, where findMoney's expression is tried.
func moneyWindows(s, lower string) [][2]int {
	var ws [][2]int
	for _, c := range currencyMarks {
		for off := 0; ; {
			k := strings.Index(lower[off:], c)
			if k < 0 {
				break
			}
			k += off
			off = k + len(c)
			ws = append(ws, [2]int{text.WordStart(s, max(0, k-45)), min(len(s), k+40)})
		}
	}
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i][0] < ws[j][0] })
	out := ws[:1]
	for _, w := range ws[1:] {
		if last := &out[len(out)-1]; w[0] <= last[1] {
			last[1] = max(last[1], w[1])
		} else {
			out = append(out, w)
		}
	}
	return out
}

// findMoneyIn returns every amount of money in s, in order; lower is s lower-cased by text.Lower.
func findMoneyIn(s, lower string) []moneyMatch {
	var out []moneyMatch
	for _, w := range moneyWindows(s, lower) {
		out = appendMoney(out, s[w[0]:w[1]], w[0])
	}
	return out
}

// appendMoney appends the amounts found in window (at offset off of its sentence) to out.
func appendMoney(out []moneyMatch, s string, off int) []moneyMatch {
	for _, m := range moneyRe.FindAllStringSubmatchIndex(s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		var amount float64
		var cur string
		var ok bool
		if g(1) != "" {
			amount, ok = parseAmount(g(2), false)
			amount *= moneyScale(g(3))
			cur = symbolCurrency(g(1))
		} else {
			amount, ok = parseAmount(g(4), true)
			amount *= moneyScale(g(5))
			cur = wordCurrency(g(6), g(7))
			if strings.EqualFold(g(4), "a") && g(5) == "" {
				ok = false
			}
		}
		if !ok || amount <= 0 || cur == "" {
			continue
		}
		if amount > implausibleAmount(cur) {
			continue // "a total price of 4,500,000 mln dlrs": a typo, no deal is that large
		}
		amount = roundAmount(amount)
		out = append(out, moneyMatch{money: model.Money{Amount: amount, Currency: cur}, start: m[0] + off, end: m[1] + off})
	}
	return out
}

// parseAmount reads "19.7", "1,500,000", "19,7" (French decimal), "1 500" or a number word.
func parseAmount(s string, allowWords bool) (float64, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	if v, ok := moneyWords[s]; ok && allowWords {
		return v, true
	}
	s = strings.NewReplacer("\u00a0", "", "\u202f", "", " ", "").Replace(s)
	switch {
	case strings.Count(s, ",") == 1 && !strings.Contains(s, ".") && len(s)-strings.Index(s, ",") != 4:
		s = strings.Replace(s, ",", ".", 1) // French decimal comma: "19,7"
	case strings.Contains(s, ","):
		s = strings.ReplaceAll(s, ",", "")
	case strings.Count(s, ".") > 1:
		s = strings.ReplaceAll(s, ".", "") // "1.500.000"
	}
	s = strings.TrimSuffix(s, ".")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// moneyScale returns the multiplier of a scale word.
func moneyScale(w string) float64 {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "billion", "bn", "bln", "b", "milliard", "milliards", "md", "mds":
		return 1e9
	case "million", "millions", "mln", "mn", "m":
		return 1e6
	case "thousand", "k":
		return 1e3
	}
	return 1
}

// symbolCurrency maps a currency symbol to ISO 4217.
func symbolCurrency(sym string) string {
	sym = strings.ToUpper(strings.TrimSpace(sym))
	if len(sym) == 3 && sym[0] >= 'A' && sym[0] <= 'Z' {
		return sym // an ISO 4217 code written before the amount: "CHF 8 billion"
	}
	switch sym {
	case "$", "US$":
		return "USD"
	case "C$":
		return "CAD"
	case "A$":
		return "AUD"
	case "HK$":
		return "HKD"
	case "NZ$":
		return "NZD"
	case "€":
		return "EUR"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	}
	return ""
}

// wordCurrency maps a currency word and its country adjective to ISO 4217. Francs without a
// country are French francs, as in the 1987 newswire.
func wordCurrency(country, unit string) string {
	c := strings.ToLower(country)
	u := strings.ToLower(unit)
	switch {
	case strings.HasPrefix(u, "dlr") || strings.HasPrefix(u, "dollar") || u == "$" || u == "usd":
		switch c {
		case "canadian":
			return "CAD"
		case "australian":
			return "AUD"
		case "hong kong":
			return "HKD"
		case "new zealand":
			return "NZD"
		case "singapore":
			return "SGD"
		}
		return "USD"
	case u == "stg" || u == "sterling" || strings.HasPrefix(u, "pound") || strings.HasPrefix(u, "livre"):
		return "GBP"
	case u == "yen":
		return "JPY"
	case strings.HasPrefix(u, "franc") && strings.Contains(u, "suisse"):
		return "CHF" // « 8 milliards de francs suisses »
	case strings.HasPrefix(u, "couronne"):
		return "SEK"
	case len(u) == 3 && (u == "gbp" || u == "chf" || u == "jpy" || u == "cny" || u == "sek"):
		return strings.ToUpper(u)
	case strings.HasPrefix(u, "franc"):
		switch c {
		case "belgian":
			return "BEF"
		case "swiss":
			return "CHF"
		}
		return "FRF"
	case strings.HasPrefix(u, "mark"):
		return "DEM"
	case strings.HasPrefix(u, "crown") || u == "kronor":
		switch c {
		case "danish":
			return "DKK"
		case "norwegian":
			return "NOK"
		}
		return "SEK"
	case strings.HasPrefix(u, "guilder"):
		return "NLG"
	case u == "lire":
		return "ITL"
	case strings.HasPrefix(u, "peseta"):
		return "ESP"
	case u == "rand":
		return "ZAR"
	case strings.HasPrefix(u, "euro") || u == "€" || u == "eur":
		return "EUR"
	case strings.HasPrefix(u, "yuan"):
		return "CNY"
	case strings.HasPrefix(u, "rupee") || strings.HasPrefix(u, "roupie"):
		return "INR"
	}
	return ""
}

// notPrice matches the words before an amount that make it something other than a deal's price:
// revenues, profits, assets, per-share prices.
var notPrice = text.Lazy(`(?:sales|revenues?|turnover|income|profits?|loss(?:es)?|gains?|charges?|write-?downs?|deposits|mortgages?|credits?|premiums?|plus-values?|moins-values?|prêts?|crédits?|earnings|assets|debt|capital|damages|dommages(?:-intérêts)?|judge?ments?|jugements?|verdicts?|awards?|bonds?|cautions?|budgets?|fines?|amendes?|penalt(?:y|ies)|indemnités?|chiffre d'affaires|bénéfices?|pertes?|valuation|valorisation|capitalisation|dividend|shares|stock|debentures|notes|loan|funds)\s+(?:\w+\s+){0,5}?(?:of|de|at|to|totalling|totaling|by|from)?\s*(?:about|approximately|nearly|almost|more than|over|some|around|environ|plus de|près de)?\s*(?:[\d.,]+\s*(?:to|-|à|and|et)\s*)?$`)

// notPriceBy matches the words before an amount that make it the margin by which a bid tops
// another or is raised ("topped the earlier offer by 50 mln dlrs", "raised its bid by"), and the
// words that make it a sale's gain or loss ("the gain on the sale of its unit was 12 mln dlrs").
var notPriceBy = text.Lazy(`(?i)(?:\b(?:topp(?:ed|ing)|tops|exceed(?:ed|ing|s)?|beat|outbid|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|sweeten(?:ed|s|ing)?|boost(?:ed|s|ing)?)\b[^.;]{0,60}\bby\s+(?:about|approximately|some|nearly)?\s*$|\b(?:profits?|gains?|loss(?:es)?|charges?|plus-values?|moins-values?|bénéfices?|pertes?)\s+(?:\w+\s+){0,2}?(?:on|from|of|sur|de|tirée?s? de)\s+(?:the\s+|its\s+|la\s+|le\s+|sa\s+|l['’])?(?:sale|disposal|divestiture|cession|vente)\b[^.;]{0,80}$)`)

// notPriceNoun matches a gain, a loss, deposits, a loan, a project, a budget or a judgment just
// before an amount, which no price cue undoes: « une plus-value de 12 millions », "a gain of 5
// mln dlrs", "deposits of 80 mln", « le projet de 2 milliards ».
var notPriceNoun = text.Lazy(`(?i)\b(?:plus-values?|moins-values?|bénéfices?|pertes?|profits?|gains?|loss(?:es)?|charges?|dépôts|deposits|prêts?|crédits?|loans?|mortgages?|projets?|projects?|budgets?|jugements?|judge?ments?|cautions?)\s+(?:\w+\s+){0,2}?(?:of|de|d['’])\s*(?:about|approximately|nearly|some|around|environ|près de|plus de)?\s*$`)

// notPriceLent matches the words before an amount lent, borrowed or raised by an issue to pay
// for a deal ("committed to lend it 100 mln dlrs", "an offering price of about 100 mln dlrs",
// « un emprunt de 50 millions »): financing, never the price, whatever cue follows.
var notPriceLent = text.Lazy(`(?:\blend|\blent|\blending|\bborrow\w*|\bloans? of|\boffering price|\bcredit line|\bline of credit|\bsyndicat\w*|\bprêter|\bprêté|\bprêt de|\bemprunt\w*|\bligne de crédit)\s+(?:\w+\s+){0,2}?(?:of|de|d'|d’|it|them|him|us|up to|jusqu'à)?\s*(?:about|approximately|nearly|almost|more than|over|some|around|environ|plus de|près de)?\s*$`)

// notPriceAssumed matches the words before an amount of liabilities a buyer takes on ("will
// assume some 42 mln dlrs of deposits", "assumed 40 mln dlrs of debt"): what the bought firm
// owes, not what is paid for it.
var notPriceAssumed = text.Lazy(`\bassum(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:about|approximately|nearly|almost|more than|over|some|around)?\s*$`)

// notPriceHoped matches the words before an amount that a sale is only expected to bring, as
// analysts or the seller guess it ("brokers estimated the disposal could fetch", « les analystes estiment que la cession pourrait rapporter »): a guess, not the price.
var notPriceHoped = text.Lazy(`(?i)\b(?:expect\w*|estimat\w*|anticipat\w*|analysts?|guess\w*|forecast\w*|analystes?|estim\w*|s'attend\w*|s’attend\w*|espér\w*|tabl\w+ sur)\b[^.;]{0,70}\b(?:proceeds|fetch|bring|yield|net|produits?|rapporter|rapporterait|rapporteraient)\b[^.;]{0,30}$`)

// priceCue matches the words just before an amount that make it a price.
var priceCue = text.Lazy(`(?i)(?:valued at|values? at|value[sd]? [^.]{0,60} at|for|worth|price of|paying|paid|pay|consideration of|pour|de)\s+(?:about|approximately|nearly|almost|more than|over|some|around|a total of|environ|plus de|près de)?\s*$`)

// notPriceAfter reports whether the words after an amount make it a per-share price, a
// company's size or a debt rather than a deal's price.
func notPriceAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	if w := strings.Fields(after); len(w) >= 2 && text.OneOf(strings.Trim(w[1], ",."), "mortgage", "loan", "credit", "financing", "prêt", "crédit") {
		return true // "a 500,000 dlr long-term mortgage loan", "a 20 mln dlr bank loan"
	}
	for _, p := range []string{"a share", "per ", "each", "a shr", "par action", "of ", "asset", "in asset",
		"in sales", "in revenue", "in annual", "a year", "annually", "in debt", "of debt", "worth of",
		"in net assets", "in assets", "in net worth", "pursuant to a credit", "under a credit", "in loans",
		"in bank loans", "in financing", "of financing", "in senior", "in subordinated", "from an offering",
		"from a public offering", "in new financing", "in debt financing", "in damages", "au titre de",
		"de dommages", "en dommages", "de financement", "en financement",
		"in debentures", "in notes", "in bonds", "in securities", "in commercial paper", "in preferred",
		"en obligations", "d'obligations", "in deposits", "of deposits", "in premiums", "mortgage", "loan", "credit", "line of credit", "bridge",
		"financing", "prêt", "crédit", "d'emprunt", "de dépôts", "en dépôts", "de prêt", "de crédit", "charge",
		"gain", "loss", "pretax", "pre-tax", "after-tax", "aftertax", "provision", "write", "extraordinary", "profit",
		// a difference between two prices: "for 12 mln dlrs more than X is to pay for them"
		"more than", "less than", "higher than", "lower than", "above what", "below what", "de plus que", "de moins que"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// notPriceOrdered matches the words before an amount a court or a jury orders paid («
// condamné à verser »): damages, never a deal's price, whatever deal the sentence names.
var notPriceOrdered = text.Lazy(`(?i)\b(?:order(?:ed|s|ing)?|sentenced|condamn\w*)\b[^.;]{0,40}(?:\bto pay|\sà (?:payer|verser|rembourser))\b[^.;]{0,40}$`)

// notPriceShareSale matches the words after an amount raised from selling a number of shares
// ("800 mln dlrs from the sale of 2.4 mln shares", « de la vente de 30 millions
// d'actions »): an offering's proceeds, no deal's price.
var notPriceShareSale = text.Lazy(`^\s*(?:from|through|in|by|de|par)\s+(?:the\s+|a\s+|its\s+|la\s+|l['’]|une?\s+)?(?:planned\s+|proposed\s+|public\s+)?(?:sale|offering|flotation|issue|placement|vente|cession|émission|introduction)\s+(?:of|de|d['’])\s*[\d.,]+\s+(?:(?:mln|million|millions|billion|bn|milliards?)\s+)?(?:d['’]\s*|de\s+)?(?:\w+\s+){0,2}?(?:shares|actions)\b`)

// notPriceDebtSale matches the words after an amount raised by selling debt or securities
// ("1.25 billion dlrs from the sale to a broker of senior subordinated notes", « 500 millions
// d'euros par l'émission d'obligations »): financing, no deal's price.
var notPriceDebtSale = text.Lazy(`^\s*(?:\S+\s+){0,2}?(?:from|through|by|via|de|par)\s+(?:the\s+|a\s+|an\s+|its\s+|la\s+|l['’]|une?\s+)?(?:sale|issue|issuance|placement|offering|flotation|émission|vente|placement)\s+(?:\S+\s+){0,14}?(?:d['’])?(?:notes|debentures|bonds|obligations|securities|commercial paper|preferred stock|titres)\b`)

// legalAfter holds the words that, among the three after an amount, make it a lawsuit's stake, a
// judgment, a budget or a project's cost ("the 10 billion dlr judgment", "its 11 billion dlr
// litigation", "the eight billion dlr airport project").
var legalAfter = map[string]bool{"judgment": true, "judgement": true, "verdict": true, "award": true,
	"bond": true, "lawsuit": true, "litigation": true, "suit": true, "claim": true, "legal": true,
	"dispute": true, "budget": true, "jugement": true, "procès": true, "litige": true, "contentieux": true,
	"project": true, "projet": true, "programme": true, "program": true}

// sizeNoun holds the nouns that make an amount in apposition a party's size ("Acme, a 5 billion
// dlr bank holding company, said…").
var sizeNoun = map[string]bool{"company": true, "companies": true, "group": true, "concern": true,
	"firm": true, "conglomerate": true, "corporation": true, "bank": true, "insurer": true,
	"retailer": true, "utility": true, "thrift": true, "groupe": true, "société": true, "entreprise": true,
	"association": true, "institution": true, "chain": true, "maker": true, "manufacturer": true,
	"producer": true, "operator": true, "business": true, "subsidiary": true, "unit": true,
	"filiale": true, "enseigne": true}

// undisclosed matches a sentence that says the deal's price is not told: its other amounts are
// something else (a party's turnover, a size).
var undisclosed = text.Lazy(`\b(?:undisclosed (?:sum|amount|price|terms|consideration|cash)|(?:terms|price) (?:was|were|has not been|have not been) not disclosed|(?:montant|prix) non (?:divulgué|communiqué|dévoilé|précisé)|somme non (?:divulguée|communiquée|dévoilée|précisée))`)

// legalOrSize reports whether the words after an amount make it a lawsuit's figure or, the
// amount in apposition (before ends in ", a "), a party's size.
func legalOrSize(before, after string) bool {
	w := strings.Fields(after)
	apposition := strings.HasSuffix(before, ", a ") || strings.HasSuffix(before, ", an ") ||
		strings.HasSuffix(before, ", un ") || strings.HasSuffix(before, ", une ")
	for i := 0; i < len(w) && i < 4; i++ {
		x := strings.Trim(w[i], ",.;:")
		if legalAfter[x] || apposition && sizeNoun[x] {
			return true
		}
		if strings.HasSuffix(w[i], ",") {
			break
		}
	}
	return false
}

// DealValue returns the price of a deal stated in s after byte offset from: the first amount
// that is not a per-share price, a revenue or an asset figure.
func DealValue(s string, from int) *model.Money {
	return DealValueIn(s, text.Lower(s), from)
}

// DealValueIn is dealValue for s already lower-cased by text.Lower as lower.
func DealValueIn(s, lower string, from int) *model.Money {
	if undisclosed.MatchString(lower) {
		return nil
	}
	for _, m := range findMoneyIn(s, lower) {
		if m.end <= from {
			continue
		}
		after := lower[m.end:min(len(lower), m.end+90)]
		if notPriceShareSale.MatchString(after) || notPriceDebtSale.MatchString(lower[m.end:min(len(lower), m.end+160)]) || legalOrSize(lower[max(0, m.start-6):m.start], after) ||
			notPriceOrdered.MatchString(s[max(0, m.start-100):m.start]) {
			continue
		}
		if notPriceAfter(strings.ToLower(s[m.end:min(len(s), m.end+22)])) {
			continue
		}
		if m.money.Amount < 10000 {
			continue // a per-share price, not a deal's value
		}
		before := s[max(0, m.start-60):m.start]
		if notPrice.MatchString(sentenceStartLower(before, m.start <= 60)) && !priceCue.MatchString(before) || notPriceLent.MatchString(before) {
			continue
		}
		if notPriceBy.MatchString(s[max(0, m.start-140):m.start]) || notPriceNoun.MatchString(before) {
			continue
		}
		if notPriceAssumed.MatchString(lower[max(0, m.start-40):m.start]) || notPriceHoped.MatchString(s[max(0, m.start-140):m.start]) {
			continue // deposits or debt taken on; proceeds analysts expect
		}
		money := m.money
		return &money
	}
	return nil
}

// sentenceStartLower lower-cases the first letter of before when it opens the sentence
// ("Earnings of X were N" reads as "earnings of…"); names inside it ("Kerala Capital LLC led a
// $50 million round") keep their capitals and are no revenue word.
func sentenceStartLower(before string, atStart bool) string {
	if !atStart || before == "" || before[0] < 'A' || before[0] > 'Z' {
		return before
	}
	return string(before[0]+'a'-'A') + before[1:]
}

// roundAmount removes the binary noise of scaling a decimal ("£4.1bn" is 4.1 × 1e9 =
// 4099999999.9999995): whole units from 100 up, cents below.
func roundAmount(a float64) float64 {
	if a >= 100 {
		return math.Round(a)
	}
	return math.Round(a*100) / 100
}

// implausibleAmount is the amount above which no single deal is believable: a trillion, or a
// thousand trillion in currencies of small units (yen, lire, pesetas, rupees, won, yuan).
func implausibleAmount(cur string) float64 {
	switch cur {
	case "JPY", "ITL", "ESP", "INR", "KRW", "CNY", "IDR":
		return 1e15
	}
	return 1e12
}
