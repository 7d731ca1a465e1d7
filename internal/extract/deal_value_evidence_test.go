package extract

import (
	"strings"
	"testing"

	"marketbrief/internal/model"
)

// A price told in a later sentence ("The transaction is valued at…") is cited with the deal, so
// that the amount a report shows can be checked where it is said.
func TestDealValueEvidence(t *testing.T) {
	t.Parallel()
	x := New(nil)
	for _, c := range []struct{ text, price string }{
		{"Harbor Cloud Corp said it agreed to acquire Kestrel Data Ltd. The transaction is valued at 120 mln dlrs in cash.", "valued at 120 mln"},
		{"Harbor Cloud a annoncé le rachat de Kestrel Data. Le montant de l'opération atteint 120 millions d'euros.", "120 millions"},
	} {
		doc := model.Document{ID: "v.txt", Title: "Deal", Text: c.text, Date: "2020-01-10"}
		deals := x.Extract(doc).Deals
		if len(deals) != 1 || deals[0].Value == nil || deals[0].Value.Amount != 120e6 {
			t.Fatalf("%q: deals = %+v, want one valued at 120 mln", c.text, deals)
		}
		found := false
		for _, e := range deals[0].Evidence {
			found = found || strings.Contains(e.Text, c.price)
		}
		if !found {
			t.Errorf("%q: evidence %+v does not cite the price's sentence", c.text, deals[0].Evidence)
		}
	}
}
