package aggregate

import (
	"reflect"
	"sort"
	"testing"
	"time"

	"marketbrief/internal/model"
)

func fixture() model.Facts {
	return model.Facts{
		Documents: []model.Document{
			{ID: "a.txt", Language: "en", Date: "2025-10-01"},
			{ID: "b.txt", Language: "fr", Date: "2025-11-02"},
			{ID: "c.txt", Language: "fr"},
		},
		Skipped: []model.Skipped{{ID: "bad.bin", Reason: "binary file"}},
		Vendors: []model.Vendor{
			{Name: "Amazon", Mentions: 6, Documents: []string{"a.txt", "b.txt"}},
			{Name: "Microsoft", Mentions: 3, Documents: []string{"b.txt"}},
			{Name: "Wiz", Mentions: 1, Documents: []string{"a.txt"}},
		},
		Deals: []model.Deal{
			{Type: "acquisition", Acquirer: "Google", Target: "Wiz", Parties: []string{"Google", "Wiz"}, Value: &model.Money{Amount: 32e9, Currency: "USD"}, Date: "2025", Documents: []string{"a.txt"}, Confidence: 0.9},
			{Type: "partnership", Parties: []string{"Amazon", "Microsoft"}, Documents: []string{"b.txt"}, Confidence: 0.8},
			{Type: "contract", Acquirer: "Amazon", Target: "Wiz", Parties: []string{"Amazon", "Wiz"}, Date: "2025-10", Documents: []string{"a.txt"}, Confidence: 0.3},
		},
		MarketShares: []model.MarketShare{
			{Vendor: "Amazon", Share: 30, Market: "cloud", Region: "Global", Period: "2025-Q3", Document: "a.txt", Confidence: 0.9},
			{Vendor: "Amazon", Share: 31, Market: "cloud", Region: "Global", Period: "2025-Q2", Document: "a.txt", Confidence: 0.9},
			{Vendor: "Microsoft", Share: 21, Market: "cloud", Region: "Global", Period: "2025-Q3", Document: "a.txt", Confidence: 0.9},
			{Vendor: "Amazon", Share: 25, Market: "cloud", Region: "Europe", Period: "2024", Document: "b.txt", Confidence: 0.9},
			{Vendor: "Oracle", Share: 4, Market: "cloud", Region: "Global", Period: "2025", Document: "b.txt", Confidence: 0.9},
		},
	}
}

func TestBuild(t *testing.T) {
	asOf := time.Date(2025, 11, 23, 0, 0, 0, 0, time.UTC)
	r := Build(fixture(), Options{Name: "weekly", AsOf: asOf, MinConfidence: 0.5})
	if len(r.Deals) != 2 || r.Deals[0].Date != "2025" || r.Deals[1].Date != "" {
		t.Errorf("deals = %+v, want the low-confidence one hidden, dated first", r.Deals)
	}
	if r.PeriodStart.Format("2006-01-02") != "2025-10-01" || r.PeriodEnd.Format("2006-01-02") != "2025-11-02" {
		t.Errorf("period %v – %v", r.PeriodStart, r.PeriodEnd)
	}
	if got := []string{r.Vendors[0].Name, r.Vendors[1].Name}; !reflect.DeepEqual(got, []string{"Amazon", "Microsoft"}) {
		t.Errorf("vendor order %v", got)
	}
	am := r.Vendors[0]
	if am.ShareOfVoice != 0.6 || am.AsPartner != 1 || am.LatestShare == nil || am.LatestShare.Period != "2025-Q3" || am.FirstSeen != "2025-10-01" || am.LastSeen != "2025-11-02" {
		t.Errorf("Amazon row %+v latest %+v", am, am.LatestShare)
	}
	if len(r.Latest) != 2 || r.Latest[0].Region != "Global" || r.Latest[0].Period != "2025-Q3" || len(r.Latest[0].Shares) != 2 || r.Latest[1].Region != "Europe" {
		t.Errorf("latest = %+v", r.Latest)
	}
	g := r.Trends[0]
	if g.Region != "Global" || !reflect.DeepEqual(g.Periods, []string{"2025-Q2", "2025-Q3", "2025"}) || *g.Values[0][0] != 31 || g.Values[1][0] != nil {
		t.Errorf("trend = %+v", g)
	}
	if r.DealsByType[0] != (model.Count{Label: "acquisition", N: 1}) || len(r.DealsByType) != len(model.DealTypes) {
		t.Errorf("by type %v", r.DealsByType)
	}
	if r.Figures.Documents != 3 || r.Figures.Skipped != 1 || r.Figures.DisclosedValue[0].Amount != 32e9 || r.Figures.ShareStatements != 5 || r.Figures.Languages[0].Label != "fr" {
		t.Errorf("figures %+v", r.Figures)
	}
	// c.txt is cited by no fact: left out of the sources, and counted.
	if n := len(r.Sources); n != 3 || r.Sources[2].Status != "skipped: binary file" || r.Sources[0].Facts != 4 || r.Sources[1].Facts != 3 || r.SourcesLeftOut != 1 {
		t.Errorf("sources %+v (%d left out), want a.txt, b.txt, the skipped file and 1 left out", r.Sources, r.SourcesLeftOut)
	}
}

func TestPeriodOrder(t *testing.T) {
	ps := []string{"2025", "2025-Q3", "Q2", "2024-H2", "2025-Q1", "2025-07", "2024"}
	sort.Slice(ps, func(i, j int) bool { return PeriodLess(ps[i], ps[j]) })
	want := []string{"Q2", "2024-H2", "2024", "2025-Q1", "2025-07", "2025-Q3", "2025"}
	if !reflect.DeepEqual(ps, want) {
		t.Errorf("got %v, want %v", ps, want)
	}
}

func TestMarkChanges(t *testing.T) {
	prev := fixture()
	cur := fixture()
	MarkChanges(nil, &cur, "", "")
	if cur.Changes != nil || cur.Documents[0].New {
		t.Fatal("a first run marks nothing")
	}
	cur.Documents = append(cur.Documents, model.Document{ID: "d.txt"})
	cur.Vendors = append(cur.Vendors, model.Vendor{Name: "OVHcloud"})
	cur.Deals = append(cur.Deals, model.Deal{Type: "merger", Parties: []string{"A", "B"}})
	cur.MarketShares[0].Share = 32
	MarkChanges(&prev, &cur, "run1", "2025-11-16")
	ch := cur.Changes
	if ch == nil || !reflect.DeepEqual(ch.NewDocuments, []string{"d.txt"}) || !reflect.DeepEqual(ch.NewVendors, []string{"OVHcloud"}) || ch.NewDeals != 1 {
		t.Fatalf("changes %+v", ch)
	}
	if len(ch.ShareChanges) != 1 || *ch.ShareChanges[0].Old != 30 || ch.ShareChanges[0].New != 32 || !cur.MarketShares[0].New || cur.MarketShares[1].New {
		t.Errorf("share changes %+v", ch.ShareChanges)
	}
}

// Two figures of one vendor, market, region and period (two articles disagree) are no change
// when the next run has the same two: comparing a run with an identical one said "General
// Motors's share went from 53.6% to 48.2%".
func TestTwoFiguresOfOneKeyAreNoChange(t *testing.T) {
	two := func(a, b float64) model.Facts {
		f := fixture()
		f.MarketShares = []model.MarketShare{
			{Vendor: "Acme", Share: a, Market: "widgets", Region: "US", Period: "2020-03", Document: "a.txt"},
			{Vendor: "Acme", Share: b, Market: "widgets", Region: "US", Period: "2020-03", Document: "b.txt"},
		}
		return f
	}
	prev, cur := two(53.6, 48.2), two(48.2, 53.6)
	MarkChanges(&prev, &cur, "run1", "")
	if n := len(cur.Changes.ShareChanges); n != 0 {
		t.Errorf("%d share changes between runs with the same two figures: %+v", n, cur.Changes.ShareChanges)
	}
	prev, cur = two(53.6, 48.2), two(53.6, 50)
	MarkChanges(&prev, &cur, "run1", "")
	if ch := cur.Changes.ShareChanges; len(ch) != 1 || ch[0].Old == nil || *ch[0].Old != 48.2 || ch[0].New != 50 {
		t.Errorf("changes %+v, want one from 48.2 to 50", ch)
	}
}

// A report run for an earlier week after a later report (a week of 2020 run by hand after
// today's) is not compared with it: its brief would say "since the report of 2 December 2026"
// about a week of 2020.
func TestNoChangesSinceALaterReport(t *testing.T) {
	prev, cur := fixture(), fixture()
	cur.Vendors = append(cur.Vendors, model.Vendor{Name: "OVHcloud"})
	cur.GeneratedAt = "2020-06-30T00:00:00Z"
	MarkChanges(&prev, &cur, "run1", "2026-12-02T00:00:00Z")
	if cur.Changes != nil || cur.Vendors[len(cur.Vendors)-1].New {
		t.Errorf("changes since a report of a later date: %+v", cur.Changes)
	}
	cur.GeneratedAt = "2026-12-09T00:00:00Z"
	MarkChanges(&prev, &cur, "run1", "2026-12-02T00:00:00Z")
	if cur.Changes == nil || len(cur.Changes.NewVendors) != 1 {
		t.Errorf("the next week's report is compared with the previous one: %+v", cur.Changes)
	}
}

// Totals are in the report's currency only: values are converted at their year's average rate,
// and an amount beyond any deal is flagged and left out.
func TestDisclosedValueConverted(t *testing.T) {
	f := fixture()
	f.Deals = append(f.Deals,
		model.Deal{Type: "acquisition", Acquirer: "NTT", Target: "Kestel", Parties: []string{"NTT", "Kestel"}, Value: &model.Money{Amount: 121.05e9, Currency: "JPY"}, Date: "2015", Documents: []string{"a.txt"}, Confidence: 0.9},
		model.Deal{Type: "acquisition", Acquirer: "IBM", Target: "Orvane", Parties: []string{"IBM", "Orvane"}, Value: &model.Money{Amount: 4.5e12, Currency: "USD"}, Documents: []string{"b.txt"}, Confidence: 0.9})
	r := Build(f, Options{AsOf: time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC), MinConfidence: 0.5})
	k := r.Figures
	// The yen deal of 2015 is background (dated long before its article): only Google–Wiz counts.
	if len(k.DisclosedValue) != 1 || k.DisclosedValue[0] != (model.Money{Amount: 32e9, Currency: "USD"}) || k.Implausible != 1 {
		t.Errorf("figures %+v, want one USD total of 32e9 and the trillion flagged", k)
	}
	for _, d := range r.Deals {
		if d.Acquirer == "NTT" && (d.Converted == nil || d.Converted.Amount != 1e9 || !d.Background) {
			t.Errorf("NTT deal %+v: want $1 billion at 2015's rate, background", d)
		}
	}
	r = Build(f, Options{AsOf: time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC), Currency: "EUR", MinConfidence: 0.5})
	if got := r.Figures.DisclosedValue; len(got) != 1 || got[0].Currency != "EUR" {
		t.Errorf("EUR report total %+v", got)
	}
}

// Shares of different markets are never ranked together, and shares without a market are apart.
func TestLatestByMarket(t *testing.T) {
	f := fixture()
	f.MarketShares = append(f.MarketShares,
		model.MarketShare{Vendor: "Emhart", Share: 62, Market: "fasteners", Region: "Global", Period: "2025-Q3", Document: "a.txt", Confidence: 0.9},
		model.MarketShare{Vendor: "Zed", Share: 70, Region: "Global", Period: "2025-Q3", Document: "a.txt", Confidence: 0.9})
	r := Build(f, Options{AsOf: time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC), MinConfidence: 0.5})
	for _, rs := range r.Latest {
		for _, s := range rs.Shares {
			if s.Market != rs.Market {
				t.Errorf("%s (%s) ranked in %s", s.Vendor, s.Market, rs.Market)
			}
		}
	}
	if len(r.Unmarketed) != 1 || r.Unmarketed[0].Vendor != "Zed" {
		t.Errorf("unmarketed %+v", r.Unmarketed)
	}
}

func TestBackground(t *testing.T) {
	f := model.Facts{
		Documents: []model.Document{{ID: "n.txt", Date: "2025-11-05"}},
		Deals: []model.Deal{
			{Type: "acquisition", Acquirer: "A", Target: "B", Parties: []string{"A", "B"}, Date: "2016", Documents: []string{"n.txt"}, Confidence: 1},
			{Type: "acquisition", Acquirer: "C", Target: "D", Parties: []string{"C", "D"}, Date: "2025-11-03", Documents: []string{"n.txt"}, Confidence: 1},
			{Type: "acquisition", Acquirer: "E", Target: "F", Parties: []string{"E", "F"}, Date: "2025-09", Documents: []string{"n.txt"}, Confidence: 1},
		},
		MarketShares: []model.MarketShare{
			{Vendor: "A", Share: 30, Market: "cloud", Period: "2025-Q3", Document: "n.txt", Confidence: 1},
			{Vendor: "A", Share: 20, Market: "cloud", Period: "2019", Document: "n.txt", Confidence: 1},
		},
	}
	asOf := time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC)
	bg := func(r *model.Report) map[string]bool {
		m := map[string]bool{}
		for _, d := range r.Deals {
			m[d.Acquirer] = d.Background
		}
		for _, s := range r.Shares {
			m[s.Period] = s.Background
		}
		return m
	}
	whole := Build(f, Options{AsOf: asOf})
	if len(whole.DealsByYear) != 1 || whole.DealsByYear[0] != (model.Count{Label: "2025", N: 2}) {
		t.Errorf("deals per year %v: want the period's 2 deals of 2025 only, not the 2016 one recalled", whole.DealsByYear)
	}
	all := bg(whole)
	want := map[string]bool{"A": true, "C": false, "E": false, "2025-Q3": false, "2019": true}
	if !reflect.DeepEqual(all, want) {
		t.Errorf("whole corpus: background %v, want %v", all, want)
	}
	week := bg(Build(f, Options{AsOf: asOf, WindowStart: asOf.AddDate(0, 0, -6)}))
	want["E"] = true // a deal of September is not news in the first week of November
	if !reflect.DeepEqual(week, want) {
		t.Errorf("a week: background %v, want %v", week, want)
	}
}

func TestDedupeVendors(t *testing.T) {
	vs, rename := dedupeVendors([]model.Vendor{
		{Name: "AT&T", Mentions: 3, Documents: []string{"a"}},
		{Name: "AT & T", Mentions: 5, Documents: []string{"b"}},
		{Name: "at&t", Mentions: 1, Documents: []string{"a"}},
		{Name: "Atos", Mentions: 2},
	})
	if len(vs) != 2 || vs[0].Name != "AT & T" || vs[0].Mentions != 9 || len(vs[0].Documents) != 2 {
		t.Fatalf("vendors %+v", vs)
	}
	if rename["AT&T"] != "AT & T" || rename["at&t"] != "AT & T" {
		t.Errorf("rename %v", rename)
	}
}

// A deal an article dates after itself (a completion planned for next year, a launch date read
// as the deal's) is marked Expected, listed and charted by its article's date: a report of a
// corpus that ends in 2020 shows no deal of 2021 at the top of its tables or in its chart.
func TestExpectedDealDate(t *testing.T) {
	f := model.Facts{
		Documents: []model.Document{{ID: "old.txt", Date: "2020-06-27"}, {ID: "new.txt", Date: "2020-09-10"}, {ID: "undated.txt"}},
		Deals: []model.Deal{
			{Type: "partnership", Parties: []string{"Acme", "Brandco"}, Date: "2021", Documents: []string{"old.txt"}, Confidence: 1},
			{Type: "acquisition", Acquirer: "C", Target: "D", Parties: []string{"C", "D"}, Date: "2020-09", Documents: []string{"new.txt"}, Confidence: 1},
			{Type: "acquisition", Acquirer: "E", Target: "F", Parties: []string{"E", "F"}, Date: "2020-Q3", Documents: []string{"old.txt", "new.txt"}, Confidence: 1},
			{Type: "contract", Acquirer: "G", Target: "H", Parties: []string{"G", "H"}, Date: "2027", Documents: []string{"undated.txt"}, Confidence: 1},
		},
	}
	r := Build(f, Options{AsOf: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)})
	expected := map[string]bool{}
	var order []string
	for _, d := range r.Deals {
		expected[d.Parties[0]] = d.Expected
		order = append(order, d.Parties[0])
	}
	// Q3 2020 is not after the newest of its two articles; 2027 is after the as-of date.
	if want := map[string]bool{"Acme": true, "C": false, "E": false, "G": true}; !reflect.DeepEqual(expected, want) {
		t.Errorf("expected %v, want %v", expected, want)
	}
	if want := []string{"C", "E", "Acme", "G"}; !reflect.DeepEqual(order, want) {
		t.Errorf("deals in order %v, want %v: the 2021 partnership sorts by its article of June 2020, the 2027 contract of an undated article with the undated deals", order, want)
	}
	if want := []model.Count{{Label: "2020", N: 3}}; !reflect.DeepEqual(r.DealsByYear, want) {
		t.Errorf("deals per year %v, want %v: no bar for 2021, the year its article looks ahead to", r.DealsByYear, want)
	}
}

// Deals sort newest first by the first day of their period: a deal of Q3 2020 after one of
// December 2020 (the dates' text put every quarter above every month), a year after its months.
func TestDealsSortByPeriod(t *testing.T) {
	var f model.Facts
	for _, date := range []string{"2020-Q3", "2020", "2020-12", "2020-08-15", "2020-H1", ""} {
		f.Deals = append(f.Deals, model.Deal{Type: "acquisition", Parties: []string{date}, Date: date, Confidence: 1})
	}
	r := Build(f, Options{AsOf: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)})
	var got []string
	for _, d := range r.Deals {
		got = append(got, d.Date)
	}
	if want := []string{"2020-12", "2020-08-15", "2020-Q3", "2020-H1", "2020", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("deals in order %q, want %q", got, want)
	}
}
