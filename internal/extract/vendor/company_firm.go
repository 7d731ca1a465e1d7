package vendor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/extract/lexicon"
)

// coFirmWords end names that can only be companies ("Acme Networks", "Delmont Bank").
var coFirmWords = coWordSet("company_word", "company_word.known")

// CoFirmCues are nouns that introduce a company's name ("the start-up Nuvia", "l'éditeur Corvex").
var CoFirmCues = coWordSet("cue_noun", "cue_noun.known")

// coFirstNames start names that are people, not companies.
var coFirstNames = map[string]bool{
	"john": true, "james": true, "michael": true, "david": true, "robert": true, "william": true,
	"richard": true, "thomas": true, "paul": true, "peter": true, "steve": true, "jeff": true,
	"bill": true, "tim": true, "satya": true, "sundar": true, "larry": true, "marc": true,
	"jean": true, "pierre": true, "michel": true, "philippe": true, "alain": true, "nicolas": true,
	"françois": true, "laurent": true, "olivier": true, "eric": true, "emmanuel": true,
	"donald": true, "élisabeth": true, "marie": true, "anne": true, "bruno": true, "carl": true,
	"elon": true, "jack": true, "george": true, "charles": true, "joe": true, "benoît": true,
}

// CoFirmLike reports whether a name as written can only be a company: it carries a corporate
// suffix or a company word, or is an acronym.
func CoFirmLike(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if HasSuffixWord(name) || coFirmWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,'’s"))] {
		return true
	}
	return len(words) == 1 && (coAcronym(words[0]) && utf8.RuneCountInString(words[0]) >= 3 && !strings.ContainsAny(words[0], "0123456789") || coCamelCase(words[0]))
}

// coCamelCase reports whether w has a capital after a lower-case letter ("PacifiCorp", "WhatsApp").
func coCamelCase(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// coAcronym reports whether w is written in capitals (two to six letters, digits or &).
func coAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range w {
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&') {
			return false
		}
	}
	return true
}

// CoPerson reports whether a name starts with a common first name.
func CoPerson(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return coFirstNames[strings.ToLower(first)]
}

// coWordSet returns the words of the lexicon's kinds, lower-cased.
func coWordSet(kinds ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range kinds {
		for w := range lexicon.Default().Set(k, strings.ToLower) {
			m[w] = true
		}
	}
	return m
}
