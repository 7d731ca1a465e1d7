package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/model"
)

// Columns of the Deals sheet that code refers to.
const (
	dealValueCol = 9
	dealDocCol   = 14
)

// writeDeals writes the Deals sheet: one row per deal, its documents linked to their Sources rows.
// Dates are real dates (the first day of the period the text gives) with their precision beside,
// so that filters and pivots work; values are in their own currency and in the report's; a column
// tells the period's news from background.
func (b *book) writeDeals() error {
	l, st := b.l, b.st
	cols := []column{
		{l.Date, 11, st.Date}, {l.Precision, 10, st.Text}, {l.AsStated, 10, st.Text},
		{l.Status2, 16, st.Text}, {l.Type, 13, st.Text}, {l.Acquirer, 20, st.Text}, {l.Target, 20, st.Text},
		{l.Seller, 14, st.Text}, {l.OtherParties, 20, st.Wrap}, {l.Value, 14, st.Text},
		{l.Currency, 9, st.Text}, {fmt.Sprintf(l.ValueIn, b.r.Currency), 14, st.Text}, {l.ReportCurrency, 9, st.Text},
		{l.ImplausibleCol, 12, st.Text}, {l.Documents, 34, st.Wrap}, {l.Evidence, 60, st.Wrap},
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
	if t, precision := dealDate(d.Date); !t.IsZero() {
		row[0], row[1] = t, b.l.Precisions[precision]
	}
	row[2] = clean(d.Date)
	row[3] = b.l.dealStatus(d)
	row[4] = b.l.dealType(d.Type)
	row[5], row[6], row[7] = clean(d.Acquirer), clean(d.Target), clean(d.Seller)
	row[8] = joinClean(otherParties(d), ", ")
	if d.Value != nil {
		style, err := b.st.Money(d.Value.Currency)
		if err != nil {
			return err
		}
		row[dealValueCol] = excelize.Cell{StyleID: style, Value: d.Value.Amount}
		row[10] = clean(d.Value.Currency)
	}
	if c := d.Converted; c != nil {
		style, err := b.st.Money(c.Currency)
		if err != nil {
			return err
		}
		row[11] = excelize.Cell{StyleID: style, Value: c.Amount}
		row[12] = clean(c.Currency)
	}
	row[13] = b.l.yes(d.Implausible)
	row[dealDocCol] = joinClean(d.Documents, ", ")
	if len(d.Evidence) > 0 {
		row[15] = clean(d.Evidence[0].Text)
	}
	row[16] = d.Confidence
	if b.changes {
		row[17] = b.l.yes(d.New)
	}
	return nil
}

// dealDate returns the first day of a deal's date or period (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM,
// YYYY-MM-DD) and its precision: "year", "quarter", "half", "month" or "day"; the zero time when
// the deal is undated or the date unreadable.
func dealDate(s string) (time.Time, string) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, "day"
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t, "month"
	}
	ys, part, _ := strings.Cut(s, "-")
	y, err := strconv.Atoi(ys)
	if err != nil || len(ys) != 4 {
		return time.Time{}, ""
	}
	if part == "" {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), "year"
	}
	n, err := strconv.Atoi(strings.TrimLeft(part, "QH"))
	switch {
	case err != nil || n < 1:
		return time.Time{}, ""
	case part[0] == 'Q' && n <= 4:
		return time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, time.UTC), "quarter"
	case part[0] == 'H' && n <= 2:
		return time.Date(y, time.Month(6*n-5), 1, 0, 0, 0, 0, time.UTC), "half"
	}
	return time.Time{}, ""
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
