package measure

import (
	"marketbrief/internal/extract/text"

	"strings"
)

// PeriodWord reports whether w names a quarter, half or fiscal year: Q3, H1, T4, S2, FY2025.
func PeriodWord(w string) bool {
	if len(w) == 2 && strings.IndexByte("QHTS", w[0]) >= 0 && '1' <= w[1] && w[1] <= '4' {
		return true
	}
	return strings.HasPrefix(w, "FY") && len(w) > 2 && text.IsDigitByte(w[2])
}
