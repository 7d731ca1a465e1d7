package text

// Vendors named as a point of comparison or sharing one figure each.

// IsComparison reports whether the vendor at toks[i] is a point of comparison ("behind AWS",
// "ahead of Microsoft", "devant Google"), not the subject.
func IsComparison(toks []Token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Text == "'" || toks[j].Text == "," || OneOf(toks[j].Low, "of", "de", "d", "the", "le", "la", "l", "a")) {
		j--
	}
	return j >= 0 && comparison[toks[j].Low]
}

// OneOf reports whether s is one of list.
func OneOf(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// comparison are words before a vendor that make it a point of comparison, not the subject.
var comparison = VendorWordSet("behind", "ahead", "than", "derriere", "devant", "vs", "versus",
	"like", "comme", "after", "apres", "against", "contre", "beating", "overtaking", "surpassing",
	"depassant", "front", "trailing", "following", "followed", "suivi", "suivie", "talonne", "face",
	"rival", "rivals", "concurrent", "concurrence")

// EachCue reports whether "each", "chacun"… appears between toks[from] and a few words after to.
func EachCue(toks []Token, from, to int) bool {
	for i := from; i < len(toks) && i < to+3; i++ {
		switch toks[i].Low {
		case "each", "apiece", "chacun", "chacune", "both", "tous", "tied", "egalite", "aequo":
			return true
		}
	}
	return false
}

// SpelledNumbers are the numbers wire copy spells out before "pct" or "per cent".
var SpelledNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "deux": 2, "trois": 3, "quatre": 4,
	"cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30}
