package measure

import "testing"

// Amounts that a deal's sentence states but that are not its price: a court's judgment and the
// bond that secures it, proceeds hoped for from selling a number of shares, the size of a party
// told in apposition, a sentence that says the price is undisclosed.
func TestDealValueNotPrice(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A jury ordered Halden to pay Corvex 7.2 billion dlrs for wrongly interfering with Corvex's planned purchase of Mireau Oil.",
		"Halden must post a bond of more than six billion dlrs before it can appeal.",
		"Halden said it would appeal the 7.2 billion dlr judgment in its fight over the takeover of Mireau.",
		"Halden's 7.2 billion dlr legal battle with Corvex over Mireau Oil continued.",
		"The state had hoped to raise at least 3,000 billion yen from the sale of 2.1 mln Telnet shares in May.",
		"Le tribunal a condamné Halden à verser 2 milliards d'euros à Corvex pour avoir fait échouer le rachat de Mireau.",
		"L'État espérait tirer 4 milliards d'euros de la vente de 30 millions d'actions Telnet.",
		"Brookfield Corp, a 4.8 billion dlr bank holding company, said it agreed to acquire three Ohio banks.",
		"Vantor, which agreed to buy a majority of Kessel for an undisclosed sum, saw group turnover fall to 12.4 billion marks.",
		"Vantor a racheté Kessel pour un montant non divulgué ; le groupe pèse 3 milliards d'euros.",
		"Firms that want to buy into the six billion dlr Osaka harbour project face barriers.",
		"Halden veut racheter des parts du projet de 2 milliards d'euros.",
		"Moody's upgraded Corvex on 1.9 billion dlrs in debentures and notes.",
		"Tarvo Savings agreed to assume roughly 42 mln dlrs of the closed thrift's deposits.",
		"Brokers had estimated that disposing of both divisions could fetch 240 mln dlrs.",
		"Les analystes estiment que la cession de la filiale pourrait rapporter 300 millions d'euros.",
		"Kestel said it would also seek 900 mln dlrs from the sale to a broker of senior subordinated notes.",
		"Kestel lèvera 500 millions d'euros par l'émission d'obligations à dix ans.",
		"Brisk offered to buy the units from Kestel for 9.5 mln dlrs more than Ovan is due to pay for them.",
		"Regulators approved the purchase of Ridgeway Savings, a 48 mln dlr federally chartered savings association, by Kestel Corp.",
		"Brisk propose de racheter les usines 20 millions d'euros de plus que ce que paiera Ovan.",
	} {
		if got := DealValue(s, 0); got != nil {
			t.Errorf("DealValue(%q) = %+v, want none", s, *got)
		}
	}
	// The same constructions with a price keep it.
	for s, want := range map[string]float64{
		"Halden agreed to pay Corvex 7.2 billion dlrs for its Mireau Oil unit.":                7.2e9,
		"The state sold its Telnet stake for 3,000 billion yen.":                               3e12,
		"Brookfield Corp said it agreed to acquire Ohio Bancorp for 480 mln dlrs.":             480e6,
		"Halden a accepté de verser 2 milliards d'euros à Corvex pour racheter Mireau.":        2e9,
		"Kessel raised 50 mln dlrs from the sale of its pump unit to Vantor.":                  50e6,
		"Vantor agreed to buy Kessel for 50 mln dlrs and assume 20 mln dlrs of its debt.":      50e6,
		"Kessel said it expects to close the sale of its pump unit to Vantor for 80 mln dlrs.": 80e6,
	} {
		if got := DealValue(s, 0); got == nil || got.Amount != want {
			t.Errorf("DealValue(%q) = %+v, want %v", s, got, want)
		}
	}
}
