package share

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
)

// Vendors a sentence names that do not hold its percentages: speakers, parent groups named in an
// appositive, sources cited further back than "selon X", objects of a preposition far from the
// figure.

// notHolder reports whether the vendor mention toks[i:end] plays a part in the sentence other
// than holding a share.
func notHolder(toks []text.Token, i, end int) bool {
	return isSpeaker(toks, end) || isParentAppositive(toks, i) || isSourceFar(toks, i)
}

// isSpeaker reports whether the vendor ending at toks[end] speaks of another company: "Ericsson
// said Intelsa, which controls about 40 pct…", « Renault estime que PSA… ». "AWS said it holds
// 31%" keeps AWS: "it" refers back to the speaker.
func isSpeaker(toks []text.Token, end int) bool {
	j := end
	for j < len(toks) && (text.LegalForms[toks[j].Text] || toks[j].Text == "<" || toks[j].Text == ">" || toks[j].Kind == text.TokPunct && toks[j].Text == ".") {
		if toks[j].Text == "<" { // a ticker: "<NSAN.T>"
			for j < len(toks) && toks[j].Text != ">" {
				j++
			}
		}
		j++
	}
	if j+1 >= len(toks) || !speechVerbs[toks[j].Low] {
		return false
	}
	next := toks[j+1]
	that := false
	if next.Low == "that" || next.Low == "que" || next.Low == "qu" {
		if j+2 >= len(toks) {
			return false
		}
		next, that = toks[j+2], true
	}
	return (next.Upper || that) && !text.OneOf(next.Low, "it", "its", "the", "le", "la", "l", "sa", "son", "ses", "il", "elle", "we", "our", "nous", "notre")
}

// saidLast reports whether the vendor ending at toks[end] closes the sentence as the one who
// said it: "…to 35 pct from 30 pct, the Orvane Motor Co Ltd <ORVN.T> said."
func saidLast(toks []text.Token, end int) bool {
	j := end
	for j < len(toks) && toks[j].Kind == text.TokPunct && toks[j].Text != "." {
		if toks[j].Text == "<" {
			for j < len(toks) && toks[j].Text != ">" {
				j++
			}
		}
		j++
	}
	return j < len(toks) && speechVerbs[toks[j].Low] && (j+1 == len(toks) || toks[j+1].Text == ".")
}

// speechVerbs introduce what a speaker says.
var speechVerbs = text.VendorWordSet("said", "says", "told", "estimates", "estimated", "believes", "noted",
	"estime", "indique", "explique", "affirme", "souligne", "precise", "rappelle")

// isParentAppositive reports whether the vendor at toks[i] is the group that the company just
// named belongs to: "Citroen, part of the private Peugeot SA group, increased its share",
// « Twitch, qui fait partie de l'écurie Amazon, … ». The share is the named company's; without a
// comma before ("the cloud arm of Amazon slipped to 29%") the unit is the vendor's own.
func isParentAppositive(toks []text.Token, i int) bool {
	member := false
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := toks[j]
		if t.Text == "," {
			return member && j > 0 && toks[j-1].Upper
		}
		if t.Kind == text.TokPunct && t.Text != "'" && t.Text != "-" {
			return false
		}
		if memberWords[t.Low] {
			member = true
		}
	}
	return false
}

// memberWords say that a company belongs to another.
var memberWords = text.VendorWordSet("part", "unit", "subsidiary", "division", "member", "owned",
	"affiliate", "filiale", "partie", "ecurie", "membre", "branche", "appartient", "giron")

// isSourceFar reports whether the vendor at toks[i] is cited as a source a few words after the
// cue: "selon le cabinet Accenture", "according to figures tabulated by First Boston", "a study
// by research firm Dataquest".
func isSourceFar(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := toks[j]
		if t.Kind == text.TokPunct && t.Text != "'" && t.Text != "-" || t.Kind == text.TokNumber {
			return false
		}
		switch t.Low {
		case "selon", "according", "tabulated", "compiled":
			return true
		case "apres":
			return j > 0 && toks[j-1].Low == "d"
		case "cabinet", "institut", "study", "survey", "etude", "firm":
			return firmNamed(toks, j, i) // "selon le cabinet d'études Canalys", "research firm IDC"
		}
	}
	return false
}

// firmNamed reports whether toks[i] names the firm toks[j] introduces: only the words of its
// kind come between ("cabinet d'études Canalys").
func firmNamed(toks []text.Token, j, i int) bool {
	for k := j + 1; k < i; k++ {
		if !text.OneOf(toks[k].Low, "d", "'", "de", "etudes", "analyse", "conseil", "research") {
			return false
		}
	}
	return true
}

// farObject reports whether the vendor toks[i:end] is the object of a preposition and stands
// more than a few words before the percentage at toks[num]: "was not available for early
// versions of the Boeing 747 but had since captured about 25 pct" (not Boeing's share).
func farObject(toks []text.Token, i, end, num int) bool {
	if num-end <= 4 {
		return false
	}
	j := i - 1
	for j >= 0 && text.OneOf(toks[j].Low, "the", "a", "an", "le", "la", "les", "l", "'") {
		j--
	}
	if j >= 0 && text.OneOf(toks[j].Low, "de", "d", "du", "des") {
		// « soutenu par l'essor de Renault, il ne pesait que 2,4 % »: the complement of a
		// noun; « la part de marché de Tesla » keeps its holder.
		k := j - 1
		for k >= 0 && toks[k].Text == "'" {
			k--
		}
		return k >= 0 && toks[k].Kind == text.TokWord && !toks[k].Upper && !shareNouns[toks[k].Low]
	}
	return j >= 0 && objectPrepositions[toks[j].Low]
}

// shareNouns are the nouns whose complement is the holder of a share: « la part de marché de X »,
// « le leader X », "the share of X".
var shareNouns = text.VendorWordSet("part", "parts", "marche", "marches", "share", "shares", "market",
	"pda", "audience", "leader", "leadership", "position", "place", "rang")

// objectPrepositions put a company in a role other than the subject.
var objectPrepositions = text.VendorWordSet("for", "to", "from", "by", "with", "of", "on", "pour", "par",
	"avec", "sur", "chez", "aupres", "into", "against")

// placeHolds reports whether a place between a vendor and its percentage is what holds the
// share: "to grow in Japan, which accounts for 40 pct of the world
// camera market".
func placeHolds(toks []text.Token, from, num int) bool {
	for i := from; i < num; i++ {
		name, n := measure.RegionAt(toks, i)
		if name == "" {
			continue
		}
		j := i + n
		for j < num && (toks[j].Text == "," || toks[j].Text == ".") {
			j++
		}
		if j < num && text.OneOf(toks[j].Low, "which", "qui", "where") {
			return true
		}
	}
	return false
}

// nameFragment reports whether the vendor at toks[i] may be the tail of a longer name the
// dictionary did not match: glued to a capitalised word or to "O'" ("Carling O'Keefe" read as
// "Keefe"). Its share is then less sure to be the right company's.
func nameFragment(toks []text.Token, i int) bool {
	if i < 2 {
		return false
	}
	prev := toks[i-1]
	if prev.Text == "'" {
		return len(toks[i-2].Text) == 1 && toks[i-2].Upper
	}
	return prev.Kind == text.TokWord && prev.Upper && !regionWord(toks, i-1) && i-1 > 0 && toks[i-2].Text != "."
}
