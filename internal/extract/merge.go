package extract

import (
	"cmp"
	"slices"
	"sort"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/extract/text"
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
		m.deals = append(m.deals, deal.CopyDeal(d))
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
	vendors = m.vendorList()
	sort.Slice(vendors, func(i, j int) bool { return vendors[i].Name < vendors[j].Name })
	deals = deal.MergeDeals(byDocument(m.deals, m.dealSeqs, deal.FirstDocument))
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

// vendorList makes one vendor per canonical name, sorted by name. Names that differ only in
// case, accents or punctuation ("AEGON" and "Aegon", "AT&T" and "ATT") are one vendor, named
// as most mentions write it (on a tie, the spelling not all in capitals, then the first in
// order).
func (m *Merger) vendorList() []model.Vendor {
	names := make([]string, 0, len(m.vendors))
	for name := range m.vendors {
		names = append(names, name)
	}
	sort.Strings(names)
	best := map[string]string{}
	for _, name := range names {
		k := vendorKey(name)
		b, ok := best[k]
		if n, nb := m.vendors[name].v.Mentions, m.vendors[b]; !ok || n > nb.v.Mentions || n == nb.v.Mentions && text.IsAllCaps(b) && !text.IsAllCaps(name) {
			best[k] = name
		}
	}
	merged := map[string]*vendorAcc{}
	for _, name := range names {
		a, canon := m.vendors[name], best[vendorKey(name)]
		t := merged[canon]
		if t == nil {
			t = &vendorAcc{v: model.Vendor{Name: canon}, aliases: map[string]bool{}}
			merged[canon] = t
		}
		t.v.Mentions += a.v.Mentions
		t.v.Documents = append(t.v.Documents, a.v.Documents...)
		for s := range a.aliases {
			t.aliases[s] = true
		}
	}
	out := make([]model.Vendor, 0, len(merged))
	for _, a := range merged {
		v := a.v
		v.Aliases = make([]string, 0, len(a.aliases))
		for s := range a.aliases {
			v.Aliases = append(v.Aliases, s)
		}
		sort.Strings(v.Aliases)
		sort.Strings(v.Documents)
		v.Documents = compactStrings(v.Documents)
		out = append(out, v)
	}
	return out
}

// vendorKey is the comparison key of vendor names that are one company: folded, letters and
// digits only ("AT&T" and "ATT" → "att").
func vendorKey(name string) string {
	f := text.Fold(name)
	b := make([]byte, 0, len(f))
	for i := 0; i < len(f); i++ {
		if c := f[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80 {
			b = append(b, c)
		}
	}
	if len(b) == 0 {
		return name
	}
	return string(b)
}
