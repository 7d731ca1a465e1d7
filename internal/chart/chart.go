// Package chart draws the brief's charts as PNG images: share of voice of the top vendors, the
// latest market shares per region, and deals per year and per type.
//
// It uses go-chart's raster renderer and the shared font, but lays the bars out itself: go-chart's
// own bar chart fails on a single bar or equal values, starts its axis at the smallest value and
// clips long labels. Here every axis starts at 0 with explicit ticks, labels are truncated to fit,
// a chart with nothing to show is not produced, and each chart is drawn under recover. The same
// report always gives the same bytes.
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"

	gochart "github.com/wcharczuk/go-chart/v2"

	"marketbrief/internal/font"
	"marketbrief/internal/model"
)

// Chart sizes in pixels. Wide charts are drawn for a 16 cm column (100 px per cm); narrow ones are
// placed two side by side.
const (
	wideWidth    = 1600
	narrowWidth  = 1000
	narrowHeight = 760
)

// figure is one chart to draw: bars with their labels, and how to lay them out.
type figure struct {
	name, title string
	horizontal  bool
	width       int
	height      int // 0 for horizontal charts: the height follows the number of rows
	bars        []bar
	percent     bool // values are percentages: the axis stops at 100
	counts      bool // values are counts: whole-number ticks
	loc         Labels
}

// bar is one bar; group, when it changes from the previous bar, starts a new headed group.
type bar struct {
	label string
	value float64
	text  string // the value as printed at the end of the bar
	group string
}

// Render draws the report's charts with the built-in words of the report's language (English, or
// French for "fr"). A chart without data (no vendors, no market shares, no deals) is left out, so
// the result may be empty. Render returns the charts it could draw along with an error naming those
// it could not. A nil report has no charts.
func Render(r *model.Report) ([]model.Chart, error) {
	return RenderWith(r, nil)
}

// RenderWith is Render with labels read from the brief's template (see pdf.Labels), so that the
// charts of a language added as a template file speak it too. nil labels give Render's.
func RenderWith(r *model.Report, labels Labels) ([]model.Chart, error) {
	if r == nil {
		return nil, nil
	}
	face, err := font.Load()
	if err != nil {
		return nil, fmt.Errorf("load chart font: %w", err)
	}
	loc := defaultLabels(r.Language).merge(labels)
	figs := []figure{
		shareOfVoice(r, loc),
		marketShares(r, loc),
		dealsByYear(r, loc),
		dealsByType(r, loc),
	}
	var out []model.Chart
	var errs []error
	for _, f := range figs {
		if !hasData(f.bars) {
			continue
		}
		c, err := draw(f, face)
		if err != nil {
			errs = append(errs, fmt.Errorf("chart %s: %w", f.name, err))
			continue
		}
		out = append(out, c)
	}
	return out, errors.Join(errs...)
}

// rgbaCollector receives the rendered image from go-chart, which hands it over instead of
// encoding it when the writer has a SetRGBA method.
type rgbaCollector struct {
	rgba *image.RGBA
}

// SetRGBA implements go-chart's RGBACollector.
func (c *rgbaCollector) SetRGBA(i *image.RGBA) { c.rgba = i }

// Write discards bytes; go-chart never writes to a collector.
func (c *rgbaCollector) Write(p []byte) (int, error) { return len(p), nil }

// hasData reports whether at least one bar has a positive value.
func hasData(bars []bar) bool {
	for _, b := range bars {
		if b.value > 0 {
			return true
		}
	}
	return false
}

// draw renders f to PNG, turning a panic inside go-chart or freetype into an error.
func draw(f figure, face *font.Face) (c model.Chart, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("draw: %v", p)
		}
	}()
	w, h := f.width, f.height
	if f.horizontal {
		h = hbarHeight(f)
	}
	rd, err := gochart.PNG(w, h)
	if err != nil {
		return c, fmt.Errorf("new canvas: %w", err)
	}
	rd.SetDPI(72) // sizes below are in pixels
	cv := canvas{r: rd, face: face, w: w, h: h}
	cv.fillRect(0, 0, w, h, white)
	if f.horizontal {
		drawHBars(cv, f)
	} else {
		drawColumns(cv, f)
	}
	var img rgbaCollector
	if err := rd.Save(&img); err != nil || img.rgba == nil {
		return c, fmt.Errorf("collect image: %v", err)
	}
	// Flat colours compress well even at the fastest level, which is several times quicker.
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img.rgba); err != nil {
		return c, fmt.Errorf("encode png: %w", err)
	}
	return model.Chart{Name: f.name, Title: f.title, PNG: buf.Bytes(), Width: w, Height: h}, nil
}
