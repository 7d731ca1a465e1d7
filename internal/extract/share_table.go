package extract

import "marketbrief/internal/model"

// Tables flattened to text: a header line that names periods, then one line per vendor with a
// percentage per period.
//
//	Provider Q3 2025 Q3 2024
//	AWS 30% 31%
//	Microsoft 21% 20%
//
// Each percentage is the vendor's share in the period of its column. A line that does not fit
// (another count of figures, words between them) ends the table and is read as prose.

// noteColumns remembers the periods of a header line (two or more quarters or halves), or
// forgets them.
func (ctx *shareContext) noteColumns(periods []period) {
	ctx.columns = ctx.columns[:0]
	for _, p := range periods {
		if p.isShift() || p.part == "" {
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
func tableRow(s Sentence, toks []token, ctx *shareContext) ([]model.MarketShare, bool) {
	if len(s.Mentions) != 1 || s.Mentions[0].Start != 0 || analystFirms[s.Mentions[0].Name] {
		return nil, false
	}
	pos := 0
	for pos < len(toks) && toks[pos].start < s.Mentions[0].End {
		pos++
	}
	pcts := findPercents(toks)
	if len(pcts) != len(ctx.columns) {
		return nil, false
	}
	for _, p := range pcts {
		if p.num != pos || p.kind == pctOther {
			return nil, false
		}
		pos = p.end
	}
	if pos < len(toks) && !(pos == len(toks)-1 && toks[pos].text == ".") {
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
