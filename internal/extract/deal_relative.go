package extract

import (
	"strings"

	"marketbrief/internal/model"
)

// Deals told in a relative clause whose object is the name before it: "le Courrier Picard,
// qu'il a acquis en 2009", "Nimbus, which Altavia bought in 2015", « la société que Rossel a
// rachetée ». The relative pronoun stands for what was bought; the clause's own subject buys.

// dealObjectRelatives open a relative clause whose object is the antecedent.
var dealObjectRelatives = map[string]bool{"qu'": true, "qu’": true, "que": true, "which": true, "that": true}

// dealRelativeSubjects are the pronouns that may be such a clause's subject.
var dealRelativeSubjects = map[string]bool{"il": true, "elle": true, "ils": true, "elles": true,
	"it": true, "they": true, "he": true, "she": true}

// dealRelativeAux may stand between the clause's subject and the verb ("qu'il a par ailleurs
// racheté", "which it had already bought").
var dealRelativeAux = map[string]bool{"a": true, "avait": true, "ont": true, "avaient": true,
	"has": true, "had": true, "have": true, "already": true, "déjà": true, "par": true,
	"ailleurs": true, "also": true, "aussi": true, "finally": true, "finalement": true}

// objectRelative reads "ANTECEDENT, qu'il a acquis" before the trigger at word t: the bought
// name (the antecedent) and the buyer (the clause's subject: a pronoun or a name). ok is false
// when the words before t are no such clause.
func objectRelative(s string, ws []dword, t int) (target, buyer party, ok bool) {
	k := t - 1
	for k >= 0 && dealRelativeAux[ws[k].lower] {
		k--
	}
	if k < 1 {
		return party{}, party{}, false
	}
	rel := k - 1
	switch {
	case dealRelativeSubjects[ws[k].lower]:
		buyer = party{pronoun: true, end: k + 1}
	case ws[k].lower == "qu'" || ws[k].lower == "qu’":
		return party{}, party{}, false // « qu'a racheté X »: the subject comes after; not read
	default:
		// a name as the subject: find where it starts
		found := false
		for j := k; j >= 1 && j >= k-5; j-- {
			if dealObjectRelatives[ws[j-1].lower] && nameStart(ws, j) {
				if p, ok := phraseAt(s, ws, j, false); ok && p.name != "" && p.end == k+1 {
					buyer, rel, found = p, j-1, true
				}
				break
			}
		}
		if !found {
			return party{}, party{}, false
		}
	}
	if rel < 1 || !dealObjectRelatives[ws[rel].lower] {
		return party{}, party{}, false
	}
	target, ok = nameBefore(s, ws, rel)
	if !ok || target.name == "" {
		return party{}, party{}, false
	}
	return target, buyer, true
}

// readObjectRelative fills the subject and object of an acquisition verb told in an object
// relative clause, when the words after the verb name nothing that is bought.
func (a *dealArgs) readObjectRelative(r dealRule, s string, ws []dword, t int) bool {
	if r.kind != model.Acquisition || r.subj != roleAcquirer || r.obj != roleTarget || r.nominal || a.hasObj {
		return false
	}
	target, buyer, ok := objectRelative(s, ws, t)
	if !ok {
		return false
	}
	a.obj, a.hasObj = target, true
	a.subj, a.hasSubj = buyer, true
	a.more = nil
	if buyer.pronoun {
		// "il" is the subject of the clause the relative hangs on ("le groupe … revendique le
		// redressement de X, qu'il a acquis"): that subject, or the company told before.
		if p, ok := antecedentClauseSubject(s, ws, target.end-1); ok && !p.pronoun {
			a.subj = p
		} else {
			a.subjPrev = true
		}
	}
	return true
}

// sellerFirst reads "racheté à TF1 la société Ouest Infos", "buy from X its Y unit": the seller
// named before what is bought. It returns the seller and the word where the bought phrase
// starts, or false when the words at o are no seller followed by a bought phrase.
func sellerFirst(r dealRule, s string, ws []dword, o int) (party, int, bool) {
	if r.kind != model.Acquisition || o+1 >= len(ws) {
		return party{}, o, false
	}
	switch ws[o].lower {
	case "from", "à", "au", "auprès":
	default:
		return party{}, o, false
	}
	from := o + 1
	if ws[o].lower == "auprès" {
		if !oneOf(ws[from].lower, "de", "du", "d'", "d’") || from+1 >= len(ws) {
			return party{}, o, false
		}
		from++
	}
	p, ok := phraseAt(s, ws, from, false)
	if !ok || p.name == "" || p.pronoun || p.end >= len(ws) {
		return party{}, o, false
	}
	if ws[o].lower != "from" {
		// « à TF1 la société X »: only when a bought phrase follows, not « à 100 % » or « à bas prix ».
		if q, ok := phraseAt(s, ws, p.end, true); !ok || q.pronoun || q.name == "" {
			return party{}, o, false
		}
	}
	return p, p.end, true
}

// frenchSubjectPronoun reads "il"/"ils" just before the verb at t ("il a par ailleurs racheté"),
// which the clause-subject reader leaves out because "il" is so often impersonal ("il y a").
func frenchSubjectPronoun(ws []dword, t int) (party, bool) {
	k := t - 1
	for k >= 0 && dealRelativeAux[ws[k].lower] {
		k--
	}
	if k >= 0 && k < t-1 && (ws[k].lower == "il" || ws[k].lower == "ils") {
		return party{pronoun: true, end: k + 1}, true
	}
	return party{}, false
}

// antecedentClauseSubject returns the subject of the clause that holds the antecedent ending at
// word last: the first name or pronoun after the comma before it, else from the sentence start
// ("Déjà candidat à…, le groupe … revendique le redressement de X, qu'il a acquis": le groupe).
func antecedentClauseSubject(s string, ws []dword, last int) (party, bool) {
	from := 0
	for k := last - 1; k >= 0; k-- {
		if ws[k].stop && strings.HasSuffix(ws[k].raw, ",") {
			from = k + 1
			break
		}
	}
	return firstEntity(s, ws, from, last)
}

// afterIntro returns the subject after an opening phrase that ends in a comma, when the sentence
// opens with no name and p (its first name) lies inside that phrase.
func afterIntro(s string, ws []dword, p party) (party, bool) {
	if len(ws) == 0 || nameStart(ws, 0) || p.pronoun || coSkippable[ws[0].lower] || pronounAt(ws, 0) > 0 {
		return party{}, false // "Le groupe Varin revendique…, X": the sentence opens with its subject
	}
	for k := 0; k < len(ws) && k < 20; k++ {
		if ws[k].stop && strings.HasSuffix(ws[k].raw, ",") {
			if p.end > k+1 {
				return party{}, false // the name comes after the phrase: it is the subject
			}
			return firstEntity(s, ws, k+1, min(len(ws), k+8))
		}
		if ws[k].stop {
			break
		}
	}
	return party{}, false
}

// speakerBefore returns the name just before a speech verb in words [from, t) ("X a annoncé
// avoir racheté", "X said it would buy"): the clause's subject, which an earlier name in an
// opening phrase must not replace.
func speakerBefore(s string, ws []dword, from, t int) (party, bool) {
	for k := t - 1; k > from; k-- {
		if !coSpeechVerbs[ws[k].lower] {
			continue
		}
		j := k
		for j > from && coAuxiliaries[ws[j-1].lower] {
			j--
		}
		if j > from && !ws[j-1].stop {
			if p, ok := nameBefore(s, ws, j); ok && p.name != "" && !coInstitution(p.name) {
				return p, true
			}
		}
		return party{}, false
	}
	return party{}, false
}
