package extract

import (
	"reflect"
	"testing"

	"marketbrief/internal/model"
)

func deal(typ, acq, tgt, seller, doc, text string) model.Deal {
	d := model.Deal{Type: typ, Acquirer: acq, Target: tgt, Seller: seller, Documents: []string{doc},
		Evidence: []model.Evidence{{Document: doc, Text: text}}, Confidence: 0.8}
	d.Parties = dealUnique([]string{acq, tgt, seller})
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
			deal(model.Acquisition, "Facebook", "WhatsApp", "", "b.txt", "Facebook buys WhatsApp."),
			deal(model.Acquisition, "Facebook Inc", "WhatsApp", "", "a.txt", "Facebook acquired WhatsApp."),
		}, 1, []string{"a.txt", "b.txt"}},
		{"sale told as divestiture then acquisition", []model.Deal{
			deal(model.Divestiture, "Huawei", "Honor", "", "a.txt", "Huawei sells Honor."),
			deal(model.Acquisition, "Shenzhen Zhixin", "Honor", "Huawei", "a.txt", "Huawei sold Honor to Shenzhen Zhixin."),
		}, 1, []string{"a.txt"}},
		{"different targets stay apart", []model.Deal{
			deal(model.Acquisition, "Oracle", "Cerner", "", "a.txt", "x"),
			deal(model.Acquisition, "Oracle", "NetSuite", "", "a.txt", "y"),
		}, 2, nil},
		{"merger read both ways", []model.Deal{
			deal(model.Merger, "CBC Bancorp", "Union Planters", "", "a.txt", "x"),
			deal(model.Acquisition, "Union Planters", "CBC Bancorp", "", "a.txt", "y"),
		}, 1, []string{"a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := mergeDeals(tt.in)
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
	got := mergeDeals([]model.Deal{
		deal(model.Divestiture, "Huawei", "Honor", "", "a.txt", "x"),
		deal(model.Acquisition, "Shenzhen Zhixin", "Honor", "Huawei", "a.txt", "y"),
	})
	if got[0].Type != model.Acquisition || got[0].Acquirer != "Shenzhen Zhixin" || got[0].Seller != "Huawei" {
		t.Errorf("got %+v, want the acquisition by Shenzhen Zhixin from Huawei", got[0])
	}
}

func TestMergeDealsDeterministic(t *testing.T) {
	t.Parallel()
	a := deal(model.Acquisition, "Facebook", "WhatsApp", "", "b.txt", "one")
	b := deal(model.Acquisition, "Facebook", "WhatsApp", "", "a.txt", "two")
	c := deal(model.Partnership, "", "", "", "c.txt", "three")
	c.Parties = []string{"Microsoft", "Huawei"}
	d := deal(model.Partnership, "", "", "", "d.txt", "four")
	d.Parties = []string{"Huawei", "Microsoft"}
	first := mergeDeals([]model.Deal{a, b, c, d})
	second := mergeDeals([]model.Deal{d, c, b, a})
	if !reflect.DeepEqual(first, second) {
		t.Errorf("order changes the result:\n%+v\n%+v", first, second)
	}
	if len(first) != 2 {
		t.Errorf("got %d deals, want 2 (the partnership told twice is one)", len(first))
	}
}
