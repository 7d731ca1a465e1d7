package vendor

import "testing"

// TestLastBitsScreen checks that the screens before the lexicon's map lookups never turn away
// a word of a set: lastBits and every set's startOf find each phrase's last word.
func TestLastBitsScreen(t *testing.T) {
	if len(lastWords) == 0 {
		t.Fatal("no lexicon words")
	}
	for w, bits := range lastWords {
		if got := lastBits(w); got != bits {
			t.Errorf("lastBits(%q) = %b, want %b", w, got, bits)
		}
	}
	for name, ps := range vendorLexicon {
		if len(ps.byLast) == 0 {
			t.Errorf("section %s is empty", name)
		}
		for w := range ps.byLast {
			if !ps.sig.May(w) || !lastWordSig.May(w) || lastWords[w]&ps.bit == 0 {
				t.Errorf("section %s: %q screened out", name, w)
			}
		}
	}
	if lastBits("") != 0 {
		t.Error("lastBits of the empty word")
	}
}
