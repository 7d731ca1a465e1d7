package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// describedAt returns the described business ws[from:unit+1] ("cable television business"),
// with the owner when "of X" follows.
func describedAt(s string, ws []Dword, from, unit int) (Party, bool) {
	// "its remaining South African business, Norton co Pty Ltd,": the name that follows.
	if ws[unit].Stop && strings.HasSuffix(ws[unit].Raw, ",") && unit+1 < len(ws) {
		if n, ok := nameAt(s, ws, unit+1); ok {
			return ownedName(s, ws, n), true
		}
	}
	if from >= unit && partialHolding(ws, from, unit) && unit+2 < len(ws) && ws[unit+1].Lower == "of" {
		if n, ok := nameAt(s, ws, unit+2); ok {
			// "certain assets of Standard Aero Inc": the assets are bought, their owner sells.
			return Party{Name: coJoinWords(s, ws, unit-1, unit+1), Descr: true, Parent: n.name, End: n.end}, true
		}
	}
	if from >= unit {
		if p, ok := frenchComplement(s, ws, unit); ok {
			return p, true // "son activité de terminaux de paiement"
		}
		return Party{}, false // "its subsidiaries": nothing says which
	}
	p := Party{Name: coJoinWords(s, ws, from, unit+1), Descr: true, End: unit + 1}
	if unit+2 < len(ws) && !ws[unit].Stop && (ws[unit+1].Lower == "of" || ws[unit+1].Lower == "de") {
		if n, ok := nameAt(s, ws, unit+2); ok {
			// "the European corn milling business of X": a business its words single out is
			// sold by X, not X itself.
			specific := false
			for j := from; j < unit && text.OneOf(ws[unit].Lower, "business", "businesses", "operations", "activités"); j++ {
				if coDescrWord(ws[j]) && !CoUnitNouns[ws[j].Lower] && !text.OneOf(ws[j].Lower, "related", "other", "remaining", "entire", "whole", "all", "capital", "stock", "certain", "existing") {
					specific = true
				}
			}
			if coGenericHoldings[ws[unit].Lower] && !partialHolding(ws, from, unit) && !specific {
				// "the capital stock and related assets of X": X itself is bought.
				return ownedName(s, ws, n), true
			}
			p.Parent = n.name
			p.End = n.end
		}
	}
	return p, true
}

// frenchComplement reads a French described business, the unit noun then its complement in lower
// case: "activité de terminaux de paiement", "division d'imagerie médicale". It stops before
// "à", "pour", "auprès"… and at punctuation.
func frenchComplement(s string, ws []Dword, unit int) (Party, bool) {
	j := unit + 1
	if ws[unit].Stop || j >= len(ws) {
		return Party{}, false
	}
	switch ws[j].Lower {
	case "de", "d'", "d’", "du", "des":
	default:
		return Party{}, false
	}
	end := j
	for k := j + 1; k < len(ws) && k <= j+6; k++ {
		w := ws[k]
		if w.Capitalized() || CoPrepositions[w.Lower] || DealFrenchStops[w.Lower] {
			break
		}
		end = k + 1
		if w.Stop {
			break
		}
	}
	if end == j {
		return Party{}, false
	}
	return Party{Name: coJoinWords(s, ws, unit, end), Descr: true, End: end}, true
}

// DealFrenchStops end a French described business: the buyer, the price or a clause follows.
var DealFrenchStops = map[string]bool{"à": true, "au": true, "aux": true, "pour": true, "auprès": true,
	"par": true, "qui": true, "que": true, "dont": true, "contre": true, "et": true, "avec": true}

// partialHolding reports whether the descriptors ws[from:unit] make a holding only part of what
// its owner has ("certain assets of X", "some of the operations of X"): X sells them.
func partialHolding(ws []Dword, from, unit int) bool {
	for k := max(0, from-2); k < unit; k++ {
		switch ws[k].Lower {
		case "certain", "some", "part", "portion", "selected", "remaining", "several":
			return true
		}
	}
	return false
}
