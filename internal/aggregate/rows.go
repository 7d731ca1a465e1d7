package aggregate

import (
	"fmt"
	"sort"

	"marketbrief/internal/model"
)

func vendorRows(vs []model.Vendor, deals []model.Deal, shares []model.MarketShare, dates map[string]string) []model.VendorRow {
	total := 0
	for _, v := range vs {
		total += v.Mentions
	}
	rows := make([]model.VendorRow, 0, len(vs))
	for _, v := range vs {
		row := model.VendorRow{Name: v.Name, Mentions: v.Mentions, Documents: len(v.Documents), Aliases: v.Aliases, New: v.New}
		if total > 0 {
			row.ShareOfVoice = float64(v.Mentions) / float64(total)
		}
		for _, d := range v.Documents {
			if dt := dates[d]; dt != "" {
				if row.FirstSeen == "" || dt < row.FirstSeen {
					row.FirstSeen = dt
				}
				if dt > row.LastSeen {
					row.LastSeen = dt
				}
			}
		}
		rows = append(rows, row)
	}
	index := make(map[string]int, len(rows))
	for i, r := range rows {
		index[r.Name] = i
	}
	for _, d := range deals {
		roles := map[string]bool{}
		if i, ok := index[d.Acquirer]; ok {
			rows[i].AsAcquirer++
			roles[d.Acquirer] = true
		}
		if i, ok := index[d.Target]; ok {
			rows[i].AsTarget++
			roles[d.Target] = true
		}
		for _, p := range d.Parties {
			if i, ok := index[p]; ok && !roles[p] {
				rows[i].AsPartner++
				roles[p] = true
			}
		}
	}
	for i := range shares { // shares are sorted with the latest period of each region first
		s := &shares[i]
		// A share without a market (a share of its own revenue, of an unnamed market) is no
		// vendor's market share.
		if j, ok := index[s.Vendor]; ok && s.Market != "" && betterLatest(s, rows[j].LatestShare) {
			rows[j].LatestShare = s
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Mentions != rows[j].Mentions {
			return rows[i].Mentions > rows[j].Mentions
		}
		return rows[i].Name < rows[j].Name
	})
	return rows
}

// betterLatest prefers the later period, then the global figure.
func betterLatest(s, cur *model.MarketShare) bool {
	if cur == nil {
		return true
	}
	if s.Period != cur.Period {
		return PeriodLess(cur.Period, s.Period)
	}
	return s.Region == "Global" && cur.Region != "Global"
}

// latest returns, per market and region, the shares of its latest period, one per vendor. The
// latest period is the most recent one that compares at least two vendors, else the most recent
// one: a lone figure for a whole year must not hide a quarter's ranking. Shares without a market
// are returned apart: they are not ranked against anything.
func latest(shares []model.MarketShare) (out []model.RegionShares, unmarketed []model.MarketShare) {
	for i := 0; i < len(shares); { // sorted by market, region, then newest period first
		j := i
		for j < len(shares) && sameGroup(shares[j], shares[i]) {
			j++
		}
		if shares[i].Market == "" {
			unmarketed = append(unmarketed, shares[i:j]...)
		} else {
			out = append(out, latestOf(shares[i:j]))
		}
		i = j
	}
	return out, unmarketed
}

// sameGroup reports whether two shares measure the same market in the same region.
func sameGroup(a, b model.MarketShare) bool {
	return a.Market == b.Market && a.Region == b.Region
}

func latestOf(ss []model.MarketShare) model.RegionShares {
	var best model.RegionShares
	for i := 0; i < len(ss); {
		rs := model.RegionShares{Region: ss[i].Region, Period: ss[i].Period, Market: ss[i].Market}
		for ; i < len(ss) && ss[i].Period == rs.Period; i++ {
			if !hasVendor(rs.Shares, ss[i].Vendor) {
				rs.Shares = append(rs.Shares, ss[i])
			}
		}
		if best.Shares == nil {
			best = rs
		}
		if len(rs.Shares) >= 2 {
			return rs
		}
	}
	return best
}

func hasVendor(ss []model.MarketShare, v string) bool {
	for _, s := range ss {
		if s.Vendor == v {
			return true
		}
	}
	return false
}

// trends returns each market and region's shares per vendor and period, periods oldest first;
// shares without a market have no trend.
func trends(shares []model.MarketShare) []model.Trend {
	var out []model.Trend
	for i := 0; i < len(shares); {
		j := i
		for j < len(shares) && sameGroup(shares[j], shares[i]) {
			j++
		}
		if shares[i].Market != "" {
			out = append(out, trend(shares[i].Market, shares[i].Region, shares[i:j]))
		}
		i = j
	}
	return out
}

func trend(market, region string, ss []model.MarketShare) model.Trend {
	t := model.Trend{Market: market, Region: region}
	pi, vi := map[string]int{}, map[string]int{}
	for _, s := range ss {
		if _, ok := pi[s.Period]; !ok {
			pi[s.Period] = 0
			t.Periods = append(t.Periods, s.Period)
		}
		if _, ok := vi[s.Vendor]; !ok {
			vi[s.Vendor] = 0
			t.Vendors = append(t.Vendors, s.Vendor)
		}
	}
	sort.Slice(t.Periods, func(a, b int) bool { return PeriodLess(t.Periods[a], t.Periods[b]) })
	for i, p := range t.Periods {
		pi[p] = i
	}
	top := map[string]float64{} // vendors in order of their largest share, so leaders come first
	for _, s := range ss {
		top[s.Vendor] = max(top[s.Vendor], s.Share)
	}
	sort.SliceStable(t.Vendors, func(a, b int) bool { return top[t.Vendors[a]] > top[t.Vendors[b]] })
	for i, v := range t.Vendors {
		vi[v] = i
	}
	t.Values = make([][]*float64, len(t.Vendors))
	for i := range t.Values {
		t.Values[i] = make([]*float64, len(t.Periods))
	}
	for _, s := range ss {
		cell := &t.Values[vi[s.Vendor]][pi[s.Period]]
		if *cell == nil {
			v := s.Share
			*cell = &v
		}
	}
	return t
}

// sources lists the documents that deals and shares cite, in the documents' order, then the
// files skipped, and counts the documents left out: a corpus of a million articles would
// otherwise list a million rows, past a worksheet's limit.
func sources(f model.Facts, deals []model.Deal, shares []model.MarketShare) ([]model.SourceRow, int) {
	counts := map[string]int{}
	for _, d := range deals {
		for _, doc := range d.Documents {
			counts[doc]++
		}
	}
	for _, s := range shares {
		counts[s.Document]++
	}
	for _, g := range f.GroupShares {
		counts[g.Document] += 0 // cited, though not counted as a market share of one vendor
	}
	rows := make([]model.SourceRow, 0, len(counts)+len(f.Skipped))
	left := 0
	for _, d := range f.Documents {
		if _, cited := counts[d.ID]; !cited {
			left++
			continue
		}
		rows = append(rows, model.SourceRow{ID: d.ID, Title: d.Title, Language: d.Language, Date: d.Date,
			Bytes: d.Bytes, Facts: counts[d.ID], Status: "read", Path: d.Path, New: d.New})
	}
	for _, s := range f.Skipped {
		rows = append(rows, model.SourceRow{ID: s.ID, Status: "skipped: " + s.Reason, Path: s.Path})
	}
	return rows, left
}

func figures(f model.Facts, r *model.Report) model.KeyFigures {
	k := model.KeyFigures{Documents: len(f.Documents), Skipped: len(f.Skipped), Vendors: len(f.Vendors),
		Deals: len(r.Deals), ShareStatements: len(r.Shares) + len(f.GroupShares)}
	langs := map[string]int{}
	for _, d := range f.Documents {
		langs[d.Language]++
	}
	for l, n := range langs {
		k.Languages = append(k.Languages, model.Count{Label: l, N: n})
	}
	sort.Slice(k.Languages, func(i, j int) bool {
		a, b := k.Languages[i], k.Languages[j]
		return a.N > b.N || a.N == b.N && a.Label < b.Label
	})
	totals(&k, r.Deals, r.Currency)
	return k
}

// ShareKey identifies a market share across runs: vendor, market, region and period.
func ShareKey(s model.MarketShare) string {
	return fmt.Sprintf("%s|%s|%s|%s", s.Vendor, s.Market, s.Region, s.Period)
}
