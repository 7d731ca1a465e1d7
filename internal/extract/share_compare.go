package extract

// Vendors named as a point of comparison or sharing one figure each.

// isComparison reports whether the vendor at toks[i] is a point of comparison ("behind AWS",
// "ahead of Microsoft", "devant Google"), not the subject.
func isComparison(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].text == "'" || toks[j].text == "," || oneOf(toks[j].low, "of", "de", "d", "the", "le", "la", "l", "a")) {
		j--
	}
	return j >= 0 && comparison[toks[j].low]
}

func oneOf(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// comparison are words before a vendor that make it a point of comparison, not the subject.
var comparison = vendorWordSet("behind", "ahead", "than", "derriere", "devant", "vs", "versus",
	"like", "comme", "after", "apres", "against", "contre", "beating", "overtaking", "surpassing",
	"depassant", "front", "trailing", "following", "followed", "suivi", "suivie", "talonne", "face",
	"rival", "rivals", "concurrent", "concurrence")

// eachCue reports whether "each", "chacun"… appears between toks[from] and a few words after to.
func eachCue(toks []token, from, to int) bool {
	for i := from; i < len(toks) && i < to+3; i++ {
		switch toks[i].low {
		case "each", "apiece", "chacun", "chacune", "both", "tous", "tied", "egalite", "aequo":
			return true
		}
	}
	return false
}
