// Package model holds the plain values that marketbrief's stages pass to one another: documents read
// from the corpus, the facts extracted from them (the facts.json contract, see ../shared/FACTS.md) and
// the report model that the renderers draw. It imports nothing of ours and does no I/O.
package model

import (
	"encoding/hex"
	"fmt"
)

// SchemaVersion is the facts.json schema version written by this build.
const SchemaVersion = 1

// Document is one article of the corpus.
type Document struct {
	// ID is the path relative to the corpus root with "/" separators; a JSON-lines document is
	// "FILE#ID".
	ID       string `json:"id"`
	Title    string `json:"title"`
	Language string `json:"language"` // "en" or "fr"
	// Date is the publication date as YYYY-MM-DD when the document states one, else empty.
	Date   string `json:"date,omitempty"`
	Bytes  int64  `json:"bytes"`
	SHA256 SHA256 `json:"sha256"`
	// Warning notes a repair made while reading (for example invalid UTF-8 replaced).
	Warning string `json:"warning,omitempty"`
	// New marks a document that the previous successful run of the report did not read. It is
	// run history, not a fact of the corpus: changes.json and the report show it, facts.json not.
	New bool `json:"-"`

	// Path is the file the document came from (absolute), for hyperlinks; not part of facts.json.
	Path string `json:"-"`
	// Text is the document's plain text (title excluded); not part of facts.json.
	Text string `json:"-"`
	// Lead says that the document had no title line: Title is a shortened copy of the first
	// sentence of Text, for display, and not text of its own.
	Lead bool `json:"-"`
}

// SHA256 is a SHA-256 digest, kept as its 32 bytes (a million documents' hex strings would be 64 MB
// more) and written as lowercase hex. The zero SHA256 (none) is written as "".
type SHA256 [32]byte

// String returns d in lowercase hex, or "" for the zero one.
func (d SHA256) String() string {
	if d == (SHA256{}) {
		return ""
	}
	return hex.EncodeToString(d[:])
}

// MarshalText writes d as String does.
func (d SHA256) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (d *SHA256) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = SHA256{}
		return nil
	}
	if len(b) != 2*len(d) {
		return fmt.Errorf("sha256: %d hex digits, want %d", len(b), 2*len(d))
	}
	_, err := hex.Decode(d[:], b)
	return err
}

// Skipped is a corpus file (or JSON line) that could not be read as a document.
type Skipped struct {
	ID     string `json:"id"`
	Path   string `json:"-"`
	Reason string `json:"reason"`
}

// Vendor is a company with every mention of it across the corpus.
type Vendor struct {
	Name      string   `json:"name"`
	Mentions  int      `json:"mentions"`
	Documents []string `json:"documents"`
	Aliases   []string `json:"aliases"`
	New       bool     `json:"-"` // run history, as Document.New

}

// Deal types, as in facts.json.
const (
	Acquisition = "acquisition"
	Merger      = "merger"
	Partnership = "partnership"
	Investment  = "investment"
	Divestiture = "divestiture"
	Contract    = "contract"
)

// DealTypes lists the deal types in the order reports show them.
var DealTypes = []string{Acquisition, Merger, Partnership, Investment, Divestiture, Contract}

// Money is an amount in a currency (ISO 4217 code).
type Money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

// Evidence is the sentence a fact was read from.
type Evidence struct {
	Document string `json:"document"`
	Text     string `json:"text"`
}

// Deal is an acquisition, merger, partnership, investment, divestiture or contract.
// Acquirer and Target mean: acquisition or merger, buyer and bought; investment, investor and
// investee; divestiture, seller and what is sold; contract, customer and supplier; both are empty
// for a partnership.
type Deal struct {
	Type       string     `json:"type"`
	Acquirer   string     `json:"acquirer,omitempty"`
	Target     string     `json:"target,omitempty"`
	Seller     string     `json:"seller,omitempty"`
	Parties    []string   `json:"parties"`
	Value      *Money     `json:"value,omitempty"`
	Date       string     `json:"date,omitempty"` // YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD
	Documents  []string   `json:"documents"`
	Evidence   []Evidence `json:"evidence"`
	Confidence float64    `json:"confidence"`
	New        bool       `json:"-"` // run history, as Document.New

	// Background marks a deal the period's articles mention from the past (a deal of 2016 in a
	// story of this week): shown as such, never leading the summary. Set by aggregate.
	Background bool `json:"-"`
	// Expected marks a deal dated after the newest article that states it (or after the as-of
	// date, for a deal no dated article states): a date the article looks ahead to (a planned
	// completion, a launch), or one misread. The report says so, sorts and charts the deal by its
	// article's date, never by a date the corpus has not reached. Set by aggregate.
	Expected bool `json:"-"`
	// Converted is Value in the report's currency at the average rate of the deal's year (nil
	// when the deal has no value or its currency has no rate); Implausible marks a value beyond
	// any deal (over a trillion dollars), left out of totals. Set by aggregate.
	Converted   *Money `json:"-"`
	Implausible bool   `json:"-"`
}

// Qualifiers of a market share.
const (
	Exact = "exact"
	About = "about"
	Over  = "over"
	Under = "under"
)

// MarketShare is a percentage of a market held by one vendor.
type MarketShare struct {
	Vendor     string  `json:"vendor"`
	Share      float64 `json:"share"` // percent, 0–100
	Qualifier  string  `json:"qualifier"`
	Market     string  `json:"market"`
	Region     string  `json:"region"` // "Global", a country or region in English, or empty
	Period     string  `json:"period"` // YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM, Qn, or empty
	Document   string  `json:"document"`
	Evidence   string  `json:"evidence"`
	Confidence float64 `json:"confidence"`
	New        bool    `json:"-"` // run history, as Document.New
	// Background marks a share of a past period (a share of 2019 quoted this week). Set by
	// aggregate.
	Background bool `json:"-"`
}

// GroupShare is a share of a market held jointly by several vendors.
type GroupShare struct {
	Vendors    []string `json:"vendors"`
	Share      float64  `json:"share"`
	Qualifier  string   `json:"qualifier"`
	Market     string   `json:"market"`
	Region     string   `json:"region"`
	Period     string   `json:"period"`
	Document   string   `json:"document"`
	Evidence   string   `json:"evidence"`
	Confidence float64  `json:"confidence"`
}

// Facts is the content of facts.json.
type Facts struct {
	SchemaVersion int           `json:"schema_version"`
	GeneratedAt   string        `json:"generated_at"`
	Report        string        `json:"report"`
	Documents     []Document    `json:"documents"`
	Skipped       []Skipped     `json:"skipped"`
	Vendors       []Vendor      `json:"vendors"`
	Deals         []Deal        `json:"deals"`
	MarketShares  []MarketShare `json:"market_shares"`
	GroupShares   []GroupShare  `json:"group_shares"`
	// Changes compares these facts with the previous successful run's; nil on a first run.
	// It is written to changes.json, not facts.json, so that the same corpus and as-of date
	// always give the same facts.json; the New fields are not written to facts.json either.
	Changes *Changes `json:"-"`
}

// DocFacts is what extraction finds in one document, before facts of all documents are merged.
type DocFacts struct {
	Document string
	// Mentions counts mentions per canonical vendor name; Aliases lists the surface forms seen.
	Mentions     map[string]int
	Aliases      map[string][]string
	Deals        []Deal
	MarketShares []MarketShare
	GroupShares  []GroupShare
}

// Changes is what changed since the previous successful run of a report.
type Changes struct {
	PreviousRun  string   `json:"previous_run"`
	PreviousAsOf string   `json:"previous_as_of"`
	NewDocuments []string `json:"new_documents"`
	NewVendors   []string `json:"new_vendors"`
	NewDeals     int      `json:"new_deals"`
	// NewDealKeys names the new deals as "type|party|party" (parties sorted).
	NewDealKeys  []string      `json:"new_deal_keys"`
	ShareChanges []ShareChange `json:"share_changes"`
}

// ShareChange is a market share whose value differs from the previous run's for the same vendor,
// market, region and period (Old is nil for a share the previous run did not have).
type ShareChange struct {
	Vendor string   `json:"vendor"`
	Market string   `json:"market"`
	Region string   `json:"region"`
	Period string   `json:"period"`
	Old    *float64 `json:"old"`
	New    float64  `json:"new"`
}
