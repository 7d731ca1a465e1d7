package measure

import (
	"strings"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// region is a geographic market named in a sentence, with how surely it qualifies a market:
// 3 attached to the word market ("the Chinese market", "le marché européen"), 2 a place after a
// preposition ("in China", "en Europe") or a possessive ("China's"), 1 a vaguer world word.
type region struct {
	Name     string
	Strength int
	pos      int
}

// RegionNames maps folded nouns and adjectives (English and French) to regions as facts.json
// names them; regionPhrases the same for phrases of several words, joined with spaces. Both come
// from the lexicon's region.* kinds (lexicon/data/region.txt).
var RegionNames, regionPhrases = regionLexicon(lexicon.Default())

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
var regionSig = func() *text.WordSig {
	var s text.WordSig
	for w := range RegionNames {
		s.Add(w)
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

// FindRegion returns the region a sentence's market is in, the strongest mention winning (the
// first among equals); ok is false when the sentence names none.
func FindRegion(toks []text.Token) (region, bool) {
	best := region{}
	anaphor := regionAnaphor(toks)
	for i := range toks {
		name, n := RegionAt(toks, i)
		if name == "" {
			continue
		}
		r := region{Name: name, pos: i, Strength: regionStrength(toks, i, n, name)}
		if anaphor && r.Strength < 2 && name != "Global" {
			r.Strength = 2 // "les usagers franciliens … 50 % dans la région": the region it named
		}
		if r.Strength > best.Strength {
			best = r
		}
	}
	return best, best.Strength > 0
}

// RegionAt returns the region named at toks[i] and its token count.
func RegionAt(toks []text.Token, i int) (string, int) {
	if toks[i].Kind != text.TokWord {
		return "", 0
	}
	w := toks[i].Low
	if i+1 < len(toks) && regionPhraseStarts[w] {
		two := w + " " + toks[i+1].Low
		if i+2 < len(toks) {
			if r, ok := regionPhrases[two+" "+toks[i+2].Low]; ok {
				return r, 3
			}
		}
		if r, ok := regionPhrases[two]; ok {
			return r, 2
		}
	}
	if !regionSig.May(w) {
		return "", 0
	}
	if r, ok := RegionNames[w]; ok {
		if (w == "us" || w == "uk") && toks[i].Text != "US" && toks[i].Text != "UK" {
			return "", 0
		}
		return r, 1
	}
	return "", 0
}

// regionStrength rates the region word(s) toks[i:i+n].
func regionStrength(toks []text.Token, i, n int, name string) int {
	// An adjective or noun right before "market" / "cloud market": "Chinese market".
	for j, words := i+n, 0; j < len(toks) && words < 4; j++ {
		if w := toks[j].Low; w == "market" || w == "markets" {
			return 3 // "the U.S. long distance market"
		}
		if toks[j].Kind == text.TokWord {
			words++
		} else if toks[j].Text != "." && toks[j].Text != "-" {
			break
		}
	}
	// "marché chinois", "marché du cloud en Europe", "marché mondial du cloud".
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].Low; w == "marche" || w == "marches" {
			return 3
		}
	}
	// A possessive says whose market it is ("Pakistan's tea market", "China's") unless a
	// company follows: "two units of Britain's Unilever" is where the holder is from, and the
	// preposition before it does not make it the market's place.
	if i+n+1 < len(toks) && toks[i+n].Text == "'" && toks[i+n+1].Low == "s" {
		k := i + n + 2
		if k < len(toks) && (text.OneOf(toks[k].Low, "leading", "largest", "biggest", "top", "second", "third") || toks[k].Upper) {
			return 1 // "Europe's leading shaver maker": where the company stands, not the market
		}
		for j := k; j < len(toks) && j < k+5 && toks[j].Kind == text.TokWord; j++ {
			if text.OneOf(toks[j].Low, "market", "markets") {
				return 3 // "Pakistan's hard-pack tea market"
			}
		}
		return 2 // "China's"
	}
	if i > 0 {
		switch toks[i-1].Low {
		case "in", "en", "au", "aux", "across", "throughout", "dans", "of", "du":
			return 2
		case "le", "the":
			if i > 1 && text.OneOf(toks[i-2].Low, "dans", "in", "sur", "on") {
				return 2 // "dans le monde", "in the world", "sur le Vieux Continent"
			}
		case "'":
			if i > 2 && toks[i-2].Low == "l" && text.OneOf(toks[i-3].Low, "dans", "sur") {
				return 2 // "dans l'Hexagone"
			}
		}
	}
	if name == "Global" {
		return 1
	}
	return 0
}

// regionAnaphor reports whether a sentence says "in the region", « dans la région »: the place
// it names elsewhere is then the share's region.
func regionAnaphor(toks []text.Token) bool {
	for i := 2; i < len(toks); i++ {
		if text.OneOf(toks[i].Low, "region", "regione") && text.OneOf(toks[i-1].Low, "the", "la") && text.OneOf(toks[i-2].Low, "in", "dans") {
			return true
		}
	}
	return false
}

// inMention reports whether t lies inside one of the vendor mentions ms.
func inMention(t text.Token, ms []text.Mention) bool {
	for _, m := range ms {
		if t.Start >= m.Start && t.Start < m.End {
			return true
		}
	}
	return false
}

// TitleRegion returns the first place a headline names, however it names it: headlines drop
// the prepositions ("U.S. CAR SALES RECOVER") that findRegion weighs in running text.
func TitleRegion(toks []text.Token, ms []text.Mention) (region, bool) {
	for i := range toks {
		if inMention(toks[i], ms) {
			continue // "France Télévisions" is a company, not France
		}
		if name, _ := RegionAt(toks, i); name != "" && name != "Global" {
			return region{Name: name, pos: i, Strength: 2}, true
		}
	}
	return region{}, false
}
