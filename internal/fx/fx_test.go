package fx

import (
	"math"
	"testing"
)

func TestRowsCoverEveryYear(t *testing.T) {
	n := LastYear - FirstYear + 1
	for code, row := range usdPerUnit {
		if len(row) != n {
			t.Errorf("%s has %d rates, want %d", code, len(row), n)
		}
	}
	for code, row := range perUSD {
		if _, ok := legacy[code]; !ok && len(row) != n {
			t.Errorf("%s has %d rates, want %d", code, len(row), n)
		}
	}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name     string
		amount   float64
		from, to string
		year     int
		want     float64
	}{
		{"same currency", 5, "EUR", "EUR", 2020, 5},
		{"yen of 2015 in dollars", 121.05e9, "JPY", "USD", 2015, 1e9},
		{"pounds of 2016 in dollars", 1e9, "GBP", "USD", 2016, 1.3555e9},
		{"dollars of 2024 in euros", 1.0820e9, "USD", "EUR", 2024, 1e9},
		{"after the table, its last year", 1e9, "EUR", "USD", 2031, 1.1306e9},
		{"marks of 1987", 1.7981e6, "DEM", "USD", 1987, 1e6},
		{"francs after the euro", 6.55957e6, "FRF", "EUR", 2001, 1e6},
		{"lire of 1987", 1297e6, "ITL", "USD", 1987, 1e6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Convert(tt.amount, tt.from, tt.to, tt.year)
			if err != nil || math.Abs(got-tt.want)/tt.want > 1e-9 {
				t.Errorf("Convert = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestUnknown(t *testing.T) {
	if _, err := Convert(1, "XYZ", "USD", 2020); err == nil {
		t.Error("an unknown currency converted")
	}
	if _, err := Convert(1, "BRL", "USD", 1987); err == nil {
		t.Error("a real of 1987 converted: the currency did not exist")
	}
	if !Known("jpy") || Known("XYZ") {
		t.Error("Known")
	}
}

// TestPublishedValues pins, for each source named in rates.go, a few values checked against it,
// so that an edit of the table cannot change a verified figure unnoticed. want is the figure as
// published, in the Federal Reserve's own quotation (dollars per unit for EUR, GBP and AUD).
func TestPublishedValues(t *testing.T) {
	tests := []struct {
		source string
		code   string
		year   int
		want   float64
	}{
		{"R97", "DEM", 1995, 1.4321},
		{"R97", "BEF", 1994, 33.426},
		{"R97", "EUR", 1996, 1.2520}, // the ECU
		{"R97", "CNY", 1994, 8.6404},
		{"S05", "KRW", 2003, 1192.08},
		{"S07", "NOK", 2004, 6.7399},
		{"S08", "BRL", 2007, 1.9461},
		{"S08", "HKD", 2007, 7.8016},
		{"R16", "JPY", 2012, 79.82},
		{"R16", "SEK", 2015, 8.4350},
		{"R21", "DKK", 2019, 6.6703},
		{"R21", "CHF", 2020, 0.9389},
		{"R24", "DKK", 2022, 7.0786},
		{"R24", "BRL", 2020, 5.1587},
		{"R24", "INR", 2021, 73.9351},
		{"R24", "AUD", 2022, 0.6951},
		{"FRED", "KRW", 1985, 872.4466},
		{"FRED", "CNY", 1981, 1.7100},
		{"FRED", "GBP", 1980, 2.3246},
		{"FRED", "EUR", 2024, 1.0820},
		{"FRED", "GBP", 2025, 1.3192},
		{"FRED", "JPY", 2025, 149.5686},
	}
	for _, tt := range tests {
		row, perUnit := usdPerUnit[tt.code]
		if !perUnit {
			row = perUSD[tt.code]
		}
		if got := row[tt.year-FirstYear]; got != tt.want {
			t.Errorf("%s %d = %v in the table, %v in %s", tt.code, tt.year, got, tt.want, tt.source)
		}
		rate, err := Rate(tt.code, tt.year)
		if perUnit {
			rate = 1 / rate
		}
		if err != nil || math.Abs(rate-tt.want) > 1e-9*tt.want {
			t.Errorf("Rate(%s, %d) = %v, %v; want %v (%s)", tt.code, tt.year, rate, err, tt.want, tt.source)
		}
	}
}
