package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Chart sizes in pixels; a Summary chart spans columns D–L at the default column width.
const (
	chartWidth  = 576
	chartHeight = 300
	chartRows   = 18 // rows a chart covers at the default row height, plus a gap
)

// maxLabel is the longest category label or series name a chart shows, in characters.
const maxLabel = 28

// shorten cuts s to at most n characters, ending with an ellipsis when it was cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// series is one named series of a chart: its values by category.
type series struct {
	name   string
	values []any // numbers, or nil for a gap
}

// chartData writes categories and series as a block on the hidden chart data sheet and returns
// the range of the categories, of each series' values and of each series' name (excelize writes a
// series name as a cell reference, never as a literal).
func (b *book) chartData(cats []string, ss []series) (catRange string, valRanges, nameRefs []string, err error) {
	sheet := b.l.ChartData
	top := b.dataRow + 1
	set := func(col, row int, v any) {
		if err == nil {
			err = b.f.SetCellValue(sheet, cellName(col, row), v)
		}
	}
	for j, s := range ss {
		set(j+2, top, shorten(s.name, maxLabel))
	}
	for i, c := range cats {
		set(1, top+1+i, shorten(c, maxLabel))
		for j, s := range ss {
			if s.values[i] != nil {
				set(j+2, top+1+i, s.values[i])
			}
		}
	}
	if err != nil {
		return "", nil, nil, fmt.Errorf("chart data: %w", err)
	}
	last := top + len(cats)
	b.dataRow = last + 1
	catRange = absRange(sheet, 1, top+1, last)
	for j := range ss {
		valRanges = append(valRanges, absRange(sheet, j+2, top+1, last))
		nameRefs = append(nameRefs, absRange(sheet, j+2, top, top))
	}
	return catRange, valRanges, nameRefs, nil
}

// absRange returns an absolute one-column range such as 'Chart data'!$B$2:$B$9, or a single cell
// such as 'Chart data'!$B$1 when from equals to.
func absRange(sheet string, col, from, to int) string {
	name, _ := excelize.ColumnNumberToName(col)
	if from == to {
		return sheetRef(sheet, fmt.Sprintf("$%s$%d", name, from))
	}
	return sheetRef(sheet, fmt.Sprintf("$%s$%d:$%s$%d", name, from, name, to))
}

// chartSpec describes a chart to add to a sheet.
type chartSpec struct {
	sheet, cell, title string
	typ                excelize.ChartType
	cats               []string
	series             []series
	percent            bool // values are fractions shown as percentages
	width, height      uint
}

// addChart writes spec's data on the chart data sheet and adds a native chart at spec.cell.
func (b *book) addChart(spec chartSpec) error {
	catRange, valRanges, nameRefs, err := b.chartData(spec.cats, spec.series)
	if err != nil {
		return err
	}
	c := &excelize.Chart{
		Type:         spec.typ,
		Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: spec.title, Font: &excelize.Font{Size: 12, Bold: true}}}},
		Dimension:    excelize.ChartDimension{Width: spec.width, Height: spec.height},
		Legend:       excelize.ChartLegend{Position: "bottom"},
		ShowBlanksAs: "gap",
		VaryColors:   ptr(false),
		XAxis:        excelize.ChartAxis{Font: excelize.Font{Size: 9, Color: "404040"}},
		YAxis:        excelize.ChartAxis{MajorGridLines: true, Font: excelize.Font{Size: 9, Color: "404040"}, Minimum: ptr(0.0)},
		Format:       excelize.GraphicOptions{AltText: spec.title},
	}
	if c.Dimension.Width == 0 {
		c.Dimension = excelize.ChartDimension{Width: chartWidth, Height: chartHeight}
	}
	if len(spec.series) == 1 && spec.typ != excelize.Line {
		c.Legend.Position = "none"
	}
	if spec.typ == excelize.Bar || spec.typ == excelize.Col {
		// Few bars: each carries its value, which reads faster than the gridlines.
		c.PlotArea = excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}}
	}
	if spec.typ == excelize.Bar {
		c.XAxis.ReverseOrder = true // the first category at the top
	}
	if spec.percent {
		c.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0%"}
		c.PlotArea.NumFmt.CustomNumFmt = "0.0%"
	} else {
		c.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0"}
		c.YAxis.MajorUnit = countUnit(spec.series)
	}
	for j := range spec.series {
		cs := excelize.ChartSeries{Name: nameRefs[j], Categories: catRange, Values: valRanges[j]}
		if spec.typ == excelize.Line {
			cs.Marker = excelize.ChartMarker{Symbol: "circle", Size: 6}
		}
		c.Series = append(c.Series, cs)
	}
	if err := b.f.AddChart(spec.sheet, spec.cell, c); err != nil {
		return fmt.Errorf("chart %q: %w", spec.title, err)
	}
	return nil
}

// countUnit returns the major unit of a count axis: 1 for small counts, so that the axis shows
// whole numbers, and 0 (automatic) otherwise.
func countUnit(ss []series) float64 {
	top := 0.0
	for _, s := range ss {
		for _, v := range s.values {
			if n, ok := v.(int); ok {
				top = max(top, float64(n))
			}
		}
	}
	if top <= 10 {
		return 1
	}
	return 0
}
