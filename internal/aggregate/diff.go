package aggregate

import (
	"slices"
	"sort"
	"strings"
	"time"

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
	ids := make([]string, len(prev.Documents))
	for i, d := range prev.Documents {
		ids[i] = d.ID
	}
	MarkChangesIDs(prev, ids, cur, prevRun, prevAsOf)
}

// MarkChangesIDs is MarkChanges with the previous run's document ids given apart, and
// prev.Documents not read: a million previous documents are then a million strings, not a
// million documents. When both lists are sorted by id, as facts.json's are, they are compared
// by walking them side by side, without a set of either.
func MarkChangesIDs(prev *model.Facts, prevDocs []string, cur *model.Facts, prevRun, prevAsOf string) {
	if prev == nil {
		return
	}
	markChanges(prev, newDocument(prevDocs, cur.Documents), cur, prevRun, prevAsOf)
}

// MarkChangesSeen is MarkChanges with the previous run's documents given by seen, which says
// whether the previous run read a document id; prev.Documents is not read.
func MarkChangesSeen(prev *model.Facts, seen func(id string) bool, cur *model.Facts, prevRun, prevAsOf string) {
	if prev == nil {
		return
	}
	markChanges(prev, func(i int) bool { return !seen(cur.Documents[i].ID) }, cur, prevRun, prevAsOf)
}

// markChanges marks what changed since prev, isNew saying which of cur's documents are new.
// A previous run of a later as-of date than cur's (a week of 2020 run after the report of
// today) is no earlier report: nothing is "new since" it, and nothing is marked.
func markChanges(prev *model.Facts, isNew func(i int) bool, cur *model.Facts, prevRun, prevAsOf string) {
	if later(prevAsOf, cur.GeneratedAt) {
		return
	}
	ch := &model.Changes{PreviousRun: prevRun, PreviousAsOf: prevAsOf, NewDocuments: []string{}, NewVendors: []string{},
		NewDealKeys: []string{}, ShareChanges: []model.ShareChange{}}
	for i := range cur.Documents {
		if isNew(i) {
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
	// Articles may give one vendor, market, region and period two figures (53.6% and 48.2%):
	// a share is unchanged when the previous run had its figure under its key, and one that
	// changed went from a previous figure of that key the current run no longer has.
	old, now := map[string][]float64{}, map[string][]float64{}
	for _, s := range prev.MarketShares {
		old[ShareKey(s)] = append(old[ShareKey(s)], s.Share)
	}
	for _, s := range cur.MarketShares {
		now[ShareKey(s)] = append(now[ShareKey(s)], s.Share)
	}
	for i := range cur.MarketShares {
		s := &cur.MarketShares[i]
		key := ShareKey(*s)
		if slices.Contains(old[key], s.Share) {
			continue
		}
		s.New = true
		c := model.ShareChange{Vendor: s.Vendor, Market: s.Market, Region: s.Region, Period: s.Period, New: s.Share}
		for _, o := range old[key] {
			if !slices.Contains(now[key], o) {
				c.Old = &o
				break
			}
		}
		ch.ShareChanges = append(ch.ShareChanges, c)
	}
	cur.Changes = ch
}

// newDocument returns whether cur[i] is missing from prev; it must be called for i in
// increasing order.
func newDocument(prev []string, cur []model.Document) func(i int) bool {
	byID := func(a, b model.Document) int { return strings.Compare(a.ID, b.ID) }
	if slices.IsSorted(prev) && slices.IsSortedFunc(cur, byID) {
		j := 0
		return func(i int) bool {
			for j < len(prev) && prev[j] < cur[i].ID {
				j++
			}
			return j == len(prev) || prev[j] != cur[i].ID
		}
	}
	docs := set(len(prev), func(yield func(string)) {
		for _, id := range prev {
			yield(id)
		}
	})
	return func(i int) bool { return !docs[cur[i].ID] }
}

func set(n int, each func(func(string))) map[string]bool {
	m := make(map[string]bool, n)
	each(func(s string) { m[s] = true })
	return m
}

// later says whether RFC 3339 time a is after b; false when either does not parse.
func later(a, b string) bool {
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	return errA == nil && errB == nil && ta.After(tb)
}
