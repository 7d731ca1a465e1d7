package deal

import (
	"regexp"
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// valueStatement matches a sentence that states a price for a deal told just before.
var valueStatement = text.Lazy(`\b(?:transaction|deal|acquisition|purchase|merger|sale|offer|bid|agreement|price|rachat|opération|cession|montant|bought|paid|paying|pay|valued|values|worth|for a total|total of)\b`)

// backReference matches a sentence that refers back to a deal just told ("Cette annonce a été
// faite lors de Huawei Connect 2017"), and yearWord a year in it.
var (
	backReference = regexp.MustCompile(`\b(?:cette annonce|this announcement|the announcement|l['’]annonce|the deal|the agreement|the transaction|the acquisition|the merger|l['’]accord|ce partenariat|the partnership|l['’]opération|le rachat|la cession)\b`)
	yearWord      = regexp.MustCompile(`\b(?:19[5-9]\d|20\d\d)\b`)
)

// laterNotPrice matches a later sentence whose amount pays for something other than the deal
// told before: a lawsuit settled, damages, fees, a dividend, a fine, the financing of the deal
// (a loan, a facility, bonds sold) ("X agreed to pay
// 1.35 mln dlrs to settle the suit", « X versera 2 millions d'euros pour clore le litige »).
var laterNotPrice = text.Lazy(`\b(?:settle|settles|settled|settling|settlement|lawsuits?|suits?|litigation|damages|claims?|judge?ments?|verdict|fines?|penalt(?:y|ies)|fees?|dividends?|royalt(?:y|ies)|severance|règlement|litiges?|contentieux|dommages|indemnit\S*|amendes?|redevances?|procès|plainte|facility|financ\S*|placing|borrow\S*|loans?|margin|debentures|bonds|underwrit\S*|emprunt\S*|obligations)\b`)

// statedPrice matches a sentence that says it states the price ("the purchase price will
// is 12 mln dlrs in cash plus licence royalties"): its amount is the price whatever else it names.
var statedPrice = text.Lazy(`\b(?:purchase price|sale price|selling price|price paid|aggregate price|total price|consideration|payable|prix d['’]achat|prix de cession|prix de vente|prix total)\b`)

// fillLater gives the recent deals (of the previous sentences) what lower (a later sentence)
// states about them: the price, when it states one with a deal word ("The transaction is valued
// at…") within three sentences, and the year, when it refers back to the deal and names one.
func (c *dealContext) fillLater(out []model.Deal, recent []int, lower string, near bool) {
	if len(recent) == 0 {
		return
	}
	// The expressions are tried only on sentences with a currency mark or a year to read.
	if near && measure.HasMoneyMark(lower) && valueStatement.MatchString(lower) && (!laterNotPrice.MatchString(c.sents[c.cur]) || statedPrice.MatchString(lower)) {
		// (laterNotPrice reads the sentence as written: "International Finance Corp" is a name, not financing)
		if v := measure.DealValue(lower, 0); v != nil {
			for _, i := range recent {
				if out[i].Value == nil && out[i].Type != model.Partnership {
					money := *v
					out[i].Value = &money
					// The sentence that states the price is the value's evidence: a reader checks
					// the amount where it is said, not in the deal's own sentence that has none.
					out[i].Evidence = append(out[i].Evidence, model.Evidence{Document: c.doc.ID, Text: c.sents[c.cur]})
				}
			}
		}
	}
	if (strings.Contains(lower, "19") || strings.Contains(lower, "20")) && backReference.MatchString(lower) {
		y := ""
		for _, m := range yearWord.FindAllStringIndex(lower, 3) {
			if !measure.OtherDate(lower, m[0]) { // not "the agreement runs until its notes mature in 1994"
				y = lower[m[0]:m[1]]
				break
			}
		}
		if y != "" {
			for _, i := range recent {
				if out[i].Date == "" {
					out[i].Date = y
				}
			}
		}
	}
}

// leadEnd is the index of the last sentence of a story's lead: its first sentence, and the
// title before it when there is one.
func (c *dealContext) leadEnd() int {
	if c.doc.Title != "" {
		return 1
	}
	return 0
}

// sharesParty reports whether d has a party in common with one of the deals.
func sharesParty(d model.Deal, deals []model.Deal) bool {
	for _, o := range deals {
		for _, p := range d.Parties {
			for _, q := range o.Parties {
				if vendor.CoSame(p, q) {
					return true
				}
			}
		}
	}
	return false
}
