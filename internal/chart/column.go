package chart

import "math"

// Layout of column charts, in pixels.
const (
	cPad       = 36
	cLabelSize = 36
	cValueRoom = 56 // above the tallest column, for its value
	cAxisRoom  = 64 // below the columns, for their labels
	cMaxColumn = 150
)

// drawColumns draws f as vertical columns from a 0-based axis with whole-number ticks, each column
// topped with its value and labelled underneath.
func drawColumns(c canvas, f figure) {
	maxV := 0.0
	for _, b := range f.bars {
		maxV = math.Max(maxV, b.value)
	}
	top, step := axis(maxV, true, false) // columns only ever show counts
	tv := ticks(top, step)

	c.style(cLabelSize*0.85, false, muted)
	tickW := 0
	for _, t := range tv {
		tickW = max(tickW, c.width(f.loc.number(t)))
	}
	x0, x1 := cPad+tickW+16, c.w-cPad
	y0, y1 := cPad+cValueRoom, c.h-cPad-cAxisRoom
	scale := float64(y1-y0) / top

	for _, t := range tv {
		y := y1 - int(math.Round(t*scale))
		c.line(x0, y, x1, y, 2, gridGrey)
		c.text(f.loc.number(t), x0-12, y+cLabelSize*3/10, 'r')
	}

	slot := float64(x1-x0) / float64(len(f.bars))
	barW := min(int(slot*0.62), cMaxColumn)
	for i, b := range f.bars {
		mid := x0 + int(slot*float64(i)+slot/2)
		h := int(math.Round(math.Min(b.value, top) * scale))
		c.fillRect(mid-barW/2, y1-h, barW, h, palette(0))
		c.style(cLabelSize, true, ink)
		c.text(b.text, mid, y1-h-14, 'c')
		c.style(cLabelSize, false, ink)
		c.text(c.fit(b.label, int(slot)-6), mid, y1+cAxisRoom-14, 'c')
	}
	c.line(x0, y1, x1, y1, 3, muted)
}
