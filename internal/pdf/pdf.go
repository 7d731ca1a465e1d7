// Package pdf writes the brief: a few pages a busy reader takes in at a glance, with a summary
// written from the templates, key figures, charts, the main tables, what changed since the last
// report and the sources with their evidence.
//
// Words, number and date conventions come from the language's template (brief.LANG.tmpl), so a
// new language is a new template file. Text is drawn in the embedded Unicode font; characters the
// font lacks are replaced. The same report, charts and templates give byte-identical output.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"marketbrief/internal/font"
	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// Write renders the brief for r to w. charts are PNGs drawn from r (any may be missing; none is
// shown empty). templates is a folder whose root holds brief.en.tmpl and the templates of other
// languages; a language without a template gets the English one. Nothing is written to w when
// rendering fails.
func Write(w io.Writer, r *model.Report, charts []model.Chart, templates fs.FS) (err error) {
	if r == nil {
		return fmt.Errorf("write brief: no report")
	}
	b, err := loadBrief(templates, r.Language)
	if err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	b.asOf = r.AsOf
	face, err := font.Load()
	if err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	defer func() {
		// fpdf panics on some malformed input (an unusual PNG, for one); report it as an error.
		if p := recover(); p != nil {
			err = fmt.Errorf("write brief: %v", p)
		}
	}()
	d := newDoc(r, b, face)
	if err := d.body(charts); err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write brief: %w", err)
	}
	return nil
}

// Summary returns the paragraphs of r's summary in the words of its language's template, as
// the brief prints them (for tests and for other renderers that want the same story).
func Summary(r *model.Report, templates fs.FS) ([]string, error) {
	b, err := loadBrief(templates, r.Language)
	if err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	b.asOf = r.AsOf
	return b.paragraphs("summary", newView(r))
}

// body lays out every section, then the running header and footer.
func (d *doc) body(charts []model.Chart) error {
	v := newView(d.r)
	period, err := d.b.exec("period", v)
	if err != nil {
		return err
	}
	period = squeeze(period)
	d.newPage()
	d.titleBlock(period)
	summary, err := d.b.paragraphs("summary", v)
	if err != nil {
		return err
	}
	if len(summary) > 0 {
		d.heading("section.summary", 15)
		for _, p := range summary {
			d.paragraph(p, 10, inkColor)
		}
	}
	d.figures()
	if err := d.charts(charts); err != nil {
		return err
	}
	if err := d.since(v); err != nil {
		return err
	}
	d.cite = d.newCitations()
	d.vendorTable()
	d.dealTable()
	d.shareTable()
	d.sources()
	d.pageDecorations(period)
	return d.f.Error()
}

// titleBlock writes the report title, subject and as-of line at the top of the first page.
func (d *doc) titleBlock(period string) {
	d.font(true, 20, inkColor)
	for _, line := range d.split(d.clean(d.title()), contentW) {
		d.f.SetX(marginX)
		d.f.CellFormat(contentW, 9, line, "", 1, "L", false, 0, "")
	}
	if s := strings.TrimSpace(d.r.Subject); s != "" {
		d.paragraph(s, 11, grey)
	}
	asOf := d.b.loc.Fill("as_of", "date", d.b.loc.Date(d.r.AsOf))
	if period != "" && period != d.b.loc.Date(d.r.AsOf) {
		asOf += " · " + period
	}
	d.paragraph(asOf, 9, grey)
}

// itoa formats an int.
func itoa(n int) string {
	return strconv.Itoa(n)
}

// Labels returns the words of the language's brief (its locale, with the template's own locale
// block over it) as a map, for the charts (chart.RenderWith) to use the brief's words.
func Labels(templates fs.FS, lang string) (map[string]string, error) {
	loc, err := Locale(templates, lang)
	if err != nil {
		return nil, err
	}
	return loc.Map(), nil
}

// Locale returns the locale the brief of lang is written in, for the workbook to use the same
// words.
func Locale(templates fs.FS, lang string) (*locale.Locale, error) {
	b, err := loadBrief(templates, lang)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	return b.loc, nil
}
