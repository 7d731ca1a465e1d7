package vendor

import (
	"marketbrief/internal/extract/text"

	"strings"
	"unicode"
)

// CanonicalName resolves a company name as written to its canonical name with the dictionary;
// a name the dictionary does not know comes back cleaned of its article and corporate suffix.
func CanonicalName(dict *Dictionary, surface string) string {
	name, _ := dict.Canonical(surface)
	if name == "" {
		return surface
	}
	// A limited partnership's suffix goes like a corporation's: "Snyder Oil Partners L.P." and
	// "Snyder Oil Partners LP" are "Snyder Oil Partners".
	for _, suf := range []string{" L.P.", " L.P", " LP", " L.p."} {
		if strings.HasSuffix(name, suf) && len(name) > len(suf)+2 {
			name = strings.TrimSuffix(name, suf)
			break
		}
	}
	// "Searle and Co" without its suffix is "Searle", not "Searle and".
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !CoConnectors[strings.ToLower(name[i+1:])] {
			return name
		}
		name = name[:i]
	}
}

// coAccentFold maps accented Latin letters to their base letter.
var coAccentFold = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "á", "a", "ã", "a", "å", "a", "ç", "c", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "í", "i", "î", "i", "ï", "i", "ñ", "n", "ó", "o", "ô", "o", "ö", "o",
	"õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ÿ", "y", "œ", "oe", "æ", "ae", "ß", "ss",
)

// coGenericWords do not identify a company on their own.
var coGenericWords = map[string]bool{
	"cloud": true, "technology": true, "technologies": true, "partners": true, "services": true,
	"systems": true, "business": true, "software": true, "data": true, "networks": true,
	"communications": true, "international": true, "global": true, "de": true, "of": true,
	"and": true, "industries": true, "financial": true, "american": true, "national": true,
	"first": true, "bank": true, "savings": true, "resources": true, "holding": true, "s": true,
}

// CoNameWords returns the identifying words of a company name: lower-cased, accents folded,
// punctuation, articles and corporate suffixes removed.
func CoNameWords(name string) []string {
	s := coAccentFold.Replace(strings.ToLower(name))
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, s)
	var out []string
	for _, w := range strings.Fields(s) {
		if text.CoSuffixes[w] || w == "the" || w == "group" || w == "groupe" || w == "holdings" || w == "company" || w == "companies" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// CoSameStrict reports whether two names denote the same company for telling a deal's two
// sides apart: their identifying words are equal, or differ only by generic words ("CBC" and
// "CBC Bancorp" are one; "Genova" and "Genova Products" are two).
func CoSameStrict(a, b string) bool {
	wa, wb := CoNameWords(a), CoNameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return strings.EqualFold(a, b)
	}
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	for _, w := range wb {
		if !set[w] && !coGenericWords[w] && !coFirmWords[w] {
			return false
		}
	}
	return CoSame(a, b)
}

// CoSame reports whether two names denote the same company: equal identifying words, or
// the words of one contained in the other's with at least one that is not generic.
func CoSame(a, b string) bool {
	wa, wb := CoNameWords(a), CoNameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return strings.EqualFold(a, b)
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	specific := false
	for _, w := range wa {
		if !set[w] {
			return false
		}
		if !coGenericWords[w] {
			specific = true
		}
	}
	return specific || len(wa) == len(wb) // "Cloud Technology Partners" is itself
}
