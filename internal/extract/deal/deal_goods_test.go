package deal

import "testing"

// TestModelNumber checks which words after a maker's name are model numbers (goods), and which
// are amounts, years or measures that leave the name a company.
func TestModelNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"747-400's": true, "A350": true, "MD-11": true, "737s": true, "737's": true, "PW4000": true,
		"1980s": false, "600-site": false, "19-seat": false, "50-pct": false, "1987": false,
		"2nd": false, "III": false, "40": false, "5%": false,
	} {
		if got := modelNumber(w); got != want {
			t.Errorf("modelNumber(%q) = %v, want %v", w, got, want)
		}
	}
}
