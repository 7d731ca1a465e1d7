package vendor

import (
	"marketbrief/internal/extract/text"
)

// learnSubject learns the subject of a company's own verb at toks[i]: "Nike commercialise…",
// "En 2016, Uniqlo avait lui aussi lancé…", "Renault a connu une baisse…", "Brunswick reported…",
// "Revlon said it…", "Wharf fell five cents", "Cheung Kong and Hutchison ended unchanged".
func (e *Reader) learnSubject(local *docNames, s string, toks []text.Token, covered []bool, i int) {
	w := toks[i].Low
	stock := lexStockVerb.endsAt(toks, i)
	switch {
	case w == "said":
		if !saidItself(toks, i+1) {
			return // "X said it…", "X said its…": X speaks for itself, a company
		}
	case stock:
		if !stockMove(toks, i+1) {
			return
		}
	case auxiliary(w):
		j := skipAdverbs(toks, i+1)
		if j >= len(toks) || !lexBusinessPart.endsAt(toks, j) || toks[j].Upper {
			return
		}
	}
	end := i
	for end > 0 && adverbs[toks[end-1].Low] && !toks[end-1].Upper {
		end-- // "Uniqlo avait lui aussi lancé": skipped from the auxiliary back
	}
	if end > 0 && (toks[end-1].Low == "lui" || toks[end-1].Low == "elle") {
		end--
	}
	for k := 0; k < 4 && end > 0 && verbChain[toks[end-1].Low] && !toks[end-1].Upper; k++ {
		end-- // "Engie a cessé de commercialiser", "Acme va fabriquer"
	}
	for {
		from := nameRunBefore(toks, covered, end)
		if from == end || from > 0 && covered[from-1] {
			return
		}
		if !stock && !clauseStart(toks, from) {
			return
		}
		e.learnCandidate(local, s, toks, covered, from, end, !stock)
		// "Cheung Kong and Hutchison ended unchanged": both subjects; other verbs take the
		// last name only ("…, Angers et Nanterre ont annoncé" lists universities).
		if !stock || from < 2 || !text.OneOf(toks[from-1].Low, "and", "et", ",") {
			return
		}
		end = from - 1
	}
}

// saidItself reports whether "it" or "its" follows "said" within a few words: "said it", "said
// on Monday that its".
func saidItself(toks []text.Token, p int) bool {
	for k := p; k < len(toks) && k < p+4; k++ {
		if toks[k].Low == "it" || toks[k].Low == "its" {
			return true
		}
		if toks[k].Kind == text.TokPunct {
			return false
		}
	}
	return false
}

// stockMove reports whether toks[p:] tell a share price's move: "five cents", "3.50 dlrs to",
// "unchanged", "10 to 8.30".
func stockMove(toks []text.Token, p int) bool {
	if p < len(toks) && toks[p].Low == "unchanged" {
		return true
	}
	if p+2 < len(toks) && toks[p].Kind == text.TokNumber && toks[p+1].Low == "to" && toks[p+2].Kind == text.TokNumber {
		return true // "fell 10 to 8.30"
	}
	for k := p; k < len(toks) && k < p+3; k++ {
		if lexStockUnit.endsAt(toks, k) && k > p {
			return true
		}
		if toks[k].Kind != text.TokNumber && !numberWords[toks[k].Low] && toks[k].Text != "." {
			return false
		}
	}
	return false
}

// numberWords are the numbers a wire spells out.
var numberWords = text.VendorWordSet("one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "half", "quarter")

// adverbs may stand between a subject and its verb: "Uniqlo avait lui aussi lancé", "Acme also
// reported".
var adverbs = text.VendorWordSet("aussi", "egalement", "deja", "ainsi", "encore", "also", "already",
	"meanwhile", "recently", "lui", "elle", "d'ailleurs", "enfin", "finalement", "recemment")

// verbChain are the auxiliaries and verbs that may stand between a subject and the infinitive
// of its verb: "a cessé de", "va", "vient de", "a décidé de".
var verbChain = text.VendorWordSet("a", "de", "d", "'", "va", "vont", "vient", "viennent", "veut",
	"doit", "peut", "compte", "prevoit", "decide", "cesse", "continue", "commence", "entend",
	"will", "to", "plans", "agreed", "would")

// skipAdverbs returns the first token from p that is no adverb.
func skipAdverbs(toks []text.Token, p int) int {
	for p < len(toks) && adverbs[toks[p].Low] {
		p++
	}
	return p
}

// clauseStart reports whether a clause starts at toks[p]: the sentence's start, after
// punctuation or a conjunction ("tandis que Nike…", "alors qu'Audi…").
func clauseStart(toks []text.Token, p int) bool {
	if p == 0 {
		return true
	}
	prev := toks[p-1]
	if prev.Text == "'" && p > 1 {
		prev = toks[p-2] // "qu'Audi", "lorsqu'Orange"
	}
	if text.OneOf(prev.Low, "et", "and") && p > 1 && toks[p-2].Upper {
		return false // "Angers et Nanterre ont…": the end of a list, not a clause's start
	}
	return prev.Kind == text.TokPunct && prev.Text != "-" && prev.Text != "&" ||
		text.OneOf(prev.Low, "que", "qu", "lorsque", "lorsqu", "puisque", "puisqu", "mais", "et", "but", "and", "while", "when", "as", "where", "whereas", "since")
}

// learnPossessive learns the name before "'s" when what follows is a company's own: "Westar
// Timber's pulp mills", "the Ferruzzi Group's management board", "Spain's Almaden" (a country's
// company), "Allied's chairman".
func (e *Reader) learnPossessive(local *docNames, s string, toks []text.Token, covered []bool, i int) {
	from := nameRunBefore(toks, covered, i-1)
	if from == i-1 || from > 0 && covered[from-1] {
		return
	}
	if from == i-2 && isCountry(toks[from].Low) {
		// "Spain's Almaden", "Algeria's Entreprise Nationale…": the company after it.
		q := nameRunAfter(toks, covered, i+1)
		if q > i+1 && !personTitles[toks[i+1].Low] {
			e.learnCandidate(local, s, toks, covered, i+1, q, false)
		}
		return
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if lexPossessed.endsAt(toks, k) && !toks[k].Upper {
			// People have no pulp mills nor boards: only the names of known people are kept out.
			e.learnCandidate(local, s, toks, covered, from, i-1, false)
			return
		}
		if toks[k].Kind == text.TokPunct && toks[k].Text != "-" {
			return
		}
	}
}

// isCountry reports whether the folded word w is a country's name.
func isCountry(w string) bool { return lexCountry.has(w) }
