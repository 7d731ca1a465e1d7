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

func TestRefsNumbersSourcesInOrder(t *testing.T) {
	index := map[string]int{"a": 14, "b": 12, "c": 3, "far": maxSources + 1}
	if got := refs(index, []string{"a", "b", "far", "unknown", "b"}); got != "12, 14" {
		t.Errorf("refs = %q, want %q", got, "12, 14")
	}
}
