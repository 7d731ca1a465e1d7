package deal

import (
	"marketbrief/internal/extract/vendor"
	"strings"
)

// learnAcronyms lets the acronyms a document defines stand for their names: "Equiticorp Tasman
// Ltd (ETL)" makes "ETL" mean Equiticorp Tasman. With hasLead, text follows lead on the next
// line (the text after the title), and a name may begin there, as if both were one string.
func (c *dealContext) learnAcronyms(text, lead string, hasLead bool) {
	for off := 0; ; {
		k := strings.Index(text[off:], " (")
		if k < 0 {
			return
		}
		k += off
		off = k + 2
		end := strings.IndexByte(text[off:], ')')
		if end < 2 || end > 7 || !dealIsAcronym(text[off:off+end]) {
			continue
		}
		before := text[max(0, k-80):k]
		if k < 80 && hasLead {
			before = lead + "\n" + before // rare: an acronym defined in the text's first line
			before = before[max(0, len(before)-80):]
		}
		name := dealRunBefore(before)
		key := strings.ToLower(text[off : off+end])
		if name == "" || strings.EqualFold(name, key) {
			continue
		}
		if _, ok := c.known[key]; !ok {
			c.known[key] = c.canonical(name)
		}
	}
}

// dealIsAcronym reports whether s is 2–7 capital letters or digits, starting with a letter.
func dealIsAcronym(s string) bool {
	for i, r := range s {
		if !(r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '&')) {
			return false
		}
	}
	return len(s) >= 2
}

// dealRunBefore returns the run of capitalized words (joined by "and", "of"…) that ends s.
func dealRunBefore(s string) string {
	ws := strings.Fields(s)
	i := len(ws)
	for i > 0 {
		w := ws[i-1]
		if w == "" || strings.ContainsAny(w, ",;:.") && i < len(ws) {
			break
		}
		r := strings.TrimLeft(w, "(")[0:1]
		if !(r >= "A" && r <= "Z") && !vendor.CoConnectors[w] { // "(Australia)" belongs to the name
			break
		}
		i--
	}
	for i < len(ws) && vendor.CoConnectors[ws[i]] {
		i++
	}
	return strings.Join(ws[i:], " ")
}
