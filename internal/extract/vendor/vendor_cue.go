package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// appositiveCue reports whether toks[i:] describe a company in apposition: an article or a
// possessive, at most four lower-case words, then a company-only cue noun ("a 200-person
// consultancy", "une start-up nantaise", "the French cloud provider", "son fabricant").
func appositiveCue(toks []text.Token, i int) bool {
	if i >= len(toks) || !text.OneOf(toks[i].Low, "a", "an", "the", "un", "une", "le", "la", "l", "son", "sa", "its", "their", "leur") {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := toks[j]
		if text.OneOf(t.Low, "de", "du", "des", "d", "of", "for", "pour", "au", "aux", "with", "avec", "at", "chez") {
			return false // "le chanteur du groupe": the head noun came before
		}
		if text.CompanyOnlyCues[t.Low] && text.IsLowerStart(t.Text) {
			// The cue must be the head noun: "a former company executive" is a person.
			k := j + 1
			if k < len(toks) && demonym(toks[k].Low) {
				k++ // "une start-up nantaise", "l'éditeur lyonnais"
			}
			return k >= len(toks) || toks[k].Kind == text.TokPunct && toks[k].Text != "-" && toks[k].Text != "'" ||
				text.AppositionTail[toks[k].Low]
		}
		if t.Kind == text.TokPunct && t.Text != "-" && t.Text != "'" ||
			text.IsUpperStart(t.Text) && !text.Nationalities[t.Low] && !strings.HasSuffix(t.Low, "-based") {
			return false
		}
	}
	return false
}

// cueBeforeComma reports whether the comma at toks[i] closes a phrase that a cue noun heads, so
// that the name after the comma is the company it describes: "its Japanese competitor, Komatsu,",
// "du géant américain des snacks et céréales, Kellogg", "Son rival français, Renault".
func cueBeforeComma(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		t := toks[j]
		if t.Kind == text.TokPunct && t.Text != "'" && t.Text != "-" || t.Upper && !text.Nationalities[t.Low] {
			return false
		}
		if text.CueNouns[t.Low] && !t.Upper {
			// A bare cue after a definite article refers back and a new clause follows
			// ("Selon l'entreprise, Orange…"); "son rival français, Renault", "its
			// competitor, Komatsu" and "du géant américain des snacks, Kellogg" introduce.
			return !(j == i-1 && j > 0 && text.OneOf(toks[j-1].Low, "le", "la", "l", "the", "cette", "this", "that", "ce"))
		}
	}
	return false
}

// companyCueBeforeComma reports whether the cue that cueBeforeComma found names only companies
// ("du constructeur japonais, Toyota Gazoo Racing"): the name after the comma is then no person.
func companyCueBeforeComma(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if text.CueNouns[toks[j].Low] && !toks[j].Upper {
			return text.CompanyOnlyCues[toks[j].Low]
		}
	}
	return false
}

// demonym reports whether the folded word w is an adjective of place, as French puts them after
// the noun: "française", "nantaise", "lyonnais", "parisienne", "marseillaise".
func demonym(w string) bool {
	if text.Nationalities[w] {
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
func frenchNationalNoun(toks []text.Token, i int) bool {
	if !text.Nationalities[toks[i].Low] || i == 0 {
		return false
	}
	p := toks[i-1].Low
	return text.OneOf(p, "le", "la", "du", "au", "les", "des", "aux") || (p == "'" && i > 1 && toks[i-2].Low == "l")
}

// skipBridge skips, after a cue noun, nationality adjectives, other adjectives and complements
// such as "de logiciels" or "du cloud", returning where the name should start.
func skipBridge(toks []text.Token, p int, allow, domain bool) int {
	if !allow {
		return p
	}
	for steps := 0; p < len(toks) && steps < 4; steps++ {
		w := toks[p].Low
		switch {
		case text.Nationalities[w] && !(toks[p].Upper && p+1 < len(toks) && text.Nationalities[toks[p+1].Low]):
			p++ // but "British American Tobacco" is a name
		case !toks[p].Upper && demonym(w) && !text.OneOf(toks[p-1].Low, "groupe", "group"):
			p++ // "la start-up bordelaise Nuvélia"; "le groupe toulonnais X" is a band as often
		case !toks[p].Upper && toks[p].Kind == text.TokWord && !demonym(w) && bridgeAdjective(w) && nameWithin(toks, p+1, 2):
			p++ // "le constructeur automobile Renault"
		case (w == "de" || w == "du" || w == "des" || w == "of") && p+1 < len(toks) && text.IsLowerStart(toks[p+1].Text):
			p += 2
			// "le spécialiste de la cybersécurité Wallix", "le géant de l'agrochimie Monsanto";
			// not "le cabinet du ministre de l'Intérieur".
			if art := toks[p-1].Low; domain && (art == "la" || art == "le" || art == "les" || art == "l") {
				q := p
				if art == "l" && q < len(toks) && toks[q].Text == "'" {
					q++
				}
				if q < len(toks) && text.IsLowerStart(toks[q].Text) {
					p = q + 1
				}
			}
		case w == "d" && p+2 < len(toks) && toks[p+1].Text == "'" && text.IsLowerStart(toks[p+2].Text):
			p += 3
		default:
			return p
		}
	}
	return p
}

// nameWithin reports whether a capitalised word or an opening quote comes within n tokens of p.
func nameWithin(toks []text.Token, p, n int) bool {
	for k := p; k < len(toks) && k < p+n; k++ {
		if toks[k].Upper || isQuote(toks[k].Text) {
			return true
		}
		if toks[k].Kind == text.TokPunct {
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
func quotedName(toks []text.Token, p int) (from, to int) {
	if p+1 >= len(toks) || !isQuote(toks[p].Text) || !toks[p+1].Upper {
		return p, p
	}
	lower := 0
	for q := p + 2; q < len(toks) && q <= p+8; q++ {
		switch toks[q].Text {
		case `"`, "»", "”":
			if lower*2 > q-p-1 {
				return p, p // "« La maîtresse part en live »": a title, not a name
			}
			return p + 1, q
		case ",", ".", ";", ":", "(", ")":
			return p, p
		}
		if text.IsLowerStart(toks[q].Text) && !text.OneOf(toks[q].Low, "et", "de", "du", "des", "and", "of", "la", "le", "the") {
			lower++
		}
	}
	return p, p
}
