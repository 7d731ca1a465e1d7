package vendor

import (
	"marketbrief/internal/extract/text"
)

// What a document tells about the capitalised words that are no companies: the people it names
// ("Carlos Ghosn" makes "Ghosn" a person further on) and the words it also writes in lower case
// (a capital at a sentence's start says nothing). The constructions of vendor_construct.go read
// both before they take a word for a company.

// notePersons records the surnames of the people a sentence names: the capitalised words after
// a first name ("Carlos Ghosn") or a title ("M. Dupont", "Mr Calvet").
func (d *docNames) notePersons(toks []text.Token) {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.Upper || !(text.FirstNames[t.Low] || personTitles[t.Low]) {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Text == "." {
			j++ // "M. Dupont", "Mr. Calvet"
		}
		for k := j; k < len(toks) && k < j+2 && toks[k].Upper && toks[k].Kind == text.TokWord && !text.LegalForms[toks[k].Text]; k++ {
			if text.CompanyWords[toks[k].Low] || coFirmWords[toks[k].Low] {
				break // "Jack Daniel Distillery" is no person
			}
			d.persons[toks[k].Low] = true
		}
	}
}

// personTitles are the titles written before a person's name.
var personTitles = text.VendorWordSet("m", "mr", "mrs", "ms", "mme", "mlle", "dr", "sir", "lord",
	"president", "senator", "sen", "rep", "gov", "judge", "juge", "maitre", "me", "prince",
	"princess", "king", "queen", "minister", "ministre", "pope", "pape", "sheikh", "cheikh",
	"chairman", "chairwoman", "ceo", "pdg", "director", "directeur", "directrice", "spokesman",
	"analyst", "analyste", "patron", "economist")

// personName reports whether the tokens name a person the document knows: they start with a first
// name or a title, or every word is a known surname or first name ("Ghosn", "Carlos Ghosn").
func (d *docNames) personName(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	if text.FirstNames[toks[0].Low] || personTitles[toks[0].Low] {
		return true
	}
	for _, t := range toks {
		if !d.persons[t.Low] && !text.FirstNames[t.Low] {
			return false
		}
	}
	return true
}

// writtenLower reports whether the document writes the folded word w in lower case somewhere:
// then a capitalised w opening a sentence is the ordinary word ("Lance", "Produit").
func (d *docNames) writtenLower(w string) bool {
	if d.lower == nil { // once per document, on first use: most documents never ask
		d.lower = map[string]bool{}
		for _, toks := range d.doc {
			for _, t := range toks {
				if !t.Upper && t.Kind == text.TokWord {
					d.lower[t.Low] = true
				}
			}
		}
	}
	return d.lower[w] || len(w) > 3 && w[len(w)-1] == 's' && d.lower[w[:len(w)-1]] // "Feedlots", "feedlot"
}
