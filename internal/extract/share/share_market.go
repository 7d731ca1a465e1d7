package share

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"strings"
)

// The market a share is of, so that the report never ranks shares of different markets
// together: the cloud markets by their usual names, any other by the words the text gives it
// ("the French new car market" → "new car", « le marché des smartphones » → "smartphones",
// "share of U.S. car and truck sales" → "car and truck sales"), regions and vague adjectives
// left out (regions have their own field).

// findMarket returns the market a sentence names, or "".
func findMarket(toks []text.Token) string {
	if m := cloudMarket(toks); m != "" {
		return m
	}
	for j := range toks {
		w := toks[j].Low
		switch {
		case (w == "market" || w == "markets") && !tradingMarket(toks, j):
			if m := marketAfter(toks, j+1, "for"); m != "" {
				return m // "market for mainframes"
			}
			if j+3 < len(toks) && toks[j+1].Low == "share" && !toks[j+3].Upper {
				if m := marketAfter(toks, j+2, "of"); m != "" {
					return m // "market share of the heavyweight motorcycle", not "of Microsoft"
				}
			}
			if m := modifiersBefore(toks, j); m != "" {
				return m
			}
		case (w == "industry" || w == "sector") && j > 0 && !toks[j-1].Upper:
			if m := modifiersBefore(toks, j); m != "" {
				return m // "the employee benefits industry"
			}
		case (w == "marche" || w == "marches") && !tradingMarket(toks, j):
			if m := marcheAfter(toks, j+1); m != "" {
				return m
			}
		case w == "audience" && j > 0 && (toks[j-1].Low == "d" || toks[j-1].Low == "'" || text.OneOf(toks[j-1].Low, "share", "de")):
			return "TV audience" // « part d'audience », "audience share"
		case w == "pda":
			return "TV audience"
		case w == "share" && j+1 < len(toks) && toks[j+1].Low == "of":
			if m := salesAfter(toks, j+2); m != "" {
				return m // "share of U.S. car and truck sales"
			}
		case (w == "part" || w == "parts") && j+3 < len(toks) && toks[j+1].Low == "de" && toks[j+2].Low == "marche":
			if m := marketAfter(toks, j+3, "pour", "dans", "sur"); m != "" && !strings.HasPrefix(m, "marche") {
				return m // "39 % de part de marché pour les céréales"
			}
		}
	}
	return makerMarket(toks)
}

// titleMarket returns what a headline says is sold: "U.S. CAR SALES RECOVER" → "car sales".
func titleMarket(toks []text.Token) string {
	for j, t := range toks {
		if salesNouns[t.Low] && j+1 < len(toks) && text.OneOf(toks[j+1].Low, "de", "des", "d") {
			k := j + 2
			for k < len(toks) && k < j+6 && !(strings.HasSuffix(toks[k].Low, "ent") && !strings.HasSuffix(toks[k].Low, "ment")) {
				k++ // up to the verb of the headline: « Les ventes de smartphones reculent »
			}
			if m := phraseFrom(toks[:k], j+2); m != "" {
				return m
			}
		}
		if salesNouns[t.Low] {
			if m := modifiersBefore(toks, j); m != "" {
				return strings.ToLower(m + " " + t.Text) // headlines are often in capitals
			}
		}
	}
	return ""
}

// makerMarket returns what a company is said to make, when the sentence names no market:
// "Europe's leading beer producer with six pct" → "beer", "the leading brewer" → "beer".
func makerMarket(toks []text.Token) string {
	for j, t := range toks {
		if m, ok := makerNouns[t.Low]; ok {
			if m != "" {
				return m
			}
			if mm := modifiersBefore(toks, j); mm != "" {
				return mm // "the second largest U.S. package delivery company" → package delivery
			}
		}
	}
	return ""
}

// makerNouns name a company by what it makes: the market is the word before ("beer producer"),
// or the one given here ("brewer").
var makerNouns = map[string]string{"producer": "", "maker": "", "manufacturer": "", "supplier": "",
	"retailer": "", "brewer": "beer", "carmaker": "cars", "automaker": "cars", "chipmaker": "chips",
	"brasseur": "bière", "constructeur": "", "fabricant": "", "distributeur": "", "company": "",
	"companies": "", "operator": "", "provider": "", "vendor": "", "firm": ""}

// modifiersBefore returns the words before "market" at toks[j] that say which market it is:
// "the French new car market" → "new car".
func modifiersBefore(toks []text.Token, j int) string {
	from := j
	for from > 0 && j-from < 4 {
		t := toks[from-1]
		if text.OneOf(t.Low, "and", "et") && from-1 > 0 && from < j && toks[from-2].Kind == text.TokWord && !marketStops[toks[from-2].Low] {
			from-- // "the public and private corporate markets", "car and truck"
			continue
		}
		if _, month := measure.Months[t.Low]; month || t.Kind != text.TokWord || marketStops[t.Low] || t.Upper && from-1 == 0 ||
			t.Upper && t.Text != strings.ToUpper(t.Text) && toks[from-2].Upper && toks[from-2].Kind == text.TokWord || // "General Motors market share": a name

			strings.HasSuffix(t.Low, "ed") && !strings.Contains(t.Low, "-") {
			break // "had encountered difficult market conditions": a verb, not a kind of market
		}
		from--
	}
	return marketWords(toks[from:j])
}

// marketAfter returns the noun phrase after one of the words preps at toks[i] ("for", "of the"…):
// up to four words, to the next preposition, figure or mark.
func marketAfter(toks []text.Token, i int, preps ...string) string {
	if i >= len(toks) || !text.OneOf(toks[i].Low, preps...) {
		return ""
	}
	return phraseFrom(toks, i+1)
}

// phraseFrom returns up to four words from toks[i], articles skipped, to the next preposition,
// figure or mark.
func phraseFrom(toks []text.Token, i int) string {
	for i < len(toks) && (toks[i].Text == "'" || marketArticles[toks[i].Low]) {
		i++
	}
	to := i
	for to < len(toks) && to-i < 4 {
		t := toks[to]
		if t.Kind != text.TokWord && t.Text != "'" || marketStops[t.Low] && !(t.Low == "d" || t.Low == "de") {
			break
		}
		to++
	}
	for to > i && (toks[to-1].Text == "'" || text.OneOf(toks[to-1].Low, "de", "d", "du", "des")) {
		to--
	}
	return marketWords(toks[i:to])
}

// marcheAfter reads the words after « marché »: an adjective (« le marché automobile ») or a
// complement (« du marché des smartphones », « marché mondial du cloud »).
func marcheAfter(toks []text.Token, i int) string {
	var adj []text.Token
	for i < len(toks) && toks[i].Kind == text.TokWord && !toks[i].Upper && !marketStops[toks[i].Low] && !marketArticles[toks[i].Low] &&
		!text.OneOf(toks[i].Low, "de", "du", "des", "d") && len(adj) < 2 {
		adj = append(adj, toks[i])
		i++
	}
	if m := marketWords(adj); m != "" {
		return m
	}
	if i < len(toks) && text.OneOf(toks[i].Low, "de", "du", "des", "d") {
		j := i + 1
		if toks[i].Low == "d" && j < len(toks) && toks[j].Text == "'" {
			j++
		}
		if j < len(toks) && (toks[j].Low == "ce" || toks[j].Low == "cet" || toks[j].Low == "cette") {
			return "" // « de ce marché »: the one named before
		}
		if j < len(toks) && toks[j].Upper && text.OneOf(toks[i].Low, "de", "d") {
			return "" // « la part de marché d'AWS »: whose share, not which market
		}
		return phraseFrom(toks, j)
	}
	return ""
}

// salesAfter returns "car and truck sales" from "share of U.S. car and truck sales": words that
// end with a noun of sales, shipments or spending.
func salesAfter(toks []text.Token, i int) string {
	for k := i; k < len(toks) && k < i+6; k++ {
		if salesNouns[toks[k].Low] {
			start := i
			for start < k && (marketArticles[toks[start].Low] || marketStops[toks[start].Low]) {
				start++
			}
			return marketWords(toks[start : k+1])
		}
		if toks[k].Kind != text.TokWord && toks[k].Text != "." {
			return ""
		}
	}
	return ""
}

// marketWords joins the words that name a market, lower case (acronyms kept), without regions
// and vague adjectives; "" when none is left.
func marketWords(toks []text.Token) string {
	var words []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if name, n := measure.RegionAt(toks, i); name != "" {
			i += n - 1
			continue
		}
		if t.Kind != text.TokWord || vagueWords[t.Low] || strings.HasSuffix(t.Low, "ly") && len(t.Low) > 4 {
			continue
		}
		w := t.Text
		if !(len(w) <= 4 && strings.ToUpper(w) == w) {
			w = strings.ToLower(w)
		}
		words = append(words, w)
	}
	out := strings.Join(words, " ")
	return strings.ReplaceAll(out, " ' ", "'")
}

// marketArticles open a noun phrase.
var marketArticles = text.VendorWordSet("the", "a", "an", "its", "their", "le", "la", "les", "l", "un", "une", "ses", "sa", "son", "leur", "leurs")

// marketStops end the words of a market's name.
var marketStops = text.VendorWordSet("the", "a", "an", "its", "their", "his", "her", "of", "in", "to", "for",
	"on", "at", "by", "with", "from", "and", "or", "en", "au", "aux", "dans", "selon", "avec", "sur",
	"pour", "par", "qui", "que", "et", "ou", "which", "that", "s", "is", "was", "are", "will", "has",
	"have", "had", "est", "a", "de", "d", "du", "des", "share", "shares", "part", "parts", "dlr",
	"dlrs", "dollar", "dollars", "billion", "mln", "million", "milliards", "millions", "euros", "pct",
	"percent", "ce", "cette", "cet", "this", "whole", "entire", "total", "overall", "said", "estimated",
	"rose", "fell", "grew", "were", "reached", "remained", "stood", "climbed", "slipped", "dropped",
	"jumped", "increased", "decreased", "declined", "atteint", "passe", "progresse", "recule", "reste",
	"il", "elle", "ils", "elles", "est", "sont", "etait", "ont", "avaient", "avait", "five", "four", "three", "two", "six")

// vagueWords say nothing of which market it is.
var vagueWords = text.VendorWordSet("domestic", "home", "local", "national", "international", "foreign",
	"world", "worldwide", "global", "overall", "total", "entire", "whole", "same", "such", "other",
	"selected", "key", "important", "major", "main", "emerging", "mature", "growing", "competitive",
	"tough", "open", "free", "new-found", "interieur", "domestique", "national", "nationale",
	"mondial", "mondiale", "global", "globale", "ensemble", "total", "totale", "meme", "autres",
	"important", "gros", "grand", "petit", "premier", "second", "dernier", "entier", "year", "annee",
	"hexagonal", "hexagonale", "largest", "biggest", "leading", "regional", "single", "market",
	"markets", "marche", "marches", "industry", "sector", "secteur", "highest", "history", "difficult",
	"weak", "strong", "slow", "early", "late", "mid", "most", "much", "all", "part", "half", "analyst", "research", "consulting", "law", "brokerage", "parent", "holding", "listed", "sister",
	"subsidiary", "state-owned", "investment", "new", "small", "big", "large", "second", "third", "depressed", "buoyant", "saturated", "fragmented", "crowded", "volatile",
	// Words of the market's condition: "a tight market", « un marché morose ».
	"tight", "sluggish", "stagnant", "slack", "sagging", "shrinking", "declining", "booming",
	"lacklustre", "lackluster", "challenging", "uncertain", "turbulent", "healthy", "robust",
	"serre", "morose", "atone", "tendu", "deprime", "maussade", "difficile", "porteur", "dynamique",
	"florissant", "concurrentiel", "sature", "volatil", "baissier", "haussier", "fragile")

// salesNouns end a market told by what is sold.
var salesNouns = text.VendorWordSet("sales", "shipments", "deliveries", "imports", "exports", "spending",
	"registrations", "orders", "production", "output", "consumption", "ventes", "livraisons",
	"immatriculations", "depenses")

// cloudMarket returns the cloud market a sentence names ("IaaS", "public cloud", "cloud"), or "".
func cloudMarket(toks []text.Token) string {
	best := ""
	for i, t := range toks {
		w := t.Low
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Low
		}
		// "Google Cloud", "Oracle Cloud Infrastructure": a name, not a market.
		named := w == "cloud" && i > 0 && t.Upper && toks[i-1].Upper
		switch {
		case w == "iaas" || w == "paas" || w == "saas":
			return t.Text
		case w == "public" && next == "cloud" || w == "cloud" && next == "public":
			best = "public cloud"
		case w == "cloud" && !named && strings.HasPrefix(next, "infrastructure") || w == "infrastructures" && next == "cloud":
			if best == "" || best == "cloud" {
				best = "cloud infrastructure services"
			}
		case w == "cloud" && best == "" && !named:
			best = "cloud"
		}
	}
	return best
}

// percentMarket returns the market named right after a percentage, in its clause: "40 pct of
// Japan's personal computer market", "67% of server processors", « 22 % du marché des
// smartphones »; "" when the clause names none ("31% of the market").
func percentMarket(toks []text.Token, end int) string {
	to := end
	for to < len(toks) && to < end+10 && toks[to].Text != "," && toks[to].Text != ";" && toks[to].Kind != text.TokNumber {
		to++
	}
	if m := findMarket(toks[end:to]); m != "" {
		return m
	}
	if end+1 < to && text.OneOf(toks[end].Low, "of", "des") && toks[end+1].Kind == text.TokWord && !toks[end+1].Upper &&
		!marketArticles[toks[end+1].Low] && !marketStops[toks[end+1].Low] && !vagueWords[toks[end+1].Low] {
		return phraseFrom(toks, end+1) // "67% of server processors"
	}
	return ""
}

// salesMarket returns the goods whose sales a share sentence measures when it names no market:
// "Japanese camera sales fell to 2 mln units, although Kestrel raised its market penetration to
// 14 pct" → "camera sales", « les ventes de trottinettes ont reculé, Veloria en détenant 30 % »
// → "trottinettes", "the sale of tablets" → "tablets". Sales told as results ("net sales", "its
// sales", « les ventes du groupe ») or a sale of a company or its assets ("the sale of Kestrel",
// « la vente de ses filiales ») name no market.
func salesMarket(toks []text.Token) string {
	for j, t := range toks {
		// « la vente de téléphones »: the singular sells goods only when a plural follows (not
		// « la vente de sa filiale »).
		single := text.OneOf(t.Low, "vente", "sale")
		if !salesNouns[t.Low] && !single || t.Upper && j > 0 {
			continue
		}
		if j+2 < len(toks) && text.OneOf(toks[j+1].Low, "de", "des", "d", "of") {
			k := j + 2
			for k < len(toks) && (toks[k].Text == "'" || marketArticles[toks[k].Low]) {
				k++
			}
			if k < len(toks) && toks[k].Kind == text.TokWord && !toks[k].Upper && !resultSalesWords[toks[k].Low] &&
				(!single || strings.HasSuffix(toks[k].Low, "s") || strings.HasSuffix(toks[k].Low, "x")) {
				if m := phraseFrom(toks, j+2); m != "" {
					return m
				}
			}
			continue
		}
		if single || j > 0 && resultSalesWords[toks[j-1].Low] {
			continue
		}
		if m := modifiersBefore(toks, j); m != "" {
			return strings.ToLower(m + " " + t.Text)
		}
	}
	return ""
}

// resultSalesWords make sales a company's results, not a market's: "net sales", « les ventes
// du groupe ».
var resultSalesWords = text.VendorWordSet("net", "gross", "annual", "quarterly", "group", "company",
	"consolidated", "fiscal", "retail", "comparable", "same-store", "record", "unit", "capital",
	"nettes", "annuelles", "groupe", "societe", "entreprise", "consolidees", "magasins", "actions",
	"titres", "parts", "participations", "actifs", "activites", "filiales", "biens", "billets", "places",
	"produits", "products", "assets", "businesses", "units", "stakes", "shares", "bonds", "notes", "securities",
	"subsidiaries", "operations", "tickets", "seats")
