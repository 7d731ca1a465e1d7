package pdf

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// view is what the templates see: the report and the few facts the summary picks from it.
type view struct {
	R       *model.Report
	Changes *model.Changes // nil on a first run
	// TopVendors are the most-mentioned vendors, at most three.
	TopVendors []model.VendorRow
	// Largest are the deals with the largest stated values, at most three.
	Largest []model.Deal
	// Leaders holds, per region of r.Latest, the leading share and the runner-up.
	Leaders []leader
	// NewShares counts share changes the previous run did not have; ChangedShares the others.
	NewShares, ChangedShares int
	// Moves are the first share changes with an old value, for the summary.
	Moves []model.ShareChange
	// Groups are the first shares held jointly by several vendors.
	Groups []model.GroupShare
}

// leader is the first market share of a region's latest period and the one after it.
type leader struct {
	Region, Period, Market string
	Lead                   model.MarketShare
	Next                   *model.MarketShare
}

// newView picks the summary's facts from r.
func newView(r *model.Report) view {
	v := view{R: r, Changes: r.Facts.Changes}
	v.TopVendors = first(3, r.Vendors)
	var valued []model.Deal
	for _, d := range r.Deals {
		if d.Value != nil && d.Value.Amount > 0 {
			valued = append(valued, d)
		}
	}
	// Amounts in different currencies do not compare: the deals priced in the currency most
	// deals use come first, largest first, then the others (a yen amount dwarfs a dollar one).
	lead := ""
	if dv := r.Figures.DisclosedValue; len(dv) > 0 {
		lead = dv[0].Currency
	}
	slices.SortStableFunc(valued, func(a, b model.Deal) int {
		if (a.Value.Currency == lead) != (b.Value.Currency == lead) {
			if a.Value.Currency == lead {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.Value.Amount, a.Value.Amount)
	})
	v.Largest = first(3, valued)
	for _, rs := range r.Latest {
		if len(rs.Shares) == 0 {
			continue
		}
		l := leader{Region: rs.Region, Period: rs.Period, Market: rs.Market, Lead: rs.Shares[0]}
		if len(rs.Shares) > 1 {
			l.Next = &rs.Shares[1]
		}
		v.Leaders = append(v.Leaders, l)
	}
	v.Leaders = first(4, v.Leaders)
	v.Groups = first(2, r.Facts.GroupShares)
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
