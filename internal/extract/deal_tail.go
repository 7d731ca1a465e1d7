package extract

import "strings"

// dealTailStops end the words that can still belong to a deal's clause.
var dealTailStops = map[string]bool{"que": true, "qu'": true, "qu’": true, "dont": true, "afin": true, "hoping": true, "so": true, "although": true, "because": true}

// dealTailVerbs tell another deal: the words after them belong to it.
var dealTailVerbs = map[string]bool{
	"racheté": true, "rachète": true, "acquis": true, "acquiert": true, "bought": true,
	"acquired": true, "sold": true, "vendu": true, "cédé": true, "purchased": true, "buys": true,
	"sells": true, "acquires": true, "merged": true, "fusionné": true,
}

// dealBoughtParticiples before "by/par X" make X the buyer of what was just named.
var dealBoughtParticiples = map[string]bool{"reprise": true, "repris": true, "rachetée": true,
	"racheté": true, "acquise": true, "acquired": true, "bought": true, "purchased": true}

// scanTail reads "from X", "to X", "by X", "into X" and "with X" in the words after the object,
// up to the end of the clause.
func (a *dealArgs) scanTail(s string, ws []dword, from int) {
	for k := from; k < len(ws) && k < from+14; k++ {
		w := ws[k].lower
		if coRelatives[w] || coClauseOpeners[w] || dealTailStops[w] || dealTailVerbs[w] || strings.HasSuffix(ws[k].raw, ";") || coSpeechVerbs[w] {
			return
		}
		var dst *party
		switch w {
		case "from", "auprès":
			dst = &a.from
		case "owned", "held", "détenue", "détenu":
			if k+1 < len(ws) && (ws[k+1].lower == "by" || ws[k+1].lower == "par") {
				dst, k = &a.from, k+1
			}
		case "subsidiary", "unit", "affiliate", "division", "filiale":
			if k+1 < len(ws) && (ws[k+1].lower == "of" || ws[k+1].lower == "de" || ws[k+1].lower == "du" || ws[k+1].lower == "d'") {
				dst, k = &a.from, k+1 // "Y, a wholly owned subsidiary of X", "Y, filiale du groupe X"
			}
		case "of", "de", "du", "d'", "d’":
			if k == from && k > 0 && coUnitNouns[ws[k-1].lower] {
				dst = &a.from // "the Marsh Valve division of X", "la branche transport de X": X sells
			}
		case "to", "à", "au", "aux":
			dst = &a.to // "sold its unit to X", « a cédé sa filiale au groupe X »
		case "by", "par":
			if k > from && dealBoughtParticiples[ws[k-1].lower] {
				dst = &a.to // "sa filiale Y, reprise par X": X buys Y
			} else if k <= from+1 || ws[k-1].stop { // "the acquisition of Y by X", not "following approval by X"
				dst = &a.by
			}
		case "into":
			dst = &a.into
		case "with", "avec":
			dst = &a.with
		}
		if dst == nil || dst.name != "" || k+1 >= len(ws) {
			continue
		}
		if dst == &a.to {
			if j := ledByAfter(ws, k+1); j > 0 {
				k = j - 1 // "to an investor group led by X", « à un consortium mené par X »: X buys
			}
		}
		if p, ok := phraseAt(s, ws, k+1, false); ok && p.name != "" && !p.pronoun {
			*dst = p
			if dst == &a.to && p.end+1 < len(ws) && ws[p.end].lower == "and" {
				if q, ok := phraseAt(s, ws, p.end+1, false); ok && q.name != "" && !q.pronoun && hasSuffixWord(q.name) {
					a.coBuyers = append(a.coBuyers, q) // "to Bull and NEC Corp"
				}
			}
		}
	}
}

// agreementWith reads the seller named before an acquisition verb: "X reached agreement with Y
// to acquire Z", "X signed a letter of intent with Y to purchase its unit Z".
func agreementWith(s string, ws []dword, from, t int) party {
	if t < 1 || ws[t-1].lower != "to" {
		return party{}
	}
	for k := from; k+1 < t; k++ {
		if ws[k].lower == "with" || ws[k].lower == "avec" {
			if p, ok := phraseAt(s, ws, k+1, false); ok && p.name != "" && !p.pronoun && p.end < t {
				return p
			}
		}
	}
	return party{}
}

// itAndName reads a second subject in words [from, t): "X said it and Y have agreed to buy".
func itAndName(s string, ws []dword, from, t int) []party {
	for k := from; k+2 < t; k++ {
		if (ws[k].lower == "it" || ws[k].lower == "he") && ws[k+1].lower == "and" {
			if q, ok := phraseAt(s, ws, k+2, false); ok && q.name != "" && !q.pronoun && !coInstitution(q.name) {
				return []party{q}
			}
		}
	}
	return nil
}

// ledByAfter reads "an investment group led by", "a consortium headed by", « un consortium
// mené par » from word k: a group of buyers named by its leader. It returns the word after "by"
// or "par", or 0.
func ledByAfter(ws []dword, k int) int {
	for j := k; j < len(ws) && j < k+6; j++ {
		w := ws[j].lower
		if j+1 < len(ws) && oneOf(w, "led", "headed", "organized", "organised", "mené", "menée", "conduit", "conduite", "emmené", "emmenée") &&
			oneOf(ws[j+1].lower, "by", "par") {
			if j+2 < len(ws) && j > k {
				return j + 2
			}
			return 0
		}
		if ws[j].capitalized() || strings.HasSuffix(ws[j].raw, ",") || oneOf(w, "underwriting", "underwriters", "syndicate", "banking", "placement") {
			return 0 // "shares sold to an underwriting group led by X": an offering, no buyer
		}
	}
	return 0
}
