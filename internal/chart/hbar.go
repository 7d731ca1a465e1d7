package chart

import "math"

// Layout of horizontal bar charts, in pixels (1600 px ≈ 16 cm, so 34 px ≈ 9.6 pt in print).
const (
	hPad        = 40
	hLabelSize  = 34
	hRow        = 78
	hBar        = 50
	hHeading    = 76
	hAxis       = 64
	hLabelShare = 0.36 // the label column takes at most this share of the width
)

// hbarHeight returns the image height that fits f's rows, headings and axis.
func hbarHeight(f figure) int {
	h := hPad + hAxis + hPad/2
	prev := ""
	for _, b := range f.bars {
		if b.group != "" && b.group != prev {
			h += hHeading
		}
		prev = b.group
		h += hRow
	}
	return h
}

// drawHBars draws f as horizontal bars: labels on the left, values after the bars, a 0-based axis
// with light grid lines, and a heading above each group.
func drawHBars(c canvas, f figure) {
	maxV := 0.0
	for _, b := range f.bars {
		maxV = math.Max(maxV, b.value)
	}
	top, step := axis(maxV, f.counts, f.percent)

	c.style(hLabelSize, false, ink)
	labelW := 0
	for _, b := range f.bars {
		labelW = max(labelW, c.width(b.label))
	}
	labelW = min(labelW, int(float64(f.width)*hLabelShare))
	c.style(hLabelSize, true, ink)
	valueW := 0
	for _, b := range f.bars {
		valueW = max(valueW, c.width(b.text))
	}
	x0 := hPad + labelW + 24
	x1 := f.width - hPad - valueW - 16
	scale := float64(x1-x0) / top
	rowsBottom := c.h - hAxis - hPad/2

	// grid and tick labels first, so bars paint over the lines
	c.style(hLabelSize*0.85, false, muted)
	for _, t := range ticks(top, step) {
		x := x0 + int(math.Round(t*scale))
		c.line(x, hPad, x, rowsBottom, 2, gridGrey)
		label := f.loc.number(t)
		if f.percent {
			label = f.loc.percent(t)
		}
		c.text(label, x, rowsBottom+hAxis-18, 'c')
	}
	c.line(x0, hPad, x0, rowsBottom, 3, muted)

	y, prev, group := hPad, "", -1
	for _, b := range f.bars {
		if b.group != "" && b.group != prev {
			group++
			c.fillRect(0, y+6, f.width, hHeading-12, white) // the heading interrupts the grid
			c.style(hLabelSize, true, ink)
			c.text(c.fit(b.group, f.width-2*hPad), hPad, y+hHeading-22, 'l')
			y += hHeading
		} else if group < 0 {
			group = 0
		}
		prev = b.group
		c.style(hLabelSize, false, ink)
		c.text(c.fit(b.label, labelW), x0-24, y+hRow/2+hLabelSize*35/100, 'r')
		w := int(math.Round(math.Min(b.value, top) * scale))
		c.fillRect(x0, y+(hRow-hBar)/2, w, hBar, palette(group))
		c.style(hLabelSize, true, ink)
		c.text(b.text, x0+w+12, y+hRow/2+hLabelSize*35/100, 'l')
		y += hRow
	}
}
