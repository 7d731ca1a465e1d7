package extract

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

func testDeal(typ, acq, tgt, seller, doc, text string) model.Deal {
	d := model.Deal{Type: typ, Acquirer: acq, Target: tgt, Seller: seller, Documents: []string{doc},
		Evidence: []model.Evidence{{Document: doc, Text: text}}, Confidence: 0.8}
	d.Parties = deal.DealUnique([]string{acq, tgt, seller})
	return d
}

func TestMergeDeals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   []model.Deal
		want int // deals after merging
		docs []string
	}{
		{"same deal in two documents", []model.Deal{
			testDeal(model.Acquisition, "Facebook", "WhatsApp", "", "b.txt", "Facebook buys WhatsApp."),
			testDeal(model.Acquisition, "Facebook Inc", "WhatsApp", "", "a.txt", "Facebook acquired WhatsApp."),
		}, 1, []string{"a.txt", "b.txt"}},
		{"sale told as divestiture then acquisition", []model.Deal{
			testDeal(model.Divestiture, "Huawei", "Honor", "", "a.txt", "Huawei sells Honor."),
			testDeal(model.Acquisition, "Shenzhen Zhixin", "Honor", "Huawei", "a.txt", "Huawei sold Honor to Shenzhen Zhixin."),
		}, 1, []string{"a.txt"}},
		{"different targets stay apart", []model.Deal{
			testDeal(model.Acquisition, "Oracle", "Cerner", "", "a.txt", "x"),
			testDeal(model.Acquisition, "Oracle", "NetSuite", "", "a.txt", "y"),
		}, 2, nil},
		{"merger read both ways", []model.Deal{
			testDeal(model.Merger, "CBC Bancorp", "Union Planters", "", "a.txt", "x"),
			testDeal(model.Acquisition, "Union Planters", "CBC Bancorp", "", "a.txt", "y"),
		}, 1, []string{"a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := deal.MergeDeals(tt.in)
			if len(got) != tt.want {
				t.Fatalf("got %d deals, want %d: %+v", len(got), tt.want, got)
			}
			if tt.docs != nil && !reflect.DeepEqual(got[0].Documents, tt.docs) {
				t.Errorf("documents = %v, want %v", got[0].Documents, tt.docs)
			}
			if tt.want == 1 && len(got[0].Evidence) != len(tt.in) {
				t.Errorf("evidence = %d sentences, want %d", len(got[0].Evidence), len(tt.in))
			}
		})
	}
}

func TestMergeDealsKeepsAcquisitionReading(t *testing.T) {
	t.Parallel()
	got := deal.MergeDeals([]model.Deal{
		testDeal(model.Divestiture, "Huawei", "Honor", "", "a.txt", "x"),
		testDeal(model.Acquisition, "Shenzhen Zhixin", "Honor", "Huawei", "a.txt", "y"),
	})
	if got[0].Type != model.Acquisition || got[0].Acquirer != "Shenzhen Zhixin" || got[0].Seller != "Huawei" {
		t.Errorf("got %+v, want the acquisition by Shenzhen Zhixin from Huawei", got[0])
	}
}

func TestMergeDealsDeterministic(t *testing.T) {
	t.Parallel()
	a := testDeal(model.Acquisition, "Facebook", "WhatsApp", "", "b.txt", "one")
	b := testDeal(model.Acquisition, "Facebook", "WhatsApp", "", "a.txt", "two")
	c := testDeal(model.Partnership, "", "", "", "c.txt", "three")
	c.Parties = []string{"Microsoft", "Huawei"}
	d := testDeal(model.Partnership, "", "", "", "d.txt", "four")
	d.Parties = []string{"Huawei", "Microsoft"}
	first := deal.MergeDeals([]model.Deal{a, b, c, d})
	second := deal.MergeDeals([]model.Deal{d, c, b, a})
	if !reflect.DeepEqual(first, second) {
		t.Errorf("order changes the result:\n%+v\n%+v", first, second)
	}
	if len(first) != 2 {
		t.Errorf("got %d deals, want 2 (the partnership told twice is one)", len(first))
	}
}

// naiveMergeDeals is the merge the index replaced: every deal compared with every merged deal.
func naiveMergeDeals(deals []model.Deal) []model.Deal {
	names := vendor.CoNames{}
	m := deal.NewDealMerger(0)
	for _, d := range deals {
		found := -1
		for i := range m.Out {
			if deal.SameDeal(m.Out[i].D, d, names.Same) {
				found = i
				break
			}
		}
		if found < 0 {
			m.Out = append(m.Out, deal.MergedDeal{D: d})
			continue
		}
		m.Merge(found, d)
	}
	return m.Deals()
}

// TestMergeDealsIndexMatchesFullComparison checks that comparing a deal only with the merged
// deals filed under its keys finds what comparing it with all of them finds, on random deals
// whose names share generic words, legal forms, accents and word order.
func TestMergeDealsIndexMatchesFullComparison(t *testing.T) {
	t.Parallel()
	pool := []string{"Orvalis", "Orvalis Cloud", "Orvalis Inc", "Cloud Systems", "Systems Cloud",
		"Brenna Data", "Brenna", "Data", "Quillon Networks SA", "Quillon", "Télévo", "Televo Group",
		"Cloud", "Global Data Services", "Inc", "", "Marsh Brenna", "Brenna Marsh"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return pool[rng.IntN(len(pool))] }
	for round := range 200 {
		var deals []model.Deal
		for i := range 40 {
			doc := fmt.Sprintf("d%02d.txt", rng.IntN(15))
			typ := model.DealTypes[rng.IntN(len(model.DealTypes))]
			seller := ""
			if rng.IntN(4) == 0 {
				seller = pick()
			}
			d := testDeal(typ, pick(), pick(), seller, doc, fmt.Sprint("sentence ", i))
			if typ == model.Partnership {
				d.Acquirer, d.Target, d.Seller = "", "", ""
				d.Parties = deal.DealUnique([]string{pick(), pick(), pick()}[:1+rng.IntN(3)])
			}
			deals = append(deals, d)
		}
		sort.SliceStable(deals, func(i, j int) bool { return deals[i].Documents[0] < deals[j].Documents[0] })
		got, want := deal.MergeDeals(deals), naiveMergeDeals(deals)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: indexed merge gives %d deals, full comparison %d:\n%+v\n%+v", round, len(got), len(want), got, want)
		}
	}
}
