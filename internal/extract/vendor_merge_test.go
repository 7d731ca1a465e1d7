package extract

import (
	"testing"

	"marketbrief/internal/model"
)

// Vendors spelled with other capitals or punctuation in other documents are one vendor, named
// as most mentions write it; names that differ in their letters stay apart.
func TestMergeVendorsSpellings(t *testing.T) {
	t.Parallel()
	per := []model.DocFacts{
		{Document: "a.txt", Mentions: map[string]int{"AEGON": 1, "AT&T": 4},
			Aliases: map[string][]string{"AEGON": {"AEGON"}, "AT&T": {"AT&T"}}},
		{Document: "b.txt", Mentions: map[string]int{"Aegon": 1, "ATT": 1, "Aegis": 2},
			Aliases: map[string][]string{"Aegon": {"Aegon NV"}, "ATT": {"ATT"}, "Aegis": {"Aegis"}}},
	}
	vendors, _, _, _ := Merge(per)
	got := map[string]model.Vendor{}
	for _, v := range vendors {
		got[v.Name] = v
	}
	if len(vendors) != 3 {
		t.Fatalf("vendors = %+v, want Aegis, Aegon and AT&T", vendors)
	}
	if v := got["Aegon"]; v.Mentions != 2 || len(v.Documents) != 2 || len(v.Aliases) != 2 {
		t.Errorf("Aegon = %+v, want 2 mentions in 2 documents, aliases AEGON and Aegon NV (a tie goes to the name not in capitals)", v)
	}
	if v := got["AT&T"]; v.Mentions != 5 || len(v.Aliases) != 2 {
		t.Errorf("AT&T = %+v, want 5 mentions with aliases AT&T and ATT", v)
	}
	if _, ok := got["Aegis"]; !ok {
		t.Errorf("Aegis merged with another vendor: %+v", vendors)
	}
}
