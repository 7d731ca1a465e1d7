package pdf

import (
	"fmt"
	"slices"
	"strings"

	"marketbrief/internal/model"

	"marketbrief/internal/locale"
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
		{loc.Get("col.vendor"), 3.2, "L"}, {loc.Get("col.mentions"), 1.3, "R"},
		{loc.Get("col.documents"), 0.9, "R"}, {loc.Get("col.sov"), 1.4, "R"},
		{loc.Get("col.roles"), 2.2, "C"}, {loc.Get("col.latest"), 3, "L"},
	}
	var rows [][]string
	for _, v := range first(maxVendors, vs) {
		name := v.Name
		if v.New {
			name += " (" + loc.Get("col.new") + ")"
		}
		latest := loc.Get("none")
		if s := v.LatestShare; s != nil {
			latest = d.b.share(*s) + d.where(s.Market, s.Region, s.Period)
		}
		rows = append(rows, []string{name, loc.Number(float64(v.Mentions), 0),
			loc.Number(float64(v.Documents), 0), loc.Percent(v.ShareOfVoice * 100),
			fmt.Sprintf("%d / %d / %d", v.AsAcquirer, v.AsTarget, v.AsPartner), latest})
	}
	d.heading("section.vendors", 30)
	d.table(cols, rows)
	d.more(len(vs) - maxVendors)
}

// where writes " (market, Region, period)" for a share, or "" when all are unknown.
func (d *doc) where(market, region, period string) string {
	var parts []string
	if market != "" {
		parts = append(parts, market)
	}
	if region != "" {
		parts = append(parts, d.b.region(region))
	}
	if period != "" {
		parts = append(parts, d.b.loc.Period(period, true))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// dealTable lists the latest deals, background ones marked, each value in its own currency and,
// when that differs, in the report's; each deal cites its documents' numbers in Sources.
func (d *doc) dealTable() {
	ds := d.r.Deals
	if len(ds) == 0 {
		return
	}
	loc := d.b.loc
	cols := []column{
		{loc.Get("col.date"), 1.3, "L"}, {loc.Get("col.type"), 1.6, "L"},
		{loc.Get("col.parties"), 4, "L"}, {loc.Get("col.value"), 2.4, "R"}, {"#", 0.9, "L"},
	}
	var rows [][]string
	for _, dl := range first(maxDeals, ds) {
		typ := d.dealType(dl.Type)
		if dl.Background {
			typ += " · " + loc.Get("background")
		}
		date := loc.Period(dl.Date, true)
		if dl.Expected { // a date after its article: one it looks ahead to, not when the deal was made
			date += " (" + loc.Get("expected") + ")"
		}
		rows = append(rows, []string{date, typ, parties(dl), d.value(dl), d.cite.refs(dl.Documents)})
	}
	d.heading("section.deals", 30)
	d.table(cols, rows)
	d.more(len(ds) - maxDeals)
}

// value writes a deal's value: "€180 million ≈ $203 million" when converted to another currency,
// flagged when implausible, the "none" mark when not stated.
func (d *doc) value(dl model.Deal) string {
	loc := d.b.loc
	if dl.Value == nil {
		return loc.Get("none")
	}
	s := loc.Money(dl.Value)
	if c := dl.Converted; c != nil && c.Currency != dl.Value.Currency {
		s += " ≈ " + loc.Money(c)
	}
	if dl.Implausible {
		s += " (" + loc.Get("implausible") + ")"
	}
	return s
}

// dealType names a deal type with the locale's word, else as extracted.
func (d *doc) dealType(t string) string {
	if s, ok := d.b.loc.Lookup("type." + t); ok {
		return s
	}
	return t
}

// shareTable lists market shares by market, region and period, newest first; shares whose market
// the text does not name follow in a table of their own, never ranked with the others.
// Documents that state the same share (vendor, figure, qualifier, market, region, period) make
// one row that cites each of them by its number in Sources.
func (d *doc) shareTable() {
	marketed, unmarketed := d.shareGroups()
	if len(marketed)+len(unmarketed) == 0 {
		return
	}
	loc := d.b.loc
	cols := []column{
		{loc.Get("col.market"), 2.2, "L"}, {loc.Get("col.vendor"), 2.6, "L"}, {loc.Get("col.share"), 1.8, "R"},
		{loc.Get("col.period"), 1.3, "L"}, {loc.Get("col.region"), 1.6, "L"},
		{loc.Get("col.sources"), 1.1, "L"},
	}
	rows := func(gs []shareGroup) [][]string {
		var out [][]string
		for _, g := range first(maxShares, gs) {
			s := g.share
			share := d.b.share(s)
			if s.Background {
				share += " · " + loc.Get("background")
			}
			out = append(out, []string{orNone(loc, s.Market), s.Vendor, share, loc.Period(s.Period, true),
				orNone(loc, d.b.region(s.Region)), d.cite.refs(g.docs)})
		}
		return out
	}
	d.heading("section.shares", 30)
	if len(marketed) > 0 {
		d.table(cols, rows(marketed))
		d.more(len(marketed) - maxShares)
	}
	if len(unmarketed) > 0 {
		d.paragraph(loc.Get("shares.unmarketed"), 9, grey)
		d.table(cols[1:], dropFirst(rows(unmarketed)))
		d.more(len(unmarketed) - maxShares)
	}
}

// shareGroups returns the share statements grouped, those with a market and those without.
func (d *doc) shareGroups() (marketed, unmarketed []shareGroup) {
	for _, g := range groupShares(d.r.Shares) {
		if g.share.Market == "" {
			unmarketed = append(unmarketed, g)
		} else {
			marketed = append(marketed, g)
		}
	}
	return marketed, unmarketed
}

// dropFirst removes the first cell of every row.
func dropFirst(rows [][]string) [][]string {
	for i := range rows {
		rows[i] = rows[i][1:]
	}
	return rows
}

// shareGroup is one market-share statement and every document that makes it.
type shareGroup struct {
	share model.MarketShare // the first statement, whose evidence is quoted
	docs  []string
}

// groupShares merges statements of the same share by several documents, keeping the order of ss.
func groupShares(ss []model.MarketShare) []shareGroup {
	type key struct {
		vendor, qualifier, market, region, period string
		share                                     float64
	}
	var out []shareGroup
	at := map[key]int{}
	for _, s := range ss {
		k := key{s.Vendor, s.Qualifier, s.Market, s.Region, s.Period, s.Share}
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

// orNone returns s, or the locale's "none" mark when s is empty.
func orNone(l *locale.Locale, s string) string {
	if s == "" {
		return l.Get("none")
	}
	return s
}

// shareRef names a market share for the evidence table: "Alibaba, more than 40% (cloud, China,
// Q3 2026)".
func (d *doc) shareRef(s model.MarketShare) string {
	return s.Vendor + ", " + d.b.share(s) + d.where(s.Market, s.Region, s.Period)
}
