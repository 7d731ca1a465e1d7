package measure

import (
	"testing"

	"marketbrief/internal/model"
)

func TestDealValue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		want       *model.Money
	}{
		{"dollar symbol", "It paid $19.7 billion for the company.", &model.Money{Amount: 19.7e9, Currency: "USD"}},
		{"French milliards", "pour 19,7 milliards de dollars", &model.Money{Amount: 19.7e9, Currency: "USD"}},
		{"Md dollar", "racheté pour 5,4 Md$ en 2016", &model.Money{Amount: 5.4e9, Currency: "USD"}},
		{"Md euro", "une offre de 2 Md € en numéraire", &model.Money{Amount: 2e9, Currency: "EUR"}},
		{"M euro", "a levé 100 M€ auprès de fonds", &model.Money{Amount: 100e6, Currency: "EUR"}},
		{"millions d'euros", "pour 120 millions d'euros", &model.Money{Amount: 120e6, Currency: "EUR"}},
		{"no-break space", "pour 95\u00a0millions d’euros", &model.Money{Amount: 95e6, Currency: "EUR"}},
		{"narrow no-break space in digits", "pour 1\u202f200 millions d'euros", &model.Money{Amount: 1200e6, Currency: "EUR"}},
		{"newswire dlrs", "for 25 mln dlrs in cash", &model.Money{Amount: 25e6, Currency: "USD"}},
		{"sterling in words", "agreed to pay two billion stg", &model.Money{Amount: 2e9, Currency: "GBP"}},
		{"euro bn", "will buy it for €1.2bn", &model.Money{Amount: 1.2e9, Currency: "EUR"}},
		{"thousands", "bought the stock for 500,000 dlr", &model.Money{Amount: 5e5, Currency: "USD"}},
		{"Canadian dollars", "for 1.5 mln Canadian dlrs", &model.Money{Amount: 1.5e6, Currency: "CAD"}},
		{"yen", "for 12 billion yen", &model.Money{Amount: 12e9, Currency: "JPY"}},
		{"francs are French in 1987", "for 450 mln francs", &model.Money{Amount: 450e6, Currency: "FRF"}},
		{"Belgian francs", "for 1.2 billion Belgian francs", &model.Money{Amount: 1.2e9, Currency: "BEF"}},
		{"no float noise", "sold it for £4.1bn", &model.Money{Amount: 4100000000, Currency: "GBP"}},
		{"ISO code before", "agreed to buy it for CHF 8 billion", &model.Money{Amount: 8e9, Currency: "CHF"}},
		{"ISO code EUR", "for EUR 1.2 billion in cash", &model.Money{Amount: 1.2e9, Currency: "EUR"}},
		{"francs suisses", "pour 8 milliards de francs suisses", &model.Money{Amount: 8e9, Currency: "CHF"}},
		{"couronnes suédoises", "pour 62 milliards de couronnes suédoises", &model.Money{Amount: 62e9, Currency: "SEK"}},
		{"rupees", "for 3.5 billion rupees", &model.Money{Amount: 3.5e9, Currency: "INR"}},
		{"implausible amount (a typo)", "for a combined price of 4,500,000 mln dlrs.", nil},
		{"large yen amount", "the sale of NTT shares worth 5,000 billion yen", &model.Money{Amount: 5e12, Currency: "JPY"}},
		{"revenue is no price", "Dalton had 1986 sales of 20 mln dlrs.", nil},
		{"per-share price is no price", "an offer of 26 dlrs a share", nil},
		{"no currency", "it bought 4.5 mln shares", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := DealValue(tt.text, 0)
			switch {
			case got == nil && tt.want == nil:
			case got == nil || tt.want == nil:
				t.Fatalf("dealValue(%q) = %v, want %v", tt.text, got, tt.want)
			case got.Currency != tt.want.Currency || got.Amount < tt.want.Amount*0.999 || got.Amount > tt.want.Amount*1.001:
				t.Errorf("dealValue(%q) = %+v, want %+v", tt.text, *got, *tt.want)
			}
		})
	}
}

// Amounts are whole units (cents below 100): scaling a decimal leaves binary noise that would
// reach facts.json and the workbook as 4099999999.9999995.
func TestDealValueExact(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]float64{
		"sold it for £4.1bn":            4100000000,
		"pour 2,3 milliards de dollars": 2300000000,
		"for 1.7 billion dollars":       1700000000,
		"bought it for 0.3 mln dlrs":    300000,
	} {
		if got := DealValue(text, 0); got == nil || got.Amount != want {
			t.Errorf("dealValue(%q) = %+v, want exactly %v", text, got, want)
		}
	}
}
