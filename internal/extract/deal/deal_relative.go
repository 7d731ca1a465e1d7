package deal

import (
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
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
func objectRelative(s string, ws []vendor.Dword, t int) (target, buyer vendor.Party, ok bool) {
	k := t - 1
	for k >= 0 && dealRelativeAux[ws[k].Lower] {
		k--
	}
	if k < 1 {
		return vendor.Party{}, vendor.Party{}, false
	}
	rel := k - 1
	switch {
	case dealRelativeSubjects[ws[k].Lower]:
		buyer = vendor.Party{Pronoun: true, End: k + 1}
	case ws[k].Lower == "qu'" || ws[k].Lower == "qu’":
		return vendor.Party{}, vendor.Party{}, false // « qu'a racheté X »: the subject comes after; not read
	default:
		// a name as the subject: find where it starts
		found := false
		for j := k; j >= 1 && j >= k-5; j-- {
			if dealObjectRelatives[ws[j-1].Lower] && vendor.NameStart(ws, j) {
				if p, ok := vendor.PhraseAt(s, ws, j, false); ok && p.Name != "" && p.End == k+1 {
					buyer, rel, found = p, j-1, true
				}
				break
			}
		}
		if !found {
			return vendor.Party{}, vendor.Party{}, false
		}
	}
	if rel < 1 || !dealObjectRelatives[ws[rel].Lower] {
		return vendor.Party{}, vendor.Party{}, false
	}
	target, ok = vendor.NameBefore(s, ws, rel)
	if !ok || target.Name == "" {
		return vendor.Party{}, vendor.Party{}, false
	}
	return target, buyer, true
}

// readObjectRelative fills the subject and object of an acquisition verb told in an object
// relative clause, when the words after the verb name nothing that is bought.
func (a *dealArgs) readObjectRelative(r dealRule, s string, ws []vendor.Dword, t int) bool {
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
	if buyer.Pronoun {
		// "il" is the subject of the clause the relative hangs on ("le groupe … revendique le
		// redressement de X, qu'il a acquis"): that subject, or the company told before.
		if p, ok := antecedentClauseSubject(s, ws, target.End-1); ok && !p.Pronoun {
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
func sellerFirst(r dealRule, s string, ws []vendor.Dword, o int) (vendor.Party, int, bool) {
	if r.kind != model.Acquisition || o+1 >= len(ws) {
		return vendor.Party{}, o, false
	}
	switch ws[o].Lower {
	case "from", "à", "au", "auprès":
	default:
		return vendor.Party{}, o, false
	}
	from := o + 1
	if ws[o].Lower == "auprès" {
		if !text.OneOf(ws[from].Lower, "de", "du", "d'", "d’") || from+1 >= len(ws) {
			return vendor.Party{}, o, false
		}
		from++
	}
	p, ok := vendor.PhraseAt(s, ws, from, false)
	if !ok || p.Name == "" || p.Pronoun || p.End >= len(ws) {
		return vendor.Party{}, o, false
	}
	if ws[o].Lower != "from" {
		// « à TF1 la société X »: only when a bought phrase follows, not « à 100 % » or « à bas prix ».
		if q, ok := vendor.PhraseAt(s, ws, p.End, true); !ok || q.Pronoun || q.Name == "" {
			return vendor.Party{}, o, false
		}
	}
	return p, p.End, true
}

// frenchSubjectPronoun reads "il"/"ils" just before the verb at t ("il a par ailleurs racheté"),
// which the clause-subject reader leaves out because "il" is so often impersonal ("il y a").
func frenchSubjectPronoun(ws []vendor.Dword, t int) (vendor.Party, bool) {
	k := t - 1
	for k >= 0 && dealRelativeAux[ws[k].Lower] {
		k--
	}
	if k >= 0 && k < t-1 && (ws[k].Lower == "il" || ws[k].Lower == "ils") {
		return vendor.Party{Pronoun: true, End: k + 1}, true
	}
	return vendor.Party{}, false
}

// antecedentClauseSubject returns the subject of the clause that holds the antecedent ending at
// word last: the first name or pronoun after the comma before it, else from the sentence start
// ("Déjà candidat à…, le groupe … revendique le redressement de X, qu'il a acquis": le groupe).
func antecedentClauseSubject(s string, ws []vendor.Dword, last int) (vendor.Party, bool) {
	from := 0
	for k := last - 1; k >= 0; k-- {
		if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
			from = k + 1
			break
		}
	}
	return vendor.FirstEntity(s, ws, from, last)
}

// afterIntro returns the subject after an opening phrase that ends in a comma, when the sentence
// opens with no name and p (its first name) lies inside that phrase.
func afterIntro(s string, ws []vendor.Dword, p vendor.Party) (vendor.Party, bool) {
	if len(ws) == 0 || vendor.NameStart(ws, 0) || p.Pronoun || vendor.CoSkippable[ws[0].Lower] || vendor.PronounAt(ws, 0) > 0 {
		return vendor.Party{}, false // "Le groupe Varin revendique…, X": the sentence opens with its subject
	}
	for k := 0; k < len(ws) && k < 20; k++ {
		if ws[k].Stop && strings.HasSuffix(ws[k].Raw, ",") {
			if p.End > k+1 {
				return vendor.Party{}, false // the name comes after the phrase: it is the subject
			}
			return vendor.FirstEntity(s, ws, k+1, min(len(ws), k+8))
		}
		if ws[k].Stop {
			break
		}
	}
	return vendor.Party{}, false
}

// speakerBefore returns the name just before a speech verb in words [from, t) ("X a annoncé
// avoir racheté", "X said it would buy"): the clause's subject, which an earlier name in an
// opening phrase must not replace.
func speakerBefore(s string, ws []vendor.Dword, from, t int) (vendor.Party, bool) {
	for k := t - 1; k > from; k-- {
		if !vendor.CoSpeechVerbs[ws[k].Lower] {
			continue
		}
		j := k
		for j > from && vendor.CoAuxiliaries[ws[j-1].Lower] {
			j--
		}
		if j > from && !ws[j-1].Stop {
			if p, ok := vendor.NameBefore(s, ws, j); ok && p.Name != "" && !vendor.CoInstitution(p.Name) {
				return p, true
			}
		}
		return vendor.Party{}, false
	}
	return vendor.Party{}, false
}
