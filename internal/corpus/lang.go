package corpus

import "strings"

var frenchWords = map[string]bool{"le": true, "la": true, "les": true, "des": true, "du": true, "de": true,
	"et": true, "est": true, "une": true, "un": true, "pour": true, "dans": true, "que": true, "qui": true,
	"sur": true, "au": true, "aux": true, "avec": true, "pas": true, "par": true, "il": true, "elle": true,
	"ont": true, "sont": true, "cette": true, "ses": true, "leur": true, "été": true, "plus": true}

var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "in": true, "is": true,
	"for": true, "that": true, "with": true, "on": true, "as": true, "by": true, "was": true, "are": true,
	"it": true, "its": true, "from": true, "has": true, "have": true, "will": true, "said": true, "which": true,
	"this": true, "be": true, "at": true, "an": true, "their": true, "were": true}

// Language guesses whether text is French ("fr") or English ("en") from its commonest words;
// English when it cannot tell.
func Language(text string) string {
	fr, en, n := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, notLetter) {
		w = strings.ToLower(w)
		if frenchWords[w] {
			fr++
		}
		if englishWords[w] {
			en++
		}
		if n++; n > 3000 {
			break
		}
	}
	if fr > en {
		return "fr"
	}
	return "en"
}

func notLetter(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0x24F)
}
