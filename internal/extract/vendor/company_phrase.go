package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// Party is a deal party read from a phrase: a company name, a pronoun to resolve, or (for what
// is sold) a described business such as "its plastic container business".
type Party struct {
	Name    string
	Parent  string // the owner named with it: "X's Y unit", "the Y division of X"
	Pronoun bool   // "it", "the company", "la société": resolve from the context
	Descr   bool   // a described business, not a company name
	Main    bool   // a pronoun for the sentence's own subject ("its proposed acquisition")
	Firm    bool   // introduced as a company ("the start-up Nuvia")
	Cue     string // the noun that introduced it ("fournisseur"), if any
	Indef   bool   // introduced by an coIndefinite article, no holding named: a product ("une Tesla")
	End     int    // word index just after the phrase
}

// CoQtyWord reports whether w is a number or a number word, as in "a 19.8 pct stake".
func CoQtyWord(w Dword) bool {
	if w.Core == "" {
		return false
	}
	c := w.Core[0]
	if c >= '0' && c <= '9' {
		return true
	}
	switch w.Lower {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
		"twenty", "thirty", "forty", "fifty", "million", "billion":
		return true
	}
	return false
}

// PronounAt reports whether the words at ws[i:] start a pronoun standing for a company, and how
// many words it takes.
func PronounAt(ws []Dword, i int) int {
	w := ws[i].Lower
	switch w {
	case "it", "they", "elle":
		return 1
	}
	if i+1 < len(ws) {
		n := ws[i+1].Lower
		if namedAfter(ws, i+2) {
			return 0 // "le groupe (hospitalier) Altrix": a descriptor, then the name
		}
		switch w + " " + n {
		case "the company", "the group", "the firm", "la société", "le groupe", "l' entreprise",
			"l' éditeur", "le géant", "la firme", "le constructeur", "the concern", "le fournisseur":
			return 2
		}
	}
	return 0
}

// PhraseAt reads the party phrase that starts at word i: determiners and descriptors, then a
// company name (with "X's Y unit", "X unit Y" and "the Y unit of X" read as Y owned by X), or a
// described business ending in a unit noun when allowDescr is set.
func PhraseAt(s string, ws []Dword, i int, allowDescr bool) (Party, bool) {
	k := i
	descStart := -1
	for skipped := 0; k < len(ws) && skipped < 9; skipped++ {
		if n := PronounAt(ws, k); n > 0 && (skipped == 0 || ws[k-1].Lower == "in" || ws[k-1].Lower == "of") {
			return Party{Pronoun: true, End: k + n}, true // "a stake in the company"
		}
		if ws[k].Lower == "to" && k > i && ws[k-1].Lower == "up" {
			k++ // "up to 2,500,000 shares of"
			continue
		}
		if ws[k].Lower == "class" && k+2 < len(ws) && len(ws[k+1].Core) == 1 && text.OneOf(ws[k+2].Lower, "common", "stock", "shares", "preferred", "voting", "ordinary") {
			k += 2 // "shares of Class B common stock of X": a class of shares, not a company
			continue
		}
		if NameStart(ws, k) && !coNationalWord(ws, k) && !coHyphenDescr(ws[k].Lower) {
			break
		}
		w := ws[k]
		if (w.Lower == "and" || w.Lower == "or" || w.Lower == "et") && k > i && (CoSkippable[ws[k-1].Lower] || CoQtyWord(ws[k-1]) || allowDescr && andBetweenDescr(ws, k)) && k+1 < len(ws) && !ws[k+1].Capitalized() {
			k++ // "the assets and operations of", "five mln shares, or 16 pct, of"
			continue
		}
		if !(CoSkippable[w.Lower] || CoQtyWord(w) || (CoNationalAdj(w) && !w.Stop) || CoUnitNouns[w.Lower] || coDescrWord(w)) {
			return Party{}, false
		}
		if coLinkWords[w.Lower] && k > i && !coLinkable(ws[k-1]) {
			return Party{}, false // "hosted services in Asia": the place is no party
		}
		if descStart < 0 && !CoSkippable[w.Lower] && !CoQtyWord(w) {
			descStart = k
		}
		from := descStart
		if from < 0 && CoUnitNouns[w.Lower] && partialHolding(ws, k, k) {
			from = k // "certain assets of X"
		}
		if CoUnitNouns[w.Lower] && allowDescr && from >= 0 && !(k+1 < len(ws) && !w.Stop && NameStart(ws, k+1)) {
			if p, ok := describedAt(s, ws, from, k); ok {
				return p, true
			}
		}
		if w.Stop && !(CoUnitNouns[w.Lower] || CoSkippable[w.Lower]) {
			return Party{}, false
		}
		k++
	}
	n, ok := nameAt(s, ws, k)
	if !ok {
		return Party{}, false
	}
	if allowDescr && !n.poss && !HasSuffixWord(n.name) {
		if p, ok := namedBusiness(s, ws, n, descStart); ok {
			return p, true
		}
	}
	p := ownedName(s, ws, n)
	p.Cue = cueBefore(ws, i, k)
	p.Firm = p.Firm || p.Cue != ""
	p.Indef = coIndefinite[ws[i].Lower] && !holdingBetween(ws, i+1, k)
	return p, true
}

// andBetweenDescr reports whether ws[j] is "and" between two lower-case descriptors ("oil and
// fats subsidiary", "concrete and aggregates businesses").
func andBetweenDescr(ws []Dword, j int) bool {
	return j > 0 && j+1 < len(ws) && (ws[j].Lower == "and" || ws[j].Lower == "et") && !ws[j-1].Stop &&
		coDescrWord(ws[j-1]) && !ws[j-1].Capitalized() && coDescrWord(ws[j+1]) && !ws[j+1].Capitalized()
}

// namedBusiness reads a name followed by a unit noun: "its Pinecrest Storage unit" (the named
// unit) or "its Hawaiian dairy operations", "four suburban Chicago banks" (a described business
// starting at descStart, or at the name).
func namedBusiness(s string, ws []Dword, n companyName, descStart int) (Party, bool) {
	listed := false // a comma has opened a list of descriptors that "and" closes
	for j := n.end; j < len(ws) && (j < n.end+3 || listed && j < n.end+6) && !ws[j].Capitalized() && (coDescrWord(ws[j]) || listed && andBetweenDescr(ws, j)); j++ {
		if CoUnitNouns[ws[j].Lower] {
			if j == n.end && coOwnerNouns[ws[j].Lower] {
				q := ownedName(s, ws, n)
				q.End = max(q.End, j+1)
				return q, true
			}
			from := n.start
			if descStart >= 0 {
				from = descStart
			}
			return describedAt(s, ws, from, j)
		}
		if ws[j].Stop {
			if !descrListGoesOn(ws, j) {
				break
			}
			listed = true
		}
	}
	return Party{}, false
}

// coDescrWord reports whether w is a lower-case descriptive word that may precede a name
// ("privately-held food distributor Don Lowe Foods Inc").
func coDescrWord(w Dword) bool {
	if w.Core == "" || w.Capitalized() {
		return false
	}
	switch w.Lower {
	case "from", "to", "for", "by", "with", "which", "that", "who", "or", "que", "qui", "pour",
		"par", "avec", "à", "au", "aux", "en", "sur", "said", "is", "was", "will", "has", "have",
		"had", "be", "been", "were", "are", "would", "not", "and", "et", "as", "at", "on", "than",
		"about", "more", "less", "plus", "est", "a", "ont", "sont", "il", "se", "ne", "pas",
		"because", "since", "due", "if", "when", "while", "after", "before", "including", "under",
		"during", "through", "against", "between", "into", "upon", "without", "within", "despite",
		"although", "where", "whether", "so", "then", "now", "also", "already", "still", "only",
		"once", "but", "nor", "car", "mais", "donc", "puis", "dont", "où", "comme", "afin",
		// demonstratives point back to what was told before ("these assets", « ces actifs »),
		// and verbs of content ("the purchase includes seven mines") describe nothing bought
		"these", "those", "such", "ces", "cette", "cet", "includes", "include", "comprises",
		"comprise", "consists", "covers", "involves", "comprend", "comprennent", "inclut", "incluent":
		return false
	}
	return !CoQtyWord(w) && len(w.Core) > 1
}

// ownedName reads what follows a name: "X's [descriptors] Y", "X [descriptors] unit[,] Y" and
// "X unit of Y".
func ownedName(s string, ws []Dword, n companyName) Party {
	p := Party{Name: n.name, End: n.end}
	// "the Measurement Systems Division of Page-Wilson Corp": a named unit and its owner.
	for k := n.start + 1; k+1 < n.end; k++ {
		if ws[k].Lower == "of" && CoUnitNouns[ws[k-1].Lower] && HasSuffixWord(coJoinWords(s, ws, k+1, n.end)) {
			return Party{Name: coJoinWords(s, ws, n.start, k), Parent: coJoinWords(s, ws, k+1, n.end), End: n.end}
		}
	}
	k := n.end
	if n.poss {
		return possessedName(s, ws, n, p)
	}
	if q, ok := afterPlace(s, ws, n); ok {
		return q // "Englewood, Colo., homebuilder Winley Inc": the town is no company
	}
	// "X unit Y", "X's listed unit, Y", "New York investor Mario Gabelli", "X subsidiary": Y
	// (owned by X when the noun is a unit), or X alone.
	for j := k; j > 0 && !ws[j-1].Stop && j < len(ws) && j < k+5 && !ws[j].Capitalized() && (coDescrWord(ws[j]) || andBetweenDescr(ws, j)) && !CoClauseWords[ws[j].Lower]; j++ {
		l := ws[j].Lower
		if !coRoleNouns[l] && !CoUnitNouns[l] {
			if ws[j].Stop {
				break
			}
			continue
		}
		next := j + 1
		if next+1 < len(ws) && ws[next].Lower == "of" && coRoleNouns[l] && !coOwnerNouns[l] {
			next++ // "the Boston law firm of Hale, Dorr and Price"
		}
		if m, ok := nameAt(s, ws, next); ok && !m.poss && (coRoleNouns[l] || coOwnerNouns[l]) {
			q := ownedName(s, ws, m)
			if coOwnerNouns[l] {
				q.Parent = n.name
			}
			return q
		}
		if coOwnerNouns[l] {
			p.End, p.Firm = j+1, true // "its Unify unit"
		}
		break
	}
	return p
}

// possessedName reads what follows "X's": "X's Y unit" (Y owned by X), "X's plant" (a described
// business of X), or "Scott's Hospitality Inc" (one name written with an 's); p is X alone.
func possessedName(s string, ws []Dword, n companyName, p Party) Party {
	k := n.end
	j := k
	for j < len(ws) && j < k+4 && (CoSkippable[ws[j].Lower] || coDescrWord(ws[j])) && !NameStart(ws, j) && !CoPrepositions[ws[j].Lower] {
		if CoUnitNouns[ws[j].Lower] {
			if j+1 < len(ws) && NameStart(ws, j+1) {
				j++ // "X's listed unit, Y"
				break
			}
			// "Kaiser Steel Corp's plant": a described business owned by X.
			return Party{Name: coJoinWords(s, ws, k, j+1), Descr: true, Parent: n.name, End: j + 1}
		}
		if ws[j].Stop {
			break
		}
		j++
	}
	m, ok := nameAt(s, ws, j)
	if !ok {
		return p
	}
	q := ownedName(s, ws, m)
	unitFollows := q.End < len(ws) && CoUnitNouns[ws[q.End].Lower]
	if j == k && !text.CoSuffixes[strings.ToLower(lastNameWord(n.name))] && !unitFollows && HasSuffixWord(m.name) {
		return Party{Name: coJoinWords(s, ws, n.start, m.end), End: q.End}
	}
	q.Parent = n.name
	if unitFollows {
		q.End++
	}
	return q
}

// lastNameWord returns the last space-separated word of s, without a trailing period.
func lastNameWord(s string) string {
	return strings.TrimSuffix(s[strings.LastIndexByte(s, ' ')+1:], ".")
}

// HasSuffixWord reports whether name contains a corporate suffix word.
func HasSuffixWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if text.CoSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	return false
}

// descrListGoesOn reports whether the comma after ws[j] separates the items of a list of
// lower-case descriptors that "and" closes ("its Finlays confectionery, tobacco and newsagent
// business", « son activité vins, spiritueux et bières »).
func descrListGoesOn(ws []Dword, j int) bool {
	if !strings.HasSuffix(ws[j].Raw, ",") {
		return false
	}
	for k := j + 1; k < len(ws) && k < j+4; k++ {
		if ws[k].Capitalized() || !coDescrWord(ws[k]) && !andBetweenDescr(ws, k) {
			return false
		}
		if andBetweenDescr(ws, k) {
			return true
		}
		if ws[k].Stop && !strings.HasSuffix(ws[k].Raw, ",") {
			return false
		}
	}
	return false
}
