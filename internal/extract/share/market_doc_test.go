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

// TestMarketDocASCII checks the reading of ASCII sentences without folding them against the
// search in their folded form.
func TestMarketDocASCII(t *testing.T) {
	for _, s := range []string{"", "s", "share", "Share", "SHARES rose", "its share rose", "per share", "a share",
		"MARKET", "the Marketing team", "Shipments", "Part de", "PARTS DE", "the spending", "Depenses", "no such words",
		"marketshare", "Its Share of", "share.", "(share)", "washare", "share-based", "Livraisons"} {
		found, share, ascii := marketDocASCII(s)
		f := []byte(strings.ToLower(s))
		if !ascii || found != containsMarketDocWord(f) || !found && !share && shareNoun(f) {
			t.Errorf("marketDocASCII(%q) = %v, %v, %v; folded: word %v, share noun %v", s, found, share, ascii,
				containsMarketDocWord(f), shareNoun(f))
		}
	}
	if _, _, ascii := marketDocASCII("Les dépenses"); ascii {
		t.Error("marketDocASCII took a text with accents for ASCII")
	}
}
