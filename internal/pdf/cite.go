package pdf

import (
	"slices"
	"strconv"
	"strings"
)

// maxRefs caps the source numbers one table row cites; a fact reported by many documents cites
// the first ones and says how many more there are.
const maxRefs = 3

// citations numbers the documents the brief cites, from 1, in the order the brief first cites
// them (deal table, share tables, evidence), so that the Sources table lists exactly the documents
// whose numbers are printed: every number points to a printed row, and no row is there for
// nothing.
type citations struct {
	order []string
	index map[string]int
}

// newCitations numbers the documents that the brief's tables will cite.
func (d *doc) newCitations() *citations {
	c := &citations{index: map[string]int{}}
	for _, dl := range first(maxDeals, d.r.Deals) {
		c.add(dl.Documents)
		if len(dl.Evidence) > 0 { // the evidence table quotes it and cites its document
			c.add([]string{dl.Evidence[0].Document})
		}
	}
	marketed, unmarketed := d.shareGroups()
	for _, g := range append(first(maxShares, marketed), first(maxShares, unmarketed)...) {
		c.add(g.docs)
	}
	return c
}

// add numbers the first maxRefs documents of docs that have no number yet.
func (c *citations) add(docs []string) {
	for _, id := range first(maxRefs, docs) {
		if _, ok := c.index[id]; !ok {
			c.order = append(c.order, id)
			c.index[id] = len(c.order)
		}
	}
}

// refs writes the numbers of the first maxRefs documents of docs, sorted ("3, 12"), and "+N"
// for the documents past them.
func (c *citations) refs(docs []string) string {
	var ns []int
	for _, id := range first(maxRefs, docs) {
		if n, ok := c.index[id]; ok {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	ns = slices.Compact(ns)
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	s := strings.Join(parts, ", ")
	if more := len(docs) - maxRefs; more > 0 {
		s += " +" + strconv.Itoa(more)
	}
	return s
}
