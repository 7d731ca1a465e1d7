package xlsx

import (
	"github.com/xuri/excelize/v2"

	"marketbrief/internal/model"
)

// Columns of the Deals sheet that code refers to.
const (
	dealValueCol = 6
	dealDocCol   = 8
)

// writeDeals writes the Deals sheet: one row per deal, its documents linked to their Sources rows.
func (b *book) writeDeals() error {
	l, st := b.l, b.st
	cols := []column{
		{l.Date, 11, st.Date}, {l.Type, 13, st.Text}, {l.Acquirer, 20, st.Text}, {l.Target, 20, st.Text},
		{l.Seller, 14, st.Text}, {l.OtherParties, 20, st.Wrap}, {l.Value, 14, st.Text},
		{l.Currency, 9, st.Text}, {l.Documents, 34, st.Wrap}, {l.Evidence, 60, st.Wrap},
		{l.Confidence, 11, st.Conf},
	}
	if b.changes {
		cols = append(cols, column{l.New, 9, st.Text})
	}
	ds := b.r.Deals
	return b.writeTable(tableSpec{
		sheet: l.Deals, name: "Deals", title: l.Deals, cols: cols, rows: len(ds),
		fill: func(i int, row []any) error { return b.fillDeal(ds[i], row) },
		links: func(i int) []link {
			if len(ds[i].Documents) == 0 {
				return nil
			}
			return b.sourceLink(dealDocCol, ds[i].Documents[0])
		},
	})
}

// fillDeal sets the cells of one deal row.
func (b *book) fillDeal(d model.Deal, row []any) error {
	row[0] = dateCell(d.Date)
	row[1] = b.l.dealType(d.Type)
	row[2], row[3], row[4] = clean(d.Acquirer), clean(d.Target), clean(d.Seller)
	row[5] = joinClean(otherParties(d), ", ")
	if d.Value != nil {
		style, err := b.st.Money(d.Value.Currency)
		if err != nil {
			return err
		}
		row[dealValueCol] = excelize.Cell{StyleID: style, Value: d.Value.Amount}
		row[7] = clean(d.Value.Currency)
	}
	row[dealDocCol] = joinClean(d.Documents, ", ")
	if len(d.Evidence) > 0 {
		row[9] = clean(d.Evidence[0].Text)
	}
	row[10] = d.Confidence
	if b.changes {
		row[11] = b.l.yes(d.New)
	}
	return nil
}

// otherParties returns the deal's parties other than its acquirer, target and seller.
func otherParties(d model.Deal) []string {
	var out []string
	for _, p := range d.Parties {
		if p != d.Acquirer && p != d.Target && p != d.Seller {
			out = append(out, p)
		}
	}
	return out
}
