package extract

import (
	"strings"
	"testing"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/model"
)

// newVerbLexicon is a lexicon file that adds a made-up acquisition verb with ten forms in each
// language: one line per language, and no Go.
const newVerbLexicon = `# a verb no rule knew
deal_verb.acquire en snarfle snarfles snarfled snarfling has_snarfled have_snarfled had_snarfled will_snarfle would_snarfle to_snarfle
deal_verb.acquire fr snarfle snarflent snarfler snarflé a_snarflé ont_snarflé avait_snarflé avaient_snarflé va_snarfler vont_snarfler
`

// TestNewDealVerbIsOneLineOfData extracts a deal told with a verb that only an extra lexicon
// file defines, in English and French, and checks that the built-in lexicon finds nothing.
func TestNewDealVerbIsOneLineOfData(t *testing.T) {
	lx, err := lexicon.Load(lexicon.File{Name: "snarfle.txt", R: strings.NewReader(newVerbLexicon)})
	if err != nil {
		t.Fatal(err)
	}
	withVerb, err := New(nil).WithLexicon(lx)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, text, acquirer, target string
	}{
		{"english present", "en", "Northwind Systems Inc snarfles Bluefjord Software Ltd for $40 million, the companies said on Tuesday.", "Northwind Systems", "Bluefjord Software"},
		{"english perfect", "en", "Northwind Systems Inc has snarfled Bluefjord Software Ltd, its rival in Oslo.", "Northwind Systems", "Bluefjord Software"},
		{"french present", "fr", "La société Cobaltine SA snarfle l'éditeur Vireo Logiciels SAS pour 12 millions d'euros.", "Cobaltine", "Vireo Logiciels"},
		{"french perfect", "fr", "La société Cobaltine SA a snarflé l'éditeur Vireo Logiciels SAS pour 12 millions d'euros.", "Cobaltine", "Vireo Logiciels"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := model.Document{ID: "d", Language: c.lang, Title: "Rachat", Text: c.text}
			if ds := New(nil).Extract(doc).Deals; len(ds) != 0 {
				t.Fatalf("built-in lexicon found %+v in a sentence whose only verb is made up", ds)
			}
			ds := withVerb.Extract(doc).Deals
			if len(ds) != 1 || ds[0].Type != model.Acquisition || ds[0].Acquirer != c.acquirer || ds[0].Target != c.target {
				t.Fatalf("deals = %+v, want %s acquiring %s", ds, c.acquirer, c.target)
			}
		})
	}
}

// TestEveryLexiconListIsRead fails when a kind of the built-in lexicon is read by no rule or
// word set of extraction: a list nobody reads, or a deal slot no rule names.
func TestEveryLexiconListIsRead(t *testing.T) {
	deal.DefaultRules()
	if unread := lexicon.Default().Unread(); len(unread) > 0 {
		t.Errorf("lexicon kinds read by nothing: %v", unread)
	}
}
