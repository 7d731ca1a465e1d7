package extract

import "strings"

// namedAfter reports whether a name starts at word j or after one or two lower-case adjectives
// ("le groupe hospitalier Saint-Aurèle", "la société française Altrix").
func namedAfter(ws []dword, j int) bool {
	if j < 1 || ws[j-1].stop {
		return false // "the company, which bought GitHub"
	}
	for k := j; k < len(ws) && k <= j+2; k++ {
		if nameStart(ws, k) {
			return true
		}
		w := ws[k].lower
		if ws[k].stop || ws[k].capitalized() || coClauseWords[w] || coRelatives[w] || coAuxiliaries[w] || coPrepositions[w] || dealFrenchStops[w] {
			return false
		}
	}
	return false
}

// cueBefore returns the company noun among the descriptors ws[i:k] before a name: the last one
// ("the software company X") or one that French adjectives follow ("le groupe hospitalier X",
// "la société française X"), or "".
func cueBefore(ws []dword, i, k int) string {
	for j := k - 1; j >= i && j >= k-3; j-- {
		if coFirmCues[ws[j].lower] {
			return ws[j].lower
		}
		if ws[j].stop || ws[j].capitalized() || coSkippable[ws[j].lower] {
			return ""
		}
	}
	return ""
}

// coStates are the abbreviations of US states that follow a town's name in newswire copy.
var coStates = map[string]bool{"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true,
	"conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true,
	"ky": true, "la": true, "mass": true, "md": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nev": true, "n.h": true, "n.j": true, "n.m": true,
	"n.y": true, "n.c": true, "okla": true, "ore": true, "pa": true, "r.i": true, "s.c": true,
	"tenn": true, "tex": true, "va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
	"d.c": true, "ohio": true, "utah": true, "iowa": true, "idaho": true}

// afterPlace reads "Town, State., [descriptors] Name": the name after a place of business.
func afterPlace(s string, ws []dword, n companyName) (party, bool) {
	k := n.end
	if k >= len(ws) || !ws[k-1].stop || !coStates[strings.Trim(ws[k].lower, ".,")] || !ws[k].stop {
		return party{}, false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if nameStart(ws, j) {
			if m, ok := nameAt(s, ws, j); ok && !m.poss {
				return party{name: m.name, end: m.end}, true
			}
			return party{}, false
		}
		if coUnitNouns[ws[j].lower] {
			// "its Sunrise, Fla., branch": the place names a unit, which is what is sold.
			return party{name: coJoinWords(s, ws, n.start, j+1), descr: true, end: j + 1}, true
		}
		if ws[j].stop || coClauseWords[ws[j].lower] || coPrepositions[ws[j].lower] {
			return party{}, false
		}
	}
	return party{}, false
}
