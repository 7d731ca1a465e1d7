// Package font embeds the Unicode typeface that the charts and the PDF brief share (Liberation Sans,
// regular and bold, SIL Open Font License 1.1: see LICENSE), and cleans text so that neither fpdf nor
// go-chart is handed a character the font lacks.
package font

import (
	"embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/golang/freetype/truetype"
)

// Family is the name under which the PDF renderer registers the face.
const Family = "LiberationSans"

//go:embed LiberationSans-Regular.ttf LiberationSans-Bold.ttf
var files embed.FS

// Face is the parsed typeface, regular and bold, with the raw TTF bytes the PDF embeds.
type Face struct {
	RegularTTF []byte
	BoldTTF    []byte
	Regular    *truetype.Font
	Bold       *truetype.Font
}

// Load reads and parses the embedded regular and bold TTF files. It fails only if the build embedded
// a broken file.
func Load() (*Face, error) {
	reg, err := files.ReadFile("LiberationSans-Regular.ttf")
	if err != nil {
		return nil, fmt.Errorf("read regular font: %w", err)
	}
	bold, err := files.ReadFile("LiberationSans-Bold.ttf")
	if err != nil {
		return nil, fmt.Errorf("read bold font: %w", err)
	}
	f := &Face{RegularTTF: reg, BoldTTF: bold}
	if f.Regular, err = truetype.Parse(reg); err != nil {
		return nil, fmt.Errorf("parse regular font: %w", err)
	}
	if f.Bold, err = truetype.Parse(bold); err != nil {
		return nil, fmt.Errorf("parse bold font: %w", err)
	}
	return f, nil
}

// Has reports whether both the regular and the bold face have a glyph for r.
func (f *Face) Has(r rune) bool {
	if r > 0xFFFF {
		// fpdf's UTF-8 support stops at the Basic Multilingual Plane and panics above it.
		return false
	}
	return f.Regular.Index(r) != 0 && f.Bold.Index(r) != 0
}

// Clean returns s with every character safe to draw: tabs become spaces, other control characters
// except '\n' are dropped, U+202F becomes U+00A0 when the face lacks it, symbols the face lacks
// (emoji, pictographs, variation selectors, joiners) are dropped along with one adjacent space, and
// any other missing character (CJK, for instance) becomes "?". Invalid UTF-8 becomes "?" too.
func (f *Face) Clean(s string) string {
	if f.clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	dropped := false
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
			continue
		case r == '\u202f' && !f.Has(r):
			b.WriteRune('\u00a0')
		case r == unicode.ReplacementChar:
			b.WriteByte('?')
		case f.Has(r):
			if r == ' ' && dropped && (b.Len() == 0 || strings.HasSuffix(b.String(), " ")) {
				continue // "cloud 🚀 news" becomes "cloud news", not "cloud  news"
			}
			b.WriteRune(r)
		case isSymbol(r):
			dropped = true
			continue
		default:
			b.WriteByte('?')
		}
		dropped = false
	}
	return strings.TrimRight(b.String(), " ")
}

// clean reports whether s needs no change, the common case, without allocating.
func (f *Face) clean(s string) bool {
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if r == '\t' || unicode.IsControl(r) || r == unicode.ReplacementChar || !f.Has(r) {
			return false
		}
	}
	return true
}

// isSymbol reports whether r is decoration that can vanish without changing the meaning of text.
func isSymbol(r rune) bool {
	return r > 0xFFFF || unicode.In(r, unicode.So, unicode.Sk, unicode.Cf, unicode.Mn, unicode.Co) ||
		unicode.Is(unicode.Variation_Selector, r)
}
