package font

import (
	"io"
	"testing"

	"github.com/go-pdf/fpdf"
)

func TestClean(t *testing.T) {
	t.Parallel()
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Amazon Web Services", "Amazon Web Services"},
		{"french", "« Société Générale » a acquis l’éditeur – 1,2 milliard d’euros €", "« Société Générale » a acquis l’éditeur – 1,2 milliard d’euros €"},
		{"narrow no-break space kept", "33\u202f%", "33\u202f%"},
		{"emoji in the middle", "Cloud 🚀 news", "Cloud news"},
		{"emoji at the start", "🚀 Cloud", "Cloud"},
		{"emoji with selector", "Sun ☀️ day", "Sun day"},
		{"cjk", "阿里巴巴 Alibaba", "???? Alibaba"},
		{"controls", "a\tb\x00c\nd", "a bc\nd"},
		{"invalid utf-8", "a\xffb", "a?b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := f.Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestGlyphs checks that the face has the characters French and English briefs use, so that none
// of them is replaced.
func TestGlyphs(t *testing.T) {
	t.Parallel()
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "éèêëàâçîïôûùœÉÀÇ’‘“”«»€£¥–—…·→≈≤\u00a0\u202f" {
		if !f.Has(r) {
			t.Errorf("face lacks %U %q", r, r)
		}
	}
}

// TestFPDFAcceptsFace checks that fpdf parses both TTF files and can measure cleaned text.
func TestFPDFAcceptsFace(t *testing.T) {
	t.Parallel()
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(Family, "", f.RegularTTF)
	pdf.AddUTF8FontFromBytes(Family, "B", f.BoldTTF)
	for _, style := range []string{"", "B"} {
		pdf.SetFont(Family, style, 10)
		if w := pdf.GetStringWidth(f.Clean("Société 🚀 € 33\u202f%")); w <= 0 {
			t.Errorf("style %q: width %v, want > 0", style, w)
		}
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
}

// FuzzClean checks that cleaned text holds only characters the face has, which fpdf can then
// measure, wrap and write without panicking.
func FuzzClean(f *testing.F) {
	face, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Société 🚀", "阿里巴巴\u202f%", "a\xffb\tc", "𝔘𝔫𝔦"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := face.Clean(s)
		for _, r := range c {
			if r != '\n' && !face.Has(r) {
				t.Fatalf("Clean(%q) kept %U", s, r)
			}
		}
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes(Family, "", face.RegularTTF)
		pdf.SetFont(Family, "", 10)
		pdf.AddPage()
		pdf.SplitText(c, 50)
		pdf.MultiCell(50, 5, c, "", "L", false)
		if err := pdf.Output(io.Discard); err != nil {
			t.Fatal(err)
		}
	})
}
