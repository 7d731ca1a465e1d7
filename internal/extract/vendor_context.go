package extract

import "strings"

// learnNames records in local the companies that one sentence names without the dictionary
// knowing them, recognised from context:
//   - a legal form after a capitalised name: "Acme Widgets Inc", "Qonto SAS";
//   - a noun saying what the company is, before the name: "the start-up Qonto", "la société
//     Qonto", "l'éditeur français de logiciels Qonto", "cloud provider Qonto";
//   - a French nationality used as a noun: "l'américain Qonto", "le chinois Qonto";
//   - a capitalised name ending in a company word: "Cloud Technology Partners", "Acme Networks";
//   - an acronym defined in brackets after a name: "Cloud Technology Partners (CTP)".
//
// Names in Title Case sentences are not learned: capitals say nothing there.
func (e *Extractor) learnNames(local *docNames, s string, toks []token, ms []Mention, titleCase bool) {
	covered := make([]bool, len(toks))
	mi := 0
	for i, t := range toks {
		for mi < len(ms) && ms[mi].End <= t.start {
			mi++
		}
		covered[i] = mi < len(ms) && ms[mi].Start <= t.start
	}
	if !titleCase {
		nextUpper := len(toks)
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].upper {
				nextUpper = i
			}
			// A cue noun needs a capitalised name within a few words.
			if !toks[i].upper && nextUpper-i > 6 && !(toks[i].text == "," && i > 0 && toks[i-1].upper) {
				continue
			}
			from, to := e.contextName(toks, covered, i)
			if to <= from {
				continue
			}
			if to < len(toks) && (to-from == 1 && firstNames[toks[from].low] && toks[to].upper || politicalWords[toks[to].low]) {
				continue // "le patron du groupe Gilles Le Gendre", "le groupe Union centriste"
			}
			surface := s[toks[from].start:toks[to-1].end]
			if name, known := e.dict.Canonical(surface); !known && validName(toks[from:to]) {
				local.add(surface, name)
				e.learnAcronym(local, toks, to, name)
			}
		}
	}
	if !titleCase && strings.Contains(s, "%") && hasShareBigram(toks) {
		e.learnShareHolders(local, s, toks, covered)
	}
	for _, m := range ms {
		for i, t := range toks {
			if t.start == m.End {
				e.learnAcronym(local, toks, i, m.Name)
			}
		}
	}
}

// learnShareHolders learns the names given a share in brackets in a sentence about market
// shares: "devant Carrefour (19,2 %) et Intermarché (15,2 %)".
func (e *Extractor) learnShareHolders(local *docNames, s string, toks []token, covered []bool) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+1].kind != tokNumber || percentUnit(toks, i+2) == 0 {
			continue
		}
		from := nameRunBefore(toks, covered, i)
		if from == i || connectives[toks[from].low] || !validName(toks[from:i]) || personLike(toks[from:i]) {
			continue
		}
		surface := s[toks[from].start:toks[i-1].end]
		if name, known := e.dict.Canonical(surface); !known {
			local.add(surface, name)
		}
	}
}

// contextName returns the token range [from, to) of a company name that toks[i] signals, or an
// empty range.
func (e *Extractor) contextName(toks []token, covered []bool, i int) (from, to int) {
	t := toks[i]
	f := t.low
	// Cheap screens first: most tokens are no cue at all.
	legal := legalSig.may(t.text)
	// A cue noun is lower case, or capitalised as the sentence's first word ("Start-up Nimbara,
	// based in Oslo, …").
	noun := (!t.upper || i == 0 && openingCues[f]) && cueNounSig.may(f)
	word := t.upper && companyWordSig.may(f)
	if t.kind == tokPunct && t.text != "," || t.kind != tokPunct && !legal && !noun && !word {
		return 0, 0
	}
	switch {
	case legal && legalForms[t.text] && i > 0:
		end := i
		if toks[end-1].text == "," {
			end--
		}
		from := nameRunBefore(toks, covered, end)
		if from > 0 && oneOf(toks[from-1].low, "and", "et") {
			return 0, 0 // "Procter and Gamble Co": only the end of the name would be read
		}
		return from, end
	case noun && t.kind == tokWord && (isLowerStart(t.text) || i == 0) && (cueNouns[f] || frenchNationalNoun(toks, i)):
		if (f == "groupe" || f == "group") && notFirmGroup(toks, i+1) {
			return 0, 0 // "le groupe de réflexion australien ASPI", "un groupe de travail"
		}
		p := skipBridge(toks, i+1, cueNouns[f], domainHeads[f])
		q := nameRunAfter(toks, covered, p)
		if !companyOnlyCues[f] && personLike(toks[p:q]) {
			return 0, 0
		}
		return p, q
	case t.text == "," && i > 0 && appositiveCue(toks, i+1):
		// "Nimbara, a Boston-based start-up", "Kelvane, une start-up nantaise"
		from := nameRunBefore(toks, covered, i)
		if from == i || (from > 0 && covered[from-1]) || from == 0 && i == 1 && connectives[toks[0].low] ||
			personLike(toks[from:i]) {
			return 0, 0 // "Moreover, the company…", "Mick Jagger, …"
		}
		return from, i
	case word && companyWords[f] && isUpperStart(t.text) && i > 0 && !covered[i]:
		from := nameRunBefore(toks, covered, i)
		if from == i || (from > 0 && covered[from-1]) {
			return 0, 0
		}
		return from, i + 1
	}
	return 0, 0
}

// appositiveCue reports whether toks[i:] describe a company in apposition: an article, at most
// four lower-case words, then a company-only cue noun ("a 200-person consultancy", "une start-up
// nantaise", "the French cloud provider").
func appositiveCue(toks []token, i int) bool {
	if i >= len(toks) || !oneOf(toks[i].low, "a", "an", "the", "un", "une", "le", "la", "l") {
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

// frenchNationalNoun reports whether toks[i] is a nationality used as a noun: "l'américain",
// "le chinois".
func frenchNationalNoun(toks []token, i int) bool {
	if !nationalities[toks[i].low] || i == 0 {
		return false
	}
	p := toks[i-1].low
	return p == "le" || p == "la" || (p == "'" && i > 1 && toks[i-2].low == "l")
}

// skipBridge skips, after a cue noun, nationality adjectives and complements such as "de
// logiciels" or "du cloud", returning where the name should start.
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

// openingCues are the cue nouns that may open a sentence with a capital and still be no part of
// the name after them: not "Société" (Société Générale), "Groupe" or "Company", nor "Firm"
// ("Firm Argentine markets").
var openingCues = vendorWordSet("startup", "start-up", "provider", "vendor", "subsidiary",
	"chipmaker", "filiale", "editeur", "fournisseur", "hebergeur", "licorne", "unicorn")

// domainHeads are the cue nouns that a field of business may follow before the name: "le
// spécialiste de la cybersécurité Wallix", "the giant of the chip industry".
var domainHeads = vendorWordSet("specialiste", "geant", "specialist", "giant", "leader", "pure-player")

// nameRunAfter returns the end of the capitalised words (at most five) that start at p; "&",
// "of" and "de" join words inside a name ("Johnson & Johnson", "Bank of America"); "and" and
// "et" do not, they join lists.
func nameRunAfter(toks []token, covered []bool, p int) int {
	q, words := p, 0
	for q < len(toks) && words < 5 {
		switch {
		case nameToken(toks, covered, q):
			q++
			words++
		case q > p && q+1 < len(toks) && nameJoiner(toks[q]) && nameToken(toks, covered, q+1):
			q++
		default:
			return q
		}
	}
	return q
}

// nameRunBefore returns the start of the capitalised words (at most five) that end before end,
// joiners and possessives included ("Moody's Investors Service").
func nameRunBefore(toks []token, covered []bool, end int) int {
	p, words := end, 0
	for p > 0 && words < 5 {
		switch {
		case nameToken(toks, covered, p-1):
			p--
			words++
		case p < end && p-2 >= 0 && nameJoiner(toks[p-1]) && nameToken(toks, covered, p-2):
			p--
		case p < end && p-3 >= 0 && toks[p-1].text == "s" && toks[p-2].text == "'" && nameToken(toks, covered, p-3):
			p -= 2
		default:
			return p
		}
	}
	return p
}

// nameJoiner reports whether t can join the words of a company name.
func nameJoiner(t token) bool {
	return t.text == "&" || t.text == "of" || t.text == "de"
}

// nameToken reports whether toks[i] can be part of a company name recognised from context.
func nameToken(toks []token, covered []bool, i int) bool {
	t := toks[i]
	if covered[i] {
		return false
	}
	if t.text == "&" {
		return true
	}
	return t.kind == tokWord && isUpperStart(t.text) && !notNameWords[t.low] && !legalForms[t.text]
}

// notFirmGroup reports whether the words at toks[p] make "groupe" a group of people: "de
// réflexion", "de travail", "de pression", "d'experts", "de musique", "de rock", "of experts".
func notFirmGroup(toks []token, p int) bool {
	if p+1 >= len(toks) || !oneOf(toks[p].low, "de", "d", "of") {
		return false
	}
	q := p + 1
	if toks[q].text == "'" && q+1 < len(toks) {
		q++
	}
	return oneOf(toks[q].low, "reflexion", "travail", "pression", "experts", "musique", "rock", "rap",
		"parole", "contact", "amis", "supporters", "manifestants", "rebelles", "jihadistes", "hackers", "pirates")
}
