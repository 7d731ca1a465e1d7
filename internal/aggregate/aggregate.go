// Package aggregate arranges the facts of a run into the report model that the workbook, the
// brief and the charts draw. It is pure: no I/O, no clock; the as-of date is passed in.
package aggregate

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"marketbrief/internal/model"
)

// Options says which report to build.
type Options struct {
	Name, Title, Subject, Language, RunID string
	AsOf                                  time.Time
	// MinConfidence hides deals and shares below it from the report (facts.json keeps them).
	MinConfidence float64
	// WindowStart is the first day of the report's window, zero for the whole corpus; Window is
	// its spec, for display. Facts that the window's articles date before it are background.
	WindowStart time.Time
	Window      string
	// Currency is the ISO code of the report's currency (default USD).
	Currency string
}

// Build returns the report model of facts. Facts below opts.MinConfidence are left out of the
// tables and charts; f itself is not modified.
func Build(f model.Facts, opts Options) *model.Report {
	currency := opts.Currency
	if currency == "" {
		currency = "USD"
	}
	r := &model.Report{
		Name: opts.Name, Title: opts.Title, Subject: opts.Subject, Language: opts.Language,
		RunID: opts.RunID, AsOf: opts.AsOf, Facts: f, WindowStart: opts.WindowStart,
		Window: opts.Window, Currency: currency,
	}
	for _, d := range f.Deals {
		if d.Confidence >= opts.MinConfidence {
			r.Deals = append(r.Deals, d)
		}
	}
	for _, s := range f.MarketShares {
		if s.Confidence >= opts.MinConfidence {
			r.Shares = append(r.Shares, s)
		}
	}
	vendors, rename := dedupeVendors(f.Vendors)
	renameParties(rename, r.Deals, r.Shares)
	dates := docDates(f.Documents)
	convert(r.Deals, dates, currency, opts.AsOf)
	markBackground(r.Deals, r.Shares, dates, opts.WindowStart)
	markExpected(r.Deals, dates, opts.AsOf)
	sortDeals(r.Deals, dates)
	sortShares(r.Shares)
	r.PeriodStart, r.PeriodEnd = period(dates, opts.AsOf)
	r.Vendors = vendorRows(vendors, r.Deals, r.Shares, dates)
	r.Latest, r.Unmarketed = latest(r.Shares)
	r.Trends = trends(r.Shares)
	r.DealsByType, r.DealsByYear = dealCounts(r.Deals, dates)
	r.Sources, r.SourcesLeftOut = sources(f, r.Deals, r.Shares)
	r.Figures = figures(f, r)
	r.Figures.Vendors = len(vendors)
	return r
}

func docDates(docs []model.Document) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		if d.Date != "" {
			m[d.ID] = d.Date
		}
	}
	return m
}

// period returns the first and last document dates, the last capped at asOf.
func period(dates map[string]string, asOf time.Time) (time.Time, time.Time) {
	var lo, hi time.Time
	for _, s := range dates {
		t, err := time.Parse("2006-01-02", s)
		if err != nil || (!asOf.IsZero() && t.After(asOf)) {
			continue
		}
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	return lo, hi
}

// sortDeals orders deals newest first, undated last; a deal dated after its article (Expected)
// sorts by its article's date, so that a date the corpus has not reached never heads the list.
func sortDeals(ds []model.Deal, dates map[string]string) {
	type keyed struct {
		key string
		d   model.Deal
	}
	ks := make([]keyed, len(ds))
	for i, d := range ds {
		// By the first day of the period ("2020-Q3" is 2020-07-01), so that a quarter sorts
		// among months, not above December; a year sorts after its months.
		ks[i] = keyed{d.Date, d}
		if t, ok := PeriodStart(d.Date); ok && Precision(d.Date) != "year" {
			ks[i].key = t.Format(time.DateOnly)
		}
		if d.Expected { // with no dated article, among the undated deals
			ks[i].key = ""
			if t, ok := newest(d.Documents, dates); ok {
				ks[i].key = t.Format(time.DateOnly)
			}
		}
	}
	sort.SliceStable(ks, func(i, j int) bool {
		ka, kb := ks[i].key, ks[j].key
		a, b := ks[i].d, ks[j].d
		if ka != kb {
			if ka == "" || kb == "" {
				return kb == ""
			}
			return ka > kb
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return strings.Join(a.Parties, "|") < strings.Join(b.Parties, "|")
	})
	for i := range ks {
		ds[i] = ks[i].d
	}
}

// sortShares orders shares by market (named markets first), region, period (newest first) and
// share (largest first), so that each market and region is one run of the slice.
func sortShares(ss []model.MarketShare) {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.Market != b.Market {
			if a.Market == "" || b.Market == "" {
				return b.Market == ""
			}
			return a.Market < b.Market
		}
		if a.Region != b.Region {
			return regionLess(a.Region, b.Region)
		}
		if a.Period != b.Period {
			return PeriodLess(b.Period, a.Period)
		}
		// Shares without a market are listed, not ranked: by vendor, whatever their figures.
		if a.Share != b.Share && a.Market != "" {
			return a.Share > b.Share
		}
		return a.Vendor < b.Vendor
	})
}

// regionLess orders Global first, named regions by name, unspecified last.
func regionLess(a, b string) bool {
	rank := func(r string) int {
		switch r {
		case "Global":
			return 0
		case "":
			return 2
		}
		return 1
	}
	if rank(a) != rank(b) {
		return rank(a) < rank(b)
	}
	return a < b
}

func dealCounts(ds []model.Deal, dates map[string]string) (byType, byYear []model.Count) {
	types := map[string]int{}
	years := map[string]int{}
	for _, d := range ds {
		types[d.Type]++
		// Deals per year chart the period's news: a 2016 deal an article recalls is no deal of
		// 2016 found in the corpus; a deal an article of 2020 dates in 2021 is news of 2020.
		switch {
		case d.Background || len(d.Date) < 4:
		case d.Expected:
			if t, ok := newest(d.Documents, dates); ok {
				years[strconv.Itoa(t.Year())]++
			}
		default:
			years[d.Date[:4]]++
		}
	}
	for _, t := range model.DealTypes {
		byType = append(byType, model.Count{Label: t, N: types[t]})
	}
	for y, n := range years {
		byYear = append(byYear, model.Count{Label: y, N: n})
	}
	sort.Slice(byYear, func(i, j int) bool { return byYear[i].Label < byYear[j].Label })
	return byType, byYear
}
