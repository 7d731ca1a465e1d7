package extract

import (
	"sort"

	"marketbrief/internal/model"
)

// Merge combines the facts of several documents: one vendor per canonical name, one deal per deal
// told by several documents (citing all of them), shares and group shares sorted. The result is
// deterministic whatever the order of per.
func Merge(per []model.DocFacts) (vendors []model.Vendor, deals []model.Deal, shares []model.MarketShare, groups []model.GroupShare) {
	byName := map[string]*model.Vendor{}
	for _, df := range per {
		for name, n := range df.Mentions {
			v := byName[name]
			if v == nil {
				v = &model.Vendor{Name: name}
				byName[name] = v
			}
			v.Mentions += n
			v.Documents = append(v.Documents, df.Document)
		}
		deals = append(deals, df.Deals...)
		shares = append(shares, df.MarketShares...)
		groups = append(groups, df.GroupShares...)
	}
	for _, v := range byName {
		sort.Strings(v.Documents)
		vendors = append(vendors, *v)
	}
	sort.Slice(vendors, func(i, j int) bool { return vendors[i].Name < vendors[j].Name })
	return vendors, deals, shares, groups
}
