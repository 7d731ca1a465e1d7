package pdf

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"marketbrief/internal/model"
)

// Caps on the rows the brief shows; the workbook has them all.
const (
	maxVendors = 15
	maxDeals   = 25
	maxShares  = 25
)

// vendorTable lists the most-mentioned vendors.
func (d *doc) vendorTable() {
	vs := d.r.Vendors
	if len(vs) == 0 {
		return
	}
	loc := d.b.loc
	cols := []column{
		{loc.get("col.vendor"), 3.2, "L"}, {loc.get("col.mentions"), 1.3, "R"},
		{loc.get("col.documents"), 0.9, "R"}, {loc.get("col.sov"), 1.4, "R"},
		{loc.get("col.roles"), 2.2, "C"}, {loc.get("col.latest"), 3, "L"},
	}
	var rows [][]string
	for _, v := range first(maxVendors, vs) {
		name := v.Name
		if v.New {
			name += " (" + loc.get("col.new") + ")"
		}
		latest := loc.get("none")
		if s := v.LatestShare; s != nil {
			latest = d.b.share(*s) + d.where(s.Region, s.Period)
		}
		rows = append(rows, []string{name, loc.number(float64(v.Mentions), 0),
			loc.number(float64(v.Documents), 0), loc.percent(v.ShareOfVoice * 100),
			fmt.Sprintf("%d / %d / %d", v.AsAcquirer, v.AsTarget, v.AsPartner), latest})
	}
	d.heading("section.vendors", 30)
	d.table(cols, rows)
	d.more(len(vs) - maxVendors)
}

// where writes " (Region, period)" for a share, or "" when both are unknown.
func (d *doc) where(region, period string) string {
	var parts []string
	if region != "" {
		parts = append(parts, d.b.region(region))
	}
	if period != "" {
		parts = append(parts, d.b.loc.period(period, true))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// dealTable lists the latest deals.
func (d *doc) dealTable() {
	ds := d.r.Deals
	if len(ds) == 0 {
		return
	}
	loc := d.b.loc
	cols := []column{
		{loc.get("col.date"), 1.3, "L"}, {loc.get("col.type"), 1.5, "L"},
		{loc.get("col.parties"), 4.6, "L"}, {loc.get("col.value"), 2, "R"},
	}
	var rows [][]string
	for _, dl := range first(maxDeals, ds) {
		value := loc.get("none")
		if dl.Value != nil {
			value = loc.money(dl.Value)
		}
		rows = append(rows, []string{loc.period(dl.Date, true), d.dealType(dl.Type), parties(dl), value})
	}
	d.heading("section.deals", 30)
	d.table(cols, rows)
	d.more(len(ds) - maxDeals)
}

// dealType names a deal type with the locale's word, else as extracted.
func (d *doc) dealType(t string) string {
	if s, ok := d.b.loc.lookup("type." + t); ok {
		return s
	}
	return t
}

// shareTable lists market shares by region and period, newest first. Documents that state the
// same share (vendor, figure, qualifier, region, period) make one row that cites each of them by
// its number in the Sources table.
func (d *doc) shareTable() {
	gs := groupShares(d.r.Shares)
	if len(gs) == 0 {
		return
	}
	loc := d.b.loc
	index := d.sourceIndex()
	cols := []column{
		{loc.get("col.vendor"), 3, "L"}, {loc.get("col.share"), 2, "R"},
		{loc.get("col.period"), 1.5, "L"}, {loc.get("col.region"), 2, "L"},
		{loc.get("col.sources"), 1.3, "L"},
	}
	var rows [][]string
	for _, g := range first(maxShares, gs) {
		s := g.share
		rows = append(rows, []string{s.Vendor, d.b.share(s), loc.period(s.Period, true),
			orNone(loc, d.b.region(s.Region)), refs(index, g.docs)})
	}
	d.heading("section.shares", 30)
	d.table(cols, rows)
	d.more(len(gs) - maxShares)
}

// shareGroup is one market-share statement and every document that makes it.
type shareGroup struct {
	share model.MarketShare // the first statement, whose evidence is quoted
	docs  []string
}

// groupShares merges statements of the same share by several documents, keeping the order of ss.
func groupShares(ss []model.MarketShare) []shareGroup {
	type key struct {
		vendor, qualifier, region, period string
		share                             float64
	}
	var out []shareGroup
	at := map[key]int{}
	for _, s := range ss {
		k := key{s.Vendor, s.Qualifier, s.Region, s.Period, s.Share}
		if i, ok := at[k]; ok {
			if !slices.Contains(out[i].docs, s.Document) {
				out[i].docs = append(out[i].docs, s.Document)
			}
			continue
		}
		at[k] = len(out)
		out = append(out, shareGroup{share: s, docs: []string{s.Document}})
	}
	return out
}

// refs cites documents by their numbers in the Sources table, in order: "12, 14". A document
// past the table's cap has no number and is left out.
func refs(index map[string]int, docs []string) string {
	var ns []int
	for _, id := range docs {
		if n, ok := index[id]; ok && n <= maxSources {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	ns = slices.Compact(ns)
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}

// orNone returns s, or the locale's "none" mark when s is empty.
func orNone(l *locale, s string) string {
	if s == "" {
		return l.get("none")
	}
	return s
}

// shareRef names a market share for the evidence table: "Alibaba, more than 40% (China, Q3 2026)".
func (d *doc) shareRef(s model.MarketShare) string {
	return s.Vendor + ", " + d.b.share(s) + d.where(s.Region, s.Period)
}
