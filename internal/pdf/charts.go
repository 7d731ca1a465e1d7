package pdf

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/go-pdf/fpdf"

	"marketbrief/internal/model"
)

// Chart widths on the page, in millimetres. Wide charts are drawn at 1600 px for 16 cm; narrow
// ones (up to narrowPixels wide) go two to a row.
const (
	wideChartW   = 160.0
	chartGap     = 6.0
	narrowChartW = (contentW - chartGap) / 2
	narrowPixels = 1200
	captionH     = 6.0
)

// charts places the chart images under their captions: wide charts one per row, narrow ones in
// pairs. Charts whose bytes are not a PNG are left out.
func (d *doc) charts(charts []model.Chart) error {
	var ok []model.Chart
	for _, c := range charts {
		if cfg, err := png.DecodeConfig(bytes.NewReader(c.PNG)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
			c.Width, c.Height = cfg.Width, cfg.Height
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	ok, err := distinctWidths(ok)
	if err != nil {
		return err
	}
	rows := fillFirst(chartRows(ok), bottom-d.f.GetY()-headingH)
	// The heading keeps with all that the first row needs, or it is stranded above a blank page;
	// a first chart a little too tall for the rest of the page is drawn smaller instead.
	scale := d.firstRowScale(rows[0])
	d.heading("section.charts", captionH+scale*(chartRowHeight(rows[0])-captionH)+rowGap)
	for i, row := range rows {
		s := 1.0
		if i == 0 {
			s = scale
		}
		if err := d.chartRow(row, s); err != nil {
			return err
		}
	}
	return nil
}

// fillFirst moves to the front the first row of charts that fits in avail millimetres when the
// first row does not, even shrunk: a tall chart pushed to the next page otherwise leaves a third
// of the first page blank under the key figures, where the pair of small charts fits.
func fillFirst(rows [][]model.Chart, avail float64) [][]model.Chart {
	need := func(row []model.Chart, scale float64) float64 {
		return captionH + scale*(chartRowHeight(row)-captionH) + rowGap
	}
	if len(rows) < 2 || need(rows[0], minChartScale) <= avail {
		return rows
	}
	for i, row := range rows[1:] {
		if need(row, minChartScale) <= avail {
			out := append([][]model.Chart{row}, rows[:i+1]...)
			return append(out, rows[i+2:]...)
		}
	}
	return rows
}

// minChartScale is the smallest a chart is drawn to fit the rest of a page.
const minChartScale = 0.7

// firstRowScale returns how much to shrink the first row of charts so that it fits under its
// heading on the current page, or 1 when it fits or would have to shrink below minChartScale.
func (d *doc) firstRowScale(row []model.Chart) float64 {
	avail := bottom - d.f.GetY() - headingH - rowGap - captionH
	img := chartRowHeight(row) - captionH
	if img <= avail || avail < minChartScale*img {
		return 1
	}
	return avail / img
}

// rowGap is the space under a row of charts, in millimetres.
const rowGap = 4.0

// chartRows puts wide charts one per row and narrow ones in pairs.
func chartRows(cs []model.Chart) [][]model.Chart {
	var rows [][]model.Chart
	for i := 0; i < len(cs); i++ {
		row := cs[i : i+1]
		if narrow(cs[i]) && i+1 < len(cs) && narrow(cs[i+1]) {
			row = cs[i : i+2]
			i++
		}
		rows = append(rows, row)
	}
	return rows
}

// chartRowHeight is the height of a row of charts with their captions.
func chartRowHeight(row []model.Chart) float64 {
	h := 0.0
	for _, c := range row {
		h = max(h, captionH+chartHeight(c, width(c)))
	}
	return h
}

// narrow reports whether c goes half width.
func narrow(c model.Chart) bool {
	return c.Width <= narrowPixels
}

// width is the width c is drawn at, in millimetres.
func width(c model.Chart) float64 {
	if narrow(c) {
		return narrowChartW
	}
	return wideChartW
}

// chartHeight is the height c takes when drawn w millimetres wide.
func chartHeight(c model.Chart, w float64) float64 {
	return w * float64(c.Height) / float64(c.Width)
}

// chartRow draws one or two charts side by side, scaled by scale, on a new page if they do
// not fit.
func (d *doc) chartRow(row []model.Chart, scale float64) error {
	h := captionH + scale*(chartRowHeight(row)-captionH)
	d.ensure(h + rowGap)
	y := d.f.GetY()
	x := marginX
	if len(row) == 1 {
		x = marginX + (contentW-scale*width(row[0]))/2
	}
	for _, c := range row {
		w := scale * width(c)
		title := d.b.loc.Get("chart." + c.Name)
		if title == "" {
			title = c.Title
		}
		d.f.Bookmark(d.clean(title), 1, y)
		d.font(true, 9.5, inkColor)
		d.f.SetXY(x, y)
		d.f.CellFormat(w, captionH-1, d.clean(title), "", 0, "L", false, 0, "")
		// fpdf silently reuses the first image registered under a name: number them.
		d.images++
		name := fmt.Sprintf("chart-%d-%s", d.images, c.Name)
		d.f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(c.PNG))
		d.f.ImageOptions(name, x, y+captionH, w, chartHeight(c, w), false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		if err := d.f.Error(); err != nil {
			return fmt.Errorf("chart %s: %w", c.Name, err)
		}
		x += w + chartGap
	}
	d.f.SetXY(marginX, y+h+rowGap)
	return nil
}
