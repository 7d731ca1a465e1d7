package aggregate

import (
	"slices"
	"strings"
	"unicode"

	"marketbrief/internal/model"
)

// nameKey folds a vendor name for comparison: letters and digits only, lower case, so that
// "AT&T", "AT & T" and "at&t" are one company, and "Dell-EMC" is "Dell EMC".
func nameKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// dedupeVendors merges vendors whose names differ only by case and punctuation (extraction
// keeps the spellings it reads when no dictionary entry joins them). The merged vendor takes the
// most-mentioned spelling, the sum of mentions and the union of documents and aliases. It returns
// the vendors and a map from every merged-away name to the name kept.
func dedupeVendors(vs []model.Vendor) ([]model.Vendor, map[string]string) {
	byKey := map[string]int{}
	var out []model.Vendor
	rename := map[string]string{}
	for _, v := range vs {
		k := nameKey(v.Name)
		i, ok := byKey[k]
		if !ok || k == "" {
			byKey[k] = len(out)
			v.Documents = slices.Clone(v.Documents)
			v.Aliases = slices.Clone(v.Aliases)
			out = append(out, v)
			continue
		}
		m := &out[i]
		if v.Mentions > m.Mentions {
			rename[m.Name] = v.Name
			m.Name = v.Name
		} else {
			rename[v.Name] = m.Name
		}
		m.Mentions += v.Mentions
		m.New = m.New && v.New
		m.Documents = union(m.Documents, v.Documents)
		m.Aliases = union(m.Aliases, v.Aliases)
	}
	for from, to := range rename { // a chain a → b → c resolves to c
		for rename[to] != "" && rename[to] != to {
			to = rename[to]
		}
		rename[from] = to
	}
	return out, rename
}

func union(a, b []string) []string {
	out := append(a, b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// renameParties applies rename to the names in deals and shares (already copies of the facts).
func renameParties(rename map[string]string, deals []model.Deal, shares []model.MarketShare) {
	if len(rename) == 0 {
		return
	}
	name := func(s string) string {
		if to, ok := rename[s]; ok {
			return to
		}
		return s
	}
	for i := range deals {
		d := &deals[i]
		d.Acquirer, d.Target, d.Seller = name(d.Acquirer), name(d.Target), name(d.Seller)
		ps := make([]string, len(d.Parties))
		for j, p := range d.Parties {
			ps[j] = name(p)
		}
		d.Parties = slices.Compact(ps)
	}
	for i := range shares {
		shares[i].Vendor = name(shares[i].Vendor)
	}
}
