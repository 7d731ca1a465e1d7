package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeText returns s with the typography of French and English news mapped to plain forms
// the rules read: no-break, thin, hair and other typographic spaces become spaces, typographic apostrophes become "'",
// soft hyphens and zero-width characters disappear, and "\r\n" and "\r" become "\n".
// Guillemets and quotes are kept so that evidence reads naturally. Text without such characters
// is returned as is, without copying.
func NormalizeText(s string) string {
	i := nextTypography(s, 0)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	from := 0
	for i < len(s) {
		b = append(b, s[from:i]...)
		if s[i] == '\r' {
			b = append(b, '\n')
			if i++; i < len(s) && s[i] == '\n' {
				i++
			}
			from = i
			i = nextTypography(s, i)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u00a0', '\u202f', '\u205f', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
			'\u2008', '\u2009', '\u200a':
			b = append(b, ' ')
		case '\u2019', '\u2018', '\u02bc', '\u00b4':
			b = append(b, '\'')
		case '\u00ad', '\u200b', '\ufeff':
		default:
			b = append(b, s[i:i+n]...)
		}
		from = i + n
		i = nextTypography(s, from)
	}
	return string(append(b, s[from:]...))
}

// nextTypography returns the index, from i on, of the next byte that may start what
// normalizeText replaces: "\r" or the lead byte of one of its characters; len(s) when none.
func nextTypography(s string, i int) int {
	for i < len(s) && !typographyLead[s[i]] {
		i++
	}
	return i
}

// typographyLead marks "\r" and the first bytes of the UTF-8 characters normalizeText replaces
// (U+00A0…U+00B4: 0xC2, U+02BC: 0xCA, U+2002…U+205F: 0xE2, U+FEFF: 0xEF).
var typographyLead = func() (t [256]bool) {
	for _, c := range []byte{'\r', 0xc2, 0xca, 0xe2, 0xef} {
		t[c] = true
	}
	return t
}()

// foldSpace collapses runs of white space into one space and trims both ends.
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	// Most often only the ends need trimming ("  The company…" after a sentence split).
	if t := trimASCIISpace(s); !hasSpaceRun(t) {
		return t
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		n, sp := 1, isSpaceByte(s[i])
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r) // as strings.Fields: "\u2028", "\u3000"…
		}
		switch {
		case sp:
			space = len(b) > 0
		case space:
			b = append(b, ' ')
			space = false
			fallthrough
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// isFolded reports whether s has no ASCII white space but single spaces between words. The
// byte loop has no branch: spaces come every few bytes and would be mispredicted.
func isFolded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	var bad byte
	for i := 0; i < len(s); i++ {
		bad |= controlSpace[s[i]]
	}
	return bad == 0
}

// controlSpace marks the ASCII white space bytes other than the space.
var controlSpace = [256]byte{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1}

// trimASCIISpace removes the ASCII white space at both ends of s.
func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && isSpaceByte(s[i]) {
		i++
	}
	for j > i && isSpaceByte(s[j-1]) {
		j--
	}
	return s[i:j]
}

// hasSpaceRun reports whether s (trimmed of ASCII space) holds white space that foldSpace would
// change: a run of spaces, a tab or line break, or a Unicode space ("\u2028", "\u3000"…).
func hasSpaceRun(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return true // s does not end in a space: s[i+1] exists
			}
		case isSpaceByte(c):
			return true
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3: // lead bytes of Unicode spaces
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// isSpaceByte reports whether c is ASCII white space, as strings.Fields reads it.
func isSpaceByte(c byte) bool { return asciiSpace[c] }

// asciiSpace marks the ASCII white space bytes: space, tab, line feed, vertical tab, form feed and
// carriage return.
var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// Fold returns s lower-cased with the accents of Latin letters removed, for comparisons that
// ignore case and accents ("Télécom" and "telecom" fold alike).
func Fold(s string) string {
	if !needsFold(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)+2), s))
}

// AppendFold appends Fold(s) to b, without the string Fold makes.
func AppendFold(b []byte, s string) []byte { return appendFold(b, s) }

// needsFold reports whether fold would change s: it has a capital or a byte outside ASCII.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// appendFold appends the folded form of s (see fold) to b.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = appendFoldRune(b, r)
		i += n
	}
	return b
}

// appendFoldRune appends r lower-cased and without its accent to b; ligatures expand ("œ" →
// "oe").
func appendFoldRune(b []byte, r rune) []byte {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return append(b, 'a')
	case 'ç', 'ć', 'č':
		return append(b, 'c')
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě':
		return append(b, 'e')
	case 'ì', 'í', 'î', 'ï':
		return append(b, 'i')
	case 'ñ', 'ń':
		return append(b, 'n')
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return append(b, 'o')
	case 'ù', 'ú', 'û', 'ü':
		return append(b, 'u')
	case 'ý', 'ÿ':
		return append(b, 'y')
	case 'š', 'ś':
		return append(b, 's')
	case 'ž', 'ź', 'ż':
		return append(b, 'z')
	case 'ł':
		return append(b, 'l')
	case 'œ':
		return append(b, 'o', 'e')
	case 'æ':
		return append(b, 'a', 'e')
	case 'ß':
		return append(b, 's', 's')
	}
	return utf8.AppendRune(b, r)
}

// IsUpperStart reports whether s starts with an upper-case letter.
func IsUpperStart(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsLowerStart reports whether s starts with a lower-case letter.
func IsLowerStart(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return 'a' <= s[0] && s[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// IsAllCaps reports whether s has at least two letters and no lower-case one ("IBM", "AT&T").
func IsAllCaps(s string) bool {
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
