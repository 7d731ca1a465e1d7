package pdf

import (
	"strings"

	"marketbrief/internal/locale"
)

// Table layout in millimetres and points.
const (
	tableFont   = 8.5
	tableLineH  = 3.9
	tablePad    = 1.2
	maxCellRows = 6 // lines per cell; longer text ends with "…"
)

// column is one table column: its header, its share of the content width and its alignment
// ("L", "R" or "C").
type column struct {
	title string
	width float64
	align string
}

// table draws a table with a header row that is repeated on every page the table crosses, zebra
// stripes, and cells wrapped to their column. A row is never split: it moves to the next page when
// it does not fit, header first.
func (d *doc) table(cols []column, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	widths := make([]float64, len(cols))
	total := 0.0
	for _, c := range cols {
		total += c.width
	}
	for i, c := range cols {
		widths[i] = contentW * c.width / total
	}
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.title
	}
	d.font(true, tableFont, white)
	headerLines := d.cellLines(header, widths)
	// Keep the header with the first rows (up to three) rather than strand it at a page's foot.
	d.font(false, tableFont, inkColor)
	need := rowHeight(headerLines)
	for _, row := range rows[:min(3, len(rows))] {
		need += rowHeight(d.cellLines(row, widths))
	}
	d.ensure(need)
	d.font(true, tableFont, white)
	d.tableRow(cols, widths, headerLines, true, false)
	for i, row := range rows {
		d.font(false, tableFont, inkColor)
		lines := d.cellLines(row, widths)
		if !d.room(rowHeight(lines)) {
			d.newPage()
			d.font(true, tableFont, white)
			d.tableRow(cols, widths, headerLines, true, false)
			d.font(false, tableFont, inkColor)
		}
		d.tableRow(cols, widths, lines, false, i%2 == 1)
	}
	d.f.SetY(d.f.GetY() + 2)
}

// cellLines wraps each cell to its column in the current font, capping the number of lines.
func (d *doc) cellLines(cells []string, widths []float64) [][]string {
	out := make([][]string, len(widths))
	for i := range widths {
		text := ""
		if i < len(cells) {
			text = d.clean(cells[i])
		}
		lines := d.split(text, widths[i])
		if len(lines) > maxCellRows {
			lines = lines[:maxCellRows]
			last := strings.TrimSpace(lines[maxCellRows-1])
			lines[maxCellRows-1] = locale.Truncate(last, max(1, len([]rune(last))-1)) // ends with "…"
		}
		out[i] = lines
	}
	return out
}

// rowHeight is the height of a row whose cells have the given lines.
func rowHeight(cells [][]string) float64 {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	return float64(n)*tableLineH + 2*tablePad
}

// tableRow draws one row at the cursor: the background, then each cell's lines.
func (d *doc) tableRow(cols []column, widths []float64, cells [][]string, header, striped bool) {
	h := rowHeight(cells)
	y := d.f.GetY()
	switch {
	case header:
		d.fill(accent)
		d.f.Rect(marginX, y, contentW, h, "F")
	case striped:
		d.fill(zebra)
		d.f.Rect(marginX, y, contentW, h, "F")
	}
	x := marginX
	for i, lines := range cells {
		for j, line := range lines {
			d.f.SetXY(x, y+tablePad+float64(j)*tableLineH)
			d.f.CellFormat(widths[i], tableLineH, line, "", 0, cols[i].align, false, 0, "")
		}
		x += widths[i]
	}
	if !header {
		d.draw(rule, 0.1)
		d.f.Line(marginX, y+h, marginX+contentW, y+h)
	}
	d.f.SetXY(marginX, y+h)
}
