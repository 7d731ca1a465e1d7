package pdf

import (
	"strconv"
)

// Caps on the sources and quotations the brief shows.
const (
	maxSources  = 25
	maxEvidence = 10
	quoteChars  = 150
)

// sources lists the documents read (and files skipped), then the sentences the main facts were
// read from, as short quotations citing the document's number in the list.
func (d *doc) sources() {
	src := d.r.Sources
	if len(src) == 0 {
		return
	}
	loc := d.b.loc
	index := d.sourceIndex()
	cols := []column{
		{"#", 0.5, "R"}, {loc.get("col.title"), 5.2, "L"}, {loc.get("col.document"), 3, "L"},
		{loc.get("col.language"), 0.9, "C"}, {loc.get("col.date"), 1.3, "L"},
	}
	var rows [][]string
	for i, s := range first(maxSources, src) {
		title := s.Title
		if s.Status != "" && s.Status != "read" {
			title = s.Status
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), orNone(loc, title), s.ID, s.Language,
			loc.period(s.Date, true)})
	}
	d.heading("section.sources", 30)
	d.table(cols, rows)
	d.more(len(src) - maxSources)
	d.evidence(index)
}

// sourceIndex numbers the documents as the Sources table does, from 1.
func (d *doc) sourceIndex() map[string]int {
	index := make(map[string]int, len(d.r.Sources))
	for i, s := range d.r.Sources {
		index[s.ID] = i + 1
	}
	return index
}

// evidence tabulates a quotation for the first deals and market shares of the tables.
func (d *doc) evidence(index map[string]int) {
	loc := d.b.loc
	type quote struct{ fact, text, doc string }
	var deals, shares []quote
	for _, dl := range first(maxDeals, d.r.Deals) {
		if len(dl.Evidence) > 0 && dl.Evidence[0].Text != "" {
			fact := parties(dl) + " (" + d.dealType(dl.Type) + ")"
			deals = append(deals, quote{fact, dl.Evidence[0].Text, dl.Evidence[0].Document})
		}
	}
	for _, g := range first(maxShares, groupShares(d.r.Shares)) {
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
	cols := []column{{loc.get("col.fact"), 3, "L"}, {loc.get("col.evidence"), 6.3, "L"}, {"#", 0.6, "R"}}
	var rows [][]string
	for _, q := range picked {
		ref := ""
		if n, ok := index[q.doc]; ok {
			ref = strconv.Itoa(n)
		}
		rows = append(rows, []string{q.fact, loc.quote(q.text, quoteChars), ref})
	}
	d.heading("section.evidence", 30)
	d.table(cols, rows)
	d.more(len(deals) + len(shares) - len(picked))
}
