package xlsx

import "marketbrief/internal/model"

// writeVendors writes the Vendors sheet: one row per vendor with its mentions, deals, latest market
// share and the dates of the documents that mention it.
func (b *book) writeVendors() error {
	l, st := b.l, b.st
	cols := []column{
		{l.Vendor, 24, st.Text}, {l.Mentions, 11, st.Int}, {l.Documents, 11, st.Int},
		{l.ShareOfVoice, 10, st.Pct}, {l.AsAcquirer, 10, st.Int}, {l.AsTarget, 10, st.Int},
		{l.AsPartner, 10, st.Int}, {l.LatestShare, 10, st.Pct}, {l.SharePeriod, 11, st.Text},
		{l.ShareRegion, 13, st.Text}, {l.FirstSeen, 12, st.Date}, {l.LastSeen, 12, st.Date},
		{l.Aliases, 36, st.Wrap},
	}
	if b.changes {
		cols = append(cols, column{l.New, 9, st.Text})
	}
	vs := b.r.Vendors
	return b.writeTable(tableSpec{
		sheet: l.Vendors, name: "Vendors", title: l.Vendors, cols: cols, rows: len(vs),
		fill: func(i int, row []any) error {
			fillVendor(b, vs[i], row)
			return nil
		},
	})
}

// fillVendor sets the cells of one vendor row.
func fillVendor(b *book, v model.VendorRow, row []any) {
	row[0] = clean(v.Name)
	row[1], row[2], row[3] = v.Mentions, v.Documents, v.ShareOfVoice
	row[4], row[5], row[6] = v.AsAcquirer, v.AsTarget, v.AsPartner
	if s := v.LatestShare; s != nil {
		row[7], row[8], row[9] = s.Share/100, clean(s.Period), clean(s.Region)
	}
	row[10], row[11] = dateCell(v.FirstSeen), dateCell(v.LastSeen)
	row[12] = joinClean(v.Aliases, ", ")
	if b.changes {
		row[13] = b.l.yes(v.New)
	}
}
