package pdf

import (
	"testing"

	"marketbrief/internal/model"
)

func TestGroupSharesMergesSameStatement(t *testing.T) {
	ss := []model.MarketShare{
		{Vendor: "Amazon", Share: 29, Region: "Global", Period: "2025-Q3", Document: "a"},
		{Vendor: "Microsoft", Share: 22, Region: "Global", Period: "2025-Q3", Document: "a"},
		{Vendor: "Amazon", Share: 29, Region: "Global", Period: "2025-Q3", Document: "b"},
		{Vendor: "Amazon", Share: 29, Region: "Global", Period: "2025-Q3", Document: "b"},
		{Vendor: "Amazon", Share: 29, Qualifier: "about", Region: "Global", Period: "2025-Q3", Document: "c"},
		{Vendor: "Amazon", Share: 29, Region: "Europe", Period: "2025-Q3", Document: "c"},
	}
	gs := groupShares(ss)
	if len(gs) != 4 {
		t.Fatalf("got %d groups, want 4 (same statement merged; qualifier and region keep rows apart): %+v", len(gs), gs)
	}
	if g := gs[0]; g.share.Vendor != "Amazon" || len(g.docs) != 2 || g.docs[0] != "a" || g.docs[1] != "b" {
		t.Errorf("first group = %+v, want Amazon cited by a and b once each", g)
	}
	if gs[1].share.Vendor != "Microsoft" {
		t.Errorf("order not kept: second group is %s", gs[1].share.Vendor)
	}
}

// Every document number the brief prints belongs to the Sources table, which lists exactly the
// documents cited, in the order they are first cited; a fact cited by many documents shows the
// first numbers and how many more.
func TestCitations(t *testing.T) {
	c := &citations{index: map[string]int{}}
	c.add([]string{"x", "y"})
	c.add([]string{"y", "z", "w", "v"}) // v is past maxRefs: not numbered
	if got := c.refs([]string{"z", "x"}); got != "1, 3" {
		t.Errorf("refs = %q, want %q", got, "1, 3")
	}
	if got := c.refs([]string{"y", "z", "w", "v", "u"}); got != "2, 3, 4 +2" {
		t.Errorf("refs = %q, want %q", got, "2, 3, 4 +2")
	}
	if len(c.order) != 4 || c.order[3] != "w" {
		t.Errorf("order = %v, want x, y, z, w", c.order)
	}
}
