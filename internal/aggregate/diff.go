package aggregate

import (
	"sort"
	"strings"

	"marketbrief/internal/model"
)

// DealKey identifies a deal across runs: its type and parties.
func DealKey(d model.Deal) string {
	p := append([]string(nil), d.Parties...)
	sort.Strings(p)
	return d.Type + "|" + strings.Join(p, "|")
}

// MarkChanges compares cur with prev, the facts of the previous successful run: it marks new
// documents, vendors, deals and shares in cur (New fields) and sets cur.Changes. With prev nil
// (a first run) nothing is marked and cur.Changes stays nil.
func MarkChanges(prev *model.Facts, cur *model.Facts, prevRun, prevAsOf string) {
	if prev == nil {
		return
	}
	ch := &model.Changes{PreviousRun: prevRun, PreviousAsOf: prevAsOf, NewDocuments: []string{}, NewVendors: []string{},
		NewDealKeys: []string{}, ShareChanges: []model.ShareChange{}}
	docs := set(len(prev.Documents), func(yield func(string)) {
		for _, d := range prev.Documents {
			yield(d.ID)
		}
	})
	for i := range cur.Documents {
		if !docs[cur.Documents[i].ID] {
			cur.Documents[i].New = true
			ch.NewDocuments = append(ch.NewDocuments, cur.Documents[i].ID)
		}
	}
	vendors := set(len(prev.Vendors), func(yield func(string)) {
		for _, v := range prev.Vendors {
			yield(v.Name)
		}
	})
	for i := range cur.Vendors {
		if !vendors[cur.Vendors[i].Name] {
			cur.Vendors[i].New = true
			ch.NewVendors = append(ch.NewVendors, cur.Vendors[i].Name)
		}
	}
	deals := set(len(prev.Deals), func(yield func(string)) {
		for _, d := range prev.Deals {
			yield(DealKey(d))
		}
	})
	for i := range cur.Deals {
		if !deals[DealKey(cur.Deals[i])] {
			cur.Deals[i].New = true
			ch.NewDeals++
			ch.NewDealKeys = append(ch.NewDealKeys, DealKey(cur.Deals[i]))
		}
	}
	old := map[string]float64{}
	for _, s := range prev.MarketShares {
		old[ShareKey(s)] = s.Share
	}
	for i := range cur.MarketShares {
		s := &cur.MarketShares[i]
		o, ok := old[ShareKey(*s)]
		if ok && o == s.Share {
			continue
		}
		s.New = true
		c := model.ShareChange{Vendor: s.Vendor, Market: s.Market, Region: s.Region, Period: s.Period, New: s.Share}
		if ok {
			c.Old = &o
		}
		ch.ShareChanges = append(ch.ShareChanges, c)
	}
	cur.Changes = ch
}

func set(n int, each func(func(string))) map[string]bool {
	m := make(map[string]bool, n)
	each(func(s string) { m[s] = true })
	return m
}
