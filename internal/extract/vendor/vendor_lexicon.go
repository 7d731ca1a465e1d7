package vendor

import (
	"strings"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// phraseSet is a set of one-word or several-word phrases, folded, looked up by the word they end
// with (constructions read a cue just before a name).
type phraseSet map[string][][]string

// endsAt reports whether one of the phrases ends at toks[i].
func (ps phraseSet) endsAt(toks []text.Token, i int) bool {
	return ps.startOf(toks, i) >= 0
}

// startOf returns the first token of the longest phrase that ends at toks[i], or -1.
func (ps phraseSet) startOf(toks []text.Token, i int) int {
	best := -1
	for _, p := range ps[toks[i].Low] {
		k := i - len(p) + 1
		if k < 0 || (best >= 0 && k >= best) {
			continue
		}
		ok := true
		for j, w := range p {
			ok = ok && toks[k+j].Low == w
		}
		if ok {
			best = k
		}
	}
	return best
}

// has reports whether the one-word phrase w is in the set.
func (ps phraseSet) has(w string) bool {
	for _, p := range ps[w] {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// vendorLexicon holds the vendor.* lists of the lexicon (lexicon/data/vendor.txt), by name.
var vendorLexicon = lexiconPhrases(lexicon.Default(), "vendor")

// The lists of lexicon/data/vendor.txt, one per kind (see the comments there).
var (
	lexCue             = vendorLexicon["cue"]
	lexFacility        = vendorLexicon["facility"]
	lexCuePlural       = vendorLexicon["cue_plural"]
	lexListOpener      = vendorLexicon["list_opener"]
	lexBridgeAdjective = vendorLexicon["bridge_adjective"]
	lexRole            = vendorLexicon["role"]
	lexRelation        = vendorLexicon["relation"]
	lexBusinessVerb    = vendorLexicon["business_verb"]
	lexBusinessPart    = vendorLexicon["business_participle"]
	lexStockVerb       = vendorLexicon["stock_verb"]
	lexStockUnit       = vendorLexicon["stock_unit"]
	lexFirstNames      = vendorLexicon["first_name"]
	lexHolding         = vendorLexicon["holding"]
	lexPossessed       = vendorLexicon["possessed"]
	lexNotCompany      = vendorLexicon["not_company"]
	lexCountry         = vendorLexicon["country"]
	lexDealNoun        = vendorLexicon["deal_noun"]
	lexProductNoun     = vendorLexicon["product_noun"]
)

// lexiconPhrases returns the lists of lx whose kind is prefix.name, by name: their phrases
// folded, a phrase's words split.
func lexiconPhrases(lx *lexicon.Lexicon, prefix string) map[string]phraseSet {
	out := map[string]phraseSet{}
	for _, kind := range lx.Prefixed(prefix) {
		ps := phraseSet{}
		for _, w := range lx.Words(kind) {
			words := strings.Split(text.Fold(w), " ")
			last := words[len(words)-1]
			ps[last] = append(ps[last], words)
		}
		out[strings.TrimPrefix(kind, prefix+".")] = ps
	}
	return out
}

// init adds the first names of the lexicon to those of vendor_words.go, which every rule that
// tells people from companies reads, and its one-word cue nouns to the cue nouns (with their
// screen, cueNounSig).
func init() {
	for w := range lexNotCompany {
		notCompanyWords[w] = true
	}
	for w, ps := range lexCue {
		for _, p := range ps {
			if len(p) == 1 {
				text.CueNouns[w], text.CompanyOnlyCues[w] = true, true
				text.CueNounSig.Add(w)
			}
		}
	}
	for w, ps := range lexFirstNames {
		for _, p := range ps {
			if len(p) == 1 {
				text.FirstNames[w] = true
			}
		}
	}
}

// notCompanyWords are the words of lexNotCompany, and the first words no constructed name starts
// with.
var notCompanyWords = map[string]bool{}
