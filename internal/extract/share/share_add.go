package share

import (
	"strconv"
	"strings"

	"marketbrief/internal/model"
)

// addShare appends m unless the document already gave the same vendor the same share: then the
// two are one fact, told twice (a headline and its article), and the first takes the period,
// region and market it lacked. The same value in two stated periods is two facts.
func addShare(shares []model.MarketShare, m model.MarketShare) []model.MarketShare {
	for i := range shares {
		o := &shares[i]
		if o.Vendor != m.Vendor || o.Share != m.Share {
			continue
		}
		if o.Period != "" && m.Period != "" && o.Period != m.Period ||
			o.Region != "" && m.Region != "" && o.Region != m.Region {
			continue
		}
		if o.Period == "" {
			o.Period = m.Period
		}
		if o.Region == "" {
			o.Region = m.Region
		}
		if o.Market == "" || strings.HasPrefix(m.Market, o.Market+" ") {
			o.Market = m.Market // "cloud" in a headline, "cloud infrastructure services" in the text
		}
		o.Confidence = max(o.Confidence, m.Confidence)
		return shares
	}
	return append(shares, m)
}

// dateYear returns the year of a YYYY-MM-DD date, 0 when there is none.
func dateYear(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

// dateMonth returns the month of a YYYY-MM-DD date, 0 when there is none.
func dateMonth(date string) int {
	if len(date) < 7 {
		return 0
	}
	m, err := strconv.Atoi(date[5:7])
	if err != nil || m < 1 || m > 12 {
		return 0
	}
	return m
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// mayHavePercent is a cheap test before the percentage rules: "%", "pct", "percent", "cent".
func mayHavePercent(s string) bool {
	return strings.Contains(s, "%") || strings.Contains(s, "pct") || strings.Contains(s, "cent")
}
