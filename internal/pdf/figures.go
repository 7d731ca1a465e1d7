package pdf

import (
	"strings"

	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// figure is one key-figure box: a big value, what it counts, and a note underneath.
type figure struct {
	value, label, note string
}

// figures draws the key figures as a row of boxes.
func (d *doc) figures() {
	d.heading("section.figures", 24)
	d.figureRow(keyFigures(d.r.Figures, d.b.loc))
}

// keyFigures returns the key-figure boxes of fg in the words of loc.
func keyFigures(fg model.KeyFigures, loc *locale.Locale) []figure {
	num := func(n int) string { return loc.Number(float64(n), 0) }
	boxes := []figure{
		{num(fg.Documents), loc.Plural("fig.documents", float64(fg.Documents)), ""},
		{num(fg.Vendors), loc.Plural("fig.vendors", float64(fg.Vendors)), ""},
		{num(fg.Deals), loc.Plural("fig.deals", float64(fg.Deals)), ""},
		{loc.Get("fig.none"), loc.Get("fig.value"), ""},
		{num(fg.ShareStatements), loc.Plural("fig.shares", float64(fg.ShareStatements)), ""},
	}
	if fg.Skipped > 0 {
		boxes[0].note = locale.Fill(loc.Plural("fig.skipped", float64(fg.Skipped)), "n", num(fg.Skipped))
	}
	// The deals box counts every deal the tables list, background included, as the summary
	// does; the disclosed value totals the period's news only, so with background deals the
	// count of deals it totals goes under it instead.
	switch {
	case fg.BackgroundDeals > 0:
		boxes[2].note = locale.Fill(loc.Plural("fig.background", float64(fg.BackgroundDeals)), "n", num(fg.BackgroundDeals))
		if fg.DealsWithValue > 0 && len(fg.DisclosedValue) > 0 {
			boxes[3].note = locale.Fill(loc.Plural("fig.value_from", float64(fg.DealsWithValue)), "n", num(fg.DealsWithValue))
		}
	case fg.DealsWithValue > 0:
		boxes[2].note = locale.Fill(loc.Plural("fig.with_value", float64(fg.DealsWithValue)), "n", num(fg.DealsWithValue))
	}
	if len(fg.DisclosedValue) > 0 {
		boxes[3].value = loc.Money(&fg.DisclosedValue[0])
		var rest []string
		for i := 1; i < len(fg.DisclosedValue) && i < 3; i++ {
			rest = append(rest, "+ "+loc.Money(&fg.DisclosedValue[i]))
		}
		if len(rest) > 0 {
			boxes[3].note = strings.Join(rest, " ")
		}
	}
	return boxes
}

// figureRow draws boxes side by side, shrinking a value's font until it fits its box.
func (d *doc) figureRow(boxes []figure) {
	const gap, h = 3.0, 23.0
	w := (contentW - gap*float64(len(boxes)-1)) / float64(len(boxes))
	y := d.f.GetY()
	for i, bx := range boxes {
		x := marginX + float64(i)*(w+gap)
		d.fill(boxFill)
		d.f.RoundedRect(x, y, w, h, 1.5, "1234", "F")
		size := 17.0
		d.font(true, size, accent)
		value := d.clean(bx.value)
		for size > 8 && d.f.GetStringWidth(value) > w-3 {
			size -= 0.5
			d.font(true, size, accent)
		}
		d.f.SetXY(x, y+2)
		d.f.CellFormat(w, 8, value, "", 0, "C", false, 0, "")
		d.font(false, 7.5, inkColor)
		lines := d.split(d.clean(bx.label), w)
		for j, line := range lines[:min(2, len(lines))] {
			d.f.SetXY(x, y+10.5+float64(j)*3.4)
			d.f.CellFormat(w, 3.4, line, "", 0, "C", false, 0, "")
		}
		if bx.note != "" {
			note := d.clean(bx.note)
			size = 6.5
			d.font(false, size, grey)
			for size > 5 && d.f.GetStringWidth(note) > w-2 { // a long note shrinks, never spills
				size -= 0.25
				d.font(false, size, grey)
			}
			d.f.SetXY(x, y+h-4.5)
			d.f.CellFormat(w, 3.4, note, "", 0, "C", false, 0, "")
		}
	}
	d.f.SetXY(marginX, y+h+2)
}
