package pdf

import (
	"strings"
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

// Charts fill the first page: when the first, tall chart does not fit under the key figures even
// shrunk, the first row that fits (the pair of small charts) goes there instead of leaving the
// rest of the page blank; when it fits, the order stays.
func TestChartsFillTheFirstPage(t *testing.T) {
	wide := func(name string) model.Chart { return model.Chart{Name: name, Width: 1600, Height: 1200} }
	small := func(name string) model.Chart { return model.Chart{Name: name, Width: 1000, Height: 700} }
	rows := chartRows([]model.Chart{wide("voice"), wide("shares"), small("years"), small("types")})
	names := func(rows [][]model.Chart) string {
		var out []string
		for _, r := range rows {
			for _, c := range r {
				out = append(out, c.Name)
			}
		}
		return strings.Join(out, " ")
	}
	if got := names(fillFirst(rows, 80)); got != "years types voice shares" {
		t.Errorf("80 mm left: charts in order %q, want the small pair first", got)
	}
	if got := names(fillFirst(rows, 120)); got != "voice shares years types" {
		t.Errorf("120 mm left: charts in order %q, want them unchanged", got)
	}
	if got := names(fillFirst(rows, 20)); got != "voice shares years types" {
		t.Errorf("20 mm left: charts in order %q, want them unchanged (nothing fits)", got)
	}
}
