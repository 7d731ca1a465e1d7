package pdf

import (
	"strings"

	"github.com/go-pdf/fpdf"

	"marketbrief/internal/font"
	"marketbrief/internal/model"
)

// Page geometry in millimetres (A4 portrait).
const (
	pageW    = 210.0
	pageH    = 297.0
	marginX  = 15.0
	marginT  = 22.0 // below the running header
	marginB  = 18.0 // above the running footer
	contentW = pageW - 2*marginX
	bottom   = pageH - marginB
	// cellMargin is the space fpdf leaves at each side of a cell's text.
	cellMargin = 1.5
)

// Colours as 0xRRGGBB.
const (
	accent   = 0x1f5f99
	inkColor = 0x222222
	grey     = 0x6b7280
	rule     = 0xd0d5dd
	zebra    = 0xf2f4f7
	boxFill  = 0xeef3f9
	white    = 0xffffff
)

// doc is a brief being laid out: the fpdf document, the font, the template and the report.
// Page breaks are taken by hand (auto page break is off) so that no table row or chart is split.
type doc struct {
	f    *fpdf.Fpdf
	face *font.Face
	b    *brief
	r    *model.Report
	// images counts the images registered, to give each a unique name.
	images int
	// cite numbers the documents the tables cite, for the Sources table.
	cite *citations
}

// newDoc creates the document with the embedded font, metadata and a fixed creation date.
func newDoc(r *model.Report, b *brief, face *font.Face) *doc {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(marginX, marginT, marginX)
	f.SetAutoPageBreak(false, marginB)
	f.SetCellMargin(cellMargin)
	f.AddUTF8FontFromBytes(font.Family, "", face.RegularTTF)
	f.AddUTF8FontFromBytes(font.Family, "B", face.BoldTTF)
	d := &doc{f: f, face: face, b: b, r: r}
	f.SetTitle(d.clean(d.title()), true)
	f.SetSubject(d.clean(r.Subject), true)
	f.SetAuthor("marketbrief", true)
	f.SetCreator("marketbrief", true)
	f.SetKeywords(d.clean(b.loc.Get("keywords")), true)
	if r.Language != "" {
		f.SetLang(r.Language)
	}
	f.SetCreationDate(r.AsOf)
	f.SetModificationDate(r.AsOf)
	f.SetCatalogSort(true)
	return d
}

// title is the report's title, or its name when it has none.
func (d *doc) title() string {
	if t := strings.TrimSpace(d.r.Title); t != "" {
		return t
	}
	return d.r.Name
}

// fit cleans s and shortens it with "…" to at most w millimetres in the current font.
func (d *doc) fit(s string, w float64) string {
	s = d.clean(s)
	w -= 2 * cellMargin
	if d.f.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.f.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// clean makes s safe for fpdf: characters the font lacks are replaced or dropped.
func (d *doc) clean(s string) string {
	return d.face.Clean(s)
}

// label returns the locale's word for key, cleaned.
func (d *doc) label(key string) string {
	return d.clean(d.b.loc.Get(key))
}

// font sets the font; size is in points.
func (d *doc) font(bold bool, size float64, color uint32) {
	style := ""
	if bold {
		style = "B"
	}
	d.f.SetFont(font.Family, style, size)
	d.f.SetTextColor(int(color>>16), int(color>>8&0xff), int(color&0xff))
}

// fill sets the fill colour.
func (d *doc) fill(color uint32) {
	d.f.SetFillColor(int(color>>16), int(color>>8&0xff), int(color&0xff))
}

// draw sets the line colour and width.
func (d *doc) draw(color uint32, width float64) {
	d.f.SetDrawColor(int(color>>16), int(color>>8&0xff), int(color&0xff))
	d.f.SetLineWidth(width)
}

// newPage starts a page and puts the cursor at the top of the body.
func (d *doc) newPage() {
	d.f.AddPage()
	d.f.SetXY(marginX, marginT)
}

// room reports whether h millimetres fit between the cursor and the bottom margin.
func (d *doc) room(h float64) bool {
	return d.f.GetY()+h <= bottom
}

// ensure starts a new page unless h millimetres fit on this one.
func (d *doc) ensure(h float64) {
	if !d.room(h) {
		d.newPage()
	}
}

// headingH is the height a section heading takes at most, in millimetres.
const headingH = 16.0

// heading starts a section: a bookmark, then the title in the accent colour over a thin rule. It
// keeps with the next minNext millimetres of content.
func (d *doc) heading(key string, minNext float64) {
	d.ensure(headingH + minNext)
	if d.f.GetY() > marginT+1 {
		d.f.SetY(d.f.GetY() + 4)
	}
	title := d.label(key)
	d.f.Bookmark(title, 0, -1)
	d.font(true, 13, accent)
	d.f.SetX(marginX)
	d.f.CellFormat(contentW, 7, title, "", 1, "L", false, 0, "")
	d.draw(accent, 0.4)
	y := d.f.GetY() + 0.5
	d.f.Line(marginX, y, marginX+contentW, y)
	d.f.SetY(y + 3)
}

// paragraph writes wrapped text, breaking pages between lines.
func (d *doc) paragraph(text string, size float64, color uint32) {
	d.font(false, size, color)
	lh := size * 0.5
	for _, line := range d.split(d.clean(text), contentW) {
		d.ensure(lh)
		d.f.SetX(marginX)
		d.f.CellFormat(contentW, lh, line, "", 1, "L", false, 0, "")
	}
	d.f.SetY(d.f.GetY() + lh*0.5)
}

// more writes "… and N more in the workbook." under a table that was cut, when n > 0.
func (d *doc) more(n int) {
	if n <= 0 {
		return
	}
	d.paragraph(d.b.loc.Fill("ellipsis_more", "n", d.b.loc.Number(float64(n), 0)), 8.5, grey)
}

// pageDecorations draws the running header (title and period) and footer (as-of date and
// "Page N of M") on every page once the body is laid out, so that the page count is known.
func (d *doc) pageDecorations(period string) {
	n := d.f.PageCount()
	d.font(false, 8, grey)
	title := d.fit(d.title(), contentW*0.6)
	period = d.fit(period, contentW*0.4)
	asOf := d.clean(d.b.loc.Fill("as_of", "date", d.b.loc.Date(d.r.AsOf)))
	for p := 1; p <= n; p++ {
		d.f.SetPage(p)
		// fpdf skips a SetFont equal to the current one, but the page's stream may have ended in
		// another font: set a different size first so that the font is written on this page.
		d.f.SetFont(font.Family, "", 1)
		d.font(false, 8, grey)
		d.f.SetXY(marginX, 9)
		d.f.CellFormat(contentW*0.6, 5, title, "", 0, "L", false, 0, "")
		d.f.SetXY(marginX+contentW*0.6, 9)
		d.f.CellFormat(contentW*0.4, 5, period, "", 0, "R", false, 0, "")
		d.draw(rule, 0.3)
		d.f.Line(marginX, 15, marginX+contentW, 15)
		d.f.Line(marginX, pageH-13, marginX+contentW, pageH-13)
		d.f.SetXY(marginX, pageH-12)
		d.f.CellFormat(contentW/2, 5, asOf, "", 0, "L", false, 0, "")
		page := d.b.loc.Fill("page", "n", itoa(p), "total", itoa(n))
		d.f.SetXY(marginX+contentW/2, pageH-12)
		d.f.CellFormat(contentW/2, 5, d.clean(page), "", 0, "R", false, 0, "")
	}
}

// split wraps text to lines at most w millimetres wide in the current font. Unlike fpdf's
// SplitText it breaks only at ASCII spaces and line feeds, so the no-break spaces in "27 %" and
// "19,7 milliards" hold; a word wider than the line is cut between characters.
func (d *doc) split(text string, w float64) []string {
	w -= 2 * cellMargin
	space := d.f.GetStringWidth(" ")
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line, lineW := "", 0.0
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			ww := d.f.GetStringWidth(word)
			if line != "" && lineW+space+ww <= w {
				line, lineW = line+" "+word, lineW+space+ww
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			for ww > w && len([]rune(word)) > 1 {
				head := d.fitRunes(word, w)
				lines = append(lines, head)
				word = word[len(head):]
				ww = d.f.GetStringWidth(word)
			}
			line, lineW = word, ww
		}
		if line != "" || len(lines) == 0 {
			lines = append(lines, line)
		}
	}
	return lines
}

// fitRunes returns the longest non-empty prefix of word that fits in w millimetres, ending after
// a "/", "-", "_" or "." in its second half when there is one (paths and ids break there).
func (d *doc) fitRunes(word string, w float64) string {
	runes := []rune(word)
	n := 1
	for n < len(runes) && d.f.GetStringWidth(string(runes[:n+1])) <= w {
		n++
	}
	for i := n - 1; i > n/2; i-- {
		if strings.ContainsRune("/-_.", runes[i-1]) {
			return string(runes[:i])
		}
	}
	return string(runes[:n])
}
