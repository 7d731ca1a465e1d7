package extract

import "strings"

// party is a deal party read from a phrase: a company name, a pronoun to resolve, or (for what
// is sold) a described business such as "its plastic container business".
type party struct {
	name    string
	parent  string // the owner named with it: "X's Y unit", "the Y division of X"
	pronoun bool   // "it", "the company", "la société": resolve from the context
	descr   bool   // a described business, not a company name
	main    bool   // a pronoun for the sentence's own subject ("its proposed acquisition")
	firm    bool   // introduced as a company ("the start-up Nuvia")
	cue     string // the noun that introduced it ("fournisseur"), if any
	indef   bool   // introduced by an coIndefinite article, no holding named: a product ("une Tesla")
	end     int    // word index just after the phrase
}

// coQtyWord reports whether w is a number or a number word, as in "a 19.8 pct stake".
func coQtyWord(w dword) bool {
	if w.core == "" {
		return false
	}
	c := w.core[0]
	if c >= '0' && c <= '9' {
		return true
	}
	switch w.lower {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
		"twenty", "thirty", "forty", "fifty", "million", "billion":
		return true
	}
	return false
}

// pronounAt reports whether the words at ws[i:] start a pronoun standing for a company, and how
// many words it takes.
func pronounAt(ws []dword, i int) int {
	w := ws[i].lower
	switch w {
	case "it", "they", "elle":
		return 1
	}
	if i+1 < len(ws) {
		n := ws[i+1].lower
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

// phraseAt reads the party phrase that starts at word i: determiners and descriptors, then a
// company name (with "X's Y unit", "X unit Y" and "the Y unit of X" read as Y owned by X), or a
// described business ending in a unit noun when allowDescr is set.
func phraseAt(s string, ws []dword, i int, allowDescr bool) (party, bool) {
	k := i
	descStart := -1
	for skipped := 0; k < len(ws) && skipped < 9; skipped++ {
		if n := pronounAt(ws, k); n > 0 && (skipped == 0 || ws[k-1].lower == "in" || ws[k-1].lower == "of") {
			return party{pronoun: true, end: k + n}, true // "a stake in the company"
		}
		if ws[k].lower == "to" && k > i && ws[k-1].lower == "up" {
			k++ // "up to 2,500,000 shares of"
			continue
		}
		if ws[k].lower == "class" && k+2 < len(ws) && len(ws[k+1].core) == 1 && oneOf(ws[k+2].lower, "common", "stock", "shares", "preferred", "voting", "ordinary") {
			k += 2 // "shares of Class B common stock of X": a class of shares, not a company
			continue
		}
		if nameStart(ws, k) && !coNationalWord(ws, k) && !coHyphenDescr(ws[k].lower) {
			break
		}
		w := ws[k]
		if (w.lower == "and" || w.lower == "or" || w.lower == "et") && k > i && (coSkippable[ws[k-1].lower] || coQtyWord(ws[k-1]) || allowDescr && andBetweenDescr(ws, k)) && k+1 < len(ws) && !ws[k+1].capitalized() {
			k++ // "the assets and operations of", "five mln shares, or 16 pct, of"
			continue
		}
		if !(coSkippable[w.lower] || coQtyWord(w) || (coNationalAdj(w) && !w.stop) || coUnitNouns[w.lower] || coDescrWord(w)) {
			return party{}, false
		}
		if coLinkWords[w.lower] && k > i && !coLinkable(ws[k-1]) {
			return party{}, false // "hosted services in Asia": the place is no party
		}
		if descStart < 0 && !coSkippable[w.lower] && !coQtyWord(w) {
			descStart = k
		}
		from := descStart
		if from < 0 && coUnitNouns[w.lower] && partialHolding(ws, k, k) {
			from = k // "certain assets of X"
		}
		if coUnitNouns[w.lower] && allowDescr && from >= 0 && !(k+1 < len(ws) && !w.stop && nameStart(ws, k+1)) {
			if p, ok := describedAt(s, ws, from, k); ok {
				return p, true
			}
		}
		if w.stop && !(coUnitNouns[w.lower] || coSkippable[w.lower]) {
			return party{}, false
		}
		k++
	}
	n, ok := nameAt(s, ws, k)
	if !ok {
		return party{}, false
	}
	if allowDescr && !n.poss && !hasSuffixWord(n.name) {
		if p, ok := namedBusiness(s, ws, n, descStart); ok {
			return p, true
		}
	}
	p := ownedName(s, ws, n)
	p.cue = cueBefore(ws, i, k)
	p.firm = p.firm || p.cue != ""
	p.indef = coIndefinite[ws[i].lower] && !holdingBetween(ws, i+1, k)
	return p, true
}

// andBetweenDescr reports whether ws[j] is "and" between two lower-case descriptors ("oil and
// fats subsidiary", "concrete and aggregates businesses").
func andBetweenDescr(ws []dword, j int) bool {
	return j > 0 && j+1 < len(ws) && (ws[j].lower == "and" || ws[j].lower == "et") && !ws[j-1].stop &&
		coDescrWord(ws[j-1]) && !ws[j-1].capitalized() && coDescrWord(ws[j+1]) && !ws[j+1].capitalized()
}

// namedBusiness reads a name followed by a unit noun: "its Pinecrest Storage unit" (the named
// unit) or "its Hawaiian dairy operations", "four suburban Chicago banks" (a described business
// starting at descStart, or at the name).
func namedBusiness(s string, ws []dword, n companyName, descStart int) (party, bool) {
	listed := false // a comma has opened a list of descriptors that "and" closes
	for j := n.end; j < len(ws) && (j < n.end+3 || listed && j < n.end+6) && !ws[j].capitalized() && (coDescrWord(ws[j]) || listed && andBetweenDescr(ws, j)); j++ {
		if coUnitNouns[ws[j].lower] {
			if j == n.end && coOwnerNouns[ws[j].lower] {
				q := ownedName(s, ws, n)
				q.end = max(q.end, j+1)
				return q, true
			}
			from := n.start
			if descStart >= 0 {
				from = descStart
			}
			return describedAt(s, ws, from, j)
		}
		if ws[j].stop {
			if !descrListGoesOn(ws, j) {
				break
			}
			listed = true
		}
	}
	return party{}, false
}

// coDescrWord reports whether w is a lower-case descriptive word that may precede a name
// ("privately-held food distributor Don Lowe Foods Inc").
func coDescrWord(w dword) bool {
	if w.core == "" || w.capitalized() {
		return false
	}
	switch w.lower {
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
	return !coQtyWord(w) && len(w.core) > 1
}

// ownedName reads what follows a name: "X's [descriptors] Y", "X [descriptors] unit[,] Y" and
// "X unit of Y".
func ownedName(s string, ws []dword, n companyName) party {
	p := party{name: n.name, end: n.end}
	// "the Measurement Systems Division of Page-Wilson Corp": a named unit and its owner.
	for k := n.start + 1; k+1 < n.end; k++ {
		if ws[k].lower == "of" && coUnitNouns[ws[k-1].lower] && hasSuffixWord(coJoinWords(s, ws, k+1, n.end)) {
			return party{name: coJoinWords(s, ws, n.start, k), parent: coJoinWords(s, ws, k+1, n.end), end: n.end}
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
	for j := k; j > 0 && !ws[j-1].stop && j < len(ws) && j < k+5 && !ws[j].capitalized() && (coDescrWord(ws[j]) || andBetweenDescr(ws, j)) && !coClauseWords[ws[j].lower]; j++ {
		l := ws[j].lower
		if !coRoleNouns[l] && !coUnitNouns[l] {
			if ws[j].stop {
				break
			}
			continue
		}
		next := j + 1
		if next+1 < len(ws) && ws[next].lower == "of" && coRoleNouns[l] && !coOwnerNouns[l] {
			next++ // "the Boston law firm of Hale, Dorr and Price"
		}
		if m, ok := nameAt(s, ws, next); ok && !m.poss && (coRoleNouns[l] || coOwnerNouns[l]) {
			q := ownedName(s, ws, m)
			if coOwnerNouns[l] {
				q.parent = n.name
			}
			return q
		}
		if coOwnerNouns[l] {
			p.end, p.firm = j+1, true // "its Unify unit"
		}
		break
	}
	return p
}

// possessedName reads what follows "X's": "X's Y unit" (Y owned by X), "X's plant" (a described
// business of X), or "Scott's Hospitality Inc" (one name written with an 's); p is X alone.
func possessedName(s string, ws []dword, n companyName, p party) party {
	k := n.end
	j := k
	for j < len(ws) && j < k+4 && (coSkippable[ws[j].lower] || coDescrWord(ws[j])) && !nameStart(ws, j) && !coPrepositions[ws[j].lower] {
		if coUnitNouns[ws[j].lower] {
			if j+1 < len(ws) && nameStart(ws, j+1) {
				j++ // "X's listed unit, Y"
				break
			}
			// "Kaiser Steel Corp's plant": a described business owned by X.
			return party{name: coJoinWords(s, ws, k, j+1), descr: true, parent: n.name, end: j + 1}
		}
		if ws[j].stop {
			break
		}
		j++
	}
	m, ok := nameAt(s, ws, j)
	if !ok {
		return p
	}
	q := ownedName(s, ws, m)
	unitFollows := q.end < len(ws) && coUnitNouns[ws[q.end].lower]
	if j == k && !coSuffixes[strings.ToLower(lastNameWord(n.name))] && !unitFollows && hasSuffixWord(m.name) {
		return party{name: coJoinWords(s, ws, n.start, m.end), end: q.end}
	}
	q.parent = n.name
	if unitFollows {
		q.end++
	}
	return q
}

// lastNameWord returns the last space-separated word of s, without a trailing period.
func lastNameWord(s string) string {
	return strings.TrimSuffix(s[strings.LastIndexByte(s, ' ')+1:], ".")
}

// hasSuffixWord reports whether name contains a corporate suffix word.
func hasSuffixWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if coSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	return false
}

// descrListGoesOn reports whether the comma after ws[j] separates the items of a list of
// lower-case descriptors that "and" closes ("its Finlays confectionery, tobacco and newsagent
// business", « son activité vins, spiritueux et bières »).
func descrListGoesOn(ws []dword, j int) bool {
	if !strings.HasSuffix(ws[j].raw, ",") {
		return false
	}
	for k := j + 1; k < len(ws) && k < j+4; k++ {
		if ws[k].capitalized() || !coDescrWord(ws[k]) && !andBetweenDescr(ws, k) {
			return false
		}
		if andBetweenDescr(ws, k) {
			return true
		}
		if ws[k].stop && !strings.HasSuffix(ws[k].raw, ",") {
			return false
		}
	}
	return false
}
