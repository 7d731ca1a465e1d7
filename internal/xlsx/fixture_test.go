package xlsx

import (
	"fmt"
	"time"

	"marketbrief/internal/model"
)

// f64 returns a pointer to v, for trend values and old shares.
func f64(v float64) *float64 { return &v }

// englishReport is a small but complete English report with every section filled.
func englishReport() *model.Report {
	docs := []model.SourceRow{
		{ID: "news/000_a.txt", Title: "=HYPERLINK(\"http://evil\",\"x\")", Language: "en", Date: "2026-11-02",
			Bytes: 6613, Facts: 3, Status: "read", Path: "/corpus/news/000_a.txt"},
		{ID: "news/001_b.txt", Title: "+Cloud market Q3: AWS leads", Language: "en", Date: "2026-10-15",
			Bytes: 4100, Facts: 2, Status: "read", Path: "/corpus/news/001 b.txt"},
		{ID: "news/002_c.txt", Title: "@Microsoft buys -Nuance", Language: "en", Bytes: 900, Status: "read"},
		{ID: "bad/003.bin", Status: "skipped: not UTF-8 text", Path: "/corpus/bad/003.bin"},
	}
	amazon := model.MarketShare{Vendor: "Amazon", Share: 31, Qualifier: "about", Market: "cloud",
		Region: "Global", Period: "2025-Q3", Document: "news/001_b.txt", Evidence: "AWS held about 31%.", Confidence: 0.9}
	msft := model.MarketShare{Vendor: "Microsoft", Share: 24, Qualifier: "exact", Market: "cloud",
		Region: "Global", Period: "2025-Q3", Document: "news/001_b.txt", Evidence: "Azure 24%.", Confidence: 0.8}
	ali := model.MarketShare{Vendor: "Alibaba", Share: 40, Qualifier: "over", Market: "cloud",
		Region: "China", Period: "2020-Q3", Document: "news/000_a.txt", Evidence: "Alibaba over 40%.\x01", Confidence: 0.9}
	deals := []model.Deal{
		{Type: "acquisition", Acquirer: "Microsoft", Target: "Nuance", Parties: []string{"Microsoft", "Nuance"},
			Value: &model.Money{Amount: 19.7e9, Currency: "USD"}, Date: "2021-04-12",
			Documents: []string{"news/002_c.txt", "news/000_a.txt"},
			Evidence:  []model.Evidence{{Document: "news/002_c.txt", Text: "=SUM(1,2) Microsoft agreed to buy Nuance for $19.7 billion."}}, Confidence: 0.95},
		{Type: "partnership", Parties: []string{"Google", "Salesforce"}, Date: "2020-Q3",
			Documents: []string{"news/001_b.txt"}, Evidence: []model.Evidence{{Text: "Google and Salesforce partner."}}, Confidence: 0.7},
		{Type: "investment", Acquirer: "Amazon", Target: "Anthropic", Parties: []string{"Amazon", "Anthropic"},
			Value: &model.Money{Amount: 4e9, Currency: "EUR"}, Date: "2023", Documents: []string{"news/999_missing.txt"}, Confidence: 0.6},
		{Type: "contract", Acquirer: "DoD", Target: "Oracle", Parties: []string{"DoD", "Oracle", "Amazon"},
			Value: &model.Money{Amount: 250e6, Currency: "CHF"}, Documents: []string{"news/000_a.txt"}, Confidence: 0.5},
	}
	return &model.Report{
		Name: "weekly", Title: "Cloud market brief", Subject: "Cloud vendors, deals and shares",
		Language: "en", RunID: "run-1",
		AsOf:        time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		PeriodStart: time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC),
		PeriodEnd:   time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC),
		Facts: model.Facts{GroupShares: []model.GroupShare{{Vendors: []string{"Amazon", "Microsoft", "Google"},
			Share: 63, Qualifier: "exact", Region: "Global", Period: "2025-Q3", Document: "news/001_b.txt", Evidence: "Together 63%."}}},
		Figures: model.KeyFigures{Documents: 3, Skipped: 1, Languages: []model.Count{{Label: "en", N: 3}},
			Vendors: 4, Deals: 4, DealsWithValue: 3, ShareStatements: 4,
			DisclosedValue: []model.Money{{Amount: 19.7e9, Currency: "USD"}, {Amount: 4e9, Currency: "EUR"}, {Amount: 250e6, Currency: "CHF"}}},
		Vendors: []model.VendorRow{
			{Name: "Amazon", Mentions: 12, Documents: 3, ShareOfVoice: 0.4, AsAcquirer: 1, AsPartner: 1, LatestShare: &amazon,
				FirstSeen: "2026-10-15", LastSeen: "2026-11-02", Aliases: []string{"AWS", "Amazon Web Services"}},
			{Name: "Microsoft", Mentions: 9, Documents: 2, ShareOfVoice: 0.3, AsAcquirer: 1, LatestShare: &msft,
				FirstSeen: "2026-10-15", LastSeen: "2026-10-15", Aliases: []string{"Azure"}},
			{Name: "Google", Mentions: 6, Documents: 1, ShareOfVoice: 0.2, AsPartner: 1},
			{Name: "Alibaba", Mentions: 3, Documents: 1, ShareOfVoice: 0.1, LatestShare: &ali, FirstSeen: "2026-11-02"},
		},
		Deals:  deals,
		Shares: []model.MarketShare{ali, amazon, msft, {Vendor: "Amazon", Share: 33, Qualifier: "exact", Market: "cloud", Region: "Global", Period: "2024-Q3", Document: "news/000_a.txt"}},
		Latest: []model.RegionShares{{Region: "China", Period: "2020-Q3", Market: "cloud", Shares: []model.MarketShare{ali}},
			{Region: "Global", Period: "2025-Q3", Market: "cloud", Shares: []model.MarketShare{amazon, msft}}},
		Trends: []model.Trend{{Region: "Global", Periods: []string{"2024-Q3", "2025-Q3"}, Vendors: []string{"Amazon", "Microsoft"},
			Values: [][]*float64{{f64(33), f64(31)}, {nil, f64(24)}}},
			{Region: "China", Periods: []string{"2020-Q3"}, Vendors: []string{"Alibaba"}, Values: [][]*float64{{f64(40)}}}},
		DealsByType: counts(map[string]int{"acquisition": 1, "partnership": 1, "investment": 1, "contract": 1}),
		Sources:     docs,
	}
}

// frenchReport is englishReport in French, with accents and French punctuation, and a previous run.
func frenchReport() *model.Report {
	r := englishReport()
	r.Language = "fr"
	r.Title = "Marché du cloud : « synthèse » hebdomadaire — été ’26 €"
	r.Sources[0].Title = "Le cloud en Europe : « Scaleway » et OVHcloud s’étendent à Besançon"
	r.Sources[0].Language = "fr"
	r.Deals[0].Evidence[0].Text = "Microsoft a acquis Nuance pour 19,7 milliards de dollars, « à l’été » à Besançon."
	r.Vendors[2].Name = "Société Générale à Nîmes"
	r.Figures.Languages = []model.Count{{Label: "fr", N: 2}, {Label: "en", N: 1}}
	r.Vendors[0].New, r.Deals[1].New, r.Shares[0].New, r.Sources[1].New = true, true, true, true
	r.Facts.Changes = &model.Changes{PreviousRun: "run-0", PreviousAsOf: "2026-11-16",
		NewDocuments: []string{"news/001_b.txt"}, NewVendors: []string{"Société Générale à Nîmes"}, NewDeals: 1,
		ShareChanges: []model.ShareChange{{Vendor: "Amazon", Market: "cloud", Region: "Global", Period: "2025-Q3", Old: f64(30), New: 31},
			{Vendor: "Alibaba", Market: "cloud", Region: "China", Period: "2020-Q3", New: 40}}}
	return r
}

// emptyReport has no facts at all.
func emptyReport(lang string) *model.Report {
	return &model.Report{Name: "weekly", Title: "Empty", Language: lang,
		AsOf: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), DealsByType: counts(nil)}
}

// oneVendorReport has one vendor, no deals and no shares.
func oneVendorReport() *model.Report {
	r := emptyReport("en")
	r.Vendors = []model.VendorRow{{Name: "Amazon", Mentions: 1, Documents: 1, ShareOfVoice: 1}}
	r.Sources = []model.SourceRow{{ID: "a.txt", Title: "A", Language: "en", Status: "read"}}
	return r
}

// counts returns deal counts in the order of model.DealTypes.
func counts(n map[string]int) []model.Count {
	out := make([]model.Count, 0, len(model.DealTypes))
	for _, t := range model.DealTypes {
		out = append(out, model.Count{Label: t, N: n[t]})
	}
	return out
}

// bigReport has n deals, n market shares and n/10 sources, for benchmarks and row-limit tests.
func bigReport(n int) *model.Report {
	r := englishReport()
	nsrc := max(n/10, 1)
	r.Sources = make([]model.SourceRow, nsrc)
	for i := range r.Sources {
		r.Sources[i] = model.SourceRow{ID: fmt.Sprintf("news/%06d.txt", i), Title: fmt.Sprintf("Article %d", i),
			Language: "en", Date: "2026-11-02", Bytes: 5000, Facts: 20, Status: "read", Path: fmt.Sprintf("/corpus/news/%06d.txt", i)}
	}
	base := r.Deals
	r.Deals = make([]model.Deal, n)
	r.Shares = make([]model.MarketShare, n)
	for i := range n {
		d := base[i%len(base)]
		d.Documents = []string{r.Sources[i%nsrc].ID}
		d.Evidence = []model.Evidence{{Document: d.Documents[0], Text: fmt.Sprintf("Deal sentence number %d, long enough to wrap onto a second line in the evidence column of the sheet.", i)}}
		r.Deals[i] = d
		r.Shares[i] = model.MarketShare{Vendor: fmt.Sprintf("Vendor %d", i%500), Share: float64(i%100) + 0.5, Qualifier: "about",
			Market: "cloud", Region: "Global", Period: "2025-Q3", Document: r.Sources[i%nsrc].ID, Evidence: "A share sentence.", Confidence: 0.8}
	}
	return r
}
