package extract

import (
	"cmp"
	"slices"
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
		m.Add(df, 0)
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
	// seqs hold the seq of the document each deal, share and group share came from.
	dealSeqs, shareSeqs, groupSeqs []int
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

// Add merges the facts of one document. seq orders documents that have the same id (a corpus
// may repeat one), so that the result does not depend on the order they arrive in. df is not
// kept: its lists are copied.
func (m *Merger) Add(df model.DocFacts, seq int) {
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
		m.dealSeqs = append(m.dealSeqs, seq)
	}
	for _, s := range df.MarketShares {
		m.shares = append(m.shares, s)
		m.shareSeqs = append(m.shareSeqs, seq)
	}
	for _, g := range df.GroupShares {
		g.Vendors = append([]string(nil), g.Vendors...)
		m.groups = append(m.groups, g)
		m.groupSeqs = append(m.groupSeqs, seq)
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
	deals = mergeDeals(byDocument(m.deals, m.dealSeqs, firstDocument))
	shares = byDocument(m.shares, m.shareSeqs, func(s model.MarketShare) string { return s.Document })
	groups = byDocument(m.groups, m.groupSeqs, func(g model.GroupShare) string { return g.Document })
	return vendors, deals, shares, groups
}

// byDocument returns list sorted by document, then seq, then the order it came in.
func byDocument[T any](list []T, seqs []int, doc func(T) string) []T {
	idx := make([]int, len(list))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(doc(list[a]), doc(list[b])), cmp.Compare(seqs[a], seqs[b]), cmp.Compare(a, b))
	})
	out := make([]T, len(list))
	for i, j := range idx {
		out[i] = list[j]
	}
	return out
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
