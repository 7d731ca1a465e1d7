package aggregate

import (
	"strconv"
	"strings"
)

// periodKey orders periods in time: a year sorts after its quarters and halves (it ends last),
// a quarter without a year sorts before every dated period.
func periodKey(p string) float64 {
	if p == "" {
		return -1
	}
	if len(p) == 2 && p[0] == 'Q' { // "Q3": no year known
		n, _ := strconv.Atoi(p[1:])
		return float64(n) / 10
	}
	y, err := strconv.Atoi(p[:min(4, len(p))])
	if err != nil {
		return -1
	}
	rest := strings.TrimPrefix(p[min(4, len(p)):], "-")
	end := 1.0
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "Q"):
		n, _ := strconv.Atoi(rest[1:])
		end = float64(n) / 4
	case strings.HasPrefix(rest, "H"):
		n, _ := strconv.Atoi(rest[1:])
		end = float64(n) / 2
	default:
		m, _ := strconv.Atoi(rest[:min(2, len(rest))])
		end = float64(m) / 12
	}
	return float64(y) + end - 0.001*(1-boolf(rest == ""))
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// PeriodLess reports whether period a ends before period b ("2025-Q2" < "2025-Q3" < "2025").
func PeriodLess(a, b string) bool {
	ka, kb := periodKey(a), periodKey(b)
	if ka != kb {
		return ka < kb
	}
	return a < b
}
