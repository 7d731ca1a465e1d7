package extract

import "strings"

// describedAt returns the described business ws[from:unit+1] ("cable television business"),
// with the owner when "of X" follows.
func describedAt(s string, ws []dword, from, unit int) (party, bool) {
	// "its remaining South African business, Norton co Pty Ltd,": the name that follows.
	if ws[unit].stop && strings.HasSuffix(ws[unit].raw, ",") && unit+1 < len(ws) {
		if n, ok := nameAt(s, ws, unit+1); ok {
			return ownedName(s, ws, n), true
		}
	}
	if from >= unit && partialHolding(ws, from, unit) && unit+2 < len(ws) && ws[unit+1].lower == "of" {
		if n, ok := nameAt(s, ws, unit+2); ok {
			// "certain assets of Standard Aero Inc": the assets are bought, their owner sells.
			return party{name: coJoinWords(s, ws, unit-1, unit+1), descr: true, parent: n.name, end: n.end}, true
		}
	}
	if from >= unit {
		if p, ok := frenchComplement(s, ws, unit); ok {
			return p, true // "son activité de terminaux de paiement"
		}
		return party{}, false // "its subsidiaries": nothing says which
	}
	p := party{name: coJoinWords(s, ws, from, unit+1), descr: true, end: unit + 1}
	if unit+2 < len(ws) && !ws[unit].stop && (ws[unit+1].lower == "of" || ws[unit+1].lower == "de") {
		if n, ok := nameAt(s, ws, unit+2); ok {
			// "the European corn milling business of X": a business its words single out is
			// sold by X, not X itself.
			specific := false
			for j := from; j < unit && oneOf(ws[unit].lower, "business", "businesses", "operations", "activités"); j++ {
				if coDescrWord(ws[j]) && !coUnitNouns[ws[j].lower] && !oneOf(ws[j].lower, "related", "other", "remaining", "entire", "whole", "all", "capital", "stock", "certain", "existing") {
					specific = true
				}
			}
			if coGenericHoldings[ws[unit].lower] && !partialHolding(ws, from, unit) && !specific {
				// "the capital stock and related assets of X": X itself is bought.
				return ownedName(s, ws, n), true
			}
			p.parent = n.name
			p.end = n.end
		}
	}
	return p, true
}

// frenchComplement reads a French described business, the unit noun then its complement in lower
// case: "activité de terminaux de paiement", "division d'imagerie médicale". It stops before
// "à", "pour", "auprès"… and at punctuation.
func frenchComplement(s string, ws []dword, unit int) (party, bool) {
	j := unit + 1
	if ws[unit].stop || j >= len(ws) {
		return party{}, false
	}
	switch ws[j].lower {
	case "de", "d'", "d’", "du", "des":
	default:
		return party{}, false
	}
	end := j
	for k := j + 1; k < len(ws) && k <= j+6; k++ {
		w := ws[k]
		if w.capitalized() || coPrepositions[w.lower] || dealFrenchStops[w.lower] {
			break
		}
		end = k + 1
		if w.stop {
			break
		}
	}
	if end == j {
		return party{}, false
	}
	return party{name: coJoinWords(s, ws, unit, end), descr: true, end: end}, true
}

// dealFrenchStops end a French described business: the buyer, the price or a clause follows.
var dealFrenchStops = map[string]bool{"à": true, "au": true, "aux": true, "pour": true, "auprès": true,
	"par": true, "qui": true, "que": true, "dont": true, "contre": true, "et": true, "avec": true}

// partialHolding reports whether the descriptors ws[from:unit] make a holding only part of what
// its owner has ("certain assets of X", "some of the operations of X"): X sells them.
func partialHolding(ws []dword, from, unit int) bool {
	for k := max(0, from-2); k < unit; k++ {
		switch ws[k].lower {
		case "certain", "some", "part", "portion", "selected", "remaining", "several":
			return true
		}
	}
	return false
}
