package extract

import (
	"sort"
	"strings"

	"marketbrief/internal/model"
)

// mergeDeals merges the deals that are the same deal — told by several documents or several
// times in one — into one deal citing every document and sentence, and sorts the result. Two
// deals are the same when their types agree (acquisition and merger alike; a divestiture and
// the acquisition that names its seller alike), and their acquirer and target (for a
// partnership, their parties) denote the same companies. The result does not depend on the
// order of deals.
func mergeDeals(deals []model.Deal) []model.Deal {
	in := append([]model.Deal(nil), deals...)
	// Within a document the deals keep the order they were told in: the first telling (usually
	// the fullest) leads the merged deal.
	sort.SliceStable(in, func(i, j int) bool { return firstDocument(in[i]) < firstDocument(in[j]) })
	var out []model.Deal
	for _, d := range in {
		merged := false
		for i := range out {
			if sameDeal(out[i], d) {
				out[i] = combine(out[i], d)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, copyDeal(d))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return dealKey(out[i]) < dealKey(out[j]) })
	return out
}

// firstDocument returns the first document a deal cites, or "".
func firstDocument(d model.Deal) string {
	if len(d.Documents) == 0 {
		return ""
	}
	return d.Documents[0]
}

// dealKey orders deals: by type, acquirer, target, parties, then first document and evidence.
func dealKey(d model.Deal) string {
	var b strings.Builder
	for _, s := range []string{d.Type, d.Acquirer, d.Target, strings.Join(d.Parties, ","), strings.Join(d.Documents, ",")} {
		b.WriteString(s)
		b.WriteByte(0)
	}
	for _, e := range d.Evidence {
		b.WriteString(e.Text)
	}
	return b.String()
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

// sameDeal reports whether a and b tell the same deal.
func sameDeal(a, b model.Deal) bool {
	if a.Type == model.Partnership || b.Type == model.Partnership {
		return a.Type == b.Type && sameParties(a.Parties, b.Parties)
	}
	if a.Type == model.Divestiture && b.Type == model.Acquisition {
		a, b = b, a
	}
	if a.Type == model.Acquisition && b.Type == model.Divestiture {
		return a.Seller != "" && coSame(a.Seller, b.Acquirer) && coSame(a.Target, b.Target)
	}
	if dealGroup(a.Type) != dealGroup(b.Type) {
		return false
	}
	if coSame(a.Acquirer, b.Acquirer) && coSame(a.Target, b.Target) {
		return true
	}
	// "Y will be acquired by X in a merger": the merger reading has no direction of its own.
	return (a.Type == model.Merger || b.Type == model.Merger) && coSame(a.Acquirer, b.Target) && coSame(a.Target, b.Acquirer)
}

// sameParties reports whether two party lists denote the same companies.
func sameParties(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if coSame(x, y) {
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

// combine merges b into a: documents and evidence are united, missing seller, value and date
// filled, and the acquisition reading kept over the divestiture one.
func combine(a, b model.Deal) model.Deal {
	if (a.Type == model.Divestiture || a.Type == model.Merger) && b.Type == model.Acquisition {
		a.Type, a.Acquirer, a.Target, a.Seller = b.Type, b.Acquirer, b.Target, b.Seller
	}
	if a.Seller == "" && b.Seller != "" && a.Type != model.Divestiture && !coSame(b.Seller, a.Acquirer) {
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
	a.Documents = unionSorted(a.Documents, b.Documents)
	for _, e := range b.Evidence {
		if !hasEvidence(a.Evidence, e) {
			a.Evidence = append(a.Evidence, e)
		}
	}
	a.Parties = dealUnique(append(append([]string{a.Acquirer, a.Target, a.Seller}, a.Parties...), b.Parties...))
	if a.Type == model.Partnership {
		a.Parties = dealUnique(append(append([]string(nil), a.Parties...), b.Parties...))
	}
	return a
}

// hasEvidence reports whether list holds e.
func hasEvidence(list []model.Evidence, e model.Evidence) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// unionSorted returns the sorted union of two string lists without repeats.
func unionSorted(a, b []string) []string {
	set := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !set[s] {
			set[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// copyDeal returns d with its slices copied, so merging never writes into the caller's deals.
func copyDeal(d model.Deal) model.Deal {
	d.Parties = append([]string(nil), d.Parties...)
	d.Documents = append([]string(nil), d.Documents...)
	d.Evidence = append([]model.Evidence(nil), d.Evidence...)
	if d.Value != nil {
		v := *d.Value
		d.Value = &v
	}
	return d
}
