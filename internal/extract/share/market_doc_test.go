package share

import (
	"strings"
	"testing"

	"marketbrief/internal/extract/text"
)

// TestAppendFolded checks the ASCII shortcut against text.Fold.
func TestAppendFolded(t *testing.T) {
	for _, s := range []string{"", "Market Share", "ABC xyz 12%", "Part de Marché", "Dépenses", "« Livraisons »"} {
		if got, want := string(appendFolded([]byte("x"), s)), "x"+text.Fold(s); got != want {
			t.Errorf("appendFolded(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestContainsMarketDocWord checks the one-pass search against a search per word.
func TestContainsMarketDocWord(t *testing.T) {
	for _, f := range []string{"", "m", "the marketing team", "un supermarche", "its share of sales", "share", "la part de",
		"les parts de", "shipment", "shipments rose", "livraison", "des livraisons", "spending", "depense", "les depenses",
		"no such words here", "mar ket", "share  of", "part  de", "xdepenses"} {
		want := false
		for _, w := range marketDocWords {
			want = want || strings.Contains(f, w)
		}
		if got := containsMarketDocWord([]byte(f)); got != want {
			t.Errorf("containsMarketDocWord(%q) = %v, want %v", f, got, want)
		}
	}
}
