package chart

import (
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"marketbrief/internal/font"
)

// Colours as 0xRRGGBB, shared with the brief's palette.
const (
	white    = 0xffffff
	ink      = 0x333333
	muted    = 0x6b7280
	gridGrey = 0xdddddd
)

// palette returns the i-th series colour; the first is the brief's accent blue.
func palette(i int) uint32 {
	colors := [...]uint32{0x1f5f99, 0x2a9d8f, 0xe76f51, 0x8a5ab5, 0xe9a823, 0x457b9d}
	return colors[i%len(colors)]
}

// rgb turns 0xRRGGBB into an opaque colour.
func rgb(c uint32) drawing.Color {
	return drawing.Color{R: uint8(c >> 16), G: uint8(c >> 8), B: uint8(c), A: 255}
}

// canvas wraps a go-chart renderer with the few drawing operations the charts need. Every string
// goes through the font's cleaner first.
type canvas struct {
	r    gochart.Renderer
	face *font.Face
	w, h int
}

// fillRect fills the rectangle with its top-left corner at (x, y).
func (c canvas) fillRect(x, y, w, h int, col uint32) {
	if w <= 0 || h <= 0 {
		return
	}
	c.r.SetFillColor(rgb(col))
	c.r.SetStrokeColor(rgb(col))
	c.r.SetStrokeWidth(0)
	c.r.MoveTo(x, y)
	c.r.LineTo(x+w, y)
	c.r.LineTo(x+w, y+h)
	c.r.LineTo(x, y+h)
	c.r.Close()
	c.r.Fill()
}

// line draws a straight line.
func (c canvas) line(x1, y1, x2, y2 int, width float64, col uint32) {
	c.r.SetStrokeColor(rgb(col))
	c.r.SetStrokeWidth(width)
	c.r.MoveTo(x1, y1)
	c.r.LineTo(x2, y2)
	c.r.Stroke()
}

// style sets the font for the next measure or text call.
func (c canvas) style(size float64, bold bool, col uint32) {
	if bold {
		c.r.SetFont(c.face.Bold)
	} else {
		c.r.SetFont(c.face.Regular)
	}
	c.r.SetFontSize(size)
	c.r.SetFontColor(rgb(col))
}

// width measures s in the current style.
func (c canvas) width(s string) int {
	return c.r.MeasureText(c.face.Clean(s)).Width()
}

// text draws s with its baseline at y; align is 'l', 'c' or 'r' around x.
func (c canvas) text(s string, x, y int, align byte) {
	s = c.face.Clean(s)
	switch align {
	case 'c':
		x -= c.r.MeasureText(s).Width() / 2
	case 'r':
		x -= c.r.MeasureText(s).Width()
	}
	c.r.Text(s, x, y)
}

// fit shortens s with a trailing "…" until it is at most max pixels wide in the current style.
func (c canvas) fit(s string, max int) string {
	s = strings.TrimSpace(c.face.Clean(s))
	if c.width(s) <= max {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // binary search the longest prefix that fits with the ellipsis
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.width(strings.TrimSpace(string(runes[:mid]))+"…") <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return "…"
	}
	return strings.TrimSpace(string(runes[:lo])) + "…"
}
