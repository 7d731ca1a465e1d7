package xlsx

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Layout of every data sheet: a title in row 1, notes in row 2, the table's header in row 3.
const (
	headerRow    = 3
	firstDataRow = headerRow + 1
)

// column is one column of a data table.
type column struct {
	header string
	width  float64 // in characters
	style  int     // default style of the column's cells
}

// link is a hyperlink on one cell of a row.
type link struct {
	col      int    // 0-based column index
	target   string // a URL, or a location such as 'Sources'!A12
	external bool
}

// tableSpec describes a data sheet written with the stream writer.
type tableSpec struct {
	sheet, name, title string
	cols               []column
	rows               int
	// fill sets row i's values in row (len(cols) long, all nil); a value may be an excelize.Cell to
	// override the column's style.
	fill func(i int, row []any) error
	// links returns the hyperlinks of row i; nil when the sheet has none.
	links func(i int) []link
	// note, when set, is shown in row 2 before any note on rows cut.
	note string
}

// writeTable streams spec into its sheet as an Excel table. A spec without rows gets a one-line
// note instead of a header-only table; rows past the worksheet limit are cut with a note in row 2,
// and so are hyperlinks past the links limit.
func (b *book) writeTable(spec tableSpec) error {
	shown := min(spec.rows, b.lim.maxRows-headerRow)
	var notes []string
	if spec.note != "" {
		notes = append(notes, spec.note)
	}
	if shown < spec.rows {
		notes = append(notes, fmt.Sprintf(b.l.RowsShown, shown, spec.rows))
	}
	if spec.links != nil && shown > b.lim.maxLinks {
		notes = append(notes, fmt.Sprintf(b.l.LinksShown, b.lim.maxLinks))
	}
	// The stream writer writes the used range first, so it is set before streaming.
	lastRow := max(headerRow, headerRow+shown)
	if err := b.f.SetSheetDimension(spec.sheet, "A1:"+cellName(len(spec.cols), lastRow)); err != nil {
		return fmt.Errorf("sheet %q: %w", spec.sheet, err)
	}
	sw, err := b.f.NewStreamWriter(spec.sheet)
	if err != nil {
		return fmt.Errorf("sheet %q: %w", spec.sheet, err)
	}
	if err := b.prepareStream(sw, spec, shown); err != nil {
		return fmt.Errorf("sheet %q: %w", spec.sheet, err)
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: b.st.Title, Value: spec.title}},
		excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	if len(notes) > 0 {
		if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: b.st.Note, Value: strings.Join(notes, " ")}}); err != nil {
			return err
		}
	}
	if shown == 0 {
		if err := sw.SetRow(cellName(1, headerRow), []any{excelize.Cell{StyleID: b.st.Note, Value: b.l.NoneFound}}); err != nil {
			return err
		}
		return sw.Flush()
	}
	if err := b.streamRows(sw, spec, shown); err != nil {
		return fmt.Errorf("sheet %q: %w", spec.sheet, err)
	}
	ref := cellName(1, headerRow) + ":" + cellName(len(spec.cols), headerRow+shown)
	if err := sw.AddTable(&excelize.Table{Range: ref, Name: spec.name, StyleName: tableStyle,
		ShowRowStripes: ptr(true)}); err != nil {
		return fmt.Errorf("sheet %q: table: %w", spec.sheet, err)
	}
	return sw.Flush()
}

// prepareStream sets what the stream writer needs before the first row: widths and frozen header.
func (b *book) prepareStream(sw *excelize.StreamWriter, spec tableSpec, shown int) error {
	for i, c := range spec.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if shown == 0 {
		return nil
	}
	top := cellName(1, firstDataRow)
	return sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: top,
		ActivePane: "bottomLeft", Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}}})
}

// streamRows writes the header and the first shown rows of spec, with their hyperlinks.
func (b *book) streamRows(sw *excelize.StreamWriter, spec tableSpec, shown int) error {
	header := make([]any, len(spec.cols))
	for i, c := range spec.cols {
		header[i] = excelize.Cell{StyleID: b.st.Header, Value: c.header}
	}
	if err := sw.SetRow(cellName(1, headerRow), header, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	row := make([]any, len(spec.cols))
	links := 0
	for i := range shown {
		clear(row)
		if err := spec.fill(i, row); err != nil {
			return err
		}
		n := firstDataRow + i
		var lks []link
		if spec.links != nil && links < b.lim.maxLinks {
			lks = spec.links(i)
			links++
		}
		for _, lk := range lks {
			if err := b.setLink(spec.sheet, cellName(lk.col+1, n), lk); err != nil {
				return err
			}
		}
		height := b.styleRow(spec.cols, row, lks)
		opts := []excelize.RowOpts{}
		if height > 0 {
			opts = append(opts, excelize.RowOpts{Height: height})
		}
		if err := sw.SetRow(cellName(1, n), row, opts...); err != nil {
			return err
		}
	}
	return nil
}

// setLink adds a hyperlink to a cell of a sheet; a stream writer keeps it until Flush.
func (b *book) setLink(sheet, cell string, lk link) error {
	typ := "Location"
	if lk.external {
		typ = "External"
	}
	if err := b.f.SetCellHyperLink(sheet, cell, lk.target, typ); err != nil {
		return fmt.Errorf("link %s: %w", cell, err)
	}
	return nil
}

// styleRow wraps each value in an excelize.Cell with its column's style (the link style for linked
// cells) and returns the row height that wrapped text needs, 0 for the default.
func (b *book) styleRow(cols []column, row []any, lks []link) float64 {
	lines := 1
	for i, v := range row {
		if v == nil {
			continue
		}
		c, ok := v.(excelize.Cell)
		if !ok {
			c = excelize.Cell{StyleID: cols[i].style, Value: v}
		}
		if s, ok := c.Value.(string); ok && c.StyleID == b.st.Wrap {
			lines = max(lines, wrappedLines(s, cols[i].width))
		}
		row[i] = c
	}
	for _, lk := range lks {
		if c, ok := row[lk.col].(excelize.Cell); ok {
			c.StyleID = b.st.Link
			row[lk.col] = c
		}
	}
	if lines == 1 {
		return 0
	}
	return math.Min(15*float64(lines), 300)
}

// wrappedLines estimates how many lines s takes in a wrapped column of width characters.
func wrappedLines(s string, width float64) int {
	per := max(int(width*1.2), 1) // characters per line of an 11-point font, measured in LibreOffice
	n := 0
	for _, para := range strings.Split(s, "\n") {
		n += max(1, (utf8.RuneCountInString(para)+per-1)/per)
	}
	return n
}

// cellName returns the name of the cell at 1-based column col and row.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // col and row come from the writer's own bounds
	}
	return name
}

// sheetRef returns a location in a sheet for a hyperlink or a chart range, e.g. 'Sources'!A12.
func sheetRef(sheet, cell string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}
