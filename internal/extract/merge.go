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

// mergeVendors makes one vendor per canonical name, sorted by name.
func mergeVendors(per []model.DocFacts) []model.Vendor {
	byName := map[string]*model.Vendor{}
	aliases := map[string]map[string]bool{}
	for _, df := range per {
		for name, n := range df.Mentions {
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
			for _, a := range df.Aliases[name] {
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
