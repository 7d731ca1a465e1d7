// Package fx converts amounts between currencies with yearly average exchange rates embedded in
// the binary (rates.go names their source). It is pure: no network, no clock. A deal priced in yen
// in 1987 is converted at 1987's average rate, which is what an analyst comparing deals across
// years wants; it is not the rate of the day the deal was signed.
package fx

import (
	"fmt"
	"strings"
)

// FirstYear and LastYear bound the table; years outside it use the nearest end's rate.
const (
	FirstYear = 1980
	LastYear  = 2025
)

// ImplausibleUSD is the largest amount, in US dollars, that a single deal can plausibly be worth
// (the largest deals ever announced are a few hundred billion); larger ones are typos or
// misreadings ("$4.5 trillion" for "$4.5 billion") and are left out of totals.
const ImplausibleUSD = 1e12

// Known reports whether the table has rates for the currency (ISO 4217 code).
func Known(code string) bool {
	code = strings.ToUpper(code)
	_, a := perUSD[code]
	_, b := usdPerUnit[code]
	return code == "USD" || a || b
}

// Rate returns how many units of code one US dollar bought on average in year. Years outside
// the table use its first or last year. It returns an error for a currency the table lacks or a
// year without a rate for it.
func Rate(code string, year int) (float64, error) {
	code = strings.ToUpper(code)
	year = max(FirstYear, min(LastYear, year))
	i := year - FirstYear
	if code == "USD" {
		return 1, nil
	}
	if row, ok := usdPerUnit[code]; ok && row[i] > 0 {
		return 1 / row[i], nil
	}
	if row, ok := perUSD[code]; ok {
		if i < len(row) && row[i] > 0 {
			return row[i], nil
		}
		if per, ok := legacy[code]; ok && year >= 1999 {
			eur, err := Rate("EUR", year)
			return eur * per, err
		}
		return 0, fmt.Errorf("no %s exchange rate for %d", code, year)
	}
	return 0, fmt.Errorf("no exchange rate for %q", code)
}

// Convert returns amount in currency from, converted to currency to at year's average rates
// (through the US dollar).
func Convert(amount float64, from, to string, year int) (float64, error) {
	if strings.EqualFold(from, to) {
		return amount, nil
	}
	rf, err := Rate(from, year)
	if err != nil {
		return 0, err
	}
	rt, err := Rate(to, year)
	if err != nil {
		return 0, err
	}
	return amount / rf * rt, nil
}
