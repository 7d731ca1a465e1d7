package extract

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// WithLimits returns a copy of e that applies l.
func (e *Extractor) WithLimits(l text.Limits) *Extractor {
	c := *e
	c.limits = l
	return &c
}

// clipEvidence clips the evidence of every fact of df to max characters.
func clipEvidence(df *model.DocFacts, max int) {
	for i := range df.Deals {
		for j := range df.Deals[i].Evidence {
			df.Deals[i].Evidence[j].Text = text.Clip(df.Deals[i].Evidence[j].Text, max)
		}
	}
	for i := range df.MarketShares {
		df.MarketShares[i].Evidence = text.Clip(df.MarketShares[i].Evidence, max)
	}
	for i := range df.GroupShares {
		df.GroupShares[i].Evidence = text.Clip(df.GroupShares[i].Evidence, max)
	}
}
