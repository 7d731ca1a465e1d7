package xlsx

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/model"
)

// maxTrendSeries caps the lines of a trend chart; the table beside it keeps every vendor.
const maxTrendSeries = 8

// maxTrendColsBeside is the widest trend table (vendor plus periods) that has its chart beside it.
const maxTrendColsBeside = 8

// writeTrends writes the Share trends sheet: per region, a table of vendors by period and, when a
// vendor has shares for more than one period, a line chart beside it.
func (b *book) writeTrends() error {
	sheet := b.l.Trends
	if err := b.f.SetCellValue(sheet, "A1", b.l.Trends); err != nil {
		return fmt.Errorf("trends: %w", err)
	}
	if err := b.f.SetCellStyle(sheet, "A1", "A1", b.st.Title); err != nil {
		return fmt.Errorf("trends: %w", err)
	}
	if err := b.f.SetColWidth(sheet, "A", "A", 24); err != nil {
		return fmt.Errorf("trends: %w", err)
	}
	row := headerRow
	n := 0
	for _, t := range b.r.Trends {
		if len(t.Vendors) == 0 || len(t.Periods) == 0 {
			continue
		}
		n++
		next, err := b.trendBlock(sheet, row, n, t)
		if err != nil {
			return fmt.Errorf("trends: region %q: %w", t.Region, err)
		}
		row = next
	}
	if n == 0 {
		return b.note(sheet, cellName(1, headerRow), b.l.NoneFound)
	}
	return nil
}

// trendBlock writes one region's heading, table and chart from row top and returns the first free
// row after it.
func (b *book) trendBlock(sheet string, top, n int, t model.Trend) (int, error) {
	region := t.Region
	if region == "" {
		region = b.l.NoRegion
	}
	if t.Market != "" {
		region = t.Market + " · " + region
	}
	if err := b.f.SetCellValue(sheet, cellName(1, top), clean(region)); err != nil {
		return 0, err
	}
	if err := b.f.SetCellStyle(sheet, cellName(1, top), cellName(1, top), b.st.Heading); err != nil {
		return 0, err
	}
	hdr := top + 1
	header := append([]any{b.l.Vendor}, b.periodHeaders(t.Periods)...)
	if err := b.f.SetSheetRow(sheet, cellName(1, hdr), &header); err != nil {
		return 0, err
	}
	if err := b.f.SetCellStyle(sheet, cellName(1, hdr), cellName(len(header), hdr), b.st.Header); err != nil {
		return 0, err
	}
	for i, v := range t.Vendors {
		row := []any{clean(v)}
		row = append(row, trendValues(t, i)...)
		if err := b.setRow(sheet, hdr+1+i, row); err != nil {
			return 0, err
		}
	}
	last := hdr + len(t.Vendors)
	lastCol := len(t.Periods) + 1
	if err := b.f.SetCellStyle(sheet, cellName(2, hdr+1), cellName(lastCol, last), b.st.Pct); err != nil {
		return 0, err
	}
	if err := b.f.AddTable(sheet, &excelize.Table{Range: cellName(1, hdr) + ":" + cellName(lastCol, last),
		Name: "Trend" + strconv.Itoa(n), StyleName: tableStyle, ShowRowStripes: ptr(true)}); err != nil {
		return 0, err
	}
	end := last + 2
	if spec, ok := b.trendChart(sheet, region, t); ok {
		// Beside a narrow table; below a wide one, so that the chart stays in view.
		spec.cell = cellName(lastCol+2, top)
		end = max(end, top+chartRows+1)
		if lastCol > maxTrendColsBeside {
			spec.cell = cellName(1, last+2)
			end = last + 2 + chartRows + 1
		}
		if err := b.addChart(spec); err != nil {
			return 0, err
		}
	}
	return end, nil
}

// periodHeaders returns the table headers of periods: unique and never empty, as Excel requires.
func (b *book) periodHeaders(periods []string) []any {
	seen := map[string]bool{b.l.Vendor: true}
	out := make([]any, len(periods))
	for i, p := range periods {
		h := clean(p)
		if h == "" {
			h = b.l.NoPeriod
		}
		for k := 2; seen[h]; k++ {
			h = fmt.Sprintf("%s (%d)", clean(p), k)
		}
		seen[h] = true
		out[i] = h
	}
	return out
}

// trendChart returns a line chart of the vendors that have shares in more than one period; ok is
// false when no vendor has.
func (b *book) trendChart(sheet, region string, t model.Trend) (chartSpec, bool) {
	cats := make([]string, len(t.Periods))
	for i, h := range b.periodHeaders(t.Periods) {
		cats[i] = h.(string)
	}
	var ss []series
	for i, v := range t.Vendors {
		known := 0
		s := series{name: clean(v)}
		for _, p := range trendValues(t, i) {
			if p != nil {
				known++
			}
			s.values = append(s.values, p)
		}
		if known > 1 && len(ss) < maxTrendSeries {
			ss = append(ss, s)
		}
	}
	if len(ss) == 0 || len(cats) < 2 {
		return chartSpec{}, false
	}
	return chartSpec{sheet: sheet, title: b.l.Trends + " — " + clean(region), typ: excelize.Line,
		cats: cats, series: ss, percent: true, width: 520, height: chartHeight}, true
}

// note writes a one-line italic note at cell.
func (b *book) note(sheet, cell, text string) error {
	if err := b.f.SetCellStr(sheet, cell, text); err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, cell, cell, b.st.Note)
}

// trendValues returns vendor i's shares as fractions, one per period, nil where it has none.
func trendValues(t model.Trend, i int) []any {
	out := make([]any, len(t.Periods))
	if i >= len(t.Values) {
		return out
	}
	for j, p := range t.Values[i] {
		if p != nil && j < len(out) {
			out[j] = *p / 100
		}
	}
	return out
}

// setRow writes values from column A of row, leaving the cells of nil values blank.
func (b *book) setRow(sheet string, row int, values []any) error {
	for i, v := range values {
		if v == nil {
			continue
		}
		if err := b.f.SetCellValue(sheet, cellName(i+1, row), v); err != nil {
			return err
		}
	}
	return nil
}
