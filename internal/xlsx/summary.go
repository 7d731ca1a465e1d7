package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/model"
)

// Summary chart limits: more bars or regions than this would not read at a glance.
const (
	maxBars    = 10
	maxRegions = 6
)

// writeSummary writes the Summary sheet: a narrow block of key figures in columns A–B and the
// charts stacked beside it in columns D–L.
func (b *book) writeSummary() error {
	sheet := b.l.Summary
	for col, width := range map[string]float64{"A": 34, "B": 20, "C": 2} {
		if err := b.f.SetColWidth(sheet, col, col, width); err != nil {
			return fmt.Errorf("summary: %w", err)
		}
	}
	if err := b.summaryText(sheet); err != nil {
		return fmt.Errorf("summary: %w", err)
	}
	if err := b.wrapTitle(sheet); err != nil {
		return fmt.Errorf("summary: %w", err)
	}
	return b.summaryCharts(sheet)
}

// wrapTitle merges the title over columns A–B and wraps it, so that a long title does not run under
// the charts.
func (b *book) wrapTitle(sheet string) error {
	if err := b.f.MergeCell(sheet, "A1", "B1"); err != nil {
		return err
	}
	if err := b.f.SetCellStyle(sheet, "A1", "A1", b.st.WrapTitle); err != nil {
		return err
	}
	return b.f.SetRowHeight(sheet, 1, 22*float64(wrappedLines(clean(b.r.Title), 36)))
}

// line is one line of the Summary text block: a label and a value, styled by kind.
type line struct {
	label string
	value any
	style int // style of the label; the value's style is chosen by its type
}

// summaryText writes the text block.
func (b *book) summaryText(sheet string) error {
	l, st, r := b.l, b.st, b.r
	lines := []line{{clean(r.Title), nil, st.Title}, {l.Period, b.period(), st.Label},
		{l.AsOf, r.AsOf, st.Label}, {l.Window, b.window(), st.Label}, {l.Corpus, nil, st.Heading},
		{l.DocsRead, r.Figures.Documents, st.Label}, {l.DocsSkipped, r.Figures.Skipped, st.Label},
		{l.Languages, languages(r.Figures.Languages), st.Label}, {}, {l.KeyFigures, nil, st.Heading},
		{l.VendorsN, r.Figures.Vendors, st.Label}, {l.DealsN, r.Figures.Deals, st.Label}}
	for _, c := range r.DealsByType {
		lines = append(lines, line{"    " + l.dealType(c.Label), c.N, st.Text})
	}
	if n := r.Figures.BackgroundDeals; n > 0 { // counted above, left out of the value lines below
		lines = append(lines, line{l.BackgroundDeals, n, st.Label})
	}
	lines = append(lines, line{l.DealsWithValue, r.Figures.DealsWithValue, st.Label})
	for _, m := range r.Figures.DisclosedValue {
		lines = append(lines, line{l.DisclosedValue + ", " + clean(m.Currency), m, st.Label})
	}
	if n := r.Figures.Implausible; n > 0 {
		lines = append(lines, line{"    " + l.Implausible, n, st.Text})
	}
	lines = append(lines, line{l.ShareStatements, r.Figures.ShareStatements, st.Label})
	if c := r.Facts.Changes; c != nil {
		lines = append(lines, line{}, line{l.Changes, nil, st.Heading},
			line{l.NewDocuments, len(c.NewDocuments), st.Label}, line{l.NewVendors, len(c.NewVendors), st.Label},
			line{l.NewDeals, c.NewDeals, st.Label}, line{l.ShareChanges, len(c.ShareChanges), st.Label})
	}
	for i, ln := range lines {
		if err := b.summaryLine(sheet, i+1, ln); err != nil {
			return err
		}
	}
	return nil
}

// summaryLine writes one line of the text block at row.
func (b *book) summaryLine(sheet string, row int, ln line) error {
	if ln.label == "" {
		return nil
	}
	a, bc := cellName(1, row), cellName(2, row)
	if err := b.f.SetCellStr(sheet, a, ln.label); err != nil {
		return err
	}
	if err := b.f.SetCellStyle(sheet, a, a, ln.style); err != nil {
		return err
	}
	style := b.st.Int
	switch v := ln.value.(type) {
	case nil:
		return nil
	case string:
		style = b.st.Text
	case model.Money:
		id, err := b.st.Money(v.Currency)
		if err != nil {
			return err
		}
		style, ln.value = id, v.Amount
	case time.Time:
		style = b.st.Date
		if v.IsZero() {
			ln.value, style = "—", b.st.Text
		}
	}
	if err := b.f.SetCellValue(sheet, bc, ln.value); err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, bc, bc, style)
}

// window returns the report's window as text: "2025-11-12 – 2025-11-18 (7d)", or the words for
// the whole corpus.
func (b *book) window() string {
	if b.r.WindowStart.IsZero() {
		return b.l.WholeCorpus
	}
	return b.r.WindowStart.Format("2006-01-02") + " – " + b.r.AsOf.Format("2006-01-02") + " (" + clean(b.r.Window) + ")"
}

// period returns the period covered as text, "—" when no document is dated.
func (b *book) period() string {
	if b.r.PeriodStart.IsZero() || b.r.PeriodEnd.IsZero() {
		return "—"
	}
	return b.r.PeriodStart.Format("2006-01-02") + " – " + b.r.PeriodEnd.Format("2006-01-02")
}

// languages formats document counts per language, e.g. "en 12, fr 5".
func languages(cs []model.Count) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s %d", clean(c.Label), c.N))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, ", ")
}

// summaryCharts adds the charts beside the text block: share of voice, deals by type, and the latest
// market shares of each region (up to maxRegions, with a note for the rest).
func (b *book) summaryCharts(sheet string) error {
	var specs []chartSpec
	if len(b.r.Vendors) > 0 {
		specs = append(specs, b.voiceChart(sheet))
	}
	if hasDeals(b.r.DealsByType) {
		specs = append(specs, b.dealTypeChart(sheet))
	}
	for i, rs := range b.r.Latest {
		if i == maxRegions {
			break
		}
		if len(rs.Shares) > 0 {
			specs = append(specs, b.latestChart(sheet, rs))
		}
	}
	for i, spec := range specs {
		spec.cell = cellName(4, 1+i*chartRows)
		if err := b.addChart(spec); err != nil {
			return fmt.Errorf("summary: %w", err)
		}
	}
	if n := len(b.r.Latest) - maxRegions; n > 0 {
		cell := cellName(4, 1+len(specs)*chartRows)
		if err := b.f.SetCellStr(sheet, cell, fmt.Sprintf(b.l.MoreRegions, n)); err != nil {
			return err
		}
		return b.f.SetCellStyle(sheet, cell, cell, b.st.Note)
	}
	return nil
}

// voiceChart is a bar chart of the top vendors' share of voice.
func (b *book) voiceChart(sheet string) chartSpec {
	vs := b.r.Vendors[:min(len(b.r.Vendors), maxBars)]
	s := series{name: b.l.ShareOfVoice}
	var cats []string
	for _, v := range vs {
		cats = append(cats, clean(v.Name))
		s.values = append(s.values, v.ShareOfVoice)
	}
	return chartSpec{sheet: sheet, title: b.l.TopVendors, typ: excelize.Bar, cats: cats,
		series: []series{s}, percent: true}
}

// dealTypeChart is a column chart of the number of deals per type.
func (b *book) dealTypeChart(sheet string) chartSpec {
	s := series{name: b.l.Count}
	var cats []string
	for _, c := range b.r.DealsByType {
		cats = append(cats, b.l.dealType(c.Label))
		s.values = append(s.values, c.N)
	}
	return chartSpec{sheet: sheet, title: b.l.DealsByType, typ: excelize.Col, cats: cats, series: []series{s}}
}

// latestChart is a bar chart of one region's market shares in its latest period.
func (b *book) latestChart(sheet string, rs model.RegionShares) chartSpec {
	region, period := b.shareLabel(rs)
	title := fmt.Sprintf("%s — %s, %s", b.l.LatestShares, region, period)
	if rs.Market != "" {
		title += " (" + clean(rs.Market) + ")"
	}
	s := series{name: b.l.Share}
	var cats []string
	for _, m := range rs.Shares[:min(len(rs.Shares), maxBars)] {
		// The qualifier stays with the figure: "Alibaba (<4%)" is not "Alibaba, 4%".
		cats = append(cats, clean(m.Vendor)+qualified(m))
		s.values = append(s.values, m.Share/100)
	}
	return chartSpec{sheet: sheet, title: title, typ: excelize.Bar, cats: cats, series: []series{s}, percent: true}
}

// hasDeals reports whether any count is positive.
func hasDeals(cs []model.Count) bool {
	for _, c := range cs {
		if c.N > 0 {
			return true
		}
	}
	return false
}

// qualified returns " (<4%)" for a share stated with a qualifier, "" for an exact one.
func qualified(s model.MarketShare) string {
	sign := map[string]string{model.Over: ">", model.Under: "<", model.About: "≈"}[s.Qualifier]
	if sign == "" {
		return ""
	}
	return " (" + sign + strconv.FormatFloat(s.Share, 'f', -1, 64) + "%)"
}
