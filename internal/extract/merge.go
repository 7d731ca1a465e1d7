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
	sorted := append([]model.DocFacts(nil), per...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Document < sorted[j].Document })
	vendors = mergeVendors(sorted)
	for _, df := range sorted {
		deals = append(deals, df.Deals...)
		shares = append(shares, df.MarketShares...)
		for _, g := range df.GroupShares {
			g.Vendors = append([]string(nil), g.Vendors...)
			groups = append(groups, g)
		}
	}
	deals = mergeDeals(deals)
	return vendors, deals, shares, groups
}

// mergeVendors makes one vendor per canonical name, sorted by name. Names that differ only in
// case, accents or punctuation ("AEGON" and "Aegon", "AT&T" and "ATT") are one vendor, named
// as most mentions write it.
func mergeVendors(per []model.DocFacts) []model.Vendor {
	spelling := vendorSpellings(per)
	byName := map[string]*model.Vendor{}
	aliases := map[string]map[string]bool{}
	for _, df := range per {
		for raw, n := range df.Mentions {
			name := spelling[vendorKey(raw)]
			v := byName[name]
			if v == nil {
				v = &model.Vendor{Name: name}
				byName[name] = v
				aliases[name] = map[string]bool{}
			}
			v.Mentions += n
			if len(v.Documents) == 0 || v.Documents[len(v.Documents)-1] != df.Document {
				v.Documents = append(v.Documents, df.Document)
			}
			for _, a := range df.Aliases[raw] {
				aliases[name][a] = true
			}
		}
	}
	out := make([]model.Vendor, 0, len(byName))
	for name, v := range byName {
		v.Aliases = []string{}
		for a := range aliases[name] {
			v.Aliases = append(v.Aliases, a)
		}
		sort.Strings(v.Aliases)
		sort.Strings(v.Documents)
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// vendorKey is the comparison key of vendor names that are one company: folded, letters and
// digits only ("AT&T" and "ATT" → "att").
func vendorKey(name string) string {
	f := fold(name)
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

// vendorSpellings maps each vendor key to the spelling that most mentions use; on a tie, the
// one not all in capitals, then the first in order.
func vendorSpellings(per []model.DocFacts) map[string]string {
	count := map[string]int{}
	for _, df := range per {
		for name, n := range df.Mentions {
			count[name] += n
		}
	}
	names := make([]string, 0, len(count))
	for name := range count {
		names = append(names, name)
	}
	sort.Strings(names)
	best := map[string]string{}
	for _, name := range names {
		k := vendorKey(name)
		b, ok := best[k]
		if !ok || count[name] > count[b] || count[name] == count[b] && isAllCaps(b) && !isAllCaps(name) {
			best[k] = name
		}
	}
	return best
}
