package xlsx

import "marketbrief/internal/model"

// Column of the document on the Market shares and Group shares sheets.
const shareDocCol = 6

// writeShares writes the Market shares sheet: one row per statement, the share as a percentage.
func (b *book) writeShares() error {
	l, st := b.l, b.st
	cols := append(shareCols(b, l.Vendor, 22), column{l.Confidence, 11, st.Conf}, column{l.Status2, 16, st.Text})
	if b.changes {
		cols = append(cols, column{l.New, 9, st.Text})
	}
	ss := b.r.Shares
	return b.writeTable(tableSpec{
		sheet: l.Shares, name: "MarketShares", title: l.Shares, cols: cols, rows: len(ss),
		fill: func(i int, row []any) error {
			s := ss[i]
			b.fillShare(row, clean(s.Vendor), s.Share, s.Qualifier, s.Market, s.Region, s.Period, s.Document, s.Evidence)
			row[8] = s.Confidence
			row[9] = b.l.status(s.Background)
			if b.changes {
				row[10] = b.l.yes(s.New)
			}
			return nil
		},
		links: func(i int) []link { return b.sourceLink(shareDocCol, ss[i].Document) },
	})
}

// writeGroups writes the Group shares sheet: shares held jointly by several vendors.
func (b *book) writeGroups() error {
	l := b.l
	gs := b.r.Facts.GroupShares
	return b.writeTable(tableSpec{
		sheet: l.Groups, name: "GroupShares", title: l.Groups, cols: shareCols(b, l.Vendors2, 30), rows: len(gs),
		fill: func(i int, row []any) error {
			g := gs[i]
			b.fillShare(row, joinClean(g.Vendors, ", "), g.Share, g.Qualifier, g.Market, g.Region, g.Period, g.Document, g.Evidence)
			return nil
		},
		links: func(i int) []link { return b.sourceLink(shareDocCol, gs[i].Document) },
	})
}

// shareCols returns the columns that market shares and group shares have in common.
func shareCols(b *book, who string, width float64) []column {
	l, st := b.l, b.st
	return []column{
		{who, width, st.Wrap}, {l.Share, 9, st.Pct}, {l.Qualifier, 11, st.Text}, {l.Market, 14, st.Text},
		{l.Region, 13, st.Text}, {l.SharePeriodCol, 10, st.Text}, {l.Document, 28, st.Wrap}, {l.Evidence, 60, st.Wrap},
	}
}

// fillShare sets the cells that market shares and group shares have in common.
func (b *book) fillShare(row []any, who string, share float64, qualifier, market, region, period, doc, evidence string) {
	row[0], row[1], row[2] = who, share/100, b.l.qualifier(qualifier)
	row[3], row[4], row[5] = clean(market), clean(region), clean(period)
	row[shareDocCol], row[7] = clean(doc), clean(evidence)
}

// shareLabel returns a share's period and region for chart titles, with placeholders when empty.
func (b *book) shareLabel(s model.RegionShares) (region, period string) {
	region, period = s.Region, s.Period
	if region == "" {
		region = b.l.NoRegion
	}
	if period == "" {
		period = b.l.NoPeriod
	}
	return clean(region), clean(period)
}
