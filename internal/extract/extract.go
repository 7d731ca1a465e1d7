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
	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/model"
)

// Extractor finds facts in documents. It is safe for concurrent use once built.
type Extractor struct {
	dict      *Dictionary
	dealRules *dealRuleSet // the deal rules compiled with the extractor's lexicon
	limits    Limits
	budget    *budget // set per call by ExtractSafe; nil never stops
}

// New returns an Extractor that resolves company names with dict (nil: the built-in dictionary).
func New(dict *Dictionary) *Extractor {
	if dict == nil {
		dict = NewDictionary(nil)
	}
	return &Extractor{dict: dict, dealRules: defaultDealRules()}
}

// WithLexicon returns a copy of e whose deal rules read the words of lx (the built-in lexicon
// extended by config.yaml's lexicon: files, see lexicon.Load). It fails when a word of lx
// breaks a rule's expression.
func (e *Extractor) WithLexicon(lx *lexicon.Lexicon) (*Extractor, error) {
	rs, err := compileDealRules(dealRules, lx)
	if err != nil {
		return nil, err
	}
	c := *e
	c.dealRules = rs
	return &c, nil
}

// Sentence is one sentence of a document with the company names found in it.
type Sentence struct {
	Index    int    // position in the document, 0 for the title
	Text     string // the sentence as it reads, whitespace folded
	Mentions []Mention

	toks []token // Text cut into tokens, kept for the share rules
}

// Mention is a company name in a sentence.
type Mention struct {
	Start, End int    // byte offsets in Sentence.Text
	Surface    string // as written
	Name       string // canonical name
	Known      bool   // found in the dictionary (not only recognised from context)
}

// Extract returns the facts of one document. doc.Date (when set) anchors relative dates such as
// "last year".
func (e *Extractor) Extract(doc model.Document) model.DocFacts {
	if doc.Lead { // the title repeats the text's first sentence: read it once
		doc.Title = ""
	}
	sents := e.sentences(doc)
	df := model.DocFacts{
		Document: doc.ID,
		Mentions: map[string]int{},
		Aliases:  map[string][]string{},
	}
	df.Deals = e.deals(doc, sents)
	df.MarketShares, df.GroupShares = e.shares(doc, sents)
	e.countMentions(&df, sents)
	clipEvidence(&df, e.limits.evidence())
	return df
}
