package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// maxChangeRows caps the lists of the Changes sheet; the New columns of the data sheets are complete.
const maxChangeRows = 5000

// writeChanges writes the Changes sheet when the report compares with a previous run: the previous
// run, then tables of new documents, new vendors and market shares that changed.
func (b *book) writeChanges() error {
	c := b.r.Facts.Changes
	if c == nil {
		return nil
	}
	l, sheet := b.l, b.l.Changes
	for col, w := range map[string]float64{"A": 36, "B": 16, "C": 16, "D": 12, "E": 12, "F": 12} {
		if err := b.f.SetColWidth(sheet, col, col, w); err != nil {
			return fmt.Errorf("changes: %w", err)
		}
	}
	head := []line{{l.Changes, nil, b.st.Title}, {}, {l.PreviousRun, clean(c.PreviousRun), b.st.Label},
		{l.PreviousAsOf, dateCell(c.PreviousAsOf), b.st.Label}, {l.NewDeals, c.NewDeals, b.st.Label}}
	for i, ln := range head {
		if err := b.summaryLine(sheet, i+1, ln); err != nil {
			return fmt.Errorf("changes: %w", err)
		}
	}
	docs := make([][]any, 0, len(c.NewDocuments))
	for _, d := range c.NewDocuments[:min(len(c.NewDocuments), maxChangeRows)] {
		docs = append(docs, []any{clean(d)})
	}
	vendors := make([][]any, 0, len(c.NewVendors))
	for _, v := range c.NewVendors[:min(len(c.NewVendors), maxChangeRows)] {
		vendors = append(vendors, []any{clean(v)})
	}
	var shares [][]any
	for _, s := range c.ShareChanges[:min(len(c.ShareChanges), maxChangeRows)] {
		var old any
		if s.Old != nil {
			old = *s.Old / 100
		}
		shares = append(shares, []any{clean(s.Vendor), clean(s.Market), clean(s.Region), clean(s.Period), old, s.New / 100})
	}
	sections := []section{
		{l.NewDocuments, "NewDocuments", []string{l.Document}, docs, len(c.NewDocuments), true},
		{l.NewVendors, "NewVendors", []string{l.Vendor}, vendors, len(c.NewVendors), false},
		{l.ShareChanges, "ShareChanges", []string{l.Vendor, l.Market, l.Region, l.SharePeriodCol, l.Old, l.NewShare},
			shares, len(c.ShareChanges), false},
	}
	row := len(head) + 2
	for _, s := range sections {
		next, err := b.section(sheet, row, s)
		if err != nil {
			return fmt.Errorf("changes: %s: %w", s.name, err)
		}
		row = next
	}
	return nil
}

// section is a small table written in normal mode under a heading.
type section struct {
	heading, name string
	header        []string
	rows          [][]any
	total         int  // rows before the cap
	docLinks      bool // the first column holds document ids linked to their Sources rows
}

// section writes s from row top and returns the first free row after it.
func (b *book) section(sheet string, top int, s section) (int, error) {
	if err := b.summaryLine(sheet, top, line{s.heading, nil, b.st.Heading}); err != nil {
		return 0, err
	}
	if len(s.rows) == 0 {
		return top + 3, b.note(sheet, cellName(1, top+1), b.l.NoneFound)
	}
	header := make([]any, len(s.header))
	for i, h := range s.header {
		header[i] = h
	}
	if err := b.setRow(sheet, top+1, header); err != nil {
		return 0, err
	}
	if err := b.f.SetCellStyle(sheet, cellName(1, top+1), cellName(len(header), top+1), b.st.Header); err != nil {
		return 0, err
	}
	if err := b.f.SetRowHeight(sheet, top+1, 30); err != nil {
		return 0, err
	}
	for i, r := range s.rows {
		n := top + 2 + i
		if err := b.setRow(sheet, n, r); err != nil {
			return 0, err
		}
		if err := b.sectionCells(sheet, n, s, r); err != nil {
			return 0, err
		}
	}
	last := top + 1 + len(s.rows)
	ref := cellName(1, top+1) + ":" + cellName(len(s.header), last)
	if err := b.f.AddTable(sheet, &excelize.Table{Range: ref, Name: s.name, StyleName: tableStyle,
		ShowRowStripes: ptr(true)}); err != nil {
		return 0, err
	}
	if s.total > len(s.rows) {
		last++
		if err := b.note(sheet, cellName(1, last), fmt.Sprintf(b.l.RowsShown, len(s.rows), s.total)); err != nil {
			return 0, err
		}
	}
	return last + 3, nil
}

// sectionCells styles percentages and links the document ids of one section row.
func (b *book) sectionCells(sheet string, n int, s section, r []any) error {
	for j, v := range r {
		if _, ok := v.(float64); ok {
			if err := b.f.SetCellStyle(sheet, cellName(j+1, n), cellName(j+1, n), b.st.Pct); err != nil {
				return err
			}
		}
	}
	if !s.docLinks {
		return nil
	}
	id, _ := r[0].(string)
	for _, lk := range b.sourceLink(0, id) {
		cell := cellName(1, n)
		if err := b.setLink(sheet, cell, lk); err != nil {
			return err
		}
		if err := b.f.SetCellStyle(sheet, cell, cell, b.st.Link); err != nil {
			return err
		}
	}
	return nil
}
