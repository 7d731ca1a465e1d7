package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textReplacer maps the typography of French and English news to plain forms the rules read:
// no-break and thin spaces become spaces, typographic apostrophes become "'", soft hyphens and
// zero-width characters disappear. Guillemets and quotes are kept so that evidence reads naturally.
var textReplacer = strings.NewReplacer(
	"\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2007", " ", "\u2002", " ", "\u2003", " ",
	"\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u00b4", "'",
	"\u00ad", "", "\u200b", "", "\ufeff", "",
	"\r\n", "\n", "\r", "\n",
)

// normalizeText returns s with the typography normalised (see textReplacer). Text without such
// characters is returned as is, without copying.
func normalizeText(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '\r' {
			return textReplacer.Replace(s)
		}
	}
	return s
}

// foldSpace collapses runs of white space into one space and trims both ends.
func foldSpace(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		sp := isSpaceByte(s[i])
		if sp && (prevSpace || s[i] != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// fold returns s lower-cased with the accents of Latin letters removed, for comparisons that
// ignore case and accents ("Télécom" and "telecom" fold alike).
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			ascii = false
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s)+2)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		default:
			b = append(b, foldRune(r)...)
		}
	}
	return string(b)
}

// foldRune lower-cases r and strips its accent; ligatures expand ("œ" → "oe").
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return string(r)
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return "a"
	case 'ç', 'ć', 'č':
		return "c"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě':
		return "e"
	case 'ì', 'í', 'î', 'ï':
		return "i"
	case 'ñ', 'ń':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return "o"
	case 'ù', 'ú', 'û', 'ü':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'š', 'ś':
		return "s"
	case 'ž', 'ź', 'ż':
		return "z"
	case 'ł':
		return "l"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	case 'ß':
		return "ss"
	}
	return string(r)
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isAllCaps reports whether s has at least two letters and no lower-case one ("IBM", "AT&T").
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
