// Package extract reads vendors, deals and market shares from the text of English and French news.
// It is pure: no I/O, no clock; the same documents give the same facts, sorted deterministically.
//
// It is the façade of extraction; the work is done by one package per concern, imported one way:
//   - lexicon: the word lists every part reads (legal forms, cue nouns, nationalities, regions,
//     deal verbs and hedges, share cues…), as data files, extended by config.yaml's lexicon:;
//   - text: sentences (the title is sentence 0), tokens, normalised text, the common word lists,
//     limits and the time budget;
//   - measure: periods, dates, regions and deal values;
//   - vendor: company names of the dictionary and names the document defines → each sentence's
//     mentions;
//   - deal: the deals a document states (acquisitions, mergers, sales, partnerships,
//     investments, contracts) with their parties, value and date;
//   - share: market shares and group shares with their market, region and period.
//
// Extractor reads one document (Extract, ExtractSafe within a time budget, WithLimits,
// WithLexicon);
// Merger and Merge put the facts of many documents together, merging a deal told by several.
package extract

import (
	"sync"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/share"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// Extractor finds facts in documents. It is safe for concurrent use once built.
type Extractor struct {
	dict      *vendor.Dictionary
	dealRules *deal.Rules // the deal rules with the extractor's lexicon; nil: deal.DefaultRules
	limits    text.Limits
	budget    *text.Budget // set per call by ExtractSafe; nil never stops
	// dealTrace is told of each deal rule's deals (tests only: see TestEveryDealRuleHasGoldenCase).
	dealTrace deal.RuleTrace
}

// New returns an Extractor that resolves company names with dict (nil: the built-in dictionary).
func New(dict *vendor.Dictionary) *Extractor {
	if dict == nil {
		dict = vendor.NewDictionary(nil)
	}
	return &Extractor{dict: dict}
}

// WithLexicon returns a copy of e whose deal rules read the words of lx (the built-in lexicon
// extended by config.yaml's lexicon: files, see lexicon.Load). It fails when a word of lx
// breaks a rule's expression.
func (e *Extractor) WithLexicon(lx *lexicon.Lexicon) (*Extractor, error) {
	rs, err := deal.NewRules(lx)
	if err != nil {
		return nil, err
	}
	c := *e
	c.dealRules = rs
	return &c, nil
}

// Extract returns the facts of one document. doc.Date (when set) anchors relative dates such as
// "last year".
func (e *Extractor) Extract(doc model.Document) model.DocFacts {
	if doc.Lead { // the title repeats the text's first sentence: read it once
		doc.Title = ""
	}
	vr, dr, sr := e.readers()
	// The document is split and tokenised once, in the memory of the worker's last document;
	// every part reads these sentences, and none keeps them past this call.
	sc := scratches.Get().(*text.Scratch)
	defer scratches.Put(sc)
	sents := sc.Sentences(doc.Title, doc.Text, e.limits.Sentence(), e.budget)
	vr.Mentions(sents, doc.Language == "fr")
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

// scratches hold the sentences and tokens of a document for the next one a worker reads (see
// text.Scratch): one per concurrent Extract.
var scratches = sync.Pool{New: func() any { return new(text.Scratch) }}

// readers returns the readers of the parts, each given what it needs of e.
func (e *Extractor) readers() (*vendor.Reader, *deal.Reader, *share.Reader) {
	return vendor.NewReader(e.dict, e.limits, e.budget), deal.NewReader(e.dict, e.dealRules, e.limits, e.budget).Traced(e.dealTrace), share.NewReader(e.budget)
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
