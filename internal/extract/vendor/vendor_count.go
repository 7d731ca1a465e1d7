package vendor

import (
	"sort"
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// CountMentions counts the company mentions of a document per canonical name with the surface
// forms seen, and counts every deal party as a mention, even one no dictionary lists. A party is
// first resolved: "AWS and Google Cloud" is two companies, "Meridia" is the "Meridia Bank" the
// document names, and a lone common word ("About") is no company.
func (e *Reader) CountMentions(df *model.DocFacts, sents []text.Sentence) {
	seen := map[string]map[string]bool{}
	addAlias := func(name, surface string) {
		if seen[name] == nil {
			seen[name] = map[string]bool{}
		}
		if !seen[name][surface] {
			seen[name][surface] = true
			df.Aliases[name] = append(df.Aliases[name], surface)
		}
	}
	for _, s := range sents {
		for _, m := range s.Mentions {
			df.Mentions[m.Name]++
			addAlias(m.Name, m.Surface)
		}
	}
	names := map[string]int{}
	for name := range df.Mentions {
		names[name]++
	}
	for _, d := range df.Deals {
		for _, p := range d.Parties {
			for _, name := range e.partyNames(p, df.Mentions) {
				names[name]++
			}
		}
	}
	known := sortedNames(names)
	bySurface := map[string]string{} // "meyer" → "Wilson and George Meyer"
	for name, surfaces := range df.Aliases {
		for _, sf := range surfaces {
			bySurface[text.Fold(sf)] = name
		}
	}
	for _, d := range df.Deals {
		for _, p := range d.Parties {
			for _, name := range e.partyNames(p, df.Mentions) {
				if n, ok := bySurface[text.Fold(name)]; ok {
					name = n
				} else if n := sameMentioned(name, df.Mentions); n != "" {
					name = n // "Meridia Bank" when the document says "Meridia"
				}
				name = resolveName(name, known)
				if _, ok := df.Mentions[name]; !ok {
					df.Mentions[name] = 1
					addAlias(name, p)
				}
			}
		}
	}
	for name := range df.Aliases {
		sort.Strings(df.Aliases[name])
	}
}

// partyNames returns the companies a deal party stands for (see countMentions); a party the
// document names as one company ("MacAndrews and Forbes Group") is not split.
func (e *Reader) partyNames(p string, mentioned map[string]int) []string {
	p = strings.Trim(p, "<> ") // "<Gold Mines Ltd>" as a wire marks it
	if name, _ := e.dict.Canonical(p); mentioned[name] > 0 {
		return []string{name}
	}
	var out []string
	for _, part := range splitParty(p) {
		if !looksLikeName(part) || commonName(part) {
			continue // a phrase a deal rule took for a party ("commercial arm", "About")
		}
		name, _ := e.dict.Canonical(part)
		out = append(out, name)
	}
	return out
}

// splitParty cuts "Amazon Web Services and Google Cloud" into its companies; a name whose parts
// are not all capitalised stays whole.
func splitParty(p string) []string {
	p = strings.TrimSpace(p)
	for _, sep := range []string{" and ", " et ", ", "} {
		parts := strings.Split(p, sep)
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, x := range parts {
			ok = ok && looksLikeName(strings.TrimSpace(x))
		}
		if ok {
			var out []string
			for _, x := range parts {
				out = append(out, splitParty(x)...)
			}
			return out
		}
	}
	return []string{p}
}

// resolveName returns the fullest name the document uses for name: the longer name it starts
// ("Meridia" → "Meridia Bank"), else name itself.
func resolveName(name string, known []string) string {
	best := name
	for _, k := range known {
		if strings.HasPrefix(k, best+" ") {
			best = k
		}
	}
	return best
}

// commonName reports whether a one-word name is a common word, a place or a generic term.
func commonName(s string) bool {
	if strings.Contains(s, " ") {
		return false
	}
	w := text.Fold(s)
	return len(w) < 2 || text.FirstNames[w] || text.NotNameWords[w] || text.GenericNames[w] || text.CompanyWords[w] || text.PlaceWords[w] || isCountry(w) ||
		text.Nationalities[w] || text.Connectives[w] || commonWords[w]
}

// commonWords are capitalised words deal rules may take for a party.
var commonWords = text.VendorWordSet("about", "cloud", "hebergement", "data", "services", "software",
	"technology", "technologies", "infrastructure", "digital", "tech", "ai", "it", "saas", "iaas",
	"plus", "moins", "autorite", "apres", "avant", "depuis", "selon", "mais", "pour", "avec")

// sortedNames returns the keys of m, sorted.
func sortedNames(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// looksLikeName reports whether s can be a company name: it starts with a capital or a digit,
// or has a capital inside its first word ("eBay").
func looksLikeName(s string) bool {
	if s == "" {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	return text.IsUpperStart(s) || text.IsDigitByte(s[0]) || innerCapital(first)
}

// sameMentioned returns the one mentioned name that name extends or shortens by whole words
// ("Meridia" for "Meridia Bank"), or "".
func sameMentioned(name string, mentions map[string]int) string {
	found := ""
	for m := range mentions {
		if strings.HasPrefix(m, name+" ") || strings.HasPrefix(name, m+" ") {
			if found != "" {
				return ""
			}
			found = m
		}
	}
	return found
}
