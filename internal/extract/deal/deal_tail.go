package deal

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"strings"
)

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
func (a *dealArgs) scanTail(s string, ws []vendor.Dword, from int) {
	limit := from + 14
	for k := from; k < len(ws) && k < limit; k++ {
		w := ws[k].Lower
		if j := dashAside(ws, k); j > k {
			limit += j - k // "sold its packaging operations -- and rights to its name -- to X": X
			k = j
			continue
		}
		if vendor.CoRelatives[w] || vendor.CoClauseOpeners[w] || dealTailStops[w] || dealTailVerbs[w] || strings.HasSuffix(ws[k].Raw, ";") || vendor.CoSpeechVerbs[w] {
			return
		}
		var dst *vendor.Party
		switch w {
		case "from", "auprès":
			dst = &a.from
		case "owned", "held", "détenue", "détenu":
			if k+1 < len(ws) && (ws[k+1].Lower == "by" || ws[k+1].Lower == "par") {
				dst, k = &a.from, k+1
			}
		case "subsidiary", "unit", "affiliate", "division", "filiale":
			if k+1 < len(ws) && (ws[k+1].Lower == "of" || ws[k+1].Lower == "de" || ws[k+1].Lower == "du" || ws[k+1].Lower == "d'") {
				dst, k = &a.from, k+1 // "Y, a wholly owned subsidiary of X", "Y, filiale du groupe X"
			}
		case "of", "de", "du", "d'", "d’":
			if k == from && k > 0 && vendor.CoUnitNouns[ws[k-1].Lower] {
				dst = &a.from // "the Marsh Valve division of X", "la branche transport de X": X sells
			}
		case "to", "à", "au", "aux":
			dst = &a.to // "sold its unit to X", « a cédé sa filiale au groupe X »
		case "by", "par":
			if k > from && dealBoughtParticiples[ws[k-1].Lower] {
				dst = &a.to // "sa filiale Y, reprise par X": X buys Y
			} else if k <= from+1 || ws[k-1].Stop { // "the acquisition of Y by X", not "following approval by X"
				dst = &a.by
			}
		case "into":
			dst = &a.into
		case "with", "avec":
			dst = &a.with
		}
		if dst == nil || dst.Name != "" || k+1 >= len(ws) {
			continue
		}
		if dst == &a.to {
			if j := ledByAfter(ws, k+1); j > 0 {
				k = j - 1 // "to an investor group led by X", « à un consortium mené par X »: X buys
			}
		}
		if p, ok := vendor.PhraseAt(s, ws, k+1, false); ok && p.Name != "" && !p.Pronoun {
			*dst = p
			if dst == &a.to && p.End+1 < len(ws) && ws[p.End].Lower == "and" {
				if q, ok := vendor.PhraseAt(s, ws, p.End+1, false); ok && q.Name != "" && !q.Pronoun && vendor.HasSuffixWord(q.Name) {
					a.coBuyers = append(a.coBuyers, q) // "to Bull and NEC Corp"
				}
			}
		}
	}
}

// agreementWith reads the seller named before an acquisition verb: "X reached agreement with Y
// to acquire Z", "X signed a letter of intent with Y to purchase its unit Z". Without a word of
// agreement before "with", Y buys with X ("teamed up with Y to acquire", "act jointly with
// Y to buy"): no seller.
func agreementWith(s string, ws []vendor.Dword, from, t int) vendor.Party {
	if t < 1 || ws[t-1].Lower != "to" && ws[t-1].Lower != "pour" {
		return vendor.Party{}
	}
	agreed := false
	for k := from; k+1 < t; k++ {
		if dealAgreementWords[strings.Trim(ws[k].Lower, ",")] {
			agreed = true
		} else if ws[k].Lower == "to" || ws[k].Lower == "pour" {
			agreed = false // "agreed to act jointly with Y": another verb, with Y beside X
		}
		if (ws[k].Lower == "with" || ws[k].Lower == "avec") && agreed {
			if p, ok := vendor.PhraseAt(s, ws, k+1, false); ok && p.Name != "" && !p.Pronoun && p.End < t {
				return p
			}
		}
	}
	return vendor.Party{}
}

// dealAgreementWords make the name after "with" the other side of an agreement to buy: the seller.
var dealAgreementWords = map[string]bool{"agreement": true, "agreements": true, "agreed": true,
	"agree": true, "agrees": true, "contract": true, "letter": true, "deal": true, "pact": true,
	"accord": true, "protocole": true, "contrat": true, "talks": true, "negotiations": true,
	"négociations": true, "discussions": true, "understanding": true, "arrangement": true,
	"entente": true}

// itAndName reads a second subject in words [from, t): "X said it and Y have agreed to buy".
func itAndName(s string, ws []vendor.Dword, from, t int) []vendor.Party {
	for k := from; k+2 < t; k++ {
		if (ws[k].Lower == "it" || ws[k].Lower == "he") && ws[k+1].Lower == "and" {
			if q, ok := vendor.PhraseAt(s, ws, k+2, false); ok && q.Name != "" && !q.Pronoun && !vendor.CoInstitution(q.Name) {
				return []vendor.Party{q}
			}
		}
	}
	return nil
}

// ledByAfter reads "an investment group led by", "a consortium headed by", « un consortium
// mené par » from word k: a group of buyers named by its leader. It returns the word after "by"
// or "par", or 0.
func ledByAfter(ws []vendor.Dword, k int) int {
	for j := k; j < len(ws) && j < k+6; j++ {
		w := ws[j].Lower
		if j+1 < len(ws) && text.OneOf(w, "led", "headed", "organized", "organised", "mené", "menée", "conduit", "conduite", "emmené", "emmenée") &&
			text.OneOf(ws[j+1].Lower, "by", "par") {
			if j+2 < len(ws) && j > k {
				return j + 2
			}
			return 0
		}
		if ws[j].Capitalized() || strings.HasSuffix(ws[j].Raw, ",") || text.OneOf(w, "underwriting", "underwriters", "syndicate", "banking", "placement") {
			return 0 // "shares sold to an underwriting group led by X": an offering, no buyer
		}
	}
	return 0
}

// dashAside returns the word that closes an aside between dashes opened at ws[k] ("-- and the
// rights to its name --", « — ainsi que sa marque — »), or -1.
func dashAside(ws []vendor.Dword, k int) int {
	if !dealDash(ws[k].Raw) {
		return -1
	}
	for j := k + 1; j < len(ws) && j < k+16; j++ {
		if dealDash(ws[j].Raw) {
			return j
		}
	}
	return -1
}

// dealDash reports whether a word is a dash that opens or closes an aside.
func dealDash(w string) bool {
	return w == "--" || w == "—" || w == "–"
}
