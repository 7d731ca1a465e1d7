package share

import (
	"strings"
	"testing"
)

func TestPeriodHint(t *testing.T) {
	t.Parallel()
	ref := func(text string, digit bool) bool {
		compact := false
		for i := 0; i+1 < len(text); i++ {
			c, d := text[i], text[i+1]
			if (c == 'Q' || c == 'T' || c == 'H' || c == 'S') && '1' <= d && d <= '4' ||
				'1' <= c && c <= '4' && (d == 'Q' || d == 'H') {
				compact = true
			}
		}
		return strings.Contains(text, "quarter") || strings.Contains(text, "trimestre") ||
			strings.Contains(text, "half") || strings.Contains(text, "semestre") || digit && compact
	}
	cases := []string{"", "q", "quarte", "the quarterly results", "Quarter", "au trimestre", "trimest",
		"mestre", "semestre", "premier semestre", "half", "alf", "behalf of", "hal", "Q3", "Q5", "T1 2025",
		"3Q25", "1H", "S2", "S", "4", "H1 and more", "fm"}
	for _, c := range cases {
		for _, digit := range []bool{false, true} {
			if got, want := periodHint(c, digit), ref(c, digit); got != want {
				t.Errorf("periodHint(%q, %v) = %v, want %v", c, digit, got, want)
			}
		}
	}
}
