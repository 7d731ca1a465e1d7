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
		{"dollars of 2024 in euros", 1.0821e9, "USD", "EUR", 2024, 1e9},
		{"after the table, its last year", 1e9, "EUR", "USD", 2031, 1.13e9},
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
