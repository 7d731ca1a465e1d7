package deal

import (
	"cmp"
	"slices"

	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// MergeDeals merges the deals that are the same deal — told by several documents or several
// times in one — into one deal citing every document and sentence, and sorts the result. Two
// deals are the same when their types agree (acquisition and merger alike; a divestiture and
// the acquisition that names its seller alike), and their acquirer and target (for a
// partnership, their parties) denote the same companies. The result does not depend on the
// order of deals. Time grows linearly with the number of deals (see dealMerger).
func MergeDeals(deals []model.Deal) []model.Deal {
	// Within a document the deals keep the order they were told in: the first telling (usually
	// the fullest) leads the merged deal.
	order := make([]int32, len(deals))
	for i := range order {
		order[i] = int32(i)
	}
	byDoc := func(a, b int32) int {
		return cmp.Or(cmp.Compare(FirstDocument(deals[a]), FirstDocument(deals[b])), cmp.Compare(a, b))
	}
	if !slices.IsSortedFunc(order, byDoc) { // a run's deals come sorted already
		slices.SortFunc(order, byDoc)
	}
	m := NewDealMerger(len(deals))
	for _, i := range order {
		m.add(deals[i])
	}
	return m.Deals()
}

// FirstDocument returns the first document a deal cites, or "".
func FirstDocument(d model.Deal) string {
	if len(d.Documents) == 0 {
		return ""
	}
	return d.Documents[0]
}

// appendDealKey appends to b the key that orders deals: by type, acquirer, target, parties,
// then documents and evidence.
func appendDealKey(b []byte, d model.Deal) []byte {
	for _, s := range []string{d.Type, d.Acquirer, d.Target} {
		b = append(append(b, s...), 0)
	}
	for _, list := range [][]string{d.Parties, d.Documents} {
		for i, s := range list {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, s...)
		}
		b = append(b, 0)
	}
	for _, e := range d.Evidence {
		b = append(b, e.Text...)
	}
	return b
}

// dealGroup is the family of deal types that can describe one deal.
func dealGroup(t string) string {
	switch t {
	case model.Acquisition, model.Merger:
		return "acq"
	case model.Partnership, model.Contract:
		return t
	}
	return t
}

// SameDeal reports whether a and b tell the same deal, with same telling whether two names
// denote one company.
func SameDeal(a, b model.Deal, same func(x, y string) bool) bool {
	if a.Type == model.Partnership || b.Type == model.Partnership {
		return a.Type == b.Type && sameParties(a.Parties, b.Parties, same)
	}
	if a.Type == model.Divestiture && b.Type == model.Acquisition {
		a, b = b, a
	}
	if a.Type == model.Acquisition && b.Type == model.Divestiture {
		return a.Seller != "" && same(a.Seller, b.Acquirer) && same(a.Target, b.Target)
	}
	if dealGroup(a.Type) != dealGroup(b.Type) {
		return false
	}
	if same(a.Acquirer, b.Acquirer) && same(a.Target, b.Target) {
		return true
	}
	// "Y will be acquired by X in a merger": the merger reading has no direction of its own.
	return (a.Type == model.Merger || b.Type == model.Merger) && same(a.Acquirer, b.Target) && same(a.Target, b.Acquirer)
}

// sameParties reports whether two party lists denote the same companies.
func sameParties(a, b []string, same func(x, y string) bool) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if same(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// combine merges b's fields into a: missing seller, value and date filled, parties united,
// and the acquisition reading kept over the divestiture one. Documents and evidence are
// united by the caller (dealMerger), which keeps sets of them.
func combine(a, b model.Deal, names vendor.CoNames) model.Deal {
	if (a.Type == model.Divestiture || a.Type == model.Merger) && b.Type == model.Acquisition {
		a.Type, a.Acquirer, a.Target, a.Seller = b.Type, b.Acquirer, b.Target, b.Seller
	}
	if a.Seller == "" && b.Seller != "" && a.Type != model.Divestiture && !names.Same(b.Seller, a.Acquirer) {
		a.Seller = b.Seller
	}
	if a.Value == nil && b.Value != nil {
		v := *b.Value
		a.Value = &v
	}
	if a.Date == "" {
		a.Date = b.Date
	}
	a.Confidence = max(a.Confidence, b.Confidence)
	a.New = a.New || b.New
	a.Parties = names.Unique(append(append([]string{a.Acquirer, a.Target, a.Seller}, a.Parties...), b.Parties...))
	if a.Type == model.Partnership {
		a.Parties = names.Unique(append(append([]string(nil), a.Parties...), b.Parties...))
	}
	return a
}

// CopyDeal returns d with its slices copied, so merging never writes into the caller's deals.
func CopyDeal(d model.Deal) model.Deal {
	d.Parties = append([]string(nil), d.Parties...)
	d.Documents = append([]string(nil), d.Documents...)
	d.Evidence = append([]model.Evidence(nil), d.Evidence...)
	if d.Value != nil {
		v := *d.Value
		d.Value = &v
	}
	return d
}
