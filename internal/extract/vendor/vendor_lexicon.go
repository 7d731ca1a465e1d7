package vendor

import (
	"marketbrief/internal/extract/text"

	_ "embed"
	"strings"
)

// vendorLexiconText holds the word lists of the vendor constructions: data, so that a new cue
// or verb is a line of text, not code.
//
//go:embed vendor_lexicon.txt
var vendorLexiconText string

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

// lexicon is the parsed vendor_lexicon.txt: section name → phrases.
var lexicon = parseLexicon(vendorLexiconText)

// The lists of vendor_lexicon.txt, one per section (see the comments there).
var (
	lexCue             = lexicon["cue"]
	lexFacility        = lexicon["facility"]
	lexCuePlural       = lexicon["cue_plural"]
	lexListOpener      = lexicon["list_opener"]
	lexBridgeAdjective = lexicon["bridge_adjective"]
	lexRole            = lexicon["role"]
	lexRelation        = lexicon["relation"]
	lexBusinessVerb    = lexicon["business_verb"]
	lexBusinessPart    = lexicon["business_participle"]
	lexStockVerb       = lexicon["stock_verb"]
	lexStockUnit       = lexicon["stock_unit"]
	lexFirstNames      = lexicon["first_name"]
	lexHolding         = lexicon["holding"]
	lexPossessed       = lexicon["possessed"]
	lexNotCompany      = lexicon["not_company"]
	lexCountry         = lexicon["country"]
	lexDealNoun        = lexicon["deal_noun"]
	lexProductNoun     = lexicon["product_noun"]
)

// parseLexicon reads "[section]" headers and the words under them; "#" starts a comment.
// Words are folded; "_" joins the words of a phrase.
func parseLexicon(src string) map[string]*phraseSet {
	out := map[string]*phraseSet{}
	var cur *phraseSet
	for _, line := range strings.Split(src, "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			if len(out) == 64 {
				panic("vendor_lexicon.txt: more than 64 sections")
			}
			cur = &phraseSet{byLast: map[string][][]string{}, bit: 1 << len(out)}
			out[line[1:len(line)-1]] = cur
			continue
		}
		if cur == nil {
			continue
		}
		for _, w := range strings.Fields(line) {
			cur.add(strings.Split(text.Fold(w), "_"))
		}
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
