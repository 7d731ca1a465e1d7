package deal

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"strings"
)

// Towns that wire copy names in a deal's sentence are read as parties by the name readers ("to
// acquire the Sunnyvale, Calif., defense electronics firm", "bought two facilities in Miami and
// Tampa, Fla.", "the stations in Dayton, Washington and Reno"). A town is known by how the text
// writes it, not from a list: followed by a state ("Town, Fla."), listed with a known place after
// "in"/"à", or opening a sentence as "In Town, …" / « À Ville, … ».

// placeName reports whether the document writes name (or each part of "A and B") as a town.
func (c *dealContext) placeName(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	s := c.sents[c.cur]
	if placeOpening(s, name) || placeListed(s, name) {
		return true
	}
	for _, part := range placeParts(name) {
		if !capitalWords(part) {
			continue // "First Bank of Surfside Beach, S.C.": a firm named after its town
		}
		for _, t := range c.sents {
			if townOfState(t, part) {
				return true
			}
		}
	}
	return false
}

// placeParts returns name and, when it joins names ("Miami and Tampa"), its last part: the state
// that follows a list belongs to all of it.
func placeParts(name string) []string {
	parts := []string{name}
	for _, sep := range []string{" and ", " et "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			parts = append(parts, name[i+len(sep):])
		}
	}
	return parts
}

// townOfState reports whether s writes name followed by a US state's abbreviation: "Tampa, Fla."
func townOfState(s, name string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], name+", ")
		if i < 0 {
			return false
		}
		i += from
		from = i + len(name)
		if i > 0 && wordByte(s[i-1]) {
			continue // "Pretampa, …": a longer word
		}
		rest := s[i+len(name)+2:]
		w, _, _ := strings.Cut(rest, " ")
		if len(w) > 1 && strings.IndexAny(w, ".,") > 0 && vendor.CoStates[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
}

// placeOpening reports whether s opens with "In name," or « À name, »: a place, as a setting.
func placeOpening(s, name string) bool {
	for _, p := range []string{"In ", "À ", "A "} {
		if strings.HasPrefix(s, p+name+",") {
			return true
		}
	}
	return false
}

// placeListed reports whether s writes "in name, Place" or « à name, Lieu »: a town listed with
// a known place after a preposition of place.
func placeListed(s, name string) bool {
	for _, p := range []string{" in ", " à "} {
		i := strings.Index(s, p+name+", ")
		if i < 0 {
			continue
		}
		rest := s[i+len(p)+len(name)+2:]
		w, _, _ := strings.Cut(rest, " ")
		w = strings.Trim(w, ".,;:")
		if vendor.CoNotFirm(w) || text.IsPlaceWord(text.Fold(w)) {
			return true
		}
	}
	return false
}

// wordByte reports whether b is part of a word (an ASCII letter or digit, or a UTF-8 byte).
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// capitalWords reports whether every word of name starts with a capital letter (a town's name
// has no "of", "de" or other lower-case word).
func capitalWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !text.IsUpperStart(w) {
			return false
		}
	}
	return true
}

// cutName reports whether name is one generic word of a company's name ("Hospital", "Bancorp",
// "Association"), what is left when the reader cuts a longer name or drops its legal form, unless
// the dictionary knows it as a company.
func (c *dealContext) cutName(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	if !dealCutNouns[text.Fold(name)] {
		return false
	}
	_, known := c.e.dict.Canonical(name)
	return !known
}

// dealCutNouns are the nouns that end a company's name and name none alone; adjectives that
// newswire uses as short names ("American" for American Airlines) are not among them.
var dealCutNouns = map[string]bool{"hospital": true, "bank": true, "banque": true, "trust": true,
	"association": true, "associates": true, "savings": true, "bancorp": true, "bancshares": true,
	"financial": true, "holdings": true, "holding": true, "development": true, "industries": true, "group": true, "groupe": true,
	"insurance": true, "securities": true, "services": true, "resources": true, "investments": true,
	"fund": true, "funds": true, "partners": true, "systems": true, "technologies": true,
	"corp": true, "corporation": true, "company": true, "société": true,
	// industry words left of a cut name ("Petroleum's parent", "Data Inc" read as 'Data')
	"international": true, "data": true, "petroleum": true, "energy": true, "electric": true,
	"electronics": true, "communications": true, "chemical": true, "chemicals": true,
	"mining": true, "steel": true, "enterprises": true, "capital": true, "management": true}
