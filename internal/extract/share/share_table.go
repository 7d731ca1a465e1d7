package share

import (
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// Tables flattened to text: a header line that names periods, then one line per vendor with a
// percentage per period.
//
//	Provider Q3 2025 Q3 2024
//	AWS 30% 31%
//	Microsoft 21% 20%
//
// Each percentage is the vendor's share in the period of its column. A line that does not fit
// (another count of figures, words between them) ends the table and is read as prose. Cells
// may be separated by bars, as in Markdown ("| AWS | 30% | 31% |", the header's rule line
// "|---|---|---|" skipped).

// noteColumns remembers the periods of a header line (two or more quarters or halves), or
// forgets them.
func (ctx *shareContext) noteColumns(periods []measure.Period) {
	ctx.columns = ctx.columns[:0]
	for _, p := range periods {
		if p.IsShift() || p.Part == "" {
			continue
		}
		ctx.columns = append(ctx.columns, p)
	}
	if len(ctx.columns) < 2 {
		ctx.columns = nil
	}
}

// tableRow reads a row under the header ctx.columns: one vendor first, then exactly one
// percentage per column and nothing else.
func tableRow(s text.Sentence, toks []text.Token, ctx *shareContext) ([]model.MarketShare, bool) {
	if ruleLine(s.Text) {
		return nil, true // "|---|---|" under a Markdown header
	}
	first := skipCellBars(toks, 0)
	if len(s.Mentions) != 1 || first == len(toks) || s.Mentions[0].Start != toks[first].Start || vendor.AnalystFirms[s.Mentions[0].Name] {
		return nil, false
	}
	pos := first
	for pos < len(toks) && toks[pos].Start < s.Mentions[0].End {
		pos++
	}
	pcts := findPercents(toks)
	if len(pcts) != len(ctx.columns) {
		return nil, false
	}
	for _, p := range pcts {
		if pos = skipCellBars(toks, pos); p.num != pos || p.other() {
			return nil, false
		}
		pos = p.end
	}
	if pos = skipCellBars(toks, pos); pos < len(toks) && !(pos == len(toks)-1 && toks[pos].Text == ".") {
		return nil, false
	}
	out := make([]model.MarketShare, 0, len(pcts))
	for k, p := range pcts {
		out = append(out, model.MarketShare{
			Vendor: s.Mentions[0].Name, Share: p.value, Qualifier: p.qualifier, Market: ctx.market,
			Region: ctx.region, Period: ctx.columns[k].String(), Document: ctx.docID, Evidence: s.Text,
			Confidence: 0.7,
		})
	}
	return out, true
}

// skipCellBars returns the index of the first token from i on that is not a cell separator "|".
func skipCellBars(toks []text.Token, i int) int {
	for i < len(toks) && toks[i].Text == "|" {
		i++
	}
	return i
}

// ruleLine reports whether s is only bars, dashes, colons and spaces: the line under a
// Markdown table's header.
func ruleLine(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '|' && c != '-' && c != ':' && c != ' ' {
			return false
		}
	}
	return strings.IndexByte(s, '-') >= 0
}
