// Package extract reads vendors, deals and market shares from the text of English and French news.
// It is pure: no I/O, no clock; the same documents give the same facts, sorted deterministically.
//
// How it reads a document:
//   - Sentences (sentence_*.go): the title is sentence 0; line breaks end sentences after
//     headings, bullets and punctuation, and are joined when text was wrapped; periods after
//     abbreviations ("Inc.", "U.S.") do not end sentences; French typography is normalised.
//   - Vendors (dict*.go, vendor*.go): names of the built-in dictionary (dict_data.go, extended by
//     config.yaml's vendors:) and names the document defines: after a legal form ("Acme Inc"),
//     a noun saying what the company is ("la start-up Qonto"), ending in a company word ("Cloud
//     Technology Partners"), and their acronyms ("CTP"). Canonical names drop legal forms.
//   - Market shares (share*.go, period.go, region.go): percentages near a vendor in sentences
//     about a market, not growth rates, stakes, margins or polls; lists, "respectively",
//     "chacun", joint shares, previous shares ("down from 32% in 2021"), qualifiers, periods and
//     regions, inherited from earlier sentences when a sentence omits them.
package extract

import (
	"marketbrief/internal/extract/deal"
	"marketbrief/internal/extract/share"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"

	"marketbrief/internal/model"
)

// Extractor finds facts in documents. It is safe for concurrent use once built.
type Extractor struct {
	dict   *vendor.Dictionary
	limits text.Limits
	budget *text.Budget // set per call by ExtractSafe; nil never stops
}

// New returns an Extractor that resolves company names with dict (nil: the built-in dictionary).
func New(dict *vendor.Dictionary) *Extractor {
	if dict == nil {
		dict = vendor.NewDictionary(nil)
	}
	return &Extractor{dict: dict}
}

// Extract returns the facts of one document. doc.Date (when set) anchors relative dates such as
// "last year".
func (e *Extractor) Extract(doc model.Document) model.DocFacts {
	if doc.Lead { // the title repeats the text's first sentence: read it once
		doc.Title = ""
	}
	vr, dr, sr := e.readers()
	sents := vr.Sentences(doc)
	df := model.DocFacts{
		Document: doc.ID,
		Mentions: map[string]int{},
		Aliases:  map[string][]string{},
	}
	df.Deals = dr.Deals(doc, sents)
	df.MarketShares, df.GroupShares = sr.Shares(doc, sents)
	vr.CountMentions(&df, sents)
	clipEvidence(&df, e.limits.Evidence())
	return df
}

// readers returns the readers of the parts, each given what it needs of e.
func (e *Extractor) readers() (*vendor.Reader, *deal.Reader, *share.Reader) {
	return vendor.NewReader(e.dict, e.limits, e.budget), deal.NewReader(e.dict, e.limits, e.budget), share.NewReader(e.budget)
}

// The types and defaults of the parts that callers of extract use, under their old names.
type (
	// Dictionary resolves company names as written to canonical names (see vendor.Dictionary).
	Dictionary = vendor.Dictionary
	// Entry is one company of a Dictionary: its canonical name and aliases.
	Entry = vendor.Entry
	// Limits bound the work and the output of extraction for one document (see text.Limits).
	Limits = text.Limits
)

// Defaults of Limits.
const (
	DefaultMaxSentence = text.DefaultMaxSentence // bytes
	DefaultMaxEvidence = text.DefaultMaxEvidence // characters
)

// NewDictionary returns the built-in dictionary extended with extra (see vendor.NewDictionary).
func NewDictionary(extra []Entry) *Dictionary { return vendor.NewDictionary(extra) }
