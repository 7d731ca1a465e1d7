package vendor

import (
	"strings"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// phraseSet is a set of one-word or several-word phrases, folded, looked up by the word they end
// with (constructions read a cue just before a name). sig screens the last words: constructions
// ask about every word of every sentence, and most are in no set, so the screen spares the map
// lookup (hashing the word) for most of them.
type phraseSet struct {
	byLast map[string][][]string
	sig    text.WordSig
	bit    uint64 // the set's bit in lastWords
}

// add puts the phrase words (folded) in the set.
func (ps *phraseSet) add(words []string) {
	last := words[len(words)-1]
	ps.byLast[last] = append(ps.byLast[last], words)
	ps.sig.Add(last)
	lastWords[last] |= ps.bit
	lastWordSig.Add(last)
}

// lastWords gives for each word the bits of the sets that have a phrase ending with it, so
// that a rule asking several sets about one word looks it up once (see lastBits); lastWordSig
// screens it.
var (
	lastWords   = map[string]uint64{}
	lastWordSig text.WordSig
)

// lastBits returns the bits of the sets that have a phrase ending with the folded word w.
func lastBits(w string) uint64 {
	if !lastWordSig.May(w) {
		return 0
	}
	return lastWords[w]
}

// endsIn is endsAt for a word whose lastBits are bits: false at once unless the set has a
// phrase ending with it.
func (ps *phraseSet) endsIn(bits uint64, toks []text.Token, i int) bool {
	return bits&ps.bit != 0 && ps.startOf(toks, i) >= 0
}

// endsAt reports whether one of the phrases ends at toks[i].
func (ps *phraseSet) endsAt(toks []text.Token, i int) bool {
	return ps.startOf(toks, i) >= 0
}

// startOf returns the first token of the longest phrase that ends at toks[i], or -1.
func (ps *phraseSet) startOf(toks []text.Token, i int) int {
	w := toks[i].Low
	if !ps.sig.May(w) {
		return -1
	}
	best := -1
	for _, p := range ps.byLast[w] {
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
func (ps *phraseSet) has(w string) bool {
	if !ps.sig.May(w) {
		return false
	}
	for _, p := range ps.byLast[w] {
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
// folded, a phrase's words split, each set with its own bit in lastWords.
func lexiconPhrases(lx *lexicon.Lexicon, prefix string) map[string]*phraseSet {
	out := map[string]*phraseSet{}
	kinds := lx.Prefixed(prefix)
	if len(kinds) > 64 {
		panic("lexicon: more than 64 vendor.* kinds (lastWords holds one bit per kind)")
	}
	for n, kind := range kinds {
		ps := &phraseSet{byLast: map[string][][]string{}, bit: 1 << n}
		for _, w := range lx.Words(kind) {
			ps.add(strings.Split(text.Fold(w), " "))
		}
		out[strings.TrimPrefix(kind, prefix+".")] = ps
	}
	return out
}

// init adds the first names of the lexicon to those of vendor_words.go, which every rule that
// tells people from companies reads, and its one-word cue nouns to the cue nouns (with their
// screen, cueNounSig).
func init() {
	for w := range lexNotCompany.byLast {
		notCompanyWords[w] = true
	}
	for w, ps := range lexCue.byLast {
		for _, p := range ps {
			if len(p) == 1 {
				text.CueNouns[w], text.CompanyOnlyCues[w] = true, true
				text.CueNounSig.Add(w)
			}
		}
	}
	for w, ps := range lexFirstNames.byLast {
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
