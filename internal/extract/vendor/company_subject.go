package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// CoClauseOpeners start a subordinate clause whose own subject follows them.
var CoClauseOpeners = map[string]bool{
	"when": true, "after": true, "while": true, "whereby": true, "because": true, "since": true,
	"lorsque": true, "quand": true, "après": true, "alors": true, "tandis": true, "où": true,
	"but": true, "mais": true,
}

// CoRelatives refer back to the name just before them ("Orange, qui a retenu…").
var CoRelatives = map[string]bool{"which": true, "who": true, "qui": true}

// coIntroWords start an adverbial phrase that ends at the first comma before the subject.
var coIntroWords = map[string]bool{
	"in": true, "under": true, "after": true, "as": true, "earlier": true, "en": true, "dans": true,
	"selon": true, "à": true, "au": true, "pour": true, "lors": true, "depuis": true, "après": true,
	"last": true, "on": true, "during": true, "with": true, "for": true, "meanwhile": true,
	"separately": true, "fin": true, "début": true, "également": true, "also": true, "today": true,
	"yesterday": true, "however": true, "l'": true, "l’": true, "cette": true, "this": true, "cependant": true, "par": true, "ainsi": true,
}

// MainSubject returns the first company name or pronoun of a sentence, after an opening
// adverbial phrase ("In a filing with the SEC, X said…").
func MainSubject(s string, ws []Dword) (Party, bool) {
	lim := min(len(ws), 14)
	start := 0
	for k := 0; k < min(lim, 4); k++ {
		if strings.HasSuffix(ws[k].Raw, ":") {
			start = k + 1 // "Cloud hybride : HPE s'offre…": a headline's topic is no subject
		}
	}
	return FirstEntity(s, ws, skipIntro(ws, start, lim), lim)
}

// skipIntro moves start past an opening adverbial phrase that ends with a comma before t.
func skipIntro(ws []Dword, start, t int) int {
	if start < t && coIntroWords[ws[start].Lower] {
		for k := start; k < t; k++ {
			if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
				return k + 1
			}
		}
	}
	return start
}

// SubjectBefore finds the subject of the clause that contains the trigger at word t: the first
// company name or pronoun of the clause. A relative pronoun refers to the name just before it.
func SubjectBefore(s string, ws []Dword, t int) (Party, bool) {
	start := 0
	for k := t - 1; k >= 0; k-- {
		w := ws[k]
		if strings.HasSuffix(w.Raw, ";") || strings.HasSuffix(w.Raw, ":") {
			start = k + 1 // "Hébergement : X et Y fusionnent": a topic, then the clause
			break
		}
		if CoRelatives[w.Lower] && k > 0 {
			if p, ok := NameBefore(s, ws, k); ok {
				return p, true
			}
			if p, ok := FirstEntity(s, ws, k+1, t); ok && !p.Pronoun {
				return p, true // "…an agreement under which Ecolab will buy…"
			}
		}
		if (w.Lower == "and" || w.Lower == "et") && k > 0 && strings.HasSuffix(ws[k-1].Raw, ",") {
			start = k + 1 // "…, and Nimbus inks a deal with Orbis": a new clause
			break
		}
		if CoClauseOpeners[w.Lower] {
			start = k + 1
			break
		}
	}
	start = skipIntro(ws, start, t)
	// "X said Y agreed to buy…": the reported clause has its own subject; "X said it…" is X.
	for k := t - 1; k > start; k-- {
		if CoSpeechVerbs[ws[k].Lower] {
			from := k + 1
			if from < t && (ws[from].Lower == "that" || ws[from].Lower == "que" || ws[from].Lower == "qu'") {
				from++
			}
			if p, ok := FirstEntity(s, ws, from, t); ok && !p.Pronoun {
				return p, true
			}
			break
		}
	}
	if p, ok := commaSubject(s, ws, start, t); ok {
		return p, true
	}
	return FirstEntity(s, ws, start, t)
}

// CoAuxiliaries stand between a subject and its verb.
var CoAuxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "has": true, "have": true,
	"had": true, "will": true, "va": true, "vient": true, "also": true, "aussi": true}

// commaSubject reads the subject of a clause that opens with a descriptive phrase ending in a
// comma ("Client historique de Nuagecom, le groupe Saint-Aurèle a retenu…"): the name between
// the last comma and the verb, when the clause's first word is no name of its own (a capitalized
// word followed by a lower-case one).
func commaSubject(s string, ws []Dword, start, t int) (Party, bool) {
	if start+1 >= t || ws[start].Stop || ws[start+1].Capitalized() || text.CoSuffixes[ws[start+1].Lower] || CoConnectors[ws[start+1].Lower] {
		return Party{}, false
	}
	comma := -1
	for k := start + 1; k < t-1; k++ {
		if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
			comma = k
		}
	}
	if comma < 0 {
		return Party{}, false
	}
	p, ok := FirstEntity(s, ws, comma+1, t)
	if !ok || p.Pronoun {
		return Party{}, false
	}
	end := p.End
	for end < t && CoAuxiliaries[ws[end].Lower] {
		end++
	}
	return p, end == t
}

// CoSpeechVerbs introduce a reported clause.
var CoSpeechVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "confirmed": true,
	"disclosed": true, "stated": true, "added": true, "indique": true, "annonce": true,
	"annoncé": true, "déclaré": true, "précise": true, "explique": true, "affirme": true,
	"indicating": true, "indicated": true, "showing": true,
}

// FirstEntity returns the first company name or pronoun in words [from, to).
func FirstEntity(s string, ws []Dword, start, t int) (Party, bool) {
	for k := start; k < t; k++ {
		if ws[k].Lower == "its" || ws[k].Lower == "their" {
			if k+1 < t && !NameStart(ws, k+1) {
				if p, ok := ownedAppositive(s, ws, k+1, t); ok {
					return p, true // "its 86 pct owned affiliate, Ambrit Inc,"
				}
				return Party{Pronoun: true, End: k + 1}, true
			}
			continue
		}
		if n := PronounAt(ws, k); n > 0 {
			return Party{Pronoun: true, End: k + n}, true
		}
		if k == 0 && coOpener(ws) {
			continue // "Développée en collaboration avec X": no subject named
		}
		if NameStart(ws, k) {
			if p, ok := PhraseAt(s, ws, k, false); ok && !p.Pronoun && p.Name != "" {
				if CoInstitution(p.Name) {
					if k <= start+1 {
						return Party{}, false // an authority is the subject: no party acts
					}
					k = max(k, p.End-1)
					continue
				}
				if coNationalWord(ws, k) {
					continue
				}
				if p.End > t {
					// "X spun off its unit Y": an owned name read past the verb; the subject is X.
					if n, ok := nameAt(s, ws, k); ok && n.end <= t {
						p = Party{Name: n.name, End: n.end, Firm: p.Firm}
					}
				}
				if !p.Firm {
					// "le groupe hospitalier Saint-Aurèle a retenu…": the noun before names a firm.
					p.Firm = cueBefore(ws, start, k) != ""
				}
				return p, true
			}
		}
	}
	return Party{}, false
}

// ownedAppositive reads "[descriptors] unit, Name" from word k: the named unit.
func ownedAppositive(s string, ws []Dword, k, t int) (Party, bool) {
	for j := k; j < t && j < k+6; j++ {
		if coOwnerNouns[ws[j].Lower] && j+1 < t && NameStart(ws, j+1) {
			if n, ok := nameAt(s, ws, j+1); ok {
				return Party{Name: n.name, End: n.end}, true
			}
		}
		if ws[j].Capitalized() || (!coDescrWord(ws[j]) && !CoQtyWord(ws[j]) && !CoSkippable[ws[j].Lower]) {
			break
		}
	}
	return Party{}, false
}

// NearestName returns the company name closest before word t, within a few words.
func NearestName(s string, ws []Dword, t int) (Party, bool) {
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if ws[k].Stop && k < t-1 && strings.HasSuffix(ws[k].Raw, ";") {
			break
		}
		if NameStart(ws, k) && (k == 0 || !InName(ws, k-1)) {
			if p, ok := PhraseAt(s, ws, k, false); ok && p.Name != "" && !CoInstitution(p.Name) && p.End <= t {
				return p, true
			}
		}
	}
	return Party{}, false
}

// NameBefore returns the company name that ends just before word k (skipping one comma).
func NameBefore(s string, ws []Dword, k int) (Party, bool) {
	end := k
	for i := end - 1; i >= 0 && i >= end-8; i-- {
		if !InName(ws, i) && !CoConnectors[ws[i].Lower] {
			break
		}
		if NameStart(ws, i) {
			if n, ok := nameAt(s, ws, i); ok && n.end == end {
				// keep extending left while the name still ends at end
				best := n
				for j := i - 1; j >= 0 && j >= end-8; j-- {
					if m, ok := nameAt(s, ws, j); ok && m.end == end {
						best = m
					} else if !InName(ws, j) && !CoConnectors[ws[j].Lower] {
						break
					}
				}
				return Party{Name: best.name, End: best.end}, true
			}
		}
	}
	return Party{}, false
}

// Coordinated reads "A and B" / "A et B" from the phrase at word i (both names).
func Coordinated(s string, ws []Dword, i int) []Party {
	p, ok := PhraseAt(s, ws, i, false)
	if !ok || p.Pronoun || p.Name == "" {
		return nil
	}
	start := i
	for start < len(ws) && !NameStart(ws, start) {
		start++
	}
	if n, ok := nameAt(s, ws, start); ok {
		if parts := splitCoordinated(n, ws, s); len(parts) == 2 {
			return []Party{{Name: parts[0].name, End: n.end}, {Name: parts[1].name, End: n.end}}
		}
	}
	out := []Party{p}
	k := p.End
	if k+1 < len(ws) && (ws[k].Lower == "and" || ws[k].Lower == "et" || ws[k].Lower == "&") {
		if q, ok := PhraseAt(s, ws, k+1, false); ok && !q.Pronoun && q.Name != "" {
			out = append(out, q)
		}
	}
	return out
}
