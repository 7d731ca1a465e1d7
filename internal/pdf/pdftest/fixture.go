// Package pdftest builds model.Report fixtures by hand for testing the chart and PDF renderers:
// a realistic weekly report in English or French, and edge cases (nothing found, one vendor, equal
// values, long names, emoji, many deals).
package pdftest

import (
	"fmt"
	"time"

	"marketbrief/internal/model"
)

// AsOf returns the as-of date of every fixture, 23 November 2026.
func AsOf() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }

// Realistic returns a report such as a weekly run over a small cloud-news corpus would give, in
// lang ("en" or "fr"), with changes since a previous run.
func Realistic(lang string) *model.Report {
	docs := []model.Document{
		{ID: "news/000_ce359b6e.txt", Title: "Cloud market: AWS holds its lead as Azure closes in", Language: "en", Date: "2026-11-17", Bytes: 6613},
		{ID: "news/001_a1b2c3d4.txt", Title: "Synergy: the big three hold 63% of cloud infrastructure", Language: "en", Date: "2026-11-18", Bytes: 4210},
		{ID: "news/002_5e6f7a8b.txt", Title: "Le cloud souverain français séduit les banques", Language: "fr", Date: "2026-11-19", Bytes: 5120, New: true},
		{ID: "news/003_9c0d1e2f.txt", Title: "Alibaba Cloud keeps over 40% of China’s market", Language: "en", Date: "2026-11-20", Bytes: 3900},
		{ID: "news/004_3a4b5c6d.txt", Title: "« OVHcloud accélère » : l’opérateur roubaisien lève 350 millions d’euros", Language: "fr", Date: "2026-11-21", Bytes: 4800, New: true},
		{ID: "news/005_7e8f9a0b.txt", Title: "Google completes $32 billion Wiz acquisition", Language: "en", Date: "2026-11-22", Bytes: 5300},
	}
	r := &model.Report{
		Name: "weekly", Language: lang, RunID: "20261123T070000Z", AsOf: AsOf(),
		Title:       "Cloud market weekly",
		Subject:     "Vendors, deals and market shares in cloud infrastructure",
		PeriodStart: time.Date(2026, 11, 17, 0, 0, 0, 0, time.UTC),
		PeriodEnd:   time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC),
		WindowStart: time.Date(2026, 11, 17, 0, 0, 0, 0, time.UTC), Window: "7d", Currency: "USD",
	}
	if lang == "fr" {
		r.Currency = "EUR"
		r.Title = "Le marché du cloud, semaine 47"
		r.Subject = "Fournisseurs, opérations et parts de marché du cloud"
	}
	r.Vendors = []model.VendorRow{
		vendor("Amazon", 27, 5, 0.27), vendor("Microsoft", 21, 5, 0.21), vendor("Google", 16, 4, 0.16),
		vendor("Alibaba", 11, 2, 0.11), vendor("OVHcloud", 8, 2, 0.08), vendor("Huawei", 6, 2, 0.06),
		vendor("Oracle", 5, 2, 0.05), vendor("Wiz", 4, 1, 0.04), vendor("Société Générale", 2, 1, 0.02),
	}
	r.Vendors[4].New = true
	usd := func(a float64) *model.Money { return &model.Money{Amount: a, Currency: "USD"} }
	eur := func(a float64) *model.Money { return &model.Money{Amount: a, Currency: "EUR"} }
	r.Deals = []model.Deal{
		deal(model.Acquisition, "Google", "Wiz", usd(32e9), "2026-11", docs[5].ID, "Google completed its $32 billion acquisition of Wiz, the largest deal in its history."),
		deal(model.Investment, "KKR", "OVHcloud", eur(350e6), "2026-11", docs[4].ID, "Le fonds KKR investit 350 millions d’euros dans OVHcloud pour accélérer son expansion en Europe."),
		deal(model.Partnership, "", "", nil, "2026-10", docs[2].ID, "Société Générale et OVHcloud ont signé un partenariat pour un cloud « de confiance »."),
		deal(model.Contract, "US Department of Defense", "Oracle", usd(9e9), "2026", docs[0].ID, "The Pentagon split its $9 billion JWCC contract between Amazon, Microsoft, Google and Oracle."),
		deal(model.Acquisition, "Microsoft", "Nuance Communications", usd(19.7e9), "2022", docs[0].ID, "Microsoft closed its $19.7 billion purchase of Nuance Communications in March 2022."),
		deal(model.Acquisition, "Facebook", "WhatsApp", usd(19e9), "2014", docs[1].ID, "Facebook bought WhatsApp for $19 billion in 2014."),
		deal(model.Investment, "Alibaba", "Zhipu AI", nil, "", docs[3].ID, "Alibaba joined a funding round in Zhipu AI."),
	}
	r.Deals[2].Parties = []string{"Société Générale", "OVHcloud"}
	r.Deals[3].Parties = []string{"US Department of Defense", "Amazon", "Microsoft", "Google", "Oracle"}
	r.Deals[1].New, r.Deals[2].New = true, true
	r.Deals[4].Background, r.Deals[5].Background = true, true // deals of 2022 and 2014 recalled
	convertAll(r.Deals, r.Currency)
	r.Shares = []model.MarketShare{
		share("Alibaba", 40, model.Over, "China", "2026-Q3", docs[3].ID, "Alibaba Cloud kept more than 40% of China’s cloud market in the third quarter."),
		share("Huawei", 19, model.Exact, "China", "2026-Q3", docs[3].ID, "Huawei Cloud followed with 19%."),
		share("Tencent", 15, model.About, "China", "2026-Q3", docs[3].ID, "Tencent Cloud held about 15%."),
		share("Amazon", 30, model.Exact, "Global", "2026-Q3", docs[1].ID, "AWS held 30% of the worldwide market in Q3 2026, according to Synergy Research."),
		share("Microsoft", 22, model.Exact, "Global", "2026-Q3", docs[1].ID, "Microsoft Azure reached 22%, its highest share so far."),
		share("Google", 12, model.Exact, "Global", "2026-Q3", docs[1].ID, "Google Cloud stood at 12%."),
		share("Amazon", 31, model.Exact, "Global", "2026-Q2", docs[0].ID, "Amazon’s share was 31% in the second quarter."),
		share("OVHcloud", 4.5, model.Under, "France", "2026", docs[2].ID, "OVHcloud détient un peu moins de 4,5 % du marché français."),
	}
	r.Latest = []model.RegionShares{
		{Region: "China", Period: "2026-Q3", Market: "cloud", Shares: r.Shares[0:3]},
		{Region: "France", Period: "2026", Market: "cloud", Shares: r.Shares[7:8]},
		{Region: "Global", Period: "2026-Q3", Market: "cloud", Shares: r.Shares[3:6]},
	}
	r.DealsByType = countTypes(r.Deals)
	r.DealsByYear = []model.Count{{Label: "2014", N: 1}, {Label: "2022", N: 1}, {Label: "2026", N: 4}}
	for i, d := range docs {
		r.Sources = append(r.Sources, model.SourceRow{ID: d.ID, Title: d.Title, Language: d.Language,
			Date: d.Date, Bytes: d.Bytes, Facts: 1 + i%3, Status: "read", New: d.New})
	}
	old := 31.0
	r.Facts = model.Facts{SchemaVersion: 1, Report: "weekly", Documents: docs, Deals: r.Deals,
		MarketShares: r.Shares, Vendors: []model.Vendor{{Name: "Amazon", Mentions: 27}},
		GroupShares: []model.GroupShare{{Vendors: []string{"Amazon", "Microsoft", "Google"}, Share: 63,
			Qualifier: model.Exact, Market: "cloud", Region: "Global", Period: "2026-Q3", Document: docs[1].ID,
			Evidence: "Together the big three hold 63% of cloud infrastructure spending.", Confidence: 0.9}},
		Changes: &model.Changes{PreviousRun: "20261116T070000Z", PreviousAsOf: "2026-11-16",
			NewDocuments: []string{docs[2].ID, docs[4].ID}, NewVendors: []string{"OVHcloud"}, NewDeals: 2,
			ShareChanges: []model.ShareChange{
				{Vendor: "Amazon", Market: "cloud", Region: "Global", Period: "2026-Q3", Old: &old, New: 30},
				{Vendor: "OVHcloud", Market: "cloud", Region: "France", Period: "2026", New: 4.5},
			}}}
	r.Figures = model.KeyFigures{Documents: len(docs), Skipped: 1,
		Languages: []model.Count{{Label: "en", N: 4}, {Label: "fr", N: 2}},
		Vendors:   len(r.Vendors), Deals: len(r.Deals),
		DealsWithValue: 3, ShareStatements: len(r.Shares) + 1, NewsDeals: 5, BackgroundDeals: 2}
	for _, d := range r.Deals {
		if !d.Background && d.Converted != nil {
			if len(r.Figures.DisclosedValue) == 0 {
				r.Figures.DisclosedValue = []model.Money{{Currency: r.Currency}}
			}
			r.Figures.DisclosedValue[0].Amount += d.Converted.Amount
		}
	}
	r.Sources = append(r.Sources, model.SourceRow{ID: "news/broken.html", Status: "skipped: not valid HTML"})
	return r
}

// eurUSD is the fixtures' exchange rate, dollars per euro: aggregate converts with real yearly
// rates, the renderers only show what they are given.
const eurUSD = 1.1

// convertAll sets each valued deal's amount in currency (USD or EUR).
func convertAll(deals []model.Deal, currency string) {
	for i := range deals {
		v := deals[i].Value
		if v == nil {
			continue
		}
		c := model.Money{Amount: v.Amount, Currency: currency}
		switch {
		case v.Currency == "EUR" && currency == "USD":
			c.Amount *= eurUSD
		case v.Currency == "USD" && currency == "EUR":
			c.Amount /= eurUSD
		}
		deals[i].Converted = &c
	}
}

// vendor builds a vendor row.
func vendor(name string, mentions, docs int, sov float64) model.VendorRow {
	return model.VendorRow{Name: name, Mentions: mentions, Documents: docs, ShareOfVoice: sov,
		FirstSeen: "2026-11-17", LastSeen: "2026-11-22", Aliases: []string{name}}
}

// deal builds a deal with one piece of evidence.
func deal(typ, acq, target string, v *model.Money, date, doc, ev string) model.Deal {
	d := model.Deal{Type: typ, Acquirer: acq, Target: target, Value: v, Date: date,
		Documents: []string{doc}, Evidence: []model.Evidence{{Document: doc, Text: ev}}, Confidence: 0.9}
	if acq != "" {
		d.Parties = []string{acq, target}
	}
	return d
}

// share builds a market share of the cloud market.
func share(vendor string, pct float64, q, region, period, doc, ev string) model.MarketShare {
	return model.MarketShare{Vendor: vendor, Share: pct, Qualifier: q, Market: "cloud", Region: region,
		Period: period, Document: doc, Evidence: ev, Confidence: 0.9}
}

// countTypes counts deals per type in the order of model.DealTypes.
func countTypes(deals []model.Deal) []model.Count {
	var out []model.Count
	for _, t := range model.DealTypes {
		n := 0
		for _, d := range deals {
			if d.Type == t {
				n++
			}
		}
		out = append(out, model.Count{Label: t, N: n})
	}
	return out
}

// ManyDeals returns the realistic report with n generated deals, so that tables cross pages.
func ManyDeals(lang string, n int) *model.Report {
	r := Realistic(lang)
	types := model.DealTypes
	r.Deals = r.Deals[:0:0]
	for i := range n {
		v := &model.Money{Amount: float64((i%97)+1) * 1.5e8, Currency: "USD"}
		if i%5 == 0 {
			v = nil
		}
		acq := fmt.Sprintf("Acquirer number %d with a rather long corporate name", i)
		d := deal(types[i%len(types)], acq, fmt.Sprintf("Target %d", i), v,
			fmt.Sprintf("%d-%02d", 2026-i%12, 1+i%12), r.Sources[i%6].ID,
			fmt.Sprintf("Deal %d was reported in a sentence that goes on for a while to test wrapping.", i))
		r.Deals = append(r.Deals, d)
	}
	convertAll(r.Deals, r.Currency)
	r.Facts.Deals = r.Deals
	r.Figures.Deals = n
	r.DealsByType = countTypes(r.Deals)
	r.DealsByYear = nil
	for y := 2015; y <= 2026; y++ {
		r.DealsByYear = append(r.DealsByYear, model.Count{Label: fmt.Sprint(y), N: n / 12})
	}
	return r
}
