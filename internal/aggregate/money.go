package aggregate

import (
	"strconv"
	"time"

	"marketbrief/internal/fx"
	"marketbrief/internal/model"
)

// convert sets each valued deal's Converted amount (in currency, at the average rate of the deal's
// year, else its article's, else the as-of year) and flags values beyond any plausible deal.
func convert(deals []model.Deal, dates map[string]string, currency string, asOf time.Time) {
	for i := range deals {
		d := &deals[i]
		if d.Value == nil || d.Value.Amount <= 0 {
			continue
		}
		year := dealYear(*d, dates, asOf)
		if usd, err := fx.Convert(d.Value.Amount, d.Value.Currency, "USD", year); err == nil && usd > fx.ImplausibleUSD {
			d.Implausible = true
		}
		if v, err := fx.Convert(d.Value.Amount, d.Value.Currency, currency, year); err == nil {
			d.Converted = &model.Money{Amount: roundMoney(v), Currency: currency}
		}
	}
}

// dealYear is the year whose exchange rate prices the deal.
func dealYear(d model.Deal, dates map[string]string, asOf time.Time) int {
	if len(d.Date) >= 4 {
		if y, err := strconv.Atoi(d.Date[:4]); err == nil {
			return y
		}
	}
	if t, ok := earliest(d.Documents, dates); ok {
		return t.Year()
	}
	return asOf.Year()
}

// roundMoney keeps three significant digits: converted amounts are estimates (a yearly average
// rate), and "$2.47 billion" should not pretend to be "$2,466,281,337".
func roundMoney(v float64) float64 {
	s := strconv.FormatFloat(v, 'g', 3, 64)
	r, _ := strconv.ParseFloat(s, 64)
	return r
}

// totals fills the money figures of k from the period's deals: the sum of converted values in
// the report's currency, values left out as implausible or without a rate counted apart.
func totals(k *model.KeyFigures, deals []model.Deal, currency string) {
	sum := 0.0
	for _, d := range deals {
		if d.Background {
			k.BackgroundDeals++
			continue
		}
		k.NewsDeals++
		if d.Value == nil || d.Value.Amount <= 0 {
			continue
		}
		k.DealsWithValue++
		switch {
		case d.Implausible:
			k.Implausible++
		case d.Converted == nil:
			k.Unconverted++
		default:
			sum += d.Converted.Amount
		}
	}
	if sum > 0 {
		k.DisclosedValue = []model.Money{{Amount: roundMoney(sum), Currency: currency}}
	}
}
