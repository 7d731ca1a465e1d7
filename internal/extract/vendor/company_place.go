package vendor

import "strings"

// namedAfter reports whether a name starts at word j or after one or two lower-case adjectives
// ("le groupe hospitalier Saint-Aurèle", "la société française Altrix").
func namedAfter(ws []Dword, j int) bool {
	if j < 1 || ws[j-1].Stop {
		return false // "the company, which bought GitHub"
	}
	for k := j; k < len(ws) && k <= j+2; k++ {
		if NameStart(ws, k) {
			return true
		}
		w := ws[k].Lower
		if ws[k].Stop || ws[k].Capitalized() || CoClauseWords[w] || CoRelatives[w] || CoAuxiliaries[w] || CoPrepositions[w] || DealFrenchStops[w] {
			return false
		}
	}
	return false
}

// cueBefore returns the company noun among the descriptors ws[i:k] before a name: the last one
// ("the software company X") or one that French adjectives follow ("le groupe hospitalier X",
// "la société française X"), or "".
func cueBefore(ws []Dword, i, k int) string {
	for j := k - 1; j >= i && j >= k-3; j-- {
		if CoFirmCues[ws[j].Lower] {
			return ws[j].Lower
		}
		if ws[j].Stop || ws[j].Capitalized() || CoSkippable[ws[j].Lower] {
			return ""
		}
	}
	return ""
}

// CoStates are the abbreviations of US states that follow a town's name in newswire copy.
var CoStates = map[string]bool{"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true,
	"conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true,
	"ky": true, "la": true, "mass": true, "md": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nev": true, "n.h": true, "n.j": true, "n.m": true,
	"n.y": true, "n.c": true, "okla": true, "ore": true, "pa": true, "r.i": true, "s.c": true,
	"tenn": true, "tex": true, "va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
	"d.c": true, "ohio": true, "utah": true, "iowa": true, "idaho": true}

// afterPlace reads "Town, State., [descriptors] Name": the name after a place of business.
func afterPlace(s string, ws []Dword, n companyName) (Party, bool) {
	k := n.end
	if k >= len(ws) || !ws[k-1].Stop || !CoStates[strings.Trim(ws[k].Lower, ".,")] || !ws[k].Stop {
		return Party{}, false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if NameStart(ws, j) {
			if m, ok := nameAt(s, ws, j); ok && !m.poss {
				return Party{Name: m.name, End: m.end}, true
			}
			return Party{}, false
		}
		if CoUnitNouns[ws[j].Lower] {
			// "its Sunrise, Fla., branch": the place names a unit, which is what is sold.
			return Party{Name: coJoinWords(s, ws, n.start, j+1), Descr: true, End: j + 1}, true
		}
		if ws[j].Stop || CoClauseWords[ws[j].Lower] || CoPrepositions[ws[j].Lower] {
			return Party{}, false
		}
	}
	return Party{}, false
}
