package extract

import "strings"

// appositiveCue reports whether toks[i:] describe a company in apposition: an article or a
// possessive, at most four lower-case words, then a company-only cue noun ("a 200-person
// consultancy", "une start-up nantaise", "the French cloud provider", "son fabricant").
func appositiveCue(toks []token, i int) bool {
	if i >= len(toks) || !oneOf(toks[i].low, "a", "an", "the", "un", "une", "le", "la", "l", "son", "sa", "its", "their", "leur") {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := toks[j]
		if oneOf(t.low, "de", "du", "des", "d", "of", "for", "pour", "au", "aux", "with", "avec", "at", "chez") {
			return false // "le chanteur du groupe": the head noun came before
		}
		if companyOnlyCues[t.low] && isLowerStart(t.text) {
			// The cue must be the head noun: "a former company executive" is a person.
			k := j + 1
			if k < len(toks) && demonym(toks[k].low) {
				k++ // "une start-up nantaise", "l'éditeur lyonnais"
			}
			return k >= len(toks) || toks[k].kind == tokPunct && toks[k].text != "-" && toks[k].text != "'" ||
				appositionTail[toks[k].low]
		}
		if t.kind == tokPunct && t.text != "-" && t.text != "'" ||
			isUpperStart(t.text) && !nationalities[t.low] && !strings.HasSuffix(t.low, "-based") {
			return false
		}
	}
	return false
}

// cueBeforeComma reports whether the comma at toks[i] closes a phrase that a cue noun heads, so
// that the name after the comma is the company it describes: "its Japanese competitor, Komatsu,",
// "du géant américain des snacks et céréales, Kellogg", "Son rival français, Renault".
func cueBeforeComma(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		t := toks[j]
		if t.kind == tokPunct && t.text != "'" && t.text != "-" || t.upper && !nationalities[t.low] {
			return false
		}
		if cueNouns[t.low] && !t.upper {
			// A bare cue after a definite article refers back and a new clause follows
			// ("Selon l'entreprise, Orange…"); "son rival français, Renault", "its
			// competitor, Komatsu" and "du géant américain des snacks, Kellogg" introduce.
			return !(j == i-1 && j > 0 && oneOf(toks[j-1].low, "le", "la", "l", "the", "cette", "this", "that", "ce"))
		}
	}
	return false
}

// companyCueBeforeComma reports whether the cue that cueBeforeComma found names only companies
// ("du constructeur japonais, Toyota Gazoo Racing"): the name after the comma is then no person.
func companyCueBeforeComma(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if cueNouns[toks[j].low] && !toks[j].upper {
			return companyOnlyCues[toks[j].low]
		}
	}
	return false
}

// demonym reports whether the folded word w is an adjective of place, as French puts them after
// the noun: "française", "nantaise", "lyonnais", "parisienne", "marseillaise".
func demonym(w string) bool {
	if nationalities[w] {
		return true
	}
	for _, suf := range []string{"aise", "ais", "oise", "ois", "ienne", "ien", "aine", "ain"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// bridgeAdjective reports whether the folded lower-case word w is an adjective that may stand
// between a cue noun and the name: "le constructeur automobile Renault", "la chaîne hôtelière
// Hilton", "le groupe pharmaceutique Sanofi". Listed, or by an adjective's ending.
func bridgeAdjective(w string) bool {
	if lexBridgeAdjective.has(w) || demonym(w) {
		return true
	}
	for _, suf := range []string{"ique", "iques", "iere", "ieres", "aire", "aires", "elle", "elles", "ive", "ives", "ale", "ales"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// frenchNationalNoun reports whether toks[i] is a nationality used as a noun: "l'américain",
// "le chinois", "du belge", "les japonais".
func frenchNationalNoun(toks []token, i int) bool {
	if !nationalities[toks[i].low] || i == 0 {
		return false
	}
	p := toks[i-1].low
	return oneOf(p, "le", "la", "du", "au", "les", "des", "aux") || (p == "'" && i > 1 && toks[i-2].low == "l")
}

// skipBridge skips, after a cue noun, nationality adjectives, other adjectives and complements
// such as "de logiciels" or "du cloud", returning where the name should start.
func skipBridge(toks []token, p int, allow, domain bool) int {
	if !allow {
		return p
	}
	for steps := 0; p < len(toks) && steps < 4; steps++ {
		w := toks[p].low
		switch {
		case nationalities[w] && !(toks[p].upper && p+1 < len(toks) && nationalities[toks[p+1].low]):
			p++ // but "British American Tobacco" is a name
		case !toks[p].upper && demonym(w) && !oneOf(toks[p-1].low, "groupe", "group"):
			p++ // "la start-up bordelaise Nuvélia"; "le groupe toulonnais X" is a band as often
		case !toks[p].upper && toks[p].kind == tokWord && !demonym(w) && bridgeAdjective(w) && nameWithin(toks, p+1, 2):
			p++ // "le constructeur automobile Renault"
		case (w == "de" || w == "du" || w == "des" || w == "of") && p+1 < len(toks) && isLowerStart(toks[p+1].text):
			p += 2
			// "le spécialiste de la cybersécurité Wallix", "le géant de l'agrochimie Monsanto";
			// not "le cabinet du ministre de l'Intérieur".
			if art := toks[p-1].low; domain && (art == "la" || art == "le" || art == "les" || art == "l") {
				q := p
				if art == "l" && q < len(toks) && toks[q].text == "'" {
					q++
				}
				if q < len(toks) && isLowerStart(toks[q].text) {
					p = q + 1
				}
			}
		case w == "d" && p+2 < len(toks) && toks[p+1].text == "'" && isLowerStart(toks[p+2].text):
			p += 3
		default:
			return p
		}
	}
	return p
}

// nameWithin reports whether a capitalised word or an opening quote comes within n tokens of p.
func nameWithin(toks []token, p, n int) bool {
	for k := p; k < len(toks) && k < p+n; k++ {
		if toks[k].upper || isQuote(toks[k].text) {
			return true
		}
		if toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}

// isQuote reports whether s is an opening quotation mark.
func isQuote(s string) bool { return s == `"` || s == "«" || s == "“" }

// quotedName returns the end of a name quoted at toks[p] ("le mensuel « La Recherche »"): the
// token after its last word, when a capitalised word opens it and the quote closes within
// seven words; else p.
func quotedName(toks []token, p int) (from, to int) {
	if p+1 >= len(toks) || !isQuote(toks[p].text) || !toks[p+1].upper {
		return p, p
	}
	lower := 0
	for q := p + 2; q < len(toks) && q <= p+8; q++ {
		switch toks[q].text {
		case `"`, "»", "”":
			if lower*2 > q-p-1 {
				return p, p // "« La maîtresse part en live »": a title, not a name
			}
			return p + 1, q
		case ",", ".", ";", ":", "(", ")":
			return p, p
		}
		if isLowerStart(toks[q].text) && !oneOf(toks[q].low, "et", "de", "du", "des", "and", "of", "la", "le", "the") {
			lower++
		}
	}
	return p, p
}
