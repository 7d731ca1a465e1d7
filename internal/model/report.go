package model

import "time"

// Report is what the renderers draw: the facts of one run, arranged into the tables and series
// that the workbook, the brief and the charts show. aggregate.Build makes it; nothing else does.
type Report struct {
	Name     string // report definition name, e.g. "weekly"
	Title    string
	Subject  string
	Language string // "en" or "fr": the language of the brief and of the labels
	RunID    string
	AsOf     time.Time // the as-of date (midnight UTC); also the documents' creation date
	// PeriodStart and PeriodEnd bound the dates of the dated documents read (zero when none is
	// dated); PeriodEnd is never after AsOf.
	PeriodStart time.Time
	PeriodEnd   time.Time
	// WindowStart is the first day of the report's window (documents dated from it to AsOf are
	// read); zero when the report reads the whole corpus. Window is its spec ("7d", "all").
	WindowStart time.Time
	Window      string
	// Currency is the ISO code that totals and converted values are shown in.
	Currency string

	Facts   Facts
	Figures KeyFigures
	// Vendors is sorted by mentions, most first, then name.
	Vendors []VendorRow
	// Deals is Facts.Deals sorted by date (newest first, undated last), then type and parties.
	Deals []Deal
	// Shares is Facts.MarketShares sorted by region, period (newest first) and share (largest first).
	Shares []MarketShare
	// Latest holds, per market and region, the market shares of the latest period they have;
	// shares of different markets are never in one entry. Shares without a market are not in it.
	Latest []RegionShares
	// Unmarketed lists the shares whose market the text does not name: shown apart, never
	// ranked.
	Unmarketed []MarketShare
	// Trends holds, per market and region, each vendor's share over the periods known for them.
	Trends []Trend
	// DealsByType counts deals per type in the order of DealTypes, types with no deal included.
	DealsByType []Count
	// DealsByYear counts the period's dated deals (background left out) per year, oldest first;
	// a deal dated after its article (Expected) counts in its article's year.
	DealsByYear []Count
	// Sources lists the documents the report's deals and shares cite, then the files skipped;
	// SourcesLeftOut counts the documents read that are not listed.
	Sources        []SourceRow
	SourcesLeftOut int
}

// KeyFigures are the headline numbers of a report.
type KeyFigures struct {
	Documents int
	Skipped   int
	Languages []Count // documents per language, most first
	Vendors   int
	Deals     int
	// DisclosedValue is the sum of the deals' stated values converted to the report's currency
	// (one entry; none when no deal has a convertible value). Implausible counts values left out
	// as beyond any deal, Unconverted those in a currency without a rate.
	DisclosedValue []Money
	DealsWithValue int
	Implausible    int
	Unconverted    int
	// NewsDeals and BackgroundDeals split Deals into the period's news and the past.
	NewsDeals, BackgroundDeals int
	ShareStatements            int // market_shares + group_shares
}

// Count is a labelled count.
type Count struct {
	Label string
	N     int
}

// VendorRow is one line of the Vendors table.
type VendorRow struct {
	Name         string
	Mentions     int
	Documents    int
	ShareOfVoice float64 // fraction of all vendor mentions, 0–1
	AsAcquirer   int     // deals as acquirer, investor or customer
	AsTarget     int     // deals as target, investee or supplier
	AsPartner    int     // partnerships and other parties
	LatestShare  *MarketShare
	FirstSeen    string // first and last dates of the documents that mention it, YYYY-MM-DD
	LastSeen     string
	Aliases      []string
	New          bool
}

// RegionShares is the market shares of one region and period.
type RegionShares struct {
	Region string
	Period string
	Market string
	Shares []MarketShare // largest first
}

// Trend is one region's shares over time: Values[i][j] is Vendors[i]'s share in Periods[j].
type Trend struct {
	Market  string
	Region  string
	Periods []string // oldest first
	Vendors []string
	Values  [][]*float64 // nil where the vendor has no share for that period
}

// SourceRow is one line of the Sources table: a document read or a file skipped.
type SourceRow struct {
	ID       string
	Title    string
	Language string
	Date     string
	Bytes    int64
	Facts    int    // deals and shares citing the document
	Status   string // "read", or "skipped: REASON"
	Path     string // absolute file path, for a hyperlink; empty when unknown
	New      bool
}

// Chart is a rendered chart for the brief: PNG bytes and the size they were drawn at (pixels).
type Chart struct {
	Name   string // stable identifier, e.g. "share_of_voice"
	Title  string
	PNG    []byte
	Width  int
	Height int
}
