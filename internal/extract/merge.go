package extract

import (
	"sort"

	"marketbrief/internal/model"
)

// Merge combines the facts of several documents: one vendor per canonical name with its mention
// count, documents and aliases seen; one deal per deal told by several documents (citing all of
// them); market shares and group shares sorted by document, keeping each document's text order.
// The result is deterministic whatever the order of per, and never shares memory with per.
func Merge(per []model.DocFacts) (vendors []model.Vendor, deals []model.Deal, shares []model.MarketShare, groups []model.GroupShare) {
	m := NewMerger()
	for _, df := range per {
		m.Add(df)
	}
	return m.Result()
}

// Merger merges the facts of documents as they arrive, in any order, so that a run keeps
// merged vendors and the documents' deals and shares, never the documents' own maps. Result
// gives what Merge gives for the same documents. A Merger is not safe for concurrent use.
type Merger struct {
	vendors map[string]*vendorAcc
	deals   []model.Deal
	shares  []model.MarketShare
	groups  []model.GroupShare
}

// vendorAcc is a vendor being merged.
type vendorAcc struct {
	v       model.Vendor
	aliases map[string]bool
}

// NewMerger returns an empty Merger.
func NewMerger() *Merger {
	return &Merger{vendors: map[string]*vendorAcc{}}
}

// Add merges the facts of one document. df is not kept: its lists are copied.
func (m *Merger) Add(df model.DocFacts) {
	for name, n := range df.Mentions {
		a := m.vendors[name]
		if a == nil {
			a = &vendorAcc{v: model.Vendor{Name: name}, aliases: map[string]bool{}}
			m.vendors[name] = a
		}
		a.v.Mentions += n
		a.v.Documents = append(a.v.Documents, df.Document)
		for _, s := range df.Aliases[name] {
			a.aliases[s] = true
		}
	}
	for _, d := range df.Deals {
		m.deals = append(m.deals, copyDeal(d))
	}
	m.shares = append(m.shares, df.MarketShares...)
	for _, g := range df.GroupShares {
		g.Vendors = append([]string(nil), g.Vendors...)
		m.groups = append(m.groups, g)
	}
}

// Result returns the merged facts, each list sorted as Merge documents. Deals are merged here,
// in the order of the documents that tell them, so that the first telling leads whatever order
// the documents arrived in.
func (m *Merger) Result() (vendors []model.Vendor, deals []model.Deal, shares []model.MarketShare, groups []model.GroupShare) {
	vendors = make([]model.Vendor, 0, len(m.vendors))
	for _, a := range m.vendors {
		v := a.v
		v.Aliases = make([]string, 0, len(a.aliases))
		for s := range a.aliases {
			v.Aliases = append(v.Aliases, s)
		}
		sort.Strings(v.Aliases)
		sort.Strings(v.Documents)
		v.Documents = compactStrings(v.Documents)
		vendors = append(vendors, v)
	}
	sort.Slice(vendors, func(i, j int) bool { return vendors[i].Name < vendors[j].Name })
	deals = mergeDeals(m.deals)
	shares = append([]model.MarketShare(nil), m.shares...)
	sort.SliceStable(shares, func(i, j int) bool { return shares[i].Document < shares[j].Document })
	groups = append([]model.GroupShare(nil), m.groups...)
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].Document < groups[j].Document })
	return vendors, deals, shares, groups
}

// compactStrings drops repeats from a sorted list.
func compactStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
