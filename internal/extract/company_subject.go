package extract

import "strings"

// coClauseOpeners start a subordinate clause whose own subject follows them.
var coClauseOpeners = map[string]bool{
	"when": true, "after": true, "while": true, "whereby": true, "because": true, "since": true,
	"lorsque": true, "quand": true, "après": true, "alors": true, "tandis": true, "où": true,
	"but": true, "mais": true,
}

// coRelatives refer back to the name just before them ("Orange, qui a retenu…").
var coRelatives = map[string]bool{"which": true, "who": true, "qui": true}

// coIntroWords start an adverbial phrase that ends at the first comma before the subject.
var coIntroWords = map[string]bool{
	"in": true, "under": true, "after": true, "as": true, "earlier": true, "en": true, "dans": true,
	"selon": true, "à": true, "au": true, "pour": true, "lors": true, "depuis": true, "après": true,
	"last": true, "on": true, "during": true, "with": true, "for": true, "meanwhile": true,
	"separately": true, "fin": true, "début": true, "également": true, "also": true, "today": true,
	"yesterday": true, "however": true, "l'": true, "l’": true, "cette": true, "this": true, "cependant": true, "par": true, "ainsi": true,
}

// mainSubject returns the first company name or pronoun of a sentence, after an opening
// adverbial phrase ("In a filing with the SEC, X said…").
func mainSubject(s string, ws []dword) (party, bool) {
	lim := min(len(ws), 14)
	start := 0
	for k := 0; k < min(lim, 4); k++ {
		if strings.HasSuffix(ws[k].raw, ":") {
			start = k + 1 // "Cloud hybride : HPE s'offre…": a headline's topic is no subject
		}
	}
	return firstEntity(s, ws, skipIntro(ws, start, lim), lim)
}

// skipIntro moves start past an opening adverbial phrase that ends with a comma before t.
func skipIntro(ws []dword, start, t int) int {
	if start < t && coIntroWords[ws[start].lower] {
		for k := start; k < t; k++ {
			if ws[k].stop && strings.HasSuffix(ws[k].raw, ",") {
				return k + 1
			}
		}
	}
	return start
}

// subjectBefore finds the subject of the clause that contains the trigger at word t: the first
// company name or pronoun of the clause. A relative pronoun refers to the name just before it.
func subjectBefore(s string, ws []dword, t int) (party, bool) {
	start := 0
	for k := t - 1; k >= 0; k-- {
		w := ws[k]
		if strings.HasSuffix(w.raw, ";") || strings.HasSuffix(w.raw, ":") {
			start = k + 1 // "Hébergement : X et Y fusionnent": a topic, then the clause
			break
		}
		if coRelatives[w.lower] && k > 0 {
			if p, ok := nameBefore(s, ws, k); ok {
				return p, true
			}
			if p, ok := firstEntity(s, ws, k+1, t); ok && !p.pronoun {
				return p, true // "…an agreement under which Ecolab will buy…"
			}
		}
		if (w.lower == "and" || w.lower == "et") && k > 0 && strings.HasSuffix(ws[k-1].raw, ",") {
			start = k + 1 // "…, and Nimbus inks a deal with Orbis": a new clause
			break
		}
		if coClauseOpeners[w.lower] {
			start = k + 1
			break
		}
	}
	start = skipIntro(ws, start, t)
	// "X said Y agreed to buy…": the reported clause has its own subject; "X said it…" is X.
	for k := t - 1; k > start; k-- {
		if coSpeechVerbs[ws[k].lower] {
			from := k + 1
			if from < t && (ws[from].lower == "that" || ws[from].lower == "que" || ws[from].lower == "qu'") {
				from++
			}
			if p, ok := firstEntity(s, ws, from, t); ok && !p.pronoun {
				return p, true
			}
			break
		}
	}
	if p, ok := commaSubject(s, ws, start, t); ok {
		return p, true
	}
	return firstEntity(s, ws, start, t)
}

// coAuxiliaries stand between a subject and its verb.
var coAuxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "has": true, "have": true,
	"had": true, "will": true, "va": true, "vient": true, "also": true, "aussi": true}

// commaSubject reads the subject of a clause that opens with a descriptive phrase ending in a
// comma ("Client historique de Nuagecom, le groupe Saint-Aurèle a retenu…"): the name between
// the last comma and the verb, when the clause's first word is no name of its own (a capitalized
// word followed by a lower-case one).
func commaSubject(s string, ws []dword, start, t int) (party, bool) {
	if start+1 >= t || ws[start].stop || ws[start+1].capitalized() || coSuffixes[ws[start+1].lower] || coConnectors[ws[start+1].lower] {
		return party{}, false
	}
	comma := -1
	for k := start + 1; k < t-1; k++ {
		if ws[k].stop && strings.HasSuffix(ws[k].raw, ",") {
			comma = k
		}
	}
	if comma < 0 {
		return party{}, false
	}
	p, ok := firstEntity(s, ws, comma+1, t)
	if !ok || p.pronoun {
		return party{}, false
	}
	end := p.end
	for end < t && coAuxiliaries[ws[end].lower] {
		end++
	}
	return p, end == t
}

// coSpeechVerbs introduce a reported clause.
var coSpeechVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "confirmed": true,
	"disclosed": true, "stated": true, "added": true, "indique": true, "annonce": true,
	"annoncé": true, "déclaré": true, "précise": true, "explique": true, "affirme": true,
	"indicating": true, "indicated": true, "showing": true,
}

// firstEntity returns the first company name or pronoun in words [from, to).
func firstEntity(s string, ws []dword, start, t int) (party, bool) {
	for k := start; k < t; k++ {
		if ws[k].lower == "its" || ws[k].lower == "their" {
			if k+1 < t && !nameStart(ws, k+1) {
				if p, ok := ownedAppositive(s, ws, k+1, t); ok {
					return p, true // "its 86 pct owned affiliate, Ambrit Inc,"
				}
				return party{pronoun: true, end: k + 1}, true
			}
			continue
		}
		if n := pronounAt(ws, k); n > 0 {
			return party{pronoun: true, end: k + n}, true
		}
		if k == 0 && coOpener(ws) {
			continue // "Développée en collaboration avec X": no subject named
		}
		if nameStart(ws, k) {
			if p, ok := phraseAt(s, ws, k, false); ok && !p.pronoun && p.name != "" {
				if coInstitution(p.name) {
					if k <= start+1 {
						return party{}, false // an authority is the subject: no party acts
					}
					k = max(k, p.end-1)
					continue
				}
				if coNationalWord(ws, k) {
					continue
				}
				if p.end > t {
					// "X spun off its unit Y": an owned name read past the verb; the subject is X.
					if n, ok := nameAt(s, ws, k); ok && n.end <= t {
						p = party{name: n.name, end: n.end, firm: p.firm}
					}
				}
				if !p.firm {
					// "le groupe hospitalier Saint-Aurèle a retenu…": the noun before names a firm.
					p.firm = cueBefore(ws, start, k) != ""
				}
				return p, true
			}
		}
	}
	return party{}, false
}

// ownedAppositive reads "[descriptors] unit, Name" from word k: the named unit.
func ownedAppositive(s string, ws []dword, k, t int) (party, bool) {
	for j := k; j < t && j < k+6; j++ {
		if coOwnerNouns[ws[j].lower] && j+1 < t && nameStart(ws, j+1) {
			if n, ok := nameAt(s, ws, j+1); ok {
				return party{name: n.name, end: n.end}, true
			}
		}
		if ws[j].capitalized() || (!coDescrWord(ws[j]) && !coQtyWord(ws[j]) && !coSkippable[ws[j].lower]) {
			break
		}
	}
	return party{}, false
}

// nearestName returns the company name closest before word t, within a few words.
func nearestName(s string, ws []dword, t int) (party, bool) {
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if ws[k].stop && k < t-1 && strings.HasSuffix(ws[k].raw, ";") {
			break
		}
		if nameStart(ws, k) && (k == 0 || !inName(ws, k-1)) {
			if p, ok := phraseAt(s, ws, k, false); ok && p.name != "" && !coInstitution(p.name) && p.end <= t {
				return p, true
			}
		}
	}
	return party{}, false
}

// nameBefore returns the company name that ends just before word k (skipping one comma).
func nameBefore(s string, ws []dword, k int) (party, bool) {
	end := k
	for i := end - 1; i >= 0 && i >= end-8; i-- {
		if !inName(ws, i) && !coConnectors[ws[i].lower] {
			break
		}
		if nameStart(ws, i) {
			if n, ok := nameAt(s, ws, i); ok && n.end == end {
				// keep extending left while the name still ends at end
				best := n
				for j := i - 1; j >= 0 && j >= end-8; j-- {
					if m, ok := nameAt(s, ws, j); ok && m.end == end {
						best = m
					} else if !inName(ws, j) && !coConnectors[ws[j].lower] {
						break
					}
				}
				return party{name: best.name, end: best.end}, true
			}
		}
	}
	return party{}, false
}

// coordinated reads "A and B" / "A et B" from the phrase at word i (both names).
func coordinated(s string, ws []dword, i int) []party {
	p, ok := phraseAt(s, ws, i, false)
	if !ok || p.pronoun || p.name == "" {
		return nil
	}
	start := i
	for start < len(ws) && !nameStart(ws, start) {
		start++
	}
	if n, ok := nameAt(s, ws, start); ok {
		if parts := splitCoordinated(n, ws, s); len(parts) == 2 {
			return []party{{name: parts[0].name, end: n.end}, {name: parts[1].name, end: n.end}}
		}
	}
	out := []party{p}
	k := p.end
	if k+1 < len(ws) && (ws[k].lower == "and" || ws[k].lower == "et" || ws[k].lower == "&") {
		if q, ok := phraseAt(s, ws, k+1, false); ok && !q.pronoun && q.name != "" {
			out = append(out, q)
		}
	}
	return out
}
