package corpus

var frenchWords = map[string]bool{"le": true, "la": true, "les": true, "des": true, "du": true, "de": true,
	"et": true, "est": true, "une": true, "un": true, "pour": true, "dans": true, "que": true, "qui": true,
	"sur": true, "au": true, "aux": true, "avec": true, "pas": true, "par": true, "il": true, "elle": true,
	"ont": true, "sont": true, "cette": true, "ses": true, "leur": true, "été": true, "plus": true}

var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "in": true, "is": true,
	"for": true, "that": true, "with": true, "on": true, "as": true, "by": true, "was": true, "are": true,
	"it": true, "its": true, "from": true, "has": true, "have": true, "will": true, "said": true, "which": true,
	"this": true, "be": true, "at": true, "an": true, "their": true, "were": true}

// Language guesses whether text is French ("fr") or English ("en") from its commonest words
// among the first 3,000; English when it cannot tell. It does not allocate.
func Language(text string) string {
	var buf [16]byte
	fr, en, n := 0, 0, 0
	for i := 0; i < len(text) && n < 3000; {
		for i < len(text) && !isLetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if w := text[i:j]; len(w) > 0 && len(w) <= len(buf) {
			lw := buf[:len(w)]
			for k := range len(w) {
				lw[k] = w[k]
				if 'A' <= lw[k] && lw[k] <= 'Z' {
					lw[k] += 'a' - 'A'
				}
			}
			if frenchWords[string(lw)] { // no allocation: the compiler elides the conversion
				fr++
			}
			if englishWords[string(lw)] {
				en++
			}
		}
		n++
		i = j
	}
	if fr > en {
		return "fr"
	}
	return "en"
}

// isLetter reports whether b is an ASCII letter or part of a multi-byte (accented) character.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
