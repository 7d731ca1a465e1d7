package pdf

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// view is what the templates see: the report and the facts the summary picks from it. The
// summary's first paragraph tells the period's story, so everything it picks is the period's
// news: background facts (a deal of 2016 recalled this week) never lead it.
type view struct {
	R       *model.Report
	Changes *model.Changes // nil on a first run
	// Windowed says that the report reads a window of days, not the whole corpus.
	Windowed bool
	// TopVendors are the most-mentioned vendors, at most three.
	TopVendors []model.VendorRow
	// Largest are the period's deals with the largest values in the report's currency, at most
	// three, among those at largestMinConfidence or above; Headline is Largest, or the period's first deals when none has a value.
	Largest, Headline []model.Deal
	// Background are the first background deals (dated), BackgroundN counts them all.
	Background  []model.Deal
	BackgroundN int
	// Leaders holds, per market and region of r.Latest, the leading share and the runner-up,
	// from the period's figures only.
	Leaders []leader
	// Published counts the period's market-share figures with a market, Markets the markets
	// they measure; Unmarketed counts those whose market the text does not name. AllShares is
	// the key figures' count of share statements, which the summary states: Published and
	// Unmarketed, the shares of past periods (PastShares) and the shares held jointly (Joint).
	Published, Markets, Unmarketed int
	AllShares, PastShares, Joint   int
	// NewShares counts share changes the previous run did not have; ChangedShares the others.
	NewShares, ChangedShares int
	// Moves are the first share changes with an old value, for the summary.
	Moves []model.ShareChange
	// Groups are the first shares held jointly by several vendors.
	Groups []model.GroupShare
}

// leader is the first market share of a market and region's latest period and the one after
// it. Form picks one of the template's wordings, so that leader sentences in a row differ.
type leader struct {
	Region, Period, Market string
	Lead                   model.MarketShare
	Next                   *model.MarketShare
	Form                   int
}

// largestMinConfidence is the confidence a deal needs to be named among the biggest deals: the
// summary's first paragraph states them with no hedge, so a deal told in passing (its
// confidence cut to 0.7 of a story's own) or read with doubt is listed, never headlined.
const largestMinConfidence = 0.7

// newView picks the summary's facts from r.
func newView(r *model.Report) view {
	v := view{R: r, Changes: r.Facts.Changes, Windowed: !r.WindowStart.IsZero()}
	v.TopVendors = first(3, r.Vendors)
	var news, valued []model.Deal
	for _, d := range r.Deals {
		switch {
		case d.Background:
			v.BackgroundN++
			if d.Date != "" && len(v.Background) < 3 {
				v.Background = append(v.Background, d)
			}
		case d.Converted != nil && !d.Implausible && d.Confidence >= largestMinConfidence:
			valued = append(valued, d)
			news = append(news, d)
		default:
			news = append(news, d)
		}
	}
	// Converted amounts are all in the report's currency, so they compare.
	slices.SortStableFunc(valued, func(a, b model.Deal) int {
		return cmp.Compare(b.Converted.Amount, a.Converted.Amount)
	})
	v.Largest = first(3, valued)
	v.Headline = v.Largest
	if len(v.Headline) == 0 {
		v.Headline = first(2, news)
	}
	markets := map[string]bool{}
	for _, s := range r.Shares {
		switch {
		case s.Background:
			v.PastShares++
		case s.Market == "":
			v.Unmarketed++
		default:
			v.Published++
			markets[s.Market] = true
		}
	}
	v.Markets = len(markets)
	v.AllShares = r.Figures.ShareStatements
	v.Joint = max(0, v.AllShares-len(r.Shares))
	for _, rs := range r.Latest {
		if len(rs.Shares) == 0 || rs.Shares[0].Background {
			continue
		}
		l := leader{Region: rs.Region, Period: rs.Period, Market: rs.Market, Lead: rs.Shares[0], Form: len(v.Leaders) % 3}
		if len(rs.Shares) > 1 {
			l.Next = &rs.Shares[1]
		}
		v.Leaders = append(v.Leaders, l)
	}
	v.Leaders = first(4, v.Leaders)
	for _, g := range r.Facts.GroupShares { // a joint share of no named market says nothing
		if g.Market != "" && len(v.Groups) < 2 {
			v.Groups = append(v.Groups, g)
		}
	}
	if c := v.Changes; c != nil {
		for _, s := range c.ShareChanges {
			if s.Old == nil {
				v.NewShares++
			} else {
				v.ChangedShares++
				v.Moves = append(v.Moves, s)
			}
		}
	}
	v.Moves = first(3, v.Moves)
	return v
}

// first returns at most the first n elements of s.
func first[T any](n int, s []T) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// names returns the names of vendor rows.
func names(vs []model.VendorRow) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Name
	}
	return out
}

// toFloat converts the numbers templates pass to functions.
func toFloat(v any) float64 {
	switch n := v.(type) {
	case int:
		return float64(n)
	case int64:
		return float64(n)
	case float64:
		return n
	case *float64:
		if n != nil {
			return *n
		}
	}
	return 0
}

// upFirst capitalises the first letter of s, for a sentence that starts with a template value.
func upFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// parties writes a deal's parties: "Acquirer → Target", or the parties joined with commas.
func parties(d model.Deal) string {
	if d.Acquirer != "" && d.Target != "" {
		s := d.Acquirer + " → " + d.Target
		if d.Seller != "" {
			s += " (" + d.Seller + ")"
		}
		return s
	}
	ps := d.Parties
	if len(ps) == 0 {
		ps = nonEmpty(d.Acquirer, d.Target)
	}
	return strings.Join(ps, ", ")
}

// nonEmpty returns the non-empty strings among ss.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
