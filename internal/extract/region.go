package extract

import (
	"strings"

	"marketbrief/internal/extract/lexicon"
)

// region is a geographic market named in a sentence, with how surely it qualifies a market:
// 3 attached to the word market ("the Chinese market", "le marché européen"), 2 a place after a
// preposition ("in China", "en Europe") or a possessive ("China's"), 1 a vaguer world word.
type region struct {
	name     string
	strength int
	pos      int
}

// regionNames maps folded nouns and adjectives (English and French) to regions as facts.json
// names them; regionPhrases the same for phrases of several words, joined with spaces. Both come
// from the lexicon's region.* kinds (lexicon/data/region.txt).
var regionNames, regionPhrases = regionLexicon(lexicon.Default())

// regionLexicon returns the one-word and the several-word names of the regions of lx.
func regionLexicon(lx *lexicon.Lexicon) (words, phrases map[string]string) {
	words, phrases = map[string]string{}, map[string]string{}
	for _, kind := range lx.Prefixed("region") {
		name := strings.ReplaceAll(strings.TrimPrefix(kind, "region."), "_", " ")
		for _, w := range lx.Words(kind) {
			if strings.Contains(w, " ") {
				phrases[w] = name
			} else {
				words[w] = name
			}
		}
	}
	return words, phrases
}

// regionSig screens the words that may be region names.
var regionSig = func() *wordSig {
	var s wordSig
	for w := range regionNames {
		s.add(w)
	}
	return &s
}()

// regionPhraseStarts are the first words of regionPhrases: only they are worth joining with
// the words that follow.
var regionPhraseStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range regionPhrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// findRegion returns the region a sentence's market is in, the strongest mention winning (the
// first among equals); ok is false when the sentence names none.
func findRegion(toks []token) (region, bool) {
	best := region{}
	anaphor := regionAnaphor(toks)
	for i := range toks {
		name, n := regionAt(toks, i)
		if name == "" {
			continue
		}
		r := region{name: name, pos: i, strength: regionStrength(toks, i, n, name)}
		if anaphor && r.strength < 2 && name != "Global" {
			r.strength = 2 // "les usagers franciliens … 50 % dans la région": the region it named
		}
		if r.strength > best.strength {
			best = r
		}
	}
	return best, best.strength > 0
}

// regionAt returns the region named at toks[i] and its token count.
func regionAt(toks []token, i int) (string, int) {
	if toks[i].kind != tokWord {
		return "", 0
	}
	w := toks[i].low
	if i+1 < len(toks) && regionPhraseStarts[w] {
		two := w + " " + toks[i+1].low
		if i+2 < len(toks) {
			if r, ok := regionPhrases[two+" "+toks[i+2].low]; ok {
				return r, 3
			}
		}
		if r, ok := regionPhrases[two]; ok {
			return r, 2
		}
	}
	if !regionSig.may(w) {
		return "", 0
	}
	if r, ok := regionNames[w]; ok {
		if (w == "us" || w == "uk") && toks[i].text != "US" && toks[i].text != "UK" {
			return "", 0
		}
		return r, 1
	}
	return "", 0
}

// regionStrength rates the region word(s) toks[i:i+n].
func regionStrength(toks []token, i, n int, name string) int {
	// An adjective or noun right before "market" / "cloud market": "Chinese market".
	for j := i + n; j < len(toks) && j < i+n+3; j++ {
		if w := toks[j].low; w == "market" || w == "markets" {
			return 3
		}
	}
	// "marché chinois", "marché du cloud en Europe", "marché mondial du cloud".
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].low; w == "marche" || w == "marches" {
			return 3
		}
	}
	if i > 0 {
		switch toks[i-1].low {
		case "in", "en", "au", "aux", "across", "throughout", "dans", "of", "du":
			return 2
		case "le", "the":
			if i > 1 && oneOf(toks[i-2].low, "dans", "in", "sur", "on") {
				return 2 // "dans le monde", "in the world", "sur le Vieux Continent"
			}
		case "'":
			if i > 2 && toks[i-2].low == "l" && oneOf(toks[i-3].low, "dans", "sur") {
				return 2 // "dans l'Hexagone"
			}
		}
	}
	if i+2 < len(toks) && toks[i+n].text == "'" && toks[i+n+1].low == "s" {
		if k := i + n + 2; k < len(toks) && (oneOf(toks[k].low, "leading", "largest", "biggest", "top", "second", "third") || toks[k].upper) {
			return 1 // "Europe's leading shaver maker": where the company stands, not the market
		}
		return 2 // "China's"
	}
	if name == "Global" {
		return 1
	}
	return 0
}

// regionAnaphor reports whether a sentence says "in the region", « dans la région »: the place
// it names elsewhere is then the share's region.
func regionAnaphor(toks []token) bool {
	for i := 2; i < len(toks); i++ {
		if oneOf(toks[i].low, "region", "regione") && oneOf(toks[i-1].low, "the", "la") && oneOf(toks[i-2].low, "in", "dans") {
			return true
		}
	}
	return false
}

// inMention reports whether t lies inside one of the vendor mentions ms.
func inMention(t token, ms []Mention) bool {
	for _, m := range ms {
		if t.start >= m.Start && t.start < m.End {
			return true
		}
	}
	return false
}

// titleRegion returns the first place a headline names, however it names it: headlines drop
// the prepositions ("U.S. CAR SALES RECOVER") that findRegion weighs in running text.
func titleRegion(toks []token, ms []Mention) (region, bool) {
	for i := range toks {
		if inMention(toks[i], ms) {
			continue // "France Télévisions" is a company, not France
		}
		if name, _ := regionAt(toks, i); name != "" && name != "Global" {
			return region{name: name, pos: i, strength: 2}, true
		}
	}
	return region{}, false
}
