// Package xlsx writes a report as an Excel workbook: a Summary sheet with key figures and native
// charts, one Excel table per data sheet (vendors, deals, market shares, group shares, share trends,
// sources and, from the second run on, changes), in English or French.
//
// Corpus text is always written as text (never as a formula), cleaned of characters XML forbids and
// cut to Excel's cell limit. Large sheets are streamed; rows past Excel's row limit are cut with a
// note on the sheet.
package xlsx

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// limits bounds what one sheet holds; tests lower them to exercise the cuts.
type limits struct {
	maxRows  int // rows per worksheet, Excel's limit
	maxLinks int // hyperlinks per sheet; excelize adds each in linear time, Excel allows 65,530
}

// defaultLimits are the limits of a real workbook.
func defaultLimits() limits {
	return limits{maxRows: excelize.TotalRows, maxLinks: 5000}
}

// book is a workbook being written.
type book struct {
	f   *excelize.File
	r   *model.Report
	l   labels
	st  *styles
	lim limits
	// changes is true when the report compares with a previous run: "New" columns are shown.
	changes bool
	// dataRow is the last row used on the chart data sheet.
	dataRow int
	// sourceRow maps a document id to its row on the Sources sheet (absent when it was cut).
	sourceRow map[string]int
}

// Write writes r as an .xlsx workbook to w, in the words of r.Language's built-in locale. Empty
// sections show a "none found" note instead of a table.
func Write(w io.Writer, r *model.Report) error {
	if r == nil {
		return errors.New("write workbook: no report")
	}
	loc, err := locale.Load(nil, r.Language)
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return write(w, r, defaultLimits(), loc)
}

// WriteWith is Write in the words of loc: the locale the brief and the charts use.
func WriteWith(w io.Writer, r *model.Report, loc *locale.Locale) error {
	return write(w, r, defaultLimits(), loc)
}

func write(w io.Writer, r *model.Report, lim limits, loc *locale.Locale) (err error) {
	if r == nil {
		return errors.New("write workbook: no report")
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close workbook: %w", cerr)
		}
	}()
	b := &book{f: f, r: r, l: labelsOf(loc), lim: lim, changes: r.Facts.Changes != nil}
	if b.st, err = newStyles(f, b.l); err != nil {
		return err
	}
	if err := b.addSheets(); err != nil {
		return err
	}
	b.indexSources()
	for _, step := range []func() error{
		b.writeSummary, b.writeVendors, b.writeDeals, b.writeShares, b.writeGroups,
		b.writeTrends, b.writeSources, b.writeChanges, b.setDimensions, b.setProps,
	} {
		if err := step(); err != nil {
			return err
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// sheets returns the sheet names in workbook order; the chart data sheet is last and hidden.
func (b *book) sheets() []string {
	names := []string{b.l.Summary, b.l.Vendors, b.l.Deals, b.l.Shares, b.l.Groups, b.l.Trends, b.l.Sources}
	if b.changes {
		names = append(names, b.l.Changes)
	}
	return append(names, b.l.ChartData)
}

// addSheets creates every sheet, so that links and chart ranges can refer to any of them.
func (b *book) addSheets() error {
	names := b.sheets()
	if err := b.f.SetSheetName("Sheet1", names[0]); err != nil {
		return fmt.Errorf("sheet %q: %w", names[0], err)
	}
	for _, name := range names[1:] {
		if _, err := b.f.NewSheet(name); err != nil {
			return fmt.Errorf("sheet %q: %w", name, err)
		}
	}
	for _, name := range names {
		if err := b.setPrint(name); err != nil {
			return fmt.Errorf("sheet %q: page layout: %w", name, err)
		}
	}
	b.f.SetActiveSheet(0)
	if err := b.f.SetSheetVisible(b.l.ChartData, false); err != nil {
		return fmt.Errorf("hide chart data: %w", err)
	}
	return nil
}

// indexSources records the Sources row of each document id.
func (b *book) indexSources() {
	b.sourceRow = make(map[string]int, len(b.r.Sources))
	shown := min(len(b.r.Sources), b.lim.maxRows-headerRow)
	for i, s := range b.r.Sources[:shown] {
		if _, dup := b.sourceRow[s.ID]; !dup {
			b.sourceRow[s.ID] = firstDataRow + i
		}
	}
}

// sourceLink returns a link from column col to the Sources row of document id, if it has one.
func (b *book) sourceLink(col int, id string) []link {
	row, ok := b.sourceRow[id]
	if !ok {
		return nil
	}
	return []link{{col: col, target: sheetRef(b.l.Sources, cellName(1, row))}}
}

// setProps sets the document properties: title, subject, creator, language and creation date.
func (b *book) setProps() error {
	created := b.r.AsOf
	if created.IsZero() {
		created = time.Unix(0, 0)
	}
	err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          clean(b.r.Title),
		Subject:        clean(b.r.Subject),
		Creator:        "marketbrief",
		LastModifiedBy: "marketbrief",
		Created:        created.UTC().Format(time.RFC3339),
		Modified:       created.UTC().Format(time.RFC3339),
		Language:       b.r.Language,
		Identifier:     clean(b.r.RunID),
	})
	if err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	return nil
}

// setPrint prints a sheet landscape, all columns on one page wide. It must come before a stream
// writer starts on the sheet, which writes the sheet properties first.
func (b *book) setPrint(sheet string) error {
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	return b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: ptr("landscape"),
		FitToWidth: ptr(1), FitToHeight: ptr(0)})
}

// setDimensions records the used range of the sheets written in normal mode, which excelize leaves
// at A1; readers such as openpyxl in read-only mode rely on it. Streamed sheets set theirs.
func (b *book) setDimensions() error {
	normal := []string{b.l.Summary, b.l.Trends, b.l.ChartData}
	if b.changes {
		normal = append(normal, b.l.Changes)
	}
	for _, sheet := range normal {
		rows, err := b.f.GetRows(sheet)
		if err != nil {
			return fmt.Errorf("sheet %q: %w", sheet, err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		if cols == 0 {
			continue
		}
		if err := b.f.SetSheetDimension(sheet, "A1:"+cellName(cols, len(rows))); err != nil {
			return fmt.Errorf("sheet %q: %w", sheet, err)
		}
	}
	return nil
}
