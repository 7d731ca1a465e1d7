package chart

import (
	"strconv"
	"strings"

	"marketbrief/internal/model"
)

// Caps that keep each chart readable at print size.
const (
	maxVoiceBars   = 10
	maxRegions     = 4
	maxPerRegion   = 6
	maxShareBars   = 16
	maxYearColumns = 10
	narrowColumns  = 7 // more columns than this get a wide chart
)

// shareOfVoice charts the top vendors' share of all vendor mentions.
func shareOfVoice(r *model.Report, loc Labels) figure {
	f := figure{name: "share_of_voice", title: loc.title("share_of_voice", "Share of voice"),
		horizontal: true, width: wideWidth, percent: true, loc: loc}
	for _, v := range r.Vendors {
		if len(f.bars) == maxVoiceBars {
			break
		}
		p := v.ShareOfVoice * 100
		f.bars = append(f.bars, bar{label: v.Name, value: p, text: loc.percent(p)})
	}
	return f
}

// marketShares charts each market and region's shares in its latest period, one headed group per
// market and region: shares of different markets are never bars of one group.
func marketShares(r *model.Report, loc Labels) figure {
	f := figure{name: "market_shares", title: loc.title("market_shares", "Market shares by market and region, latest period"),
		horizontal: true, width: wideWidth, percent: true, loc: loc}
	for i, rs := range r.Latest {
		if i == maxRegions {
			break
		}
		group := strings.Join(nonEmpty(rs.Market, loc.word("region."+rs.Region, rs.Region), loc.period(rs.Period)), " · ")
		if group == "" {
			group = "—"
		}
		for j, s := range rs.Shares {
			if j == maxPerRegion || len(f.bars) == maxShareBars {
				break
			}
			f.bars = append(f.bars, bar{label: s.Vendor, value: s.Share,
				text: qualifierSign(s.Qualifier) + loc.percent(s.Share), group: group})
		}
	}
	return f
}

// dealsByYear charts dated deals per year; years before the last few are summed into one column.
// A single year gets no chart.
func dealsByYear(r *model.Report, loc Labels) figure {
	f := figure{name: "deals_by_year", title: loc.title("deals_by_year", "Deals per year"), width: narrowWidth,
		height: narrowHeight, loc: loc}
	years := r.DealsByYear
	if len(years) < 2 { // one column (a week's report) says nothing the key figures do not
		return f
	}
	if len(years) > maxYearColumns {
		older := 0
		cut := len(years) - maxYearColumns + 1
		for _, y := range years[:cut] {
			older += y.N
		}
		f.bars = append(f.bars, bar{label: "≤" + years[cut-1].Label, value: float64(older),
			text: strconv.Itoa(older)})
		years = years[cut:]
	}
	for _, y := range years {
		f.bars = append(f.bars, bar{label: y.Label, value: float64(y.N), text: strconv.Itoa(y.N)})
	}
	if len(f.bars) > narrowColumns {
		f.width = wideWidth
	}
	return f
}

// dealsByType charts the number of deals of each type, types without deals included.
func dealsByType(r *model.Report, loc Labels) figure {
	f := figure{name: "deals_by_type", title: loc.title("deals_by_type", "Deals by type"),
		horizontal: true, width: narrowWidth, counts: true, loc: loc}
	for _, c := range r.DealsByType {
		f.bars = append(f.bars, bar{label: loc.dealType(c.Label), value: float64(c.N),
			text: strconv.Itoa(c.N)})
	}
	return f
}

// qualifierSign is the sign printed before a share: ">" for over, "<" for under, "≈" for about.
func qualifierSign(q string) string {
	switch q {
	case model.Over:
		return ">"
	case model.Under:
		return "<"
	case model.About:
		return "≈"
	}
	return ""
}

// nonEmpty returns the non-empty strings among ss.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
