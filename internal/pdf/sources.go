package pdf

import (
	"strconv"
)

// Caps on the quotations the brief shows.
const (
	maxEvidence = 10
	quoteChars  = 150
)

// sources lists the documents the brief cites, numbered as the tables cite them (so that every
// number printed has its row, however large the corpus), then the sentences the main facts were
// read from, as short quotations citing the document's number. The workbook's Sources sheet lists
// every document read and every file skipped.
func (d *doc) sources() {
	loc := d.b.loc
	if len(d.cite.order) == 0 {
		d.heading("section.sources", 10)
		d.paragraph(loc.Fill("sources.empty", "total", loc.Number(float64(d.r.Figures.Documents), 0)), 9, grey)
		return
	}
	byID := make(map[string]int, len(d.r.Sources))
	for i, s := range d.r.Sources {
		byID[s.ID] = i
	}
	cols := []column{
		{"#", 0.5, "R"}, {loc.Get("col.title"), 5.2, "L"}, {loc.Get("col.document"), 3, "L"},
		{loc.Get("col.language"), 0.9, "C"}, {loc.Get("col.date"), 1.3, "L"},
	}
	var rows [][]string
	for i, id := range d.cite.order {
		row := []string{strconv.Itoa(i + 1), loc.Get("none"), id, "", ""}
		if j, ok := byID[id]; ok {
			s := d.r.Sources[j]
			row[1], row[3], row[4] = orNone(loc, s.Title), s.Language, loc.Period(s.Date, true)
		}
		rows = append(rows, row)
	}
	d.heading("section.sources", 30)
	d.paragraph(loc.Fill("sources.note", "n", loc.Number(float64(len(rows)), 0),
		"total", loc.Number(float64(d.r.Figures.Documents), 0)), 9, grey)
	d.table(cols, rows)
	d.evidence()
}

// evidence tabulates a quotation for the first deals and market shares of the tables.
func (d *doc) evidence() {
	loc := d.b.loc
	type quote struct{ fact, text, doc string }
	var deals, shares []quote
	for _, dl := range first(maxDeals, d.r.Deals) {
		if len(dl.Evidence) > 0 && dl.Evidence[0].Text != "" {
			fact := parties(dl) + " (" + d.dealType(dl.Type) + ")"
			deals = append(deals, quote{fact, dl.Evidence[0].Text, dl.Evidence[0].Document})
		}
	}
	marketed, unmarketed := d.shareGroups()
	for _, g := range append(first(maxShares, marketed), first(maxShares, unmarketed)...) {
		if s := g.share; s.Evidence != "" {
			shares = append(shares, quote{d.shareRef(s), s.Evidence, s.Document})
		}
	}
	// Half the rows for each kind, the other's unused half to whichever has more.
	nd := min(len(deals), max(maxEvidence/2, maxEvidence-len(shares)))
	ns := min(len(shares), maxEvidence-nd)
	picked := append(deals[:nd:nd], shares[:ns]...)
	if len(picked) == 0 {
		return
	}
	cols := []column{{loc.Get("col.fact"), 3, "L"}, {loc.Get("col.evidence"), 6.3, "L"}, {"#", 0.6, "R"}}
	var rows [][]string
	for _, q := range picked {
		rows = append(rows, []string{q.fact, loc.Quote(q.text, quoteChars), d.cite.refs([]string{q.doc})})
	}
	d.heading("section.evidence", 30)
	d.table(cols, rows)
	d.more(len(deals) + len(shares) - len(picked))
}
