package pdf

import (
	"fmt"
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

// shareTable lists market shares by region and period, newest first.
func (d *doc) shareTable() {
	ss := d.r.Shares
	if len(ss) == 0 {
		return
	}
	loc := d.b.loc
	cols := []column{
		{loc.get("col.vendor"), 3, "L"}, {loc.get("col.share"), 2, "R"},
		{loc.get("col.period"), 1.5, "L"}, {loc.get("col.region"), 2, "L"},
	}
	var rows [][]string
	for _, s := range first(maxShares, ss) {
		rows = append(rows, []string{s.Vendor, d.b.share(s), loc.period(s.Period, true),
			orNone(loc, d.b.region(s.Region))})
	}
	d.heading("section.shares", 30)
	d.table(cols, rows)
	d.more(len(ss) - maxShares)
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
